package graph

import (
	"context"
	"encoding/json"
	"errors"
	"runtime/metrics"
	"time"

	"github.com/attrib/attrib"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// MaxGizmoResults caps what one Gizmo query returns.
const MaxGizmoResults = 1000

// MaxGizmoBytes caps the JSON of a Gizmo answer; past it the answer is partial.
const MaxGizmoBytes = 8 << 20

// MaxGizmoMemory is how much the process's heap may grow while a Gizmo
// script runs before the script is stopped.
const MaxGizmoMemory = 256 << 20

var errMemoryBudget = errors.New("memory budget spent")

// watchMemory cancels ctx with errMemoryBudget when the Go heap grows by
// more than max bytes over what it was at the start (a script that builds
// a huge string grows it within milliseconds, long before any deadline).
// The heap is the whole process's, so concurrent work counts too: the
// budget errs on the side of stopping the script, never the server.
func watchMemory(ctx context.Context, cancel context.CancelCauseFunc, max uint64) (stop func()) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return sample[0].Value.Uint64()
	}
	base := read()
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if read() > base+max {
					cancel(errMemoryBudget)
					return
				}
			}
		}
	}()
	return func() { close(done) }
}

// Gizmo runs a query in Cayley's Gizmo language (JavaScript) and returns at
// most limit results, each as Cayley's JSON collation gives it. ctx bounds
// it: when ctx ends the script is interrupted, however it loops. Partial is
// set when results were cut at limit.
func (s *Store) Gizmo(ctx context.Context, code string, limit int) (results []any, partial bool, err error) {
	if limit <= 0 || limit > MaxGizmoResults {
		limit = MaxGizmoResults
	}
	defer s.rlock()()
	defer s.noRemap()()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	qs, b := s.budgeted(ctx, attrib.MaxPathWork, "the Gizmo script")
	stopWatch := watchMemory(ctx, cancel, MaxGizmoMemory)
	defer stopWatch()
	sess := gizmo.NewSession(qs)
	// one more than the cap, to know whether the cap cut anything
	it, err := sess.Execute(ctx, code, query.Options{Limit: limit + 1, Collation: query.JSON})
	if err != nil {
		return nil, false, attrib.Errorf(attrib.EINVALID, "gizmo: %v", err)
	}
	defer func() {
		// Close interrupts the script, but its goroutine may still be in
		// a Cayley call; Next returns false once that goroutine has ended.
		// Wait for it: past this point the locks above are released, and
		// a read then could meet a remap or a closed file (it crashed a
		// test whose store closed right after a timed-out script).
		it.Close()
		for it.Next(context.Background()) {
		}
	}()
	results = []any{}
	size := 0
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		if len(results) == limit {
			partial = true
			break
		}
		j, err := json.Marshal(r)
		if err != nil {
			return nil, false, attrib.Errorf(attrib.EINVALID, "gizmo: result %d cannot be written as JSON: %v", len(results)+1, err)
		}
		if size += len(j); size > MaxGizmoBytes {
			partial = true
			break
		}
		results = append(results, json.RawMessage(j))
	}
	// an interrupted script reports its own error: the context says why
	if err := b.Err(); err != nil {
		return nil, false, err
	}
	if cause := context.Cause(ctx); cause != nil {
		if errors.Is(cause, errMemoryBudget) {
			return nil, false, attrib.Errorf(attrib.ETOOLARGE, "the Gizmo script used more than %d MiB of memory (its memory budget) and was stopped", MaxGizmoMemory>>20)
		}
		return nil, false, attrib.Errorf(attrib.ETIMEOUT, "gizmo query stopped: %v", ctx.Err())
	}
	if err := it.Err(); err != nil {
		return nil, false, attrib.Errorf(attrib.EINVALID, "gizmo: %v", err)
	}
	return results, partial, nil
}
