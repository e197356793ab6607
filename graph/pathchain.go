package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/attrib/attrib"
	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	kvgraph "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// noChainPath turns the walk off (tests compare it with the general query).
var noChainPath bool

// A chain of out and in steps with named predicates, ending in unique,
// from start IDs (person -said-> quote -reported_by-> outlet, unique) is
// the commonest path query, and the one the general query runs worst:
// Cayley's kv layer scans every quad of each node and loads each to test
// its predicate (the node set is not a fixed value its subject-predicate
// index could take), and its SQL backend builds a statement PostgreSQL
// plans badly (7 s at 20,000 articles). chainPath answers such chains
// itself, on bolt by walking the indexes (kvChain), on PostgreSQL with one
// join per hop (pgChain): the same nodes. It answers only what it can
// answer exactly as Path does (no edges, a final unique); otherwise ok is
// false and Path runs the general query.
func (s *Store) chainPath(ctx context.Context, q attrib.PathQuery, limit int) (res *attrib.PathResult, ok bool, err error) {
	kqs, isKV := s.h.QuadStore.(*kvgraph.QuadStore)
	bs, isBolt := s.side.(*boltSide)
	ps, isPG := s.side.(*pgSide)
	if !(isKV && isBolt || isPG) || noChainPath || q.Edges || len(q.Start.IDs) == 0 || q.Start.Type != "" || q.Start.Name != "" || len(q.Steps) < 2 {
		return nil, false, nil
	}
	if q.Steps[len(q.Steps)-1].Op != "unique" {
		return nil, false, nil
	}
	var hops []chainHop
	for i, st := range q.Steps[:len(q.Steps)-1] {
		if (st.Op != "out" && st.Op != "in") || st.Predicate == "" {
			return nil, false, nil
		}
		via, err := predicateOf(st.Predicate, i)
		if err != nil {
			return nil, true, err
		}
		hops = append(hops, chainHop{in: st.Op == "in", pred: via[0].(quad.IRI)})
	}
	if len(q.Start.IDs) > attrib.MaxPathNodes {
		return nil, true, attrib.Errorf(attrib.EINVALID, "%d start IDs; at most %d", len(q.Start.IDs), attrib.MaxPathNodes)
	}
	var starts []quad.IRI
	for _, id := range q.Start.IDs {
		iri, err := s.resolveNode(id)
		if err != nil {
			return nil, true, err
		}
		starts = append(starts, iri)
	}
	if s.speakerOutlets && isSpeakerOutletChain(hops) {
		vals, err := s.speakerOutletPath(ctx, starts, limit)
		if err != nil {
			return nil, true, fmt.Errorf("path query: %w", err)
		}
		partial := len(vals) > limit
		if partial {
			vals = vals[:limit]
		}
		res, err = s.chainNodes(ctx, vals, limit, partial)
		return res, true, err
	}
	var refs []cgraph.Ref
	if isPG {
		refs, err = pgChain(ctx, ps, starts, hops, limit)
	} else {
		refs, err = kvChain(ctx, kqs, bs.db, starts, hops, limit)
	}
	if err != nil {
		return nil, true, fmt.Errorf("path query: %w", err)
	}
	// one node more than the limit says the answer is cut, as Path cuts it
	partial := len(refs) > limit
	if partial {
		refs = refs[:limit]
	}
	res, err = s.chainResult(ctx, refs, limit, partial)
	return res, true, err
}

// chainHop is one step of a chain: along pred, or against it (in).
type chainHop struct {
	in   bool
	pred quad.IRI
}

