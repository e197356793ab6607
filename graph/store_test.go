package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/graph/graphtest"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/google/uuid"
)

func article(id, hash string, quotes ...string) *attrib.Article {
	a := &attrib.Article{ID: id, Source: id + ".txt", Hash: hash, Outlet: "Test Wire", OutletID: "00000000-0000-5000-8000-0000000000aa", Published: "2024-01-02"}
	for i, q := range quotes {
		a.Quotes = append(a.Quotes, attrib.Quote{ID: id + "-q" + string(rune('0'+i)), Text: q, Start: i * 10, End: i*10 + len(q),
			Speaker: "Ann Lee", SpeakerID: "00000000-0000-5000-8000-0000000000bb", SpeakerKind: attrib.KindPerson, ClaimID: "00000000-0000-5000-8000-0000000000cc"})
	}
	return a
}

// TestStoreContract runs the Store contract on every backend that needs no
// server: skip unchanged, replace changed, remove, not-found errors, and
// every quad labelled by its article.
func TestStoreContract(t *testing.T) {
	ctx := context.Background()
	for name, u := range map[string]string{"memory": "memory://", "bolt": "bolt://" + filepath.Join(t.TempDir(), "s.db")} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			a := article("a1", "h1", "first words here", "second words")
			for _, q := range ArticleQuads(a) {
				if q.Label != articleIRI("a1") {
					t.Fatalf("quad %v not labelled by its article", q)
				}
			}
			st, err := s.PutArticles(ctx, []*attrib.Article{a, article("a2", "h2", "other words")}, nil)
			if err != nil || st.Articles != 2 {
				t.Fatalf("%+v %v", st, err)
			}
			n1, _ := s.CountQuads(ctx)
			st, _ = s.PutArticles(ctx, []*attrib.Article{article("a1", "h1", "first words here", "second words")}, nil)
			n2, _ := s.CountQuads(ctx)
			if st.Skipped != 1 || n2 != n1 {
				t.Fatalf("unchanged reload: %+v, quads %d -> %d", st, n1, n2)
			}
			st, _ = s.PutArticles(ctx, []*attrib.Article{article("a1", "h1b", "first words here")}, nil)
			n3, _ := s.CountQuads(ctx)
			if st.Replaced != 1 || n3 >= n2 {
				t.Fatalf("replace: %+v, quads %d -> %d", st, n2, n3)
			}
			// every quad of the new version is found through the indexes (one
			// Cayley transaction removing and adding loses one: see PutArticles)
			got, _ := s.labelQuads(ctx, articleIRI("a1"))
			if want := ArticleQuads(article("a1", "h1b", "first words here")); len(got) != len(want) || int64(len(want)) != n3-int64(len(ArticleQuads(article("a2", "h2", "other words")))) {
				t.Fatalf("after replace the label index holds %d quads, the count says %d, want %d", len(got), n3, len(want))
			}
			if h, _ := s.ArticleHash(ctx, "a1"); h != "h1b" {
				t.Fatalf("stored hash after replace: %q", h)
			}
			c, err := s.Claim(ctx, "00000000-0000-5000-8000-0000000000cc", attrib.Page{})
			if err != nil || len(c.Reports) != 2 || c.Speaker == nil || c.Speaker.Name != "Ann Lee" {
				t.Fatalf("claim %+v %v", c, err)
			}
			if err := s.RemoveArticle(ctx, "a2"); err != nil {
				t.Fatal(err)
			}
			if err := s.RemoveArticle(ctx, "a2"); attrib.ErrorCode(err) != attrib.ENOTFOUND {
				t.Fatalf("second remove: %v", err)
			}
			for _, err := range []error{
				func() error { _, err := s.Claim(ctx, "nope", attrib.Page{}); return err }(),
				func() error { _, err := s.Person(ctx, "nope", attrib.Page{}); return err }(),
				func() error { _, err := s.Outlet(ctx, "nope", attrib.Page{}); return err }(),
				func() error { _, err := s.ClaimOfQuote(ctx, "nope"); return err }(),
			} {
				if attrib.ErrorCode(err) != attrib.ENOTFOUND {
					t.Errorf("want not_found, got %v", err)
				}
			}
			if err := s.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := s.SearchClaims(ctx, attrib.SearchQuery{Text: "  ,, "}, attrib.Page{}); attrib.ErrorCode(err) != attrib.EINVALID {
				t.Errorf("empty query: %v", err)
			}
			res, err := s.SearchClaims(ctx, attrib.SearchQuery{Text: "first words"}, attrib.Page{Limit: 5})
			if err != nil || len(res.Claims) != 1 || res.Total != 1 {
				t.Fatalf("search: %+v %v", res, err)
			}
			// the second wording left with the replaced version of a1
			if res, err := s.SearchClaims(ctx, attrib.SearchQuery{Text: "second words"}, attrib.Page{}); err != nil || len(res.Claims) != 0 {
				t.Fatalf("search for a replaced wording: %+v %v", res, err)
			}
			shared, err := s.SharedClaims(ctx, 1, attrib.Page{})
			if err != nil || len(shared.Claims) != 1 || shared.Claims[0].Score != 1 || shared.Total != 1 {
				t.Fatalf("shared claims: %+v %v", shared, err)
			}
			if _, err := s.SharedClaims(ctx, 0, attrib.Page{}); attrib.ErrorCode(err) != attrib.EINVALID {
				t.Errorf("min outlets 0: %v", err)
			}
			n, _ := s.CountQuads(ctx)
			if want := int64(len(ArticleQuads(article("a1", "h1b", "first words here")))); n != want {
				t.Errorf("quad count %d, want %d (a1's)", n, want)
			}
			// removing the last article takes back everything it put in the side index
			if err := s.RemoveArticle(ctx, "a1"); err != nil {
				t.Fatal(err)
			}
			left := map[string]int{}
			_ = s.side.scan(ctx, "", "", 0, func(k string, v []byte) error {
				if k != keySpeakerOutletsKept { // the store's, not an article's
					left[k[:strings.IndexByte(k, '|')]]++
				}
				return nil
			})
			for _, p := range []string{"a", "ak", "h", "pq", "op", "oc", "cr", "sc", "sn", "k", "qc", "so"} {
				if left[p] != 0 {
					t.Errorf("after removing every article, %d %q keys are left", left[p], p)
				}
			}
			if n, err := s.CountQuads(ctx); n != 0 || err != nil {
				t.Errorf("empty store counts %d quads (%v)", n, err)
			}
		})
	}
	if _, err := Open(ctx, "ftp://x"); attrib.ErrorCode(err) != attrib.EINVALID {
		t.Errorf("unknown scheme: %v", err)
	}
}

