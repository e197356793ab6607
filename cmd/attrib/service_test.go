package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
	"github.com/attrib/attrib/loader"
)

// send makes a request and reads its answer's body away.
func send(t *testing.T, req *http.Request) *http.Response {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

// TestMetricsAndRequestIDs: /metrics counts requests per route template
// and status with a latency histogram; every answer carries an
// X-Request-Id (the client's own when it sends a plain one) and the log
// lines of a request carry it too.
func TestMetricsAndRequestIDs(t *testing.T) {
	st := testStore(t, "bolt://"+filepath.Join(t.TempDir(), "a.db"))
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv := httptest.NewServer(validated(t, api.New(st, api.Options{Logger: log}).Handler()))
	defer srv.Close()

	get := func(path, id string) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if id != "" {
			req.Header.Set("X-Request-Id", id)
		}
		return send(t, req)
	}
	// an empty store answers healthz
	if r := get("/healthz", ""); r.StatusCode != 200 || !regexp.MustCompile(`^[0-9a-f-]{36}$`).MatchString(r.Header.Get("X-Request-Id")) {
		t.Fatalf("healthz %d, id %q", r.StatusCode, r.Header.Get("X-Request-Id"))
	}
	get("/healthz", "")
	for i := 0; i < 3; i++ {
		get("/api/v1/claims/00000000-0000-0000-0000-000000000000", "")
	}
	if r := get("/api/v1/claims/not-an-id", "trace-42"); r.StatusCode != 400 || r.Header.Get("X-Request-Id") != "trace-42" {
		t.Fatalf("status %d, id %q", r.StatusCode, r.Header.Get("X-Request-Id"))
	}
	if r := get("/healthz", "bad id with spaces"); r.Header.Get("X-Request-Id") == "bad id with spaces" {
		t.Fatal("a request id with spaces was echoed")
	}
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	body := string(b)
	for _, want := range []string{
		`attrib_http_requests_total{method="GET",route="/healthz",status="200"} 3`,
		`attrib_http_requests_total{method="GET",route="/api/v1/claims/:id",status="404"} 3`,
		`attrib_http_requests_total{method="GET",route="/api/v1/claims/:id",status="400"} 1`,
		`attrib_http_request_duration_seconds_bucket{method="GET",route="/api/v1/claims/:id",status="404",le="+Inf"} 3`,
		`attrib_store_quads 0`,
		`attrib_store_size_bytes `,
		`attrib_ingest_requests_in_progress 0`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if !strings.Contains(logs.String(), "request_id=trace-42") {
		t.Errorf("no log line carries the request id:\n%s", logs.String())
	}
}

// TestSafeDefaults: a simple cross-site POST (text/plain) runs nothing; no
// CORS header is sent unless origins are configured, and then only to them.
func TestSafeDefaults(t *testing.T) {
	st := testStore(t, "memory://")
	do := func(srv *httptest.Server, method, path, ctype, origin, body string) *http.Response {
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
			if method == "OPTIONS" {
				req.Header.Set("Access-Control-Request-Method", "POST")
			}
		}
		return send(t, req)
	}
	closed := httptest.NewServer(validated(t, api.New(st, api.Options{Gizmo: true}).Handler()))
	defer closed.Close()
	q := `{"start":{"type":"Person"}}`
	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", ""} {
		if r := do(closed, "POST", "/api/v1/query", ct, "https://elsewhere.example", q); r.StatusCode != 415 {
			t.Errorf("POST /api/v1/query as %q: %d", ct, r.StatusCode)
		}
		if r := do(closed, "POST", "/api/v1/query/gizmo", ct, "", `g.V().All()`); r.StatusCode != 415 {
			t.Errorf("POST gizmo as %q: %d", ct, r.StatusCode)
		}
	}
	if r := do(closed, "POST", "/api/v1/query", "application/json", "", q); r.StatusCode != 200 {
		t.Errorf("JSON path query: %d", r.StatusCode)
	}
	if r := do(closed, "GET", "/healthz", "", "https://elsewhere.example", ""); r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS header sent with no origins configured")
	}
	open := httptest.NewServer(validated(t, api.New(st, api.Options{CORSOrigins: []string{"https://desk.example"}}).Handler()))
	defer open.Close()
	if r := do(open, "OPTIONS", "/api/v1/query", "", "https://desk.example", ""); r.StatusCode != 204 || r.Header.Get("Access-Control-Allow-Origin") != "https://desk.example" {
		t.Errorf("preflight from a configured origin: %d %q", r.StatusCode, r.Header.Get("Access-Control-Allow-Origin"))
	}
	if r := do(open, "GET", "/healthz", "", "https://elsewhere.example", ""); r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS header sent to an origin not configured")
	}
}