// kvChain walks the hops one node at a time on the subject-predicate index
// (out) or the object-predicate index (in), loading only the quads that
// match, and stops at limit+1 distinct end nodes. The whole walk reads one
// bolt transaction with one cursor a bucket: Cayley's index iterator opens
// a transaction per node, bolt's transactions begin and end under one lock
// that concurrent readers then queue on, and a Get through hidalgo opens
// its bucket and a cursor for every key (a prolific speaker's path is
// thousands of nodes).
// It reads Cayley's kv layout as Cayley writes it: an index entry holds
// the varint IDs of its quads, the log bucket each quad's primitive under
// its big-endian ID, a deleted quad marked in its primitive only.
func kvChain(ctx context.Context, kqs *kvgraph.QuadStore, db *bolt.DB, starts []quad.IRI, hops []chainHop, limit int) ([]cgraph.Ref, error) {
	var frontier []uint64
	seen := map[uint64]bool{}
	for _, iri := range starts {
		if v, found := kqs.ValueOf(iri).(kvgraph.Int64Value); found && !seen[uint64(v)] {
			seen[uint64(v)] = true
			frontier = append(frontier, uint64(v))
		}
	}
	preds := make([]uint64, len(hops))
	for i, h := range hops {
		pred, found := kqs.ValueOf(h.pred).(kvgraph.Int64Value)
		if !found {
			return nil, nil // nobody has that edge
		}
		preds[i] = uint64(pred)
	}
	tx, err := db.Begin(false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	logB := tx.Bucket([]byte("log"))
	if logB == nil {
		return nil, nil // an empty store
	}
	sp := kvgraph.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	ops := kvgraph.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	b := newBudget(ctx, attrib.MaxPathWork, "the path query")
	// one cursor a bucket for the whole walk: bolt's Get opens a cursor
	// (and the bucket, through hidalgo) for every key
	logC := logB.Cursor()
	var ids []uint64
	var prefix [16]byte
	var key [8]byte
	var p proto.Primitive
	for hi, h := range hops {
		last := hi == len(hops)-1
		var next []uint64
		seen := map[uint64]bool{}
		ind, to := sp, quad.Object
		if h.in {
			ind, to = ops, quad.Subject
		}
		idxB := tx.Bucket(indexBucket(ind))
		if idxB == nil {
			return nil, nil
		}
		idxC := idxB.Cursor()
		for _, n := range frontier {
			// the node's quads along the predicate, in the index's order
			ids = ids[:0]
			binary.BigEndian.PutUint64(prefix[:8], n)
			binary.BigEndian.PutUint64(prefix[8:], preds[hi])
			for k, v := idxC.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, v = idxC.Next() {
				if ids, err = appendIndexIDs(ids, v); err != nil {
					return nil, err
				}
			}
			for _, id := range ids {
				binary.BigEndian.PutUint64(key[:], id)
				k, val := logC.Seek(key[:])
				if !bytes.Equal(k, key[:]) || !b.spend() {
					continue
				}
				p = proto.Primitive{}
				if err := p.Unmarshal(val); err != nil {
					return nil, err
				}
				if p.Deleted {
					continue
				}
				v := p.GetDirection(to)
				if seen[v] {
					continue
				}
				seen[v] = true
				next = append(next, v)
				if last && len(next) > limit {
					break
				}
			}
			if err := b.Err(); err != nil {
				return nil, err
			}
			if last && len(next) > limit {
				break
			}
		}
		if !last {
			// in ID order, the next hop's index keys and quad reads walk
			// the B-tree's pages in order rather than at random
			slices.Sort(next)
		}
		frontier = next
	}
	refs := make([]cgraph.Ref, len(frontier))
	for i, v := range frontier {
		refs[i] = kvgraph.Int64Value(v)
	}
	return refs, nil
}

// appendIndexIDs appends the quad IDs of one of Cayley's kv index entries
// (unsigned varints, one after another) to ids.
func appendIndexIDs(ids []uint64, b []byte) ([]uint64, error) {
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return ids, errors.New("kv index entry: bad varint")
		}
		ids = append(ids, v)
		b = b[n:]
	}
	return ids, nil
}

