package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/loader"
)

// ingestOptions configure a load.
type ingestOptions struct {
	Batch    int       // articles per transaction
	Progress io.Writer // rate line target; nil for none
	Errors   io.Writer // where bad inputs are reported
	// OnBatch, when set, is told after each stored batch how many articles
	// have been read and how long the batch's claim matching and store
	// writes took.
	OnBatch func(read, quotes int, match, write time.Duration)
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

// ingest reads paths, extracts every article, matches its quotes to claims
// (seeded with what the store holds) and writes them in batches, each batch
// one transaction: an interrupt stops between batches, so no article is
// ever half stored.
func ingest(ctx context.Context, store attrib.Store, m *loader.Matcher, paths []string, o ingestOptions) (ingestSummary, error) {
	var sum ingestSummary
	start := time.Now()
	if o.Batch <= 0 {
		o.Batch = 250
	}
	if o.Errors == nil {
		o.Errors = io.Discard
	}
	files, err := loader.Files(paths)
	if err != nil {
		return sum, err
	}
	var batch []*attrib.Article
	lastTick := time.Now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		t0 := time.Now()
		m.Assign(batch)
		t1 := time.Now()
		st, err := store.PutArticles(ctx, batch)
		if err != nil {
			return err
		}
		sum.Articles += st.Articles
		sum.Skipped += st.Skipped
		sum.Replaced += st.Replaced
		sum.Quotes += st.Quotes
		sum.Quads += st.Quads
		if o.OnBatch != nil {
			o.OnBatch(sum.Read, sum.Quotes, t1.Sub(t0), time.Since(t1))
		}
		batch = batch[:0]
		if o.Progress != nil && time.Since(lastTick) > 200*time.Millisecond {
			lastTick = time.Now()
			el := time.Since(start).Seconds()
			fmt.Fprintf(o.Progress, "\r  %d articles, %d quotes, %d quads  %.0f articles/s  %d bad ", sum.Read, sum.Quotes, sum.Quads, float64(sum.Read)/el, sum.Bad)
		}
		return nil
	}
	for _, f := range files {
		err := loader.ReadFile(f, func(d *loader.Doc, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			var a *attrib.Article
			if err == nil {
				a, err = loader.Extract(d)
			}
			if err != nil {
				sum.Bad++
				fmt.Fprintln(o.Errors, "attrib: skipped:", err)
				return nil
			}
			sum.Read++
			batch = append(batch, a)
			if len(batch) >= o.Batch {
				return flush()
			}
			return nil
		})
		if err != nil {
			sum.Seconds = time.Since(start).Seconds()
			return sum, err
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := flush(); err != nil {
		return sum, err
	}
	if o.Progress != nil {
		fmt.Fprint(o.Progress, "\r\033[K")
	}
	sum.Seconds = time.Since(start).Seconds()
	return sum, nil
}

// seedMatcher returns a matcher that knows the store's claims.
type matcher = loader.Matcher

func seedMatcher(ctx context.Context, store attrib.Store) (*loader.Matcher, error) {
	m := loader.NewMatcher()
	recs, err := store.QuoteRecords(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if r.ClaimID != "" {
			m.Add(r.ClaimID, r.Speaker, r.Text, r.Published)
		}
	}
	return m, nil
}

// isTerminal reports whether f is a terminal (progress is shown only there).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
