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
	for _, p := range adversarialShapes[shape] {
		b.WriteString(strings.Repeat(p.text, max(1, p.times*n)))
	}
	return b.String()
}

// adversarialShapes: each shape's parts, written once (times 0) or n
// times (times 1).
var adversarialShapes = map[string][]struct {
	text  string
	times int
}{
	"surnames":       {{"Ivo Pap and Tom Brack met. ", 0}, {"Mr Pap left. Brack stayed. The sea was calm. \"We sail,\" she said. ", 1}},
	"long-paragraph": {{"Ivo Pap came. ", 0}, {"He sailed far. ", 1}, {"\n\n", 0}, {"\"We sail,\" he said. ", 1}},
	"others":         {{"\"We sail,\" said Ivo Pap. ", 0}, {"Tom Brack stayed home. \"We row.\" ", 1}},
	"peers":          {{"\"We sail,\" said Pap. Lord Brack came. ", 1}},
	"citations":      {{"Tom Fox came. ", 0}, {"Fox said the sea was calm. ", 1}},
	"bodies":         {{"The Department of Ferries", 0}, {" and Harbours", 1}, {" said: \"We sail.\" ", 0}},
	"organisations":  {{"Ivo Pap came. \"We sail,\" the organisation said. ", 1}},
	"firms":          {{"Quistware, which runs boats, sailed. \"We sail,\" Quistware said. Shares in Varnel fell. ", 1}},
}

// BenchmarkExtractAdversarial times those shapes at two sizes: a ratio
// near 2 between them says the work grows with the article, near 4 with
// its square (go test ./loader -run XXX -bench Adversarial).
func BenchmarkExtractAdversarial(b *testing.B) {
	for _, shape := range []string{"surnames", "long-paragraph", "others", "peers", "citations", "bodies", "organisations", "firms"} {
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
	want := map[string]int{"surnames": 20, "long-paragraph": 20, "others": 21, "peers": 20, "citations": 0, "bodies": 1, "organisations": 20, "firms": 20}
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