// TestPages: every list comes in pages whose cursors walk it once, in
// order, with its total; a cursor from another list is refused.
func TestPages(t *testing.T) {
	ctx := context.Background()
	for name, u := range map[string]string{"memory": "memory://", "bolt": "bolt://" + filepath.Join(t.TempDir(), "p.db")} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var arts []*attrib.Article
			for i := 0; i < 7; i++ {
				a := article(fmt.Sprintf("p%d", i), "h", "the same words said again", fmt.Sprintf("words of article %d", i))
				a.Published = fmt.Sprintf("2024-01-%02d", 10-i)
				a.Citations = []attrib.Citation{{Outlet: "Other Paper", OutletID: "00000000-0000-5000-8000-0000000000dd"}}
				arts = append(arts, a)
			}
			if _, err := s.PutArticles(ctx, arts, nil); err != nil {
				t.Fatal(err)
			}
			var got []string
			p := attrib.Page{Limit: 3}
			for i := 0; ; i++ {
				pv, err := s.Person(ctx, "00000000-0000-5000-8000-0000000000bb", p)
				if err != nil || pv.Total != 14 {
					t.Fatalf("person page %d: %+v %v", i, pv, err)
				}
				for _, q := range pv.Quotes {
					got = append(got, q.ID)
				}
				if pv.Next == "" {
					break
				}
				p.Cursor = pv.Next
			}
			if len(got) != 14 || got[0] != "p6-q0" || got[13] != "p0-q1" {
				t.Fatalf("person quotes over pages: %v", got)
			}
			c, err := s.Claim(ctx, "00000000-0000-5000-8000-0000000000cc", attrib.Page{Limit: 5})
			if err != nil || len(c.Reports) != 5 || c.Total != 14 || c.Next == "" || c.Reports[0].Published != "2024-01-04" {
				t.Fatalf("claim page: %+v %v", c, err)
			}
			if _, err := s.Claim(ctx, "00000000-0000-5000-8000-0000000000cc", attrib.Page{Cursor: "bm9wZQ"}); attrib.ErrorCode(err) != attrib.EINVALID {
				t.Errorf("a foreign cursor: %v", err)
			}
			o, err := s.Outlet(ctx, "00000000-0000-5000-8000-0000000000dd", attrib.Page{Limit: 4})
			if err != nil || o.CitedBy.Total != 7 || len(o.CitedBy.Items) != 4 || o.CitedBy.Next == "" || o.Published.Total != 0 {
				t.Fatalf("outlet: %+v %v", o, err)
			}
			rest, err := s.OutletArticles(ctx, "00000000-0000-5000-8000-0000000000dd", "cited_by", attrib.Page{Limit: 4, Cursor: o.CitedBy.Next})
			if err != nil || len(rest.Items) != 3 || rest.Next != "" {
				t.Fatalf("outlet's second page: %+v %v", rest, err)
			}
			tr, err := s.Trace(ctx, "00000000-0000-5000-8000-0000000000cc", attrib.Page{Limit: 1})
			if err != nil || tr.Origin.Reason != "earliest published (2024-01-04)" {
				t.Fatalf("trace origin: %+v %v", tr, err)
			}
			// the earliest report leaves: the origin moves to the next day
			if err := s.RemoveArticle(ctx, "p6"); err != nil {
				t.Fatal(err)
			}
			tr, err = s.Trace(ctx, "00000000-0000-5000-8000-0000000000cc", attrib.Page{Limit: 1})
			if err != nil || tr.Origin.Reason != "earliest published (2024-01-05)" {
				t.Fatalf("trace origin after removing the earliest: %+v %v", tr.Origin, err)
			}
		})
	}
}

