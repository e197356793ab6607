package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/attrib/attrib/graph"
)

// child starts the attrib binary (this test binary, see TestMain).
func child(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ATTRIB_TEST_MAIN=1")
	return cmd
}

// TestSIGTERMDrains: SIGTERM while a slow request runs lets it finish
// with its answer, then the server exits 0.
func TestSIGTERMDrains(t *testing.T) {
	store := "bolt://" + filepath.Join(t.TempDir(), "a.db")
	cmd := child(t, "serve", "--store", store, "--addr", "127.0.0.1:0", "--gizmo", "--timeout", "20s", "--load", "../../testdata/seeds")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	// the address is in the "serving" log line
	lines := bufio.NewScanner(stderr)
	var base string
	var logs strings.Builder
	for lines.Scan() {
		logs.WriteString(lines.Text() + "\n")
		if m := regexp.MustCompile(`msg=serving addr=(\S+)`).FindStringSubmatch(lines.Text()); m != nil {
			base = "http://" + m[1]
			break
		}
	}
	if base == "" {
		t.Fatalf("no serving line:\n%s", logs.String())
	}
	go io.Copy(&logs, stderr)

	type answer struct {
		status int
		body   string
		err    error
	}
	got := make(chan answer, 1)
	go func() {
		script := `var t0 = Date.now(); while (Date.now() - t0 < 2000) {}; g.V().Limit(1).All()`
		resp, err := http.Post(base+"/api/v1/query/gizmo", "application/javascript", strings.NewReader(script))
		if err != nil {
			got <- answer{err: err}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- answer{status: resp.StatusCode, body: string(b)}
	}()
	time.Sleep(500 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	a := <-got
	if a.err != nil || a.status != 200 || !strings.Contains(a.body, `"result"`) {
		t.Fatalf("request in flight at SIGTERM: %d %v %.200s", a.status, a.err, a.body)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, logs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("still running 10 s after SIGTERM\n%s", logs.String())
	}
}

// TestHeldStore: a command on a bolt store another process holds gives up
// within seconds, naming the holder and pointing to attrib load --server.
func TestHeldStore(t *testing.T) {
	store := "bolt://" + filepath.Join(t.TempDir(), "a.db")
	st, err := graph.Open(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cmd := child(t, "load", "--store", store, "../../testdata/seeds")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	start := time.Now()
	err = cmd.Run()
	if err == nil || time.Since(start) > 10*time.Second {
		t.Fatalf("load on a held store: %v after %s", err, time.Since(start))
	}
	want := fmt.Sprintf("held by process %d", os.Getpid())
	if !strings.Contains(errb.String(), want) || !strings.Contains(errb.String(), "attrib load --server") {
		t.Fatalf("message %q lacks %q", errb.String(), want)
	}
}
