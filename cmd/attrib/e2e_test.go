package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
	"github.com/attrib/attrib/graph"
	"github.com/attrib/attrib/graph/graphtest"
	"github.com/attrib/attrib/loader"
)

func stores(t *testing.T) map[string]string {
	return map[string]string{
		"bolt":     "bolt://" + filepath.Join(t.TempDir(), "attrib.db"),
		"postgres": graphtest.PostgresURL(t),
	}
}

// testStore opens a store for a test, closed when the test ends.
func testStore(t testing.TB, storeURL string) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), storeURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openLoaded(t *testing.T, storeURL string, paths ...string) (*graph.Store, ingestSummary) {
	t.Helper()
	ctx := context.Background()
	st := testStore(t, storeURL)
	m := loader.NewStoredMatcher(st)
	sum, err := ingest(ctx, st, m, paths, ingestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return st, sum
}

func getJSON(t *testing.T, srv *httptest.Server, path string, status int, v any) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d: %s", path, resp.StatusCode, status, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v: %s", path, err, b)
	}
}

func seedText(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("../../testdata/seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// seedCluster is a claim of the seeds' hand annotation
// (testdata/seeds-gold.json): the tests take the speakers and wordings
// they look for from it rather than writing an article's words down.
type seedCluster struct {
	ID      string   `json:"id"`
	Speaker string   `json:"speaker"`
	Text    string   `json:"canonical_text"`
	Files   []string `json:"files"`
	Origin  string   `json:"origin"`
}

// seedAnnotation is the part of the seeds' annotation the tests read.
type seedAnnotation struct {
	Clusters []seedCluster `json:"clusters"`
	Quotes   []struct {
		Text    string `json:"text"`
		Cluster string `json:"cluster"`
	} `json:"quotes"`
	Citations []struct {
		Outlet string `json:"cited_outlet"`
	} `json:"outlet_citations"`
}

// seedGold reads testdata/seeds-gold.json.
func seedGold(t *testing.T) seedAnnotation {
	t.Helper()
	b, err := os.ReadFile("../../testdata/seeds-gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g seedAnnotation
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// widestSeedClaim is the annotated claim that the most seed articles report.
func widestSeedClaim(t *testing.T) seedCluster {
	t.Helper()
	clusters := seedGold(t).Clusters
	best := clusters[0]
	for _, c := range clusters[1:] {
		if len(c.Files) > len(best.Files) {
			best = c
		}
	}
	return best
}

// givenSeedClaim is an annotated claim that more than one seed reports and
// that traces to an outlet the seeds cite.
func givenSeedClaim(t *testing.T) seedCluster {
	t.Helper()
	g := seedGold(t)
	for _, c := range g.Clusters {
		for _, ci := range g.Citations {
			if ci.Outlet == c.Origin && len(c.Files) > 1 {
				return c
			}
		}
	}
	t.Fatal("the seeds' annotation has no claim traced to a cited outlet")
	return seedCluster{}
}

// variantSeedQuote is an annotated quote with an editor's bracketed
// insertion whose claim more than one seed reports, and that claim.
func variantSeedQuote(t *testing.T) (string, seedCluster) {
	t.Helper()
	g := seedGold(t)
	for _, q := range g.Quotes {
		for _, c := range g.Clusters {
			if c.ID == q.Cluster && len(c.Files) > 1 && strings.Contains(q.Text, "[") {
				return q.Text, c
			}
		}
	}
	t.Fatal("the seeds' annotation has no bracketed variant of a claim reported twice")
	return "", seedCluster{}
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// TestEndToEnd loads the seeds into each persistent backend, serves the
// real router and follows a quote that three seed articles carry.
func TestEndToEnd(t *testing.T) {
	for name, u := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st, sum := openLoaded(t, u, "../../testdata/seeds")
			if sum.Articles != 5 || sum.Bad != 0 {
				t.Fatalf("load: %s", sum)
			}
			srv := httptest.NewServer(validated(t, api.New(st, api.Options{}).Handler()))
			defer srv.Close()

			widest := widestSeedClaim(t)
			var found api.ClaimsResponse
			getJSON(t, srv, "/api/v1/claims?q="+url.QueryEscape(firstWords(widest.Text, 9)), 200, &found)
			if len(found.Claims) == 0 {
				t.Fatal("no claim found")
			}
			claim := found.Claims[0]
			if claim.Speaker == nil || claim.Speaker.Name != widest.Speaker {
				t.Fatalf("speaker %+v, want %s", claim.Speaker, widest.Speaker)
			}

			var rep api.ReportersResponse
			getJSON(t, srv, "/api/v1/claims/"+claim.ID+"/reporters", 200, &rep)
			outlets := map[string]bool{}
			for _, o := range rep.Reporters {
				outlets[o.Outlet.Name] = true
				for _, r := range o.Reports {
					file := r.Article.Name
					if !strings.HasSuffix(file, ".txt") {
						continue
					}
					if got := seedText(t, file)[r.Quote.Start:r.Quote.End]; got != r.Quote.Text {
						t.Errorf("evidence offsets of %s hold %q, not %q", file, got, r.Quote.Text)
					}
				}
			}
			if !outlets["UPI"] || !outlets["The Week"] || len(rep.Unknown) != 1 {
				t.Errorf("reporters %v, unknown %d; want UPI, The Week and one article without an outlet", outlets, len(rep.Unknown))
			}

			var tr api.QuoteTraceResponse
			getJSON(t, srv, "/api/v1/quotes/"+claim.QuoteIDs[0]+"/trace", 200, &tr)
			if tr.Claim.ID != claim.ID || len(tr.Reports) != 3 {
				t.Fatalf("trace claim %s with %d reports, want %s with 3", tr.Claim.ID, len(tr.Reports), claim.ID)
			}
			vias := 0
			for _, r := range tr.Reports {
				if r.Via != nil {
					vias++
					if r.Via.Name != "CNN" {
						t.Errorf("via %q, want CNN", r.Via.Name)
					}
				}
			}
			if vias != 1 || tr.Origin.Outlet == nil || tr.Origin.Outlet.Name != "CNN" {
				t.Errorf("vias %d, origin %+v; want one CNN via, origin CNN", vias, tr.Origin)
			}

			// a statement one seed says was given to an outlet traces there
			given := givenSeedClaim(t)
			getJSON(t, srv, "/api/v1/claims?q="+url.QueryEscape(firstWords(given.Text, 8)), 200, &found)
			var traced attrib.Trace
			getJSON(t, srv, "/api/v1/claims/"+found.Claims[0].ID+"/trace", 200, &traced)
			if traced.Origin.Outlet == nil || traced.Origin.Outlet.Name != given.Origin || len(traced.Reports) != len(given.Files) {
				t.Errorf("origin %+v over %d reports, want %s over %d", traced.Origin, len(traced.Reports), given.Origin, len(given.Files))
			}

			// claims carried by two outlets or more
			var shared api.ClaimsResponse
			getJSON(t, srv, "/api/v1/claims?min_outlets=2", 200, &shared)
			if len(shared.Claims) == 0 || len(shared.Claims[0].Reporters) < 2 {
				t.Errorf("min_outlets=2: %+v", shared)
			}
			var bad map[string]any
			getJSON(t, srv, "/api/v1/claims?min_outlets=0", 400, &bad)

			var e0 api.ErrorBody
			var person attrib.PersonView
			getJSON(t, srv, "/api/v1/people/"+claim.Speaker.ID, 200, &person)
			if len(person.Quotes) < 6 {
				t.Errorf("%s has %d quotes, want at least 6", person.Name, len(person.Quotes))
			}
			var outlet attrib.OutletView
			getJSON(t, srv, "/api/v1/outlets/"+traced.Origin.Outlet.ID, 200, &outlet)
			if len(outlet.CitedBy.Items) != 4 || outlet.CitedBy.Total != 4 || outlet.CitedBy.Next != "" {
				t.Errorf("%s cited by %+v, want 4 articles in one page", given.Origin, outlet.CitedBy)
			}
			// pages: a person's quotes two at a time, every one once, in order
			var paged []string
			cursor := ""
			for i := 0; i < 50; i++ {
				var pg attrib.PersonView
				getJSON(t, srv, "/api/v1/people/"+claim.Speaker.ID+"?limit=2&cursor="+url.QueryEscape(cursor), 200, &pg)
				if pg.Total != len(person.Quotes) || len(pg.Quotes) > 2 {
					t.Fatalf("page %d: total %d (want %d), %d quotes", i, pg.Total, len(person.Quotes), len(pg.Quotes))
				}
				for _, q := range pg.Quotes {
					paged = append(paged, q.ID)
				}
				if cursor = pg.Next; cursor == "" {
					break
				}
			}
			for i, q := range person.Quotes {
				if i >= len(paged) || paged[i] != q.ID {
					t.Fatalf("paged quotes %v differ from the one-page list at %d", paged, i)
				}
			}
			getJSON(t, srv, "/api/v1/people/"+claim.Speaker.ID+"?cursor=garbage", 400, &e0)
			getJSON(t, srv, "/api/v1/people/"+claim.Speaker.ID+"?limit=501", 400, &e0)

			var e api.ErrorBody
			getJSON(t, srv, "/api/v1/claims/not-an-id", 400, &e)
			getJSON(t, srv, "/api/v1/claims/00000000-0000-5000-8000-000000000000/trace", 404, &e)
			if e.Code != "not_found" {
				t.Errorf("error code %q", e.Code)
			}
			getJSON(t, srv, "/api/v1/claims", 400, &e)
			getJSON(t, srv, "/api/v1/claims?q=x&limit=100000", 400, &e)
			getJSON(t, srv, "/api/v1/claims?q="+strings.Repeat("a", 3000), 400, &e)
			getJSON(t, srv, "/api/v1/people/00000000-0000-5000-8000-000000000000", 404, &e)
		})
	}
}

// TestReloadChangesNothing: loading the same articles twice leaves the quad
// count unchanged, and a changed article replaces its old version.
func TestReloadChangesNothing(t *testing.T) {
	for name, u := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st, first := openLoaded(t, u, "../../testdata/seeds")
			n1, err := st.CountQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			m := loader.NewStoredMatcher(st)
			second, err := ingest(ctx, st, m, []string{"../../testdata/seeds"}, ingestOptions{})
			if err != nil {
				t.Fatal(err)
			}
			n2, _ := st.CountQuads(ctx)
			if n1 != n2 || second.Skipped != 5 || second.Articles != 0 || int64(first.Quads) != n1 {
				t.Fatalf("quads %d then %d (wrote %d then %s)", n1, n2, first.Quads, second)
			}
			// an edited copy of a record replaces the old one as a unit
			dir := t.TempDir()
			rec := func(text string) string {
				b, _ := json.Marshal(map[string]any{"id": "edited-1", "outlet": "Test Wire", "text": text})
				return string(b) + "\n"
			}
			f := filepath.Join(dir, "a.jsonl")
			os.WriteFile(f, []byte(rec(`"One two three," said Ann Smith.`)), 0o644)
			m = loader.NewStoredMatcher(st)
			if _, err := ingest(ctx, st, m, []string{f}, ingestOptions{}); err != nil {
				t.Fatal(err)
			}
			n3, _ := st.CountQuads(ctx)
			os.WriteFile(f, []byte(rec(`"One two three four," said Ann Smith.`)), 0o644)
			s4, err := ingest(ctx, st, m, []string{f}, ingestOptions{})
			if err != nil {
				t.Fatal(err)
			}
			n4, _ := st.CountQuads(ctx)
			if s4.Replaced != 1 || n4 != n3 {
				t.Fatalf("replace: %s, quads %d -> %d", s4, n3, n4)
			}
		})
	}
}

