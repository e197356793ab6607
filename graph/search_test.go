package graph

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestAtLeast(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		need int
		want string
	}{
		{[]string{"pier"}, 1, "'pier'"},
		{[]string{"pier", "ferry"}, 2, "('pier' & 'ferry')"},
		{[]string{"pier", "ferry", "toll"}, 2, "('pier' & 'ferry') | ('pier' & 'toll') | ('ferry' & 'toll')"},
		{[]string{"a", "b", "c"}, 1, "'a' | 'b' | 'c'"},
	} {
		if got := atLeast(c.ws, c.need); got != c.want {
			t.Errorf("atLeast(%v, %d) = %s", c.ws, c.need, got)
		}
	}
	// too many subsets: any word
	ws := make([]string, 20)
	for i := range ws {
		ws[i] = fmt.Sprintf("w%d", i)
	}
	if got := atLeast(ws, 16); got != "'"+strings.Join(ws, "' | '")+"'" {
		t.Errorf("20 words, 16 needed: %s", got)
	}
}

// words is held to the definition it replaced, on random strings of
// ASCII, accented, upper-case, special-cased and invalid bytes.
func TestWordsScanner(t *testing.T) {
	ref := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	parts := []string{"a", "Z", "q", "7", " ", ",", "'", "\u2019", "É", "é", "İ", "\u212a", "ß", "Σ", "ς", "\xff", "\xe2\x80", "日本", "-", "\u00a0", "ǅ", "Ⅻ", "x", "Bb"}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := rng.Intn(12); n > 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := words(s), ref(s); !slices.Equal(got, want) {
			t.Fatalf("words(%q) = %q, want %q", s, got, want)
		}
	}
}
