package api

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

//go:embed page.html
var pageHTML []byte

// page serves the web page: search claims, and see a claim's provenance as
// a graph (speaker -> reports -> outlets -> vias -> origin), drawn as SVG
// from the trace endpoint's JSON with no external scripts.
func (s *Server) page(c *gin.Context) {
	c.Data(http.StatusOK, "text/html; charset=utf-8", pageHTML)
}
