package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/graph/graphtest"
)

// The chain walk gives what the general path query gives, on a bolt store
// of made-up articles: several speakers and outlets, claims shared across
// outlets.
func TestChainPathMatchesGeneral(t *testing.T) {
	t.Run("bolt", func(t *testing.T) { chainPathMatchesGeneral(t, "bolt://"+filepath.Join(t.TempDir(), "c.db")) })
	t.Run("postgres", func(t *testing.T) { chainPathMatchesGeneral(t, graphtest.PostgresURL(t)) })
}

func chainPathMatchesGeneral(t *testing.T, storeURL string) {
	ctx := context.Background()
	s, arts, speakers, outlets := openChainStore(t, storeURL)
	id := chainTestID
	step := func(op, pred string) attrib.PathStep { return attrib.PathStep{Op: op, Predicate: pred} }
	unique := attrib.PathStep{Op: "unique"}
	queries := []attrib.PathQuery{}
	for sp := range speakers {
		start := attrib.PathStart{IDs: []string{"person/" + id("d0", sp)}}
		queries = append(queries,
			attrib.PathQuery{Start: start, Steps: []attrib.PathStep{step("out", "said"), step("out", "reported_by"), unique}},
			attrib.PathQuery{Start: start, Steps: []attrib.PathStep{step("out", "said"), step("in", "said"), unique}},
			attrib.PathQuery{Start: start, Steps: []attrib.PathStep{step("out", "said"), step("out", "instance_of"), unique}},
			attrib.PathQuery{Start: start, Steps: []attrib.PathStep{step("out", "said"), step("out", "reported_by"), unique}, Limit: 2},
		)
	}
	for o := range outlets {
		start := attrib.PathStart{IDs: []string{"outlet/" + id("b0", o)}}
		queries = append(queries,
			attrib.PathQuery{Start: start, Steps: []attrib.PathStep{step("in", "reported_by"), step("in", "said"), unique}},
			attrib.PathQuery{Start: start, Steps: []attrib.PathStep{step("in", "published_by"), unique}},
		)
	}
	compare := func(round string) {
		walked := 0
		for i, q := range queries {
			noChainPath = false
			_, ok, _ := s.chainPath(ctx, q, 1000)
			fast, err1 := s.Path(ctx, q)
			noChainPath = true
			slow, err2 := s.Path(ctx, q)
			noChainPath = false
			// person -said-> -reported_by-> is read from the speaker-outlet
			// counts; without them it is walked: the same nodes (which
			// fill a cut answer is for each to choose)
			kept := s.speakerOutlets
			s.speakerOutlets = false
			walk, err3 := s.Path(ctx, q)
			s.speakerOutlets = kept
			if fmt.Sprint(err1) != fmt.Sprint(err3) || err1 == nil && (fast.Partial != walk.Partial || len(fast.Nodes) != len(walk.Nodes) || !fast.Partial && !reflect.DeepEqual(fast, walk)) {
				t.Errorf("%s: query %d %+v:\ncounts %+v %v\nwalk   %+v %v", round, i, q, fast, err1, walk, err3)
			}
			if err1 != nil && err2 != nil && err1.Error() == err2.Error() && round != "first load" {
				walked++
				continue // her node is gone with her quotes: both say so
			}
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: query %d: %v / %v", round, i, err1, err2)
			}
			if ok {
				walked++
			}
			if fast.Partial != slow.Partial || len(fast.Nodes) != len(slow.Nodes) {
				t.Fatalf("%s: query %d %+v: walk %d nodes partial %v, general %d partial %v", round, i, q, len(fast.Nodes), fast.Partial, len(slow.Nodes), slow.Partial)
			}
			if !fast.Partial && !reflect.DeepEqual(fast, slow) {
				t.Errorf("%s: query %d %+v:\nwalk    %+v\ngeneral %+v", round, i, q, fast, slow)
			}
			if len(slow.Nodes) == 0 && round == "first load" {
				t.Errorf("%s: query %d found nothing: the test asks nothing", round, i)
			}
		}
		if walked != len(queries) {
			t.Fatalf("%s: the walk answered %d of %d chain queries", round, walked, len(queries))
		}
	}
	if !s.speakerOutlets {
		t.Fatal("a new store does not keep speaker-outlet counts")
	}
	compare("first load")
	// replaced articles leave their old quads in the store, marked
	// deleted: the walk must skip them as the general query does. The
	// third speaker's quotes all go, and with them every path from her.
	var repl []*attrib.Article
	for _, art := range arts {
		a := *art
		a.Hash += "-replaced"
		a.Quotes = nil
		for _, q := range art.Quotes {
			if q.SpeakerID != id("d0", 2) {
				a.Quotes = append(a.Quotes, q)
			}
		}
		if len(a.Quotes) < len(art.Quotes) {
			repl = append(repl, &a)
		}
	}
	if _, err := s.PutArticles(ctx, repl, nil); err != nil {
		t.Fatal(err)
	}
	compare("after replacing her articles")
	// what the walk does not answer exactly goes to the general query
	for _, q := range []attrib.PathQuery{
		{Start: attrib.PathStart{IDs: []string{"person/" + id("d0", 0)}}, Steps: []attrib.PathStep{step("out", "said"), step("out", "reported_by")}},
		{Start: attrib.PathStart{IDs: []string{"person/" + id("d0", 0)}}, Steps: []attrib.PathStep{step("out", "said"), step("out", ""), unique}},
		{Start: attrib.PathStart{IDs: []string{"person/" + id("d0", 0)}}, Steps: []attrib.PathStep{step("out", "said"), unique}, Edges: true},
	} {
		if _, ok, _ := s.chainPath(ctx, q, 1000); ok {
			t.Errorf("the walk took %+v", q)
		}
	}
}

