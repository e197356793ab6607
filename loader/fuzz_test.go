package loader

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// FuzzExtract: on any input, including invalid UTF-8 and unbalanced marks,
// extraction does not panic, every offset lies inside the text, and every
// quote's text is exactly the bytes at its offsets.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\"", "\u201c\u201d", "\"a\" said B.\n\n\"", "\xff\"x\" said Y", "By \n\n-\n-\n-", " date 2020-01-01 By A\nB\n\"q\" she said.", "\u2018We sail,\u2019 said A. \u2018It\u2019s late.\n\u2018Go.\u2019", "'a b c' d 'e f g' h's 'i", "# T\n\n\"[a](/b)\" said [C D](http://e) to [F](/g).\n> \"h [i](/j)\" **K**", "[\"x\"](/y)\"z\" [\"](/) ![a](/b)\"c\" said D.", "A b c d e f g h i j k l m n o p q r s t\nu \"v w x y z a b c d e f g h i j\nk,\" said L M. N o p q r s t u v w x y z\n\nA \"b c d e f g h i j k l m n o p q\nr.\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a, err := Extract(&Doc{Name: "f.txt", Text: text, Format: "txt"})
		if !utf8.ValidString(text) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("quote offsets [%d,%d) outside text of %d bytes", q.Start, q.End, len(text))
			}
			if text[q.Start:q.End] != q.Text {
				t.Fatalf("quote %q != text at offsets %q", q.Text, text[q.Start:q.End])
			}
		}
		for _, c := range a.Citations {
			if c.Start < 0 || c.End > len(text) || c.Start > c.End {
				t.Fatalf("citation offsets [%d,%d) outside text", c.Start, c.End)
			}
		}
		for _, r := range a.Reported {
			if r.Start < 0 || r.End > len(text) || text[r.Start:r.End] != r.Text {
				t.Fatalf("reported claim offsets wrong")
			}
		}
		NewMatcher().Assign([]*attrib.Article{a})
	})
}
