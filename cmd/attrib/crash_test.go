package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/graph"
	"github.com/attrib/attrib/graph/graphtest"
)

// exportByArticle exports a whole store as N-Quads and groups the sorted
// lines by their label (the article each quad belongs to).
func exportByArticle(t *testing.T, storeURL string) (all string, byLabel map[string]string) {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, storeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var buf bytes.Buffer
	if _, err := st.Export(ctx, &buf, attrib.ExportOptions{Format: "nquads", All: true, MaxNodes: attrib.MaxExportNodes}); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	byLabel = map[string]string{}
	for _, l := range lines {
		f := strings.Fields(strings.TrimSuffix(l, " ."))
		label := f[len(f)-1]
		byLabel[label] += l + "\n"
	}
	return strings.Join(lines, "\n"), byLabel
}

// TestCrashMidLoad kills a load with SIGKILL part way, on bolt and on
// PostgreSQL: every article the store then holds is whole (its quads are
// those a clean load gives it), and loading again ends with the store a
// clean load makes.
func TestCrashMidLoad(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "in.jsonl")
	var out, errb bytes.Buffer
	if code := run([]string{"bench", "corpus", "--articles", "300", "-o", input, "--from", "../../testdata/seeds"}, &out, &errb); code != 0 {
		t.Fatalf("corpus: %s", errb.String())
	}
	clean := "bolt://" + filepath.Join(dir, "clean.db")
	if code := run([]string{"load", "--quiet", "--store", clean, input}, &out, &errb); code != 0 {
		t.Fatalf("clean load: %s", errb.String())
	}
	cleanAll, cleanBy := exportByArticle(t, clean)
	articles := 0
	for l := range cleanBy {
		if strings.Contains(l, "/article/") {
			articles++
		}
	}
	if articles != 300 {
		t.Fatalf("clean load holds %d articles", articles)
	}
	for name, u := range stores(t) {
		t.Run(name, func(t *testing.T) {
			// the kill must land part way: a first guess, then later or earlier
			delays := []time.Duration{1200 * time.Millisecond, 600 * time.Millisecond, 2500 * time.Millisecond, 300 * time.Millisecond}
			if name == "postgres" {
				delays = []time.Duration{4 * time.Second, 2 * time.Second, 1 * time.Second, 500 * time.Millisecond, 7 * time.Second}
			}
			stored := 0
			for i, d := range delays {
				if i > 0 { // the last try finished or stored nothing: start again on an empty store
					u = "bolt://" + filepath.Join(t.TempDir(), "attrib.db")
					if name == "postgres" {
						u = graphtest.PostgresURL(t)
					}
				}
				cmd := child(t, "load", "--quiet", "--batch", "10", "--store", u, input)
				cmd.Stderr = os.Stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(d)
				cmd.Process.Kill()
				cmd.Wait()
				_, by := exportByArticle(t, u)
				stored = 0
				for label, quads := range by {
					if !strings.Contains(label, "/article/") {
						continue
					}
					stored++
					if quads != cleanBy[label] {
						t.Fatalf("article %s after the crash:\n%s\nclean load:\n%s", label, quads, cleanBy[label])
					}
				}
				if stored > 0 && stored < 300 {
					break
				}
				t.Logf("a kill after %s left %d articles; trying another moment", d, stored)
			}
			if stored == 0 || stored == 300 {
				t.Fatalf("no kill landed part way (%d articles stored)", stored)
			}
			t.Logf("killed with %d of 300 articles stored, each whole", stored)
			if code := run([]string{"load", "--quiet", "--batch", "10", "--store", u, input}, &out, &errb); code != 0 {
				t.Fatalf("load again: %s", errb.String())
			}
			again, _ := exportByArticle(t, u)
			if again != cleanAll {
				t.Fatalf("after loading again the store differs from a clean load (%d vs %d bytes)", len(again), len(cleanAll))
			}
		})
	}
}