// TestTimeoutIsNever200: with a deadline already spent, the person page,
// a claim, its trace and the search answer 504, never 200 with less than
// the store holds or 404 for what exists.
func TestTimeoutIsNever200(t *testing.T) {
	st, _ := openLoaded(t, "bolt://"+filepath.Join(t.TempDir(), "a.db"), "../../testdata/seeds")
	srv := httptest.NewServer(validated(t, api.New(st, api.Options{QueryTimeout: time.Nanosecond}).Handler()))
	defer srv.Close()
	for _, p := range []string{
		"/api/v1/people/ff883f6d-042f-5d3f-aebd-7756fc126be8",
		"/api/v1/claims/9aacd170-42f5-5375-8740-55b0e0aff119",
		"/api/v1/claims/9aacd170-42f5-5375-8740-55b0e0aff119/trace",
		"/api/v1/claims?q=harbour+berths+closed",
	} {
		var e api.ErrorBody
		getJSON(t, srv, p, 504, &e)
		if e.Code != "timeout" || !strings.Contains(e.Message, "longer than") {
			t.Errorf("%s: %+v", p, e)
		}
	}
}

// TestReportedSpeechRoutes: speech reported without quotation marks is
// served by article, by person and by outlet, with its source and the
// sentence around it; unknown IDs are 404.
func TestReportedSpeechRoutes(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.jsonl")
	rec := map[string]any{"id": "desk-7", "outlet": "Harbour Courier", "url": "https://courier.example/desk-7", "published": "2024-03-02",
		"text": "Port talks stall\n\nThe port will close two berths in May, according to the Ledger Gazette.\n\nMayor Ann Vole said that the city would appeal the decision.\n\n\"We will fight this,\" Vole said."}
	b, _ := json.Marshal(rec)
	os.WriteFile(f, append(b, '\n'), 0o644)
	var id string
	if err := loader.ReadFile(f, func(d *loader.Doc, err error) error {
		if err != nil {
			return err
		}
		a, err := loader.Extract(d)
		if err == nil {
			id = a.ID
		}
		return err
	}); err != nil || id == "" {
		t.Fatal(err)
	}
	for name, u := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st, _ := openLoaded(t, u, f)
			srv := httptest.NewServer(validated(t, api.New(st, api.Options{}).Handler()))
			defer srv.Close()
			var in attrib.ReportedPage
			getJSON(t, srv, "/api/v1/articles/"+id+"/reported", 200, &in)
			if in.Total < 2 || len(in.Items) != in.Total {
				t.Fatalf("article's reported speech: %+v", in)
			}
			var person, outlet string
			for _, r := range in.Items {
				if r.Source == nil || r.Context == "" || r.URL != "https://courier.example/desk-7" || !strings.Contains(r.Context, r.Text[:10]) {
					t.Errorf("item %+v", r)
					continue
				}
				switch r.Source.Kind {
				case attrib.KindPerson:
					person = r.Source.ID
				case attrib.KindOutlet:
					outlet = r.Source.ID
				}
			}
			if person == "" || outlet == "" {
				t.Fatalf("sources: person %q outlet %q in %+v", person, outlet, in.Items)
			}
			var byPerson, byOutlet attrib.ReportedPage
			getJSON(t, srv, "/api/v1/people/"+person+"/reported", 200, &byPerson)
			getJSON(t, srv, "/api/v1/outlets/"+outlet+"/reported", 200, &byOutlet)
			if byPerson.Total != 1 || byOutlet.Total != 1 || !strings.Contains(byPerson.Items[0].Text, "appeal") {
				t.Errorf("by person %+v, by outlet %+v", byPerson, byOutlet)
			}
			// search: reported speech only, with the source as a filter
			var found, filtered, other attrib.ReportedPage
			getJSON(t, srv, "/api/v1/reported?q=city+would+appeal+the+decision", 200, &found)
			getJSON(t, srv, "/api/v1/reported?q=city+would+appeal+the+decision&speaker="+person, 200, &filtered)
			getJSON(t, srv, "/api/v1/reported?q=city+would+appeal+the+decision&speaker="+outlet, 200, &other)
			if len(found.Items) != 1 || !strings.Contains(found.Items[0].Text, "appeal") || len(filtered.Items) != 1 || len(other.Items) != 0 {
				t.Errorf("search: %+v; by the person %+v; by the outlet %+v", found, filtered, other)
			}
			var claims api.ClaimsResponse
			getJSON(t, srv, "/api/v1/claims?q=city+would+appeal+the+decision", 200, &claims)
			if len(claims.Claims) != 0 {
				t.Errorf("claim search found reported speech: %+v", claims.Claims)
			}
			var e api.ErrorBody
			getJSON(t, srv, "/api/v1/articles/00000000-0000-0000-0000-000000000000/reported", 404, &e)
			getJSON(t, srv, "/api/v1/people/00000000-0000-0000-0000-000000000000/reported", 404, &e)
			getJSON(t, srv, "/api/v1/reported?q=", 400, &e)
		})
	}
}
