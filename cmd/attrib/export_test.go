package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
	"github.com/attrib/attrib/graph"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata (export, seeds-explain.jsonl)")

// seedClaim is the claim one seed article got "in a statement to the NYT";
// IDs are deterministic, so it is the same on every load.
const seedClaim = "claim/9aacd170-42f5-5375-8740-55b0e0aff119"

func export(t *testing.T, st *graph.Store, o attrib.ExportOptions) ([]byte, attrib.ExportInfo) {
	t.Helper()
	var b bytes.Buffer
	info, err := st.Export(context.Background(), &b, o)
	if err != nil {
		t.Fatalf("export %+v: %v", o, err)
	}
	return b.Bytes(), info
}

// TestExportGolden pins every format's output for one subgraph of the seeds.
func TestExportGolden(t *testing.T) {
	st, _ := openLoaded(t, "bolt://"+filepath.Join(t.TempDir(), "g.db"), "../../testdata/seeds")
	ext := map[string]string{"nquads": "nq", "jsonld": "jsonld", "graphml": "graphml", "dot": "dot", "cytoscape": "cyjs"}
	for format, e := range ext {
		t.Run(format, func(t *testing.T) {
			got, info := export(t, st, attrib.ExportOptions{Format: format, Root: seedClaim, Depth: 2})
			if info.Partial || info.Nodes != 8 {
				t.Errorf("info %+v, want 8 nodes, whole", info)
			}
			path := filepath.Join("..", "..", "testdata", "export", "seeds-claim-depth2."+e+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/attrib -run ExportGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s export differs from %s (%d bytes, want %d)", format, path, len(got), len(want))
			}
		})
	}
}

func sortedLines(b []byte) []string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	sort.Strings(lines)
	return lines
}

// TestRoundTrip: N-Quads export of the whole graph -> import into a fresh
// bolt file -> export again gives the same lines.
func TestRoundTrip(t *testing.T) {
	st, _ := openLoaded(t, "bolt://"+filepath.Join(t.TempDir(), "a.db"), "../../testdata/seeds")
	first, info := export(t, st, attrib.ExportOptions{Format: "nquads", All: true, MaxNodes: attrib.MaxExportNodes})
	if info.Quads < 400 || info.Partial {
		t.Fatalf("export: %+v", info)
	}
	file := filepath.Join(t.TempDir(), "all.nq")
	if err := os.WriteFile(file, first, 0o644); err != nil {
		t.Fatal(err)
	}
	for name, freshURL := range stores(t) {
		t.Run(name, func(t *testing.T) {
			roundTrip(t, st, file, freshURL, first)
		})
	}
	var out, errb strings.Builder
	if err := os.WriteFile(file, []byte("<a> <b> .\nnot n-quads\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if code := run([]string{"import", "--store", "bolt://" + filepath.Join(t.TempDir(), "x.db"), file}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "all.nq") {
		t.Errorf("bad n-quads: exit %d: %s", code, errb.String())
	}
}

// quadSet parses N-Quads into one canonical line per quad.
func quadSet(t *testing.T, b []byte) map[string]bool {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	out := map[string]bool{}
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("n-quads: %v", err)
		}
		out[q.NQuad()] = true
	}
	return out
}

// TestJSONLDTriples: a JSON-LD processor (json-gold) reads the JSON-LD
// export to the same quads as the N-Quads export.
func TestJSONLDTriples(t *testing.T) {
	st, _ := openLoaded(t, "memory://", "../../testdata/seeds")
	for _, o := range []attrib.ExportOptions{
		{All: true, MaxNodes: attrib.MaxExportNodes},
		{Root: seedClaim, Depth: 2},
	} {
		o.Format = "nquads"
		nq, _ := export(t, st, o)
		o.Format = "jsonld"
		js, _ := export(t, st, o)
		var doc any
		if err := json.Unmarshal(js, &doc); err != nil {
			t.Fatalf("json-ld is not JSON: %v", err)
		}
		proc := ld.NewJsonLdProcessor()
		opts := ld.NewJsonLdOptions("")
		opts.Format = "application/n-quads"
		rdf, err := proc.ToRDF(doc, opts)
		if err != nil {
			t.Fatalf("json-gold: %v", err)
		}
		want, got := quadSet(t, nq), quadSet(t, []byte(rdf.(string)))
		for q := range want {
			if !got[q] {
				t.Errorf("json-ld lacks %s", q)
			}
		}
		for q := range got {
			if !want[q] {
				t.Errorf("json-ld adds %s", q)
			}
		}
		if len(want) < 50 {
			t.Errorf("only %d quads compared", len(want))
		}
	}
}