// TestPersonNamedAsMostArticlesName: one person written two ways (a middle
// initial in one article) is named as most of the articles name them; the
// other spelling is an alias.
func TestPersonNamedAsMostArticlesName(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := article("n1", "h", "words with an initial")
	b.Quotes[0].Speaker = "Ann B. Lee"
	arts := []*attrib.Article{b, article("n2", "h", "words without it"), article("n3", "h", "more words without it")}
	if _, err := s.PutArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	pv, err := s.Person(ctx, "00000000-0000-5000-8000-0000000000bb", attrib.Page{})
	if err != nil || pv.Name != "Ann Lee" || !slices.Contains(pv.Aliases, "Ann B. Lee") || pv.Total != 3 {
		t.Fatalf("person: %+v %v", pv, err)
	}
}

// TestMatchMemory: what claim matching hands the store comes back.
func TestMatchMemory(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &attrib.MatchDelta{Postings: map[uint64][]attrib.Posting{42: {{Claim: "c1", Speaker: 5}, {Claim: "c2"}}}, States: map[string][]byte{"c1": []byte(`{"w":["a b"]}`)}}
	if _, err := s.PutArticles(ctx, []*attrib.Article{article("m1", "h", "some words")}, d); err != nil {
		t.Fatal(err)
	}
	ps, err := s.MatchPostings(ctx, []uint64{42, 7})
	if err != nil || len(ps) != 1 || len(ps[42]) != 2 || ps[42][0].Speaker != 5 {
		t.Fatalf("postings %v %v", ps, err)
	}
	st, err := s.MatchStates(ctx, []string{"c1", "c9"})
	if err != nil || len(st) != 1 || string(st["c1"]) != `{"w":["a b"]}` {
		t.Fatalf("states %v %v", st, err)
	}
}

// TestEmptyStore: a new store answers with nothing, not with an error.
func TestEmptyStore(t *testing.T) {
	ctx := context.Background()
	for name, u := range map[string]string{"memory": "memory://", "bolt": "bolt://" + filepath.Join(t.TempDir(), "e.db")} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if n, err := s.CountQuads(ctx); n != 0 || err != nil {
				t.Errorf("count %d, %v", n, err)
			}
			if l, err := s.SharedClaims(ctx, 2, attrib.Page{}); err != nil || len(l.Claims) != 0 || l.Total != 0 {
				t.Errorf("shared %+v %v", l, err)
			}
			if l, err := s.SearchClaims(ctx, attrib.SearchQuery{Text: "anything at all"}, attrib.Page{}); err != nil || len(l.Claims) != 0 {
				t.Errorf("search %+v %v", l, err)
			}
		})
	}
}

