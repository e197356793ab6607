package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
	"github.com/attrib/attrib/graph"
	"github.com/attrib/attrib/loader"
)

// storeFlag adds --store, defaulting to ATTRIB_STORE, then the embedded bolt file.
func storeFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("ATTRIB_STORE")
	if def == "" {
		def = graph.DefaultURL
	}
	return fs.String("store", def, "store URL: bolt://PATH, postgres://USER@HOST:PORT/DB, cockroach://..., memory:// (env ATTRIB_STORE)")
}

// openStore opens the store at url, reporting a failure as cmd's.
func openStore(ctx context.Context, url, cmd string, stderr io.Writer) (*graph.Store, bool) {
	st, err := graph.Open(ctx, url)
	if err != nil {
		fmt.Fprintf(stderr, "attrib %s: %v\n", cmd, err)
		return nil, false
	}
	return st, true
}

// exitFor is a command's exit status for err: 2 for a bad request (invalid
// input, an unknown ID), 1 for a failure.
func exitFor(err error) int {
	if c := attrib.ErrorCode(err); c == attrib.EINVALID || c == attrib.ENOTFOUND {
		return 2
	}
	return 1
}

func runLoad(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	store := storeFlag(fs)
	batch := fs.Int("batch", 250, "articles per transaction")
	quiet := fs.Bool("quiet", false, "no progress line")
	server := fs.String("server", "", "send the articles to a running attrib serve at this URL (token from ATTRIB_TOKEN) instead of opening the store")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attrib load [--store URL] PATH...\n\nExtracts articles (.txt, .jsonl, .json, .html; folders are walked) and stores them.\nLoading an unchanged article again changes nothing.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *server != "" {
		return loadToServer(ctx, *server, os.Getenv("ATTRIB_TOKEN"), fs.Args(), *batch, stdout, stderr)
	}
	st, ok := openStore(ctx, *store, "load", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	m := loader.NewStoredMatcher(st)
	o := ingestOptions{Batch: *batch, Errors: stderr}
	if f, ok := stderr.(*os.File); ok && !*quiet && isTerminal(f) {
		o.Progress = stderr
	}
	sum, err := ingest(ctx, st, m, fs.Args(), o)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintf(stderr, "\nattrib load: interrupted; stored whole batches only: %s\n", sum)
			return 130
		}
		fmt.Fprintln(stderr, "attrib load:", err)
		return 1
	}
	if sum.Articles+sum.Replaced > 0 {
		if o.Progress != nil {
			fmt.Fprint(o.Progress, "  merging the search index ...")
		}
		if err := st.Compact(ctx); err != nil {
			fmt.Fprintln(stderr, "\nattrib load: articles stored; merging the search index:", err)
			return 1
		}
		if o.Progress != nil {
			fmt.Fprint(o.Progress, "\r\033[K")
		}
	}
	n, err := st.CountQuads(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "attrib load:", err)
		return 1
	}
	fmt.Fprintf(stdout, "loaded %s; store %s holds %d quads\n", sum, *store, n)
	if sum.Bad > 0 {
		return 1
	}
	return 0
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	store := storeFlag(fs)
	addr := fs.String("addr", envOr("ATTRIB_ADDR", "127.0.0.1:8080"), "listen address (env ATTRIB_ADDR); 0.0.0.0:8080 to serve other machines")
	var loads multiFlag
	fs.Var(&loads, "load", "load PATH before serving (repeatable)")
	timeout := fs.Duration("timeout", 10*time.Second, "bound on each request's queries (and on Gizmo scripts)")
	gizmo := fs.Bool("gizmo", false, "serve POST /api/v1/query/gizmo (Cayley's Gizmo language)")
	gizmoLimit := fs.Int("gizmo-limit", 1000, "cap on a Gizmo query's results")
	drain := fs.Duration("drain", 30*time.Second, "on SIGTERM, how long requests in flight may take to finish")
	cors := fs.String("cors", os.Getenv("ATTRIB_CORS"), "origins whose web pages may read the API, comma-separated, or * for any (env ATTRIB_CORS); none by default")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(stderr, nil))
	st, ok := openStore(ctx, *store, "serve", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	if len(loads) > 0 {
		m := loader.NewStoredMatcher(st)
		sum, err := ingest(ctx, st, m, loads, ingestOptions{Errors: stderr})
		if err != nil {
			fmt.Fprintln(stderr, "attrib serve: load:", err)
			return 1
		}
		log.Info("loaded", "summary", sum.String())
	}
	token := os.Getenv("ATTRIB_TOKEN")
	opts := api.Options{QueryTimeout: *timeout, Logger: log, Gizmo: *gizmo, GizmoLimit: *gizmoLimit, Token: token,
		Ingest: ingestHandler(st, stderr)}
	for _, o := range strings.Split(*cors, ",") {
		if o = strings.TrimSpace(o); o != "" {
			opts.CORSOrigins = append(opts.CORSOrigins, o)
		}
	}
	if token == "" {
		log.Info("writes are off: set ATTRIB_TOKEN to accept POST /api/v1/articles")
	}
	// the time of the last request, for giving back mapped pages when idle
	var lastRequest atomic.Int64
	handler := api.New(st, opts).Handler()
	counted := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lastRequest.Store(time.Now().UnixNano())
		handler.ServeHTTP(w, r)
	})
	srv := &http.Server{Handler: counted, ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 2 * time.Minute, WriteTimeout: 15 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "attrib serve:", err)
		return 1
	}
	log.Info("serving", "addr", ln.Addr().String(), "store", *store)
	// Give back the store's mapped pages (they stay in the page cache):
	// past 256 MB once no request came for 5 s, and past 768 MB at any
	// time. Each page a request faults in maps its cached neighbours too
	// (the kernel's fault-around), so a busy server held 0.9-1.2 GB of the
	// file at 100k articles by the end of a benchmark. Dropping them under
	// load makes requests fault their pages back in: trimming past 512 MB
	// every 2 s once took the path query's p99 from 25 ms to 400 (when it
	// walked the graph; it reads counts now).
	go func() {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if time.Since(time.Unix(0, lastRequest.Load())) > 5*time.Second {
					st.Trim(256 << 20)
				} else {
					st.Trim(768 << 20)
				}
			}
		}
	}()
	// SIGINT/SIGTERM: stop accepting, let the requests in flight finish
	// (up to --drain), then close the store and exit 0
	drained := make(chan error, 1)
	go func() {
		<-ctx.Done()
		log.Info("stopping: draining requests in flight", "deadline", drain.String())
		sctx, cancel := context.WithTimeout(context.Background(), *drain)
		defer cancel()
		drained <- srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "attrib serve:", err)
		return 1
	}
	if err := <-drained; err != nil {
		log.Warn("requests still running at the drain deadline were cut", "err", err)
	}
	log.Info("stopped")
	return 0
}

type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
