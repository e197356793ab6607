package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/graph"
)

const queryUsage = `usage: attrib query [--store URL] [--json] QUESTION ARGS

questions:
  reporters "TEXT"     claims matching TEXT (a quote, a fragment or a variant
                       wording), best first, each with its speaker, the
                       outlets that carried it and its origin
  trace ID             the provenance of a claim, or of a quote's claim:
                       every article that carries it, each one's via, the origin
  shared [N]           claims carried by N or more outlets (default 2), most first
  path FILE.json       a path query (JSON, as POST /api/v1/query takes; - reads
                       standard input); see schemas/README.md
`

func runQuery(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	store := storeFlag(fs)
	asJSON := fs.Bool("json", false, "print the API's JSON instead of text")
	limit := fs.Int("limit", 10, "at most this many claims (reporters, shared; 0 for all with shared)")
	fs.Usage = func() {
		fmt.Fprint(stderr, queryUsage, "\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	question, rest := fs.Arg(0), fs.Args()[1:]
	want := map[string][2]int{"reporters": {1, 1}, "trace": {1, 1}, "shared": {0, 1}, "path": {1, 1}}
	n, ok := want[question]
	if !ok {
		fmt.Fprintf(stderr, "attrib query: unknown question %q\n\n", question)
		fs.Usage()
		return 2
	}
	if len(rest) < n[0] || len(rest) > n[1] {
		fmt.Fprintf(stderr, "attrib query %s: wrong number of arguments\n\n", question)
		fs.Usage()
		return 2
	}
	ctx := context.Background()
	st, ok := openStore(ctx, *store, "query", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	var out any
	var err error
	switch question {
	case "reporters":
		var l *attrib.ClaimList
		if l, err = st.SearchClaims(ctx, attrib.SearchQuery{Text: rest[0]}, attrib.Page{Limit: max(*limit, 1)}); err == nil {
			out = l.Claims
		}
	case "trace":
		out, err = traceOf(ctx, st, rest[0])
	case "shared":
		minOutlets := 2
		if len(rest) == 1 {
			if _, serr := fmt.Sscanf(rest[0], "%d", &minOutlets); serr != nil {
				fmt.Fprintf(stderr, "attrib query shared: %q is not a number of outlets\n", rest[0])
				return 2
			}
		}
		lim := *limit
		if lim <= 0 {
			lim = attrib.MaxPage
		}
		var l *attrib.ClaimList
		if l, err = st.SharedClaims(ctx, minOutlets, attrib.Page{Limit: lim}); err == nil {
			out = l.Claims
		}
	case "path":
		out, err = pathQuery(ctx, st, rest[0])
	}
	if err != nil {
		fmt.Fprintf(stderr, "attrib query %s: %v\n", question, err)
		return exitFor(err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "attrib query:", err)
			return 1
		}
		return 0
	}
	switch v := out.(type) {
	case []attrib.ClaimSummary:
		printClaims(stdout, v, question == "shared")
	case *attrib.Trace:
		printTrace(stdout, v)
	default:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(v)
	}
	return 0
}

// pathQuery reads a path query from a file (or - for standard input) and runs it.
func pathQuery(ctx context.Context, st *graph.Store, file string) (*attrib.PathResult, error) {
	r := io.Reader(os.Stdin)
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, attrib.Errorf(attrib.EINVALID, "%v", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, attrib.MaxQueryBytes+1)) // a longer one is refused by its size
	if err != nil {
		return nil, attrib.Errorf(attrib.EINVALID, "%s: %v", file, err)
	}
	q, err := attrib.ParsePathQuery(b)
	if err != nil {
		return nil, attrib.Errorf(attrib.EINVALID, "%s: %v", file, err)
	}
	return st.Path(ctx, *q)
}

// traceOf answers for a claim ID, or for the claim of a quote ID.
func traceOf(ctx context.Context, st *graph.Store, id string) (*attrib.Trace, error) {
	t, err := st.Trace(ctx, id, attrib.Page{Limit: attrib.MaxPage})
	if err == nil || attrib.ErrorCode(err) != attrib.ENOTFOUND {
		return t, err
	}
	cid, qerr := st.ClaimOfQuote(ctx, id)
	if qerr != nil {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "no claim or quote %q", id)
	}
	return st.Trace(ctx, cid, attrib.Page{Limit: attrib.MaxPage})
}

func printClaims(w io.Writer, cs []attrib.ClaimSummary, shared bool) {
	if len(cs) == 0 {
		fmt.Fprintln(w, "no claims")
		return
	}
	for i, c := range cs {
		if shared {
			fmt.Fprintf(w, "%d. %s  (%d outlets, %d quotes)\n", i+1, c.ID, int(c.Score), c.Quotes)
		} else {
			fmt.Fprintf(w, "%d. %s  score %.3f, %d quotes\n", i+1, c.ID, c.Score, c.Quotes)
		}
		fmt.Fprintf(w, "   %q\n", clipText(c.Text, 200))
		fmt.Fprintf(w, "   speaker:   %s\n", refName(c.Speaker))
		var names []string
		for _, r := range c.Reporters {
			names = append(names, r.Name)
		}
		fmt.Fprintf(w, "   reporters: %s\n", orNone(strings.Join(names, ", ")))
		if c.Origin != nil {
			fmt.Fprintf(w, "   origin:    %s\n", originLine(*c.Origin))
		}
	}
}

func printTrace(w io.Writer, t *attrib.Trace) {
	fmt.Fprintf(w, "claim %s\n  %q\n", t.Claim.ID, clipText(t.Text, 300))
	fmt.Fprintf(w, "speaker: %s\n", refName(t.Speaker))
	fmt.Fprintf(w, "origin:  %s\n", originLine(t.Origin))
	fmt.Fprintf(w, "reports: %d\n", len(t.Reports))
	for i, r := range t.Reports {
		branch, cont := "├─", "│ "
		if i == len(t.Reports)-1 {
			branch, cont = "└─", "  "
		}
		date := r.Published
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(w, "%s %s  %s  article %s\n", branch, date, refName(r.Outlet), r.Article.ID)
		if r.Headline != "" {
			fmt.Fprintf(w, "%s    %s\n", cont, clipText(r.Headline, 100))
		}
		cue := ""
		if r.Quote.Cue != "" {
			cue = ", cue " + r.Quote.Cue
		}
		fmt.Fprintf(w, "%s    quote %s [%d:%d]%s: %q\n", cont, r.Quote.ID, r.Quote.Start, r.Quote.End, cue, clipText(r.Quote.Text, 160))
		if r.Via != nil {
			fmt.Fprintf(w, "%s    via %s\n", cont, r.Via.Name)
		}
	}
}

func originLine(o attrib.Origin) string {
	name := "unknown"
	if o.Outlet != nil {
		name = o.Outlet.Name
	}
	s := name + " (" + o.Reason + ")"
	if o.Conflict != "" {
		s += "; but " + o.Conflict
	}
	return s
}

func refName(r *attrib.Ref) string {
	if r == nil {
		return "unknown"
	}
	return r.Name
}

func orNone(s string) string {
	if s == "" {
		return "none known"
	}
	return s
}

func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