// TestReleaseMapped: the bolt fields releaseMapped reads are there, and
// the store reads the same after its pages are dropped.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	bs := s.side.(*boltSide)
	v := reflect.ValueOf(bs.db).Elem()
	if !v.FieldByName("data").IsValid() || !v.FieldByName("datasz").IsValid() || v.FieldByName("datasz").Int() == 0 {
		t.Fatal("bolt no longer has the data/datasz fields releaseMapped reads")
	}
	if _, err := s.PutArticles(ctx, []*attrib.Article{article("r1", "h", "words to read again")}, nil); err != nil {
		t.Fatal(err)
	}
	releaseMapped(bs.db)
	c, err := s.Claim(ctx, "00000000-0000-5000-8000-0000000000cc", attrib.Page{})
	if err != nil || len(c.Reports) != 1 || c.Reports[0].Quote.Text != "words to read again" {
		t.Fatalf("after dropping the mapped pages: %+v %v", c, err)
	}
}

// TestDigest: the digest does not depend on the order of writes, and
// tells a different store apart.
func TestDigest(t *testing.T) {
	ctx := context.Background()
	digest := func(order ...string) Digest {
		s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "d.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for _, id := range order {
			if _, err := s.PutArticles(ctx, []*attrib.Article{article(id, "h", "words of "+id)}, nil); err != nil {
				t.Fatal(err)
			}
		}
		d, err := s.Digest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b, c := digest("x1", "x2", "x3"), digest("x3", "x1", "x2"), digest("x1", "x2")
	if a != b {
		t.Errorf("same articles, other order:\n%s\n%s", a, b)
	}
	if a.QuadSum == c.QuadSum || a.Quads == c.Quads || a.IndexSum == c.IndexSum {
		t.Errorf("different stores, same digest:\n%s\n%s", a, c)
	}
}

