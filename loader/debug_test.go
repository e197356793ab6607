package loader

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugArticle is a debugging aid, not a check. It prints each quote's attribution for one article of a
// JSON Lines file: ATTRIB_DEBUG=path.jsonl:idprefix go test -run DebugArticle -v
func TestDebugArticle(t *testing.T) {
	spec := os.Getenv("ATTRIB_DEBUG")
	if spec == "" {
		t.Skip("a debugging aid, not a check: set ATTRIB_DEBUG=path.jsonl:idprefix to print attributions")
	}
	path, prefix, _ := strings.Cut(spec, ":")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if json.Unmarshal(sc.Bytes(), &r) != nil || !strings.HasPrefix(r.ID, prefix) {
			continue
		}
		traceAttribution = func(start int, q, before, after string, at attribution) {
			fmt.Printf("@%d %.60q\n   before=%q\n   after=%.120q\n   -> m=%+v cue=%q explicit=%v cont=%v fb=%+v\n", start, q, before, after, at.m, at.cue, at.explicit, at.continues, at.fallback)
		}
		a, err := Extract(&Doc{Name: r.ID, Text: r.Text, Format: "jsonl"})
		traceAttribution = nil
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			fmt.Printf("Q @%d %q speaker=%q cue=%q\n", q.Start, q.Text[:min(50, len(q.Text))], q.Speaker, q.Cue)
		}
	}
}
