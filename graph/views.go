package graph

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// Side index keys. Lists sort by date (YYYYMMDD, undated last) then IDs,
// so a page is a range scan from a cursor (the last key of the page before).
func keyArticle(id string) string         { return "a|" + id }
func keyArticleSlim(id string) string     { return "ak|" + id }
func keyHead(kind, id string) string      { return "h|" + kind + "|" + id }
func keyPersonQuotes(id string) string    { return "pq|" + id + "|" }
func keyOutletPublished(id string) string { return "op|" + id + "|" }
func keyOutletCited(id string) string     { return "oc|" + id + "|" }
func keyClaimReports(id string) string    { return "cr|" + id + "|" }
func keyReportedBy(id string) string      { return "rs|" + id + "|" }
func keyReportedIn(id string) string      { return "ra|" + id + "|" }
func keyReportedDoc(id string) string     { return "ri|" + id }
func keyShared(n int, id string) string   { return fmt.Sprintf("sc|%04d|%s", 9999-min(n, 9999), id) }
func keySharedCount(n int) string         { return fmt.Sprintf("sn|%04d", min(n, 9999)) }
func keyPosting(h uint64) string          { return fmt.Sprintf("mp|%016x", h) }
func keyMatchState(id string) string      { return "ms|" + id }
func keyMatchMeta(id string) string       { return "mm|" + id }
func keySearchDirty(id string) string     { return "sd|" + id }
func keyQuoteClaim(id string) string      { return "qc|" + id }

// keySpeakerOutlet counts a speaker's quotes an outlet published: the
// outlets a person's quotes were reported by are then a range scan of
// their number, not a walk over every quote (speakerOutlets).
func keySpeakerOutlet(speaker, outlet string) string { return "so|" + speaker + "|" + outlet }

// keySpeakerOutletsKept marks a store whose speaker-outlet counts were kept
// from its first article on: a store an earlier version wrote lacks them.
const keySpeakerOutletsKept = "k|speaker-outlets"

const keyQuads = "k|quads"

// undated sorts a report without a date after every dated one.
const undated = "99999999"

func date8(published string) string {
	if len(published) == 10 {
		return strings.ReplaceAll(published, "-", "")
	}
	return undated
}

// refN is a node seen a number of times, with the name it was given.
type refN struct {
	Name string `json:"n"`
	Kind string `json:"k,omitempty"`
	N    int    `json:"c"`
}