// TestGraphMLDeclaresKeys: well-formed XML, and every data key is declared
// for what it annotates.
func TestGraphMLDeclaresKeys(t *testing.T) {
	st, _ := openLoaded(t, "memory://", "../../testdata/seeds")
	b, _ := export(t, st, attrib.ExportOptions{Format: "graphml", All: true, MaxNodes: attrib.MaxExportNodes})
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key string `xml:"key,attr"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key string `xml:"key,attr"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("graphml is not well-formed XML: %v", err)
	}
	declared := map[string]string{}
	for _, k := range doc.Keys {
		if k.Name == "" || k.Type == "" {
			t.Errorf("key %q lacks attr.name or attr.type", k.ID)
		}
		declared[k.ID] = k.For
	}
	nodes := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = true
		for _, d := range n.Data {
			if declared[d.Key] != "node" {
				t.Errorf("node %s uses undeclared key %q", n.ID, d.Key)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s -> %s leaves the graph", e.Source, e.Target)
		}
		for _, d := range e.Data {
			if declared[d.Key] != "edge" {
				t.Errorf("edge uses undeclared key %q", d.Key)
			}
		}
	}
	if len(doc.Graph.Nodes) < 50 || len(doc.Graph.Edges) < 50 {
		t.Errorf("%d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
}

// TestDOTRenders runs Graphviz on the DOT export: no warnings. CI installs
// Graphviz and sets ATTRIB_REQUIRE_DOT=1, so there it cannot be skipped.
func TestDOTRenders(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("ATTRIB_REQUIRE_DOT") == "1" {
			t.Fatal("Graphviz dot is not installed and ATTRIB_REQUIRE_DOT=1")
		}
		t.Skip("Graphviz dot is not installed (apt-get install graphviz); .ci/run installs it")
	}
	st, _ := openLoaded(t, "memory://", "../../testdata/seeds")
	for _, o := range []attrib.ExportOptions{{All: true, MaxNodes: attrib.MaxExportNodes}, {Root: seedClaim, Depth: 3}} {
		o.Format = "dot"
		b, _ := export(t, st, o)
		cmd := exec.Command(dot, "-Tsvg")
		cmd.Stdin = bytes.NewReader(b)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Fatalf("dot -Tsvg: %v: %s", err, stderr.String())
		}
		if !bytes.Contains(stdout.Bytes(), []byte("<svg")) || !bytes.Contains(stdout.Bytes(), []byte(widestSeedClaim(t).Speaker)) {
			t.Error("the SVG lacks the graph's labels")
		}
	}
}

// TestExportCaps: over the caps is an error; cut at the node cap is marked
// in every format.
func TestExportCaps(t *testing.T) {
	st, _ := openLoaded(t, "memory://", "../../testdata/seeds")
	ctx := context.Background()
	for _, o := range []attrib.ExportOptions{
		{Format: "nquads", Root: seedClaim, Depth: attrib.MaxExportDepth + 1},
		{Format: "nquads", Root: seedClaim, Depth: 1, MaxNodes: attrib.MaxExportNodes + 1},
		{Format: "svg", Root: seedClaim, Depth: 1},
		{Format: "nquads", Root: "claim/00000000-0000-0000-0000-000000000000", Depth: 1},
		{Format: "nquads"},
	} {
		if _, err := st.Export(ctx, io.Discard, o); err == nil {
			t.Errorf("export %+v: no error", o)
		}
	}
	marks := map[string]string{"nquads": "# partial", "jsonld": "partial", "graphml": `key="partial"`, "dot": "partial", "cytoscape": `"partial": true`}
	for format, mark := range marks {
		b, info := export(t, st, attrib.ExportOptions{Format: format, Root: seedClaim, Depth: 3, MaxNodes: 3})
		if !info.Partial || info.Nodes > 3 {
			t.Errorf("%s: info %+v, want partial with at most 3 nodes", format, info)
		}
		if !bytes.Contains(b, []byte(mark)) {
			t.Errorf("%s: a partial export does not say so (%q)", format, mark)
		}
	}
}

