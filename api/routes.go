package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/schemas"
	"github.com/gin-gonic/gin"
)

// routes lists every route the server answers.
func (s *Server) routes() {
	r := s.router
	r.GET("/healthz", s.health)
	r.GET("/metrics", s.metrics.handler())
	r.GET("/api/v1/openapi.json", func(c *gin.Context) { c.Data(http.StatusOK, "application/json", schemas.OpenAPI) })
	r.GET("/", s.page)
	r.GET("/claims/:id", s.page) // the page's own URLs, to share
	r.GET("/people/:id", s.page)
	r.GET("/outlets/:id", s.page)
	v1 := r.Group("/api/v1")
	v1.GET("/claims", s.searchClaims)
	v1.GET("/claims/:id", byID(s, "claim", s.store.Claim))
	v1.GET("/claims/:id/reporters", byID(s, "claim", s.claimReporters))
	v1.GET("/claims/:id/trace", byID(s, "claim", s.store.Trace))
	v1.GET("/quotes/:id/trace", byID(s, "quote", s.quoteTrace))
	v1.GET("/people/:id", byID(s, "person", s.store.Person))
	v1.GET("/outlets/:id", byID(s, "outlet", s.store.Outlet))
	v1.GET("/outlets/:id/published", s.outletList("published"))
	v1.GET("/outlets/:id/cited_by", s.outletList("cited_by"))
	v1.GET("/reported", s.searchReported)
	v1.GET("/people/:id/reported", byID(s, "person", s.store.ReportedBy))
	v1.GET("/outlets/:id/reported", byID(s, "outlet", s.store.ReportedBy))
	v1.GET("/articles/:id/reported", byID(s, "article", s.store.ReportedIn))
	v1.POST("/articles", s.ingest)
	if s.graph != nil {
		v1.POST("/query", s.pathQuery)
		v1.POST("/query/gizmo", s.gizmo)
		v1.GET("/subgraph", s.subgraph)
	}
	r.NoRoute(func(c *gin.Context) {
		s.fail(c, attrib.Errorf(attrib.ENOTFOUND, "no route %s %s", c.Request.Method, clip(c.Request.URL.Path, 100)))
	})
}

// HealthResponse is GET /healthz.
type HealthResponse struct {
	Status string `json:"status"`
	Quads  int64  `json:"quads"`
}

func (s *Server) health(c *gin.Context) {
	ctx, cancel := s.ctx(c)
	defer cancel()
	n, err := s.store.CountQuads(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, HealthResponse{Status: "ok", Quads: n})
}

// ClaimsResponse is GET /api/v1/claims?q=TEXT (claims ranked by how well
// they match TEXT, with optional speaker, outlet, from and to filters) or
// GET /api/v1/claims?min_outlets=N (claims carried by N or more outlets,
// most first). Both are paged: limit and cursor; next is the cursor of the
// next page.
type ClaimsResponse struct {
	Query      string                `json:"query,omitempty"`
	MinOutlets int                   `json:"min_outlets,omitempty"`
	Claims     []attrib.ClaimSummary `json:"claims"`
	Total      int                   `json:"total"`
	Next       string                `json:"next,omitempty"`
}

const maxQueryBytes = 2000

var reDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func (s *Server) searchClaims(c *gin.Context) {
	q, ok := c.GetQuery("q")
	if _, shared := c.GetQuery("min_outlets"); shared && !ok {
		s.sharedClaims(c)
		return
	}
	sq, ok := s.searchQuery(c, q, ok, "the words of a quote to look for (or min_outlets=N for claims that N outlets carry)")
	if !ok {
		return
	}
	servePage(s, c, func(ctx context.Context, p attrib.Page) (any, error) {
		list, err := s.store.SearchClaims(ctx, sq, p)
		if err != nil {
			return nil, err
		}
		return ClaimsResponse{Query: q, Claims: list.Claims, Total: list.Total, Next: list.Next}, nil
	})
}

func (s *Server) sharedClaims(c *gin.Context) {
	n, ok := s.intQuery(c, "min_outlets", 2, 1, 1000)
	if !ok {
		return
	}
	servePage(s, c, func(ctx context.Context, p attrib.Page) (any, error) {
		list, err := s.store.SharedClaims(ctx, n, p)
		if err != nil {
			return nil, err
		}
		return ClaimsResponse{MinOutlets: n, Claims: list.Claims, Total: list.Total, Next: list.Next}, nil
	})
}

// pageParams reads the limit (default 50, at most 500) and cursor parameters.
func (s *Server) pageParams(c *gin.Context) (attrib.Page, bool) {
	limit, ok := s.intQuery(c, "limit", attrib.DefaultPage, 1, attrib.MaxPage)
	if !ok {
		return attrib.Page{}, false
	}
	cur := c.Query("cursor")
	if len(cur) > 1000 || !utf8.ValidString(cur) {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "cursor is not one a list gave"))
		return attrib.Page{}, false
	}
	return attrib.Page{Limit: limit, Cursor: cur}, true
}

