package graph

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/attrib/attrib"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Named morphisms: the questions the API asks, as paths over the vocabulary.
var (
	quotesOfClaim   = path.StartMorphism().In(predInstanceOf)
	claimOfQuote    = path.StartMorphism().Out(predInstanceOf)
	speakerOfQuote  = path.StartMorphism().In(predSaid)
	articleOfQuote  = path.StartMorphism().Out(predQuotedIn)
	viaOfQuote      = path.StartMorphism().Out(predVia)
	outletOfArticle = path.StartMorphism().Out(predPublishedBy)
	quotesOfSpeaker = path.StartMorphism().Out(predSaid)
	articlesOfOut   = path.StartMorphism().In(predPublishedBy)
	citersOfOutlet  = path.StartMorphism().In(predCites)
	viaQuotesOfOut  = path.StartMorphism().In(predVia)
	publishedOf     = path.StartMorphism().Out(predPublished)
)

// follow returns the values reached from node by a morphism.
func (s *Store) follow(ctx context.Context, node quad.Value, m *path.Path) ([]quad.Value, error) {
	p := path.StartPath(s.h.QuadStore, node).Follow(m)
	vals, err := p.Iterate(ctx).AllValues(s.h.QuadStore)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	sortValues(vals)
	return vals, nil
}

func sortValues(vals []quad.Value) {
	sort.Slice(vals, func(i, j int) bool { return quad.StringOf(vals[i]) < quad.StringOf(vals[j]) })
}

// props returns a node's outgoing predicate -> values, each value once.
func (s *Store) props(ctx context.Context, node quad.Value) (map[quad.IRI][]quad.Value, error) {
	quads, err := s.quadsOf(ctx, node, quad.Subject)
	if err != nil {
		return nil, fmt.Errorf("read node: %w", err)
	}
	out := map[quad.IRI][]quad.Value{}
	seen := map[string]bool{}
	for _, q := range quads {
		k := quad.StringOf(q.Predicate) + "\x00" + quad.StringOf(q.Object)
		if seen[k] {
			continue
		}
		seen[k] = true
		p := iriOf(q.Predicate)
		out[p] = append(out[p], q.Object)
	}
	for _, v := range out {
		sortValues(v)
	}
	return out, nil
}

func str(m map[quad.IRI][]quad.Value, p quad.IRI) string {
	vs := m[p]
	if len(vs) == 0 {
		return ""
	}
	// several articles may name a node differently; the first in sorted order is stable
	return valueString(vs[0])
}

func strs(m map[quad.IRI][]quad.Value, p quad.IRI) []string {
	out := []string{}
	for _, v := range m[p] {
		out = append(out, valueString(v))
	}
	return out
}

func valueString(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.IRI:
		return string(x)
	case nil:
		return ""
	}
	return fmt.Sprint(v.Native())
}

func intOf(m map[quad.IRI][]quad.Value, p quad.IRI) int {
	for _, v := range m[p] {
		if i, ok := v.(quad.Int); ok {
			return int(i)
		}
	}
	return 0
}

func hasClass(m map[quad.IRI][]quad.Value, classes ...quad.IRI) bool {
	for _, v := range m[predType] {
		for _, c := range classes {
			if iriOf(v) == c {
				return true
			}
		}
	}
	return false
}

func (s *Store) ref(ctx context.Context, node quad.Value) (attrib.Ref, error) {
	kind, id, _ := splitIRI(node)
	m, err := s.props(ctx, node)
	if err != nil {
		return attrib.Ref{}, err
	}
	name := str(m, predName)
	if name == "" {
		name = str(m, predHeadline)
	}
	if name == "" {
		name = str(m, predSource)
	}
	if hasClass(m, classOrganization) {
		kind = attrib.KindOrganization
	}
	return attrib.Ref{ID: id, Kind: kind, Name: name}, nil
}

func (s *Store) firstRef(ctx context.Context, node quad.Value, m *path.Path) (*attrib.Ref, error) {
	vs, err := s.follow(ctx, node, m)
	if err != nil || len(vs) == 0 {
		return nil, err
	}
	r, err := s.ref(ctx, vs[0])
	return &r, err
}

