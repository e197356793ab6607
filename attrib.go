// Package attrib is the domain of the source-attribution graph: articles,
// the quotations and reported claims they carry, who spoke them, which
// outlets published or relayed them, and the claims that tie the same
// utterance together across articles.
//
// The package holds only types and the contracts between the parts; it
// imports nothing outside the standard library. The loader turns bytes into
// these values, the graph package stores and queries them, the api package
// serves them, and cmd/attrib wires the three together.
package attrib

import "context"

// Node kinds. They are also the local names of the RDF classes in schemas/.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindOutlet       = "outlet"
	KindArticle      = "article"
	KindQuote        = "quote"
	KindClaim        = "claim"
)

// Article is one news article as read and extracted.
type Article struct {
	ID        string // deterministic, see IDs in ids.go
	Source    string // file path, or the JSON Lines record's id (else url)
	URL       string
	Outlet    string // publisher; "" when neither metadata nor text shows it
	OutletID  string
	Wire      string // wire service the article credits ("AP", "Reuters"), if any
	WireID    string
	Published string // YYYY-MM-DD or ""
	Headline  string
	Byline    string
	Text      string // the text as read; offsets point into it
	Hash      string // hex SHA-256 of Text plus metadata, to detect changes

	Quotes    []Quote
	Citations []Citation
	Reported  []ReportedClaim
	People    []Person // people (and organisations) that speak in the article
}

// Quote is one direct quotation in an article.
type Quote struct {
	ID          string
	Text        string // the bytes between the quotation marks
	Start, End  int    // byte offsets of Text in Article.Text
	Speaker     string // canonical name, "" when unknown
	SpeakerID   string
	SpeakerKind string // KindPerson or KindOrganization, "" when unknown
	Cue         string // the attribution cue ("said", "told reporters")
	Via         string // outlet the article says it got the quote through
	ViaID       string
	Continues   bool   // an untagged span that continues the previous quote
	Term        bool   // a short quoted term with no speaker (scare quote, title, nickname): not a statement, never a claim
	ClaimID     string // the claim this quote is an instance of
	Rule        string `json:"-"` // the stages that chose the speaker ("tag-before > surname->full-name"), for attrib extract --explain
}

// Citation is an outlet an article cites as a source.
type Citation struct {
	Outlet     string
	OutletID   string
	Start, End int // the mention in Article.Text
	Cue        string
}

// ReportedClaim is speech reported without quotation marks
// ("according to X, ...", "X reported that ...").
type ReportedClaim struct {
	ID         string
	Source     string // who the claim is attributed to
	SourceID   string
	SourceKind string // KindOutlet, or KindPerson for people and organisations
	Cue        string
	Text       string
	Start, End int
}

// Person is a speaker: a person or an organisation.
type Person struct {
	ID      string
	Name    string
	Kind    string // KindPerson or KindOrganization
	Aliases []string
	Titles  []string
	// Full: named with a first name and a surname ("Ada Quist"), whom a
	// surname alone in a later article may mean
	Full bool `json:",omitempty"`
}

// Outlet is a publisher or a cited news organisation.
type Outlet struct {
	ID   string
	Name string
}

// IngestResult is what became of one article sent to the server.
type IngestResult struct {
	Input   string `json:"input"`             // its place in the body ("body:3") and record id
	Article string `json:"article,omitempty"` // its ID
	Status  string `json:"status"`            // one of the Ingest* statuses
	Reason  string `json:"reason,omitempty"`  // why it was refused
	Quotes  int    `json:"quotes,omitempty"`  // quotes it holds, when stored
}

// What became of an article sent to the server.
const (
	IngestStored    = "stored"
	IngestUnchanged = "unchanged"
	IngestReplaced  = "replaced"
	IngestRefused   = "refused"
)

// LoadStats summarises a write of articles to a store.
type LoadStats struct {
	Articles int // articles written
	Skipped  int // articles already stored unchanged
	Replaced int // articles whose earlier version was replaced
	Quotes   int
	Quads    int
}

// ClaimSummary is a claim as listed by a search.
type ClaimSummary struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"` // canonical wording: the longest seen
	Speaker   *Ref     `json:"speaker"`
	Quotes    int      `json:"quotes"`
	Reporters []Ref    `json:"reporters"`
	Origin    *Origin  `json:"origin,omitempty"`
	Score     float64  `json:"score"`
	QuoteIDs  []string `json:"quote_ids,omitempty"`
}

// Ref names a node: its ID (accepted by the other endpoints), kind and name.
type Ref struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Name string `json:"name"`
}

