package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/boltdb/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/lib/pq"
)

// The side index holds what the API reads in pages and what claim matching
// remembers: ordered lists (a person's quotes, an outlet's articles, a
// claim's reports, claims by outlet count), node headers with counts, the
// article hashes for the unchanged check, and the matcher's postings.
// It is derived from each article and written with its quads (for bolt,
// in the same transaction), so every answer is a key lookup or a range
// scan of the size of the answer, never a pass over the store.
//
// Keys are strings "kind|part|part"; values are small JSON documents.
type side interface {
	// get returns the value at k, nil when absent.
	get(ctx context.Context, k string) ([]byte, error)
	// getMany returns the values at keys (nil when absent), in one read.
	getMany(ctx context.Context, keys []string) ([][]byte, error)
	// scan calls fn for keys with prefix, in key order, starting after
	// after ("" for the first), at most limit (0: no limit) times; fn
	// returning errStop ends the scan without error.
	scan(ctx context.Context, prefix, after string, limit int, fn func(k string, v []byte) error) error
	// update runs fn in a write transaction of its own.
	update(ctx context.Context, fn func(sideWriter) error) error
	close() error
}

// sideWriter writes in a transaction; get sees the transaction's own writes.
type sideWriter interface {
	get(k string) ([]byte, error)
	put(k string, v []byte) error
	del(k string) error
}

var errStop = errors.New("stop")

var sideBucket = []byte("attrib")

// boltSide is the side index in a bucket of the bolt file that holds the
// quads; its commits hold remap (hookKV's) for writing.
type boltSide struct {
	db    *bolt.DB
	remap *sync.RWMutex
}

func (s *boltSide) get(ctx context.Context, k string) ([]byte, error) {
	var out []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(sideBucket)
		if b == nil {
			return nil
		}
		if v := b.Get([]byte(k)); v != nil {
			out = append([]byte(nil), v...)
		}
		return nil
	})
	return out, err
}

func (s *boltSide) getMany(ctx context.Context, keys []string) ([][]byte, error) {
	out := make([][]byte, len(keys))
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(sideBucket)
		if b == nil {
			return nil
		}
		// in key order: neighbouring keys share the pages of their path
		order := make([]int, len(keys))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
		for _, i := range order {
			if v := b.Get([]byte(keys[i])); v != nil {
				out[i] = append([]byte(nil), v...)
			}
		}
		return nil
	})
	return out, err
}

func (s *boltSide) scan(ctx context.Context, prefix, after string, limit int, fn func(string, []byte) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(sideBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		p := []byte(prefix)
		var k, v []byte
		if after != "" {
			k, v = c.Seek([]byte(after))
			if k != nil && string(k) == after {
				k, v = c.Next()
			}
		} else {
			k, v = c.Seek(p)
		}
		for n := 0; k != nil && bytes.HasPrefix(k, p) && (limit <= 0 || n < limit); n++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(string(k), v); err != nil {
				if err == errStop {
					return nil
				}
				return err
			}
			k, v = c.Next()
		}
		return nil
	})
}

func (s *boltSide) update(ctx context.Context, fn func(sideWriter) error) error {
	tx, err := s.db.Begin(true)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	b, err := tx.CreateBucketIfNotExists(sideBucket)
	if err != nil {
		return err
	}
	if err := fn(boltWriter{b}); err != nil {
		return err
	}
	s.remap.Lock()
	defer s.remap.Unlock()
	return tx.Commit()
}

func (s *boltSide) close() error { return nil } // the bolt file closes with the quad store

type boltWriter struct{ b *bolt.Bucket }

func (w boltWriter) get(k string) ([]byte, error) { return w.b.Get([]byte(k)), nil }
func (w boltWriter) put(k string, v []byte) error { return w.b.Put([]byte(k), v) }
func (w boltWriter) del(k string) error           { return w.b.Delete([]byte(k)) }

// hidalgoWriter writes the side bucket through the kv transaction Cayley opened.
type hidalgoWriter struct{ tx hkv.Tx }

