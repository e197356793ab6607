package loader

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/attrib/attrib"
)

// Matcher groups quotes of one utterance into claims across articles.
//
// A quote joins a claim of the same speaker when its words are contained in
// one of the claim's wordings (a fragment: MemeTracker's rule that a short
// phrase must be fully covered), when it contains one of them, or when the
// two share an 8-word shingle (Quootstrap's rule). Editorial variants are
// folded first: case, punctuation, hyphens, curly marks, ellipses, and a
// bracketed insertion ("[the agency]") matches any one to four words.
//
// Matching is incremental and indexed: each wording is indexed by its word
// bigrams, and a new quote is compared only with the claims that share its
// rarer bigrams, so the cost per quote does not grow with the corpus.
//
// With a memory (NewStoredMatcher), the index lives in the store: before a
// batch, the postings of its bigrams and the states of the claims they name
// are read; after it, what changed is handed to the store to be written in
// the batch's transaction. A load into a big store starts at once, and the
// matcher's caches are dropped between batches when they grow large.
type Matcher struct {
	mu       sync.Mutex
	claims   map[string]*claimState
	postings map[uint64][]attrib.Posting // bigram hash -> claims

	mem         attrib.MatchMemory
	fetched     map[uint64]bool // bigrams whose stored postings are read
	dirtyPost   map[uint64]bool
	dirtyClaims map[string]bool
}

type claimState struct {
	id          string
	speaker     string // NormName of the speaker, "" when unknown
	tag         uint32 // speakerTag(speaker)
	wordings    [][]string
	root        []string // the longest wording: the full version
	rootBigrams int
	stars       int    // most wildcards in one wording
	shingles    u64set // 8-word shingles of every wording
	seen        u64set // bigrams already posted
	days        []int  // publication days of its wordings, where known
}

// NewMatcher returns an empty matcher that keeps its index in memory.
func NewMatcher() *Matcher {
	return &Matcher{claims: map[string]*claimState{}, postings: map[uint64][]attrib.Posting{},
		fetched: map[uint64]bool{}, dirtyPost: map[uint64]bool{}, dirtyClaims: map[string]bool{}}
}

// NewStoredMatcher returns a matcher whose index is kept in mem.
func NewStoredMatcher(mem attrib.MatchMemory) *Matcher {
	m := NewMatcher()
	m.mem = mem
	return m
}

// A stored matcher keeps at most this many claims and fetched bigram
// postings between batches; past either, its caches start afresh.
const (
	maxCached         = 60_000
	maxCachedPostings = 500_000
)

// maxWordings bounds the distinct wordings a claim keeps for matching.
const maxWordings = 32

// ResetDue reports whether the next AssignStored starts its caches afresh,
// reading everything it needs from the store again: the store must hold
// every delta handed out before.
func (m *Matcher) ResetDue() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.resetDue()
}

func (m *Matcher) resetDue() bool {
	return m.mem != nil && (len(m.claims) > maxCached || len(m.fetched) > maxCachedPostings)
}

// storedState is a claim's matcher state as the store keeps it.
type storedState struct {
	Speaker  string   `json:"s,omitempty"`
	Wordings []string `json:"w"`
	Days     []int    `json:"d,omitempty"`
}

