// Package graph is the Cayley adapter: it opens a quad store by URL, writes
// articles as quads labelled by the article, and answers the named path
// queries the API needs. It is the only package that imports Cayley; no
// Cayley type (quad.Value, graph.Ref, *path.Path) leaves it.
//
// Cayley v0.7.7 traps it designs around (../shared/CAYLEY.md): bolt opens
// with no_bloom (otherwise ~500 MB of bloom filters); a quad is never
// written twice (a duplicate write leaks node reference counts), so an
// article is skipped when its content hash is stored and replaced as a
// unit when it changed; memstore and the SQL query builder are not safe for
// concurrent use, so Cayley reads on them are serialised.
//
// What the API lists in pages, and what claim matching remembers, lives in
// a side index (side.go, views.go) kept with the quads: on bolt a bucket
// of the same file written in the same transaction, on PostgreSQL a table
// of the same database. Claim search runs on Bleve (bolt, memory) or a
// PostgreSQL GIN index (search.go).
package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/attrib/attrib"
	"github.com/cayleygraph/cayley"
	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // CockroachDB backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // PostgreSQL backend
	"github.com/cayleygraph/quad"
	"github.com/google/uuid"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// DefaultURL is the embedded store used when none is given.
const DefaultURL = "bolt://data/attrib.db"

// Store is a Cayley-backed attrib.Store.
type Store struct {
	h       *cayley.Handle
	backend string
	side    side
	hook    *hookKV // bolt: our index entries commit with Cayley's transaction
	search  searcher
	// mu serialises writes. cayleyMu serialises Cayley reads where the
	// backend is not safe for concurrent use (memstore; the SQL query
	// builder's shared counter); on bolt reads never wait for each other,
	// and those that walk Cayley's iterators wait for a commit (noRemap).
	mu        sync.Mutex
	cayleyMu  sync.Mutex
	guardRead bool
	idx       *indexer
	// speakerOutlets: the side index counts each speaker's quotes per
	// outlet (keySpeakerOutlet) for every article stored
	speakerOutlets bool
}

var _ attrib.Store = (*Store)(nil)

