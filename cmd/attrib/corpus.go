package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attrib/attrib/loader"
)

const corpusUsage = `usage: attrib bench corpus --articles N [-o FILE] --from PATH...

Builds N articles (JSON Lines) from real ones, for load and serving
benchmarks at a size no real corpus here has. The source articles are
used in turn; copy 0 of each is unchanged, and every later copy k is
changed so that its people and claims do not merge with other copies':

  - names: every capitalised word that the sources never write in lower
    case (names of people, places, organisations) gets a suffix made from
    k ("Smith" -> "Smithelor"), the same in every article of copy k, so a
    person quoted in several articles of one copy is still one person;
    words of the outlet names in the sources' metadata, weekdays and months
    keep their spelling;
  - some words: one lower-case word of six letters or more in eight (chosen
    by a hash of the word and k) gets the same suffix, so claim search
    and claim matching see different wordings per copy;
  - dates: published dates move k*3 days later (undated stays undated);
  - identity: id becomes "ID~k", url gets "#k".

The output is the same bytes for the same flags and sources.
`

func runCorpus(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("articles", 10000, "articles to write")
	out := fs.String("o", "-", "output file (- for stdout)")
	var from multiFlag
	fs.Var(&from, "from", "source articles: a file or folder (repeatable; further arguments are sources too)")
	fs.Usage = func() {
		fmt.Fprint(stderr, corpusUsage, "\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	from = append(from, fs.Args()...)
	if len(from) == 0 || *n < 1 {
		fs.Usage()
		return 2
	}
	files, err := loader.Files(from)
	if err != nil {
		fmt.Fprintln(stderr, "attrib bench corpus:", err)
		return 2
	}
	var src []*loader.Doc
	for _, f := range files {
		err := loader.ReadFile(f, func(d *loader.Doc, err error) error {
			if err != nil {
				fmt.Fprintln(stderr, "attrib bench corpus: skipped:", err)
				return nil
			}
			src = append(src, d)
			return nil
		})
		if err != nil {
			fmt.Fprintln(stderr, "attrib bench corpus:", err)
			return 1
		}
	}
	if len(src) == 0 {
		fmt.Fprintln(stderr, "attrib bench corpus: no articles in", strings.Join(from, ", "))
		return 1
	}
	w := stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "attrib bench corpus:", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	g := newCorpusGen(src)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := 0; i < *n; i++ {
		if err := enc.Encode(g.article(i)); err != nil {
			fmt.Fprintln(stderr, "attrib bench corpus:", err)
			return 1
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(stderr, "attrib bench corpus:", err)
		return 1
	}
	fmt.Fprintf(stderr, "attrib bench corpus: %d articles from %d sources (%d copies)\n", *n, len(src), (*n+len(src)-1)/len(src))
	return 0
}

// corpusGen rewrites source articles per copy.
type corpusGen struct {
	src   []*loader.Doc
	lower map[string]bool // words the sources write in lower case
	keep  map[string]bool // words of outlet names
}

func newCorpusGen(src []*loader.Doc) *corpusGen {
	g := &corpusGen{src: src, lower: map[string]bool{}, keep: map[string]bool{}}
	for _, w := range calendarWords {
		g.keep[w] = true
	}
	for _, d := range src {
		for _, w := range strings.FieldsFunc(d.Text, notLetter) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				g.lower[w] = true
			}
		}
		for _, w := range strings.FieldsFunc(d.Outlet, notLetter) {
			g.keep[w] = true
		}
	}
	return g
}

// calendarWords are always capitalised but are not names.
var calendarWords = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December")

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// corpusRecord is one generated article.
type corpusRecord struct {
	ID        string  `json:"id"`
	URL       string  `json:"url,omitempty"`
	Outlet    string  `json:"outlet,omitempty"`
	Published *string `json:"published"`
	Headline  string  `json:"headline,omitempty"`
	Text      string  `json:"text"`
}

var syllables = []string{"a", "el", "or", "in", "u", "an", "is", "ek", "o", "ar", "en", "ul"}

// suffix spells copy k (k >= 1) in syllables: 1 -> "el", 13 -> "elel"...
func suffix(k int) string {
	var b strings.Builder
	for k > 0 {
		b.WriteString(syllables[k%len(syllables)])
		k /= len(syllables)
	}
	return b.String()
}

func (g *corpusGen) article(i int) corpusRecord {
	d := g.src[i%len(g.src)]
	k := i / len(g.src)
	id := d.ID
	if id == "" {
		id = d.Name
	}
	r := corpusRecord{ID: id, URL: d.URL, Outlet: d.Outlet, Headline: d.Headline, Text: d.Text}
	if d.Published != "" {
		p := d.Published
		r.Published = &p
	}
	if k == 0 {
		return r
	}
	sfx := suffix(k)
	r.ID = fmt.Sprintf("%s~%d", id, k)
	if r.URL != "" {
		r.URL = fmt.Sprintf("%s#%d", r.URL, k)
	}
	r.Headline = g.rewrite(r.Headline, k, sfx)
	r.Text = g.rewrite(r.Text, k, sfx)
	if r.Published != nil {
		if t, err := time.Parse("2006-01-02", *r.Published); err == nil {
			p := t.AddDate(0, 0, 3*k).Format("2006-01-02")
			r.Published = &p
		}
	}
	return r
}

// rewrite changes names and some words of s for copy k.
func (g *corpusGen) rewrite(s string, k int, sfx string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += sz
		}
		w := s[i:j]
		b.WriteString(w)
		if g.changes(w, r, k) {
			b.WriteString(sfx)
		}
		i = j
	}
	return b.String()
}

func (g *corpusGen) changes(w string, first rune, k int) bool {
	if unicode.IsUpper(first) {
		// a name: capitalised, never written in lower case, not all caps (CNN, AP), not an outlet's word
		if len(w) < 3 || g.keep[w] || g.lower[strings.ToLower(w)] || strings.ToUpper(w) == w {
			return false
		}
		return true
	}
	if len(w) < 6 {
		return false
	}
	h := fnv.New32a()
	fmt.Fprintf(h, "%d\x00%s", k, w)
	return h.Sum32()%8 == 0
}
