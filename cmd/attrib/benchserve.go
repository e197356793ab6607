package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
)

const benchServeUsage = `usage: attrib bench serve [--server URL] [--clients 1,8] [--duration 10s] [--routes a,b,...]

Drives a running server over each named route with 1 and 8 clients (or
--clients) and prints p50/p95/p99 latency, requests/s and errors per
route. The IDs it asks for are found first through the API: the claims
carried by most outlets and the first claims of a few searches, their
speakers, quotes and outlets. Routes:

  healthz search claim reporters claim-trace quote-trace person outlet
  shared subgraph path
`

var benchRoutes = []string{"healthz", "search", "claim", "reporters", "claim-trace", "quote-trace", "person", "outlet", "shared", "subgraph", "path"}

func runBenchServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	server := fs.String("server", "http://127.0.0.1:8080", "server URL")
	clients := fs.String("clients", "1,8", "concurrent clients, comma-separated")
	dur := fs.Duration("duration", 10*time.Second, "time per route and client count")
	routes := fs.String("routes", strings.Join(benchRoutes, ","), "routes to drive")
	fs.Usage = func() { fmt.Fprint(stderr, benchServeUsage, "\nflags:\n"); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var cs []int
	for _, c := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 || n > 256 {
			fmt.Fprintf(stderr, "attrib bench serve: --clients %q: want numbers from 1 to 256\n", *clients)
			return 2
		}
		cs = append(cs, n)
	}
	base := strings.TrimRight(*server, "/")
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 512}}
	pool, err := discover(client, base)
	if err != nil {
		fmt.Fprintln(stderr, "attrib bench serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "server %s: %d claims, %d quotes, %d people, %d outlets, %d searches to ask for\n",
		base, len(pool.claims), len(pool.quotes), len(pool.people), len(pool.outlets), len(pool.searches))
	fmt.Fprintf(stdout, "%-12s %7s %9s %9s %9s %9s %7s %s\n", "route", "clients", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "first error")
	for _, r := range strings.Split(*routes, ",") {
		mk := pool.request(strings.TrimSpace(r), base)
		if mk == nil {
			fmt.Fprintf(stderr, "attrib bench serve: unknown route %q (or nothing to ask it for)\n", r)
			return 2
		}
		for _, c := range cs {
			res := drive(client, mk, c, *dur)
			fmt.Fprintf(stdout, "%-12s %7d %9.2f %9.2f %9.2f %9.1f %7d %s\n", r, c, res.p(50), res.p(95), res.p(99), res.rate, res.errors, res.firstErr)
		}
	}
	return 0
}

type idPool struct {
	claims, quotes, people, outlets, searches []string
}

// discover finds IDs to ask for: the most shared claims and the first
// claims of searches for words of their wordings.
func discover(client *http.Client, base string) (*idPool, error) {
	var shared api.ClaimsResponse
	if err := fetchJSON(client, base+"/api/v1/claims?min_outlets=1&limit=100", &shared); err != nil {
		return nil, err
	}
	p := &idPool{}
	seen := map[string]bool{}
	add := func(list *[]string, id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			*list = append(*list, id)
		}
	}
	for _, c := range shared.Claims {
		add(&p.claims, c.ID)
		if c.Speaker != nil {
			add(&p.people, c.Speaker.ID)
		}
		for _, q := range c.QuoteIDs {
			add(&p.quotes, q)
		}
		for _, o := range c.Reporters {
			add(&p.outlets, o.ID)
		}
		if ws := strings.Fields(c.Text); len(ws) >= 4 {
			p.searches = append(p.searches, strings.Join(ws[:min(6, len(ws))], " "))
		}
	}
	if len(p.claims) == 0 {
		return nil, fmt.Errorf("%s holds no claims to ask for", base)
	}
	return p, nil
}

func fetchJSON(client *http.Client, u string, v any) error {
	resp, err := client.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
		return fmt.Errorf("GET %s: %s %s", u, resp.Status, b)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// request returns a maker of the i-th request of a route, nil if unknown.
func (p *idPool) request(route, base string) func(i int) (*http.Request, error) {
	pick := func(xs []string, i int) string { return xs[i%len(xs)] }
	get := func(f func(i int) string) func(i int) (*http.Request, error) {
		return func(i int) (*http.Request, error) { return http.NewRequest(http.MethodGet, base+f(i), nil) }
	}
	switch route {
	case "healthz":
		return get(func(int) string { return "/healthz" })
	case "search":
		if len(p.searches) == 0 {
			return nil
		}
		return get(func(i int) string { return "/api/v1/claims?q=" + url.QueryEscape(pick(p.searches, i)) + "&limit=20" })
	case "claim":
		return get(func(i int) string { return "/api/v1/claims/" + pick(p.claims, i) })
	case "reporters":
		return get(func(i int) string { return "/api/v1/claims/" + pick(p.claims, i) + "/reporters" })
	case "claim-trace":
		return get(func(i int) string { return "/api/v1/claims/" + pick(p.claims, i) + "/trace" })
	case "quote-trace":
		return get(func(i int) string { return "/api/v1/quotes/" + pick(p.quotes, i) + "/trace" })
	case "person":
		if len(p.people) == 0 {
			return nil
		}
		return get(func(i int) string { return "/api/v1/people/" + pick(p.people, i) })
	case "outlet":
		if len(p.outlets) == 0 {
			return nil
		}
		return get(func(i int) string { return "/api/v1/outlets/" + pick(p.outlets, i) })
	case "shared":
		return get(func(int) string { return "/api/v1/claims?min_outlets=2" })
	case "subgraph":
		return get(func(i int) string {
			return "/api/v1/subgraph?root=claim/" + pick(p.claims, i) + "&depth=2&max_nodes=500&format=nquads"
		})
	case "path":
		if len(p.people) == 0 {
			return nil
		}
		return func(i int) (*http.Request, error) {
			q := attrib.PathQuery{Start: attrib.PathStart{IDs: []string{"person/" + pick(p.people, i)}},
				Steps: []attrib.PathStep{{Op: "out", Predicate: "said"}, {Op: "out", Predicate: "reported_by"}, {Op: "unique"}}}
			b, _ := json.Marshal(q)
			r, err := http.NewRequest(http.MethodPost, base+"/api/v1/query", bytes.NewReader(b))
			if r != nil {
				r.Header.Set("Content-Type", "application/json")
			}
			return r, err
		}
	}
	return nil
}

type driveResult struct {
	lat      []time.Duration
	rate     float64
	errors   int
	firstErr string
}

func (r driveResult) p(q float64) float64 {
	if len(r.lat) == 0 {
		return 0
	}
	i := int(float64(len(r.lat)-1) * q / 100)
	return float64(r.lat[i].Microseconds()) / 1000
}

// drive sends requests from c clients for d and collects their latencies.
func drive(client *http.Client, mk func(int) (*http.Request, error), c int, d time.Duration) driveResult {
	var mu sync.Mutex
	var res driveResult
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var wg sync.WaitGroup
	start := time.Now()
	n := 0
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; ctx.Err() == nil; i += c {
				req, err := mk(i)
				if err != nil {
					return
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				msg := ""
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						msg = resp.Status
					}
				} else {
					msg = err.Error()
				}
				el := time.Since(t0)
				mu.Lock()
				n++
				res.lat = append(res.lat, el)
				if msg != "" {
					res.errors++
					if res.firstErr == "" {
						res.firstErr = msg
					}
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	res.rate = float64(n) / time.Since(start).Seconds()
	sort.Slice(res.lat, func(i, j int) bool { return res.lat[i] < res.lat[j] })
	return res
}
