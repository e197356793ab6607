package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/loader"
)

// ingestOptions configure a load.
type ingestOptions struct {
	Batch    int       // articles per transaction
	Workers  int       // extraction workers; 0: one per core
	Progress io.Writer // rate line target; nil for none
	Errors   io.Writer // where bad inputs are reported
	// OnBatch, when set, is told after each stored batch how many articles
	// have been read and how long the batch's claim matching and store
	// writes took.
	OnBatch func(read, quotes int, match, write time.Duration)
	// OnResult, when set, is told of each input in input order: its
	// article, or why it was refused.
	OnResult func(seq int, a *attrib.Article, err error)
}

// ingestSummary is what a load did.
type ingestSummary struct {
	attrib.LoadStats
	Read    int // articles read and extracted
	Bad     int // inputs refused
	Seconds float64
}

func (s ingestSummary) String() string {
	rate := func(n int) float64 {
		if s.Seconds <= 0 {
			return 0
		}
		return float64(n) / s.Seconds
	}
	return fmt.Sprintf("articles %d (stored %d, unchanged %d, replaced %d, bad %d), quotes %d, quads %d, seconds %.2f (%.1f articles/s, %.0f quads/s)",
		s.Read, s.Articles, s.Skipped, s.Replaced, s.Bad, s.Quotes, s.Quads, s.Seconds, rate(s.Read), rate(s.Quads))
}

// ingest reads paths, extracts every article on all cores, matches its
// quotes to claims (the matcher reads what it needs of the store) and
// writes them in batches, each batch one transaction: an interrupt stops
// between batches, so no article is ever half stored. Articles keep their
// input order from extraction to the store.
func ingest(ctx context.Context, store attrib.Store, m *loader.Matcher, paths []string, o ingestOptions) (ingestSummary, error) {
	files, err := loader.Files(paths)
	if err != nil {
		return ingestSummary{}, err
	}
	return ingestDocs(ctx, store, m, func(emit func(*loader.Doc, error) error) error {
		for _, f := range files {
			if err := loader.ReadFile(f, emit); err != nil {
				return err
			}
		}
		return nil
	}, o)
}

// extracted is one input after extraction, numbered in input order.
type extracted struct {
	seq int
	a   *attrib.Article
	err error
}

// ingestDocs is ingest over any source of documents.
func ingestDocs(ctx context.Context, store attrib.Store, m *loader.Matcher, read func(emit func(*loader.Doc, error) error) error, o ingestOptions) (sum ingestSummary, err error) {
	start := time.Now()
	defer func() { sum.Seconds = time.Since(start).Seconds() }()
	if o.Batch <= 0 {
		o.Batch = 250
	}
	if o.Errors == nil {
		o.Errors = io.Discard
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := o.Workers
	if workers <= 0 {
		workers = max(1, runtime.GOMAXPROCS(0))
	}
	type job struct {
		seq int
		d   *loader.Doc
		err error
	}
	jobs := make(chan job, 2*workers)
	results := make(chan extracted, 2*workers)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = read(func(d *loader.Doc, err error) error {
			select {
			case jobs <- job{seq, d, err}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := extracted{seq: j.seq, err: j.err}
				if r.err == nil {
					r.a, r.err = loader.Extract(j.d)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Claim matching and store writes overlap: while batch n is written,
	// batch n+1 is matched. The matcher reads the store only for what no
	// earlier batch of this load touched, so it need not wait for the
	// write, except before it drops its caches and reads everything again.
	type toWrite struct {
		batch []*attrib.Article
		delta *attrib.MatchDelta
		read  int
		match time.Duration
	}
	writes := make(chan toWrite, 1)
	var (
		wmu      sync.Mutex // guards werr and the store counts of sum
		werr     error
		inFlight sync.WaitGroup
	)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for w := range writes {
			wmu.Lock()
			failed := werr != nil
			wmu.Unlock()
			if !failed {
				t1 := time.Now()
				st, err := store.PutArticles(ctx, w.batch, w.delta)
				wd := time.Since(t1)
				wmu.Lock()
				if err != nil {
					werr = err
				} else {
					sum.Articles += st.Articles
					sum.Skipped += st.Skipped
					sum.Replaced += st.Replaced
					sum.Quotes += st.Quotes
					sum.Quads += st.Quads
				}
				quotes := sum.Quotes
				wmu.Unlock()
				if err == nil && o.OnBatch != nil {
					o.OnBatch(w.read, quotes, w.match, wd)
				}
			}
			inFlight.Done()
		}
	}()
	writerOpen := true
	stopWriter := func() error {
		if writerOpen {
			writerOpen = false
			close(writes)
			<-writerDone
		}
		wmu.Lock()
		defer wmu.Unlock()
		return werr
	}
	defer stopWriter()
	var batch []*attrib.Article
	lastTick := time.Now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if m.ResetDue() {
			inFlight.Wait() // the caches reload from the store: it must hold every batch
		}
		wmu.Lock()
		err := werr
		wmu.Unlock()
		if err != nil {
			return err
		}
		t0 := time.Now()
		delta, err := m.AssignStored(ctx, batch)
		if err != nil {
			return err
		}
		inFlight.Add(1)
		writes <- toWrite{batch, delta, sum.Read, time.Since(t0)}
		batch = nil
		if o.Progress != nil && time.Since(lastTick) > 200*time.Millisecond {
			lastTick = time.Now()
			el := time.Since(start).Seconds()
			wmu.Lock()
			quotes, quads := sum.Quotes, sum.Quads
			wmu.Unlock()
			fmt.Fprintf(o.Progress, "\r  %d articles, %d quotes, %d quads  %.0f articles/s  %d bad ", sum.Read, quotes, quads, float64(sum.Read)/el, sum.Bad)
		}
		return nil
	}
	// results arrive out of order: hold them until their turn
	pending := map[int]extracted{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				sum.Bad++
				fmt.Fprintln(o.Errors, "attrib: skipped:", r.err)
				if o.OnResult != nil {
					o.OnResult(r.seq, nil, r.err)
				}
				continue
			}
			sum.Read++
			if o.OnResult != nil {
				o.OnResult(r.seq, r.a, nil)
			}
			batch = append(batch, r.a)
			if len(batch) >= o.Batch {
				if err := flush(); err != nil {
					cancel()
					return sum, err
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return sum, err
		}
	}
	if readErr != nil {
		return sum, readErr
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := flush(); err != nil {
		return sum, err
	}
	if err := stopWriter(); err != nil {
		return sum, err
	}
	if err := store.Sync(ctx); err != nil {
		return sum, err
	}
	if o.Progress != nil {
		fmt.Fprint(o.Progress, "\r\033[K")
	}
	return sum, nil
}

// isTerminal reports whether f is a terminal (progress is shown only there).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