func (w hidalgoWriter) key(k string) hkv.Key { return hkv.Key{sideBucket, []byte(k)} }
func (w hidalgoWriter) get(k string) ([]byte, error) {
	v, err := w.tx.Get(context.Background(), w.key(k))
	if err == hkv.ErrNotFound {
		return nil, nil
	}
	return v, err
}
func (w hidalgoWriter) put(k string, v []byte) error {
	if len(v) == 0 {
		v = []byte{0} // an empty value would read as a bucket
	}
	return w.tx.Put(w.key(k), v)
}
func (w hidalgoWriter) del(k string) error { return w.tx.Del(w.key(k)) }

// memSide is the side index of a memory store (tests): a map, sorted on scan.
type memSide struct {
	mu sync.RWMutex
	m  map[string][]byte
}

func newMemSide() *memSide { return &memSide{m: map[string][]byte{}} }

func (s *memSide) get(ctx context.Context, k string) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k], nil
}

func (s *memSide) getMany(ctx context.Context, keys []string) ([][]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([][]byte, len(keys))
	for i, k := range keys {
		out[i] = s.m[k]
	}
	return out, nil
}

func (s *memSide) scan(ctx context.Context, prefix, after string, limit int, fn func(string, []byte) error) error {
	s.mu.RLock()
	var keys []string
	for k := range s.m {
		if strings.HasPrefix(k, prefix) && k > after {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	vals := make([][]byte, len(keys))
	for i, k := range keys {
		vals[i] = s.m[k]
	}
	s.mu.RUnlock()
	for i, k := range keys {
		if limit > 0 && i >= limit {
			break
		}
		if err := fn(k, vals[i]); err != nil {
			if err == errStop {
				return nil
			}
			return err
		}
	}
	return nil
}

func (s *memSide) update(ctx context.Context, fn func(sideWriter) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := &memWriter{s: s, undo: map[string][]byte{}}
	if err := fn(w); err != nil {
		for k, v := range w.undo { // roll back
			if v == nil {
				delete(s.m, k)
			} else {
				s.m[k] = v
			}
		}
		return err
	}
	return nil
}

func (s *memSide) close() error { return nil }

type memWriter struct {
	s    *memSide
	undo map[string][]byte
}

func (w *memWriter) keep(k string) {
	if _, ok := w.undo[k]; !ok {
		w.undo[k] = w.s.m[k]
	}
}
func (w *memWriter) get(k string) ([]byte, error) { return w.s.m[k], nil }
func (w *memWriter) put(k string, v []byte) error {
	w.keep(k)
	w.s.m[k] = append([]byte(nil), v...)
	return nil
}
func (w *memWriter) del(k string) error { w.keep(k); delete(w.s.m, k); return nil }

// pgSide is the side index in a table of the PostgreSQL database that holds
// Cayley's tables, so that several servers over one database agree.
type pgSide struct{ db *sql.DB }

const pgSideSchema = `CREATE TABLE IF NOT EXISTS attrib_index (k bytea PRIMARY KEY, v bytea NOT NULL)`

func openPGSide(ctx context.Context, dsn string) (*pgSide, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(16)
	if _, err := db.ExecContext(ctx, pgSideSchema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create attrib_index: %w", err)
	}
	return &pgSide{db: db}, nil
}

func (s *pgSide) get(ctx context.Context, k string) ([]byte, error) {
	var v []byte
	err := s.db.QueryRowContext(ctx, `SELECT v FROM attrib_index WHERE k = $1`, []byte(k)).Scan(&v)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	return v, err
}

func (s *pgSide) getMany(ctx context.Context, keys []string) ([][]byte, error) {
	out := make([][]byte, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	at := make(map[string]int, len(keys))
	bk := make([][]byte, len(keys))
	for i, k := range keys {
		at[k] = i
		bk[i] = []byte(k)
	}
	err := eachKV(ctx, s.db, `SELECT k, v FROM attrib_index WHERE k = ANY($1)`, []any{pq.ByteaArray(bk)}, func(k string, v []byte) error {
		out[at[k]] = v
		return nil
	})
	return out, err
}

// eachKV runs q, a query of (k, v) rows, on db (a *sql.DB or *sql.Tx) and
// hands each row to fn; fn's errStop ends the rows without an error.
func eachKV(ctx context.Context, db interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, q string, args []any, fn func(k string, v []byte) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		if err := fn(string(k), v); err != nil {
			if err == errStop {
				return nil
			}
			return err
		}
	}
	return rows.Err()
}

// prefixEnd is the first key after every key with prefix p.
func prefixEnd(p string) []byte {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return b[:i+1]
		}
	}
	return nil
}

