package loader

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// Stage 1 of attribution, learned. The rules read each quote's sentence
// and name a speaker (or none); the ranker then scores that decision
// against every mention around the quote (the names, pronouns and
// descriptions of its own, the previous and the next paragraph) with a
// conditional logistic regression over binary features, and keeps the
// best. The rules' decision is itself a candidate ("keep") and a feature of
// the others ("agrees-rule"), so the model learns where the rules are
// reliable and where a nearby mention is the better answer.
//
// The weights are trained by `attrib train` from annotated articles and
// ship embedded (ranker.weights); TestRankerWeightsReproduce checks that
// training on the same data gives the same file.

//go:embed ranker.weights
var rankerWeights string

// Ranker scores candidate speakers of a quote.
type Ranker struct {
	w map[string]float64
}

var defaultRanker = mustParseRanker(rankerWeights)

// DefaultRanker is the ranker whose weights ship with the loader.
func DefaultRanker() *Ranker { return defaultRanker }

func mustParseRanker(s string) *Ranker {
	r, err := ParseRanker(s)
	if err != nil {
		panic("loader: embedded ranker.weights: " + err.Error())
	}
	return r
}

// ParseRanker reads weights written by Ranker.String: one `feature<TAB>weight`
// per line; lines starting with # are comments.
func ParseRanker(s string) (*Ranker, error) {
	r := &Ranker{w: map[string]float64{}}
	for i, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f, v, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want feature<TAB>weight", i+1)
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("line %d: bad weight %q", i+1, v)
		}
		if _, dup := r.w[f]; dup {
			return nil, fmt.Errorf("line %d: feature %q twice", i+1, f)
		}
		r.w[f] = x
	}
	return r, nil
}

// String writes the weights, sorted by feature, zero weights left out.
func (r *Ranker) String() string {
	keys := make([]string, 0, len(r.w))
	for k, v := range r.w {
		if formatWeight(v) != "0" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# attrib speaker ranker: feature<TAB>weight (attrib train writes this file)\n")
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('\t')
		b.WriteString(formatWeight(r.w[k]))
		b.WriteByte('\n')
	}
	return b.String()
}

func formatWeight(v float64) string {
	s := strconv.FormatFloat(v, 'f', 4, 64)
	if s == "-0.0000" || s == "0.0000" {
		return "0"
	}
	return s
}

// Len is the number of features with a weight.
func (r *Ranker) Len() int { return len(r.w) }

// candidate is one possible speaker of a quote: the rules' decision
// (keep), or a mention near the quote, resolved to a speaker.
type candidate struct {
	keep       bool
	start, end int // the mention's byte offsets (keep: -1)
	speaker    string
	kind       string
	m          mention
	how        string
	pos, dist  string   // position and distance bin ("sent-before", "2"), for --explain
	feats      []string // the features' names, when the context collects them (training)
	score      float64  // the sum of their weights, when the context scores
}

// pmention is a mention found in a paragraph, with its offsets.
type pmention struct {
	start, end int
	m          mention
	// the last resolution, valid while the resolver has as many speakers
	resolvedAt      int  // len(r.speakers)+1 when resolved; 0: never
	fixed           bool // its resolution reads no speaker (fixedResolution): resolved once
	name, kind, how string
}

// rankContext is what the ranker reads of an article, computed once.
type rankContext struct {
	text, masked string
	ps           []para
	memo         *mentionMemo // reads runs, with the article's known outlets
	outlet       string
	r            *resolver
	byPara       map[int][]pmention
	runs         map[int][][]int    // capitalised runs of each body paragraph (collectEntities')
	counts       map[string]int     // resolved entity names: how often each is named
	w            map[string]float64 // the weights candidates are scored with; nil: no scores
	collect      bool               // keep each candidate's feature names (training)
	fbuf         []byte             // a feature's name, built for a weight lookup
	ws           [][2]int           // a paragraph's words, reused
	cbuf         []candidate        // the last quote's candidates, reused
	names        map[string]nameInfo
	dlPlaces     []string // the places the article's datelines name, lower case
}

