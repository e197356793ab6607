package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/attrib/attrib"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Named morphisms over the graph. The API's lists are read from the side
// index (views.go), in pages; the graph answers what is one index lookup.
var claimOfQuote = path.StartMorphism().Out(predInstanceOf)

// follow returns the values reached from node by a morphism.
func (s *Store) follow(ctx context.Context, node quad.Value, m *path.Path) ([]quad.Value, error) {
	p := path.StartPath(s.h.QuadStore, node).Follow(m)
	vals, err := p.Iterate(ctx).AllValues(s.h.QuadStore)
	if err == nil {
		err = ctx.Err() // an iterator stopped by the deadline is not "nothing"
	}
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

// betterWording prefers a speaker's own words over an editor's bracketed
// insertion, then the longest wording.
func betterWording(a, b string) bool {
	ea, eb := strings.Contains(a, "["), strings.Contains(b, "[")
	if b == "" || ea != eb {
		return b == "" || !ea
	}
	return len(a) > len(b) || len(a) == len(b) && a < b
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// readHead returns a node's header from the side index, nil if unknown.
func (s *Store) readHead(ctx context.Context, kind, id string) (*head, error) {
	v, err := s.side.get(ctx, keyHead(kind, id))
	if err != nil || v == nil {
		return nil, err
	}
	h := &head{}
	if err := decode(v, h); err != nil {
		return nil, fmt.Errorf("read %s %s: %w", kind, id, err)
	}
	return h, nil
}

// claimHeads reads the headers of claims in one read; unknown ones are nil.
func (s *Store) claimHeads(ctx context.Context, ids []string) ([]*head, error) {
	at := make(map[string]*head, len(ids))
	err := getEach(ctx, s, ids, func(id string) string { return keyHead(attrib.KindClaim, id) }, func(id string, v []byte) error {
		h := &head{}
		if err := decode(v, h); err != nil {
			return err
		}
		if h.Reports > 0 {
			at[id] = h
		}
		return nil
	})
	out := make([]*head, len(ids))
	for i, id := range ids {
		out[i] = at[id]
	}
	return out, err
}

// claimHead reads a claim's header, nil if unknown.
func (s *Store) claimHead(ctx context.Context, id string) (*head, error) {
	hs, err := s.claimHeads(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return hs[0], nil
}

// claimText is a claim's canonical wording: the best of its wordings.
func claimText(h *head) string {
	best := ""
	for w := range h.Wordings {
		if betterWording(w, best) {
			best = w
		}
	}
	return strings.TrimRight(strings.TrimSpace(best), ",")
}

// byCount orders a counted map's IDs: most seen first, then by name.
func byCount(m map[string]*refN) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := m[ids[i]], m[ids[j]]
		if a.N != b.N {
			return a.N > b.N
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return ids[i] < ids[j]
	})
	return ids
}

// topRef is the ref seen most often (ties: smallest ID).
func topRef(m map[string]*refN) *attrib.Ref {
	var id string
	for k, r := range m {
		if id == "" || r.N > m[id].N || r.N == m[id].N && k < id {
			id = k
		}
	}
	if id == "" {
		return nil
	}
	kind := m[id].Kind
	if kind == "" {
		kind = attrib.KindOutlet
	}
	return &attrib.Ref{ID: id, Kind: kind, Name: m[id].Name}
}

// scanPage reads one page of the list under prefix: the JSON items after
// the page's cursor, and the cursor of the next page ("" on the last).
func scanPage[T any](ctx context.Context, s *Store, prefix string, p attrib.Page) ([]T, string, error) {
	after, err := decodeCursor(p.Cursor, prefix)
	if err != nil {
		return nil, "", err
	}
	limit := pageLimit(p)
	out := []T{}
	next, last := "", ""
	err = s.side.scan(ctx, prefix, after, limit+1, func(k string, v []byte) error {
		if len(out) == limit {
			next = encodeCursor(last)
			return errStop
		}
		var x T
		if err := decode(v, &x); err != nil {
			return fmt.Errorf("read %s: %w", k, err)
		}
		out, last = append(out, x), k
		return nil
	})
	return out, next, err
}

// reports pages a claim's reports, oldest first.
func (s *Store) reports(ctx context.Context, id string, p attrib.Page) ([]attrib.Report, string, error) {
	entries, next, err := scanPage[reportEntry](ctx, s, keyClaimReports(id), p)
	out := make([]attrib.Report, len(entries))
	for i, e := range entries {
		out[i] = e.Report
	}
	return out, next, err
}

// Claim returns a claim with a page of its reports, oldest first.
func (s *Store) Claim(ctx context.Context, id string, p attrib.Page) (*attrib.Claim, error) {
	c, _, err := s.claim(ctx, id, p)
	return c, err
}

// claim returns a claim with a page of its reports, and its header.
func (s *Store) claim(ctx context.Context, id string, p attrib.Page) (*attrib.Claim, *head, error) {
	h, err := s.claimHead(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if h == nil {
		return nil, nil, attrib.Errorf(attrib.ENOTFOUND, "claim %q not found", id)
	}
	reps, next, err := s.reports(ctx, id, p)
	if err != nil {
		return nil, nil, err
	}
	return &attrib.Claim{ID: id, Text: claimText(h), Speaker: topRef(h.Speakers), Reports: reps, Total: h.Reports, Next: next}, h, nil
}

// Trace returns the provenance of a claim: a page of reports with their
// vias, and the origin with its reason, read from the claim's header and
// its earliest reports.
func (s *Store) Trace(ctx context.Context, claimID string, p attrib.Page) (*attrib.Trace, error) {
	c, h, err := s.claim(ctx, claimID, p)
	if err != nil {
		return nil, err
	}
	o, err := s.origin(ctx, claimID, h)
	if err != nil {
		return nil, err
	}
	return &attrib.Trace{Claim: attrib.Ref{ID: c.ID, Kind: attrib.KindClaim, Name: c.Text}, Text: c.Text, Speaker: c.Speaker,
		Reports: c.Reports, Total: c.Total, Next: c.Next, Origin: o}, nil
}

// origin picks where a claim started: the outlet the reports cite as their
// channel (the most cited), else the earliest-dated report. Disagreement is
// stated, not hidden.
func (s *Store) origin(ctx context.Context, id string, h *head) (attrib.Origin, error) {
	return s.originWithQuotes(ctx, id, h, nil)
}

// originWithQuotes is origin, and when quoteIDs is not nil it also
// gathers the first summaryReports quote IDs of the claim's report list
// (from the keys, no values read) in the same scan: a summary then reads
// the list once (one query on PostgreSQL, not two).
func (s *Store) originWithQuotes(ctx context.Context, id string, h *head, quoteIDs *[]string) (attrib.Origin, error) {
	if len(h.Vias) > 0 {
		if quoteIDs != nil {
			if err := s.firstQuoteIDs(ctx, id, quoteIDs); err != nil {
				return attrib.Origin{}, err
			}
		}
		ids := byCount(h.Vias)
		top := h.Vias[ids[0]]
		o := attrib.Origin{Outlet: &attrib.Ref{ID: ids[0], Kind: attrib.KindOutlet, Name: top.Name}, Reason: fmt.Sprintf("cited as the source by %d article%s", top.N, plural(top.N))}
		if len(ids) > 1 {
			var names []string
			for _, v := range ids[1:] {
				names = append(names, fmt.Sprintf("%s (%d)", h.Vias[v].Name, h.Vias[v].N))
			}
			o.Conflict = "other articles cite " + strings.Join(names, ", ")
		}
		return o, nil
	}
	// The report list is sorted by date, undated last: its head is the
	// earliest, and the reports of the earliest day follow it. One scan
	// reads the head whole and the rest of its day (up to 50 in all) for
	// their article and outlet only: a whole report, with its quote and
	// context, cost most of a shared-claims page to decode, and a scan of
	// its own cost a query per claim on PostgreSQL.
	type dayReport struct {
		Article struct {
			ID string `json:"id"`
		} `json:"article"`
		Outlet *attrib.Ref `json:"outlet"`
	}
	prefix := keyClaimReports(id)
	var earliest *reportEntry
	var firstDay string
	var day []dayReport
	// readDay takes one report of the list in order; done once the
	// earliest day is read (or the head has no date)
	readDay := func(k string, v []byte) (done bool, err error) {
		d, _, _ := strings.Cut(k[len(prefix):], "|")
		if earliest == nil {
			earliest, firstDay = &reportEntry{}, d
			if err := decode(v, earliest); err != nil {
				return true, fmt.Errorf("read %s: %w", k, err)
			}
			day = append(day, dayReport{})
			return earliest.Published == "", nil // no dated report
		}
		if d != firstDay {
			return true, nil
		}
		var r dayReport
		if err := decode(v, &r); err != nil {
			return true, fmt.Errorf("read %s: %w", k, err)
		}
		day = append(day, r)
		return false, nil
	}
	// the scan goes on past the day (keys only) while quote IDs are wanted
	more := func() bool { return quoteIDs != nil && len(*quoteIDs) < summaryReports }
	dayDone := false
	err := s.side.scan(ctx, prefix, "", max(50, summaryReports), func(k string, v []byte) error {
		if more() {
			*quoteIDs = append(*quoteIDs, reportKeyQuote(k))
		}
		if !dayDone {
			done, err := readDay(k, v)
			if err != nil {
				return err
			}
			dayDone = done
		}
		if dayDone && !more() {
			return errStop
		}
		return nil
	})
	if err != nil || earliest == nil {
		return attrib.Origin{Reason: "unknown"}, err
	}
	if earliest.Published == "" { // no dated report
		if h.Reports == 1 {
			r := earliest.Report
			return attrib.Origin{Outlet: r.Outlet, Article: &r.Article, Reason: "only report"}, nil
		}
		return attrib.Origin{Reason: "unknown: no report cites a source or carries a date", Conflict: fmt.Sprintf("%d undated reports", h.Reports)}, nil
	}
	first := earliest.Report
	o := attrib.Origin{Outlet: first.Outlet, Article: &first.Article, Reason: "earliest published (" + first.Published + ")"}
	var ties []string
	for _, r := range day[min(1, len(day)):] {
		if r.Article.ID != first.Article.ID && r.Outlet != nil && (first.Outlet == nil || r.Outlet.ID != first.Outlet.ID) && !slices.Contains(ties, r.Outlet.Name) {
			ties = append(ties, r.Outlet.Name)
		}
	}
	if len(ties) > 0 {
		o.Conflict = "published the same day by " + strings.Join(ties, ", ")
	}
	if n := h.Undated; n > 0 {
		if o.Conflict != "" {
			o.Conflict += "; "
		}
		o.Conflict += fmt.Sprintf("%d report%s no date", n, map[bool]string{true: " carries", false: "s carry"}[n == 1])
	}
	return o, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ClaimOfQuote returns the claim a quote is an instance of: one lookup in
// the side index (the graph for stores written before it kept it).
func (s *Store) ClaimOfQuote(ctx context.Context, quoteID string) (string, error) {
	if v, err := s.side.get(ctx, keyQuoteClaim(quoteID)); err != nil || v != nil {
		return string(v), err
	}
	defer s.rlock()()
	defer s.noRemap()()
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

// Person returns a speaker and a page of their quotes, oldest first.
func (s *Store) Person(ctx context.Context, id string, p attrib.Page) (*attrib.PersonView, error) {
	h, err := s.readHead(ctx, attrib.KindPerson, id)
	if err != nil {
		return nil, err
	}
	if h == nil || h.Quotes <= 0 {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "person %q not found", id)
	}
	kind := attrib.KindPerson
	if h.Kinds[attrib.KindOrganization] > 0 {
		kind = attrib.KindOrganization
	}
	name := topKey(h.Names)
	pv := &attrib.PersonView{Ref: attrib.Ref{ID: id, Kind: kind, Name: name}, Aliases: sortedKeys(h.Aliases), Titles: sortedKeys(h.Titles), Quotes: []attrib.QuoteIn{}, Total: h.Quotes}
	for _, n := range sortedKeys(h.Names) { // other articles' spellings ("Ada B. Moss")
		if n != name && !slices.Contains(pv.Aliases, n) {
			pv.Aliases = append(pv.Aliases, n)
		}
	}
	pv.Quotes, pv.Next, err = scanPage[attrib.QuoteIn](ctx, s, keyPersonQuotes(id), p)
	if err != nil {
		return nil, err
	}
	return pv, nil
}

// Outlet returns an outlet with the first pages of the articles it
// published and of those citing it.
func (s *Store) Outlet(ctx context.Context, id string, p attrib.Page) (*attrib.OutletView, error) {
	h, err := s.readHead(ctx, attrib.KindOutlet, id)
	if err != nil {
		return nil, err
	}
	if h == nil {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "outlet %q not found", id)
	}
	ov := &attrib.OutletView{Ref: attrib.Ref{ID: id, Kind: attrib.KindOutlet, Name: topKey(h.Names)}, ViaQuotes: h.Via}
	first := attrib.Page{Limit: p.Limit}
	pub, err := s.refPage(ctx, keyOutletPublished(id), first, h.Published)
	if err != nil {
		return nil, err
	}
	cited, err := s.refPage(ctx, keyOutletCited(id), first, h.Cited)
	if err != nil {
		return nil, err
	}
	ov.Published, ov.CitedBy = *pub, *cited
	return ov, nil
}

// OutletArticles pages one of an outlet's lists: "published" or "cited_by".
func (s *Store) OutletArticles(ctx context.Context, id, list string, p attrib.Page) (*attrib.RefPage, error) {
	h, err := s.readHead(ctx, attrib.KindOutlet, id)
	if err != nil {
		return nil, err
	}
	if h == nil {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "outlet %q not found", id)
	}
	switch list {
	case "published":
		return s.refPage(ctx, keyOutletPublished(id), p, h.Published)
	case "cited_by":
		return s.refPage(ctx, keyOutletCited(id), p, h.Cited)
	}
	return nil, attrib.Errorf(attrib.EINVALID, "list %q: want published or cited_by", clipRunes(list, 30))
}

func (s *Store) refPage(ctx context.Context, prefix string, p attrib.Page, total int) (*attrib.RefPage, error) {
	items, next, err := scanPage[attrib.Ref](ctx, s, prefix, p)
	if err != nil {
		return nil, err
	}
	return &attrib.RefPage{Items: items, Total: total, Next: next}, nil
}

// summaryReports bounds the quote IDs a claim summary lists.
const summaryReports = 20

// firstQuoteIDs appends the first summaryReports quote IDs of a claim's
// report list, from its keys (…|article|quote), no values read.
func (s *Store) firstQuoteIDs(ctx context.Context, id string, out *[]string) error {
	return s.side.scan(ctx, keyClaimReports(id), "", summaryReports, func(k string, _ []byte) error {
		*out = append(*out, reportKeyQuote(k))
		return nil
	})
}

// reportKeyQuote is the quote ID that ends a report list's key (…|article|quote).
func reportKeyQuote(k string) string { return k[strings.LastIndexByte(k, '|')+1:] }

// summary is a claim with its speaker, reporters and origin.
func (s *Store) summary(ctx context.Context, id string, h *head, score float64) (*attrib.ClaimSummary, error) {
	cs := &attrib.ClaimSummary{ID: id, Text: claimText(h), Speaker: topRef(h.Speakers), Quotes: h.Reports, Score: score, Reporters: []attrib.Ref{}}
	// reporters: most reports first
	for _, o := range byCount(h.Outlets) {
		cs.Reporters = append(cs.Reporters, attrib.Ref{ID: o, Kind: attrib.KindOutlet, Name: h.Outlets[o].Name})
	}
	// the origin, and the first quotes' IDs from the same scan of the
	// report list's keys (…|article|quote)
	o, err := s.originWithQuotes(ctx, id, h, &cs.QuoteIDs)
	if err != nil {
		return nil, err
	}
	cs.Origin = &o
	return cs, nil
}

// SharedClaims returns the claims that at least minOutlets outlets carry,
// those carried by more outlets first, one page; score is the number of
// outlets. The list is kept sorted in the side index.
func (s *Store) SharedClaims(ctx context.Context, minOutlets int, p attrib.Page) (*attrib.ClaimList, error) {
	if minOutlets < 1 {
		return nil, attrib.Errorf(attrib.EINVALID, "min_outlets is %d; at least 1", minOutlets)
	}
	after, err := decodeCursor(p.Cursor, "sc|")
	if err != nil {
		return nil, err
	}
	out := &attrib.ClaimList{Claims: []attrib.ClaimSummary{}}
	// the total: claims per outlet count, one key per count seen. Stores
	// written before the surname index had its own prefix ("su|") hold
	// its keys under "sn|" ("sn|moss|ID"), sorting after the counts'
	// digits: the scan stops at the first of them.
	err = s.side.scan(ctx, "sn|", "", 0, func(k string, v []byte) error {
		n, err := strconv.Atoi(strings.TrimPrefix(k, "sn|"))
		if err != nil {
			return errStop // past the counts
		}
		if n >= minOutlets {
			c, _ := strconv.Atoi(string(v))
			out.Total += c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	limit := pageLimit(p)
	var ids []string
	var counts []int
	last := ""
	err = s.side.scan(ctx, "sc|", after, limit+1, func(k string, v []byte) error {
		var inv int
		var id string
		if _, err := fmt.Sscanf(k, "sc|%04d|%s", &inv, &id); err != nil {
			return fmt.Errorf("read %s: %w", k, err)
		}
		if 9999-inv < minOutlets {
			return errStop
		}
		if len(ids) == limit {
			out.Next = encodeCursor(last)
			return errStop
		}
		ids, counts, last = append(ids, id), append(counts, 9999-inv), k
		return nil
	})
	if err != nil {
		return nil, err
	}
	heads, err := s.claimHeads(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if heads[i] == nil {
			continue
		}
		cs, err := s.summary(ctx, id, heads[i], float64(counts[i]))
		if err != nil {
			return nil, err
		}
		out.Claims = append(out.Claims, *cs)
	}
	return out, nil
}

// getEach reads the side index entry of each x in one read and hands the
// ones present to decode.
func getEach[T any](ctx context.Context, s *Store, xs []T, keyOf func(T) string, decode func(x T, v []byte) error) error {
	ks := make([]string, len(xs))
	for i, x := range xs {
		ks[i] = keyOf(x)
	}
	vals, err := s.side.getMany(ctx, ks)
	if err != nil {
		return err
	}
	for i, v := range vals {
		if v != nil {
			if err := decode(xs[i], v); err != nil {
				return fmt.Errorf("read %s: %w", ks[i], err)
			}
		}
	}
	return nil
}

// MatchPostings returns the claims stored under each bigram hash.
func (s *Store) MatchPostings(ctx context.Context, keys []uint64) (map[uint64][]attrib.Posting, error) {
	out := make(map[uint64][]attrib.Posting, len(keys))
	err := getEach(ctx, s, keys, keyPosting, func(h uint64, v []byte) error {
		ps, err := decodePosting(v)
		out[h] = ps
		return err
	})
	return out, err
}

// MatchStates returns the stored matcher state of each claim that has one.
func (s *Store) MatchStates(ctx context.Context, ids []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(ids))
	err := getEach(ctx, s, ids, keyMatchState, func(id string, v []byte) error {
		out[id] = v
		return nil
	})
	return out, err
}

// MatchMeta returns the stored meta (root bigrams, wildcards) of each claim that has one.
func (s *Store) MatchMeta(ctx context.Context, ids []string) (map[string]attrib.ClaimMeta, error) {
	out := make(map[string]attrib.ClaimMeta, len(ids))
	err := getEach(ctx, s, ids, keyMatchMeta, func(id string, v []byte) error {
		var m attrib.ClaimMeta
		_, err := fmt.Sscanf(string(v), "%d,%d", &m.RootBigrams, &m.Stars)
		out[id] = m
		return err
	})
	return out, err
}

// ReportedBy pages the speech reported from a source, oldest first.
func (s *Store) ReportedBy(ctx context.Context, sourceID string, p attrib.Page) (*attrib.ReportedPage, error) {
	total := 0
	for _, kind := range []string{attrib.KindPerson, attrib.KindOutlet} {
		h, err := s.readHead(ctx, kind, sourceID)
		if err != nil {
			return nil, err
		}
		if h != nil {
			total += h.Reported
		}
	}
	if total <= 0 {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "no speech is reported from %q", sourceID)
	}
	items, next, err := scanPage[attrib.ReportedAt](ctx, s, keyReportedBy(sourceID), p)
	if err != nil {
		return nil, err
	}
	return &attrib.ReportedPage{Items: items, Total: total, Next: next}, nil
}

// ReportedIn pages the speech an article reports, in text order.
func (s *Store) ReportedIn(ctx context.Context, articleID string, p attrib.Page) (*attrib.ReportedPage, error) {
	v, err := s.side.get(ctx, keyArticleSlim(articleID))
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, attrib.Errorf(attrib.ENOTFOUND, "article %q not found", articleID)
	}
	var a attrib.Article
	if err := decode(v, &a); err != nil {
		return nil, fmt.Errorf("read article %s: %w", articleID, err)
	}
	items, next, err := scanPage[attrib.ReportedAt](ctx, s, keyReportedIn(articleID), p)
	if err != nil {
		return nil, err
	}
	return &attrib.ReportedPage{Items: items, Total: len(a.Reported), Next: next}, nil
}