// AssignStored assigns claims article by article in order (so that the
// claims do not depend on how a load is cut into batches), reading what it
// needs of the stored index first, and returns what the store must write
// with the batch.
func (m *Matcher) AssignStored(ctx context.Context, arts []*attrib.Article) (*attrib.MatchDelta, error) {
	m.mu.Lock()
	if m.resetDue() {
		// the last batch is written: drop the caches, they reload from the store
		m.claims, m.postings, m.fetched = map[string]*claimState{}, map[uint64][]attrib.Posting{}, map[uint64]bool{}
	}
	m.mu.Unlock()
	for _, a := range arts {
		one := []*attrib.Article{a}
		if m.mem != nil {
			m.mu.Lock()
			err := m.prefetch(ctx, one)
			m.mu.Unlock()
			if err != nil {
				return nil, err
			}
		}
		m.Assign(one)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	d := &attrib.MatchDelta{Postings: map[uint64][]attrib.Posting{}, States: map[string][]byte{}, Meta: map[string]attrib.ClaimMeta{}}
	for g := range m.dirtyPost {
		d.Postings[g] = m.postings[g]
	}
	for id := range m.dirtyClaims {
		c := m.claims[id]
		st := storedState{Speaker: c.speaker, Days: c.days}
		for _, w := range c.wordings {
			st.Wordings = append(st.Wordings, strings.Join(w, " "))
		}
		b, err := json.Marshal(st)
		if err != nil {
			return nil, err
		}
		d.States[id] = b
		d.Meta[id] = attrib.ClaimMeta{RootBigrams: c.rootBigrams, Stars: c.stars}
	}
	m.dirtyPost, m.dirtyClaims = map[uint64]bool{}, map[string]bool{}
	return d, nil
}

// prefetch reads the stored postings of the batch's bigrams and the states
// of the claims they name.
func (m *Matcher) prefetch(ctx context.Context, arts []*attrib.Article) error {
	type quote struct {
		bgs []uint64
		tag uint32 // its speaker's
	}
	var quotes []quote
	var need []uint64
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.Term {
				continue
			}
			bgs := bigrams(normWords(q.Text))
			quotes = append(quotes, quote{bgs, speakerTag(attrib.NormName(q.Speaker))})
			for _, g := range bgs {
				if !m.fetched[g] {
					m.fetched[g] = true
					need = append(need, g)
				}
			}
		}
	}
	if len(need) > 0 {
		posts, err := m.mem.MatchPostings(ctx, need)
		if err != nil {
			return err
		}
		for g, stored := range posts {
			merged := append([]attrib.Posting{}, stored...)
			for _, p := range m.postings[g] { // claims made since, in this process
				if !slices.ContainsFunc(merged, func(o attrib.Posting) bool { return o.Claim == p.Claim }) && len(merged) <= maxPosting {
					merged = append(merged, p)
				}
			}
			m.postings[g] = merged
		}
	}
	// The claims a quote could match share enough of its bigrams (see
	// match); how many is enough depends on two numbers of the claim, its
	// meta. Metas are read for every claim named that the quote's speaker
	// can join (by the posting's tag) and that is not cached, states only
	// for the claims that can pass: most claims in a posting share one
	// bigram. This runs even when every posting was cached: an earlier
	// quote of another speaker may have read them without the claims.
	type cand struct{ n, need, skipped int }
	counts := map[string][]cand{} // claim -> per quote: shared bigrams
	uncached := func(id string) bool { return m.claims[id] == nil }
	for _, q := range quotes {
		n, skipped := m.shared(q.bgs, q.tag, uncached)
		for id, k := range n {
			counts[id] = append(counts[id], cand{k, len(q.bgs), skipped})
		}
	}
	if len(counts) == 0 {
		return nil
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	metas, err := m.mem.MatchMeta(ctx, ids)
	if err != nil {
		return err
	}
	var load []string
	for _, id := range ids {
		meta, ok := metas[id]
		if !ok {
			continue // a claim whose state is gone
		}
		for _, c := range counts[id] {
			if c.n >= mustShare(c.need, meta.RootBigrams, meta.Stars, c.skipped) {
				load = append(load, id)
				break
			}
		}
	}
	if len(load) == 0 {
		return nil
	}
	states, err := m.mem.MatchStates(ctx, load)
	if err != nil {
		return err
	}
	for _, id := range load {
		b, ok := states[id]
		if !ok {
			continue
		}
		var st storedState
		if err := json.Unmarshal(b, &st); err != nil {
			return fmt.Errorf("claim %s: matcher state: %w", id, err)
		}
		c := &claimState{id: id, speaker: st.Speaker, tag: speakerTag(st.Speaker), days: st.Days}
		for _, w := range st.Wordings {
			c.grow(strings.Fields(w)) // its postings are stored already
		}
		m.claims[id] = c
	}
	return nil
}

const (
	shortWords   = 4  // a quote shorter than this is a fragment that needs a full version to join
	maxPosting   = 64 // a bigram in more claims than this is too common to look up
	shingleWords = 8
	minFragment  = 2
)

// normWords folds a quote to the words matching compares. A bracketed
// insertion that stands as words becomes one wildcard "*"; brackets inside a
// word ("expect[s]") are dropped with what they hold.
func normWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			w := b.String()
			if w != "s" || len(out) == 0 { // a possessive 's split off by an apostrophe
				out = append(out, w)
			}
			b.Reset()
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '[':
			j := i + 1
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			inWord := b.Len() > 0 || (j+1 < len(rs) && (unicode.IsLetter(rs[j+1]) || unicode.IsDigit(rs[j+1])))
			if inWord {
				// "expect[s]": the editor's letters are not the speaker's
			} else {
				flush()
				out = append(out, "*")
			}
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '.' && b.Len() > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]):
			// U.S.A. stays one word
		case r == '\'' || r == '\u2019':
			if b.Len() > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
				continue // don't, it's
			}
			flush()
		default:
			flush()
		}
	}
	flush()
	return out
}

