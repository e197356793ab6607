package loader

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/attrib/attrib"
)

// mapMemory is a MatchMemory in maps: what a store keeps for the matcher.
type mapMemory struct {
	posts  map[uint64][]attrib.Posting
	states map[string][]byte
	meta   map[string]attrib.ClaimMeta
	reads  int  // states read
	metas  int  // metas read
	untag  bool // postings read without speaker tags, as an older store's
}

func newMapMemory() *mapMemory {
	return &mapMemory{posts: map[uint64][]attrib.Posting{}, states: map[string][]byte{}, meta: map[string]attrib.ClaimMeta{}}
}

func (m *mapMemory) MatchPostings(_ context.Context, keys []uint64) (map[uint64][]attrib.Posting, error) {
	out := map[uint64][]attrib.Posting{}
	for _, k := range keys {
		if p, ok := m.posts[k]; ok {
			out[k] = append([]attrib.Posting(nil), p...)
			if m.untag {
				for i := range out[k] {
					out[k][i].Speaker = 0
				}
			}
		}
	}
	return out, nil
}

func (m *mapMemory) MatchStates(_ context.Context, ids []string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, id := range ids {
		if s, ok := m.states[id]; ok {
			out[id] = s
			m.reads++
		}
	}
	return out, nil
}

func (m *mapMemory) MatchMeta(_ context.Context, ids []string) (map[string]attrib.ClaimMeta, error) {
	out := map[string]attrib.ClaimMeta{}
	for _, id := range ids {
		if s, ok := m.meta[id]; ok {
			out[id] = s
			m.metas++
		}
	}
	return out, nil
}

func (m *mapMemory) apply(d *attrib.MatchDelta) {
	for k, v := range d.Postings {
		m.posts[k] = v
	}
	for k, v := range d.States {
		m.states[k] = v
	}
	for k, v := range d.Meta {
		m.meta[k] = v
	}
}

// matchArticles makes articles whose quotes repeat, cut and vary each
// other's words across articles, as reports of one statement do.
func matchArticles() []*attrib.Article {
	lines := []string{
		"The new bridge over the river will open to traffic before the first snow falls this winter",
		"the new bridge over the river will open to traffic",
		"We have found the money for the second bridge and the work on it starts in spring",
		"The new bridge over the river will open to traffic before the first snow falls",
		"found the money for the second bridge",
		"Nobody in this town has ever asked us for a third bridge over the river",
	}
	var arts []*attrib.Article
	for i := 0; i < 12; i++ {
		a := &attrib.Article{ID: fmt.Sprintf("art-%d", i), Published: fmt.Sprintf("2024-02-%02d", 1+i)}
		for j := 0; j < 3; j++ {
			a.Quotes = append(a.Quotes, attrib.Quote{ID: fmt.Sprintf("q%d-%d", i, j), Text: lines[(i+j)%len(lines)], Speaker: "Rosa Imbert"})
		}
		arts = append(arts, a)
	}
	return arts
}

func claimsOf(arts []*attrib.Article) []string {
	var out []string
	for _, a := range arts {
		for _, q := range a.Quotes {
			out = append(out, q.ClaimID)
		}
	}
	return out
}

// TestStoredMatcher: matching with the index kept in a memory (a store)
// gives the claims that one in-memory pass gives over the same articles in
// the same order, however the load is cut into batches, and a new matcher
// over the memory picks up where the last left off.
func TestStoredMatcher(t *testing.T) {
	ctx := context.Background()
	want := matchArticles()
	mem := NewMatcher()
	for _, a := range want {
		mem.Assign([]*attrib.Article{a})
	}
	for _, batch := range []int{1, 2, 5, 12} {
		got := matchArticles()
		store := newMapMemory()
		for i := 0; i < len(got); i += batch {
			m := NewStoredMatcher(store) // a new process each batch: only the memory carries over
			d, err := m.AssignStored(ctx, got[i:min(i+batch, len(got))])
			if err != nil {
				t.Fatal(err)
			}
			store.apply(d)
		}
		g, w := claimsOf(got), claimsOf(want)
		for i := range w {
			if g[i] != w[i] {
				t.Fatalf("batch %d: quote %d joined claim %s, in memory %s", batch, i, g[i], w[i])
			}
		}
		if distinct := map[string]bool{}; true {
			for _, c := range g {
				distinct[c] = true
			}
			if len(distinct) >= len(g)/2 {
				t.Errorf("batch %d: %d claims for %d quotes: the repeats did not join", batch, len(distinct), len(g))
			}
		}
	}
}

// TestPostingTags: a stored matcher does not read the metas of claims whose
// posting tags name another speaker, and reading postings without tags (an
// older store) gives the same claims at the cost of those reads.
func TestPostingTags(t *testing.T) {
	ctx := context.Background()
	arts := func() []*attrib.Article {
		as := matchArticles()
		for i, a := range as {
			for j := range a.Quotes {
				a.Quotes[j].Speaker = fmt.Sprintf("Speaker %c", 'A'+(i+j)%5) // five speakers say the same lines
			}
		}
		return as
	}
	want := arts()
	mem := NewMatcher()
	for _, a := range want {
		mem.Assign([]*attrib.Article{a})
	}
	metas := map[bool]int{}
	for _, untag := range []bool{false, true} {
		got := arts()
		store := newMapMemory()
		store.untag = untag
		for _, a := range got {
			d, err := NewStoredMatcher(store).AssignStored(ctx, []*attrib.Article{a})
			if err != nil {
				t.Fatal(err)
			}
			store.apply(d)
		}
		if g, w := claimsOf(got), claimsOf(want); !slices.Equal(g, w) {
			t.Fatalf("untagged %v: claims %v, in memory %v", untag, g, w)
		}
		metas[untag] = store.metas
	}
	// a quote's own speaker's claims are still read: fewer, not none
	if metas[false] == 0 || metas[false]*2 > metas[true] {
		t.Errorf("metas read with tags %d, without %d: the tags do not spare the other speakers' claims", metas[false], metas[true])
	}
}

// TestCachedPostingsStillLoadClaims: when every posting a quote needs was
// read for an earlier quote of another speaker, the claims it can join are
// still read: one speaker's repeat joins that speaker's claim, as in
// memory.
func TestCachedPostingsStillLoadClaims(t *testing.T) {
	ctx := context.Background()
	line := "The harbour will stay open through the winter whatever the council decides"
	arts := func() []*attrib.Article {
		var as []*attrib.Article
		for i, who := range []string{"Ida Brenner", "Olek Thrandy", "Ida Brenner"} {
			as = append(as, &attrib.Article{ID: fmt.Sprintf("h%d", i), Published: "2024-03-01",
				Quotes: []attrib.Quote{{ID: fmt.Sprintf("h%d-q", i), Text: line, Speaker: who}}})
		}
		return as
	}
	want := arts()
	mem := NewMatcher()
	for _, a := range want {
		mem.Assign([]*attrib.Article{a})
	}
	got := arts()
	store := newMapMemory()
	for _, batch := range [][]*attrib.Article{got[:1], got[1:]} {
		d, err := NewStoredMatcher(store).AssignStored(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		store.apply(d)
	}
	if g, w := claimsOf(got), claimsOf(want); !slices.Equal(g, w) {
		t.Fatalf("claims %v, in memory %v", g, w)
	}
	if got[2].Quotes[0].ClaimID != got[0].Quotes[0].ClaimID || got[1].Quotes[0].ClaimID == got[0].Quotes[0].ClaimID {
		t.Errorf("claims %v: the repeat should join its speaker's claim, the other speaker's stay apart", claimsOf(got))
	}
}