// datelinePlaces are the places ps's datelines name ("kells vale" of
// "KELLS VALE, Ark. —"), lower case.
func datelinePlaces(text string, ps []para) []string {
	var out []string
	for _, p := range ps {
		if p.dl == 0 {
			continue
		}
		d := text[p.start : p.start+p.dl]
		if i := strings.IndexAny(d, ",(–—-"); i > 0 {
			d = d[:i]
		}
		if d = strings.ToLower(strings.TrimSpace(d)); d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// nameInfo is what the ranker reads of a speaker's name alone, once per
// article.
type nameInfo struct {
	words     int  // how many
	common    bool // every word one the article writes in lower case
	word      bool // one word, and a common English one ("Telephone")
	publisher bool // the article's own outlet
	worthy    bool // speakerWorthy
}

func (c *rankContext) nameInfo(name string) nameInfo {
	if ni, ok := c.names[name]; ok {
		return ni
	}
	words := strings.Fields(name)
	ni := nameInfo{words: len(words), common: true, worthy: c.speakerWorthy(name)}
	ni.word = len(words) == 1 && isEnglishCommon(strings.ToLower(name))
	ni.publisher = c.outlet != "" && attrib.NormOutlet(name) == c.outlet
	for _, w := range words {
		ni.common = ni.common && c.r.lower[strings.ToLower(w)]
	}
	if c.names == nil {
		c.names = map[string]nameInfo{}
	}
	c.names[name] = ni
	return ni
}

// feat gives cd the feature named by the concatenation of parts: its
// weight is added to cd.score when the context scores, its name kept in
// cd.feats when it collects. Scoring builds the name in a reused buffer
// (a map lookup by string(bytes) allocates nothing), so that ranking a
// quote's candidates makes no feature strings.
func (c *rankContext) feat(cd *candidate, parts ...string) {
	if c.w != nil {
		b := c.fbuf[:0]
		for _, p := range parts {
			b = append(b, p...)
		}
		c.fbuf = b
		cd.score += c.w[string(b)]
	}
	if c.collect {
		cd.feats = append(cd.feats, strings.Join(parts, ""))
	}
}

func newRankContext(text, masked string, ps []para, memo *mentionMemo, outlet string, r *resolver, runs map[int][][]int) *rankContext {
	c := &rankContext{text: text, masked: masked, ps: ps, memo: memo, outlet: attrib.NormOutlet(outlet), r: r, byPara: map[int][]pmention{}, runs: runs, counts: map[string]int{}, dlPlaces: datelinePlaces(text, ps)}
	for _, e := range r.entities {
		c.counts[e.name]++
	}
	return c
}

// mentions lists the mentions of paragraph pi, outside quotes, in order.
func (c *rankContext) mentions(pi int) []pmention {
	if ms, ok := c.byPara[pi]; ok {
		return ms
	}
	p := c.ps[pi]
	var out []pmention
	if p.skip == "" {
		line := c.masked[p.start:p.end]
		for _, loc := range c.runs[pi] {
			if loc[0] > 0 && line[loc[0]-1] >= '0' && line[loc[0]-1] <= '9' {
				continue // "the 3G S": a product's name, its first word opening with a digit
			}
			run := strings.TrimRight(line[loc[0]:loc[1]], " ,;:")
			from := 0
			for _, words := range splitRunAtPeriods(nameFields(run)) {
				// the piece's offsets in the run
				at := strings.Index(run[from:], words[0]) + from
				end := at
				for _, w := range words {
					end = strings.Index(run[end:], w) + end + len(w)
				}
				from = end
				// sentence-initial stopwords and a capitalised speech verb
				// ("Said Ana Ruiz") are not part of a name
				for len(words) > 1 {
					lw := strings.ToLower(words[0])
					if !capStopwords[lw] && !speechVerbs[lw] || keepsHonorific(words) {
						break
					}
					at += len(words[0]) + strings.Index(run[at+len(words[0]):], words[1])
					words = words[1:]
				}
				for len(words) > 1 && weekdaysMonths[strings.ToLower(strings.Trim(words[len(words)-1], ".,;:"))] && !monthSurname(words, len(words)-1) {
					end = at + strings.LastIndex(run[at:end], words[len(words)-2]) + len(words[len(words)-2])
					words = words[:len(words)-1] // "Concord Monday": the day is not part of the name
				}
				if len(words) == 1 {
					if lw := strings.ToLower(strings.Trim(words[0], ".,;:")); capStopwords[lw] || weekdaysMonths[lw] || speechVerbs[lw] {
						continue // "The", "He" (a pronoun, found below), "Tuesday", "Said"
					}
				}
				if seatWords(line[:loc[0]+at]) {
					continue // "MP for Dunmore and Kells": the seat names nobody
				}
				if k := portfolioTail(words, line[max(0, loc[0]+at-40):loc[0]+at]); k > 0 {
					// "Minister for Ports Ivo Pap", "MP from Dunmore Ivo Pap": the name after the portfolio
					if i := strings.Index(run[at:], " "+words[k]); i >= 0 {
						at += i + 1
						words = words[k:]
					}
				}
				m := c.memo.get(words)
				if m.name == "" || placeAt(line[max(0, loc[0]+at-40):loc[0]+at], m) || thingAfter(line[loc[0]+end:]) || premisesAfter(line[loc[0]+at:loc[0]+end], line[loc[0]+end:]) || relativeObject(line[max(0, loc[0]+at-70):loc[0]+at]) || pluralDemonstrativeBefore(line[max(0, loc[0]+at-8):loc[0]+at]) || m.kind == attrib.KindPerson && digitWord(m.name) {
					continue
				}
				if len(c.dlPlaces) > 0 && slices.ContainsFunc(c.dlPlaces, func(d string) bool { return strings.EqualFold(d, m.name) }) && c.r.fullNameBy(m.name, p.start+loc[0]+at, true) == "" {
					continue // "held in Kells Vale" under "KELLS VALE, Ark. —": the dateline's place, no one (but "Vale" where the article names Nia Vale)
				}
				out = append(out, pmention{start: p.start + loc[0] + at, end: p.start + loc[0] + end, m: m})
			}
		}
		// pronouns, and descriptions ("the department", "the state agency")
		c.ws = appendLetterWords(c.ws[:0], line)
		ws := c.ws
		for i, w := range ws {
			word := line[w[0]:w[1]]
			if len(word) < 2 || len(word) > 4 {
				continue // not he, she, they or the (no capital lowers to fewer bytes of these)
			}
			var lw string
			for _, k := range [...]string{"he", "she", "they", "the"} {
				if asciiFold(word, k) {
					lw = k
				}
			}
			if lw == "" {
				continue
			}
			if lw != "the" {
				out = append(out, pmention{start: p.start + w[0], end: p.start + w[1], m: mention{name: lw, kind: "pronoun", gender: pronouns[lw]}})
				continue
			}
			for k := i + 1; k < len(ws) && k <= i+3; k++ {
				n := line[ws[k][0]:ws[k][1]]
				if n == "" || !isLowerWord(n) {
					break
				}
				if orgNouns[n] {
					out = append(out, pmention{start: p.start + w[0], end: p.start + ws[k][1], m: mention{kind: "noun", noun: n}})
					break
				}
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	}
	c.byPara[pi] = out
	return out
}

// ruleClass is the first reading of a rule ("tag-before" of
// "tag-before > surname->full-name", "block-intro" of "block-intro:tag-before").
func ruleClass(rule string) string {
	if i := strings.IndexAny(rule, " >+:"); i >= 0 {
		return rule[:i]
	}
	return rule
}

func distBin(d int) string {
	switch {
	case d < 3:
		return "0"
	case d < 20:
		return "1"
	case d < 60:
		return "2"
	case d < 150:
		return "3"
	case d < 400:
		return "4"
	}
	return "5"
}

func rankBin(r int) string {
	if r < 3 {
		return strconv.Itoa(r)
	}
	return "3+"
}

func countBin(n int) string {
	switch {
	case n == 0:
		return "0"
	case n == 1:
		return "1"
	case n < 4:
		return "2-3"
	}
	return "4+"
}

// wordBefore and wordAfter are the lower-case words next to [s, e) in the
// masked text, within its paragraph.
func wordBefore(s string, lo, i int) string {
	return bare(strings.TrimRight(s[prevWordStart(s, lo, i):i], " "))
}

// prevWordStart is where the word before i in s begins (not before lo):
// "according to X" gives the start of "to" for X's i. With no space
// between ("toX"), it is the start of the run of letters, never below lo.
func prevWordStart(s string, lo, i int) int {
	j := i
	for j > lo && s[j-1] == ' ' {
		j--
	}
	for j > lo && s[j-1] != ' ' {
		j--
	}
	return j
}

func wordAfter(s string, i, hi int) string {
	if i >= hi {
		return ""
	}
	for i < hi && s[i] == ' ' {
		i++
	}
	k := i
	for k < hi && s[k] != ' ' {
		k++
	}
	return s[i:k]
}

// sentenceInitial: only spaces, an opening mark or nothing since the last
// sentence end or the paragraph's start.
func sentenceInitial(s string, lo, i int) bool {
	j := i
	for j > lo && (s[j-1] == ' ' || s[j-1] == '(' || s[j-1] == '"') {
		j--
	}
	return j == lo || s[j-1] == '.' || s[j-1] == '?' || s[j-1] == '!' || s[j-1] == ':'
}

// nearMentions is how many mentions on each side of a quote in its
// paragraph are candidates (half as many in the paragraphs around it).
const nearMentions = 8

// possessiveAt: is the name at text[start:end] a possessive ("in Pap's
// view"), its "'s" inside the span or right after it (before limit)?
func possessiveAt(text string, start, end, limit int) bool {
	rest := text[end:min(limit, end+4)]
	return isPossessive(text[start:end]) || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s")
}

// placePrepositions put a place after them ("in", "at"), seldom a person.
var placePrepositions = toSet("in at near outside inside across")

// candidates lists the keep candidate and the mentions around quote q of
// paragraph pi (sentence s), each with its features.
func (c *rankContext) candidates(q qspan, pi int, s sentence, rule, how string, speaker, kind string, prevSpeaker string) []candidate {
	class := ruleClass(rule)
	out := append(c.cbuf[:0], candidate{keep: true, start: -1, end: -1, speaker: speaker, kind: kind, how: how})
	keep := &out[0]
	c.feat(keep, "keep")
	c.feat(keep, "keep-rule:", class)
	c.feat(keep, "keep-how:", how)
	c.feat(keep, "keep-kind-how:", kind, ":", how)
	if speaker == "" {
		c.feat(keep, "keep-none")
		c.feat(keep, "keep-none-rule:", class)
	} else {
		c.speakerFeats(keep, "keep-", speaker, kind, prevSpeaker)
	}
	closeEnd := q.afterClose()
	qlen := "long" // a fragment is read into its sentence, a long quote has a tag
	switch n := strings.Count(c.text[q.start:q.end], " ") + 1; {
	case n <= 4:
		qlen = "short"
	case n <= 12:
		qlen = "mid"
	}
	for _, dp := range []int{-1, 0, 1} {
		j := pi + dp
		if j < 0 || j >= len(c.ps) {
			continue
		}
		p := c.ps[j]
		ms := c.mentions(j)
		// the nearest mentions only: a far one is rarely the speaker, and a
		// long paragraph of names would make every quote's work grow with it
		lo, hi := 0, len(ms)
		switch dp {
		case -1:
			lo = max(0, len(ms)-nearMentions/2)
		case 1:
			hi = min(len(ms), nearMentions/2)
		default:
			b := sort.Search(len(ms), func(i int) bool { return ms[i].start >= q.open })
			a := sort.Search(len(ms), func(i int) bool { return ms[i].start >= closeEnd })
			lo, hi = max(0, b-nearMentions), min(len(ms), a+nearMentions)
		}
		for mi := lo; mi < hi; mi++ {
			pm := &ms[mi]
			if pm.start >= q.open && pm.start < closeEnd || pm.m.country {
				continue
			}
			if pm.resolvedAt != len(c.r.speakers)+1 && !pm.fixed {
				pm.name, pm.kind, pm.how = c.r.resolveHow(pm.m, pm.start)
				if pm.resolvedAt == 0 {
					pm.fixed = fixedResolution(pm.m)
				}
				pm.resolvedAt = len(c.r.speakers) + 1
			}
			name, k, h := pm.name, pm.kind, pm.how
			if name == "" || (h == "party-as-written" || pm.m.kind == "outlet" && k == attrib.KindPerson) && name != speaker {
				// (a party speaks where a tag makes it the subject, not by
				// being near; an outlet's name is a person's surname where
				// the rules read it so, the mention alone not telling "The
				// Hill" from "Hill")
				continue
			}
			if ni := c.nameInfo(name); !ni.worthy || ni.word && k == attrib.KindPerson && len(pm.m.titles) == 0 {
				continue // (a common word read as a one-word name: "Telephone", "World")
			}
			if k == attrib.KindPerson && !strings.Contains(name, " ") && len(pm.m.titles) == 0 && placePrepositions[wordBefore(c.masked, p.start, pm.start)] && !possessiveAt(c.masked, pm.start, pm.end, p.end) {
				continue // ("a news conference in Quist": a place, a one-word name the article gives no one)
			}
			var pos string
			var d int
			switch {
			case dp < 0:
				pos, d = "prev-para", q.open-pm.end
			case dp > 0:
				pos, d = "next-para", pm.start-closeEnd
			case pm.end <= q.open && pm.start >= s.start:
				pos, d = "sent-before", q.open-pm.end
			case pm.end <= q.open:
				pos, d = "para-before", q.open-pm.end
			case pm.start < s.end:
				pos, d = "sent-after", pm.start-closeEnd
			default:
				pos, d = "para-after", pm.start-closeEnd
			}
			if d < 0 {
				d = 0
			}
			out = append(out, candidate{start: pm.start, end: pm.end, speaker: name, kind: k, m: pm.m, how: h, pos: pos, dist: distBin(d)})
			cd := &out[len(out)-1]
			mk := pm.m.kind
			db := cd.dist
			c.feat(cd, "m")
			c.feat(cd, "m-kind:", mk)
			c.feat(cd, "m-pos:", pos)
			c.feat(cd, "m-pos-dist:", pos, ":", db)
			c.feat(cd, "m-rule-pos:", class, ":", pos)
			c.feat(cd, "m-how:", h)
			c.feat(cd, "m-kind-pos:", mk, ":", pos)
			c.feat(cd, "m-qlen-pos:", qlen, ":", pos)
			if name == speaker {
				c.feat(cd, "m-agrees-rule")
				c.feat(cd, "m-agrees-rule:", class)
			} else if speaker != "" {
				c.feat(cd, "m-differs-rule:", class)
			} else {
				c.feat(cd, "m-rule-none:", class, ":", pos)
			}
			after := wordAfter(c.masked, pm.end, p.end)
			before := wordBefore(c.masked, p.start, pm.start)
			if isSpeechVerb(after) || (npStop[bare(after)] && isSpeechVerb(wordAfter(c.masked, pm.end+len(after)+1, p.end))) {
				c.feat(cd, "m-verb-after")
				c.feat(cd, "m-verb-after:", pos)
			}
			if isSpeechVerb(before) {
				c.feat(cd, "m-verb-before")
				c.feat(cd, "m-verb-before:", pos)
			}
			if prepositions[before] {
				c.feat(cd, "m-prep-before")
			}
			if before == "to" && wordBefore(c.masked, p.start, prevWordStart(c.masked, p.start, pm.start)) == "according" {
				c.feat(cd, "m-according-to")
			}
			if strings.HasPrefix(after, ",") || after == "," {
				c.feat(cd, "m-comma-after")
			}
			if strings.HasSuffix(c.masked[pm.start:pm.end], "'s") || strings.HasSuffix(c.masked[pm.start:pm.end], "\u2019s") || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "\u2019s") {
				c.feat(cd, "m-possessive")
			}
			if strings.HasSuffix(c.masked[pm.start:pm.end], ":") || strings.HasPrefix(after, ":") {
				c.feat(cd, "m-colon")
			}
			if sentenceInitial(c.masked, p.start, pm.start) {
				c.feat(cd, "m-sentence-initial")
				c.feat(cd, "m-sentence-initial:", mk)
			}
			if pm.start == p.start {
				c.feat(cd, "m-para-initial")
			}
			if dp < 0 && strings.HasSuffix(strings.TrimSpace(c.text[p.start:p.end]), ":") {
				c.feat(cd, "m-colon-intro") // `Ana Ruiz said:` then the quote's paragraph
			}
			if mk == attrib.KindPerson && countFieldsTo(pm.m.name, 1) == 1 {
				c.feat(cd, "m-one-word")
				if c.r.lower[strings.ToLower(pm.m.name)] {
					c.feat(cd, "m-one-word-common")
				}
			}
			c.speakerFeats(cd, "m-", name, k, prevSpeaker)
		}
	}
	// how many mentions stand between each and the quote, on its side
	var before, after []int
	for i := 1; i < len(out); i++ {
		if out[i].start < q.open {
			before = append(before, i)
		} else {
			after = append(after, i)
		}
	}
	sort.SliceStable(before, func(a, b int) bool { return out[before[a]].start > out[before[b]].start })
	for r, i := range before {
		c.feat(&out[i], "m-rank-before:", rankBin(r))
	}
	for r, i := range after {
		c.feat(&out[i], "m-rank-after:", rankBin(r))
	}
	if countFieldsTo(c.text[q.start:q.end], 4) <= 4 {
		c.feat(&out[0], "keep-short-quote:", class)
	}
	c.cbuf = out // reused by the next quote
	return out
}

// speakerWorthy: can name be a speaker the ranker offers? Not a headline
// run (five words or more), not a pronoun, stopword, weekday or a word
// the article writes in lower case elsewhere ("Notwithstanding",
// "Onlookers"), not a run opening with a stopword ("One of ...").
func (c *rankContext) speakerWorthy(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) >= 5 {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ".,;:'\u2019"))
	if capStopwords[first] || weekdaysMonths[first] || quantifiers[first] {
		return false
	}
	if _, ok := pronouns[first]; ok {
		return false
	}
	return len(words) > 1 || !c.r.lower[first]
}

// quantifiers open a sentence or a phrase, never a name ("One of ...",
// "Another ...", "Four ...").
var quantifiers = toSet("one two three four five six seven eight nine ten another some many most several few all both each every any none around about")

// speakerFeats describe a resolved speaker, for the keep candidate and the
// mentions alike (prefix tells them apart).
func (c *rankContext) speakerFeats(cd *candidate, prefix, name, kind, prevSpeaker string) {
	c.feat(cd, prefix, "kind:", kind)
	c.feat(cd, prefix, "named:", countBin(c.counts[name]))
	if name == prevSpeaker {
		c.feat(cd, prefix, "prev-speaker")
	}
	if c.r.spoken[name] {
		c.feat(cd, prefix, "spoke-before")
	}
	ni := c.nameInfo(name)
	if ni.publisher {
		c.feat(cd, prefix, "is-publisher")
	}
	if ni.words == 1 {
		c.feat(cd, prefix, "one-word:", kind)
	}
	if ni.words >= 4 {
		c.feat(cd, prefix, "long-name:", kind) // a headline or a phrase in Title Case, rarely a name
	}
	if ni.common {
		c.feat(cd, prefix, "common-words") // "Fairly Sure": words the article writes in lower case
	}
}

// best is the index of the scored candidate the ranker prefers; the keep
// candidate (index 0) wins ties.
func best(cs []candidate) int {
	bi, bs := 0, cs[0].score
	for i := 1; i < len(cs); i++ {
		if s := cs[i].score; s > bs+1e-9 {
			bi, bs = i, s
		}
	}
	return bi
}

// isWordRune: is r part of a word as letterWords reads them?
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '\u2019' || r == '-'
}

