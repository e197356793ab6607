package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	"github.com/boltdb/bolt"
	kvgraph "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// kvReader reads nodes' quads on bolt as Cayley's QuadIterator and NameOf
// give them, but a whole level of nodes in one read transaction, each
// value decoded once: through Cayley, each node and direction opens an
// iterator with its transaction and each value read (four a quad) one
// more, and a depth-2 subgraph of a claim at 100k articles did hundreds.
// It reads Cayley's kv layout as kvChain does. ids and names remember
// what earlier levels read.
// noKVAround turns it off (tests compare it with Cayley's iterators).
var noKVAround bool

type kvReader struct {
	kqs   *kvgraph.QuadStore
	db    *bolt.DB
	ids   map[string]uint64     // quad.StringOf(value) -> node ID
	names map[uint64]quad.Value // node ID -> value
}

func newKVReader(kqs *kvgraph.QuadStore, db *bolt.DB) *kvReader {
	return &kvReader{kqs: kqs, db: db, ids: map[string]uint64{}, names: map[uint64]quad.Value{}}
}

// quadsOf returns the quads of each node in direction dir (quad.Subject,
// quad.Object or quad.Label), at most limit a node (cut says there were
// more), in the order of the index Cayley's QuadIterator scans.
func (r *kvReader) quadsOf(ctx context.Context, nodes []quad.Value, dir quad.Direction, limit int) (map[string]nodeQuads, error) {
	out := make(map[string]nodeQuads, len(nodes))
	// node IDs first, each in its own transaction (before ours opens:
	// one goroutine never holds two, see hookKV)
	type want struct {
		key string
		id  uint64
	}
	var ws []want
	for _, n := range nodes {
		k := quad.StringOf(n)
		id, ok := r.ids[k]
		if !ok {
			if v, found := r.kqs.ValueOf(n).(kvgraph.Int64Value); found {
				id = uint64(v)
				r.ids[k], r.names[id] = id, n
			}
		}
		if id == 0 {
			out[k] = nodeQuads{}
			continue
		}
		ws = append(ws, want{k, id})
	}
	if len(ws) == 0 {
		return out, nil
	}
	ind := kvgraph.QuadIndex{Dirs: []quad.Direction{dir}}
	switch dir {
	case quad.Subject:
		ind.Dirs = []quad.Direction{quad.Subject, quad.Predicate}
	case quad.Object:
		ind.Dirs = []quad.Direction{quad.Object, quad.Predicate, quad.Subject}
	}
	tx, err := r.db.Begin(false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	logB, idxB := tx.Bucket([]byte("log")), tx.Bucket(indexBucket(ind))
	if logB == nil || idxB == nil {
		for _, w := range ws {
			out[w.key] = nodeQuads{}
		}
		return out, nil
	}
	logC, idxC := logB.Cursor(), idxB.Cursor()
	var prefix, key [8]byte
	var ids []uint64
	prim := func(id uint64) (*proto.Primitive, error) {
		binary.BigEndian.PutUint64(key[:], id)
		k, v := logC.Seek(key[:])
		if !bytes.Equal(k, key[:]) {
			return nil, nil
		}
		p := &proto.Primitive{}
		if err := p.Unmarshal(v); err != nil {
			return nil, fmt.Errorf("kv log entry %d: %w", id, err)
		}
		return p, nil
	}
	name := func(id uint64) (quad.Value, error) {
		if id == 0 {
			return nil, nil
		}
		if v, ok := r.names[id]; ok {
			return v, nil
		}
		p, err := prim(id)
		if err != nil || p == nil || !p.IsNode() {
			return nil, err
		}
		v, err := pquads.UnmarshalValue(p.Value)
		if err != nil {
			return nil, fmt.Errorf("kv value %d: %w", id, err)
		}
		r.names[id] = v
		if v != nil {
			r.ids[quad.StringOf(v)] = id
		}
		return v, nil
	}
	for _, w := range ws {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var nq nodeQuads
		binary.BigEndian.PutUint64(prefix[:], w.id)
	entries:
		for k, v := idxC.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, v = idxC.Next() {
			if ids, err = appendIndexIDs(ids[:0], v); err != nil {
				return nil, err
			}
			for _, id := range ids {
				p, err := prim(id)
				if err != nil {
					return nil, err
				}
				if p == nil || p.Deleted {
					continue
				}
				if len(nq.qs) == limit {
					nq.cut = true
					break entries
				}
				var q quad.Quad
				for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
					v, err := name(p.GetDirection(d))
					if err != nil {
						return nil, err
					}
					q.Set(d, v)
				}
				nq.qs = append(nq.qs, q)
			}
		}
		out[w.key] = nq
	}
	return out, nil
}