// Report is one article carrying a claim.
type Report struct {
	Article   Ref     `json:"article"`
	URL       string  `json:"url,omitempty"` // the article's address, when known
	Outlet    *Ref    `json:"outlet"`
	Published string  `json:"published,omitempty"`
	Headline  string  `json:"headline,omitempty"`
	Quote     QuoteAt `json:"quote"`
	Via       *Ref    `json:"via,omitempty"`
}

// QuoteAt is a quote with its evidence offsets.
type QuoteAt struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Cue   string `json:"cue,omitempty"`
	// Context is the sentence (or sentences) around the quote in its
	// article, starting at byte ContextStart of the article's text: the
	// quote is Context[Start-ContextStart : End-ContextStart].
	Context      string `json:"context,omitempty"`
	ContextStart int    `json:"context_start,omitempty"`
}

// Claim is one utterance by one speaker, as carried by any number of
// articles. Reports holds one page of them, oldest first.
type Claim struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Speaker *Ref     `json:"speaker"`
	Reports []Report `json:"reports"`
	Total   int      `json:"total"`          // reports in all
	Next    string   `json:"next,omitempty"` // cursor of the next page, "" on the last
}

// Origin is where the graph traces a claim to, and why.
type Origin struct {
	Outlet   *Ref   `json:"outlet,omitempty"`
	Article  *Ref   `json:"article,omitempty"`
	Reason   string `json:"reason"`
	Conflict string `json:"conflict,omitempty"`
}

// Trace is the provenance of a claim: speaker, every report, each report's
// intermediary and the origin.
type Trace struct {
	Claim   Ref      `json:"claim"`
	Text    string   `json:"text"`
	Speaker *Ref     `json:"speaker"`
	Reports []Report `json:"reports"` // one page, oldest first
	Total   int      `json:"total"`
	Next    string   `json:"next,omitempty"`
	Origin  Origin   `json:"origin"`
}

// PersonView is a speaker with what they said.
type PersonView struct {
	Ref
	Aliases []string  `json:"aliases"`
	Titles  []string  `json:"titles"`
	Quotes  []QuoteIn `json:"quotes"` // one page, oldest first
	Total   int       `json:"total"`  // quotes in all
	Next    string    `json:"next,omitempty"`
}

// QuoteIn is a quote with the article and claim it belongs to.
type QuoteIn struct {
	QuoteAt
	Article Ref  `json:"article"`
	Claim   *Ref `json:"claim,omitempty"`
}

// OutletView is an outlet with the articles it published and the articles that cite it.
type OutletView struct {
	Ref
	Published RefPage `json:"published"` // first page, oldest first
	CitedBy   RefPage `json:"cited_by"`
	ViaQuotes int     `json:"via_quotes"`
}

// RefPage is one page of a list of nodes.
type RefPage struct {
	Items []Ref  `json:"items"`
	Total int    `json:"total"`
	Next  string `json:"next,omitempty"` // cursor of the next page, "" on the last
}

// ReportedAt is speech an article reports without quotation marks ("X
// said that ...", "according to X"), with its source and evidence.
type ReportedAt struct {
	ID           string `json:"id"`
	Text         string `json:"text"`
	Source       *Ref   `json:"source"` // a person, an organisation or an outlet
	Cue          string `json:"cue,omitempty"`
	Start        int    `json:"start"` // byte offsets in the article's text
	End          int    `json:"end"`
	Context      string `json:"context,omitempty"` // the sentence around it, from byte ContextStart
	ContextStart int    `json:"context_start,omitempty"`
	Article      Ref    `json:"article"`
	URL          string `json:"url,omitempty"`
	Outlet       *Ref   `json:"outlet"` // the article's publisher
	Published    string `json:"published,omitempty"`
}

// ReportedPage is one page of reported speech.
type ReportedPage struct {
	Items []ReportedAt `json:"items"`
	Total int          `json:"total"`
	Next  string       `json:"next,omitempty"`
}

// ClaimList is one page of claims.
type ClaimList struct {
	Claims []ClaimSummary `json:"claims"`
	Total  int            `json:"total"` // claims in all (for a search: hits)
	Next   string         `json:"next,omitempty"`
}

// Page asks for one page of a list: at most Limit items (0: DefaultPage)
// after Cursor, an opaque string from the previous page's Next.
type Page struct {
	Limit  int
	Cursor string
}

// Page sizes.
const (
	DefaultPage = 50
	MaxPage     = 500
)

// SearchQuery is a free-text claim search with optional filters.
type SearchQuery struct {
	Text    string
	Speaker string // person ID
	Outlet  string // outlet ID: a claim some article of this outlet carries
	From    string // YYYY-MM-DD: a report on or after
	To      string // YYYY-MM-DD: a report on or before
}

