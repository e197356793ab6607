package api

import (
	"context"
	"log/slog"
	"regexp"
	"strconv"
	"time"

	"github.com/attrib/attrib"
	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are what GET /metrics shows, in a registry of the server's own
// (Cayley registers its own metrics in the default one).
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	articles *prometheus.CounterVec
	quotes   prometheus.Counter
	ingestQ  prometheus.Gauge
}

// sizer is a store that knows its size on disk.
type sizer interface {
	SizeBytes(ctx context.Context) (int64, bool)
}

func newMetrics(store attrib.Store) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attrib_http_requests_total",
		Help: "HTTP requests answered, by route template, method and status.",
	}, []string{"route", "method", "status"})
	m.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "attrib_http_request_duration_seconds",
		Help:    "Time to answer a request, by route template, method and status.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
	}, []string{"route", "method", "status"})
	m.articles = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attrib_ingest_articles_total",
		Help: "Articles sent to POST /api/v1/articles, by what became of them.",
	}, []string{"status"})
	m.quotes = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "attrib_ingest_quotes_total",
		Help: "Quotes of the articles stored through POST /api/v1/articles.",
	})
	m.ingestQ = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "attrib_ingest_requests_in_progress",
		Help: "Ingest requests being stored or waiting for an earlier one.",
	})
	quads := storeGauge("attrib_store_quads", "Quads in the store.", func(ctx context.Context) (int64, bool) {
		n, err := store.CountQuads(ctx)
		return n, err == nil
	})
	m.reg.MustRegister(m.requests, m.duration, m.articles, m.quotes, m.ingestQ, quads,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if sz, ok := store.(sizer); ok {
		m.reg.MustRegister(storeGauge("attrib_store_size_bytes", "Size of the store on disk (bolt file and search index, or the PostgreSQL database).", sz.SizeBytes))
	}
	return m
}

// storeGauge is a gauge read from the store when scraped, within 2 s; -1
// when the store cannot say.
func storeGauge(name, help string, read func(context.Context) (int64, bool)) prometheus.GaugeFunc {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, ok := read(ctx)
		if !ok {
			return -1
		}
		return float64(n)
	})
}

func (m *metrics) handler() gin.HandlerFunc {
	h := promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
	return func(c *gin.Context) { h.ServeHTTP(c.Writer, c.Request) }
}

// countIngest records what became of ingested articles.
func (m *metrics) countIngest(res []attrib.IngestResult) {
	for _, r := range res {
		m.articles.WithLabelValues(r.Status).Inc()
		if r.Status == attrib.IngestStored || r.Status == attrib.IngestReplaced {
			m.quotes.Add(float64(r.Quotes))
		}
	}
}

// reRequestID is what a client may send as its own X-Request-Id.
var reRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,64}$`)

// observe gives every request an id (the client's X-Request-Id when it is
// a plain token, else a new UUID), sends it back in X-Request-Id, puts it
// on every log line of the request, and records the request's count and
// duration under its route template.
func (s *Server) observe() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		id := c.GetHeader("X-Request-Id")
		if !reRequestID.MatchString(id) {
			id = uuid.NewString()
		}
		c.Header("X-Request-Id", id)
		log := s.opts.Logger.With("request_id", id)
		c.Set("log", log)
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		status := strconv.Itoa(c.Writer.Status())
		el := time.Since(start)
		s.metrics.requests.WithLabelValues(route, c.Request.Method, status).Inc()
		s.metrics.duration.WithLabelValues(route, c.Request.Method, status).Observe(el.Seconds())
		log.Debug("request", "method", c.Request.Method, "path", c.Request.URL.Path, "status", c.Writer.Status(), "ms", el.Milliseconds())
	}
}

// log is the request's logger: the server's, with the request id.
func (s *Server) log(c *gin.Context) *slog.Logger {
	if v, ok := c.Get("log"); ok {
		if l, ok := v.(*slog.Logger); ok {
			return l
		}
	}
	return s.opts.Logger
}
