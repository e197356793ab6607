package loader

import (
	"fmt"
	"strings"
	"testing"
)

// adversarialArticle builds a made-up article of n repeats of a shape that
// makes a reading's work grow with the article if it walks the whole of
// it for each quote: many surnames alone before "she said" quotes that no
// he or she fits, a paragraph of many "he said" quotes after a long one,
// many untagged quotes each after a sentence about another man, many
// peers, many "Fox said" citations of a surname.
func adversarialArticle(shape string, n int) string {
	var b strings.Builder
	b.WriteString("Ferries\n\n")
	switch shape {
	case "surnames":
		b.WriteString("Ivo Pap and Tom Brack met. ")
		for range n {
			b.WriteString("Mr Pap left. Brack stayed. The sea was calm. \"We sail,\" she said. ")
		}
	case "long-paragraph":
		b.WriteString("Ivo Pap came. ")
		for range n {
			b.WriteString("He sailed far. ")
		}
		b.WriteString("\n\n")
		for range n {
			b.WriteString("\"We sail,\" he said. ")
		}
	case "others":
		b.WriteString("\"We sail,\" said Ivo Pap. ")
		for range n {
			b.WriteString("Tom Brack stayed home. \"We row.\" ")
		}
	case "peers":
		for range n {
			b.WriteString("\"We sail,\" said Pap. Lord Brack came. ")
		}
	case "citations":
		b.WriteString("Tom Fox came. ")
		for range n {
			b.WriteString("Fox said the sea was calm. ")
		}
	}
	return b.String()
}

// BenchmarkExtractAdversarial times those shapes at two sizes: a ratio
// near 2 between them says the work grows with the article, near 4 with
// its square (go test ./loader -run XXX -bench Adversarial).
func BenchmarkExtractAdversarial(b *testing.B) {
	for _, shape := range []string{"surnames", "long-paragraph", "others", "peers", "citations"} {
		for _, n := range []int{500, 1000} {
			text := adversarialArticle(shape, n)
			b.Run(fmt.Sprintf("%s/%d", shape, n), func(b *testing.B) {
				for range b.N {
					if _, err := Extract(&Doc{Name: "t.txt", Text: text, Format: "txt"}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestAdversarialArticlesExtract: the shapes the benchmark times extract
// whole (every quote found) at a small size.
func TestAdversarialArticlesExtract(t *testing.T) {
	want := map[string]int{"surnames": 20, "long-paragraph": 20, "others": 21, "peers": 20, "citations": 0}
	for shape, n := range want {
		a, err := Extract(&Doc{Name: "t.txt", Text: adversarialArticle(shape, 20), Format: "txt"})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != n {
			t.Errorf("%s: %d quotes, want %d", shape, len(a.Quotes), n)
		}
	}
}