func bigram(a, b string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(a))
	h.Write([]byte{0})
	h.Write([]byte(b))
	return h.Sum64()
}

func bigrams(ws []string) []uint64 {
	var out []uint64
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "*" || ws[i+1] == "*" {
			continue
		}
		out = append(out, bigram(ws[i], ws[i+1]))
	}
	return out
}

// Add records a quote already assigned to claimID (a stored quote), so that
// later quotes can join its claim; published is its article's date
// (YYYY-MM-DD, or "" when unknown).
func (m *Matcher) Add(claimID, speaker, text, published string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.add(claimID, attrib.NormName(speaker), normWords(text), dayOf(published))
}

// dayOf numbers a YYYY-MM-DD date in days; -1 when there is none.
func dayOf(published string) int {
	t, err := time.Parse("2006-01-02", published)
	if err != nil {
		return -1
	}
	return int(t.Unix() / 86400)
}

func (m *Matcher) add(id, speaker string, ws []string, day int) *claimState {
	c := m.claims[id]
	if c == nil {
		c = &claimState{id: id}
		m.claims[id] = c
	}
	if c.speaker == "" {
		c.speaker, c.tag = speaker, speakerTag(speaker)
	}
	if m.mem != nil {
		m.dirtyClaims[id] = true
	}
	if day >= 0 && !slices.Contains(c.days, day) {
		c.days = append(c.days, day)
	}
	for _, w := range c.wordings {
		if slices.Equal(w, ws) {
			return c // the same wording again adds nothing to match against
		}
	}
	if len(c.wordings) >= maxWordings && len(ws) <= len(c.root) {
		return c
	}
	for _, g := range c.grow(ws) {
		if p := m.postings[g]; len(p) <= maxPosting {
			m.postings[g] = append(p, attrib.Posting{Claim: id, Speaker: c.tag})
			if m.mem != nil {
				m.dirtyPost[g] = true
			}
		}
	}
	return c
}

// grow adds a wording to a claim's state and returns its bigrams the
// claim had not seen (the ones to post).
func (c *claimState) grow(ws []string) []uint64 {
	c.wordings = append(c.wordings, ws)
	bgs := bigrams(ws)
	if len(ws) > len(c.root) {
		c.root = ws
		c.rootBigrams = len(bgs)
	}
	for _, h := range shingles(ws, shingleWords) {
		c.shingles.add(h)
	}
	c.stars = max(c.stars, countStar(ws)) // an editor's insertion hides bigrams the other wording has
	var fresh []uint64
	for _, g := range bgs {
		if c.seen.add(g) {
			fresh = append(fresh, g)
		}
	}
	return fresh
}

// speakerTag is what a posting keeps of a claim's speaker (NormName): a
// hash, 0 for none.
func speakerTag(norm string) uint32 {
	if norm == "" {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(norm))
	return max(1, h.Sum32())
}

// otherSpeaker: do tags tell that a claim and a quote have two different
// speakers? Such a quote cannot join the claim (see match); a tag 0 (no
// speaker, or one the store did not keep) could be anyone.
func otherSpeaker(claimTag, quoteTag uint32) bool {
	return claimTag != 0 && quoteTag != 0 && claimTag != quoteTag
}

// shared counts, for each claim a quote's postings name, how many of its
// bigrams bgs the claim shares, leaving out the claims of another speaker
// (by tag) and those keep (when set) refuses; skipped is how many of the
// bigrams are too common to tell claims apart. prefetch and match count
// alike, so that prefetch reads every claim match can take.
func (m *Matcher) shared(bgs []uint64, tag uint32, keep func(string) bool) (counts map[string]int, skipped int) {
	counts = map[string]int{}
	for _, g := range bgs {
		p := m.postings[g]
		if len(p) > maxPosting {
			skipped++
			continue
		}
		for _, e := range p {
			if !otherSpeaker(e.Speaker, tag) && (keep == nil || keep(e.Claim)) {
				counts[e.Claim]++
			}
		}
	}
	return counts, skipped
}

