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
// concurrent use, so their reads are serialised.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/attrib/attrib"
	"github.com/cayleygraph/cayley"
	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // bolt backend
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // CockroachDB backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // PostgreSQL backend
	"github.com/cayleygraph/quad"
)

// DefaultURL is the embedded store used when none is given.
const DefaultURL = "bolt://data/attrib.db"

// Store is a Cayley-backed attrib.Store.
type Store struct {
	h       *cayley.Handle
	backend string
	// mu serialises writes; for memstore and SQL it serialises reads too.
	mu         sync.RWMutex
	exclusive  bool
	searchMu   sync.Mutex
	searchSnap *searchIndex
}

var _ attrib.Store = (*Store)(nil)

// Open opens (creating if needed) the store at rawURL:
//
//	memory://                      in-memory (tests)
//	bolt://PATH                    embedded bolt database in folder PATH
//	postgres://user@host:port/db   PostgreSQL through Cayley's SQL backend
//	cockroach://user@host:port/db  CockroachDB through Cayley's SQL backend
//
// EINVALID for an unknown scheme or a store that cannot be opened.
func Open(ctx context.Context, rawURL string) (*Store, error) {
	if rawURL == "" {
		rawURL = DefaultURL
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme == "" {
		return nil, attrib.Errorf(attrib.EINVALID, "store URL %q: want memory://, bolt://PATH, postgres://... or cockroach://...", rawURL)
	}
	var backend, addr string
	opts := cgraph.Options{}
	switch u.Scheme {
	case "memory", "mem", "memstore":
		backend = "memstore"
	case "bolt":
		backend = "bolt"
		addr = u.Host + u.Path
		if u.Host == "" {
			addr = u.Path
		}
		if addr == "" {
			return nil, attrib.Errorf(attrib.EINVALID, "store URL %q: bolt needs a path, e.g. bolt://data/attrib.db", rawURL)
		}
		opts["no_bloom"] = true // ../shared/CAYLEY.md: otherwise ~500 MB RSS and a full scan on open
		if u.Query().Get("nosync") == "true" {
			opts["nosync"] = true
		}
		if err := os.MkdirAll(filepath.Dir(addr), 0o755); err != nil {
			return nil, attrib.Errorf(attrib.EINVALID, "store %q: %v", rawURL, err)
		}
	case "postgres", "postgresql":
		backend = "postgres"
		addr = rawURL
	case "cockroach", "cockroachdb":
		backend = "cockroach"
		u2 := *u
		u2.Scheme = "postgresql"
		addr = u2.String()
	default:
		return nil, attrib.Errorf(attrib.EINVALID, "store URL %q: unknown scheme %q (want memory, bolt, postgres or cockroach)", rawURL, u.Scheme)
	}
	if backend != "memstore" {
		if err := cgraph.InitQuadStore(backend, addr, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) && !strings.Contains(err.Error(), "already exists") {
			return nil, attrib.Errorf(attrib.EINVALID, "store %s: cannot initialise: %v", redact(rawURL), err)
		}
	}
	h, err := cayley.NewGraph(backend, addr, opts)
	if err != nil {
		return nil, attrib.Errorf(attrib.EINVALID, "store %s: cannot open: %v", redact(rawURL), err)
	}
	return &Store{h: h, backend: backend, exclusive: backend != "bolt"}, nil
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
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.h.Close()
}

func (s *Store) rlock() func() {
	if s.exclusive {
		s.mu.Lock()
		return s.mu.Unlock
	}
	s.mu.RLock()
	return s.mu.RUnlock
}

// CountQuads returns the number of quads stored.
func (s *Store) CountQuads(ctx context.Context) (int64, error) {
	defer s.rlock()()
	st, err := s.h.QuadStore.Stats(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Size, nil
}

// PutArticles writes articles, each as one unit labelled by its IRI, in one
// transaction: an article stored with the same hash is skipped, one stored
// with another hash has its quads removed first.
func (s *Store) PutArticles(ctx context.Context, arts []*attrib.Article) (attrib.LoadStats, error) {
	var st attrib.LoadStats
	s.mu.Lock()
	defer s.mu.Unlock()
	s.searchSnap = nil
	tx := cgraph.NewTransaction()
	seen := map[string]bool{}
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
		label := articleIRI(a.ID)
		old, err := s.labelQuads(ctx, label)
		if err != nil {
			return attrib.LoadStats{}, err
		}
		if len(old) > 0 {
			if storedHash(old) == a.Hash {
				st.Skipped++
				continue
			}
			for _, q := range old {
				tx.RemoveQuad(q)
			}
			st.Replaced++
		}
		quads := ArticleQuads(a)
		for _, q := range quads {
			tx.AddQuad(q)
		}
		st.Articles++
		st.Quotes += len(a.Quotes)
		st.Quads += len(quads)
	}
	if len(tx.Deltas) == 0 {
		return st, nil
	}
	if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
		return attrib.LoadStats{}, fmt.Errorf("write %d articles: %w", st.Articles, err)
	}
	return st, nil
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

// labelQuads returns every quad labelled by label.
func (s *Store) labelQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	return s.quadsOf(ctx, label, quad.Label)
}

// quadsOf returns the quads with n in direction dir.
func (s *Store) quadsOf(ctx context.Context, n quad.Value, dir quad.Direction) ([]quad.Quad, error) {
	qs := s.h.QuadStore
	ref := qs.ValueOf(n)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(dir, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read quads: %w", err)
	}
	return out, nil
}

// RemoveArticle deletes every quad labelled by the article.
func (s *Store) RemoveArticle(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.searchSnap = nil
	old, err := s.labelQuads(ctx, articleIRI(id))
	if err != nil {
		return err
	}
	if len(old) == 0 {
		return attrib.Errorf(attrib.ENOTFOUND, "article %q not found", id)
	}
	tx := cgraph.NewTransaction()
	for _, q := range old {
		tx.RemoveQuad(q)
	}
	if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
		return fmt.Errorf("remove article %s: %w", id, err)
	}
	return nil
}

var _ attrib.Graph = (*Store)(nil)
