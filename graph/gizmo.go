package graph

import (
	"context"

	"github.com/attrib/attrib"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// MaxGizmoResults caps what one Gizmo query returns.
const MaxGizmoResults = 1000

// Gizmo runs a query in Cayley's Gizmo language (JavaScript) and returns at
// most limit results, each as Cayley's JSON collation gives it. ctx bounds
// it: when ctx ends the script is interrupted, however it loops. Partial is
// set when results were cut at limit.
func (s *Store) Gizmo(ctx context.Context, code string, limit int) (results []any, partial bool, err error) {
	if limit <= 0 || limit > MaxGizmoResults {
		limit = MaxGizmoResults
	}
	defer s.rlock()()
	sess := gizmo.NewSession(s.h.QuadStore)
	// one more than the cap, to know whether the cap cut anything
	it, err := sess.Execute(ctx, code, query.Options{Limit: limit + 1, Collation: query.JSON})
	if err != nil {
		return nil, false, attrib.Errorf(attrib.EINVALID, "gizmo: %v", err)
	}
	defer it.Close()
	results = []any{}
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		if len(results) == limit {
			partial = true
			break
		}
		results = append(results, r)
	}
	// an interrupted script reports its own error: the context says why
	if ctx.Err() != nil {
		return nil, false, attrib.Errorf(attrib.ETIMEOUT, "gizmo query stopped: %v", ctx.Err())
	}
	if err := it.Err(); err != nil {
		return nil, false, attrib.Errorf(attrib.EINVALID, "gizmo: %v", err)
	}
	return results, partial, nil
}