// outletList is GET /api/v1/outlets/{id}/published or /cited_by: the next
// pages of the lists the outlet view starts.
func (s *Server) outletList(list string) gin.HandlerFunc {
	return byID(s, "outlet", func(ctx context.Context, id string, p attrib.Page) (*attrib.RefPage, error) {
		return s.store.OutletArticles(ctx, id, list, p)
	})
}

// ReportersResponse is GET /api/v1/claims/{id}/reporters: the outlets that
// carry a claim, each with its articles, dates and wording.
type ReportersResponse struct {
	Claim     attrib.Ref      `json:"claim"`
	Speaker   *attrib.Ref     `json:"speaker"`
	Reporters []OutletReports `json:"reporters"` // the reports of one page, by outlet
	Unknown   []attrib.Report `json:"unknown_outlet,omitempty"`
	Total     int             `json:"total"` // reports in all
	Next      string          `json:"next,omitempty"`
}

// OutletReports is one outlet's reports of a claim.
type OutletReports struct {
	Outlet  attrib.Ref      `json:"outlet"`
	Reports []attrib.Report `json:"reports"`
}

// claimReporters is GET /api/v1/claims/{id}/reporters.
func (s *Server) claimReporters(ctx context.Context, id string, p attrib.Page) (*ReportersResponse, error) {
	cl, err := s.store.Claim(ctx, id, p)
	if err != nil {
		return nil, err
	}
	resp := ReportersResponse{Claim: attrib.Ref{ID: cl.ID, Kind: attrib.KindClaim, Name: cl.Text}, Speaker: cl.Speaker, Reporters: []OutletReports{}, Total: cl.Total, Next: cl.Next}
	at := map[string]int{}
	for _, r := range cl.Reports {
		if r.Outlet == nil {
			resp.Unknown = append(resp.Unknown, r)
			continue
		}
		i, ok := at[r.Outlet.ID]
		if !ok {
			i = len(resp.Reporters)
			at[r.Outlet.ID] = i
			resp.Reporters = append(resp.Reporters, OutletReports{Outlet: *r.Outlet})
		}
		resp.Reporters[i].Reports = append(resp.Reporters[i].Reports, r)
	}
	return &resp, nil
}

// QuoteTraceResponse is GET /api/v1/quotes/{id}/trace: the trace of the
// quote's claim, with the quote asked about.
type QuoteTraceResponse struct {
	Quote string `json:"quote"`
	*attrib.Trace
}

func (s *Server) quoteTrace(ctx context.Context, id string, p attrib.Page) (*QuoteTraceResponse, error) {
	claim, err := s.store.ClaimOfQuote(ctx, id)
	if err != nil {
		return nil, err
	}
	t, err := s.store.Trace(ctx, claim, p)
	if err != nil {
		return nil, err
	}
	return &QuoteTraceResponse{Quote: id, Trace: t}, nil
}

// byID serves a node fetched by the :id path parameter with a page of its
// list: 400 for a malformed ID or page, the store's error (404 for
// unknown) or the node as JSON.
func byID[T any](s *Server, what string, get func(context.Context, string, attrib.Page) (T, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, ok := s.idParam(c, what)
		if !ok {
			return
		}
		servePage(s, c, func(ctx context.Context, p attrib.Page) (T, error) { return get(ctx, id, p) })
	}
}

// servePage answers with one page fetched under the request's deadline:
// 400 for malformed page parameters, the store's error, or the page as JSON.
func servePage[T any](s *Server, c *gin.Context, fetch func(context.Context, attrib.Page) (T, error)) {
	p, ok := s.pageParams(c)
	if !ok {
		return
	}
	ctx, cancel := s.ctx(c)
	defer cancel()
	v, err := fetch(ctx, p)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, v)
}

const maxBodyBytes = attrib.MaxQueryBytes

// readBody reads a request body of at most maxBodyBytes.
func (s *Server) readBody(c *gin.Context) ([]byte, bool) {
	b, err := io.ReadAll(io.LimitReader(c.Request.Body, maxBodyBytes+1))
	if err != nil {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "reading the body: %v", err))
		return nil, false
	}
	if len(b) > maxBodyBytes {
		s.fail(c, attrib.Errorf(attrib.ETOOLARGE, "body over %d bytes", maxBodyBytes))
		return nil, false
	}
	if !utf8.Valid(b) {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "body is not valid UTF-8"))
		return nil, false
	}
	return b, true
}

// pathQuery is POST /api/v1/query: a path query (attrib.PathQuery as JSON)
// answered with attrib.PathResult.
func (s *Server) pathQuery(c *gin.Context) {
	if !s.requireMedia(c, "application/json") {
		return
	}
	b, ok := s.readBody(c)
	if !ok {
		return
	}
	q, err := attrib.ParsePathQuery(b)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx, cancel := s.ctx(c)
	defer cancel()
	res, err := s.graph.Path(ctx, *q)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}

// GizmoResponse is POST /api/v1/query/gizmo.
type GizmoResponse struct {
	Result  []any `json:"result"`
	Partial bool  `json:"partial"` // cut at the result cap
	Limit   int   `json:"limit"`
}

