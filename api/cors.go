package api

import (
	"mime"
	"net/http"
	"slices"

	"github.com/attrib/attrib"
	"github.com/gin-gonic/gin"
)

// cors answers cross-origin requests only from the origins configured
// (Options.CORSOrigins; "*" for any). With none, no CORS header is ever
// sent, so a page elsewhere cannot read the API's answers.
func (s *Server) cors() gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if origin == "" || len(s.opts.CORSOrigins) == 0 {
			c.Next()
			return
		}
		c.Header("Vary", "Origin")
		if !slices.Contains(s.opts.CORSOrigins, "*") && !slices.Contains(s.opts.CORSOrigins, origin) {
			c.Next()
			return
		}
		c.Header("Access-Control-Allow-Origin", origin)
		c.Header("Access-Control-Expose-Headers", "X-Request-Id, X-Attrib-Partial")
		if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
			c.Header("Access-Control-Allow-Methods", "GET, POST")
			c.Header("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-Id")
			c.Header("Access-Control-Max-Age", "600")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

// requireMedia refuses a POST whose Content-Type is not one of types. None
// of them is a type a browser sends from a form or a script without
// asking first (text/plain, form encodings), so a page the user visits
// cannot make the local server run queries.
func (s *Server) requireMedia(c *gin.Context, types ...string) bool {
	mt, _, _ := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if slices.Contains(types, mt) {
		return true
	}
	s.fail(c, attrib.Errorf(attrib.EMEDIA, "Content-Type %q: send %s", clip(mt, 60), types[0]))
	return false
}