// report reads one quote as a report: its article, outlet, via and offsets.
func (s *Store) report(ctx context.Context, qn quad.Value) (attrib.Report, *attrib.Ref, error) {
	var r attrib.Report
	qm, err := s.props(ctx, qn)
	if err != nil {
		return r, nil, err
	}
	_, qid, _ := splitIRI(qn)
	r.Quote = attrib.QuoteAt{ID: qid, Text: str(qm, predText), Start: intOf(qm, predStart), End: intOf(qm, predEnd), Cue: str(qm, predCue)}
	arts := qm[predQuotedIn]
	if len(arts) > 0 {
		am, err := s.props(ctx, arts[0])
		if err != nil {
			return r, nil, err
		}
		_, aid, _ := splitIRI(arts[0])
		r.Article = attrib.Ref{ID: aid, Kind: attrib.KindArticle, Name: firstNonEmpty(str(am, predHeadline), str(am, predSource))}
		r.Published = str(am, predPublished)
		r.Headline = str(am, predHeadline)
		if r.Outlet, err = s.firstRef(ctx, arts[0], outletOfArticle); err != nil {
			return r, nil, err
		}
	}
	if r.Via, err = s.firstRef(ctx, qn, viaOfQuote); err != nil {
		return r, nil, err
	}
	sp, err := s.firstRef(ctx, qn, speakerOfQuote)
	return r, sp, err
}

// betterWording prefers a speaker's own words over an editor's bracketed
// insertion, then the longest wording.
func betterWording(a, b string) bool {
	ea, eb := strings.Contains(a, "["), strings.Contains(b, "[")
	if b == "" || ea != eb {
		return b == "" || !ea
	}
	return len(a) > len(b)
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// Claim returns a claim with every report of it, oldest first.
func (s *Store) Claim(ctx context.Context, id string) (*attrib.Claim, error) {
	defer s.rlock()()
	return s.claim(ctx, id)
}

func (s *Store) claim(ctx context.Context, id string) (*attrib.Claim, error) {
	cn := claimIRI(id)
	quotes, err := s.follow(ctx, cn, quotesOfClaim)
	if err != nil {
		return nil, err
	}
	if len(quotes) == 0 {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "claim %q not found", id)
	}
	c := &attrib.Claim{ID: id, Reports: []attrib.Report{}}
	for _, qn := range quotes {
		r, sp, err := s.report(ctx, qn)
		if err != nil {
			return nil, err
		}
		if betterWording(r.Quote.Text, c.Text) {
			c.Text = r.Quote.Text
		}
		if c.Speaker == nil && sp != nil {
			c.Speaker = sp
		}
		c.Reports = append(c.Reports, r)
	}
	c.Text = strings.TrimRight(strings.TrimSpace(c.Text), ",")
	sort.SliceStable(c.Reports, func(i, j int) bool {
		a, b := c.Reports[i], c.Reports[j]
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.Article.ID+a.Quote.ID < b.Article.ID+b.Quote.ID
	})
	return c, nil
}

// Trace returns the provenance of a claim: every report, each report's via,
// and the origin with its reason.
func (s *Store) Trace(ctx context.Context, claimID string) (*attrib.Trace, error) {
	defer s.rlock()()
	return s.trace(ctx, claimID)
}

func (s *Store) trace(ctx context.Context, claimID string) (*attrib.Trace, error) {
	c, err := s.claim(ctx, claimID)
	if err != nil {
		return nil, err
	}
	t := &attrib.Trace{Claim: attrib.Ref{ID: c.ID, Kind: attrib.KindClaim, Name: c.Text}, Text: c.Text, Speaker: c.Speaker, Reports: c.Reports}
	t.Origin = origin(c.Reports)
	return t, nil
}