// TestIndexIndependentOfBatches: the side index is the same whether the
// articles come one batch at a time or all at once, capped lists included.
func TestIndexIndependentOfBatches(t *testing.T) {
	ctx := context.Background()
	arts := func() []*attrib.Article {
		var out []*attrib.Article
		for i := 0; i < 40; i++ {
			a := article(fmt.Sprintf("t%d", i), "h", fmt.Sprintf("statement number %d", i))
			a.People = []attrib.Person{{ID: "00000000-0000-5000-8000-0000000000bb", Name: "Ann Lee", Titles: []string{fmt.Sprintf("title %02d", i)}}}
			out = append(out, a)
		}
		return out
	}
	digest := func(batch int) Digest {
		s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "b.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		all := arts()
		for i := 0; i < len(all); i += batch {
			if _, err := s.PutArticles(ctx, all[i:min(i+batch, len(all))], nil); err != nil {
				t.Fatal(err)
			}
		}
		d, err := s.Digest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if a, b := digest(1), digest(40); a != b {
		t.Errorf("one at a time:\n%s\nall at once:\n%s", a, b)
	}
}

// TestRefusesUnindexedStore: quads without attrib's index (an earlier
// version's store) are refused on open with what to do, not taken as empty.
func TestRefusesUnindexedStore(t *testing.T) {
	ctx := context.Background()
	u := "bolt://" + filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	tx := cgraph.NewTransaction()
	for _, q := range ArticleQuads(article("o1", "h", "words from before")) {
		tx.AddQuad(q)
	}
	if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil { // behind the index's back
		t.Fatal(err)
	}
	// an earlier version kept no mark of its own
	if err := s.side.update(ctx, func(w sideWriter) error { return w.del(keySpeakerOutletsKept) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, u)
	if attrib.ErrorCode(err) != attrib.EINVALID || !strings.Contains(err.Error(), "import") {
		t.Fatalf("want a refusal that says how to import, got %v", err)
	}
}

// TestFirstWriteCutBeforeTheIndex: on PostgreSQL the side index commits
// after the quads; a load stopped between the two in its very first batch
// leaves quads and no count. The store opens (this version marked it when
// it was new), and the same article loaded again repairs the index without
// writing its quads twice.
func TestFirstWriteCutBeforeTheIndex(t *testing.T) {
	ctx := context.Background()
	u := graphtest.PostgresURL(t)
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	a := article("f1", "h1", "words of a first batch", "more of them")
	quads := ArticleQuads(a)
	tx := cgraph.NewTransaction()
	for _, q := range quads {
		tx.AddQuad(q)
	}
	if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil { // the quads' commit, then the kill
		t.Fatal(err)
	}
	if has, err := s.hasQuads(ctx); err != nil || !has {
		t.Fatalf("the store's quads table holds none (%v): the cut would go unseen", err)
	}
	s.Close()
	s, err = Open(ctx, u)
	if err != nil {
		t.Fatalf("a store cut before its first index entries: %v", err)
	}
	defer s.Close()
	st, err := s.PutArticles(ctx, []*attrib.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := s.ArticleHash(ctx, "f1"); h != "h1" {
		t.Errorf("index not repaired: hash %q (%+v)", h, st)
	}
	if n, _ := s.CountQuads(ctx); n != int64(len(quads)) {
		t.Errorf("count %d, want %d", n, len(quads))
	}
	got, err := s.labelQuads(ctx, articleIRI("f1"))
	if err != nil || len(got) != len(quads) {
		t.Errorf("%d quads under the article, want %d (%v)", len(got), len(quads), err)
	}
}

// TestNewStoreBesideAnother: a new PostgreSQL store in its own schema opens
// while another schema of the same database holds an attrib store's quads
// (Cayley's count reads every schema's table of that name).
func TestNewStoreBesideAnother(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, graphtest.PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutArticles(ctx, []*attrib.Article{article("b1", "h1", "words in the first schema")}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.side.(*pgSide).db.ExecContext(ctx, "ANALYZE quads"); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, graphtest.PostgresURL(t))
	if err != nil {
		t.Fatalf("a new store beside another: %v", err)
	}
	defer s2.Close()
	if n, err := s2.CountQuads(ctx); err != nil || n != 0 {
		t.Errorf("the new store counts %d quads (%v)", n, err)
	}
}

// TestPostingEncoding: postings round-trip packed with their speaker
// tags (UUIDs) and as JSON (anything else); the untagged forms older
// stores hold read with tags 0.
func TestPostingEncoding(t *testing.T) {
	uuids := []string{"5b000000-0000-4000-8000-000000000001", "9aacd170-42f5-5375-8740-55b0e0aff119"}
	tagged := []attrib.Posting{{Claim: uuids[0], Speaker: 7}, {Claim: uuids[1], Speaker: 1 << 31}}
	for _, ps := range [][]attrib.Posting{tagged, {{Claim: "not-a-uuid", Speaker: 3}, tagged[0]}, {}} {
		enc := encodePosting(ps)
		if len(ps) == 2 && ps[0] == tagged[0] && len(enc) != 41 {
			t.Errorf("%v: %d bytes, want 41", ps, len(enc))
		}
		got, err := decodePosting(enc)
		if err != nil || !slices.Equal(got, ps) {
			t.Errorf("%v: decoded %v, %v", ps, got, err)
		}
	}
	untagged := []attrib.Posting{{Claim: uuids[0]}, {Claim: uuids[1]}}
	old := []byte{0}
	for _, id := range uuids {
		u := uuid.MustParse(id)
		old = append(old, u[:]...)
	}
	if got, err := decodePosting(old); err != nil || !slices.Equal(got, untagged) {
		t.Errorf("untagged packed posting: %v, %v", got, err)
	}
	if got, err := decodePosting([]byte(`["a","b"]`)); err != nil || !slices.Equal(got, []attrib.Posting{{Claim: "a"}, {Claim: "b"}}) {
		t.Errorf("JSON posting: %v, %v", got, err)
	}
	for _, cut := range [][]byte{{0, 1, 2}, {1, 1, 2}, append([]byte{1}, make([]byte, 16)...), {2}} {
		if _, err := decodePosting(cut); err == nil {
			t.Errorf("a cut posting decoded: %v", cut)
		}
	}
}

// TestSummaryReadsReportsOnce: the origin and the first quote IDs read in
// one scan of a claim's reports are those read in two: dated reports over
// several days (the earliest day's ties among them), undated ones, more
// reports than a summary lists.
func TestSummaryReadsReportsOnce(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "o.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const claim = "00000000-0000-5000-8000-0000000000cc"
	check := func(when string) {
		t.Helper()
		h, err := s.claimHead(ctx, claim)
		if err != nil || h == nil {
			t.Fatalf("%s: head %v %v", when, h, err)
		}
		want, err := s.origin(ctx, claim, h)
		if err != nil {
			t.Fatal(err)
		}
		var wantIDs []string
		if err := s.firstQuoteIDs(ctx, claim, &wantIDs); err != nil {
			t.Fatal(err)
		}
		var ids []string
		got, err := s.originWithQuotes(ctx, claim, h, &ids)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) || !slices.Equal(ids, wantIDs) {
			t.Errorf("%s: one scan gave %+v %v, two gave %+v %v", when, got, ids, want, wantIDs)
		}
		if len(wantIDs) != min(h.Reports, summaryReports) {
			t.Errorf("%s: %d quote IDs for %d reports", when, len(wantIDs), h.Reports)
		}
	}
	put := func(id, published, outlet string) {
		a := article(id, "h", "the same words again")
		a.Published, a.Outlet, a.OutletID = published, outlet, uuid.NewSHA1(uuid.NameSpaceURL, []byte(outlet)).String()
		if _, err := s.PutArticles(ctx, []*attrib.Article{a}, nil); err != nil {
			t.Fatal(err)
		}
	}
	put("u1", "", "Undated Wire")
	check("one undated report")
	put("u2", "", "Other Wire")
	check("undated reports only")
	for i := 0; i < 30; i++ {
		put(fmt.Sprintf("d%02d", i), fmt.Sprintf("2024-03-%02d", 10+i%3), fmt.Sprintf("Wire %d", i%4))
		check(fmt.Sprintf("after %d dated", i+1))
	}
}

// TestLoneSurnameJoinsThePersonNamedInFull: a speaker named by a surname
// alone is the person the store or an earlier article names in full, when
// that person is the only one of the surname (or nearly); the same
// whether the articles come in one batch or several.
func TestLoneSurnameJoinsThePersonNamedInFull(t *testing.T) {
	ctx := context.Background()
	said := func(id, speaker, speakerID string) *attrib.Article {
		a := article(id, "h", "words said by "+speaker)
		a.Quotes[0].Speaker, a.Quotes[0].SpeakerID = speaker, speakerID
		p := attrib.Person{ID: speakerID, Name: speaker, Kind: attrib.KindPerson, Full: strings.Contains(speaker, " ")}
		if !p.Full {
			p.Titles = []string{"Ms."} // "Ms. Quist"
		}
		a.People = []attrib.Person{p}
		return a
	}
	const ada, tom, lone = "00000000-0000-5000-8000-0000000000a1", "00000000-0000-5000-8000-0000000000a2", "00000000-0000-5000-8000-0000000000a3"
	for _, batches := range [][]int{{7}, {1, 1, 1, 1, 1, 1, 1}, {4, 3}} {
		s, err := Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		arts := []*attrib.Article{said("s1", "Ada Quist", ada), said("s1b", "Ada Quist", ada), said("s1c", "Ada Quist", ada), said("s1d", "Ada Quist", ada), said("s1e", "Ada Quist", ada), said("s2", "Quist", lone), said("s3", "Quist", lone)}
		for i, n := range batches {
			start := 0
			for _, m := range batches[:i] {
				start += m
			}
			if _, err := s.PutArticles(ctx, arts[start:start+n], nil); err != nil {
				t.Fatal(err)
			}
		}
		pv, err := s.Person(ctx, ada, attrib.Page{})
		if err != nil || pv.Total != 7 || pv.Name != "Ada Quist" || !slices.Contains(pv.Aliases, "Quist") {
			t.Fatalf("batches %v: person %+v %v", batches, pv, err)
		}
		if _, err := s.Person(ctx, lone, attrib.Page{}); attrib.ErrorCode(err) != attrib.ENOTFOUND {
			t.Errorf("batches %v: the lone surname is a person of its own: %v", batches, err)
		}
		// a second person of the surname, as often quoted: a lone surname stays alone
		if _, err := s.PutArticles(ctx, []*attrib.Article{said("s4", "Tom Quist", tom), said("s5", "Tom Quist", tom), said("s6", "Quist", lone)}, nil); err != nil {
			t.Fatal(err)
		}
		if pv, err := s.Person(ctx, lone, attrib.Page{}); err != nil || pv.Total != 1 {
			t.Errorf("batches %v: with two people of the surname: %+v %v", batches, pv, err)
		}
		// a surname alone with no title ("Dunmore said") may be no person: it
		// stays; so does one whose namesake is quoted less than five times
		untitled := said("s7", "Lindqvist", "00000000-0000-5000-8000-0000000000a4")
		untitled.People[0].Titles = nil
		var more []*attrib.Article
		for i := 0; i < 5; i++ {
			more = append(more, said(fmt.Sprintf("s8-%d", i), "Ada Lindqvist", "00000000-0000-5000-8000-0000000000a5"))
		}
		more = append(more, untitled, said("s9", "Vell", "00000000-0000-5000-8000-0000000000a6"), said("s10", "Ivo Vell", "00000000-0000-5000-8000-0000000000a7"), said("s11", "Vell", "00000000-0000-5000-8000-0000000000a6"))
		if _, err := s.PutArticles(ctx, more, nil); err != nil {
			t.Fatal(err)
		}
		if pv, err := s.Person(ctx, "00000000-0000-5000-8000-0000000000a4", attrib.Page{}); err != nil || pv.Total != 1 {
			t.Errorf("batches %v: an untitled surname: %+v %v", batches, pv, err)
		}
		if pv, err := s.Person(ctx, "00000000-0000-5000-8000-0000000000a6", attrib.Page{}); err != nil || pv.Total != 2 {
			t.Errorf("batches %v: a surname whose namesake is quoted once: %+v %v", batches, pv, err)
		}
		s.Close()
	}
}

// TestDominantNamesake: the person named in full a lone surname means, and
// none among too many namesakes.
func TestDominantNamesake(t *testing.T) {
	c := map[string]*fullNamed{"a": {name: "Ada Quist", quotes: 19}, "b": {name: "Tom Quist", quotes: 1}}
	if id, name := dominant(c); id != "a" || name != "Ada Quist" {
		t.Errorf("19 of 20: %q %q", id, name)
	}
	c["b"].quotes = 3
	if id, _ := dominant(c); id != "" {
		t.Errorf("19 of 22: %q", id)
	}
	c = map[string]*fullNamed{"a": {name: "Ada Quist", quotes: 40}, manyNamesakes: {quotes: 1 << 30}}
	if id, _ := dominant(c); id != "" {
		t.Errorf("many namesakes: %q", id)
	}
}

// countingSide counts the keys each scan hands to its callback.
type countingSide struct {
	side
	visited map[string]int // by prefix
}

func (c *countingSide) scan(ctx context.Context, prefix, after string, limit int, fn func(k string, v []byte) error) error {
	return c.side.scan(ctx, prefix, after, limit, func(k string, v []byte) error {
		c.visited[prefix]++
		return fn(k, v)
	})
}

// TestSharedClaimsTotalReadsOnlyCounts: the shared claims' total reads the
// per-count keys, not the surname keys that stores written before the
// index had its own prefix hold under "sn|" (one key per person named in
// full: a pass over them grows with the store).
func TestSharedClaimsTotalReadsOnlyCounts(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutArticles(ctx, []*attrib.Article{article("a1", "h1", "first words here")}, nil); err != nil {
		t.Fatal(err)
	}
	err = s.side.update(ctx, func(w sideWriter) error {
		for i := 0; i < 200; i++ {
			if err := w.put(fmt.Sprintf("sn|quist%03d|id%03d", i, i), nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c := &countingSide{side: s.side, visited: map[string]int{}}
	s.side = c
	l, err := s.SharedClaims(ctx, 1, attrib.Page{})
	if err != nil || l.Total != 1 || len(l.Claims) != 1 {
		t.Fatalf("shared claims: %+v %v", l, err)
	}
	if n := c.visited["sn|"]; n > 3 {
		t.Errorf("the total's scan visited %d keys under sn|, want the counts only (1) and the first surname key", n)
	}
}
