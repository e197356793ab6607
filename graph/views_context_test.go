package graph

import "testing"

func TestSentenceAround(t *testing.T) {
	text := "First line.\nThe mayor spoke. \"We will build it,\" she said on Monday. Then she left.\nNext."
	q := "We will build it,"
	start := 0
	for i := range text {
		if len(text)-i >= len(q) && text[i:i+len(q)] == q {
			start = i
		}
	}
	ctx, at := sentenceAround(text, start, start+len(q))
	if ctx != "\"We will build it,\" she said on Monday." || text[at:at+len(ctx)] != ctx {
		t.Fatalf("%q at %d", ctx, at)
	}
	if got := ctx[start-at : start-at+len(q)]; got != q {
		t.Fatalf("quote in context: %q", got)
	}
	// a quote opening its paragraph, ending the text
	ctx, at = sentenceAround("Intro.\nAll done", 7, 15)
	if ctx != "All done" || at != 7 {
		t.Fatalf("%q at %d", ctx, at)
	}
}
