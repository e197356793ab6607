package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"testing"

	"github.com/attrib/attrib/schemas"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

var (
	specOnce   sync.Once
	specRouter routers.Router
	specErr    error
)

// validated wraps an API handler so that every answer it gives in a test
// is checked against schemas/openapi.json: a route the description lacks,
// a status or media type it does not list, or a body that does not match
// its schema fails the test.
func validated(t *testing.T, h http.Handler) http.Handler {
	specOnce.Do(func() {
		for _, m := range []string{"text/html", "application/n-quads", "text/vnd.graphviz", "application/graphml+xml", "application/javascript", "text/javascript", "application/x-ndjson"} {
			openapi3filter.RegisterBodyDecoder(m, openapi3filter.PlainBodyDecoder)
		}
		doc, err := openapi3.NewLoader().LoadFromData(schemas.OpenAPI)
		if err != nil {
			specErr = err
			return
		}
		specRouter, specErr = legacy.NewRouter(doc)
	})
	if specErr != nil {
		t.Fatal(specErr)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: 200}
		h.ServeHTTP(rec, r)
		if r.Method == http.MethodOptions {
			return // a CORS preflight
		}
		route, params, err := specRouter.FindRoute(r)
		if err != nil && rec.status == http.StatusNotFound {
			return // no such route: the router's own 404
		}
		if err != nil {
			t.Errorf("%s %s: not in the OpenAPI description: %v", r.Method, r.URL.Path, err)
			return
		}
		in := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: &openapi3filter.RequestValidationInput{Request: r, PathParams: params, Route: route},
			Status:                 rec.status,
			Header:                 rec.Header(),
			Body:                   io.NopCloser(bytes.NewReader(rec.body.Bytes())),
			Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
		}
		if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
			t.Errorf("%s %s -> %d: answer does not match the OpenAPI description: %v\n%.300s", r.Method, r.URL, rec.status, err, rec.body.String())
		}
	})
}

type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (r *recorder) WriteHeader(s int) {
	r.status = s
	r.ResponseWriter.WriteHeader(s)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.body.Len() < 16<<20 {
		r.body.Write(b)
	}
	return r.ResponseWriter.Write(b)
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
