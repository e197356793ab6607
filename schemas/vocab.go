// Package schemas holds the project's vocabulary: the IRIs of node classes
// and predicates, the JSON-LD context that maps them onto schema.org and
// W3C PROV-O, and the JSON schemas of API bodies, embedded so that the
// binary serves them. It holds data, not behaviour.
package schemas

import _ "embed"

// NS is the namespace of every class and predicate.
const NS = "https://attrib.dev/ns#"

// IDBase is the root of node IRIs: IDBase + kind + "/" + uuid.
const IDBase = "https://attrib.dev/id/"

// Classes.
const (
	Person        = NS + "Person"
	Organization  = NS + "Organization"
	Outlet        = NS + "Outlet"
	Article       = NS + "Article"
	Quote         = NS + "Quote"
	Claim         = NS + "Claim"
	ReportedClaim = NS + "ReportedClaim"
	QuotedTerm    = NS + "QuotedTerm" // a short quoted term with no speaker: a scare quote, title or nickname
)

// Predicates.
const (
	Type         = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	Said         = NS + "said"          // speaker -> quote
	ReportedBy   = NS + "reported_by"   // quote -> outlet that published the article
	QuotedIn     = NS + "quoted_in"     // quote or reported claim -> article
	PublishedBy  = NS + "published_by"  // article -> outlet
	Wire         = NS + "wire"          // article -> wire service it credits
	Cites        = NS + "cites"         // article -> outlet it cites
	Via          = NS + "via"           // quote -> outlet the article got it through
	InstanceOf   = NS + "instance_of"   // quote -> claim
	AttributedTo = NS + "attributed_to" // reported claim -> its source
	Name         = NS + "name"
	Alias        = NS + "alias"
	Title        = NS + "title"
	Text         = NS + "text"
	Published    = NS + "published"
	Headline     = NS + "headline"
	Source       = NS + "source" // the file or record the article was read from
	URL          = NS + "url"
	Hash         = NS + "content_hash"
	Start        = NS + "start"
	End          = NS + "end"
	Cue          = NS + "cue"
	Continues    = NS + "continues"
)

// Context is the JSON-LD context for the vocabulary.
//
//go:embed context.jsonld
var Context []byte

// Predicates lists every predicate with a one-line meaning, for docs and
// the query endpoint's validation.
var Predicates = map[string]string{
	"said":          "speaker -> quote",
	"reported_by":   "quote -> outlet that published the article carrying it",
	"quoted_in":     "quote or reported claim -> article",
	"published_by":  "article -> outlet",
	"wire":          "article -> wire service it credits",
	"cites":         "article -> outlet it cites as a source",
	"via":           "quote -> outlet the article says it got the quote through",
	"instance_of":   "quote -> claim",
	"attributed_to": "reported claim -> its source",
	"name":          "node -> name",
	"alias":         "person -> another name used for them",
	"title":         "person -> a title or role given to them",
	"text":          "quote, claim or reported claim -> its words",
	"published":     "article -> publication date (YYYY-MM-DD)",
	"headline":      "article -> headline",
	"source":        "article -> file or record it was read from",
	"url":           "article -> URL",
	"content_hash":  "article -> hash of text and metadata",
	"start":         "quote -> byte offset of its text in the article",
	"end":           "quote -> byte offset after its text",
	"cue":           "quote -> attribution cue (\"said\", \"told reporters\")",
	"continues":     "quote -> true when it continues an earlier quote's tag",
	"type":          "node -> class",
}