func letterWords(s string) [][2]int {
	return appendLetterWords(nil, s)
}

// appendLetterWords appends the words of s, as letterWords lists them, to out.
func appendLetterWords(out [][2]int, s string) [][2]int {
	start := -1
	for i, n := 0, 0; i < len(s); i += n {
		var in bool
		if c := s[i]; c < utf8.RuneSelf {
			in, n = asciiWord[c], 1
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			in = isWordRune(r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// asciiFold: is strings.ToLower(w) the lower-case ASCII word k, for a k
// without "i" and "k"? (Only the dotted capital I and the Kelvin sign
// lower to an ASCII letter from another rune; other words compare byte by
// byte, without a lowered copy.)
func asciiFold(w, k string) bool {
	if len(w) != len(k) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != k[i] && !('A' <= c && c <= 'Z' && c+('a'-'A') == k[i]) {
			return false
		}
	}
	return true
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// pluralDemonstrativeBefore: does s, the text before a name, end in
// "these" or "those"? Then the name is of things ("these Quistbots"), no
// one who speaks.
func pluralDemonstrativeBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	if len(s) < 5 {
		return false
	}
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return asciiFold(s, "these") || asciiFold(s, "those")
}

// thingAfter: does s, the text after a name, open with a machine or a
// document it names ("Quist spacecraft", "Kells treaty"), or a model's
// code ("Quist 3G")? Then the name is that thing's and speaks for no one.
func thingAfter(s string) bool {
	if len(s) < 2 || s[0] != ' ' {
		return false
	}
	s = s[1:]
	if s[0] >= '0' && s[0] <= '9' {
		// "the Quist 3G", "Kells 5s": a model's code, a digit and letters
		// (not "Radio 4's", a possessive)
		letter := false
		for k := 1; k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != '.'; k++ {
			switch c := s[k] | 0x20; {
			case c >= 'a' && c <= 'z':
				letter = true
			case s[k] < '0' || s[k] > '9':
				return false
			}
		}
		return letter
	}
	return thingNouns[lowerWordAt(s)]
}

// lowerWordAt is the run of lower-case ASCII letters s opens with.
func lowerWordAt(s string) string {
	k := 0
	for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	return s[:k]
}

// relativeObject: does s, the text before a name, end inside a relative
// clause with no subject of its own about a noun before it ("the jury
// that convicted former captain ...")? Then the name is that clause's
// object, whose words the sentence does not give.
func relativeObject(s string) bool {
	if !strings.Contains(s, "that") {
		return false
	}
	ts := tokens(s)
	for i := len(ts) - 2; i >= 1 && i >= len(ts)-5; i-- {
		if ts[i].w == "that" {
			return subjectlessRelative(ts, i)
		}
	}
	return false
}

// premisesAfter: does s, the text after a name not written as a
// possessive, open with a body's place of work ("the Dunmore office")?
// Then the name says where, and is no one who speaks ("Pap's office" is
// Pap's).
func premisesAfter(name, s string) bool {
	if len(s) < 2 || s[0] != ' ' || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "\u2019s") {
		return false
	}
	return premisesNouns[lowerWordAt(s[1:])]
}

// premisesNouns are a body's places of work; a name before one ("the
// Dunmore office") says where, and is no one who speaks.
var premisesNouns = toSet("office offices branch plant headquarters campus factory warehouse depot")