// mustShare is how many of a quote's bigrams a claim must share to be
// compared with it: all of a fragment's, all of a full version's, or the
// 7 of an 8-word shingle, fewer by the bigrams too common to count and by
// what an editor's insertions hide.
func mustShare(quoteBigrams, rootBigrams, stars, skipped int) int {
	return max(1, min(quoteBigrams, shingleWords-1, rootBigrams)-skipped-2*stars)
}

// Match returns the claim a quote published on a date (YYYY-MM-DD or "")
// belongs to, or "" when none.
func (m *Matcher) Match(speaker, text, published string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.match(attrib.NormName(speaker), normWords(text), dayOf(published))
}

// fragmentDays bounds how far apart in time a short fragment and the full
// version it joins may be published: a phrase quoted on its own months
// later is a catchphrase in use, not a report of that utterance.
const fragmentDays = 14

func (m *Matcher) match(speaker string, ws []string, day int) string {
	if len(ws) < minFragment {
		return ""
	}
	bgs := bigrams(ws)
	counts, skipped := m.shared(bgs, speakerTag(speaker), nil)
	type cand struct {
		id string
		n  int
	}
	// only the few claims that share enough bigrams (mustShare) have
	// their words compared
	var cands []cand
	for id, n := range counts {
		c := m.claims[id]
		if c == nil {
			continue // a stored claim that cannot pass: prefetch left it out
		}
		if n >= mustShare(len(bgs), c.rootBigrams, c.stars, skipped) {
			cands = append(cands, cand{id, n})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].n != cands[j].n {
			return cands[i].n > cands[j].n
		}
		return cands[i].id < cands[j].id
	})
	// in order of preference: the same wording; a quote holding a claim's
	// full version, or sharing an 8-word shingle with one of its wordings;
	// a fragment inside the wordings of one claim only. A short fragment
	// that several claims hold ("radical reform") is ambiguous and joins
	// none, so that it cannot chain two utterances into one claim.
	short := len(ws) < shortWords
	if short && contentWords(ws) < 2 {
		return "" // "of course", "very sad": too common to say whose words they are
	}
	wsShingles := shingles(ws, shingleWords)
	var joined, inside []string
	for _, cd := range cands {
		c := m.claims[cd.id]
		sameSpeaker := c.speaker == speaker && speaker != ""
		anySpeaker := c.speaker == "" || speaker == ""
		if !sameSpeaker && !anySpeaker {
			continue
		}
		if short && (len(c.root) < shortWords || !near(c.days, day, fragmentDays)) {
			// two short phrases alike ("anchor baby") are a term in use, not
			// one utterance: a short fragment joins only a full version,
			// and one published near it
			continue
		}
		for _, w := range c.wordings {
			if contains(w, ws) {
				inside = append(inside, c.id)
				break
			}
		}
		for _, w := range c.wordings {
			if slices.Equal(w, ws) {
				return c.id
			}
		}
		if len(joined) == 0 {
			// a quote holding a claim's full version; when that version is a
			// short phrase, only near it in time
			if sameSpeaker && len(c.root) >= minFragment && (len(c.root) >= shortWords || near(c.days, day, fragmentDays)) && contains(ws, c.root) {
				joined = append(joined, c.id)
			} else {
				for _, h := range wsShingles {
					if c.shingles.has(h) {
						joined = append(joined, c.id)
						break
					}
				}
			}
		}
	}
	switch {
	case len(joined) > 0:
		return joined[0]
	case len(inside) == 1 || len(inside) > 1 && len(ws) >= shingleWords:
		return inside[0]
	}
	return ""
}

// near: is day within d days of one of days? Unknown dates are near.
func near(days []int, day, d int) bool {
	if day < 0 || len(days) == 0 {
		return true
	}
	for _, x := range days {
		if x-day <= d && day-x <= d {
			return true
		}
	}
	return false
}

// contentWords counts the words of ws that are not function words.
func contentWords(ws []string) int {
	n := 0
	for _, w := range ws {
		if w != "*" && !functionWords[w] {
			n++
		}
	}
	return n
}

var functionWords = toSet(`a an the of to in on at by for with from and or but not no is are was were be been am it its
this that these those he she they we i you him her them us me my our your his their there here very so too
of course just mr mrs ms dr yes well oh what who how why when where all any some more most much many`)