func (s *pgSide) scan(ctx context.Context, prefix, after string, limit int, fn func(string, []byte) error) error {
	lo := []byte(prefix)
	op := ">="
	if after != "" {
		lo, op = []byte(after), ">"
	}
	q := `SELECT k, v FROM attrib_index WHERE k ` + op + ` $1 AND k < $2 ORDER BY k`
	args := []any{lo, prefixEnd(prefix)}
	if limit > 0 {
		q += ` LIMIT $3`
		args = append(args, limit)
	}
	return eachKV(ctx, s.db, q, args, fn)
}

func (s *pgSide) update(ctx context.Context, fn func(sideWriter) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w := &pgWriter{ctx: ctx, tx: tx, pending: map[string][]byte{}}
	if err := fn(w); err != nil {
		tx.Rollback()
		return err
	}
	if err := w.flush(); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *pgSide) close() error { return s.db.Close() }

// pgWriter buffers a transaction's writes and sends them in two statements
// (one upsert, one delete) at the end; reads see the buffer first.
type pgWriter struct {
	ctx     context.Context
	tx      *sql.Tx
	pending map[string][]byte // nil value: deleted
	fetched map[string][]byte // read ahead by prefetch; nil value: absent
}

// prefetch reads keys in one statement, so that the gets of a batch of
// articles do not cost one round trip each.
func (w *pgWriter) prefetch(keys []string) error {
	var ask [][]byte
	for _, k := range keys {
		if _, ok := w.pending[k]; ok {
			continue
		}
		if _, ok := w.fetched[k]; ok {
			continue
		}
		if w.fetched == nil {
			w.fetched = map[string][]byte{}
		}
		w.fetched[k] = nil
		ask = append(ask, []byte(k))
	}
	if len(ask) == 0 {
		return nil
	}
	return eachKV(w.ctx, w.tx, `SELECT k, v FROM attrib_index WHERE k = ANY($1)`, []any{pq.ByteaArray(ask)}, func(k string, v []byte) error {
		w.fetched[k] = v
		return nil
	})
}

func (w *pgWriter) get(k string) ([]byte, error) {
	if v, ok := w.pending[k]; ok {
		return v, nil
	}
	if v, ok := w.fetched[k]; ok {
		return v, nil
	}
	var v []byte
	err := w.tx.QueryRowContext(w.ctx, `SELECT v FROM attrib_index WHERE k = $1`, []byte(k)).Scan(&v)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	return v, err
}
func (w *pgWriter) put(k string, v []byte) error {
	w.pending[k] = append([]byte{}, v...)
	return nil
}
func (w *pgWriter) del(k string) error { w.pending[k] = nil; return nil }

func (w *pgWriter) flush() error {
	var pk, pv, dk [][]byte
	for k, v := range w.pending {
		if v == nil {
			dk = append(dk, []byte(k))
		} else {
			pk, pv = append(pk, []byte(k)), append(pv, v)
		}
	}
	if len(dk) > 0 {
		if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM attrib_index WHERE k = ANY($1)`, pq.ByteaArray(dk)); err != nil {
			return err
		}
	}
	if len(pk) > 0 {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO attrib_index (k, v) SELECT * FROM unnest($1::bytea[], $2::bytea[])
			ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v`, pq.ByteaArray(pk), pq.ByteaArray(pv)); err != nil {
			return err
		}
	}
	return nil
}
