package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainGolden: attrib extract --explain names, for every quote of
// the seeds, the stages that chose its speaker, and the output equals the
// golden file (go test ./cmd/attrib -run TestExplainGolden -update
// rewrites it after a deliberate change).
func TestExplainGolden(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--explain", filepath.Join("..", "..", "testdata", "seeds")}, &out, &errb); code != 0 {
		t.Fatalf("extract --explain: exit %d: %s", code, errb.String())
	}
	quotes := 0
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec struct {
			File   string `json:"file"`
			Quotes []struct {
				Start   int     `json:"start"`
				Speaker *string `json:"speaker"`
				Rule    string  `json:"rule"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		for _, q := range rec.Quotes {
			quotes++
			if q.Rule == "" {
				t.Errorf("%s: quote at %d has no rule", rec.File, q.Start)
			}
			if q.Speaker != nil && (q.Rule == "none" || strings.HasSuffix(q.Rule, "no-speaker")) {
				t.Errorf("%s: quote at %d has speaker %q but rule %q", rec.File, q.Start, *q.Speaker, q.Rule)
			}
		}
	}
	if quotes == 0 {
		t.Fatal("no quotes extracted from the seeds")
	}
	golden := filepath.Join("..", "..", "testdata", "seeds-explain.jsonl")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/attrib -run TestExplainGolden -update writes it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("extract --explain differs from %s; if the change is meant, rerun with -update and review the diff", golden)
	}
	var plain bytes.Buffer
	if code := run([]string{"extract", filepath.Join("..", "..", "testdata", "seeds")}, &plain, &errb); code != 0 {
		t.Fatal(errb.String())
	}
	if strings.Contains(plain.String(), `"rule"`) {
		t.Error("extract without --explain prints rules")
	}
}
