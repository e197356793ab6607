package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attrib/attrib/loader"
)

// TestTrainCommand: attrib train reads a folder of annotated articles
// (made up here, in the PolNeAR layout, gold offsets counting characters)
// and writes weights that attrib extract --weights reads.
func TestTrainCommand(t *testing.T) {
	dir := t.TempDir()
	type goldQuote struct {
		File         string `json:"file"`
		Text         string `json:"text"`
		Start        int    `json:"start"`
		End          int    `json:"end"`
		Speaker      string `json:"speaker"`
		SpeakerNamed bool   `json:"speaker_named"`
	}
	var arts bytes.Buffer
	var quotes []goldQuote
	for i, body := range []string{
		"Harbour talks end\n\nAda Okafor arrived late. Ben Lindqvist, who hosted the talks, said \u201cwe are done here.\u201d",
		"Bridge vote delayed\n\nThe council met on Friday. \u201cNobody wants another year of this,\u201d said Ines Moreau, the council\u2019s chair.",
		"Ferry fares rise\n\nTomas Reyes spoke first. Later, Carla Bento said \u201cthe fares will not come down.\u201d",
	} {
		id := "made-up-" + string(rune('a'+i))
		line, _ := json.Marshal(map[string]string{"id": id, "text": body})
		arts.Write(append(line, '\n'))
		open := strings.Index(body, "\u201c") + len("\u201c")
		end := strings.Index(body, "\u201d")
		text := body[open:end]
		speaker := []string{"Ben Lindqvist", "Ines Moreau", "Carla Bento"}[i]
		quotes = append(quotes, goldQuote{File: id, Text: text, Start: utf8.RuneCountInString(body[:open]), End: utf8.RuneCountInString(body[:end]), Speaker: speaker, SpeakerNamed: true})
	}
	gold, _ := json.Marshal(map[string]any{"quotes": quotes})
	if err := os.WriteFile(filepath.Join(dir, "articles.jsonl"), arts.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gold.json"), gold, 0o644); err != nil {
		t.Fatal(err)
	}
	weights := filepath.Join(dir, "w.txt")
	var out, errb bytes.Buffer
	if code := run([]string{"train", "--data", dir, "-o", weights}, &out, &errb); code != 0 {
		t.Fatalf("train: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "3 articles, 3 quotes with a named speaker") {
		t.Errorf("train report: %s", errb.String())
	}
	b, err := os.ReadFile(weights)
	if err != nil {
		t.Fatal(err)
	}
	r, err := loader.ParseRanker(string(b))
	if err != nil || r.Len() == 0 {
		t.Fatalf("weights: %v, %d features:\n%s", err, r.Len(), b)
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"extract", "--weights", weights, filepath.Join(dir, "articles.jsonl")}, &out, &errb); code != 0 {
		t.Fatalf("extract --weights: exit %d: %s", code, errb.String())
	}
	for i, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec struct {
			Quotes []struct {
				Speaker string `json:"speaker"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if len(rec.Quotes) != 1 || rec.Quotes[0].Speaker != quotes[i].Speaker {
			t.Errorf("article %d: %+v, want %s", i, rec.Quotes, quotes[i].Speaker)
		}
	}

	// flags that cannot be honoured are refused, naming what is wrong
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--weights", weights, "--rules-only", dir}, "give one"},
		{[]string{"extract", "--weights", filepath.Join(dir, "missing.txt"), dir}, "missing.txt"},
		{[]string{"extract", "--weights", filepath.Join(dir, "gold.json"), dir}, "gold.json"},
		{[]string{"train", "--data", filepath.Join(dir, "nowhere")}, "nowhere"},
		{[]string{"extract", "--off", "tag-before,no-such-sieve", dir}, "no-such-sieve"},
		{[]string{"train", "--data", dir, "--off", "no-such-sieve"}, "no-such-sieve"},
	} {
		errb.Reset()
		if code := run(c.args, &out, &errb); code == 0 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: exit %d, %q; want an error naming %q", c.args, code, errb.String(), c.want)
		}
	}
}