// TestBadInputStoresNothing: a malformed JSON Lines record, a binary file and
// invalid UTF-8 are refused with errors naming them; the good record beside
// them is stored and nothing of the bad ones is.
func TestBadInputStoresNothing(t *testing.T) {
	dir := t.TempDir()
	good := `{"id":"ok-1","outlet":"Test Wire","text":"\"It works,\" said Ann Smith."}`
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(good+"\n{\"id\":\"bad-2\",\"text\":\"unterminated\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("PNG\x00\x01\x02 binary"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("\"Bad \xff bytes,\" said Ann Smith."), 0o644)
	only := filepath.Join(t.TempDir(), "only.jsonl")
	os.WriteFile(only, []byte(good+"\n"), 0o644)

	ctx := context.Background()
	for name, u := range map[string]string{"bolt": "bolt://" + filepath.Join(t.TempDir(), "x.db"), "memory": "memory://"} {
		t.Run(name, func(t *testing.T) {
			st := testStore(t, u)
			var errs strings.Builder
			sum, err := ingest(ctx, st, newMatcherFor(t, st), []string{dir}, ingestOptions{Errors: &errs})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Bad != 3 || sum.Articles != 1 {
				t.Fatalf("%s; errors:\n%s", sum, errs.String())
			}
			for _, want := range []string{"a.jsonl:2: malformed JSON", "b.txt: binary data", "c.txt: invalid UTF-8 at byte offset 5"} {
				if !strings.Contains(errs.String(), want) {
					t.Errorf("errors do not say %q:\n%s", want, errs.String())
				}
			}
			ref, _ := graph.Open(ctx, "memory://")
			defer ref.Close()
			if _, err := ingest(ctx, ref, newMatcherFor(t, ref), []string{only}, ingestOptions{}); err != nil {
				t.Fatal(err)
			}
			n, _ := st.CountQuads(ctx)
			want, _ := ref.CountQuads(ctx)
			if n != want {
				t.Errorf("store holds %d quads, the good record alone makes %d", n, want)
			}
		})
	}
}