// origin picks where a claim started: the outlet the reports cite as their
// channel (the most cited), else the earliest-dated report. Disagreement is
// stated, not hidden.
func origin(reports []attrib.Report) attrib.Origin {
	count := map[string]int{}
	refs := map[string]*attrib.Ref{}
	articles := map[string]map[string]bool{}
	for _, r := range reports {
		if r.Via == nil {
			continue
		}
		if articles[r.Via.ID] == nil {
			articles[r.Via.ID] = map[string]bool{}
		}
		if !articles[r.Via.ID][r.Article.ID] {
			articles[r.Via.ID][r.Article.ID] = true
			count[r.Via.ID]++
		}
		refs[r.Via.ID] = r.Via
	}
	if len(count) > 0 {
		ids := make([]string, 0, len(count))
		for id := range count {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool {
			if count[ids[i]] != count[ids[j]] {
				return count[ids[i]] > count[ids[j]]
			}
			return refs[ids[i]].Name < refs[ids[j]].Name
		})
		o := attrib.Origin{Outlet: refs[ids[0]], Reason: fmt.Sprintf("cited as the source by %d article%s", count[ids[0]], plural(count[ids[0]]))}
		if len(ids) > 1 {
			var names []string
			for _, id := range ids[1:] {
				names = append(names, fmt.Sprintf("%s (%d)", refs[id].Name, count[id]))
			}
			o.Conflict = "other articles cite " + strings.Join(names, ", ")
		}
		return o
	}
	var dated []attrib.Report
	for _, r := range reports {
		if r.Published != "" {
			dated = append(dated, r)
		}
	}
	if len(dated) == 0 {
		if len(reports) == 1 {
			r := reports[0]
			return attrib.Origin{Outlet: r.Outlet, Article: &r.Article, Reason: "only report"}
		}
		return attrib.Origin{Reason: "unknown: no report cites a source or carries a date", Conflict: fmt.Sprintf("%d undated reports", len(reports))}
	}
	first := dated[0] // reports are sorted oldest first
	o := attrib.Origin{Outlet: first.Outlet, Article: &first.Article, Reason: "earliest published (" + first.Published + ")"}
	var ties []string
	for _, r := range dated[1:] {
		if r.Published == first.Published && r.Article.ID != first.Article.ID && r.Outlet != nil && (first.Outlet == nil || r.Outlet.ID != first.Outlet.ID) && !slices.Contains(ties, r.Outlet.Name) {
			ties = append(ties, r.Outlet.Name)
		}
	}
	if len(ties) > 0 {
		o.Conflict = "published the same day by " + strings.Join(ties, ", ")
	}
	if n := len(reports) - len(dated); n > 0 {
		if o.Conflict != "" {
			o.Conflict += "; "
		}
		o.Conflict += fmt.Sprintf("%d report%s no date", n, map[bool]string{true: " carries", false: "s carry"}[n == 1])
	}
	return o
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ClaimOfQuote returns the claim a quote is an instance of.
func (s *Store) ClaimOfQuote(ctx context.Context, quoteID string) (string, error) {
	defer s.rlock()()
	vs, err := s.follow(ctx, quoteIRI(quoteID), claimOfQuote)
	if err != nil {
		return "", err
	}
	if len(vs) == 0 {
		return "", attrib.Errorf(attrib.ENOTFOUND, "quote %q not found", quoteID)
	}
	_, id, _ := splitIRI(vs[0])
	return id, nil
}

// Person returns a speaker and their quotes.
func (s *Store) Person(ctx context.Context, id string) (*attrib.PersonView, error) {
	defer s.rlock()()
	n := personIRI(id)
	m, err := s.props(ctx, n)
	if err != nil {
		return nil, err
	}
	if !hasClass(m, classPerson, classOrganization) {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "person %q not found", id)
	}
	kind := attrib.KindPerson
	if hasClass(m, classOrganization) {
		kind = attrib.KindOrganization
	}
	pv := &attrib.PersonView{Ref: attrib.Ref{ID: id, Kind: kind, Name: str(m, predName)}, Aliases: strs(m, predAlias), Titles: strs(m, predTitle), Quotes: []attrib.QuoteIn{}}
	if names := strs(m, predName); len(names) > 1 { // other articles' spellings
		pv.Aliases = append(pv.Aliases, names[1:]...)
	}
	quotes, err := s.follow(ctx, n, quotesOfSpeaker)
	if err != nil {
		return nil, err
	}
	for _, qn := range quotes {
		r, _, err := s.report(ctx, qn)
		if err != nil {
			return nil, err
		}
		qi := attrib.QuoteIn{QuoteAt: r.Quote, Article: r.Article}
		if c, err := s.firstRef(ctx, qn, claimOfQuote); err == nil && c != nil {
			c.Name = ""
			qi.Claim = c
		}
		pv.Quotes = append(pv.Quotes, qi)
	}
	return pv, nil
}