// Assign gives every quote of arts a claim ID: a matching claim's, else a
// new claim rooted at the quote. Longer quotes are placed first, so claims
// root at full versions and fragments join them; an untagged continuation
// that matches nothing joins the claim of the quote it continues.
func (m *Matcher) Assign(arts []*attrib.Article) {
	m.mu.Lock()
	defer m.mu.Unlock()
	type ref struct{ a, q int }
	var refs []ref
	words := map[ref][]string{}
	for ai, a := range arts {
		for qi := range a.Quotes {
			if a.Quotes[qi].Term {
				continue // a quoted term is nobody's statement: no claim
			}
			r := ref{ai, qi}
			refs = append(refs, r)
			words[r] = normWords(a.Quotes[qi].Text)
		}
	}
	sort.SliceStable(refs, func(i, j int) bool { return len(words[refs[i]]) > len(words[refs[j]]) })
	var deferred []ref
	for _, r := range refs {
		q := &arts[r.a].Quotes[r.q]
		sp := attrib.NormName(q.Speaker)
		ws := words[r]
		day := dayOf(arts[r.a].Published)
		if id := m.match(sp, ws, day); id != "" {
			q.ClaimID = id
			m.add(id, sp, ws, day)
			continue
		}
		if q.Continues {
			deferred = append(deferred, r)
			continue
		}
		q.ClaimID = ClaimID(sp + "|" + strings.Join(ws, " ") + "|" + arts[r.a].ID)
		m.add(q.ClaimID, sp, ws, day)
	}
	sort.Slice(deferred, func(i, j int) bool {
		if deferred[i].a != deferred[j].a {
			return deferred[i].a < deferred[j].a
		}
		return deferred[i].q < deferred[j].q
	})
	for _, r := range deferred {
		qs := arts[r.a].Quotes
		q := &qs[r.q]
		sp := attrib.NormName(q.Speaker)
		if r.q > 0 && qs[r.q-1].ClaimID != "" {
			q.ClaimID = qs[r.q-1].ClaimID
		} else {
			q.ClaimID = ClaimID(sp + "|" + strings.Join(words[r], " ") + "|" + arts[r.a].ID)
		}
		m.add(q.ClaimID, sp, words[r], dayOf(arts[r.a].Published))
	}
}

// contains reports whether needle occurs in hay as a run of words, where a
// wildcard "*" on either side stands for one to four words.
func contains(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay)+3*countStar(hay) {
		return false
	}
	budget := 20000 // wildcards branch; a bound keeps hostile brackets linear
	for i := range hay {
		if matchAt(hay, i, needle, 0, &budget) {
			return true
		}
		if budget <= 0 {
			return false
		}
	}
	return false
}

func countStar(ws []string) int {
	n := 0
	for _, w := range ws {
		if w == "*" {
			n++
		}
	}
	return n
}

func matchAt(h []string, i int, n []string, j int, budget *int) bool {
	for j < len(n) {
		if *budget--; *budget <= 0 {
			return false
		}
		if n[j] == "*" {
			for k := 1; k <= 4 && i+k <= len(h); k++ {
				if matchAt(h, i+k, n, j+1, budget) {
					return true
				}
			}
			return j == len(n)-1 && i < len(h)
		}
		if i >= len(h) {
			return false
		}
		if h[i] == "*" {
			// an editor's insertion stands for words of the other wording,
			// but not for all of them: some real word must match too
			for k := 1; k <= 4 && j+k <= len(n) && (j > 0 || j+k < len(n)); k++ {
				if matchAt(h, i+1, n, j+k, budget) {
					return true
				}
			}
			return false
		}
		if h[i] != n[j] {
			return false
		}
		i++
		j++
	}
	return true
}

// shingles hashes every run of k words of ws (none holding a wildcard).
func shingles(ws []string, k int) []uint64 {
	var out []uint64
	for i := 0; i+k <= len(ws); i++ {
		h := fnv.New64a()
		ok := true
		for _, w := range ws[i : i+k] {
			if w == "*" {
				ok = false
				break
			}
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		if ok {
			out = append(out, h.Sum64())
		}
	}
	return out
}

// u64set is a sorted set of hashes: a claim's bigrams and shingles, kept
// for many claims at once, in less memory than a map.
type u64set []uint64

func (s u64set) has(x uint64) bool {
	_, ok := slices.BinarySearch(s, x)
	return ok
}

// add inserts x and reports whether it was new.
func (s *u64set) add(x uint64) bool {
	i, ok := slices.BinarySearch(*s, x)
	if ok {
		return false
	}
	*s = slices.Insert(*s, i, x)
	return true
}
