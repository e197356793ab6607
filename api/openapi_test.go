package api

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/schemas"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3gen"
)

var update = flag.Bool("update", false, "rewrite schemas/openapi.json from the API's types and routes")

// A param of a route: in path or query.
type param struct {
	name, in, typ, desc string
	enum                []any
}

// An operation of the API, as the description shows it.
type op struct {
	method, path, summary string
	params                []param
	body                  any            // Go value whose schema is the JSON request body
	bodyMedia             []string       // request media types (default application/json)
	resp                  any            // Go value whose schema is the 200 JSON answer
	media                 map[string]any // other 200 media types: media -> schema (nil: a string)
	auth                  bool
}

var (
	pageP   = []param{{"limit", "query", "integer", "page size, 1 to 500 (default 50)", nil}, {"cursor", "query", "string", "the next cursor of the previous page", nil}}
	idP     = param{"id", "path", "string", "a UUID", nil}
	formats = []any{"nquads", "jsonld", "graphml", "dot", "cytoscape"}
)

func withPage(ps ...param) []param { return append(ps, pageP...) }

// operations is every route of routes.go.
var operations = []op{
	{method: "GET", path: "/healthz", summary: "Liveness and the number of quads stored", resp: HealthResponse{}},
	{method: "GET", path: "/metrics", summary: "Prometheus metrics", media: map[string]any{"text/plain": nil}},
	{method: "GET", path: "/", summary: "The web page: search", media: map[string]any{"text/html": nil}},
	{method: "GET", path: "/claims/{id}", summary: "The web page of a claim (its shareable URL)", params: []param{idP}, media: map[string]any{"text/html": nil}},
	{method: "GET", path: "/people/{id}", summary: "The web page of a person", params: []param{idP}, media: map[string]any{"text/html": nil}},
	{method: "GET", path: "/outlets/{id}", summary: "The web page of an outlet", params: []param{idP}, media: map[string]any{"text/html": nil}},
	{method: "GET", path: "/api/v1/openapi.json", summary: "This description", media: map[string]any{"application/json": map[string]any{"type": "object"}}},
	{method: "GET", path: "/api/v1/claims", summary: "Search claims by the words of a quote (q), or claims carried by at least min_outlets outlets", resp: ClaimsResponse{},
		params: withPage(param{"q", "query", "string", "words of a quote", nil}, param{"min_outlets", "query", "integer", "claims carried by at least this many outlets", nil},
			param{"speaker", "query", "string", "a person ID", nil}, param{"outlet", "query", "string", "an outlet ID", nil},
			param{"from", "query", "string", "earliest date, YYYY-MM-DD", nil}, param{"to", "query", "string", "latest date, YYYY-MM-DD", nil})},
	{method: "GET", path: "/api/v1/claims/{id}", summary: "A claim with a page of its quotes", params: withPage(idP), resp: attrib.Claim{}},
	{method: "GET", path: "/api/v1/claims/{id}/reporters", summary: "The outlets that reported a claim", params: withPage(idP), resp: ReportersResponse{}},
	{method: "GET", path: "/api/v1/claims/{id}/trace", summary: "A claim traced to its earliest report", params: withPage(idP), resp: attrib.Trace{}},
	{method: "GET", path: "/api/v1/quotes/{id}/trace", summary: "The claim of a quote, traced", params: withPage(idP), resp: QuoteTraceResponse{}},
	{method: "GET", path: "/api/v1/people/{id}", summary: "A person with a page of their quotes", params: withPage(idP), resp: attrib.PersonView{}},
	{method: "GET", path: "/api/v1/outlets/{id}", summary: "An outlet with the first page of its articles and citers", params: withPage(idP), resp: attrib.OutletView{}},
	{method: "GET", path: "/api/v1/outlets/{id}/published", summary: "A page of an outlet's articles", params: withPage(idP), resp: attrib.RefPage{}},
	{method: "GET", path: "/api/v1/outlets/{id}/cited_by", summary: "A page of the articles that cite an outlet", params: withPage(idP), resp: attrib.RefPage{}},
	{method: "GET", path: "/api/v1/reported", summary: "Search speech reported without quotation marks", resp: attrib.ReportedPage{},
		params: withPage(param{"q", "query", "string", "words of the reported speech", nil}, param{"speaker", "query", "string", "the source's ID", nil},
			param{"outlet", "query", "string", "the publisher's ID", nil}, param{"from", "query", "string", "earliest date, YYYY-MM-DD", nil}, param{"to", "query", "string", "latest date, YYYY-MM-DD", nil})},
	{method: "GET", path: "/api/v1/people/{id}/reported", summary: "Speech articles report from a person without quotation marks, oldest first", params: withPage(idP), resp: attrib.ReportedPage{}},
	{method: "GET", path: "/api/v1/outlets/{id}/reported", summary: "Speech articles report from an outlet without quotation marks (\"according to X\"), oldest first", params: withPage(idP), resp: attrib.ReportedPage{}},
	{method: "GET", path: "/api/v1/articles/{id}/reported", summary: "Speech an article reports without quotation marks, in text order", params: withPage(idP), resp: attrib.ReportedPage{}},
	{method: "POST", path: "/api/v1/articles", summary: "Store articles (a JSON article or array, or JSON Lines); needs the bearer token", auth: true,
		body: map[string]any{}, bodyMedia: []string{"application/json", "application/x-ndjson"}, resp: IngestResponse{}},
	{method: "POST", path: "/api/v1/query", summary: "A path query over the graph", body: attrib.PathQuery{}, resp: attrib.PathResult{}},
	{method: "POST", path: "/api/v1/query/gizmo", summary: "A Gizmo script (when the server runs with --gizmo)",
		params: []param{{"limit", "query", "integer", "cap on results", nil}}, bodyMedia: []string{"application/javascript", "text/javascript", "application/json"}, resp: GizmoResponse{}},
	{method: "GET", path: "/api/v1/subgraph", summary: "The subgraph around a node, in an export format",
		params: []param{{"root", "query", "string", "a node ID (kind/UUID or UUID)", nil}, {"depth", "query", "integer", "hops from the root", nil},
			{"format", "query", "string", "export format", formats}, {"max_nodes", "query", "integer", "node cap; a cut result is marked partial", nil}},
		media: map[string]any{"application/n-quads": nil, "application/ld+json": map[string]any{"type": "object"}, "application/graphml+xml": nil,
			"text/vnd.graphviz": nil, "application/json": map[string]any{"type": "object"}}},
}