// chainTestID is a made-up UUID of the test's articles.
func chainTestID(prefix string, i int) string {
	return fmt.Sprintf("00000000-0000-5000-8000-%s%010d", prefix, i)
}

// openChainStore opens storeURL (closed when the test ends) with
// chainTestArticles stored.
func openChainStore(t *testing.T, storeURL string) (s *Store, arts []*attrib.Article, speakers, outlets []string) {
	t.Helper()
	s, err := Open(context.Background(), storeURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	arts, speakers, outlets = chainTestArticles()
	if _, err := s.PutArticles(context.Background(), arts, nil); err != nil {
		t.Fatal(err)
	}
	return s, arts, speakers, outlets
}

// chainTestArticles are 24 made-up articles of four outlets quoting three
// speakers on seven claims.
func chainTestArticles() (arts []*attrib.Article, speakers, outlets []string) {
	speakers = []string{"Ada Okafor", "Ben Lindqvist", "Ines Moreau"}
	outlets = []string{"Harbour Daily", "Ferry Times", "Coast Radio", "Pier Post"}
	id := chainTestID
	for i := 0; i < 24; i++ {
		o := i % len(outlets)
		a := &attrib.Article{ID: id("a0", i), Source: fmt.Sprintf("a%d.txt", i), Hash: fmt.Sprintf("h%d", i),
			Outlet: outlets[o], OutletID: id("b0", o), Published: "2024-01-02"}
		for k := 0; k < 3; k++ {
			sp := (i + k) % len(speakers)
			if sp == 2 && o != 3 {
				continue // the third speaker is quoted by one outlet only
			}
			claim := (i*3 + k) % 7
			a.Quotes = append(a.Quotes, attrib.Quote{ID: id("c0", i*10+k), Text: fmt.Sprintf("words of claim %d from %d", claim, i), Start: k * 40, End: k*40 + 20,
				Speaker: speakers[sp], SpeakerID: id("d0", sp), SpeakerKind: attrib.KindPerson, ClaimID: id("e0", claim)})
		}
		arts = append(arts, a)
	}
	return arts, speakers, outlets
}

// A store written before the speaker-outlet counts existed (its marker
// absent) answers person -said-> -reported_by-> by the walk, not from
// counts it lacks.
func TestSpeakerOutletsOnlyWhenKept(t *testing.T) {
	ctx := context.Background()
	url := "bolt://" + filepath.Join(t.TempDir(), "c.db")
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	arts, _, _ := chainTestArticles()
	if _, err := s.PutArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	q := attrib.PathQuery{Start: attrib.PathStart{IDs: []string{"person/" + chainTestID("d0", 0)}},
		Steps: []attrib.PathStep{{Op: "out", Predicate: "said"}, {Op: "out", Predicate: "reported_by"}, {Op: "unique"}}}
	want, err := s.Path(ctx, q)
	if err != nil || len(want.Nodes) == 0 {
		t.Fatalf("%+v %v", want, err)
	}
	// as an earlier version left it: no counts, no marker
	err = s.side.update(ctx, func(w sideWriter) error {
		var keys []string
		if err := s.side.scan(ctx, "so|", "", 0, func(k string, _ []byte) error { keys = append(keys, k); return nil }); err != nil {
			return err
		}
		if len(keys) == 0 {
			return fmt.Errorf("no speaker-outlet counts kept")
		}
		for _, k := range append(keys, keySpeakerOutletsKept) {
			if err := w.del(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, url); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.speakerOutlets {
		t.Fatal("a store without the marker is read as keeping speaker-outlet counts")
	}
	got, err := s.Path(ctx, q)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("walked %+v %v, want %+v", got, err, want)
	}
}
