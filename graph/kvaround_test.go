package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/attrib/attrib"
	kvgraph "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// TestKVReaderMatchesIterator: on bolt, a level's nodes read in one
// transaction get the quads Cayley's iterator and NameOf give them, in the
// same order, cut at the same quad, in every direction, also after
// replaced articles left deleted quads behind; and a subgraph exported
// with it is byte for byte the one exported through Cayley.
func TestKVReaderMatchesIterator(t *testing.T) {
	ctx := context.Background()
	s, arts, speakers, outlets := openChainStore(t, "bolt://"+filepath.Join(t.TempDir(), "k.db"))
	var nodes []quad.Value
	var roots []string
	for i := range speakers {
		nodes = append(nodes, personIRI(chainTestID("d0", i)))
		roots = append(roots, "person/"+chainTestID("d0", i))
	}
	for i := range outlets {
		nodes = append(nodes, nodeIRI("outlet", chainTestID("b0", i)))
		roots = append(roots, "outlet/"+chainTestID("b0", i))
	}
	for i := 0; i < 7; i++ {
		nodes = append(nodes, nodeIRI("claim", chainTestID("e0", i)))
		roots = append(roots, "claim/"+chainTestID("e0", i))
	}
	nodes = append(nodes, articleIRI(chainTestID("a0", 3)), predSaid, nodeIRI("outlet", "no-such-outlet"))
	compare := func(round string) {
		kr := newKVReader(s.h.QuadStore.(*kvgraph.QuadStore), s.side.(*boltSide).db)
		checked := 0
		for _, dir := range []quad.Direction{quad.Subject, quad.Object, quad.Label} {
			for _, limit := range []int{1000, 2} {
				got, err := kr.quadsOf(ctx, nodes, dir, limit)
				if err != nil {
					t.Fatal(err)
				}
				for _, n := range nodes {
					want, cut, err := s.quadsOfUpTo(ctx, n, dir, limit)
					if err != nil {
						t.Fatal(err)
					}
					g := got[quad.StringOf(n)]
					if g.cut != cut || len(g.qs) != len(want) || len(want) > 0 && !reflect.DeepEqual(g.qs, want) {
						t.Fatalf("%s: %v %v limit %d: %d quads (cut %v), the iterator %d (cut %v):\n%v\n%v", round, n, dir, limit, len(g.qs), g.cut, len(want), cut, g.qs, want)
					}
					checked += len(want)
				}
			}
		}
		if checked < 200 {
			t.Fatalf("%s: only %d quads compared", round, checked)
		}
		for _, root := range roots {
			for depth := 1; depth <= 3; depth++ {
				export := func(off bool) string {
					noKVAround = off
					defer func() { noKVAround = false }()
					var b bytes.Buffer
					info, err := s.Export(ctx, &b, attrib.ExportOptions{Format: "nquads", Root: root, Depth: depth, MaxNodes: 40})
					if err != nil {
						t.Fatal(err)
					}
					return fmt.Sprintf("%+v\n%s", info, b.String())
				}
				if fast, slow := export(false), export(true); fast != slow {
					t.Fatalf("%s: subgraph of %s depth %d:\none transaction:\n%s\nCayley:\n%s", round, root, depth, fast, slow)
				}
			}
		}
	}
	compare("first load")
	var repl []*attrib.Article
	for _, art := range arts[:12] {
		a := *art
		a.Hash += "-replaced"
		a.Quotes = a.Quotes[:len(a.Quotes)-1]
		repl = append(repl, &a)
	}
	if _, err := s.PutArticles(ctx, repl, nil); err != nil {
		t.Fatal(err)
	}
	compare("after replacing articles")
}