// head is a node's header: the counted names and facts that many articles
// assert of it, so that a removal can take back exactly its own.
type head struct {
	Kinds   map[string]int `json:"kinds,omitempty"`
	Names   map[string]int `json:"names,omitempty"`
	Aliases map[string]int `json:"aliases,omitempty"`
	Titles  map[string]int `json:"titles,omitempty"`
	Refs    int            `json:"refs"` // contributions: the header goes with the last

	// person
	Quotes int `json:"quotes,omitempty"`
	// outlet
	Published int `json:"published,omitempty"`
	Cited     int `json:"cited,omitempty"`
	Via       int `json:"via,omitempty"`
	// person or outlet: speech reported from it without quotation marks
	Reported int `json:"reported,omitempty"`
	// claim
	Reports  int              `json:"reports,omitempty"`
	Undated  int              `json:"undated,omitempty"`
	Speakers map[string]*refN `json:"speakers,omitempty"`
	Outlets  map[string]*refN `json:"outlets,omitempty"` // reports per outlet
	Vias     map[string]*refN `json:"vias,omitempty"`    // articles per via
	Wordings map[string]int   `json:"wordings,omitempty"`
	// First and Last bound the dates of its reports, for search filters:
	// adds widen them, removals leave them (the report list, sorted by
	// date, says which is earliest now)
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// maxCounted bounds each counted map of a header: a node named a thousand
// ways keeps the first 32 (a claim's wordings: 16).
const maxCounted = 32

func count(m *map[string]int, k string, d, limit int) {
	if k == "" {
		return
	}
	if *m == nil {
		*m = map[string]int{}
	}
	if _, ok := (*m)[k]; !ok && (d < 0 || len(*m) >= limit) {
		return
	}
	(*m)[k] += d
	if (*m)[k] <= 0 {
		delete(*m, k)
	}
}

func countRef(m *map[string]*refN, id, name, kind string, d int) {
	if id == "" {
		return
	}
	if *m == nil {
		*m = map[string]*refN{}
	}
	r := (*m)[id]
	if r == nil {
		if d < 0 {
			return
		}
		r = &refN{Name: name, Kind: kind}
		(*m)[id] = r
	}
	if name != "" && (r.Name == "" || name < r.Name) {
		r.Name = name // the first in sorted order, as on every load
	}
	r.N += d
	if r.N <= 0 {
		delete(*m, id)
	}
}

// topKey is the key counted most, the first in order among equals: the
// name most articles give a node ("Ada Moss" over "Ada B. Moss").
func topKey(m map[string]int) string {
	out := ""
	for k, n := range m {
		if out == "" || n > m[out] || n == m[out] && k < out {
			out = k
		}
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// sideTx applies article contributions through a sideWriter, caching the
// headers it touches so each is read and written once per batch.
type sideTx struct {
	w       sideWriter
	heads   map[string]*head
	claims  map[string]bool // claims touched: their search entries are redone
	quads   int64
	sharedN map[string]int   // claim -> outlet count before the batch
	counts  map[string]int64 // counters moved by the batch (keySpeakerOutlet)
	// surnames: the persons whose quotes the batch touched, by the
	// surnames of the names they were given (keySurname)
	surnames map[string]map[string]bool
}

func newSideTx(w sideWriter) *sideTx {
	return &sideTx{w: w, heads: map[string]*head{}, claims: map[string]bool{}, sharedN: map[string]int{}, counts: map[string]int64{}}
}

func (t *sideTx) head(kind, id string) (*head, error) {
	k := keyHead(kind, id)
	if h, ok := t.heads[k]; ok {
		return h, nil
	}
	h := &head{}
	v, err := t.w.get(k)
	if err != nil {
		return nil, err
	}
	if v != nil {
		if err := decode(v, h); err != nil {
			return nil, fmt.Errorf("read %s: %w", k, err)
		}
	}
	t.heads[k] = h
	if kind == attrib.KindClaim {
		if _, ok := t.sharedN[id]; !ok {
			t.sharedN[id] = len(h.Outlets)
		}
	}
	return h, nil
}

func (t *sideTx) putJSON(k string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return t.w.put(k, b)
}

// set puts v at k when adding (sign 1) and deletes k when taking back.
func (t *sideTx) set(sign int, k string, v []byte) error {
	if sign < 0 {
		return t.w.del(k)
	}
	return t.w.put(k, v)
}

// list is set for an entry whose value is v as JSON.
func (t *sideTx) list(sign int, k string, v any) error {
	if sign < 0 {
		return t.w.del(k)
	}
	return t.putJSON(k, v)
}

// reportEntry is a claim's report as stored in its list.
type reportEntry struct {
	attrib.Report
	Speaker *attrib.Ref `json:"speaker,omitempty"`
}

// slim is an article without its text: what a removal needs to take back
// its contribution.
func slim(a *attrib.Article) *attrib.Article {
	c := *a
	c.Text = ""
	return &c
}

// prefetcher is a side writer that can read many keys at once.
type prefetcher interface {
	prefetch(keys []string) error
}

// headKeys are the headers and counters apply reads for arts.
func headKeys(arts []*attrib.Article) []string {
	var ks []string
	add := func(kind, id string) {
		if id != "" {
			ks = append(ks, keyHead(kind, id))
		}
	}
	for _, a := range arts {
		add(attrib.KindOutlet, a.OutletID)
		add(attrib.KindOutlet, a.WireID)
		for _, r := range a.Reported {
			if r.SourceKind == attrib.KindOutlet {
				add(attrib.KindOutlet, r.SourceID)
			} else {
				add(attrib.KindPerson, r.SourceID)
			}
		}
		for _, c := range a.Citations {
			add(attrib.KindOutlet, c.OutletID)
		}
		for _, p := range a.People {
			add(attrib.KindPerson, p.ID)
		}
		for _, q := range a.Quotes {
			add(attrib.KindOutlet, q.ViaID)
			add(attrib.KindPerson, q.SpeakerID)
			add(attrib.KindClaim, q.ClaimID)
			if !q.Term && q.SpeakerID != "" && a.OutletID != "" {
				ks = append(ks, keySpeakerOutlet(q.SpeakerID, a.OutletID))
			}
		}
	}
	return ks
}

// apply adds (sign 1) or takes back (sign -1) an article's contribution.
func (t *sideTx) apply(a *attrib.Article, sign int) error {
	d8 := date8(a.Published)
	art := attrib.Ref{ID: a.ID, Kind: attrib.KindArticle, Name: firstNonEmpty(a.Headline, a.Source)}
	if err := t.set(sign, keyArticle(a.ID), []byte(a.Hash)); err != nil {
		return err
	}
	if err := t.list(sign, keyArticleSlim(a.ID), slim(a)); err != nil {
		return err
	}
	outletHead := func(id, name string) (*head, error) {
		h, err := t.head(attrib.KindOutlet, id)
		if err != nil {
			return nil, err
		}
		count(&h.Names, name, sign, maxCounted)
		h.Refs += sign
		return h, nil
	}
	var publisher *attrib.Ref
	if a.OutletID != "" {
		publisher = &attrib.Ref{ID: a.OutletID, Kind: attrib.KindOutlet, Name: a.Outlet}
		h, err := outletHead(a.OutletID, a.Outlet)
		if err != nil {
			return err
		}
		h.Published += sign
		if err := t.list(sign, keyOutletPublished(a.OutletID)+d8+"|"+a.ID, art); err != nil {
			return err
		}
	}
	if a.WireID != "" {
		if _, err := outletHead(a.WireID, a.Wire); err != nil {
			return err
		}
	}
	for i, r := range a.Reported {
		if r.SourceID == "" {
			continue
		}
		kind := attrib.KindPerson // organisations share the people's headers
		if r.SourceKind == attrib.KindOutlet {
			kind = attrib.KindOutlet
		}
		h, err := t.head(kind, r.SourceID)
		if err != nil {
			return err
		}
		h.Reported += sign
		h.Refs += sign
		count(&h.Names, r.Source, sign, maxCounted)
		e := attrib.ReportedAt{ID: r.ID, Text: r.Text, Source: &attrib.Ref{ID: r.SourceID, Kind: firstNonEmpty(r.SourceKind, attrib.KindPerson), Name: r.Source},
			Cue: r.Cue, Start: r.Start, End: r.End, Article: art, URL: a.URL, Outlet: publisher, Published: a.Published}
		e.Context, e.ContextStart = sentenceAround(a.Text, r.Start, r.End)
		if err := t.list(sign, keyReportedBy(r.SourceID)+d8+"|"+a.ID+"|"+r.ID, e); err != nil {
			return err
		}
		if err := t.list(sign, keyReportedIn(a.ID)+fmt.Sprintf("%08d|", i)+r.ID, e); err != nil {
			return err
		}
		if err := t.list(sign, keyReportedDoc(r.ID), e); err != nil {
			return err
		}
		t.claims[reportedDoc(r.ID)] = true // its search entry
	}
	cited := map[string]bool{}
	for _, c := range a.Citations {
		if c.OutletID == "" || cited[c.OutletID] {
			continue
		}
		cited[c.OutletID] = true
		h, err := outletHead(c.OutletID, c.Outlet)
		if err != nil {
			return err
		}
		h.Cited += sign
		if err := t.list(sign, keyOutletCited(c.OutletID)+d8+"|"+a.ID, art); err != nil {
			return err
		}
	}
	for _, p := range a.People {
		if sn := surnameOf(p.Name); p.Full && sn != "" {
			if t.surnames == nil {
				t.surnames = map[string]map[string]bool{}
			}
			if t.surnames[p.ID] == nil {
				t.surnames[p.ID] = map[string]bool{}
			}
			t.surnames[p.ID][sn] = true
		}
		h, err := t.head(attrib.KindPerson, p.ID)
		if err != nil {
			return err
		}
		count(&h.Names, p.Name, sign, maxCounted)
		for _, x := range p.Aliases {
			count(&h.Aliases, x, sign, maxCounted)
		}
		for _, x := range p.Titles {
			count(&h.Titles, x, sign, maxCounted)
		}
		h.Refs += sign
	}
	claimVias := map[string]map[string]bool{} // claim -> vias counted for this article
	for _, q := range a.Quotes {
		if q.Term {
			continue
		}
		qa := attrib.QuoteAt{ID: q.ID, Text: q.Text, Start: q.Start, End: q.End, Cue: q.Cue}
		qa.Context, qa.ContextStart = sentenceAround(a.Text, q.Start, q.End)
		var via, speaker *attrib.Ref
		if q.ViaID != "" {
			via = &attrib.Ref{ID: q.ViaID, Kind: attrib.KindOutlet, Name: q.Via}
			h, err := outletHead(q.ViaID, q.Via)
			if err != nil {
				return err
			}
			h.Via += sign
		}
		if q.SpeakerID != "" {
			kind := attrib.KindPerson
			if q.SpeakerKind == attrib.KindOrganization {
				kind = attrib.KindOrganization
			}
			speaker = &attrib.Ref{ID: q.SpeakerID, Kind: kind, Name: q.Speaker}
			h, err := t.head(attrib.KindPerson, q.SpeakerID)
			if err != nil {
				return err
			}
			count(&h.Kinds, kind, sign, maxCounted)
			count(&h.Names, q.Speaker, sign, maxCounted)
			h.Quotes += sign
			h.Refs += sign
			qi := attrib.QuoteIn{QuoteAt: qa, Article: art}
			if q.ClaimID != "" {
				qi.Claim = &attrib.Ref{ID: q.ClaimID, Kind: attrib.KindClaim}
			}
			if err := t.list(sign, keyPersonQuotes(q.SpeakerID)+d8+"|"+a.ID+"|"+q.ID, qi); err != nil {
				return err
			}
			if publisher != nil { // as ArticleQuads: said, then reported_by
				t.counts[keySpeakerOutlet(q.SpeakerID, publisher.ID)] += int64(sign)
			}
		}
		if q.ClaimID == "" {
			continue
		}
		if err := t.set(sign, keyQuoteClaim(q.ID), []byte(q.ClaimID)); err != nil {
			return err
		}
		h, err := t.head(attrib.KindClaim, q.ClaimID)
		if err != nil {
			return err
		}
		t.claims[q.ClaimID] = true
		h.Reports += sign
		h.Refs += sign
		if d8 == undated {
			h.Undated += sign
		}
		if speaker != nil {
			countRef(&h.Speakers, speaker.ID, speaker.Name, speaker.Kind, sign)
		}
		if publisher != nil {
			countRef(&h.Outlets, publisher.ID, publisher.Name, attrib.KindOutlet, sign)
		}
		if via != nil {
			if claimVias[q.ClaimID] == nil {
				claimVias[q.ClaimID] = map[string]bool{}
			}
			if !claimVias[q.ClaimID][via.ID] {
				claimVias[q.ClaimID][via.ID] = true
				countRef(&h.Vias, via.ID, via.Name, attrib.KindOutlet, sign)
			}
		}
		count(&h.Wordings, q.Text, sign, maxCounted/2)
		if sign > 0 && d8 != undated {
			if h.First == "" || d8 < h.First {
				h.First = d8
			}
			if d8 > h.Last {
				h.Last = d8
			}
		}
		r := reportEntry{Report: attrib.Report{Article: art, URL: a.URL, Outlet: publisher, Published: a.Published, Headline: a.Headline, Quote: qa, Via: via}, Speaker: speaker}
		if err := t.list(sign, keyClaimReports(q.ClaimID)+d8+"|"+a.ID+"|"+q.ID, r); err != nil {
			return err
		}
	}
	return nil
}

// flush writes the touched headers (deleting those nothing asserts any
// more), the claims' places in the shared-claims list, the quad count and
// the claims whose search entries are to be redone.
func (t *sideTx) flush() error {
	for k, h := range t.heads {
		if h.Refs <= 0 {
			if err := t.w.del(k); err != nil {
				return err
			}
			continue
		}
		if err := t.putJSON(k, h); err != nil {
			return err
		}
	}
	for id, sns := range t.surnames {
		// a person named in full, for a surname named alone later (surnames.go)
		h := t.heads[keyHead(attrib.KindPerson, id)]
		keep := h != nil && h.Refs > 0 && h.Quotes > 0 && h.Kinds[attrib.KindOrganization] == 0
		for sn := range sns {
			var err error
			if keep {
				err = t.w.put(keySurname(sn, id), []byte("1"))
			} else {
				err = t.w.del(keySurname(sn, id))
			}
			if err != nil {
				return err
			}
		}
	}
	for id, before := range t.sharedN {
		after := 0
		if h := t.heads[keyHead(attrib.KindClaim, id)]; h != nil && h.Refs > 0 {
			after = len(h.Outlets)
		}
		if after == before {
			continue
		}
		if before > 0 {
			if err := t.w.del(keyShared(before, id)); err != nil {
				return err
			}
			if err := t.addCount(keySharedCount(before), -1); err != nil {
				return err
			}
		}
		if after > 0 {
			if err := t.w.put(keyShared(after, id), []byte("1")); err != nil {
				return err
			}
			if err := t.addCount(keySharedCount(after), 1); err != nil {
				return err
			}
		}
	}
	for k, d := range t.counts {
		if d == 0 {
			continue
		}
		if err := t.addCount(k, d); err != nil {
			return err
		}
	}
	if t.quads != 0 {
		if err := t.addCount(keyQuads, t.quads); err != nil {
			return err
		}
	}
	for id := range t.claims {
		if err := t.w.put(keySearchDirty(id), []byte("1")); err != nil {
			return err
		}
	}
	return nil
}

func (t *sideTx) addCount(k string, d int64) error {
	v, err := t.w.get(k)
	if err != nil {
		return err
	}
	n, _ := strconv.ParseInt(string(v), 10, 64)
	n += d
	if n == 0 {
		return t.w.del(k)
	}
	return t.w.put(k, []byte(strconv.FormatInt(n, 10)))
}

// Cursors are the last key of a page, opaque to clients.
func encodeCursor(k string) string { return base64.RawURLEncoding.EncodeToString([]byte(k)) }

func decodeCursor(c, prefix string) (string, error) {
	if c == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), prefix) {
		return "", attrib.Errorf(attrib.EINVALID, "cursor %q is not one this list gave", clipRunes(c, 40))
	}
	return string(b), nil
}

func pageLimit(p attrib.Page) int {
	switch {
	case p.Limit <= 0:
		return attrib.DefaultPage
	case p.Limit > attrib.MaxPage:
		return attrib.MaxPage
	}
	return p.Limit
}

// contextBytes bounds the text kept on either side of a quote.
const contextBytes = 280

// sentenceAround returns the sentence around text[start:end] (from the end
// of the sentence before to the end of the one the quote closes, within its
// paragraph and at most contextBytes either side) and where it starts.
func sentenceAround(text string, start, end int) (string, int) {
	if start < 0 || end > len(text) || start > end {
		return "", 0
	}
	isEnd := func(i int) bool { // a sentence ends at text[i]
		c := text[i]
		return (c == '.' || c == '?' || c == '!') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')
	}
	from := max(0, start-contextBytes)
	for i := start - 1; i >= from; i-- {
		if text[i] == '\n' || isEnd(i) {
			from = i + 1
			break
		}
	}
	to := min(len(text), end+contextBytes)
	for i := end; i < to; i++ {
		if text[i] == '\n' {
			to = i
			break
		}
		if isEnd(i) {
			to = i + 1
			break
		}
	}
	for from < start && !utf8.RuneStart(text[from]) { // whole characters only
		from++
	}
	for to > end && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	for from < start && (text[from] == ' ' || text[from] == '\t') {
		from++
	}
	return text[from:to], from
}
