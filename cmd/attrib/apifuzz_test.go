package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/attrib/attrib/api"
	"github.com/attrib/attrib/loader"
)

// FuzzAPI sends the real router random methods, paths, query strings,
// bodies and content types over the seeds: every answer is a valid
// response or a JSON error (the OpenAPI validator checks both), never a
// 500 or a panic, and it comes within the query timeout.
//
//	go test ./cmd/attrib -run XXX -fuzz FuzzAPI -fuzztime 60s
func FuzzAPI(f *testing.F) {
	for _, s := range []struct{ method, path, query, ctype, body string }{
		{"GET", "/api/v1/claims", "q=the+council+will+vote&limit=2", "", ""},
		{"GET", "/api/v1/claims", "min_outlets=2&cursor=%ff%fe", "", ""},
		{"GET", "/api/v1/claims/9aacd170-42f5-5375-8740-55b0e0aff119/trace", "limit=501", "", ""},
		{"GET", "/api/v1/people/ff883f6d-042f-5d3f-aebd-7756fc126be8", "limit=-1&cursor=" + strings.Repeat("A", 300), "", ""},
		{"GET", "/api/v1/subgraph", "root=claim/9aacd170-42f5-5375-8740-55b0e0aff119&depth=9&format=dot", "", ""},
		{"POST", "/api/v1/query", "", "application/json", `{"start":{"type":"Person"},"steps":[{"op":"both"},{"op":"follow","predicate":"said","max":3}]}`},
		{"POST", "/api/v1/query", "", "application/json", "{\"start\":{\"ids\":[\"\xff\"]}}"},
		{"POST", "/api/v1/articles", "", "application/x-ndjson", `{"id":"x","text":"\"Hi,\" she said."}`},
		{"GET", "/api/v1/outlets/00000000-0000-0000-0000-000000000000/cited_by", "", "", ""},
		{"DELETE", "/api/v1/claims", "", "", ""},
		{"GET", "/claims/../../etc/passwd", "", "", ""},
	} {
		f.Add(s.method, s.path, s.query, s.ctype, []byte(s.body))
	}
	st := testStore(f, "memory://")
	if _, err := ingest(context.Background(), st, loader.NewStoredMatcher(st), []string{"../../testdata/seeds"}, ingestOptions{}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, method, path, query, ctype string, body []byte) {
		if !strings.HasPrefix(path, "/") || len(method) == 0 || len(method) > 10 || strings.ContainsAny(method, " \t\r\n/()<>@,;:\\\"[]?={}") {
			return // not a request a client can send
		}
		for _, r := range method {
			if r < 'A' || r > 'Z' {
				return
			}
		}
		h := validated(t, api.New(st, api.Options{QueryTimeout: 2 * time.Second, Gizmo: true, Token: "t"}).Handler())
		req := &http.Request{Method: method, URL: &url.URL{Path: path, RawQuery: query}, Header: http.Header{}, Body: http.NoBody}
		req = req.WithContext(t.Context())
		if len(body) > 0 {
			req.Body, req.ContentLength = httpBody(body), int64(len(body))
		}
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		req.Header.Set("Authorization", "Bearer wrong")
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		if el := time.Since(start); el > 10*time.Second {
			t.Errorf("%s %s?%s took %s", method, path, query, el)
		}
		if rec.Code >= 500 && rec.Code != http.StatusGatewayTimeout {
			t.Fatalf("%s %s?%s: %d %s", method, path, query, rec.Code, rec.Body.String())
		}
		if rec.Code >= 400 {
			var e api.ErrorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Code == "" || e.Message == "" {
				t.Fatalf("%s %s?%s: %d with a body that is not a JSON error: %.200s", method, path, query, rec.Code, rec.Body.String())
			}
		}
	})
}

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }

func httpBody(b []byte) readCloser { return readCloser{bytes.NewReader(b)} }
