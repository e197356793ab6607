package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/attrib/attrib"
	cgraph "github.com/cayleygraph/cayley/graph"
	kvgraph "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// noChainPath turns the walk off (tests compare it with the general query).
var noChainPath bool

// A chain of out and in steps with named predicates, ending in unique,
// from start IDs (person -said-> quote -reported_by-> outlet, unique) is
// the commonest path query. Cayley's kv layer walks it as joins: for each
// node of a hop it scans every quad of the node and loads each to test its
// predicate, because the node set is not a fixed value its
// subject-predicate index could take. chainPath walks the same chain one
// node at a time on that index (subject and predicate for out, object and
// predicate for in), loading only the quads that match: the same nodes,
// at a fraction of the reads. It answers only what it can answer exactly
// as Path does (no edges, a final unique, on the kv store); otherwise ok
// is false and Path runs the general query.
func (s *Store) chainPath(ctx context.Context, q attrib.PathQuery, limit int) (res *attrib.PathResult, ok bool, err error) {
	kqs, isKV := s.h.QuadStore.(*kvgraph.QuadStore)
	ps, isPG := s.side.(*pgSide)
	if !(isKV || isPG) || noChainPath || q.Edges || len(q.Start.IDs) == 0 || q.Start.Type != "" || q.Start.Name != "" || len(q.Steps) < 2 {
		return nil, false, nil
	}
	if q.Steps[len(q.Steps)-1].Op != "unique" {
		return nil, false, nil
	}
	type hop struct {
		in   bool
		pred uint64
		iri  quad.IRI
	}
	var hops []hop
	for i, st := range q.Steps[:len(q.Steps)-1] {
		if (st.Op != "out" && st.Op != "in") || st.Predicate == "" {
			return nil, false, nil
		}
		via, err := predicateOf(st.Predicate, i)
		if err != nil {
			return nil, true, err
		}
		if isPG {
			hops = append(hops, hop{in: st.Op == "in", iri: via[0].(quad.IRI)})
			continue
		}
		ref, found := kqs.ValueOf(via[0].(quad.IRI)).(kvgraph.Int64Value)
		if !found {
			return &attrib.PathResult{Nodes: []attrib.PathNode{}, Limit: limit}, true, nil // nobody has that edge
		}
		hops = append(hops, hop{in: st.Op == "in", pred: uint64(ref)})
	}
	if len(q.Start.IDs) > attrib.MaxPathNodes {
		return nil, true, attrib.Errorf(attrib.EINVALID, "%d start IDs; at most %d", len(q.Start.IDs), attrib.MaxPathNodes)
	}
	if isPG {
		var starts []quad.Value
		for _, id := range q.Start.IDs {
			iri, err := s.resolveNode(id)
			if err != nil {
				return nil, true, err
			}
			starts = append(starts, iri)
		}
		// one statement: a join per hop on Cayley's quads table, whose
		// (subject, predicate, object) and (object, predicate, subject)
		// indexes serve each hop
		col := func(in, to bool) string {
			if in == to {
				return "subject_hash"
			}
			return "object_hash"
		}
		var from, where []string
		args := []interface{}{}
		arg := func(v interface{}) string { args = append(args, v); return fmt.Sprintf("$%d", len(args)) }
		var keys [][]byte
		for _, v := range starts {
			h := cgraph.HashOf(v)
			keys = append(keys, h[:])
		}
		for i, h := range hops {
			t := fmt.Sprintf("q%d", i+1)
			from = append(from, "quads "+t)
			ph := cgraph.HashOf(h.iri)
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
			return nil, true, fmt.Errorf("path query: %w", err)
		}
		var refs []cgraph.Ref
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				rows.Close()
				return nil, true, fmt.Errorf("path query: %w", err)
			}
			var h cgraph.ValueHash
			copy(h[:], b)
			refs = append(refs, h)
		}
		if err := rows.Err(); err != nil {
			rows.Close()
			return nil, true, fmt.Errorf("path query: %w", err)
		}
		rows.Close()
		partial := len(refs) > limit
		if partial {
			refs = refs[:limit]
		}
		return s.chainResult(ctx, refs, limit, partial)
	}
	var frontier []uint64
	seen := map[uint64]bool{}
	for _, id := range q.Start.IDs {
		iri, err := s.resolveNode(id)
		if err != nil {
			return nil, true, err
		}
		if v, found := kqs.ValueOf(iri).(kvgraph.Int64Value); found && !seen[uint64(v)] {
			seen[uint64(v)] = true
			frontier = append(frontier, uint64(v))
		}
	}
	sp := kvgraph.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	ops := kvgraph.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	b := newBudget(ctx, attrib.MaxPathWork, "the path query")
	partial := false
	for hi, h := range hops {
		last := hi == len(hops)-1
		var next []uint64
		seen := map[uint64]bool{}
	nodes:
		for _, n := range frontier {
			scan := kvgraph.IndexScan{Index: sp, Values: []uint64{n, h.pred}}
			to := quad.Object
			if h.in {
				scan, to = kvgraph.IndexScan{Index: ops, Values: []uint64{n, h.pred}}, quad.Subject
			}
			it := scan.BuildIterator(kqs)
			for it.Next(ctx) {
				if !b.spend() {
					break
				}
				v, ok := kqs.QuadDirection(it.Result(), to).(kvgraph.Int64Value)
				if !ok || seen[uint64(v)] {
					continue
				}
				seen[uint64(v)] = true
				next = append(next, uint64(v))
				if last && len(next) > limit {
					partial = true // the answer is cut at the node limit, as Path cuts it
					break
				}
			}
			err := it.Err()
			it.Close()
			if err == nil {
				err = b.Err()
			}
			if err != nil {
				return nil, true, fmt.Errorf("path query: %w", err)
			}
			if partial {
				break nodes
			}
		}
		frontier = next
	}
	if len(frontier) > limit {
		frontier = frontier[:limit]
	}
	refs := make([]cgraph.Ref, len(frontier))
	for i, v := range frontier {
		refs[i] = kvgraph.Int64Value(v)
	}
	return s.chainResult(ctx, refs, limit, partial)
}

// chainResult describes the nodes a chain reached, sorted as Path sorts them.
func (s *Store) chainResult(ctx context.Context, refs []cgraph.Ref, limit int, partial bool) (*attrib.PathResult, bool, error) {
	vals, err := s.resolve(ctx, refs)
	if err != nil {
		return nil, true, fmt.Errorf("path query: %w", err)
	}
	res := &attrib.PathResult{Nodes: []attrib.PathNode{}, Limit: limit, Partial: partial}
	for _, v := range vals {
		if v == nil {
			continue
		}
		n, err := s.pathNode(ctx, v)
		if err != nil {
			return nil, true, err
		}
		res.Nodes = append(res.Nodes, n)
	}
	sort.Slice(res.Nodes, func(i, j int) bool { return res.Nodes[i].ID < res.Nodes[j].ID })
	return res, true, nil
}