// TestPathQueryAndGizmo: the outlets that carried a person's quotes, by a
// path query and by the same question in Gizmo; and the API's caps.
func TestPathQueryAndGizmo(t *testing.T) {
	st, _ := openLoaded(t, "bolt://"+filepath.Join(t.TempDir(), "g.db"), "../../testdata/seeds")
	ctx := context.Background()
	speaker := widestSeedClaim(t).Speaker
	q := attrib.PathQuery{Start: attrib.PathStart{Type: "Person", Name: speaker},
		Steps: []attrib.PathStep{{Op: "out", Predicate: "said"}, {Op: "out", Predicate: "reported_by"}, {Op: "unique"}}, Edges: true}
	res, err := st.Path(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var fromPath []string
	for _, n := range res.Nodes {
		if n.Kind != "outlet" {
			t.Errorf("node %+v is not an outlet", n)
		}
		fromPath = append(fromPath, n.ID)
	}
	if len(fromPath) < 2 {
		t.Fatalf("path query reached %v", fromPath)
	}
	var saidEdges int
	for _, e := range res.Edges {
		if e.Predicate == "said" && strings.HasPrefix(e.From, "person/") && strings.HasPrefix(e.To, "quote/") {
			saidEdges++
		}
	}
	if saidEdges == 0 {
		t.Errorf("edges walked lack said: %+v", res.Edges)
	}
	gz, partial, err := st.Gizmo(ctx, `g.V().Has("<https://attrib.dev/ns#name>", `+strconv.Quote(speaker)+`).Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://attrib.dev/ns#Person>").Out("<https://attrib.dev/ns#said>").Out("<https://attrib.dev/ns#reported_by>").Unique().All()`, 100)
	if err != nil || partial {
		t.Fatalf("gizmo: %v %v", err, partial)
	}
	var fromGizmo []string
	for _, r := range gz {
		var m map[string]any
		json.Unmarshal(r.(json.RawMessage), &m)
		id, _ := m["id"].(string)
		iri := strings.Trim(id, "<>")
		fromGizmo = append(fromGizmo, strings.TrimPrefix(iri, "https://attrib.dev/id/"))
	}
	sort.Strings(fromPath)
	sort.Strings(fromGizmo)
	if strings.Join(fromPath, " ") != strings.Join(fromGizmo, " ") {
		t.Errorf("path query %v, gizmo %v", fromPath, fromGizmo)
	}

	// the API: the same path over HTTP, caps, and Gizmo only when enabled
	srv := httptest.NewServer(validated(t, api.New(st, api.Options{Gizmo: true, QueryTimeout: time.Second, GizmoLimit: 5}).Handler()))
	defer srv.Close()
	body, _ := json.Marshal(q)
	var got attrib.PathResult
	post(t, srv.URL+"/api/v1/query", string(body), 200, &got)
	if len(got.Nodes) != len(res.Nodes) {
		t.Errorf("POST /query: %d nodes, want %d", len(got.Nodes), len(res.Nodes))
	}
	for _, bad := range []string{
		`{"start":{"type":"Person"},"steps":[{"op":"out","predicate":"nosuch"}]}`,
		`{"start":{"type":"Person"},"steps":[{"op":"fly"}]}`,
		`{"start":{"type":"Person"},"steps":[{"op":"follow","predicate":"said","max":99}]}`,
		`{"start":{"type":"Person"},"limit":100000}`,
		`{"start":{}}`,
		`{"start":{"type":"Person"},"bogus":1}`,
		`not json`,
	} {
		post(t, srv.URL+"/api/v1/query", bad, 400, nil)
	}
	post(t, srv.URL+"/api/v1/query", `{"start":{"ids":["person/00000000-0000-0000-0000-000000000000"]}}`, 404, nil)
	var many attrib.PathResult
	post(t, srv.URL+"/api/v1/query", `{"start":{"type":"Quote"},"limit":3}`, 200, &many)
	if !many.Partial || len(many.Nodes) != 3 {
		t.Errorf("limit 3 over more quotes: %d nodes, partial %v", len(many.Nodes), many.Partial)
	}
	var gzr api.GizmoResponse
	post(t, srv.URL+"/api/v1/query/gizmo", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://attrib.dev/ns#Quote>").All()`, 200, &gzr)
	if !gzr.Partial || len(gzr.Result) != 5 {
		t.Errorf("gizmo over the cap: %d results, partial %v", len(gzr.Result), gzr.Partial)
	}
	start := time.Now()
	post(t, srv.URL+"/api/v1/query/gizmo", `while (true) {}`, 504, nil)
	if time.Since(start) > 5*time.Second {
		t.Errorf("an endless script ran %s", time.Since(start))
	}
	post(t, srv.URL+"/api/v1/query/gizmo", `g.V(`, 400, nil)

	// work and memory budgets: a clear error, and the server keeps answering
	both := `{"start":{"type":"Person"},"steps":[` + strings.Repeat(`{"op":"both"},`, 19) + `{"op":"both"}]}`
	for _, c := range []struct{ path, body string }{
		{"/api/v1/query", both},
		{"/api/v1/query/gizmo", `var s = "x"; while (true) { s = s + s; }`},
		{"/api/v1/query/gizmo", `var n = 0; g.V().ForEach(function (a) { g.V().ForEach(function (b) { g.V().ForEach(function (c) { n++ }) }) }); n`},
	} {
		start := time.Now()
		resp, err := http.Post(srv.URL+c.path, "application/json", strings.NewReader(c.body))
		if err != nil {
			t.Fatal(err)
		}
		var e api.ErrorBody
		json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if (resp.StatusCode != 413 && resp.StatusCode != 504) || e.Message == "" || time.Since(start) > 5*time.Second {
			t.Errorf("%s %.40s: %d %+v after %s", c.path, c.body, resp.StatusCode, e, time.Since(start))
		}
		var h api.HealthResponse
		getJSON(t, srv, "/healthz", 200, &h)
	}
	off := httptest.NewServer(validated(t, api.New(st, api.Options{}).Handler()))
	defer off.Close()
	post(t, off.URL+"/api/v1/query/gizmo", `g.V().All()`, 404, nil)

	// the subgraph endpoint: streams a format, marks a partial result, refuses the over-cap
	resp, err := http.Get(srv.URL + "/api/v1/subgraph?root=" + seedClaim + "&depth=3&format=dot&max_nodes=4")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("X-Attrib-Partial") == "" || !bytes.HasPrefix(b, []byte("digraph")) {
		t.Errorf("subgraph: %d %q %.40s", resp.StatusCode, resp.Header.Get("X-Attrib-Partial"), b)
	}
	for _, bad := range []string{"root=" + seedClaim + "&depth=99", "root=" + seedClaim + "&format=svg", "root=" + seedClaim + "&max_nodes=0", "root=&depth=1", "depth=1"} {
		r, err := http.Get(srv.URL + "/api/v1/subgraph?" + bad)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != 400 {
			t.Errorf("subgraph %s: status %d, want 400", bad, r.StatusCode)
		}
	}
}

func post(t *testing.T, url, body string, status int, v any) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Fatalf("POST %s %.60q: status %d, want %d: %s", url, body, resp.StatusCode, status, b)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("POST %s: %v", url, err)
		}
	}
}

