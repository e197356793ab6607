package graph

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/attrib/attrib/graph/graphtest"
	"github.com/cayleygraph/quad"
)

// TestPGQuadsOfMatchesIterator: reading a level's nodes in one statement
// gives each node the quads Cayley's iterator gives it, in both
// directions, and cuts a node at the limit as quadsOfUpTo does.
func TestPGQuadsOfMatchesIterator(t *testing.T) {
	ctx := context.Background()
	s, _, speakers, outlets := openChainStore(t, graphtest.PostgresURL(t))
	ps := s.side.(*pgSide)
	var nodes []quad.Value
	for i := range speakers {
		nodes = append(nodes, personIRI(chainTestID("d0", i)))
	}
	for i := range outlets {
		nodes = append(nodes, nodeIRI("outlet", chainTestID("b0", i)))
	}
	for i := 0; i < 7; i++ {
		nodes = append(nodes, nodeIRI("claim", chainTestID("e0", i)))
	}
	nodes = append(nodes, nodeIRI("outlet", "no-such-outlet"))
	key := func(qs []quad.Quad) []string {
		var ks []string
		for _, q := range qs {
			ks = append(ks, q.String())
		}
		sort.Strings(ks)
		return ks
	}
	checked := 0
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		got, err := pgQuadsOf(ctx, ps, nodes, dir, 1000)
		if err != nil {
			t.Fatal(err)
		}
		small, err := pgQuadsOf(ctx, ps, nodes, dir, 2)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range nodes {
			want, _, err := s.quadsOfUpTo(ctx, n, dir, 0)
			if err != nil {
				t.Fatal(err)
			}
			g := got[quad.StringOf(n)]
			if g.cut || !reflect.DeepEqual(key(g.qs), key(want)) {
				t.Fatalf("%v %v: %d quads (cut %v), the iterator %d:\n%v\n%v", n, dir, len(g.qs), g.cut, len(want), key(g.qs), key(want))
			}
			sm := small[quad.StringOf(n)]
			if len(sm.qs) != min(2, len(want)) || sm.cut != (len(want) > 2) {
				t.Fatalf("%v %v at limit 2: %d quads cut %v, of %d", n, dir, len(sm.qs), sm.cut, len(want))
			}
			checked += len(want)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d quads compared", checked)
	}
}