// Outlet returns an outlet with the articles it published and those citing it.
func (s *Store) Outlet(ctx context.Context, id string) (*attrib.OutletView, error) {
	defer s.rlock()()
	n := outletIRI(id)
	m, err := s.props(ctx, n)
	if err != nil {
		return nil, err
	}
	if !hasClass(m, classOutlet) {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "outlet %q not found", id)
	}
	ov := &attrib.OutletView{Ref: attrib.Ref{ID: id, Kind: attrib.KindOutlet, Name: str(m, predName)}, Published: []attrib.Ref{}, CitedBy: []attrib.Ref{}}
	for _, step := range []struct {
		m   *path.Path
		dst *[]attrib.Ref
	}{{articlesOfOut, &ov.Published}, {citersOfOutlet, &ov.CitedBy}} {
		vs, err := s.follow(ctx, n, step.m)
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			r, err := s.ref(ctx, v)
			if err != nil {
				return nil, err
			}
			*step.dst = append(*step.dst, r)
		}
	}
	vq, err := s.follow(ctx, n, viaQuotesOfOut)
	if err != nil {
		return nil, err
	}
	ov.ViaQuotes = len(vq)
	return ov, nil
}

// QuoteRecords returns every stored quote with its claim, speaker and date.
func (s *Store) QuoteRecords(ctx context.Context) ([]attrib.QuoteRecord, error) {
	defer s.rlock()()
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]attrib.QuoteRecord, len(idx.quotes))
	for i, q := range idx.quotes {
		out[i] = q.QuoteRecord
	}
	return out, nil
}

// searchIndex is a snapshot of every quote's words, rebuilt after writes.
type searchIndex struct {
	quotes []indexedQuote
}

type indexedQuote struct {
	attrib.QuoteRecord
	outlet  string // ID of the outlet that reported it, "" when unknown
	article string // ID of the article carrying it
	words   map[string]bool
	n       int
}

func (s *Store) index(ctx context.Context) (*searchIndex, error) {
	s.searchMu.Lock()
	defer s.searchMu.Unlock()
	if s.searchSnap != nil {
		return s.searchSnap, nil
	}
	qs := s.h.QuadStore
	p := path.StartPath(qs).Has(predType, classQuote).Tag("quote").
		Save(predText, "text").
		SaveOptional(predInstanceOf, "claim").
		SaveOptional(predReportedBy, "outlet").
		SaveOptional(predQuotedIn, "article").
		SaveOptionalReverse(predSaid, "speaker")
	idx := &searchIndex{}
	byQuote := map[string]int{}
	err := p.Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) {
		_, qid, _ := splitIRI(m["quote"])
		rec := attrib.QuoteRecord{QuoteID: qid, Text: valueString(m["text"])}
		if c, ok := m["claim"]; ok {
			_, rec.ClaimID, _ = splitIRI(c)
		}
		if sp, ok := m["speaker"]; ok {
			_, rec.Speaker, _ = splitIRI(sp) // resolved to a name below
		}
		var outlet string
		if o, ok := m["outlet"]; ok {
			_, outlet, _ = splitIRI(o)
		}
		var article string
		if a, ok := m["article"]; ok {
			_, article, _ = splitIRI(a)
		}
		key := rec.QuoteID
		if _, dup := byQuote[key]; dup {
			return
		}
		byQuote[key] = len(idx.quotes)
		ws := words(rec.Text)
		set := map[string]bool{}
		for _, w := range ws {
			set[w] = true
		}
		idx.quotes = append(idx.quotes, indexedQuote{QuoteRecord: rec, outlet: outlet, article: article, words: set, n: len(ws)})
	})
	if err != nil {
		return nil, fmt.Errorf("index quotes: %w", err)
	}
	// article IDs to dates, once per article
	dates := map[string]string{}
	for i := range idx.quotes {
		id := idx.quotes[i].article
		if id == "" {
			continue
		}
		if _, ok := dates[id]; !ok {
			vs, err := s.follow(ctx, articleIRI(id), publishedOf)
			if err != nil {
				return nil, err
			}
			dates[id] = ""
			if len(vs) > 0 {
				dates[id] = valueString(vs[0])
			}
		}
		idx.quotes[i].Published = dates[id]
	}
	// speaker IDs to names, once per speaker
	names := map[string]string{}
	for i := range idx.quotes {
		id := idx.quotes[i].Speaker
		if id == "" {
			continue
		}
		if _, ok := names[id]; !ok {
			m, err := s.props(ctx, personIRI(id))
			if err != nil {
				return nil, err
			}
			names[id] = str(m, predName)
		}
		idx.quotes[i].Speaker = names[id]
	}
	s.searchSnap = idx
	return idx, nil
}