// TestExportAndPathCLI runs attrib export and attrib query path as a user would.
func TestExportAndPathCLI(t *testing.T) {
	dir := t.TempDir()
	storeURL := "bolt://" + filepath.Join(dir, "cli.db")
	var out, errb strings.Builder
	if code := run([]string{"load", "--store", storeURL, "../../testdata/seeds"}, &out, &errb); code != 0 {
		t.Fatalf("load: %s", errb.String())
	}
	file := filepath.Join(dir, "sub.graphml")
	errb.Reset()
	if code := run([]string{"export", "--store", storeURL, "--root", seedClaim, "--depth", "1", "--format", "graphml", "-o", file}, &out, &errb); code != 0 {
		t.Fatalf("export exit %d: %s", code, errb.String())
	}
	b, err := os.ReadFile(file)
	if err != nil || !bytes.Contains(b, []byte("<graphml")) || !strings.Contains(errb.String(), "nodes") {
		t.Fatalf("export wrote %d bytes (%v); stderr %s", len(b), err, errb.String())
	}
	errb.Reset()
	if code := run([]string{"export", "--store", storeURL, "--root", seedClaim, "--depth", "3", "--max-nodes", "2"}, &out, &errb); code != 0 || !strings.Contains(errb.String(), "partial") {
		t.Errorf("capped export: exit %d, stderr %s", code, errb.String())
	}
	for _, bad := range [][]string{{"--all", "--root", seedClaim}, {}, {"--root", seedClaim, "--format", "svg"}, {"--root", seedClaim, "--depth", "99"}} {
		if code := run(append([]string{"export", "--store", storeURL}, bad...), &out, &errb); code != 2 {
			t.Errorf("export %v: exit %d, want 2", bad, code)
		}
	}
	qfile := filepath.Join(dir, "q.json")
	os.WriteFile(qfile, []byte(`{"start":{"type":"Person","name":`+strconv.Quote(widestSeedClaim(t).Speaker)+`},"steps":[{"op":"out","predicate":"said"},{"op":"out","predicate":"reported_by"},{"op":"unique"}]}`), 0o644)
	out.Reset()
	if code := run([]string{"query", "--store", storeURL, "path", qfile}, &out, &errb); code != 0 {
		t.Fatalf("query path exit %d: %s", code, errb.String())
	}
	var res attrib.PathResult
	if err := json.Unmarshal([]byte(out.String()), &res); err != nil || len(res.Nodes) < 2 {
		t.Fatalf("query path: %v %s", err, out.String())
	}
	os.WriteFile(qfile, []byte(`{"start":{"type":"Person"},"steps":[{"op":"out","predicate":"nosuch"}]}`), 0o644)
	errb.Reset()
	if code := run([]string{"query", "--store", storeURL, "path", qfile}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "nosuch") {
		t.Errorf("bad path query: exit %d, %s", code, errb.String())
	}
}

