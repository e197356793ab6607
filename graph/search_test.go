package graph

import (
	"fmt"
	"strings"
	"testing"
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
