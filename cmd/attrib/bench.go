package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/attrib/attrib/graph"
	"github.com/attrib/attrib/loader"
)

const benchUsage = `usage: attrib bench [flags] load PATH...
       attrib bench [flags] extract PATH...
       attrib bench corpus --articles N [-o FILE] --from PATH...
       attrib bench serve [--server URL] [--clients 1,8] [--duration 10s]

load     loads PATHs in order into a fresh store (a bolt file in a temporary
         folder unless --store is given) and reports the time per article at
         25%, 50% and 100% of the articles: wall time, claim matching and
         store writes, each over the last tenth of the articles before that
         point. Flat figures mean the cost of an article does not grow with
         what is already loaded. "other" is the wall time less matching and
         writing: waiting for extraction when positive; matching of one
         batch overlaps the writing of the one before, so it can be below
         zero.
extract  extracts PATHs without a store and reports articles/s.

With --runs N each figure is the median over N runs.
`

func runBench(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "corpus" {
		return runCorpus(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "serve" {
		return runBenchServe(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storeURL := fs.String("store", "", "store URL to load into (default: a fresh bolt file, removed after); the store should be empty")
	runs := fs.Int("runs", 1, "runs; figures are medians")
	batch := fs.Int("batch", 50, "articles per transaction")
	fs.Usage = func() {
		fmt.Fprint(stderr, benchUsage, "\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 2 || (fs.Arg(0) != "load" && fs.Arg(0) != "extract") || *runs < 1 {
		fs.Usage()
		return 2
	}
	paths := fs.Args()[1:]
	if fs.Arg(0) == "extract" {
		extractionGC()
		return benchExtract(paths, *runs, stdout, stderr)
	}
	var results []loadRun
	for r := 0; r < *runs; r++ {
		res, err := benchLoadOnce(*storeURL, paths, *batch, stderr)
		if err != nil {
			fmt.Fprintln(stderr, "attrib bench:", err)
			return 1
		}
		fmt.Fprintf(stdout, "run %d: %d articles in %.2f s (%.1f articles/s), %d quotes, %d quads\n",
			r+1, res.articles, res.seconds, float64(res.articles)/res.seconds, res.quotes, res.quads)
		results = append(results, res)
	}
	fmt.Fprintf(stdout, "\nms per article over the last tenth before each point (median of %d run%s)\n", *runs, plural(*runs))
	fmt.Fprintf(stdout, "%-6s %9s %9s %9s %9s %9s %12s %15s %15s\n", "at", "articles", "total", "other", "match", "write", "quotes/art", "total ms/quote", "match µs/quote")
	for i, pct := range checkpoints {
		med := func(f func(w window) float64) float64 {
			var xs []float64
			for _, r := range results {
				xs = append(xs, f(r.windows[i]))
			}
			return median(xs)
		}
		fmt.Fprintf(stdout, "%-6s %9d %9.2f %9.2f %9.3f %9.2f %12.1f %15.2f %15.1f\n", fmt.Sprintf("%d%%", pct), results[0].windows[i].at,
			med(func(w window) float64 { return w.total }), med(func(w window) float64 { return w.total - w.match - w.write }),
			med(func(w window) float64 { return w.match }), med(func(w window) float64 { return w.write }),
			results[0].windows[i].quotesPerArticle, med(func(w window) float64 { return w.total / w.quotesPerArticle }),
			med(func(w window) float64 { return w.matchPerQuote }))
	}
	last := len(checkpoints) - 1
	first := median(collect(results, func(r loadRun) float64 { return r.windows[0].total }))
	end := median(collect(results, func(r loadRun) float64 { return r.windows[last].total }))
	fmt.Fprintf(stdout, "100%% / 25%% per-article ratio: %.2f (match alone: %.2f)\n", end/first,
		median(collect(results, func(r loadRun) float64 { return r.windows[last].match }))/
			median(collect(results, func(r loadRun) float64 { return r.windows[0].match })))
	return 0
}

var checkpoints = []int{25, 50, 100}

// window is the per-article cost, in ms, over the articles before a point.
type window struct {
	at                  int     // articles read at the point
	quotesPerArticle    float64 // in the window: what the articles hold
	matchPerQuote       float64 // µs of claim matching per quote
	total, match, write float64
}

type loadRun struct {
	articles, quotes int
	quads            int
	seconds          float64
	windows          []window
}

type batchMark struct {
	read, quotes int
	at           time.Time
	match, write time.Duration
}

func benchLoadOnce(storeURL string, paths []string, batch int, stderr io.Writer) (loadRun, error) {
	ctx := context.Background()
	if storeURL == "" {
		dir, err := os.MkdirTemp("", "attrib-bench-")
		if err != nil {
			return loadRun{}, err
		}
		defer os.RemoveAll(dir)
		storeURL = "bolt://" + filepath.Join(dir, "bench.db")
	}
	st, err := graph.Open(ctx, storeURL)
	if err != nil {
		return loadRun{}, err
	}
	defer st.Close()
	m := loader.NewStoredMatcher(st)
	start := time.Now()
	marks := []batchMark{{at: start}}
	o := ingestOptions{Batch: batch, Errors: stderr, OnBatch: func(read, quotes int, match, write time.Duration) {
		marks = append(marks, batchMark{read: read, quotes: quotes, at: time.Now(), match: match, write: write})
	}}
	if f, ok := stderr.(*os.File); ok && isTerminal(f) {
		o.Progress = stderr
	}
	sum, err := ingest(ctx, st, m, paths, o)
	if err != nil {
		return loadRun{}, err
	}
	// as attrib load does; its time counts in the load's
	if err := st.Compact(ctx); err != nil {
		return loadRun{}, err
	}
	res := loadRun{articles: sum.Read, quotes: sum.Quotes, quads: sum.Quads, seconds: time.Since(start).Seconds()}
	if sum.Read == 0 {
		return res, fmt.Errorf("no articles read from %v", paths)
	}
	for _, pct := range checkpoints {
		end := sum.Read * pct / 100
		lo := end - max(sum.Read/10, 1)
		from, to := 0, len(marks)-1
		for i, mk := range marks {
			if mk.read <= lo {
				from = i
			}
		}
		for i := len(marks) - 1; i > from; i-- {
			if marks[i].read >= end {
				to = i
			}
		}
		var match, write time.Duration
		for _, mk := range marks[from+1 : to+1] {
			match += mk.match
			write += mk.write
		}
		n := marks[to].read - marks[from].read
		if n <= 0 || to <= from {
			return res, fmt.Errorf("too few batches to measure at %d%%: use a smaller --batch", pct)
		}
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
		nq := marks[to].quotes - marks[from].quotes
		w := window{at: marks[to].read, total: ms(marks[to].at.Sub(marks[from].at)), match: ms(match), write: ms(write),
			quotesPerArticle: float64(nq) / float64(n)}
		if nq > 0 {
			w.matchPerQuote = float64(match.Nanoseconds()) / 1000 / float64(nq)
		}
		res.windows = append(res.windows, w)
	}
	return res, nil
}

func benchExtract(paths []string, runs int, stdout, stderr io.Writer) int {
	files, err := loader.Files(paths)
	if err != nil {
		fmt.Fprintln(stderr, "attrib bench:", err)
		return 1
	}
	var rates []float64
	for r := 0; r < runs; r++ {
		start := time.Now()
		n, quotes := 0, 0
		for _, f := range files {
			err := loader.ReadFile(f, func(d *loader.Doc, err error) error {
				if err != nil {
					return nil
				}
				a, err := loader.Extract(d)
				if err == nil {
					n++
					quotes += len(a.Quotes)
				}
				return nil
			})
			if err != nil {
				fmt.Fprintln(stderr, "attrib bench:", err)
				return 1
			}
		}
		s := time.Since(start).Seconds()
		rates = append(rates, float64(n)/s)
		fmt.Fprintf(stdout, "run %d: %d articles, %d quotes in %.2f s (%.1f articles/s)\n", r+1, n, quotes, s, float64(n)/s)
	}
	fmt.Fprintf(stdout, "median: %.1f articles/s over %d run%s\n", median(rates), runs, plural(runs))
	return 0
}

func collect(rs []loadRun, f func(loadRun) float64) []float64 {
	var xs []float64
	for _, r := range rs {
		xs = append(xs, f(r))
	}
	return xs
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
