package api

import (
	"context"
	"crypto/subtle"
	"errors"
	"mime"
	"net/http"
	"strings"

	"github.com/attrib/attrib"
	"github.com/gin-gonic/gin"
)

// IngestResponse is POST /api/v1/articles: what became of each article.
type IngestResponse struct {
	Results   []attrib.IngestResult `json:"results"`
	Stored    int                   `json:"stored"`
	Unchanged int                   `json:"unchanged"`
	Replaced  int                   `json:"replaced"`
	Refused   int                   `json:"refused"`
}

// ingest is POST /api/v1/articles: a JSON article (or array) or a JSON
// Lines body, stored as attrib load stores them. Writes need the bearer
// token; with none configured they are off. Readers keep answering: a
// write holds the store only for each batch's commit.
func (s *Server) ingest(c *gin.Context) {
	if s.opts.Ingest == nil || s.opts.Token == "" {
		s.fail(c, attrib.Errorf(attrib.EDENIED, "writes are off: start the server with ATTRIB_TOKEN set to accept articles"))
		return
	}
	auth := c.GetHeader("Authorization")
	got, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.Token)) != 1 {
		c.Header("WWW-Authenticate", `Bearer realm="attrib"`)
		s.fail(c, attrib.Errorf(attrib.EUNAUTH, "writes need Authorization: Bearer TOKEN (the server's ATTRIB_TOKEN)"))
		return
	}
	mt, _, _ := mime.ParseMediaType(c.GetHeader("Content-Type"))
	var format string
	switch mt {
	case "application/json":
		format = "json"
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		format = "jsonl"
	default:
		s.fail(c, attrib.Errorf(attrib.EMEDIA, "Content-Type %q: send application/json (an article or an array) or application/x-ndjson (JSON Lines)", clip(mt, 60)))
		return
	}
	if c.Request.ContentLength > s.opts.MaxIngestBytes {
		s.fail(c, attrib.Errorf(attrib.ETOOLARGE, "body of %d bytes is over the cap of %d; send it in parts", c.Request.ContentLength, s.opts.MaxIngestBytes))
		return
	}
	body := http.MaxBytesReader(c.Writer, c.Request.Body, s.opts.MaxIngestBytes)
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.opts.IngestTimeout)
	defer cancel()
	s.metrics.ingestQ.Inc()
	res, err := s.opts.Ingest(ctx, body, format)
	s.metrics.ingestQ.Dec()
	s.metrics.countIngest(res)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = attrib.Errorf(attrib.ETOOLARGE, "body is over the cap of %d bytes; send it in parts (articles before the cap may be stored)", s.opts.MaxIngestBytes)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	out := IngestResponse{Results: res}
	for _, r := range res {
		switch r.Status {
		case attrib.IngestStored:
			out.Stored++
		case attrib.IngestUnchanged:
			out.Unchanged++
		case attrib.IngestReplaced:
			out.Replaced++
		default:
			out.Refused++
		}
	}
	c.JSON(http.StatusOK, out)
}
