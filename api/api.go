// Package api is the HTTP transport: gin routes over an attrib.Store, JSON
// request and response types, one table from error codes to statuses, and
// the web page. It holds no domain logic and never sees Cayley: it speaks
// the root package's types only. Internal errors are logged, never returned.
package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"github.com/attrib/attrib"
	"github.com/gin-gonic/gin"
)

// Options configure a Server.
type Options struct {
	QueryTimeout time.Duration // bound on each request's store work; 0 means 10s
	Logger       *slog.Logger
	// Gizmo serves POST /api/v1/query/gizmo (Cayley's JavaScript query
	// language), bounded by QueryTimeout and GizmoLimit results.
	Gizmo      bool
	GizmoLimit int // 0 means 1000
	// Ingest stores the articles of a request body (format "json" or
	// "jsonl") and says what became of each; nil: writes are off.
	Ingest func(ctx context.Context, body io.Reader, format string) ([]attrib.IngestResult, error)
	// Token guards writes (Authorization: Bearer TOKEN); "" turns them off.
	Token string
	// MaxIngestBytes caps an ingest body; 0 means 64 MiB.
	MaxIngestBytes int64
	// IngestTimeout bounds one ingest request; 0 means 10 minutes.
	IngestTimeout time.Duration
	// CORSOrigins may read the API from a web page elsewhere ("*": any);
	// none by default.
	CORSOrigins []string
}

// Server serves the API over a store.
type Server struct {
	store   attrib.Store
	graph   attrib.Graph // nil when the store cannot answer raw graph queries
	opts    Options
	router  *gin.Engine
	metrics *metrics
}

// New returns a server; Handler() is its http.Handler.
func New(store attrib.Store, opts Options) *Server {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	gin.SetMode(gin.ReleaseMode)
	if opts.GizmoLimit <= 0 {
		opts.GizmoLimit = 1000
	}
	if opts.MaxIngestBytes <= 0 {
		opts.MaxIngestBytes = 64 << 20
	}
	if opts.IngestTimeout <= 0 {
		opts.IngestTimeout = 10 * time.Minute
	}
	s := &Server{store: store, opts: opts, router: gin.New(), metrics: newMetrics(store)}
	s.graph, _ = store.(attrib.Graph)
	s.router.Use(s.observe(), gin.CustomRecovery(s.recovered), s.cors())
	s.routes()
	return s
}

// Handler returns the server's http.Handler.
func (s *Server) Handler() http.Handler { return s.router }

// recovered answers a request whose handler panicked: logged with the
// request id, a 500 without details.
func (s *Server) recovered(c *gin.Context, v any) {
	s.log(c).Error("panic", "path", c.Request.URL.Path, "panic", fmt.Sprint(v))
	c.AbortWithStatusJSON(http.StatusInternalServerError, ErrorBody{Code: attrib.EINTERNAL, Message: "internal error; the server log has the details under this request's X-Request-Id"})
}

// statusOf is the one table from error codes to HTTP statuses.
var statusOf = map[string]int{
	attrib.EINVALID:  http.StatusBadRequest,
	attrib.ENOTFOUND: http.StatusNotFound,
	attrib.ECONFLICT: http.StatusConflict,
	attrib.ETOOLARGE: http.StatusRequestEntityTooLarge,
	attrib.ETIMEOUT:  http.StatusGatewayTimeout,
	attrib.EUNAUTH:   http.StatusUnauthorized,
	attrib.EDENIED:   http.StatusForbidden,
	attrib.EMEDIA:    http.StatusUnsupportedMediaType,
	attrib.EINTERNAL: http.StatusInternalServerError,
}

// ErrorBody is every error response.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *Server) fail(c *gin.Context, err error) {
	if errors.Is(err, context.DeadlineExceeded) {
		err = attrib.Errorf(attrib.ETIMEOUT, "query took longer than %s", s.opts.QueryTimeout)
	}
	code := attrib.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		s.log(c).Error("request failed", "path", c.Request.URL.Path, "err", err)
	}
	c.AbortWithStatusJSON(status, ErrorBody{Code: code, Message: attrib.ErrorMessage(err)})
}

func (s *Server) ctx(c *gin.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(c.Request.Context(), s.opts.QueryTimeout)
}

var reID = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// idParam returns the :id path parameter, or fails with 400 if it is not an ID.
func (s *Server) idParam(c *gin.Context, what string) (string, bool) {
	id := c.Param("id")
	if !reID.MatchString(id) {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "%s id %q is not an ID (want a UUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)", what, clip(id, 60)))
		return "", false
	}
	return id, true
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// intQuery reads an integer query parameter within [lo, hi].
func (s *Server) intQuery(c *gin.Context, name string, def, lo, hi int) (int, bool) {
	raw, ok := c.GetQuery(name)
	if !ok || raw == "" {
		return def, true
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < lo || n > hi {
		s.fail(c, attrib.Errorf(attrib.EINVALID, "%s=%q: want a whole number from %d to %d", name, clip(raw, 40), lo, hi))
		return 0, false
	}
	return n, true
}
