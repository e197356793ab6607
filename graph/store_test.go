package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/attrib/attrib"
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
			st, err := s.PutArticles(ctx, []*attrib.Article{a, article("a2", "h2", "other words")})
			if err != nil || st.Articles != 2 {
				t.Fatalf("%+v %v", st, err)
			}
			n1, _ := s.CountQuads(ctx)
			st, _ = s.PutArticles(ctx, []*attrib.Article{article("a1", "h1", "first words here", "second words")})
			n2, _ := s.CountQuads(ctx)
			if st.Skipped != 1 || n2 != n1 {
				t.Fatalf("unchanged reload: %+v, quads %d -> %d", st, n1, n2)
			}
			st, _ = s.PutArticles(ctx, []*attrib.Article{article("a1", "h1b", "first words here")})
			n3, _ := s.CountQuads(ctx)
			if st.Replaced != 1 || n3 >= n2 {
				t.Fatalf("replace: %+v, quads %d -> %d", st, n2, n3)
			}
			c, err := s.Claim(ctx, "00000000-0000-5000-8000-0000000000cc")
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
				func() error { _, err := s.Claim(ctx, "nope"); return err }(),
				func() error { _, err := s.Person(ctx, "nope"); return err }(),
				func() error { _, err := s.Outlet(ctx, "nope"); return err }(),
				func() error { _, err := s.ClaimOfQuote(ctx, "nope"); return err }(),
			} {
				if attrib.ErrorCode(err) != attrib.ENOTFOUND {
					t.Errorf("want not_found, got %v", err)
				}
			}
			if _, err := s.SearchClaims(ctx, "  ,, ", 5); attrib.ErrorCode(err) != attrib.EINVALID {
				t.Errorf("empty query: %v", err)
			}
			res, err := s.SearchClaims(ctx, "first words", 5)
			if err != nil || len(res) != 1 {
				t.Fatalf("search: %+v %v", res, err)
			}
			recs, err := s.QuoteRecords(ctx)
			if err != nil || len(recs) != 1 || recs[0].Published != "2024-01-02" || recs[0].Speaker != "Ann Lee" || recs[0].ClaimID == "" {
				t.Fatalf("quote records (what claim matching is seeded with): %+v %v", recs, err)
			}
			shared, err := s.SharedClaims(ctx, 1, 0)
			if err != nil || len(shared) != 1 || shared[0].Score != 1 {
				t.Fatalf("shared claims: %+v %v", shared, err)
			}
			if _, err := s.SharedClaims(ctx, 0, 0); attrib.ErrorCode(err) != attrib.EINVALID {
				t.Errorf("min outlets 0: %v", err)
			}
		})
	}
	if _, err := Open(ctx, "ftp://x"); attrib.ErrorCode(err) != attrib.EINVALID {
		t.Errorf("unknown scheme: %v", err)
	}
}
