package main

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib/attrib/api"
)

// TestCorpus: the generated corpus is the same every time, every article
// has its own ID, and a copy changes names and dates but keeps outlets.
func TestCorpus(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.jsonl")
	rec := func(id, text string) string {
		b, _ := json.Marshal(map[string]any{"id": id, "outlet": "Harbor Gazette", "published": "2024-05-02", "text": text})
		return string(b)
	}
	writeFile(t, src, rec("a", `"The pier reopens on Friday," said harbor master Lena Ortiz, citing the Harbor Gazette.`)+"\n"+
		rec("b", `Ortiz said the repairs cost less than planned. "We saved money," she said.`)+"\n")
	gen := func() string {
		var out, errb strings.Builder
		if code := run([]string{"bench", "corpus", "--articles", "5", "--from", src}, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		return out.String()
	}
	first := gen()
	if first != gen() {
		t.Fatal("two runs differ")
	}
	lines := strings.Split(strings.TrimSpace(first), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d articles, want 5", len(lines))
	}
	ids := map[string]bool{}
	var recs []corpusRecord
	for _, l := range lines {
		var r corpusRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if ids[r.ID] {
			t.Errorf("id %q twice", r.ID)
		}
		ids[r.ID] = true
		recs = append(recs, r)
	}
	orig, copy1 := recs[0], recs[2] // source a, copies 0 and 1
	if !strings.Contains(orig.Text, "Lena Ortiz") || strings.Contains(copy1.Text, "Lena Ortiz") {
		t.Errorf("a copy keeps the names: %q", copy1.Text)
	}
	if !strings.Contains(copy1.Text, "Harbor Gazette") || copy1.Outlet != "Harbor Gazette" {
		t.Errorf("a copy renames the outlet: %q", copy1.Text)
	}
	if copy1.Published == nil || *copy1.Published != "2024-05-05" || !strings.Contains(copy1.Text, "Friday") {
		t.Errorf("copy 1: date %v (want 3 days later), weekday kept? %q", copy1.Published, copy1.Text)
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBenchServe drives every route of a served seed store briefly: each
// gets answers and none is an error.
func TestBenchServe(t *testing.T) {
	st, _ := openLoaded(t, "bolt://"+filepath.Join(t.TempDir(), "b.db"), "../../testdata/seeds")
	srv := httptest.NewServer(validated(t, api.New(st, api.Options{}).Handler()))
	defer srv.Close()
	var out, errb strings.Builder
	if code := run([]string{"bench", "serve", "--server", srv.URL, "--clients", "1,2", "--duration", "150ms"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s %s", code, out.String(), errb.String())
	}
	for _, r := range benchRoutes {
		for _, c := range []string{"1", "2"} {
			found := false
			for _, l := range strings.Split(out.String(), "\n") {
				f := strings.Fields(l)
				if len(f) >= 7 && f[0] == r && f[1] == c {
					found = true
					if f[6] != "0" {
						t.Errorf("%s with %s clients: %s errors: %s", r, c, f[6], l)
					}
					if f[5] == "0.0" {
						t.Errorf("%s with %s clients: no requests: %s", r, c, l)
					}
				}
			}
			if !found {
				t.Errorf("no line for %s with %s clients:\n%s", r, c, out.String())
			}
		}
	}
}
