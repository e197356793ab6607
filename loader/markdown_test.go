package loader

import (
	"strings"
	"testing"
)

func TestUnmark(t *testing.T) {
	cases := []struct{ in, want string }{
		{"# Fares rise\n\n> \"No,\" said **Ivo Pap**.", "  Fares rise\n\n  \"No,\" said   Ivo Pap  ."},
		{"He told [the Harbour Times](https://h.example/a) so.", "He told the Harbour Times" + strings.Repeat(" ", 23) + " so."},
		{"A map ![the pier](/pier.png) here, [sic] (he said), [x](y z).", "A map " + strings.Repeat(" ", 22) + " here, [sic] (he said), [x](y z)."},
		{"Go [here](/a \"a title\").", "Go here" + strings.Repeat(" ", 16) + "."},
	}
	for _, tc := range cases {
		got, _ := unmark(tc.in)
		if got != tc.want {
			t.Errorf("unmark(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
		if len(got) != len(tc.in) {
			t.Errorf("unmark(%q) changed the length", tc.in)
		}
	}
	if !looksMarkdown("Fares.\n## Next\nMore.") || !looksMarkdown("See [it](https://x.example).") || looksMarkdown("Fares rose #1 and ** did [sic] (x).") {
		t.Error("looksMarkdown: headings and links are Markdown, a hash or asterisks inside a line are not")
	}
}

func TestMarkdownArticle(t *testing.T) {
	text := "# Ferry fares to rise by a third\n\n**By Tom Brack** | March 5, 2024\n\n" +
		"Ferry fares will rise by a third, [the operator said](https://harbour.example/s) on Tuesday.\n\n" +
		"\"We cannot run the boats at a loss,\" Ivo Pap, chief executive of [Quistware Ferries](https://quistware.example), told [the Harbour Times](https://harbourtimes.example).\n\n" +
		"> \"It is a [scandal](https://x.example/y),\" said Ada Moss.\n\n" +
		"*Read more: [Council calls plan \"unworkable\"](https://harbourtimes.example/x)*\n"
	a, err := Extract(&Doc{Name: "t.txt", Text: text, Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Ferry fares to rise by a third" || a.Published != "2024-03-05" {
		t.Errorf("headline %q, published %q", a.Headline, a.Published)
	}
	want := []quoteView{{"We cannot run the boats at a loss,", "Ivo Pap", "Harbour Times"}, {"It is a [scandal](https://x.example/y),", "Ada Moss", ""}}
	var got []quoteView
	for _, q := range a.Quotes {
		if text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q: offsets hold %q", q.Text, text[q.Start:q.End])
		}
		got = append(got, quoteView{q.Text, q.Speaker, q.Via})
	}
	wantQuotes(t, got, want)
	if len(a.Citations) != 1 || text[a.Citations[0].Start:a.Citations[0].End] != "Harbour Times" {
		t.Errorf("citations %+v", a.Citations)
	}
	if strings.Contains(a.Text, "  Ferry") || a.Text != text {
		t.Error("the article's text is as written")
	}
}

func TestHardWrappedText(t *testing.T) {
	wrapped := "Ferry fares to rise\n\nFerry fares on the Kells crossing will rise by a third from May, the\noperator said on Tuesday. \"We cannot run the boats at a loss any\nlonger,\" said Ivo Pap, the chief executive of Quistware Ferries.\n\nAda Moss, who chairs the riders union, called the rise \"a scandal that\nwill cut the island off.\"\n"
	onePerLine := "Ferry fares to rise\nFerry fares on the Kells crossing will rise by a third from May, the operator said on Tuesday.\n\"We cannot run the boats at a loss any longer,\" said Ivo Pap, the chief executive of Quistware Ferries.\nAda Moss called it a scandal.\n"
	if !hardWrapped(wrapped) || hardWrapped(onePerLine) {
		t.Fatalf("hardWrapped: wrapped %v, one paragraph a line %v", hardWrapped(wrapped), hardWrapped(onePerLine))
	}
	if u := unwrap(wrapped); len(u) != len(wrapped) || strings.Contains(u, "any\nlonger") || !strings.Contains(u, "rise\n\nFerry") {
		t.Errorf("unwrap: %q", u)
	}
	a, err := Extract(&Doc{Name: "t.txt", Text: wrapped, Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	var got []quoteView
	for _, q := range a.Quotes {
		if wrapped[q.Start:q.End] != q.Text {
			t.Errorf("quote %q: offsets hold %q", q.Text, wrapped[q.Start:q.End])
		}
		got = append(got, quoteView{q.Text, q.Speaker, q.Via})
	}
	wantQuotes(t, got, []quoteView{{"We cannot run the boats at a loss any\nlonger,", "Ivo Pap", ""}, {"a scandal that\nwill cut the island off.", "Ada Moss", ""}})
}