// pgChain runs the hops as one statement, a join per hop on Cayley's quads
// table, whose (subject, predicate, object) and (object, predicate,
// subject) indexes serve each hop, and returns up to limit+1 distinct end
// nodes.
func pgChain(ctx context.Context, ps *pgSide, starts []quad.IRI, hops []chainHop, limit int) ([]cgraph.Ref, error) {
	col := func(in, to bool) string { // the column a hop leaves from (to: arrives at)
		if in == to {
			return "subject_hash"
		}
		return "object_hash"
	}
	var args []interface{}
	arg := func(v interface{}) string { args = append(args, v); return fmt.Sprintf("$%d", len(args)) }
	var keys [][]byte
	for _, v := range starts {
		h := cgraph.HashOf(v)
		keys = append(keys, h[:])
	}
	var from, where []string
	for i, h := range hops {
		t := fmt.Sprintf("q%d", i+1)
		from = append(from, "quads "+t)
		ph := cgraph.HashOf(h.pred)
		where = append(where, t+".predicate_hash = "+arg(ph[:]))
		if i == 0 {
			where = append(where, t+"."+col(h.in, false)+" = ANY("+arg(pq.ByteaArray(keys))+")")
		} else {
			where = append(where, fmt.Sprintf("%s.%s = q%d.%s", t, col(h.in, false), i, col(hops[i-1].in, true)))
		}
	}
	last := fmt.Sprintf("q%d.%s", len(hops), col(hops[len(hops)-1].in, true))
	query := "SELECT DISTINCT " + last + " FROM " + strings.Join(from, ", ") + " WHERE " + strings.Join(where, " AND ") + fmt.Sprintf(" LIMIT %d", limit+1)
	rows, err := ps.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var refs []cgraph.Ref
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		var h cgraph.ValueHash
		copy(h[:], b)
		refs = append(refs, h)
	}
	return refs, rows.Err()
}

// isSpeakerOutletChain: is the chain person -said-> quote -reported_by->
// outlet, whose end nodes the side index counts?
func isSpeakerOutletChain(hops []chainHop) bool {
	return len(hops) == 2 && !hops[0].in && hops[0].pred == predSaid && !hops[1].in && hops[1].pred == predReportedBy
}

// speakerOutletPath answers person -said-> -reported_by-> unique from the
// side index's speaker-outlet counts: a range scan per start of the size
// of the answer, where the walk reads every quote of a prolific speaker
// (4,000 at 100,000 articles). It returns up to limit+1 outlets, as the
// walk does. Only a store that kept the counts from its first article
// answers so (Store.speakerOutlets).
func (s *Store) speakerOutletPath(ctx context.Context, starts []quad.IRI, limit int) ([]quad.Value, error) {
	people, seen := map[string]bool{}, map[string]bool{}
	var out []quad.Value
	for _, iri := range starts {
		kind, id, ok := splitIRI(iri)
		if !ok || kind != attrib.KindPerson || people[id] {
			continue // only people (and organisations, whose IRIs are people's) say
		}
		people[id] = true
		prefix := keySpeakerOutlet(id, "")
		err := s.side.scan(ctx, prefix, "", 0, func(k string, _ []byte) error {
			o := strings.TrimPrefix(k, prefix)
			if !seen[o] {
				seen[o] = true
				out = append(out, outletIRI(o))
			}
			if len(out) > limit {
				return errStop
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) > limit {
			break
		}
	}
	return out, nil
}

// chainResult describes the nodes a chain reached, sorted as Path sorts them.
func (s *Store) chainResult(ctx context.Context, refs []cgraph.Ref, limit int, partial bool) (*attrib.PathResult, error) {
	vals, err := s.resolve(ctx, refs)
	if err != nil {
		return nil, fmt.Errorf("path query: %w", err)
	}
	return s.chainNodes(ctx, vals, limit, partial)
}

// chainNodes describes vals, sorted as Path sorts its nodes.
func (s *Store) chainNodes(ctx context.Context, vals []quad.Value, limit int, partial bool) (*attrib.PathResult, error) {
	res := &attrib.PathResult{Nodes: []attrib.PathNode{}, Limit: limit, Partial: partial}
	for _, v := range vals {
		if v == nil {
			continue
		}
		n, err := s.pathNode(ctx, v)
		if err != nil {
			return nil, err
		}
		res.Nodes = append(res.Nodes, n)
	}
	sort.Slice(res.Nodes, func(i, j int) bool { return res.Nodes[i].ID < res.Nodes[j].ID })
	return res, nil
}