// MatchDelta is what claim matching learned from a batch: its index
// entries (bigram hash -> claims; claim ID -> the matcher's state),
// stored with the batch's articles so that the next load starts from them.
type MatchDelta struct {
	Postings map[uint64][]Posting
	States   map[string][]byte
	Meta     map[string]ClaimMeta
}

// A Posting names a claim under a bigram with a tag of its speaker (a hash
// of the normalised name; 0 when the claim had no speaker when posted, or
// the store did not keep the tag): a quote of another speaker cannot join
// the claim, so matching does not read the claim's meta.
type Posting struct {
	Claim   string `json:"c"`
	Speaker uint32 `json:"s,omitempty"`
}

// ClaimMeta is what decides, before its words are read, whether a stored
// claim can match a quote: how many bigrams its full version has and the
// most wildcards in one wording.
type ClaimMeta struct {
	RootBigrams, Stars int
}

// MatchMemory is where claim matching finds what earlier loads learned.
type MatchMemory interface {
	// MatchPostings returns the claims stored under each bigram hash.
	MatchPostings(ctx context.Context, keys []uint64) (map[uint64][]Posting, error)
	// MatchStates returns the stored state of each claim that has one.
	MatchStates(ctx context.Context, ids []string) (map[string][]byte, error)
	// MatchMeta returns the stored meta of each claim that has one.
	MatchMeta(ctx context.Context, ids []string) (map[string]ClaimMeta, error)
}

// Store keeps the graph. Implementations must be safe for concurrent use.
// Every read is bounded by the size of its answer: lists come in pages.
type Store interface {
	MatchMemory
	// PutArticles writes each article with all its facts as one unit labelled
	// by the article, with what claim matching learned (delta may be nil).
	// An article already stored with the same Hash is skipped; one stored
	// with another Hash is replaced. Either all of an article's quads are
	// stored or none. EINVALID for an article without an ID.
	PutArticles(ctx context.Context, arts []*Article, delta *MatchDelta) (LoadStats, error)
	// ArticleHash returns the stored hash of an article, "" if unknown.
	ArticleHash(ctx context.Context, id string) (string, error)
	// RemoveArticle deletes every quad labelled by the article. ENOTFOUND if unknown.
	RemoveArticle(ctx context.Context, id string) error
	// SearchClaims returns claims whose quotes contain the words of q.Text,
	// best first, one page. EINVALID if it has no words.
	SearchClaims(ctx context.Context, q SearchQuery, p Page) (*ClaimList, error)
	// SharedClaims returns the claims carried by at least minOutlets outlets,
	// most outlets first, one page. EINVALID if minOutlets < 1.
	SharedClaims(ctx context.Context, minOutlets int, p Page) (*ClaimList, error)
	// Claim returns a claim with a page of its reports. ENOTFOUND if unknown.
	Claim(ctx context.Context, id string, p Page) (*Claim, error)
	// Trace returns the provenance of a claim, a page of reports. ENOTFOUND if unknown.
	Trace(ctx context.Context, claimID string, p Page) (*Trace, error)
	// ClaimOfQuote returns the claim a quote is an instance of. ENOTFOUND if unknown.
	ClaimOfQuote(ctx context.Context, quoteID string) (string, error)
	// Person returns a speaker and a page of their quotes. ENOTFOUND if unknown.
	Person(ctx context.Context, id string, p Page) (*PersonView, error)
	// Outlet returns an outlet with the first pages of what it published and
	// who cites it. ENOTFOUND if unknown.
	Outlet(ctx context.Context, id string, p Page) (*OutletView, error)
	// SearchReported finds reported speech holding the words of q.Text,
	// best first, with q's filters (Speaker is the source). EINVALID for a
	// query with no words.
	SearchReported(ctx context.Context, q SearchQuery, p Page) (*ReportedPage, error)
	// ReportedBy pages the speech articles report without quotation marks
	// from a source (a person, organisation or outlet), oldest first.
	// ENOTFOUND if nothing is reported from it.
	ReportedBy(ctx context.Context, sourceID string, p Page) (*ReportedPage, error)
	// ReportedIn pages the speech an article reports without quotation
	// marks, in text order. ENOTFOUND for an unknown article.
	ReportedIn(ctx context.Context, articleID string, p Page) (*ReportedPage, error)
	// OutletArticles pages an outlet's list: "published" or "cited_by".
	// ENOTFOUND if the outlet is unknown, EINVALID for another list.
	OutletArticles(ctx context.Context, id, list string, p Page) (*RefPage, error)
	// CountQuads returns the number of quads stored.
	CountQuads(ctx context.Context) (int64, error)
	// Sync returns when what was written before the call is searchable
	// (the text index is kept behind the writes, so searches never wait).
	Sync(ctx context.Context) error
	// Close releases the store.
	Close() error
}
