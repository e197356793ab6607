package attrib

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNormNameASCIIPath: NormName's byte loop for ASCII gives what its
// rune loop (normNameFrom from the start) gives, on random names mixing
// ASCII letters, digits, punctuation and non-ASCII letters.
func TestNormNameASCIIPath(t *testing.T) {
	pieces := []string{"a", "Z", "q", "7", " ", "-", ".", "'", "\u2019", "_", ",", "(", "É", "ø", "Ş", "\u00a0", "İ", "K", "\t", "&"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var sb strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		var b strings.Builder
		if got, want := NormName(s), normNameFrom(&b, s, false); got != want {
			t.Fatalf("NormName(%q) = %q, the rune loop gives %q", s, got, want)
		}
	}
	if got := NormName("The Ohio-Valley  Courier's"); got != "the ohio valley couriers" {
		t.Fatalf("NormName = %q", got)
	}
}