// buildOpenAPI builds the description from operations and the Go types.
func buildOpenAPI() ([]byte, error) {
	comps := openapi3.Schemas{}
	gen := openapi3gen.NewGenerator(openapi3gen.CreateComponentSchemas(openapi3gen.ExportComponentSchemasOptions{ExportComponentSchemas: true, ExportTopLevelSchema: true}))
	schemaOf := func(v any) (any, error) {
		ref, err := gen.NewSchemaRefForValue(v, comps)
		if err != nil {
			return nil, err
		}
		return ref, nil
	}
	errRef, err := schemaOf(ErrorBody{})
	if err != nil {
		return nil, err
	}
	paths := map[string]map[string]any{}
	for _, o := range operations {
		var params []any
		for _, p := range o.params {
			s := map[string]any{"type": p.typ}
			if p.enum != nil {
				s["enum"] = p.enum
			}
			params = append(params, map[string]any{"name": p.name, "in": p.in, "required": p.in == "path", "description": p.desc, "schema": s})
		}
		content := map[string]any{}
		if o.resp != nil {
			s, err := schemaOf(o.resp)
			if err != nil {
				return nil, err
			}
			content["application/json"] = map[string]any{"schema": s}
		}
		for m, s := range o.media {
			if s == nil {
				s = map[string]any{"type": "string"}
			}
			content[m] = map[string]any{"schema": s}
		}
		operation := map[string]any{
			"summary":     o.summary,
			"operationId": operationID(o),
			"responses": map[string]any{
				"200":     map[string]any{"description": "OK", "content": content},
				"default": map[string]any{"description": "An error: its code and a message", "content": map[string]any{"application/json": map[string]any{"schema": errRef}}},
			},
		}
		if params != nil {
			operation["parameters"] = params
		}
		if o.method == "POST" {
			bc := map[string]any{}
			media := o.bodyMedia
			if media == nil {
				media = []string{"application/json"}
			}
			for _, m := range media {
				s := any(map[string]any{"type": "string"})
				if o.body != nil && m == "application/json" {
					if s, err = schemaOf(o.body); err != nil {
						return nil, err
					}
				}
				bc[m] = map[string]any{"schema": s}
			}
			operation["requestBody"] = map[string]any{"required": true, "content": bc}
		}
		if o.auth {
			operation["security"] = []any{map[string]any{"bearer": []any{}}}
		}
		if paths[o.path] == nil {
			paths[o.path] = map[string]any{}
		}
		paths[o.path][strings.ToLower(o.method)] = operation
	}
	// OpenAPI 3.1 schemas are JSON Schema: a value that may be null says so
	// in its type, not with the 3.0 nullable flag
	for _, s := range comps {
		nullToType(s, map[*openapi3.Schema]bool{})
	}
	// what the Go types say of each field: a pointer, slice or map may be
	// null; a field without omitempty is always there
	types := map[string]reflect.Type{}
	for _, o := range operations {
		for _, v := range []any{o.resp, o.body} {
			if v != nil {
				collectTypes(reflect.TypeOf(v), types)
			}
		}
	}
	collectTypes(reflect.TypeOf(ErrorBody{}), types)
	for name, ref := range comps {
		t, ok := types[name]
		if !ok || ref.Value == nil {
			continue
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			jn, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || jn == "-" {
				continue
			}
			if jn == "" {
				jn = f.Name
			}
			prop := ref.Value.Properties[jn]
			if prop == nil {
				continue
			}
			switch f.Type.Kind() {
			case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
				if prop.Ref != "" {
					ref.Value.Properties[jn] = &openapi3.SchemaRef{Value: &openapi3.Schema{AnyOf: openapi3.SchemaRefs{prop, {Value: &openapi3.Schema{Type: &openapi3.Types{"null"}}}}}}
				} else if prop.Value != nil && prop.Value.Type != nil && !prop.Value.Type.Includes("null") {
					nt := append(append(openapi3.Types{}, (*prop.Value.Type)...), "null")
					prop.Value.Type = &nt
				}
			}
			if !strings.Contains(opts, "omitempty") {
				ref.Value.Required = append(ref.Value.Required, jn)
			}
		}
		sort.Strings(ref.Value.Required)
	}
	doc := map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{"title": "attrib", "version": "1",
			"description": "Who said it, who reported it, and where a quote first appeared: the attrib knowledge graph over HTTP. Lists are paged (limit, cursor; total and next in the answer). Errors are {code, message}."},
		"paths":      paths,
		"components": map[string]any{"schemas": comps, "securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer"}}},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// operationID names an operation: get_claims_id for the API's route,
