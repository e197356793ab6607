package loader

import (
	"strings"
	"testing"
)

// readRecords reads JSON Lines text with ReadStream, the docs and the
// errors in order.
func readRecords(t *testing.T, jsonl string) ([]*Doc, []error) {
	t.Helper()
	var docs []*Doc
	var errs []error
	err := ReadStream("t.jsonl", "jsonl", strings.NewReader(jsonl), func(d *Doc, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs
}

func TestRecordsWithOtherScrapersKeys(t *testing.T) {
	docs, errs := readRecords(t, `{"url":"https://harbour.example/1","title":"Fares rise","publisher":"Harbour Times","date_publish":"2024-03-05 10:00:00","maintext":"Fares rose."}
{"id":"b","body":"Fares fell.","source":{"id":"x","name":"an object, not a name"},"published_at":"2024-03-06T10:00:00Z"}
{"id":"c","text":"Fares held.","body":"not read: text is given","outlet":"Kells Courier","publisher":"not read either"}
{"id":"d","content":42}
`)
	if len(docs) != 3 || len(errs) != 1 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	want := []Doc{
		{Name: "https://harbour.example/1", Text: "Fares rose.", Headline: "Fares rise", Outlet: "Harbour Times", Published: "2024-03-05"},
		{Name: "b", Text: "Fares fell.", Published: "2024-03-06"},
		{Name: "c", Text: "Fares held.", Outlet: "Kells Courier"},
	}
	for i, w := range want {
		d := docs[i]
		if d.Name != w.Name || d.Text != w.Text || d.Headline != w.Headline || d.Outlet != w.Outlet || d.Published != w.Published {
			t.Errorf("record %d: got name %q text %q headline %q outlet %q published %q, want %+v", i, d.Name, d.Text, d.Headline, d.Outlet, d.Published, w)
		}
	}
	if !strings.Contains(errs[0].Error(), `t.jsonl:4`) || !strings.Contains(errs[0].Error(), `missing "text"`) {
		t.Errorf("error %q should name the line and the missing text", errs[0])
	}
}

func TestRecordWhoseTextIsMarkup(t *testing.T) {
	docs, errs := readRecords(t, `{"id":"h","title":"Fares rise","text":"<p>Fares will rise, the board said.</p><p>&ldquo;We have no choice,&rdquo; said Ada Moss.</p>"}
{"id":"p","text":"Fares rose by 3 < 4 percent, the board said."}
`)
	if len(docs) != 2 || len(errs) != 0 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	if d := docs[0]; d.Format != "html" || strings.Contains(d.Text, "<p>") || !strings.Contains(d.Text, "\u201cWe have no choice,\u201d said Ada Moss.") || d.Headline != "Fares rise" {
		t.Errorf("markup record: format %q headline %q text %q", d.Format, d.Headline, d.Text)
	}
	if d := docs[1]; d.Format != "jsonl" || d.Text != "Fares rose by 3 < 4 percent, the board said." {
		t.Errorf("plain record read as markup: format %q text %q", d.Format, d.Text)
	}
}