// Open opens (creating if needed) the store at rawURL:
//
//	memory://                      in-memory (tests)
//	bolt://PATH                    embedded bolt database in folder PATH
//	postgres://user@host:port/db   PostgreSQL through Cayley's SQL backend
//	cockroach://user@host:port/db  CockroachDB through Cayley's SQL backend
//
// EINVALID for an unknown scheme or a store that cannot be opened;
// ECONFLICT for a bolt file another process holds.
func Open(ctx context.Context, rawURL string) (*Store, error) {
	if rawURL == "" {
		rawURL = DefaultURL
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme == "" {
		return nil, attrib.Errorf(attrib.EINVALID, "store URL %q: want memory://, bolt://PATH, postgres://... or cockroach://...", rawURL)
	}
	s := &Store{}
	switch u.Scheme {
	case "memory", "mem", "memstore":
		s.backend, s.guardRead = "memstore", true
		if s.h, err = cayley.NewGraph("memstore", "", nil); err != nil {
			return nil, err
		}
		s.side = newMemSide()
		if s.search, err = openBleve(""); err != nil {
			return nil, err
		}
	case "bolt":
		s.backend = "bolt"
		addr := u.Host + u.Path
		if u.Host == "" {
			addr = u.Path
		}
		if addr == "" {
			return nil, attrib.Errorf(attrib.EINVALID, "store URL %q: bolt needs a path, e.g. bolt://data/attrib.db", rawURL)
		}
		h, hk, bdb, err := openBolt(ctx, addr, u.Query().Get("nosync") == "true")
		if attrib.ErrorCode(err) == attrib.ECONFLICT {
			return nil, err
		}
		if err != nil {
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: cannot open: %v", rawURL, err)
		}
		s.h, s.hook, s.side = h, hk, &boltSide{db: bdb, remap: &hk.remap}
		if s.search, err = openBleve(filepath.Join(addr, "search.bleve")); err != nil {
			h.Close()
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: search index: %v", rawURL, err)
		}
	case "postgres", "postgresql", "cockroach", "cockroachdb":
		backend, addr := "postgres", rawURL
		if strings.HasPrefix(u.Scheme, "cockroach") {
			u2 := *u
			u2.Scheme = "postgresql"
			backend, addr = "cockroach", u2.String()
		}
		s.backend, s.guardRead = backend, true
		flavor := backend
		if backend == "postgres" {
			flavor = pgFlavor // Cayley's, with batched inserts
		}
		if err := cgraph.InitQuadStore(flavor, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) && !strings.Contains(err.Error(), "already exists") {
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: cannot initialise: %v", redact(rawURL), err)
		}
		if s.h, err = cayley.NewGraph(flavor, addr, nil); err != nil {
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: cannot open: %v", redact(rawURL), err)
		}
		ps, err := openPGSide(ctx, addr)
		if err != nil {
			s.h.Close()
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: %v", redact(rawURL), err)
		}
		s.side = ps
		if s.search, err = openPGSearch(ctx, ps.db); err != nil {
			s.Close()
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: search index: %v", redact(rawURL), err)
		}
	default:
		return nil, attrib.Errorf(attrib.EINVALID, "store URL %q: unknown scheme %q (want memory, bolt, postgres or cockroach)", rawURL, u.Scheme)
	}
	if err := s.checkIndexed(ctx, rawURL); err != nil {
		s.Close()
		return nil, err
	}
	// claims whose search entries a crash left undone
	if err := s.reindexDirty(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store %s: search index: %w", redact(rawURL), err)
	}
	s.idx = newIndexer(s)
	return s, nil
}

// Compact tidies the store after a bulk load, once the search entries
// queued are written: on bolt it merges the text index into one segment;
// on PostgreSQL it has the planner's statistics gathered (ANALYZE), which
// autovacuum had not done after a 100k-article load: path, shared-claims
// and search queries then ran on plans for empty tables (p99 288, 184 and
// 74 ms at one client, against 52, 55 and 40 after).
func (s *Store) Compact(ctx context.Context) error {
	if err := s.idx.wait(ctx); err != nil {
		return err
	}
	if err := s.search.compact(ctx); err != nil {
		return err
	}
	if ps, ok := s.side.(*pgSide); ok {
		for _, t := range []string{"quads", "nodes", "attrib_index", "attrib_search"} {
			if _, err := ps.db.ExecContext(ctx, "ANALYZE "+t); err != nil {
				return fmt.Errorf("analyze %s: %w", t, err)
			}
		}
	}
	return nil
}

// redact hides a password in a store URL before it goes into a message.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Backend names the Cayley backend in use.
func (s *Store) Backend() string { return s.backend }

// Close releases the store.
func (s *Store) Close() error {
	var errs []error
	if s.idx != nil {
		errs = append(errs, s.idx.stop())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.search != nil {
		errs = append(errs, s.search.close())
	}
	if s.side != nil {
		errs = append(errs, s.side.close())
	}
	errs = append(errs, s.h.Close())
	return errors.Join(errs...)
}

// rlock guards a Cayley read where the backend is not safe for
// concurrent use (memstore, SQL); on bolt readers do not wait for it.
func (s *Store) rlock() func() {
	if s.guardRead {
		s.cayleyMu.Lock()
		return s.cayleyMu.Unlock
	}
	return func() {}
}

// noRemap keeps a commit from remapping the bolt file while a read walks
// Cayley's iterators, which hold one read transaction while they open
// others (see hookKV); elsewhere it does nothing. A read that opens one
// transaction at a time (quadsNamed, the path chain, the side index)
// needs it not. Calls do not nest.
func (s *Store) noRemap() func() {
	if s.hook != nil {
		s.hook.remap.RLock()
		return s.hook.remap.RUnlock
	}
	return func() {}
}

// CountQuads returns the number of quads stored: a counter kept with them.
func (s *Store) CountQuads(ctx context.Context) (int64, error) {
	v, err := s.side.get(ctx, keyQuads)
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	n, _ := strconv.ParseInt(string(v), 10, 64)
	return n, nil
}

// ArticleHash returns the stored hash of an article, "" if unknown: one lookup.
func (s *Store) ArticleHash(ctx context.Context, id string) (string, error) {
	v, err := s.side.get(ctx, keyArticle(id))
	return string(v), err
}

// oldArticle returns what a stored article contributed to the side index.
func (s *Store) oldArticle(ctx context.Context, id string) (*attrib.Article, error) {
	v, err := s.side.get(ctx, keyArticleSlim(id))
	if err != nil || v == nil {
		return nil, err
	}
	a := &attrib.Article{}
	if err := decode(v, a); err != nil {
		return nil, fmt.Errorf("read stored article %s: %w", id, err)
	}
	return a, nil
}

// PutArticles writes articles, each as one unit labelled by its IRI, in one
// transaction: an article stored with the same hash is skipped (one lookup),
// one stored with another hash has its quads removed first. On bolt the
// side index entries commit in the same transaction as the quads.
func (s *Store) PutArticles(ctx context.Context, arts []*attrib.Article, delta *attrib.MatchDelta) (attrib.LoadStats, error) {
	var st attrib.LoadStats
	s.mu.Lock()
	defer s.mu.Unlock()
	// Replaced articles go in a transaction of their own before the rest:
	// Cayley v0.7.7's kv layer loses a new quad from its indexes when one
	// transaction removes and adds quads of the same node (measured: a
	// replaced article's new content_hash quad disappeared). Between the
	// two commits such an article is absent, never half stored, and a
	// reload stores it afresh.
	if err := s.resolveSurnames(ctx, arts); err != nil {
		return st, err
	}
	tx, rmTx := cgraph.NewTransaction(), cgraph.NewTransaction()
	seen := map[string]bool{}
	var adds, removes []*attrib.Article
	var quadDelta, rmDelta int64
	for i := len(arts) - 1; i >= 0; i-- { // the last copy of a repeated article wins
		a := arts[i]
		if a == nil {
			continue
		}
		if a.ID == "" {
			return st, attrib.Errorf(attrib.EINVALID, "article %q has no ID", a.Source)
		}
		if seen[a.ID] {
			st.Skipped++
			continue
		}
		seen[a.ID] = true
		if err := ctx.Err(); err != nil {
			return attrib.LoadStats{}, err
		}
		stored, err := s.ArticleHash(ctx, a.ID)
		if err != nil {
			return attrib.LoadStats{}, err
		}
		if stored == "" && s.guardRead && s.backend != "memstore" {
			// SQL: the side index commits after the quads; a crash between
			// leaves quads the index does not know, found by their hash quad
			if stored, err = s.cayleyHash(ctx, a.ID); err != nil {
				return attrib.LoadStats{}, err
			}
			if stored == a.Hash {
				adds = append(adds, a) // repair the index only: the quads are there
				quadDelta += int64(len(ArticleQuads(a)))
				st.Skipped++
				continue
			}
		}
		if stored == a.Hash {
			st.Skipped++
			continue
		}
		quads := ArticleQuads(a)
		if stored != "" {
			old, err := s.labelQuads(ctx, articleIRI(a.ID))
			if err != nil {
				return attrib.LoadStats{}, err
			}
			for _, q := range old {
				rmTx.RemoveQuad(q)
			}
			rmDelta -= int64(len(old))
			prev, err := s.oldArticle(ctx, a.ID)
			if err != nil {
				return attrib.LoadStats{}, err
			}
			if prev != nil {
				removes = append(removes, prev)
			}
			st.Replaced++
		}
		for _, q := range quads {
			tx.AddQuad(q)
		}
		quadDelta += int64(len(quads))
		adds = append(adds, a)
		st.Articles++
		st.Quotes += len(a.Quotes)
		st.Quads += len(quads)
	}
	// the loop ran backwards (the last copy wins); the index takes the
	// articles in input order, so capped lists fill the same whatever the batches
	slices.Reverse(adds)
	slices.Reverse(removes)
	if len(rmTx.Deltas) > 0 {
		if err := s.commitArticles(ctx, rmTx, removes, -1, rmDelta, nil); err != nil {
			return attrib.LoadStats{}, fmt.Errorf("replace %d articles: %w", st.Replaced, err)
		}
	}
	err := s.commitArticles(ctx, tx, adds, 1, quadDelta, func(w sideWriter) error { return writeMatchDelta(w, delta) })
	if err != nil {
		return attrib.LoadStats{}, fmt.Errorf("write %d articles: %w", st.Articles, err)
	}
	s.releaseMappedOver(mappedBudget)
	return st, nil
}

// commitArticles commits a Cayley transaction with the side index entries
// of arts (added with sign 1, taken back with -1), the quad count moved by
// quads and what extra writes, then hands the claims touched to the
// search indexer.
func (s *Store) commitArticles(ctx context.Context, tx *cgraph.Transaction, arts []*attrib.Article, sign int, quads int64, extra func(sideWriter) error) error {
	var claims map[string]bool
	err := s.commit(ctx, tx, func(w sideWriter) error {
		t := newSideTx(w)
		if pf, ok := w.(prefetcher); ok {
			if err := pf.prefetch(headKeys(arts)); err != nil {
				return err
			}
		}
		for _, a := range arts {
			if err := t.apply(a, sign); err != nil {
				return err
			}
		}
		t.quads = quads
		if extra != nil {
			if err := extra(w); err != nil {
				return err
			}
		}
		claims = t.claims
		return t.flush()
	})
	if err == nil {
		s.idx.add(claims)
	}
	return err
}

// commit applies a Cayley transaction and the side index writes: on bolt
// in one transaction, elsewhere the quads first.
func (s *Store) commit(ctx context.Context, tx *cgraph.Transaction, write func(sideWriter) error) error {
	if s.hook != nil && len(tx.Deltas) > 0 {
		s.hook.setHook(func(htx hkv.Tx) error { return write(hidalgoWriter{htx}) })
		defer s.hook.setHook(nil)
		return s.h.QuadWriter.ApplyTransaction(tx)
	}
	if len(tx.Deltas) > 0 {
		unlock := s.rlock()
		err := s.h.QuadWriter.ApplyTransaction(tx)
		unlock()
		if err != nil {
			return err
		}
	}
	return s.side.update(ctx, write)
}

func writeMatchDelta(w sideWriter, d *attrib.MatchDelta) error {
	if d == nil {
		return nil
	}
	for h, ps := range d.Postings {
		if err := w.put(keyPosting(h), encodePosting(ps)); err != nil {
			return err
		}
	}
	for id, st := range d.States {
		if err := w.put(keyMatchState(id), st); err != nil {
			return err
		}
	}
	for id, m := range d.Meta {
		if err := w.put(keyMatchMeta(id), []byte(fmt.Sprintf("%d,%d", m.RootBigrams, m.Stars))); err != nil {
			return err
		}
	}
	return nil
}

// encodePosting packs a posting's claims, UUIDs, as 16 bytes each and
// their speaker tags as 4 more: a posting is rewritten whenever a claim
// joins it, and as JSON it was 2.4 times the size. A list holding any ID
// that is not a UUID is written as JSON. The packed form starts with a 1
// byte (0 for the form before tags: 16 bytes each), JSON with '['.
func encodePosting(ps []attrib.Posting) []byte {
	b := make([]byte, 1, 1+postingEntry*len(ps))
	b[0] = 1
	for _, p := range ps {
		u, err := uuid.Parse(p.Claim)
		if err != nil || len(p.Claim) != 36 {
			j, _ := json.Marshal(ps)
			return j
		}
		b = append(b, u[:]...)
		b = binary.BigEndian.AppendUint32(b, p.Speaker)
	}
	return b
}

const postingEntry = 16 + 4

// decodePosting reads what encodePosting wrote, and the untagged forms
// before it (claims only; their tags read as 0, unknown).
func decodePosting(v []byte) ([]attrib.Posting, error) {
	if len(v) > 1 && v[0] == '[' {
		var ps []attrib.Posting
		if v[1] == '"' {
			var ids []string
			err := decode(v, &ids)
			for _, id := range ids {
				ps = append(ps, attrib.Posting{Claim: id})
			}
			return ps, err
		}
		err := decode(v, &ps)
		return ps, err
	}
	size := postingEntry
	if len(v) > 0 && v[0] == 0 {
		size = 16
	}
	if len(v) == 0 || v[0] > 1 || (len(v)-1)%size != 0 {
		return nil, fmt.Errorf("posting of %d bytes", len(v))
	}
	ps := make([]attrib.Posting, 0, len(v)/size)
	for i := 1; i < len(v); i += size {
		p := attrib.Posting{Claim: uuid.UUID(v[i : i+16]).String()}
		if size == postingEntry {
			p.Speaker = binary.BigEndian.Uint32(v[i+16 : i+20])
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// cayleyHash reads an article's hash quad: an indexed lookup of its subject.
func (s *Store) cayleyHash(ctx context.Context, id string) (string, error) {
	defer s.rlock()()
	qs, err := s.quadsOf(ctx, articleIRI(id), quad.Subject)
	if err != nil {
		return "", err
	}
	return storedHash(qs), nil
}

func storedHash(qs []quad.Quad) string {
	for _, q := range qs {
		if iriOf(q.Predicate) == predHash {
			if s, ok := q.Object.(quad.String); ok {
				return string(s)
			}
		}
	}
	return ""
}

// labelQuads returns every quad labelled by label (on bolt an index lookup).
func (s *Store) labelQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	defer s.rlock()()
	return s.quadsOf(ctx, label, quad.Label)
}

// quadsOf returns the quads with n in direction dir.
func (s *Store) quadsOf(ctx context.Context, n quad.Value, dir quad.Direction) ([]quad.Quad, error) {
	out, _, err := s.quadsOfUpTo(ctx, n, dir, 0)
	return out, err
}

// quadsOfUpTo returns at most limit quads (0: all) with n in direction
// dir, and whether there were more. On SQL their values are read in one
// query.
func (s *Store) quadsOfUpTo(ctx context.Context, n quad.Value, dir quad.Direction, limit int) ([]quad.Quad, bool, error) {
	return s.quadsNamed(ctx, n, dir, limit, map[interface{}]quad.Value{})
}

// quadsNamed is quadsOfUpTo with the values already read (by their refs'
// keys) in names, which it adds to: a subgraph's nodes share their
// predicates, labels and neighbours.
func (s *Store) quadsNamed(ctx context.Context, n quad.Value, dir quad.Direction, limit int, names map[interface{}]quad.Value) ([]quad.Quad, bool, error) {
	qs := s.h.QuadStore
	ref := qs.ValueOf(n)
	if ref == nil {
		return nil, false, nil
	}
	// the iterator's transaction ends before the values are read
	it := qs.QuadIterator(dir, ref)
	var refs []cgraph.Ref
	cut := false
	for it.Next(ctx) {
		if limit > 0 && len(refs) == limit {
			cut = true
			break
		}
		refs = append(refs, it.Result())
	}
	err := it.Err()
	if cerr := it.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, false, fmt.Errorf("read quads: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err // a stopped iterator is not "no quads"
	}
	if _, sqlBackend := s.side.(*pgSide); sqlBackend {
		out, err := s.quadsResolved(ctx, refs)
		return out, cut, err
	}
	out := make([]quad.Quad, len(refs))
	// the quads of one node share it, their predicates and their labels:
	// each value is read once (Cayley's Quad reads all four every time)
	name := func(r cgraph.Ref) quad.Value {
		if r == nil {
			return nil
		}
		k := r.Key()
		if v, ok := names[k]; ok {
			return v
		}
		v := qs.NameOf(r)
		names[k] = v
		return v
	}
	for i, r := range refs {
		out[i] = quad.Quad{Subject: name(qs.QuadDirection(r, quad.Subject)), Predicate: name(qs.QuadDirection(r, quad.Predicate)),
			Object: name(qs.QuadDirection(r, quad.Object)), Label: name(qs.QuadDirection(r, quad.Label))}
	}
	return out, cut, nil
}

// RemoveArticle deletes every quad labelled by the article.
func (s *Store) RemoveArticle(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev, err := s.oldArticle(ctx, id)
	if err != nil {
		return err
	}
	if prev == nil {
		return attrib.Errorf(attrib.ENOTFOUND, "article %q not found", id)
	}
	old, err := s.labelQuads(ctx, articleIRI(id))
	if err != nil {
		return err
	}
	tx := cgraph.NewTransaction()
	for _, q := range old {
		tx.RemoveQuad(q)
	}
	if err := s.commitArticles(ctx, tx, []*attrib.Article{prev}, -1, -int64(len(old)), nil); err != nil {
		return fmt.Errorf("remove article %s: %w", id, err)
	}
	return nil
}

var _ attrib.Graph = (*Store)(nil)

// Trim gives back what a long-running process need not hold: on bolt the
// mapped pages reads have touched (they stay in the page cache), once
// they pass budget bytes (0: always). A server calls it now and then; it
// waits for a write in progress.
func (s *Store) Trim(budget int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.releaseMappedOver(budget)
}

// mappedBudget is how much of the store's file a load keeps mapped between
// batches: pages it reads again soon stay, and the process's memory stays
// bounded whatever the size of the store.
const mappedBudget = 384 << 20

// releaseMappedOver drops bolt's mapped pages when the process holds more
// than budget bytes of mapped files; under s.mu.
func (s *Store) releaseMappedOver(budget int64) {
	bs, ok := s.side.(*boltSide)
	if !ok {
		return
	}
	if budget > 0 {
		if n, ok := mappedFileBytes(); ok && n <= budget {
			return
		}
	}
	releaseMapped(bs.db)
}

// checkIndexed refuses a store whose quads were written by an attrib that
// did not keep the side index: every article would read as unknown, and
// loading them again would write their quads twice (Cayley's reference
// count trap). Import rebuilds the index from quads.
func (s *Store) checkIndexed(ctx context.Context, rawURL string) error {
	vs, err := s.side.getMany(ctx, []string{keyQuads, keySpeakerOutletsKept})
	if err != nil {
		return err
	}
	if vs[0] != nil || vs[1] != nil {
		// a store of an earlier version answers speaker-outlet paths by
		// walking its quotes. The mark alone: this version made the store
		// and, on SQL, was stopped between its first quads and their index
		// entries; a load again repairs the index from the quads.
		s.speakerOutlets = vs[1] != nil
		return nil
	}
	has, err := s.hasQuads(ctx)
	if err != nil || !has {
		// a new store (or one Cayley cannot count yet): nothing to miss
		if vs[1] == nil {
			err = s.side.update(ctx, func(w sideWriter) error { return w.put(keySpeakerOutletsKept, []byte("1")) })
		}
		s.speakerOutlets = err == nil
		return err
	}
	return attrib.Errorf(attrib.EINVALID, "store %s holds quads written by an earlier attrib, without the index this version reads: "+
		"load the articles into a new store, or export the whole graph with the earlier version (attrib export --all -o graph.nq) "+
		"and attrib import it into a new store", redact(rawURL))
}

// hasQuads says whether the store holds any quad. On SQL it asks the
// store's own table: Cayley's PostgreSQL count is the planner's estimate
// for every table named quads in the database, whatever its schema, so a
// new store in one schema counted another schema's quads.
func (s *Store) hasQuads(ctx context.Context) (bool, error) {
	if pg, ok := s.side.(*pgSide); ok {
		var any bool
		err := pg.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM quads)`).Scan(&any)
		return any, err
	}
	st, err := s.h.QuadStore.Stats(ctx, false)
	return st.Quads.Size > 0, err
}

// SizeBytes is the store's size on disk: the bolt file and the search
// index beside it, or the PostgreSQL database; ok is false for memory.
func (s *Store) SizeBytes(ctx context.Context) (int64, bool) {
	switch side := s.side.(type) {
	case *boltSide:
		n := int64(0)
		if fi, err := os.Stat(side.db.Path()); err == nil {
			n += fi.Size()
		}
		_ = filepath.WalkDir(filepath.Join(filepath.Dir(side.db.Path()), "search.bleve"), func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if fi, err := d.Info(); err == nil {
					n += fi.Size()
				}
			}
			return nil
		})
		return n, true
	case *pgSide:
		var n int64
		if err := side.db.QueryRowContext(ctx, `SELECT pg_database_size(current_database())`).Scan(&n); err != nil {
			return 0, false
		}
		return n, true
	}
	return 0, false
}