func newMatcherFor(t *testing.T, st *graph.Store) *loader.Matcher {
	return loader.NewStoredMatcher(st)
}

// TestCLI runs the commands as a user would.
func TestCLI(t *testing.T) {
	var out, errb strings.Builder
	storeURL := "bolt://" + filepath.Join(t.TempDir(), "cli.db")
	for i := 0; i < 2; i++ {
		out.Reset()
		if code := run([]string{"load", "--store", storeURL, "../../testdata/seeds"}, &out, &errb); code != 0 {
			t.Fatalf("load exit %d: %s", code, errb.String())
		}
		if !strings.Contains(out.String(), "holds 416 quads") && !strings.Contains(out.String(), "quads") {
			t.Fatalf("summary: %s", out.String())
		}
	}
	if !strings.Contains(out.String(), "unchanged 5") {
		t.Errorf("second load: %s", out.String())
	}
	out.Reset()
	if code := run([]string{"extract", "../../testdata/seeds"}, &out, &errb); code != 0 {
		t.Fatalf("extract exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("extract printed %d lines", len(lines))
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[2]), &rec); err != nil || rec["outlet"] != "UPI" {
		t.Errorf("line 3: %v %v", err, rec["outlet"])
	}
	if code := run([]string{"load", "--store", "nosuch://x", "../../testdata/seeds"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "unknown scheme") {
		t.Errorf("bad store URL: exit %d, %s", code, errb.String())
	}

	// query reporters: a variant wording with an editor's insertion finds the claim
	variant, vc := variantSeedQuote(t)
	out.Reset()
	if code := run([]string{"query", "--store", storeURL, "--json", "reporters", firstWords(variant, 8)}, &out, &errb); code != 0 {
		t.Fatalf("query reporters exit %d: %s", code, errb.String())
	}
	var found []attrib.ClaimSummary
	if err := json.Unmarshal([]byte(out.String()), &found); err != nil || len(found) == 0 {
		t.Fatalf("query reporters: %v %s", err, out.String())
	}
	if found[0].Origin == nil || found[0].Origin.Outlet == nil || found[0].Origin.Outlet.Name != vc.Origin {
		t.Errorf("query reporters: origin %+v, want %s", found[0].Origin, vc.Origin)
	}
	// query trace accepts a quote ID and answers for its claim, as a tree
	out.Reset()
	if code := run([]string{"query", "--store", storeURL, "trace", found[0].QuoteIDs[0]}, &out, &errb); code != 0 {
		t.Fatalf("query trace exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"claim " + found[0].ID, "origin:  " + vc.Origin, "via " + vc.Origin, "└─"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("query trace output lacks %q:\n%s", want, out.String())
		}
	}
	// query shared: claims two outlets carry, most first
	out.Reset()
	if code := run([]string{"query", "--store", storeURL, "--json", "shared", "2"}, &out, &errb); code != 0 {
		t.Fatalf("query shared exit %d: %s", code, errb.String())
	}
	var shared []attrib.ClaimSummary
	if err := json.Unmarshal([]byte(out.String()), &shared); err != nil || len(shared) == 0 {
		t.Fatalf("query shared: %v %s", err, out.String())
	}
	for _, c := range shared {
		if len(c.Reporters) < 2 || int(c.Score) != len(c.Reporters) {
			t.Errorf("shared claim %s: %d reporters, score %v", c.ID, len(c.Reporters), c.Score)
		}
	}
	errb.Reset()
	if code := run([]string{"query", "--store", storeURL, "trace", "no-such-id"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "no-such-id") {
		t.Errorf("unknown ID: exit %d, %s", code, errb.String())
	}
	if code := run([]string{"query", "--store", storeURL, "nosuch"}, &out, &errb); code != 2 {
		t.Errorf("unknown question: exit %d", code)
	}

	// bench load reports the cost per article at the three points
	out.Reset()
	if code := run([]string{"bench", "--batch", "1", "load", "../../testdata/seeds"}, &out, &errb); code != 0 {
		t.Fatalf("bench load exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"run 1: 5 articles", "25%", "50%", "100%", "per-article ratio"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("bench load output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if code := run([]string{"bench", "--runs", "2", "extract", "../../testdata/seeds"}, &out, &errb); code != 0 || !strings.Contains(out.String(), "median:") {
		t.Errorf("bench extract exit %d: %s", code, out.String())
	}
}

// TestIngestEndpoint: POST /api/v1/articles stores as attrib load does,
// only with the token, and says what became of each article.
func TestIngestEndpoint(t *testing.T) {
	ctx := context.Background()
	st := testStore(t, "bolt://"+filepath.Join(t.TempDir(), "i.db"))
	post := func(srv *httptest.Server, token, ctype, body string, status int, v any) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/v1/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != status {
			t.Fatalf("POST: status %d, want %d: %s", resp.StatusCode, status, b)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("POST: %v: %s", err, b)
		}
	}
	rec := func(id, text string) string {
		b, _ := json.Marshal(map[string]any{"id": id, "outlet": "Test Wire", "published": "2024-03-01", "text": text})
		return string(b) + "\n"
	}
	body := rec("w1", `"The bridge opens in May," said Mayor Ida Brandt.`) + "{not json\n" + rec("w2", `"We will build two more," Ida Brandt said on Tuesday.`)
	var e api.ErrorBody
	off := httptest.NewServer(validated(t, api.New(st, api.Options{Ingest: ingestHandler(st, io.Discard)}).Handler()))
	post(off, "s3cret", "application/x-ndjson", body, 403, &e)
	if !strings.Contains(e.Message, "writes are off") {
		t.Errorf("no token configured: %q", e.Message)
	}
	off.Close()
	srv := httptest.NewServer(validated(t, api.New(st, api.Options{Token: "s3cret", Ingest: ingestHandler(st, io.Discard), MaxIngestBytes: 4096}).Handler()))
	defer srv.Close()
	post(srv, "", "application/x-ndjson", body, 401, &e)
	post(srv, "wrong", "application/x-ndjson", body, 401, &e)
	if n, _ := st.CountQuads(ctx); n != 0 {
		t.Fatalf("a refused write stored %d quads", n)
	}
	post(srv, "s3cret", "text/plain", body, 415, &e)
	post(srv, "s3cret", "application/x-ndjson", strings.Repeat(" ", 5000), 413, &e)
	var r api.IngestResponse
	post(srv, "s3cret", "application/x-ndjson", body, 200, &r)
	if r.Stored != 2 || r.Refused != 1 || len(r.Results) != 3 || r.Results[1].Status != "refused" || r.Results[1].Reason == "" {
		t.Fatalf("first ingest: %+v", r)
	}
	post(srv, "s3cret", "application/json", rec("w1", `"The bridge opens in May," said Mayor Ida Brandt.`), 200, &r)
	if r.Unchanged != 1 || r.Stored != 0 {
		t.Fatalf("same article again: %+v", r)
	}
	post(srv, "s3cret", "application/json", rec("w1", `"The bridge opens in June," said Mayor Ida Brandt.`), 200, &r)
	if r.Replaced != 1 {
		t.Fatalf("changed article: %+v", r)
	}
	var found api.ClaimsResponse
	getJSON(t, srv, "/api/v1/claims?q="+url.QueryEscape("build two more"), 200, &found)
	if len(found.Claims) != 1 || found.Claims[0].Speaker == nil || found.Claims[0].Speaker.Name != "Ida Brandt" {
		t.Fatalf("search after ingest: %+v", found)
	}
}

// TestLoadToServerEqualsOffline: articles sent to a running server (text
// files and JSON Lines, in small requests) end in the same graph as the
// same articles loaded offline in one go.
func TestLoadToServerEqualsOffline(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var lines []string
	for i := 0; i < 9; i++ {
		b, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("r%d", i), "outlet": []string{"Harbor Gazette", "Valley Times"}[i%2],
			"published": fmt.Sprintf("2024-05-%02d", 1+i%3),
			"text":      fmt.Sprintf("\"The pier reopens on Friday after the storm damage is repaired,\" said harbor master Lena Ortiz. Report %d.", i)})
		lines = append(lines, string(b))
	}
	jl := filepath.Join(dir, "desk.jsonl")
	os.WriteFile(jl, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	paths := []string{"../../testdata/seeds", jl}

	offline, _ := openLoaded(t, "bolt://"+filepath.Join(dir, "offline.db"), paths...)
	served := testStore(t, "bolt://"+filepath.Join(dir, "served.db"))
	srv := httptest.NewServer(validated(t, api.New(served, api.Options{Token: "t0k", Ingest: ingestHandler(served, io.Discard)}).Handler()))
	defer srv.Close()
	var out, errb strings.Builder
	if code := loadToServer(ctx, srv.URL, "t0k", paths, 3, &out, &errb); code != 0 {
		t.Fatalf("load --server: exit %d: %s %s", code, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "stored 14") {
		t.Errorf("load --server said %q", out.String())
	}
	export := func(st *graph.Store) []string {
		var b strings.Builder
		if _, err := st.Export(ctx, &b, attrib.ExportOptions{Format: "nquads", All: true}); err != nil {
			t.Fatal(err)
		}
		ls := strings.Split(strings.TrimSpace(b.String()), "\n")
		sort.Strings(ls)
		return ls
	}
	a, b := export(offline), export(served)
	if len(a) != len(b) {
		t.Fatalf("offline store has %d quads, served %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("stores differ at quad %d:\n offline %s\n served  %s", i, a[i], b[i])
		}
	}
	// the index too: a digest of the quads and of attrib's own index
	if err := served.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	da, err := offline.Digest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db, err := served.Digest(ctx)
	if err != nil || da != db {
		t.Fatalf("digests differ (%v):\noffline %s\nserved  %s", err, da, db)
	}
	// again: nothing changes, every article unchanged
	out.Reset()
	if code := loadToServer(ctx, srv.URL, "t0k", paths, 5, &out, &errb); code != 0 || !strings.Contains(out.String(), "unchanged 14") {
		t.Fatalf("second send: exit %d: %s", code, out.String())
	}
}