// page_claims_id for the page's.
func operationID(o op) string {
	prefix := strings.ToLower(o.method)
	if _, html := o.media["text/html"]; html {
		prefix = "page"
	}
	name := strings.NewReplacer("/api/v1", "", "/", "_", "{", "", "}", "", ".", "_").Replace(o.path)
	if name == "_" {
		name = "_search"
	}
	return prefix + name
}

// collectTypes maps the names of the struct types reachable from t to them.
func collectTypes(t reflect.Type, out map[string]reflect.Type) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || out[t.Name()] == t {
		return
	}
	out[t.Name()] = t
	for i := 0; i < t.NumField(); i++ {
		collectTypes(t.Field(i).Type, out)
	}
}

func nullToType(ref *openapi3.SchemaRef, seen map[*openapi3.Schema]bool) {
	if ref == nil || ref.Value == nil || seen[ref.Value] {
		return
	}
	s := ref.Value
	seen[s] = true
	if s.Nullable {
		s.Nullable = false
		if s.Type != nil && !s.Type.Includes("null") {
			t := append(openapi3.Types{}, (*s.Type)...)
			t = append(t, "null")
			s.Type = &t
		}
	}
	for _, p := range s.Properties {
		nullToType(p, seen)
	}
	nullToType(s.Items, seen)
	if s.AdditionalProperties.Schema != nil {
		nullToType(s.AdditionalProperties.Schema, seen)
	}
}

// TestOpenAPI: the committed description is what the types and routes
// make, it is valid OpenAPI 3.1, and it describes every route the router
// serves.
func TestOpenAPI(t *testing.T) {
	b, err := buildOpenAPI()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("../schemas/openapi.json", b, 0o644); err != nil {
			t.Fatal(err)
		}
	} else if !bytes.Equal(b, schemas.OpenAPI) {
		t.Fatal("schemas/openapi.json is out of date: go test ./api -run TestOpenAPI -update")
	}
	doc, err := openapi3.NewLoader().LoadFromData(schemas.OpenAPI)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.IsOpenAPI31OrLater() {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := New(nopStore{}, Options{Gizmo: true})
	var missing []string
	for _, r := range s.router.Routes() {
		p := r.Path
		for _, seg := range strings.Split(p, "/") {
			if strings.HasPrefix(seg, ":") {
				p = strings.Replace(p, seg, "{"+seg[1:]+"}", 1)
			}
		}
		item := doc.Paths.Find(p)
		if item == nil || item.GetOperation(r.Method) == nil {
			missing = append(missing, r.Method+" "+p)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("routes not described: %v", missing)
	}
	if n := len(s.router.Routes()); n < len(operations) {
		t.Errorf("%d routes served, %d described", n, len(operations))
	}
}

// nopStore is a store with no data, that also answers raw graph queries,
// so that the router registers every route.
type nopStore struct{ attrib.Store }

func (nopStore) Path(context.Context, attrib.PathQuery) (*attrib.PathResult, error) { return nil, nil }
func (nopStore) Gizmo(context.Context, string, int) ([]any, bool, error)            { return nil, false, nil }
func (nopStore) Export(context.Context, io.Writer, attrib.ExportOptions) (attrib.ExportInfo, error) {
	return attrib.ExportInfo{}, nil
}
func (nopStore) Import(context.Context, io.Reader) (int, error) { return 0, nil }