// reBracket is an editor's insertion in a quote ("[the agency]"): the
// words a reader types for it need not be in the wording stored.
var reBracket = regexp.MustCompile(`\[[^\]]*\]`)

// queryWords are the words of a search: an editor's bracketed insertions
// are left out, unless they are all there is.
func queryWords(q string) []string {
	if ws := words(reBracket.ReplaceAllString(q, " ")); len(ws) > 0 {
		return ws
	}
	return words(q)
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// SearchClaims ranks claims by how much of the query's words their quotes
// hold (at least 80%), closer wordings first.
func (s *Store) SearchClaims(ctx context.Context, q string, limit int) ([]attrib.ClaimSummary, error) {
	qw := queryWords(q)
	if len(qw) == 0 {
		return nil, attrib.Errorf(attrib.EINVALID, "query %q has no words", q)
	}
	if limit <= 0 {
		limit = 20
	}
	defer s.rlock()()
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	best := map[string]float64{}
	for _, iq := range idx.quotes {
		if iq.ClaimID == "" {
			continue
		}
		hit := 0
		for _, w := range qw {
			if iq.words[w] {
				hit++
			}
		}
		cover := float64(hit) / float64(len(qw))
		if cover < 0.8 {
			continue
		}
		// closer in length is a better match: a fragment query prefers the shortest wording holding it
		score := cover * (0.5 + 0.5*float64(len(qw))/float64(max(len(qw), iq.n)))
		if score > best[iq.ClaimID] {
			best[iq.ClaimID] = score
		}
	}
	ids := make([]string, 0, len(best))
	for id := range best {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if best[ids[i]] != best[ids[j]] {
			return best[ids[i]] > best[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) > limit {
		ids = ids[:limit]
	}
	return s.summaries(ctx, ids, best)
}

// summaries returns each claim with its speaker, reporters and origin.
func (s *Store) summaries(ctx context.Context, ids []string, score map[string]float64) ([]attrib.ClaimSummary, error) {
	out := []attrib.ClaimSummary{}
	for _, id := range ids {
		t, err := s.trace(ctx, id)
		if err != nil {
			return nil, err
		}
		cs := attrib.ClaimSummary{ID: id, Text: t.Text, Speaker: t.Speaker, Quotes: len(t.Reports), Score: round3(score[id]), Reporters: []attrib.Ref{}}
		seen := map[string]bool{}
		for _, r := range t.Reports {
			cs.QuoteIDs = append(cs.QuoteIDs, r.Quote.ID)
			if r.Outlet != nil && !seen[r.Outlet.ID] {
				seen[r.Outlet.ID] = true
				cs.Reporters = append(cs.Reporters, *r.Outlet)
			}
		}
		o := t.Origin
		cs.Origin = &o
		out = append(out, cs)
	}
	return out, nil
}

// SharedClaims returns the claims that at least minOutlets outlets carry,
// those carried by more outlets first, at most limit; score is the number
// of outlets.
func (s *Store) SharedClaims(ctx context.Context, minOutlets, limit int) ([]attrib.ClaimSummary, error) {
	if minOutlets < 1 {
		return nil, attrib.Errorf(attrib.EINVALID, "min_outlets is %d; at least 1", minOutlets)
	}
	defer s.rlock()()
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	outlets := map[string]map[string]bool{}
	for _, iq := range idx.quotes {
		if iq.ClaimID == "" || iq.outlet == "" {
			continue
		}
		if outlets[iq.ClaimID] == nil {
			outlets[iq.ClaimID] = map[string]bool{}
		}
		outlets[iq.ClaimID][iq.outlet] = true
	}
	n := map[string]float64{}
	var ids []string
	for id, os := range outlets {
		if len(os) >= minOutlets {
			ids = append(ids, id)
			n[id] = float64(len(os))
		}
	}
	sort.Slice(ids, func(i, j int) bool {
		if n[ids[i]] != n[ids[j]] {
			return n[ids[i]] > n[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	return s.summaries(ctx, ids, n)
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
