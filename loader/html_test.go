package loader

import (
	"strings"
	"testing"
)

func TestHTMLPages(t *testing.T) {
	cases := []struct {
		name, page                  string
		outlet, published, headline string
	}{
		{"meta tags", `<html><head><title>Fares rise | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-03-05T09:14:00Z">
<meta property="og:title" content="Ferry fares to rise by a third"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry fares to rise by a third</h1>
<figure><figcaption>Ivo Pap called it "needed". (Harbour Times)</figcaption></figure>
<p>Fares will rise.</p><p>&ldquo;We cannot run at a loss,&rdquo; said Ivo Pap.</p>
<aside><ul><li>Council calls plan "unworkable"</li></ul></aside></article>
<footer>&copy; 2024 Harbour Times</footer></body></html>`,
			"Harbour Times", "2024-03-05", "Ferry fares to rise by a third"},
		{"schema.org data in a graph, the site's name after the title", `<html><head><title>Ferry fares to rise - Harbour Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
{"@type":["NewsArticle"],"headline":"Ferry fares to rise","datePublished":"2024-03-05T09:14:00+00:00",
"publisher":{"@type":"Organization","name":"Harbour Times"}}]}</script>
<script type="application/ld+json">{not json</script></head>
<body><main><p>Fares will rise.</p><p>"We cannot run at a loss," said Ivo Pap.</p></main></body></html>`,
			"Harbour Times", "2024-03-05", "Ferry fares to rise"},
		{"the title without the site's name", `<html><head><title>Ferry fares to rise - Harbour Times</title>
<script type="application/ld+json">{"@type":"ReportageNewsArticle","publisher":"Harbour Times"}</script></head>
<body><p>Fares will rise.</p><p>"We cannot run at a loss," said Ivo Pap.</p></body></html>`,
			"Harbour Times", "", "Ferry fares to rise"},
		{"text straight in a block, lines ended by br", `<html><body><article><div class="story">Fares will rise.<br><br>"We cannot run at a loss," said <b>Ivo Pap</b>.</div>
<div class="promo">Sign up for our newsletter</div></article></body></html>`,
			"", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := parseHTML("page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if d.Outlet != tc.outlet || d.Published != tc.published || d.Headline != tc.headline {
				t.Errorf("outlet %q published %q headline %q, want %q %q %q", d.Outlet, d.Published, d.Headline, tc.outlet, tc.published, tc.headline)
			}
			if strings.Contains(d.Text, "unworkable") || strings.Contains(d.Text, "Home") || strings.Contains(d.Text, "needed") {
				t.Errorf("navigation, an aside or a caption kept in the text: %q", d.Text)
			}
			a, err := Extract(d)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ivo Pap" || d.Text[a.Quotes[0].Start:a.Quotes[0].End] != "We cannot run at a loss," {
				t.Errorf("quotes %+v, want one by Ivo Pap", a.Quotes)
			}
		})
	}
}
