package loader

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
)

// parseHTML turns an HTML page into a Doc: the article's text is the text of
// its paragraphs and headings inside <article> (else <main>, else <body>),
// one block a line; scripts, navigation, asides, forms and footers are
// dropped. Offsets of quotes then point into that text. og:site_name,
// article:published_time and og:title (else <title>) give the metadata.
func parseHTML(path string, b []byte) (*Doc, error) {
	if err := checkText(path, b); err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, inputErr(path, "malformed HTML: %v", err)
	}
	d := &Doc{Source: path, Name: filepath.Base(path), Format: "html"}
	var title string
	var ld []ldArticle
	var article, main, body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				prop, content := attr(n, "property"), attr(n, "content")
				if prop == "" {
					prop = attr(n, "name")
				}
				switch prop {
				case "og:site_name":
					d.Outlet = strings.TrimSpace(content)
				case "article:published_time", "datePublished", "pubdate":
					if d.Published == "" {
						d.Published = normDate(content)
					}
				case "og:title":
					d.Headline = strings.TrimSpace(content)
				}
			case "title":
				if n.FirstChild != nil {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					ld = append(ld, linkedData(n.FirstChild.Data)...)
				}
			case "article":
				if article == nil {
					article = n
				}
			case "main":
				if main == nil {
					main = n
				}
			case "body":
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	// schema.org NewsArticle data fills what the meta tags left out
	for _, a := range ld {
		if d.Outlet == "" {
			d.Outlet = a.publisher
		}
		if d.Published == "" {
			d.Published = normDate(a.published)
		}
		if d.Headline == "" {
			d.Headline = a.headline
		}
	}
	if d.Headline == "" {
		d.Headline = title
		if d.Outlet != "" {
			// "Ferry fares rise - Harbour Times": the site's name after the headline
			for _, sep := range []string{" - ", " | ", " \u2013 ", " \u2014 "} {
				if h, ok := strings.CutSuffix(title, sep+d.Outlet); ok {
					d.Headline = strings.TrimSpace(h)
				}
			}
		}
	}
	top := article
	if top == nil {
		top = main
	}
	if top == nil {
		top = body
	}
	if top == nil {
		return nil, inputErr(path, "no body in HTML")
	}
	var lines []string
	var collect func(n *html.Node)
	collect = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "nav", "aside", "form", "footer", "noscript", "iframe", "svg", "figure", "button":
				return
			case "p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre":
				if t := collapse(textOf(n)); t != "" {
					lines = append(lines, t)
				}
				return
			}
		}
		// text written straight into a block ("<div>Fares rose.<br>\"...,\"
		// said Ivo Pap.</div>"), as pages without <p> do: its runs of
		// text and inline elements are lines, a <br> ends one
		var run strings.Builder
		flush := func() {
			if t := collapse(run.String()); t != "" {
				lines = append(lines, t)
			}
			run.Reset()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				run.WriteString(c.Data)
			case c.Type == html.ElementNode && c.Data == "br":
				flush()
			case c.Type == html.ElementNode && inlineElements[c.Data]:
				run.WriteString(textOf(c))
			default:
				flush()
				collect(c)
			}
		}
		flush()
	}
	collect(top)
	d.Text = strings.Join(lines, "\n\n")
	if strings.TrimSpace(d.Text) == "" {
		return nil, inputErr(path, "no article text found in HTML")
	}
	return d, nil
}

// inlineElements are the elements that run within a line of text.
var inlineElements = toSet("a span b strong i em u s small sup sub mark abbr time cite q font code")

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			b.WriteByte(' ')
		}
	}
	rec(n)
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// ldArticle is what a page's schema.org data says of a news article.
type ldArticle struct{ headline, published, publisher string }

// linkedData reads the articles (NewsArticle, Article, ReportageNewsArticle,
// BlogPosting ...) of a JSON-LD script: an object, an array of them, or an
// "@graph". Malformed data gives none: it is the page's, not the
// article's.
func linkedData(src string) []ldArticle {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return nil
	}
	var out []ldArticle
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, x := range t {
				walk(x, depth+1)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				walk(g, depth+1)
			}
			if ldIsArticle(t["@type"]) {
				out = append(out, ldArticle{headline: ldString(t["headline"]), published: ldString(t["datePublished"]), publisher: ldName(t["publisher"])})
			}
		}
	}
	walk(v, 0)
	return out
}

// ldIsArticle: does a schema.org @type (a string or a list) name an
// article?
func ldIsArticle(v any) bool {
	switch t := v.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report"
	case []any:
		for _, x := range t {
			if ldIsArticle(x) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// ldName is the name of a publisher given as a string, an object with a
// name, or a list of those (the first).
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return ldString(t["name"])
	case []any:
		if len(t) > 0 {
			return ldName(t[0])
		}
	}
	return ""
}
