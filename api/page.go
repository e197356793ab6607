package api

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

//go:embed page.html
var pageHTML []byte

// page serves the web page, a fact-checker's workbench with no build step
// and no external script: search with filters and paging; a claim at its
// own URL (/claims/{id}) with the canonical wording, the origin and why,
// a timeline of every report (date, outlet, headline linked to the
// article, the wording with its differences from the canonical one marked,
// the sentence around it with the quote highlighted, the via) and the
// provenance drawn as SVG; person and outlet pages. It reads the JSON API.
func (s *Server) page(c *gin.Context) {
	c.Data(http.StatusOK, "text/html; charset=utf-8", pageHTML)
}