// roundTrip imports file into the store at freshURL and checks that it
// exports to the same lines as first and answers a trace as st does.
func roundTrip(t *testing.T, st *graph.Store, file, freshURL string, first []byte) {
	var out, errb strings.Builder
	if code := run([]string{"import", "--store", freshURL, file}, &out, &errb); code != 0 {
		t.Fatalf("import exit %d: %s", code, errb.String())
	}
	// importing again stores nothing more
	out.Reset()
	if code := run([]string{"import", "--store", freshURL, file}, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "imported 0 quads") {
		t.Fatalf("second import: exit %d: %s %s", code, out.String(), errb.String())
	}
	fresh, err := graph.Open(context.Background(), freshURL)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	second, _ := export(t, fresh, attrib.ExportOptions{Format: "nquads", All: true, MaxNodes: attrib.MaxExportNodes})
	a, b := sortedLines(first), sortedLines(second)
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatalf("round trip changed the graph: %d lines, then %d", len(a), len(b))
	}
	// the imported store answers queries as the loaded one does
	c1, err := st.Trace(context.Background(), strings.TrimPrefix(seedClaim, "claim/"), attrib.Page{})
	if err != nil {
		t.Fatal(err)
	}
	c2, err := fresh.Trace(context.Background(), strings.TrimPrefix(seedClaim, "claim/"), attrib.Page{})
	if err != nil || c2.Origin.Outlet == nil || c2.Origin.Outlet.Name != c1.Origin.Outlet.Name || len(c2.Reports) != len(c1.Reports) {
		t.Fatalf("trace after import: %+v %v", c2, err)
	}
}