// gizmo is POST /api/v1/query/gizmo: the body is a Gizmo script.
func (s *Server) gizmo(c *gin.Context) {
	if !s.opts.Gizmo {
		s.fail(c, attrib.Errorf(attrib.ENOTFOUND, "Gizmo queries are off: start the server with --gizmo"))
		return
	}
	if !s.requireMedia(c, "application/javascript", "text/javascript", "application/json") {
		return
	}
	b, ok := s.readBody(c)
	if !ok {
		return
	}
	limit, ok := s.intQuery(c, "limit", s.opts.GizmoLimit, 1, s.opts.GizmoLimit)
	if !ok {
		return
	}
	ctx, cancel := s.ctx(c)
	defer cancel()
	res, partial, err := s.graph.Gizmo(ctx, string(b), limit)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, GizmoResponse{Result: res, Partial: partial, Limit: limit})
}

// subgraph is GET /api/v1/subgraph?root=ID&depth=N&format=F[&max_nodes=M]:
// the export streams; a result cut at the node cap carries the header
// X-Attrib-Partial and says so in the body.
func (s *Server) subgraph(c *gin.Context) {
	root := c.Query("root")
	if root == "" || len(root) > 300 || !utf8.ValidString(root) {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "root is required: a node ID (kind/UUID or UUID)"))
		return
	}
	format := c.DefaultQuery("format", "nquads")
	mime, ok := attrib.ExportFormats[format]
	if !ok {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "format %q: want nquads, jsonld, graphml, dot or cytoscape", clip(format, 30)))
		return
	}
	depth, ok := s.intQuery(c, "depth", 2, 0, attrib.MaxExportDepth)
	if !ok {
		return
	}
	maxNodes, ok := s.intQuery(c, "max_nodes", attrib.DefaultExportNodes, 1, attrib.MaxExportNodes)
	if !ok {
		return
	}
	ctx, cancel := s.ctx(c)
	defer cancel()
	// errors come before the first byte (while the subgraph is gathered);
	// once it is ready the headers go out and the body streams
	ready := false
	_, err := s.graph.Export(ctx, c.Writer, attrib.ExportOptions{Format: format, Root: root, Depth: depth, MaxNodes: maxNodes,
		Ready: func(info attrib.ExportInfo) {
			ready = true
			c.Header("Content-Type", mime+"; charset=utf-8")
			c.Header("X-Attrib-Nodes", strconv.Itoa(info.Nodes))
			if info.Partial {
				c.Header("X-Attrib-Partial", fmt.Sprintf("node cap %d reached", maxNodes))
			}
			c.Status(http.StatusOK)
		}})
	if err != nil && !ready {
		s.fail(c, err)
		return
	}
	if err != nil {
		s.log(c).Warn("subgraph export cut short", "err", err)
	}
}

// searchQuery reads q and the search filters (speaker, outlet, from, to).
func (s *Server) searchQuery(c *gin.Context, q string, given bool, what string) (attrib.SearchQuery, bool) {
	switch {
	case !given || strings.TrimSpace(q) == "":
		s.fail(c, attrib.Errorf(attrib.EINVALID, "q is required: %s", what))
		return attrib.SearchQuery{}, false
	case len(q) > maxQueryBytes:
		s.fail(c, attrib.Errorf(attrib.EINVALID, "q is %d bytes; at most %d", len(q), maxQueryBytes))
		return attrib.SearchQuery{}, false
	case !utf8.ValidString(q):
		s.fail(c, attrib.Errorf(attrib.EINVALID, "q is not valid UTF-8"))
		return attrib.SearchQuery{}, false
	}
	sq := attrib.SearchQuery{Text: q}
	for _, f := range []struct {
		name string
		dst  *string
		ok   func(string) bool
		want string
	}{
		{"speaker", &sq.Speaker, reID.MatchString, "a person ID"},
		{"outlet", &sq.Outlet, reID.MatchString, "an outlet ID"},
		{"from", &sq.From, reDate.MatchString, "a date YYYY-MM-DD"},
		{"to", &sq.To, reDate.MatchString, "a date YYYY-MM-DD"},
	} {
		if v := c.Query(f.name); v != "" {
			if !f.ok(v) {
				s.fail(c, attrib.Errorf(attrib.EINVALID, "%s=%q: want %s", f.name, clip(v, 40), f.want))
				return attrib.SearchQuery{}, false
			}
			*f.dst = v
		}
	}
	return sq, true
}

// searchReported is GET /api/v1/reported?q=TEXT: speech reported without
// quotation marks holding the words, with the claims' filters (speaker is
// the source); paged.
func (s *Server) searchReported(c *gin.Context) {
	q, given := c.GetQuery("q")
	sq, ok := s.searchQuery(c, q, given, "the words of reported speech to look for")
	if !ok {
		return
	}
	servePage(s, c, func(ctx context.Context, p attrib.Page) (*attrib.ReportedPage, error) {
		return s.store.SearchReported(ctx, sq, p)
	})
}
