package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/attrib/attrib"
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

// TestUnscoredFirst: claim searches answer the same, page by page, whether
// the text index is asked unscored first or scored only, with queries that
// find a few claims and queries that find more than the window.
func TestUnscoredFirst(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	vocab := strings.Fields("harbour tariff orchard ledger lantern meadow quarry ribbon saddle tunnel velvet walnut")
	rng := rand.New(rand.NewSource(3))
	var arts []*attrib.Article
	for i := 0; i < 400; i++ {
		id := fmt.Sprintf("u%d", i)
		a := article(id, "h"+id)
		n := 3 + rng.Intn(6)
		var ws []string
		for j := 0; j < n; j++ {
			ws = append(ws, vocab[rng.Intn(len(vocab))])
		}
		if i%3 != 0 {
			ws = append(ws, "common") // in more claims than the window holds
		}
		a.Quotes = []attrib.Quote{{ID: id + "-q", Text: strings.Join(ws, " "), End: 40, Speaker: "Ann Lee",
			SpeakerID: "00000000-0000-5000-8000-0000000000bb", SpeakerKind: attrib.KindPerson, ClaimID: fmt.Sprintf("00000000-0000-5000-8000-%012d", i)}}
		arts = append(arts, a)
	}
	if _, err := s.PutArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	answers := func() (out []string, big int) {
		for _, q := range []string{"common", "harbour", "harbour tariff", "common orchard ledger", "quarry ribbon saddle tunnel", "walnut velvet", "lantern meadow quarry common"} {
			p := attrib.Page{Limit: 30}
			for k := 0; k < 9; k++ {
				l, err := s.SearchClaims(ctx, attrib.SearchQuery{Text: q}, p)
				if err != nil {
					t.Fatal(err)
				}
				b, _ := json.Marshal(l)
				out = append(out, string(b))
				if l.Total > searchWindow && k == 0 {
					big++
				}
				if l.Next == "" {
					break
				}
				p.Cursor = l.Next
			}
		}
		return out, big
	}
	got, big := answers()
	unscoredFirst = false
	defer func() { unscoredFirst = true }()
	want, _ := answers()
	if big == 0 || len(got) < 10 {
		t.Fatalf("%d queries over the window, %d pages: the test does not reach both paths", big, len(got))
	}
	if !slices.Equal(got, want) {
		for i := range got {
			if i < len(want) && got[i] != want[i] {
				t.Fatalf("page %d differs:\n unscored first %.300s\n scored %.300s", i, got[i], want[i])
			}
		}
		t.Fatalf("%d pages against %d", len(got), len(want))
	}
}
