package graph

import (
	"context"
	"sync/atomic"

	"github.com/attrib/attrib"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// A work budget for a path query or a Gizmo script. Cayley's iterators are
// handed the request's context but do not look at it: one call of the top
// iterator's Next can run for minutes inside nested joins. The budget
// counts every step of the leaf iterators (the store's own index scans,
// where all the work happens) and stops them all, making every iterator
// above them run dry, when the steps are spent or the context is done.
type budget struct {
	ctx   context.Context
	max   int64
	what  string // what the budget is for, for the error
	steps atomic.Int64
	err   atomic.Pointer[error]
}

func newBudget(ctx context.Context, max int64, what string) *budget {
	return &budget{ctx: ctx, max: max, what: what}
}

// spend takes one step; false once the budget is spent or the context done.
func (b *budget) spend() bool {
	if b.err.Load() != nil {
		return false
	}
	n := b.steps.Add(1)
	var err error
	switch {
	case n > b.max:
		err = attrib.Errorf(attrib.ETOOLARGE, "%s went over its work budget of %d index steps; narrow it (start from IDs, fewer both/in/out steps, a limit step)", b.what, b.max)
	case n&1023 == 0 && b.ctx.Err() != nil:
		err = b.ctx.Err()
	default:
		return true
	}
	b.err.CompareAndSwap(nil, &err)
	return false
}

// Err is why the budget stopped the work, or nil.
func (b *budget) Err() error {
	if p := b.err.Load(); p != nil {
		return *p
	}
	return nil
}

// budgeted returns the store's quads as a budgeted query sees them. On SQL
// the whole query runs in the database, which stops at the context's end;
// the store's own shape optimizer must see it, so it is not wrapped and the
// budget takes no steps there.
func (s *Store) budgeted(ctx context.Context, max int64, what string) (cgraph.QuadStore, *budget) {
	b := newBudget(ctx, max, what)
	if s.guardRead && s.backend != "memstore" {
		return s.h.QuadStore, b
	}
	return budgetQS{s.h.QuadStore, b}, b
}

// budgetQS hands out leaf iterators that spend from a budget.
type budgetQS struct {
	cgraph.QuadStore
	b *budget
}

func (q budgetQS) QuadIterator(d quad.Direction, v cgraph.Ref) cgraph.Iterator {
	return &budgetIt{q.QuadStore.QuadIterator(d, v), q.b}
}

func (q budgetQS) NodesAllIterator() cgraph.Iterator {
	return &budgetIt{q.QuadStore.NodesAllIterator(), q.b}
}

func (q budgetQS) QuadsAllIterator() cgraph.Iterator {
	return &budgetIt{q.QuadStore.QuadsAllIterator(), q.b}
}

type budgetIt struct {
	cgraph.Iterator
	b *budget
}

func (it *budgetIt) Next(ctx context.Context) bool {
	return it.b.spend() && it.Iterator.Next(ctx)
}

func (it *budgetIt) NextPath(ctx context.Context) bool {
	return it.b.spend() && it.Iterator.NextPath(ctx)
}

func (it *budgetIt) Contains(ctx context.Context, v cgraph.Ref) bool {
	return it.b.spend() && it.Iterator.Contains(ctx, v)
}

func (it *budgetIt) Err() error {
	if err := it.b.Err(); err != nil {
		return err
	}
	return it.Iterator.Err()
}

func (it *budgetIt) Optimize() (cgraph.Iterator, bool) {
	if n, ok := it.Iterator.Optimize(); ok {
		return &budgetIt{n, it.b}, true
	}
	return it, false
}
