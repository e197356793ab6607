// Package loader turns article bytes into domain values: it reads the input
// formats, strips what is not news, and extracts the publisher, the direct
// quotations with their speakers and channels, the outlets an article cites,
// and the claims that tie one utterance together across articles.
//
// It knows nothing of storage: it returns attrib values and leaves writing
// them to whoever called it. Its rules are about how news is written, never
// about particular articles, names or phrases.
package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// traceAttribution, when set (by tests), sees each quote's attribution.
var traceAttribution func(start int, quote, before, after string, at attribution)

// reTranscript matches quote texts that open with an upper-case speaker
// label or are a parenthesised stage direction: "WALLACE: ...", "(LAUGHTER)".
var reTranscript = rx(`^(?:\p{Lu}[\p{Lu}.'\x{2019} -]{1,30}:\s|\([\p{Lu} .]+\)\.?$)`)

// reDatelineOpen is a dateline opening a paragraph: a place, an agency in
// brackets, a dash ("Dunmore (AFP) – "), or a place in capitals with its
// region and a dash ("DUNMORE, Kells – "); either may give a date after
// the place (datelineDate).
var reDatelineOpen = rx(`^(?:[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3}(?:, [\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,2})?` + datelineDate + ` \([\p{Lu}][\p{L}&. ]{1,20}\)|\p{Lu}{2,}[\p{Lu}.' -]*(?:, [\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,2})?` + datelineDate + `) ?(?:--|\x{2014}|\x{2013}|-) `)

// datelineDate is the date a dateline may give after its place
// ("KELLS, March 3 (Reuters) -", "DUNMORE, Dec. 8, 2024 -", "KELLS, 3
// March -").
const datelineDate = `(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|,? \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{4})?)?`

// reColonDateline is a dateline closed by a colon, as some outlets write
// it: a place in capitals ("KELLS: ", "NEW KELLS, Harbour State: "), or
// one in any case with a date ("Dunmore, March 3: "), its country in
// brackets and an agency after it perhaps ("Dunmore [Kells], March 3
// (KNA): "). A colon after a
// word in capitals also labels a speaker in a transcript, so
// markDatelines reads it only at the start of one of the first two
// paragraphs of an article with no such labels elsewhere.
var reColonDateline = rx(`^(?:\p{Lu}{2,}[\p{Lu}.' -]*(?:, [\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,2})?` + datelineDate + `|[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3}(?: \[[\p{Lu}][\p{L}.' -]{1,30}\])?(?:, [\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,2})?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?(?: \([\p{Lu}][\p{L}&. ]{1,20}\))?):[ \x{a0}]`)

// reSpeakerLabel opens a transcript's paragraph: "MOSS: ", "MS. MOSS: ".
var reSpeakerLabel = rx(`^\p{Lu}[\p{Lu}.'\x{2019} -]{1,30}:[ \x{a0}]`)

// markDatelines sets each body paragraph's dateline (para.dl): one closed
// by a dash anywhere (datelineLen), one closed by a colon at the start of
// the first or second body paragraph when no other paragraph opens with a
// speaker's label.
func markDatelines(text string, ps []para) {
	colon, at, labels, body := 0, -1, 0, 0
	for i := range ps {
		if ps[i].skip != "" {
			continue
		}
		line := text[ps[i].start:ps[i].end]
		ps[i].dl = datelineLen(line)
		if strings.IndexByte(line[:min(len(line), 160)], ':') < 0 {
			body++
			continue // (no colon near the start: neither a colon's dateline nor a label)
		}
		if body++; body <= 2 && at < 0 && ps[i].dl == 0 {
			// (the second when a headline the reader did not know opens the text)
			if loc := reColonDateline.FindStringIndex(line); loc != nil {
				colon, at = loc[1], i
				continue
			}
		}
		if reSpeakerLabel.MatchString(line) {
			labels++
		}
	}
	if at >= 0 && labels == 0 {
		ps[at].dl = colon
	}
}

// datelineLen is the length of the dateline s opens with, else 0.
func datelineLen(s string) int {
	if r, _ := utf8.DecodeRuneInString(s); len(s) < 6 || !unicode.IsUpper(r) || !containsRunes(s[:min(len(s), 160)], "-\u2014\u2013") {
		return 0 // (no dash near the start: no dateline, and no regexp run)
	}
	if loc := reDatelineOpen.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

// reSocialPromo matches social-media promotion lines.
var reSocialPromo = rx(`(?i)^follow (?:\p{Lu}[\p{L}.]* ?){1,4}on (?:twitter|facebook|instagram)|^follow @`)

// maxClause bounds the text read on each side of a quote for its attribution.
const maxClause = 400

// wordStart moves i forward to the start of a word (and a UTF-8 rune).
func wordStart(text string, i int) int {
	for i < len(text) && !isSpaceByte(text[i]) {
		i++
	}
	return i
}

// Extract reads one document into an article with its facts. Claim IDs are
// left empty: a Matcher gives them, across articles.
func Extract(d *Doc) (*attrib.Article, error) {
	return extract(d, extractOptions{ranker: defaultRanker})
}

// ExtractConfig chooses how Extract decides: the ranker (nil: the rules
// alone) and sieves switched off (for ablation).
type ExtractConfig struct {
	Ranker *Ranker
	Off    map[string]bool // names from Sieves
}

// ExtractWith is Extract as cfg says.
func ExtractWith(d *Doc, cfg ExtractConfig) (*attrib.Article, error) {
	return extract(d, extractOptions{ranker: cfg.Ranker, off: cfg.Off})
}

// documentNouns are what a quote may be read from ("according to the
// statement", "the report says"), which a later "it" stands for.
var documentNouns = toSet("statement release letter report document memo study poll survey filing complaint lawsuit indictment obituary obit")

// rePlaceholder is a page template's slot left in scraped text
// ("{mosads}", "{loadposition ads}"): a word in braces, lower case; or a
// link's path ("pic.twitter.com/dhBq2QMKsW", "https://t.co/1wlbC"), whose
// letters are no words (its host stays, which may name an outlet).
var rePlaceholder = rx(`\{[a-z][a-z_]{2,20}(?: [a-z_0-9]{1,20})?\}|(?:https?://|pic\.twitter\.com|www\.)[\w.-]*(/[^\s\x{a0}"'\x{201c}\x{201d}()<>]*[^\s\x{a0}"'\x{201c}\x{201d}()<>.,;:!?])`)

// blankPlaceholders blanks out template slots and links' paths with
// spaces, keeping every offset; false when the text has none.
func blankPlaceholders(text string) (string, bool) {
	if strings.IndexByte(text, '{') < 0 && !strings.Contains(text, "://") && !strings.Contains(text, "pic.twitter.com/") && !strings.Contains(text, "www.") {
		return text, false
	}
	locs := rePlaceholder.FindAllStringSubmatchIndex(text, -1)
	if locs == nil {
		return text, false
	}
	b := []byte(text)
	for _, l := range locs {
		from, to := l[0], l[1]
		if l[2] >= 0 {
			from, to = l[2], l[3] // a link: its path
		}
		for i := from; i < to; i++ {
			b[i] = ' '
		}
	}
	return string(b), true
}

// lowerTagVerbs lower-cases a speech verb some outlets capitalise after a
// closing quotation mark (`," Said Ivo Pap.`, `." Suggested Ada Moss.`),
// which would otherwise open the name after it, when no other speech verb
// follows in its sentence (`," Said Ivo Pap told the crowd.`: a name). Every
// offset is kept; false when nothing changed.
func lowerTagVerbs(text string) (string, bool) {
	var b []byte
	for i := 1; i < len(text); i++ {
		c := text[i]
		n := 1
		if c == 0xe2 && strings.HasPrefix(text[i:], "\u201d") {
			n = 3
		} else if c != '"' {
			continue
		}
		if p := text[i-1]; p != ',' && p != '.' && p != '!' && p != '?' {
			continue
		}
		j := i + n
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j == i+n || j >= len(text) || text[j] < 'A' || text[j] > 'Z' {
			continue
		}
		k := j
		for k < len(text) && 'a' <= text[k]|0x20 && text[k]|0x20 <= 'z' {
			k++
		}
		if k+1 >= len(text) || text[k] != ' ' || text[k+1] < 'A' || text[k+1] > 'Z' || !speechVerbs[strings.ToLower(text[j:k])] {
			continue
		}
		end := k + strings.IndexAny(text[k:], ".!?\n")
		if end < k {
			end = len(text)
		}
		if hasSpeechVerb(text[k:end]) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		b[j] += 'a' - 'A'
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}

// Sieves are the named stages that drop a quotation or choose its speaker,
// in the order they run; each can be switched off alone (attrib extract
// --off NAME) to measure what it is worth.
var Sieves = []struct{ Name, What string }{
	{"drop:nickname", "a quoted word inside a name (Teodora \"Teo\" Lane) is not a quote"},
	{"drop:markup", "an attribute value left in markup is not a quote"},
	{"drop:work-title", "a programme or work named after its owner (Channel 9's \"Harbour Hour\")"},
	{"drop:defined-term", "a short name in Title Case a document defines in brackets ((the \"Company\"))"},
	{"drop:pronoun-word", "a quoted pronoun under discussion"},
	{"drop:social-promo", "a follow-us line caught inside an unbalanced mark"},
	{"drop:transcript", "a transcript line or stage direction"},
	{"drop:short-title", "four words or fewer in Title Case with no speech verb near"},
	{"drop:inverted", "the words between two quotations read as one, after a stray mark (\". She added: \")"},
	{"tag-before", "NAME said \"...\""},
	{"inverted-tag-before", "said NAME, \"...\""},
	{"tag-after-subject-verb", "\"...\", NAME said"},
	{"tag-after-verb-first", "\"...\", said NAME"},
	{"according-to-before", "according to NAME, \"...\""},
	{"according-to-after", "\"...\", according to NAME"},
	{"according-to-later", "according to NAME later in the sentence"},
	{"tag-later", "a speech verb later in the sentence"},
	{"passive-agent", "a passive naming verb's agent: was described as a \"...\" by NAME"},
	{"sentence-subject", "the subject of the quote's sentence"},
	{"colon-after-name", "NAME: \"...\""},
	{"label-before", "a label of a name and its description opens the quote: - Kells manager NAME \"...\""},
	{"dash-name", "\"...\" - NAME"},
	{"name-after", "\"...,\" TITLE NAME. (a tag whose verb was left out)"},
	{"block-intro", "a paragraph ending in a colon introduces the quote"},
	{"dash-paragraph", "a short paragraph after the quote: - NAME"},
	{"pronoun-is-sentence-subject", "he/she inside a sentence about someone named at its start"},
	{"pronoun-after-reported-speech", "he/she right after a sentence reporting someone's words unquoted"},
	{"pronoun-after-reported-speech:skip", "the same across one sentence about no one"},
	{"pronoun-after-subject", "he/she opening a sentence it tags, right after a sentence about one named in full"},
	{"pronoun-after-newcomer", "he/she right after a sentence about no one that names one person for the first time"},
	{"pronoun-chain", "he/she after sentences whose subject is the same he/she: the person the sentence before them is about"},
	{"described:continues", "a description that continues or adds (the Austrian continued:) right after a person's quote: that person"},
	{"role:previous-subject", "a role with \"the\" that no one named holds (said the Kells captain): the person the sentence before is about"},
	{"role:next-subject", "an office no one named before holds, in the article's opening, no one quoted before it (The education secretary told teachers \"...\"): the person the next paragraph opens with, named in full"},
	{"same-sentence-as-previous-quote", "another piece of a sentence whose speaker is known"},
	{"name-label", "a quote opening its paragraph under a line that is a name with its body in brackets or its title (\"Ivo Pap (Kells Bank)\"), a date line between perhaps, or after a label in capitals of a name and a role (\"IVO PAP HARBOUR MASTER, KELLS\"): that person"},
	{"continues-previous-quote", "a quote that goes on from the one before"},
	{"continues:bare-subject", "a continuing quote whose sentence names a bare subject"},
	{"previous-sentence-subject", "the subject of the sentence before, in the paragraph"},
	{"previous-sentence-subject:pronoun", "he/she as that subject: the name a sentence before it has as subject"},
	{"previous-paragraph-subject", "the subject of the paragraph before"},
	{"one-person-before", "the one person the paragraph before names, a pronoun standing for him or her; or the one quoted before a paragraph about no one"},
	{"transcript-header", "an answer under a topic line (\"On how ...:\") is the one a title-and-name header above names (\"Quarterback Ivo Pap\")"},
	{"previous-sentence-speech", "the speaker of a speech verb in the sentence before"},
	{"ranker", "the learned ranker over the mentions around the quote"},
	{"run-on:closing-tag", "the paragraphs of a quotation run over several, the first untagged: the speaker its first tag further on names"},
}

// sentenceSubjectFits: may a he or she (of gender g) inside a sentence
// stand for its subject subj? Not one of the other sex ("Moss, whom Ivo
// Pap named, ... he").
func sentenceSubjectFits(r *resolver, subj mention, pos int, g string) bool {
	return r.sexOf(r.resolveName(subj, pos)) != otherSex(g)
}

// chainLink is a kept quote's place in a quotation that runs over
// paragraphs: whether it runs on into the next paragraph, whether the
// paragraph before ran on into it, and whether a tag of its own names its
// speaker, whether it opens its paragraph, and whether it opens no mark.
type chainLink struct{ runsOn, fromRunOn, tagged, opensPara, unmarked bool }

// closingTags gives the paragraphs of a quotation run over several, whose
// first names no speaker, the speaker its first tag names, further on:
// `"The board has heard ...` then `"While we welcome ...," the ministry
// said.`: the whole quotation is the ministry's, not the previous
// paragraph's subject's.
func closingTags(a *attrib.Article, chain []chainLink, people map[string]*attrib.Person) {
	for i := 0; i < len(chain); i++ {
		if !chain[i].runsOn || chain[i].fromRunOn || chain[i].tagged || !chain[i].opensPara && !(i+1 < len(chain) && chain[i+1].unmarked) {
			continue // (not `"...," Ada Moss said. "And ...`: hers, going on; but a quotation whose next paragraph opens no mark is the closing tag's)
		}
		k := i + 1
		for k < len(chain) && chain[k].fromRunOn && !chain[k].tagged && chain[k].runsOn {
			k++
		}
		if k >= len(chain) || !chain[k].fromRunOn || !chain[k].tagged || a.Quotes[k].Speaker == "" {
			continue
		}
		tag := a.Quotes[k]
		for j := i; j < k; j++ {
			q := &a.Quotes[j]
			if q.SpeakerID == tag.SpeakerID {
				continue
			}
			q.Speaker, q.SpeakerKind, q.SpeakerID, q.Cue = tag.Speaker, tag.SpeakerKind, tag.SpeakerID, tag.Cue
			if q.Via == "" {
				q.Via, q.ViaID = tag.Via, tag.ViaID
			}
			q.Rule = "run-on:closing-tag (was: " + q.Rule + ")"
		}
		i = k
	}
}

// CheckSieves refuses a name that is not a sieve's.
func CheckSieves(off map[string]bool) error {
	for name := range off {
		known := false
		for _, s := range Sieves {
			known = known || s.Name == name
		}
		if !known {
			return attrib.Errorf(attrib.EINVALID, "no sieve is named %q (attrib extract -h lists them)", name)
		}
	}
	return nil
}

type extractOptions struct {
	ranker  *Ranker                               // stage 1's learned choice among candidates; nil: the rules alone
	observe func(q *attrib.Quote, cs []candidate) // sees each quote's candidates (training); cs is reused for the next quote
	off     map[string]bool                       // sieves switched off
}

func extract(d *Doc, o extractOptions) (*attrib.Article, error) {
	if d == nil {
		return nil, attrib.Errorf(attrib.EINVALID, "no document")
	}
	if !utf8.ValidString(d.Text) {
		return nil, inputErr(d.Source, "invalid UTF-8")
	}
	text := d.Text // what the rules read: the text, or a copy of its length
	var labels [][2]int
	rewritten := false
	if looksMarkdown(text) {
		text, labels = unmark(text) // the words, not the marks (markdown.go)
		rewritten = true
	}
	if hardWrapped(text) {
		text = unwrap(text) // a paragraph's lines as one line
		rewritten = true
	} else if t, ok := joinBrokenLines(text); ok {
		text = t // "I'm a millionaire now,\nbut I'll still go": a line broken inside a sentence
		rewritten = true
	}
	if t, ok := blankPlaceholders(text); ok {
		text = t // "{mosads}Ivo Pap said": a page template's slot, no word
		rewritten = true
	}
	if t, ok := lowerTagVerbs(text); ok {
		text = t // `," Said Ivo Pap.`: a verb set in capitals, no word of a name
		rewritten = true
	}
	ps := splitHeadline(text, splitParas(text), d.Headline)
	firstIsHeadline := d.Format == "txt" || d.Format == "" || (d.Headline != "" && len(ps) > 0 && strings.TrimSpace(text[ps[0].start:ps[0].end]) == strings.TrimSpace(d.Headline))
	low := lowerInPlace(text) // for the patterns that fold case, sliced by paragraph and sentence
	md := markBoilerplate(text, low, ps, firstIsHeadline)
	markDatelines(text, ps)

	a := &attrib.Article{Source: d.Name, URL: d.URL, Text: d.Text, Byline: md.byline}
	a.Outlet = d.Outlet
	if a.Outlet == "" {
		a.Outlet = md.outlet
	} else {
		a.Outlet = canonicalOutlet(a.Outlet)
	}
	if md.wire != "" && attrib.NormOutlet(md.wire) != attrib.NormOutlet(a.Outlet) {
		a.Wire = md.wire
	} else if md.wire != "" && d.Outlet == "" {
		a.Wire = md.wire
	}
	a.Published = d.Published
	if a.Published == "" {
		a.Published = md.published
	}
	a.Headline = d.Headline
	if a.Headline == "" {
		a.Headline = md.headline
	}
	sum := sha256.Sum256([]byte(d.Text))
	a.Hash = hex.EncodeToString(sum[:])
	key := d.ID
	if key == "" {
		key = d.URL
	}
	if key == "" {
		key = "sha256:" + a.Hash
	}
	a.ID = ArticleID(key)
	meta := sha256.Sum256([]byte(a.Hash + "\x00" + a.Outlet + "\x00" + a.Published + "\x00" + a.Headline + "\x00" + a.URL))
	a.Hash = hex.EncodeToString(meta[:])
	if a.Outlet != "" {
		a.OutletID = OutletID(a.Outlet)
	}
	if a.Wire != "" {
		a.WireID = OutletID(a.Wire)
	}

	a.Citations = findCitations(text, low, ps, a.Outlet)
	var known []string
	for i := range a.Citations {
		a.Citations[i].OutletID = OutletID(a.Citations[i].Outlet)
		known = appendUnique(known, a.Citations[i].Outlet)
	}

	qs := findQuotes(text, ps)
	if sq, ok := singleStyle(text, ps, qs); ok {
		qs = sq // ‘We will sail,’ said Ivo Pap.
	}
	// a nickname inside a name (Teodora "Teo" Lane) is part of the name, not a quote
	kept := qs[:0]
	for _, q := range qs {
		if !q.runsOn && !o.off["drop:nickname"] && nickname(text, ps[q.para].start, q.open, q.afterClose(), text[q.start:q.end]) {
			continue
		}
		kept = append(kept, q)
	}
	qs = kept
	pc := particlesCapitalised(text) // (the same bytes: "al-Varne" read as a name's word)
	masked := mask(pc, qs)
	lower, named := lowerAndNamed(masked, text)
	raw := masked
	masked = truecase(masked, ps, lower, named)
	tc := truecase(pc, ps, lower, named) // the text the rules read, Title Case lines lowered
	memo := newMentionMemo(known)
	ents, outlets, lone, runs := collectEntities(text, masked, ps, memo)
	r := &resolver{entities: ents, outlets: outlets, lone: lone, lower: lower, named: named, masked: raw, text: text, towns: memo.towns}
	people := map[string]*attrib.Person{}
	var order []string
	var rc *rankContext
	if o.ranker != nil || o.observe != nil {
		rc = newRankContext(text, masked, ps, memo, a.Outlet, r, runs)
		rc.collect = o.observe != nil
		if o.ranker != nil && !o.off["ranker"] {
			rc.w = o.ranker.w
		}
	}

	var prev *attrib.Quote
	var chain []chainLink // of each quote kept, its place in a quotation run over paragraphs
	prevUnnamed := false  // the quote before is an unnamed source's ("one broker said")
	prevPara, prevSent := -1, -1
	prevRanked, prevLate := "", false // the quote before's speaker as the ranker gave it, when a late sieve changed it after
	byPara := map[int][]qspan{}
	for _, q := range qs {
		byPara[q.para] = append(byPara[q.para], q)
	}
	lastPrev := struct { // the reported speaker of a paragraph's last sentence, for the one after
		para int
		m    mention
		pro  string  // the he or she that sentence has for subject, if it reports no one
		m2   mention // then the reported speaker of the sentence before it
		m3   mention // when that sentence ends in a he's or she's tag: the one reported before it
	}{para: -1}
	for pi, p := range ps {
		pq := byPara[pi]
		if len(pq) == 0 {
			continue
		}
		sents := splitSentences(text, p, pq)
		si := 0
		for qi, q := range pq {
			s := sentence{p.start, p.end}
			for si < len(sents) && sents[si].end <= q.open {
				si++
			}
			if si < len(sents) && q.open >= sents[si].start {
				s = sents[si]
			}
			// the quotes of this sentence only, so that work stays linear
			lo := sort.Search(qi, func(k int) bool { return pq[k].open >= s.start })
			hi := qi + 1 + sort.Search(len(pq)-qi-1, func(k int) bool { return pq[qi+1+k].open >= s.end })
			inSent := pq[lo:hi]
			closeEnd := q.afterClose()
			if closeEnd > s.end {
				s.end = closeEnd
			}
			// attribution cues sit near the quote: a bounded window keeps
			// quote-dense text linear
			bs, ae := s.start, s.end
			if q.open-bs > maxClause {
				bs = wordStart(text, q.open-maxClause)
			}
			if ae-closeEnd > maxClause {
				ae = wordStart(text, closeEnd+maxClause)
			}
			if bs == p.start {
				if p.start+p.dl <= q.open {
					bs += p.dl // "DUNMORE (AFP) – Ada Moss said"
				}
			}
			before := clauseText(tc, bs, q.open, inSent)
			after := clauseText(tc, closeEnd, ae, inSent)
			qt := text[q.start:q.end]
			if strings.TrimSpace(qt) == "" {
				continue
			}
			off := o.off
			at := attribute(before, after, qt, known)
			if !at.explicit && fragmentOpener(before) && strings.Trim(after, " .,;:!?") == "" {
				// `Just "serious business".`: a fragment whose words before
				// the quote are no clause's; read as a quote alone
				before = ""
				at = attribute(before, after, qt, known)
			}
			if off[ruleClass(at.rule)] {
				at = attribution{}
			}
			if qi == 0 && len(pq) == 1 && strings.TrimSpace(text[q.afterClose():p.end]) == "" && pi > 0 && inlineTopic(text[p.start:q.open]) && !off["transcript-header"] {
				// `On the late foul “...”`: a transcript's topic, the
				// answer after it on the line, the one the header names
				if h := headerAbove(text, ps, pi-1, byPara); h.kind == attrib.KindPerson {
					at = attribution{m: h, explicit: true, rule: "transcript-header:inline"}
				}
			}
			if !at.explicit && strings.HasSuffix(strings.TrimSpace(before), ":") && !off["tag-before"] {
				// `Among the fans was Ivo Pap, who went on the web and
				// wrote: "..."`: the one a relative clause that speaks
				// tells of
				if m := relativeTag(before, known); m.kind == attrib.KindPerson {
					at = attribution{m: m, explicit: true, rule: "tag-before:relative"}
				}
			}
			if !at.explicit && qi == 0 && strings.TrimSpace(before) == "" && !off["block-intro"] {
				// a block quotation introduced by the paragraph before it:
				// `Mayor Ames said in a statement:` then the quote on its own
				if intro, ok := colonIntro(text, ps, pi, byPara[pi-1]); ok {
					intro, _ = recaseCaps(intro)     // "KELLS COACH, IVO PAP:"
					intro = dropParenthesised(intro) // "Ada Quist, Reader in Water (and Dean of Study) at Dunmore University, writes:"
					if at2 := attribute(intro, "", qt, known); at2.explicit {
						at = at2
						at.rule = "block-intro:" + at.rule
					} else if m := labelIntro(intro, known); m.kind != "" {
						// `Ada Moss, Kells Riders Union:` then the quote: a
						// reaction's label, a name and what she is
						at = attribution{m: m, explicit: true, rule: "block-intro:label"}
					}
				} else if pi > 0 && ps[pi-1].skip == "" && len(byPara[pi-1]) == 0 {
					if m := introLine(strings.TrimSpace(text[ps[pi-1].start:ps[pi-1].end]), known); m.kind != "" {
						at = attribution{m: m, explicit: true, rule: "block-intro:label"}
					}
				}
			}
			if !at.explicit && qi == len(pq)-1 && strings.TrimSpace(after) == "" && pi+1 < len(ps) && ps[pi+1].skip == "" && !off["dash-paragraph"] {
				// `"..."` then a paragraph of its own: `- Name.`
				if next := strings.TrimSpace(text[ps[pi+1].start:ps[pi+1].end]); len(next) < 80 {
					if at2 := attribute("", next, qt, known); at2.cue == "dash" {
						at = at2
						at.rule = "dash-paragraph"
					}
				}
			}
			if !at.explicit && qi == len(pq)-1 && strings.TrimSpace(before) == "" && strings.TrimSpace(after) == "" && !off["name-after"] {
				// `"... ended the long night for the city." Kells Police Chief
				// Ada Moss`: a statement signed with its author's post
				// and name, the paragraph's end, no stop after them
				if rest := strings.TrimSpace(text[closeEnd:p.end]); len(rest) < 80 && signedWith(rest) && strings.ContainsAny(qt[len(strings.TrimRight(qt, ".!?\u2026 ")):], ".!?\u2026") {
					if m := nameAlone(rest, tokens(rest), known); m.kind != "" {
						at = attribution{m: m, explicit: true, rule: "name-after:signature"}
					}
				}
			}
			if !at.explicit && q.signed && !off["dash-paragraph"] {
				// `"I worry the plan fails.` then `Ada Moss, Kells
				// Institute."`: the name closing the marks signs it
				sig := strings.TrimRight(text[ps[pi+1].start:ps[pi+1].end], " \t\u00a0\"\u201d\u00bb'")
				if m := labelIntro(strings.TrimSuffix(sig, ".")+":", known); m.kind != "" {
					at = attribution{m: m, explicit: true, rule: "dash-paragraph:signature"}
				}
			}
			if at.m.kind == "pronoun" && (at.m.name == "he" || at.m.name == "she") && !off["pronoun-is-sentence-subject"] {
				// "Okafor said ... whom he called": a pronoun inside a sentence
				// about someone named at its start is that someone
				// (one the resolver names: not "Fundraising was slow ..., he
				// said")
				if subj := sentenceSubject(before, known); (subj.kind == attrib.KindPerson || subj.kind == kindRole && !subj.many) && (subj.gender == "" || subj.gender == at.m.gender) && r.names(subj, q.open) && sentenceSubjectFits(r, subj, q.open, at.m.gender) {
					at.m = withSex(subj, at.m.gender)
					at.rule += "+pronoun-is-sentence-subject"
				}
			}
			if at.explicit && at.m.kind == "pronoun" && (at.m.name == "he" || at.m.name == "she" || at.m.name == "it" || at.m.name == "they") && !off["pronoun-after-reported-speech"] {
				// `Ames said the plan would fail. "It will," she said.`: he or
				// she right after a sentence that reports someone's words
				// without quoting them is that someone, not the last quoted;
				// for a paragraph's first sentence, the last of the one before
				var m mention
				reading := "+pronoun-after-reported-speech"
				if si > 0 && si <= len(sents) && sents[si-1].start >= p.start {
					m = reportedSpeaker(text, sents[si-1], pq, known)
					if m.kind == "" {
						// the sentence before reports no one: whom it is
						// about, read once for the three readings below
						prev := text[sents[si-1].start:sents[si-1].end]
						sub := sentenceSubject(afterOpeningParticiple(clauseText(text, sents[si-1].start, sents[si-1].end, pq)), known)
						person := at.m.name == "he" || at.m.name == "she"
						if person && sub.kind == attrib.KindPerson && !strings.Contains(sub.name, " ") && !hasSpeechVerb(prev) && r.fullNameBy(sub.name, q.open, true) != "" {
							// `Pap was less sure. "...," he said.`: a surname that is
							// also a common word, of a person the article names in full
							m = sub
						} else if person && sub.kind == attrib.KindPerson && strings.Contains(sub.name, " ") && strings.HasPrefix(at.rule, "tag-before") && !holdsQuote(pq, sents[si-1]) && r.names(sub, q.open) && sentenceSubject(before, known).name == at.m.name && !off["pronoun-after-subject"] {
							// `Ivo Pap was the first to speak. He said it was
							// "...".`: he or she opening a sentence whose quote
							// it tags, right after a sentence about one named in
							// full (with no quote of its own), is that one, not the
							// last quoted
							m = sub
							reading = "+pronoun-after-subject"
						} else if person && !off["pronoun-after-newcomer"] && sub.kind != "pronoun" && sub.kind != kindRole && !(sub.kind == attrib.KindPerson && r.names(sub, q.open)) {
							m = r.newcomer(sents[si-1])
						}
						if m.kind == "" && si > 1 && sents[si-2].start >= p.start && !holdsQuote(pq, sents[si-1]) && !off["pronoun-after-reported-speech:skip"] {
							// `Pap insisted he was focused. The club is fifth.
							// "...," he added.`: one sentence about no one
							// between
							if sub.kind != attrib.KindPerson && sub.kind != "pronoun" || theName(sub) || pronounTagEnds(prev, at.m.name) || sub.kind == "pronoun" && sub.name == at.m.name {
								// (or one the same pronoun reports: `Pap said the
								// fares rose. Ferries were full, he said. "...," he
								// said.`; `He says he will stay on.`; or is the
								// subject of: `Pap said ... But he would not
								// accept ... "...," he said.`)
								m = reportedSpeaker(text, sents[si-2], pq, known)
								if sub.kind == "pronoun" && !hasSpeechVerb(prev) && r.oneWordOnly(m, q.open) {
									m = mention{} // (a name of one word the article gives no one in full: "Born Ivo Pap, ...")
								}
							}
						}
					}
				} else if si == 0 || si < len(sents) && sents[si].start == p.start {
					pp := bodyBefore(text, ps, byPara, pi) // (past a promo line set in the story: "ALSO READ: ...")
					if lastPrev.para != pp {
						// once per paragraph: a first sentence of many quotes
						// would split the paragraph before for each
						lastPrev.para, lastPrev.m, lastPrev.pro, lastPrev.m2, lastPrev.m3 = pp, mention{}, "", mention{}, mention{}
						if ps[pp].skip == "" {
							if ss := splitSentences(text, ps[pp], byPara[pp]); len(ss) > 0 {
								ls := ss[len(ss)-1]
								lastPrev.m = reportedSpeaker(text, ls, byPara[pp], known)
								if lastPrev.m.kind == "" && (pronounTagEnds(text[ls.start:ls.end], "he") || pronounTagEnds(text[ls.start:ls.end], "she")) && !off["pronoun-chain"] {
									// `Pap has said it is his job. / It was not his
									// job to answer Quistelle, he said. / "...," he
									// said.`: the one the pronoun reported before is
									// (the sentence before, or the paragraph before's last)
									if len(ss) > 1 {
										lastPrev.m3 = reportedSpeaker(text, ss[len(ss)-2], byPara[pp], known)
									} else if pp >= 1 && ps[pp-1].skip == "" && len(byPara[pp-1]) == 0 {
										if s2 := splitSentences(text, ps[pp-1], nil); len(s2) > 0 {
											lastPrev.m3 = reportedSpeaker(text, s2[len(s2)-1], nil, known)
										}
									}
								}
								if lastPrev.m.kind == "" && len(ss) > 1 && !holdsQuote(byPara[pp], ls) && !off["pronoun-after-reported-speech:skip"] {
									if sub := sentenceSubject(clauseText(text, ls.start, ls.end, byPara[pp]), known); sub.kind == "pronoun" {
										// `Pap said ... He says he will stay. / "...," he said.`
										lastPrev.pro, lastPrev.m2 = sub.name, reportedSpeaker(text, ss[len(ss)-2], byPara[pp], known)
									}
								}
							}
						}
					}
					m = lastPrev.m
					if m.kind == "" && lastPrev.m3.kind == attrib.KindPerson && pronounTagEnds(text[ps[pp].start:ps[pp].end], at.m.name) {
						m = lastPrev.m3
					}
					if m.kind == "" && lastPrev.pro == at.m.name {
						m = lastPrev.m2
						if r.oneWordOnly(m, q.open) {
							m = mention{}
						}
					}
				}
				person := at.m.name == "he" || at.m.name == "she"
				if m.kind == "" && person && !off["pronoun-chain"] {
					// `Tom Brack is doubtful. He built the first ferry. He
					// thinks ... / "...," he says.`
					if m = r.pronounChain(text, ps, byPara, pi, si, sents, at.m.name, at.m.gender, q.open, known); m.kind != "" {
						reading = "+pronoun-chain"
					}
				}
				if m.kind == "" && person && si < len(sents) && sents[si].start == p.start && pi > 0 && ps[pi-1].skip == "" && len(byPara[pi-1]) == 0 && !off["pronoun-after-newcomer"] {
					// `Crews marched, prompting Mayor Tom Brack to call for
					// calm. / "...," he said.`: he or she opening the
					// paragraph after one whose last sentence, about no one
					// named, names one person for the first time, is that one
					if ss := splitSentences(text, ps[pi-1], nil); len(ss) > 0 {
						ls := ss[len(ss)-1]
						sub := sentenceSubject(afterOpeningParticiple(clauseText(text, ls.start, ls.end, nil)), known)
						if sub.kind != "pronoun" && sub.kind != kindRole && !(sub.kind == attrib.KindPerson && r.names(sub, q.open)) {
							if m = r.newcomer(ls); m.kind != "" {
								reading = "+pronoun-after-newcomer"
							}
						}
					}
				}
				if name, _, how := r.resolveHow(m, q.open); name != "" && !namedInQuote(name, qt) && (person && (m.kind == attrib.KindPerson || m.kind == "outlet" && how == "surname->full-name") && r.genderFits(m, name, at.m.gender) || person && m.kind == kindRole && !m.body && !m.many && (strings.HasPrefix(how, "role->person") || how == "kin->person") && genderOf(m.noun) != otherSex(at.m.gender) || person && how == "spokesperson->organisation" && genderOf(m.noun) != otherSex(at.m.gender) || person && m.voice && m.spokes != "" && (m.kind == attrib.KindOrganization || m.kind == "outlet") && genderOf(m.spokes) != otherSex(at.m.gender) || !person && strings.HasPrefix(at.rule, "tag-") && (m.kind == attrib.KindOrganization || how == "single-name" && !isEnglishCommon(strings.ToLower(name)))) {
					// `Quistware has said the ferry will sail. "...," it said.`:
					// a name of one word "it" stands for is an organisation's;
					// `A spokesman for Quistware said ... "...," he said.`: the
					// body speaks through him, as `said a spokesman for
					// Quistware` has it
					at.m = withSex(m, at.m.gender)
					if !person {
						at.m.kind = attrib.KindOrganization
					}
					at.rule += reading
				} else if at.m.name == "they" && m.kind == "noun" && pluralSource(m.noun) {
					// `Sources said the talks failed. "...," they added.`: those
					// sources, unnamed
					at.m = m
					at.rule += "+pronoun-after-reported-speech"
				} else if person && m.kind == "noun" && (sourceNouns[m.noun] && !sourceOrgNouns[m.noun] || m.unnamed && personNouns[m.noun]) && !strings.HasSuffix(m.noun, "s") {
					// `A spokesman said ... "...," he said.`: the unnamed source
					// (one person: not "aides say", not "the statement said"),
					// or one described ("One woman said ...")
					at.m = m
					at.rule += "+pronoun-after-reported-speech"
				}
			}
			if traceAttribution != nil {
				traceAttribution(q.start, qt, before, after, at)
			}
			if inMarkup(text, p.start, q.open) && !off["drop:markup"] {
				continue // an attribute value in markup left in the text
			}
			if !off["drop:work-title"] && titleLike(qt) && countFieldsTo(qt, 8) <= 8 && (afterProperPossessive(text, p.start, q.open) || openingAdverbial(before) || afterTitleCue(before) || creatorAfter(before, after) || workNounAfter(after)) {
				continue // a programme or work named after its owner: `Channel 9's "Harbour Hour"`
			}
			if !off["drop:defined-term"] && titleLike(qt) && countFieldsTo(qt, 4) <= 4 && definedTerm(text, p.start, q.open, q.afterClose()) {
				continue // a name a release defines for short: `(the "Company")`
			}
			if _, ok := pronouns[strings.ToLower(strings.Trim(qt, " .,!?"))]; ok && !off["drop:pronoun-word"] {
				continue // a word under discussion ("he" or "she"), not a statement
			}
			if !off["drop:social-promo"] && len(qt) >= 6 && strings.EqualFold(qt[:6], "follow") && reSocialPromo.MatchString(qt) {
				continue // a promotion line caught inside an unbalanced mark
			}
			if !off["drop:transcript"] && reTranscript.MatchString(qt) && (strings.TrimSpace(text[p.start:q.open]) == "" || !strings.HasSuffix(qt, ":") && !hasSpeechVerb(before)) {
				continue // a transcript line ("NAME: ...") or a stage direction, marked at the paragraph's start
			}
			if !off["drop:inverted"] && invertedSpan(qt) {
				continue // narrative between two quotations, paired after a stray mark
			}
			quote := attrib.Quote{Text: qt, Start: q.start, End: q.end}
			quote.ID = QuoteID(a.ID, q.start, q.end)
			// (the paragraph before, past boilerplate between: a newsletter
			// box may part a quotation's paragraphs)
			bodyBefore := pi - 1
			for bodyBefore > 0 && ps[bodyBefore].skip != "" {
				bodyBefore--
			}
			adjacent := prev != nil && (prevPara == pi || (prevPara == bodyBefore && strings.TrimSpace(text[p.start:q.open]) == "") || q.fromRunOn)
			sameSentence := prev != nil && prevPara == pi && prevSent == s.start && prev.Speaker != ""
			r.how = ""
			rule := "none"
			late, lateRule := "", "" // a speaker a sieve gives after the ranker (one-person-before)
			read := at.m             // the mention the rules read the speaker from
			var between mention      // `"..." Ada Moss said the fares rose. "...": someone else reported between two quotes
			if at.continues && prev != nil && prevPara == pi && strings.TrimSpace(before) == "" && si > 0 && si < len(sents) && sents[si-1].start >= prev.End && sents[si-1].end-sents[si-1].start <= 2*maxClause && !off["previous-sentence-speech"] {
				// a finite speech verb ("said"), not a participle ("after
				// claiming a draw")
				if b := attribute(clauseText(text, sents[si-1].start, sents[si-1].end, pq), "", "", known); b.explicit && b.cue != "" && !strings.HasSuffix(b.cue, "ing") {
					between = b.m
				}
			} else if at.continues && prev != nil && prevPara == pi-1 && qi == 0 && strings.TrimSpace(text[p.start:q.open]) == "" && !off["previous-sentence-speech"] {
				// the same across a paragraph break: `"..." Then the
				// spokesman said the plan stood.` then `"..."`
				// (a name, not "Rather, he said, ...")
				if ls, ok := lastSentenceBefore(text, ps, pi, byPara[pi-1]); ok && ls.start >= prev.End && hasSpeechVerb(text[ls.start:ls.end]) {
					between = reportedSpeaker(text, ls, byPara[pi-1], known)
				}
			}
			var label mention // `Ivo Pap (Kells Bank)` above the quote's paragraph (name-label)
			if at.continues && qi == 0 && strings.TrimSpace(before) == "" && !off["name-label"] {
				label = nameLabelAbove(text, ps, pi)
				if label.kind == "" {
					label = topicLabelAbove(text, ps, pi)
				}
			} else if at.continues && qi == 0 && !off["name-label"] {
				label = capsRoleLabel(before)
			}
			switch {
			case q.reopened && prev != nil && prevPara == pi && prev.Speaker != "" && !(strings.HasPrefix(at.rule, "tag-after") && !strings.HasSuffix(qt, ".")) && !off["continues-previous-quote"]:
				// the next part of a quotation whose paragraph break was
				// lost: its speaker, unless a tag follows it (`," Ada Moss
				// said`; after a full stop, `." Ada Moss laughed.` is a
				// sentence of its own)
				rule = "continues-previous-quote"
				quote.Speaker, quote.SpeakerKind, quote.Cue, quote.Via = prev.Speaker, prev.SpeakerKind, prev.Cue, prev.Via
				quote.Continues = true
			case at.explicit:
				rule = at.rule
				quote.Speaker, quote.SpeakerKind = r.resolve(at.m, q.open)
				quote.Cue, quote.Via = at.cue, at.via
				if at.m.kind == "pronoun" && quote.Via != "" && quote.Speaker == quote.Via {
					quote.Speaker, quote.SpeakerKind = "", "" // `"...," they told the Kells Courier`: not the paper itself
				}
				if quote.Via == "" && (reToldOutletNoun.MatchString(after) || reToldOutletNoun.MatchString(before)) {
					// `," she told the newspaper.`: the paper named last, in
					// this paragraph or the two before
					quote.Via = outletNamedBefore(text, r, a.Citations, q.open, ps[max(0, pi-2)].start)
				}
				if (r.how == "description-unresolved" && at.m.kind == "noun" && (at.m.described || personOfAPeople(at.m.noun)) || r.how == "office-unresolved" && describedRole(at.m)) && continuingCues[at.cue] && prev != nil && prev.Speaker != "" && prev.SpeakerKind == attrib.KindPerson && prevPara >= pi-1 && !(si > 0 && si < len(sents) && sents[si-1].start >= p.start && sents[si-1].start >= prev.End) && !off["described:continues"] {
					// (not after a sentence of its own paragraph past that
					// quote: `Ada Moss won. ..., the Dane added:` is hers)
					// `"...," Ivo Pap said.` then `The Kellish continued: "..."`:
					// a description that goes on speaking is the one who spoke
					quote.Speaker, quote.SpeakerKind = prev.Speaker, prev.SpeakerKind
					r.how = "described->previous-speaker"
				}
				if r.how == "description-unresolved" && at.m.kind == "noun" && spokesNouns[at.m.noun] && !at.m.definite && at.m.owner == "" && !at.m.many && reBareSpokes.MatchString(before+" "+after) && !off["role:previous-subject"] {
					// `Kells Ferries said fares would rise. It came after a
					// strike. / "...," a spokesman said.`: the body the
					// sentences before are about speaks through him (not
					// after a sentence about a person, whose spokesman he
					// may be)
				back:
					for _, sp := range sentencesBefore(text, ps, pi, sents, si, byPara, 3) {
						m := sentenceSpeaker(text, sp.s, sp.qs, known, true)
						if m.kind == attrib.KindPerson && !strings.Contains(m.name, " ") && !isFirstName(strings.ToLower(m.name)) && r.fullNameBy(m.name, q.open, true) == "" {
							m.kind = attrib.KindOrganization // "Quistair has apologised": a one-word name no person of the article has
						}
						switch {
						case m.kind == attrib.KindPerson || m.kind == kindRole || m.kind == "pronoun" && m.name != "it":
							break back
						case m.kind == attrib.KindOrganization || m.kind == "noun" && orgNouns[m.noun] && m.definite:
							if name, kind, _ := r.resolveHow(m, q.open); name != "" && kind == attrib.KindOrganization && !isOutletName(name) {
								quote.Speaker, quote.SpeakerKind = name, kind
								r.how = "spokesperson->subject-body"
							}
							break back
						}
					}
				}
				if r.how == "description-unresolved" && at.m.kind == "noun" && at.m.definite && at.m.noun == "official" && prev != nil && prev.Speaker != "" && prev.SpeakerKind == attrib.KindPerson && prevPara >= pi-1 && r.titledEntity(prev.Speaker) && !officialBetween(text[min(prev.End, q.open):q.open], before) && !off["described:continues"] {
					// `"...," Kells Health Director Ada Moss told reporters.`
					// then `The official admitted that ...`: the titled one
					// who spoke just before, no unnamed official (not after
					// "A senior official said on Friday ...")
					quote.Speaker, quote.SpeakerKind = prev.Speaker, prev.SpeakerKind
					r.how = "official->previous-speaker"
				}
				if ((r.how == "role-as-written" || r.how == "office-unresolved" && at.m.office) && describedRole(at.m) || r.how == "description-unresolved" && at.m.kind == "noun" && (personOfAPeople(at.m.noun) && r.onePersonSince(prevStart(ps, pi, sents, si), q.open) || at.m.described && !personOfAPeople(at.m.noun))) && !off["role:previous-subject"] {
					// (or one of a people, `said the Frenchman`, after a
					// sentence that names one person only: not "Marsk beat
					// Pap. '...,' the Spaniard said", where either may be)
					// `Pap starred in the win. "...," said the Kells
					// captain.`: no one named holds the role, so it
					// describes the person the sentence before is about
					m := previousSubject(text, ps, pi, sents, si, pq, byPara, known)
					if (m.kind == "" || m.kind == "noun" && !personNouns[m.noun]) && r.how == "role-as-written" && describedRole(at.m) {
						// `The club sacked its coach Ivo Pap. "...," the
						// former Kells forward recalled`: the sentence
						// before is about a thing, not someone, and names
						// one person only
						lo, hi := prevStart(ps, pi, sents, si), q.open
						if si < len(sents) {
							hi = min(hi, sents[si].start)
						}
						if name, _ := r.onlyPersonIn(lo, hi); name != "" && !personOpens(text[lo:hi]) {
							m = mention{name: name, kind: attrib.KindPerson}
						}
					}
					if m.kind != attrib.KindPerson && strings.HasPrefix(at.rule, "block-intro:") {
						// `A tired 34-year-old said:` then the quote: the
						// sentence before the introduction's
						if ss := splitSentences(text, ps[pi-1], byPara[pi-1]); len(ss) > 0 {
							m = previousSubject(text, ps, pi-1, ss, len(ss)-1, byPara[pi-1], byPara, known)
						}
					}
					if m.kind == attrib.KindPerson {
						if name, kind, _ := r.resolveHow(m, q.open); name != "" && kind == attrib.KindPerson && !r.titledOtherThan(at.m, name) && (at.m.office || at.m.place == "" || !strings.Contains(strings.ToLower(name), at.m.place)) {
							// (not the club: "Kells drew. ... said the Kells striker")
							if !at.m.office {
								if lo, hi, ok := prevSentenceSpan(text, ps, pi, sents, si, byPara); ok {
									if p := r.protagonistIn(lo, hi, q.open, name); p != "" {
										// `Ivo Pap levelled, Tom Brack scored, and Pap won it.
										// "...," the Kells Cup winner said`: of the people the
										// sentence names, the one the story is about
										name = p
									}
								}
							}
							quote.Speaker, quote.SpeakerKind = name, kind
							r.how = "role->previous-subject"
						}
					}
				}
				if (r.how == "office-unresolved" || r.how == "role-as-written") && at.m.kind == kindRole && (prev == nil || prev.Speaker == "") && pi <= firstBody(ps)+1 && !off["role:next-subject"] {
					// `The education secretary told teachers "...".` then
					// `Ada Moss said she hoped ...`: an article's opening
					// names the office first, the one who holds it next
					if m := nextSentenceSubject(text, ps, pi, sents, si, byPara); m.kind == attrib.KindPerson {
						if name, kind, _ := r.resolveHow(m, q.open); name != "" && kind == attrib.KindPerson && !r.titledOtherThan(at.m, name) {
							quote.Speaker, quote.SpeakerKind = name, kind
							r.how = "role->next-subject"
						}
					}
				}
				if r.how == "description-unresolved" && at.m.kind == "noun" && at.m.unnamed && !at.m.many && (occupations[at.m.noun] || titleWords[at.m.noun]) && !sourceNouns[at.m.noun] && (prev == nil || prev.Speaker == "") && pi <= firstBody(ps)+1 && !off["role:next-subject"] {
					// `A councillor whose town was cut off said she was "in
					// tears".` then `Ada Moss said the town had ...`: an
					// article's opening describes someone, the next
					// paragraph names her as she speaks (a trade or a post,
					// not an unnamed source: "a person familiar with the talks")
					if m := nextSentenceSubject(text, ps, pi, sents, si, byPara); m.kind == attrib.KindPerson {
						if ns := splitSentences(text, ps[pi+1], byPara[pi+1]); len(ns) > 0 && hasSpeechVerb(text[ns[0].start:ns[0].end]) {
							if name, kind, _ := r.resolveHow(m, q.open); name != "" && kind == attrib.KindPerson && (at.m.gender == "" || nameGender(name) != otherSex(at.m.gender)) {
								quote.Speaker, quote.SpeakerKind = name, kind
								r.how = "description->next-subject"
							}
						}
					}
				}
			case sameSentence && !ownClause(strings.TrimLeft(text[min(prev.End, q.open):q.open], " ,\"'\u201d\u2019")) && !off["same-sentence-as-previous-quote"]:
				// (not `..., while the reviewer said it was "...`: a clause
				// with a subject of its own)
				// another piece of the sentence whose speaker is known:
				// `X called him a "liar" and a "whiner"`
				rule = "same-sentence-as-previous-quote"
				quote.Speaker, quote.SpeakerKind, quote.Cue, quote.Via = prev.Speaker, prev.SpeakerKind, prev.Cue, prev.Via
			case between.kind == attrib.KindPerson || between.kind == "noun" || between.kind == kindRole:
				// (a description too: `His lawyer wrote to the paper ... "..."` is
				// the agent's, whom the article may not name)
				rule = "previous-sentence-speech"
				quote.Speaker, quote.SpeakerKind = r.resolve(between, q.open)
				read = between
			case label.kind == attrib.KindPerson:
				// `Ivo Pap (Kells Bank)` / `12 May 2023` / `'...'`: a list
				// of people's comments, each under its name
				rule = "name-label"
				quote.Speaker, quote.SpeakerKind = r.resolve(label, q.open)
			case at.continues && adjacent && !(at.described && si > 0 && si < len(sents) && sents[si-1].start >= prev.End && sents[si-1].start >= p.start) && (at.described || !r.otherSubjectBetween(text, sents, si, p.start, prev, pq, known, q.open)) && !off["continues-previous-quote"]:
				// (not after a sentence past the quote before when a tag
				// describes someone: `... Ivo Pap is delighted. "...," the
				// youngster said.`: the next case reads that sentence)
				rule = "continues-previous-quote"
				quote.Speaker, quote.SpeakerKind, quote.Cue, quote.Via = prev.Speaker, prev.SpeakerKind, prev.Cue, prev.Via
				quote.Continues = true
			case at.continues && at.fallback.kind != "" && !off["continues:bare-subject"]:
				rule = "continues:bare-subject"
				quote.Speaker, quote.SpeakerKind = r.resolve(at.fallback, q.open)
			case at.continues && strings.TrimSpace(before) == "" && si > 0 && si < len(sents) && sents[si-1].start >= p.start && !off["previous-sentence-subject"]:
				// a quote opening a sentence after one of this paragraph
				// about someone: `X said of the plan. "We need this."`
				rule = "previous-sentence-subject"
				m := sentenceSpeaker(text, sents[si-1], pq, known, true)
				if m.kind == "pronoun" && (m.name == "he" || m.name == "she") && !off["previous-sentence-subject:pronoun"] {
					// `Moss admitted the fear. But she said the cause won her
					// over. "..."`: the person the paragraph's sentences before
					// are about, the pronoun read back to a name
					m = pronounSubjectBefore(text, sents, si-1, p.start, pq, known, m)
					rule = "previous-sentence-subject:pronoun"
				}
				if m.kind == attrib.KindPerson {
					quote.Speaker, quote.SpeakerKind = r.resolve(m, q.open)
				}
			case at.continues && qi == 0 && strings.TrimSpace(before) == "" && !off["previous-paragraph-subject"]:
				// a quote standing alone after a paragraph about someone:
				// `X praised the plan.` then `"We need this."`
				rule = "previous-paragraph-subject"
				pj := pi
				if pi > 1 && ps[pi-1].skip == "" && len(byPara[pi-1]) == 0 && (quotesHeading(text[ps[pi-1].start:ps[pi-1].end]) || shortHeading(text[ps[pi-1].start:ps[pi-1].end]) && headingNamesNoOne(prevSubject(text, ps, pi, nil, known))) {
					pj = pi - 1 // `Ada Moss spoke after the vote.` / `Key quotes` / `"..."`: the heading over her quotes names no one
				}
				if h := transcriptHeader(text, ps, pi, byPara); h.kind == attrib.KindPerson && !off["transcript-header"] {
					// `Quarterback Ivo Pap` / `On how he felt:` / `"..."`
					rule = "transcript-header"
					quote.Speaker, quote.SpeakerKind = r.resolve(h, q.open)
				} else if m := prevSubject(text, ps, pj, byPara[pj-1], known); m.kind == attrib.KindPerson {
					quote.Speaker, quote.SpeakerKind = r.resolve(m, q.open)
				} else if (m.kind == attrib.KindOrganization && m.voice || m.kind == kindRole && spokesNouns[m.noun]) && prevSaid(text, ps, pi, byPara[pi-1]) {
					// `A Kells Park spokesperson commented on the news.` then
					// `"..."`: the body that one speaks for
					if name, kind := r.resolve(m, q.open); kind == attrib.KindOrganization {
						quote.Speaker, quote.SpeakerKind = name, kind
					}
				} else if m.kind == kindRole && !m.many && !m.body {
					// `The Prime Minister thanked the crew.` then `"..."`: the
					// one the article titled so
					if name, kind, how := r.resolveHow(m, q.open); kind == attrib.KindPerson && strings.HasPrefix(how, "role->person") {
						quote.Speaker, quote.SpeakerKind = name, kind
						r.how = how
					}
				} else if m.kind == "pronoun" && (m.name == "he" || m.name == "she") && at.m.kind == "" && !at.described && !hasSpeechVerb(after) {
					// `He refused to say more.` then `"..."`: the one the
					// pronoun stands for (the person the paragraph's sentences
					// before it are about, first: `Ada Moss was pleased. But
					// she regretted the loss.`)
					stands := q.open
					if ss := splitSentences(text, ps[pi-1], byPara[pi-1]); len(ss) > 0 {
						stands = ss[len(ss)-1].start // (where the pronoun stands: not "She defended her chief, Nia Kroll," read as Nia Kroll)
						if len(ss) > 1 {
							if pm := pronounSubjectBefore(text, ss, len(ss)-1, ps[pi-1].start, byPara[pi-1], known, m); pm.kind == attrib.KindPerson {
								m = pm
							}
						} else if pi > 1 && ps[pi-2].skip == "" && len(byPara[pi-2]) == 0 && !off["previous-sentence-subject:pronoun"] {
							// `Ivo Pap later told the paper ...` / `He said
							// ...` / `"..."`: a paragraph of one sentence, its
							// pronoun the person the paragraph before, with no
							// quote, ends about (not the last one quoted)
							if s2 := splitSentences(text, ps[pi-2], nil); len(s2) > 0 {
								if pm := pronounSubjectBefore(text, s2, len(s2), ps[pi-2].start, nil, known, m); pm.kind == attrib.KindPerson && strings.Contains(pm.name, " ") {
									m = pm
								}
							}
						}
					}
					if name, kind := r.resolve(m, stands); kind == attrib.KindPerson {
						quote.Speaker, quote.SpeakerKind = name, kind
						r.how = "pronoun"
					}
				} else if m.kind == "noun" && m.described && !m.many && !personOfAPeople(m.noun) && !off["role:previous-subject"] {
					// `Ivo Pap signed on Monday.` `The striker said he was
					// thrilled.` then `"..."`: the one described is the one
					// the sentence before the description is about
					if ss := splitSentences(text, ps[pi-1], byPara[pi-1]); len(ss) > 0 {
						if pm := previousSubject(text, ps, pi-1, ss, len(ss)-1, byPara[pi-1], byPara, known); pm.kind == attrib.KindPerson {
							if name, kind, _ := r.resolveHow(pm, q.open); name != "" && kind == attrib.KindPerson {
								quote.Speaker, quote.SpeakerKind = name, kind
								r.how = "described->previous-subject"
							}
						}
					}
				} else if m.kind != "pronoun" && pi > 0 && len(byPara[pi-1]) == 0 && ps[pi-1].skip == "" && !hasSpeechVerb(after) && !off["one-person-before"] {
					// (decided after the ranker, which reads the rules as they
					// were without this sieve)
					if name := r.onePersonIn(ps[pi-1].start, ps[pi-1].end); name != "" && reThirdPerson.MatchString(text[ps[pi-1].start:ps[pi-1].end]) {
						// `For Ivo Pap, sticking to the plan has paid off.` then
						// `"..."`: the one person the paragraph names
						late, lateRule = name, "one-person-before"
					} else if prev != nil && prevPara == pi-2 && strings.Contains(prev.Speaker, " ") && prev.SpeakerKind == attrib.KindPerson && countFieldsTo(text[ps[pi-1].start:ps[pi-1].end], 8) >= 8 && !signedNext(text, ps, pi) && !r.namesAnyone(ps[pi-1].start, ps[pi-1].end) {
						// `"...," Ivo Pap said.` / `The first game was one to
						// forget.` / `"..."`: a paragraph about no one between
						// two of his quotes
						late, lateRule = prev.Speaker, "one-person-before:past-narrative"
					}
				}
			case !at.explicit && !at.continues && si > 0 && si < len(sents) && sents[si-1].start >= p.start && !(titleLike(qt) && countFieldsTo(qt, 4) <= 4) && !off["previous-sentence-speech"]:
				// a sentence that names no speaker, after one of this paragraph
				// with a speech verb: `X has argued that ... As a result,
				// there is "..."`
				rule = "previous-sentence-speech"
				if m := sentenceSpeaker(text, sents[si-1], pq, known, false); m.kind == attrib.KindPerson {
					quote.Speaker, quote.SpeakerKind = r.resolve(m, q.open)
				}
			default:
				if countFieldsTo(qt, 4) <= 4 && titleLike(qt) && !strings.HasSuffix(strings.TrimSpace(qt), "!") && !hasSpeechVerb(before+" "+after) && !off["drop:short-title"] {
					continue // a title or a name in quotation marks, not words anyone said
				}
			}
			how := r.how
			if how != "" {
				rule += " > " + how
			}
			if quote.Speaker == "" && rule != "none" {
				rule += " > no-speaker"
			}
			quote.Rule = rule
			said := read // the mention the speaker was read from
			if rc != nil {
				prevSpeaker := ""
				if prev != nil {
					prevSpeaker = prev.Speaker
					if prevLate {
						prevSpeaker = prevRanked // (as the ranker gave it, before a late sieve's reading)
					}
				}
				cs := rc.candidates(q, pi, s, rule, how, quote.Speaker, quote.SpeakerKind, prevSpeaker)
				if o.observe != nil {
					o.observe(&quote, cs)
				}
				if o.ranker != nil && !off["ranker"] {
					// (not a quotation's next part, only white space after
					// the close of the part before it: `"..." "..."`, one
					// quotation, one speaker)
					if b := best(cs); b > 0 && cs[b].speaker != quote.Speaker && !(unnamedSource(read, how) && (cs[b].kind == attrib.KindPerson || isOutletName(cs[b].speaker) || pluralSource(read.noun))) && !(quote.Via != "" && cs[b].speaker == quote.Via) && !(bodyDescribed(read, how) && cs[b].kind == attrib.KindPerson && personNamed(cs[b].speaker)) && !unnamedPerson(read, how) && how != "pronoun->unnamed-source" && !(quote.Continues && prevUnnamed) && !(quote.Continues && prevPara == pi && strings.Trim(text[prev.End:q.open], " \"\u201c\u201d") == "") && !((at.described || read.owned) && (at.describedMany || !describedFits(cs[b]))) && !(read.owned && familyNouns[read.noun]) && !toldAudience(text, min(p.start, strings.LastIndexByte(text[:cs[b].start], '\n')+1), cs[b]) && !clauseSubjectBefore(text, p.start, cs[b], q.open) && !toldTitled(text, p.start, cs[b], q.open) && !platformKept(text, cs[b]) && !cueAudience(quote.Cue, cs[b].speaker) && !(strings.HasPrefix(rule, "passive-agent") && quote.Speaker != "") && !(quote.Speaker == "" && wordsOfNoOne(before, after)) && !(how == "description-unresolved" && read.kind == "noun" && cs[b].kind == attrib.KindPerson && personNamed(cs[b].speaker) && !personNouns[read.noun] && !sourceNouns[read.noun] && !occupations[read.noun]) {
						c := cs[b]
						quote.Speaker, quote.SpeakerKind, said = c.speaker, c.kind, c.m
						if bodyDescribed(read, how) && c.kind == attrib.KindPerson {
							quote.SpeakerKind = attrib.KindOrganization // "Quist Coal ... the company said": a firm's name read as a person's
						}
						how = c.how
						quote.Rule = "ranker:" + c.pos + ":" + c.dist + " " + c.m.kind + " > " + c.how + " (rules: " + rule + ")"
					}
				}
			}
			ranked := quote.Speaker
			if late != "" && late != ranked {
				quote.Speaker, quote.SpeakerKind, quote.Rule = late, attrib.KindPerson, lateRule
				r.how = ""
			}
			if quote.Speaker == "" && how == "description-unresolved" && said.kind == "noun" && documentNouns[said.noun] {
				// "according to the statement": a later "it said" is that
				// statement, no body named before
				r.addSpeaker(newEntity("", attrib.KindOrganization, "", nil, q.open))
			} else if quote.Speaker == "" && (unnamedSource(said, how) || unnamedPerson(said, how)) && !crowd[said.noun] && !said.many {
				// "a spokesman said": a later "he added" is that spokesman, no
				// one named before
				r.addSpeaker(newEntity("", attrib.KindPerson, said.gender, nil, q.open))
			} else if quote.Speaker == "" && unnamedSource(said, how) && pluralSource(said.noun) {
				// "sources said": a later "they added" is those sources
				r.addSpeaker(newEntity("", kindGroup, "", nil, q.open))
			}
			if quote.Speaker == "" && countFieldsTo(qt, 4) <= 4 {
				quote.Term = true
			}
			if quote.Speaker != "" {
				quote.Speaker = particlesAsWritten(quote.Speaker, text)
				quote.SpeakerID = PersonID(quote.Speaker)
				unnamed := (how == "role-as-written" || how == "description->unnamed-source") && quote.SpeakerKind == attrib.KindPerson
				if unnamed {
					// an unnamed source ("a senior Okafor aide") is one person in
					// this article, not the same one as another article's
					quote.SpeakerID = UnnamedPersonID(a.ID, quote.Speaker)
				}
				if antecedent(quote.Rule, at.explicit, qt, before+" "+after) && !said.many {
					r.spoke(quote.Speaker, quote.SpeakerKind, said, q.open)
				}
				pp := people[quote.SpeakerID]
				if pp == nil {
					pp = &attrib.Person{ID: quote.SpeakerID, Name: quote.Speaker, Kind: quote.SpeakerKind}
					if f := strings.Fields(quote.Speaker); quote.SpeakerKind == attrib.KindPerson && len(f) > 1 && !isEnglishCommon(strings.ToLower(f[0])) && !isAcronym(f[0]) && !titleWords[strings.ToLower(f[0])] && !unnamed {
						pp.Full = true // a first name and a surname, "Ada Quist" (no common word first: "Stop Quist")
					}
					people[quote.SpeakerID] = pp
					order = append(order, quote.SpeakerID)
				}
				switch {
				case said.name == "" || said.kind == "pronoun" || said.name == quote.Speaker:
				case said.kind == kindRole:
					if personTitle(said.name) {
						pp.Titles = appendUnique(pp.Titles, said.name) // "Kells captain": a title, no other name
					}
				case sameName(said.name, quote.Speaker):
					pp.Aliases = appendUnique(pp.Aliases, said.name)
				}
				for _, t := range said.titles {
					if t = openerTrimmed(beforeRelative(t)); personTitle(t) {
						pp.Titles = appendUnique(pp.Titles, t)
					}
				}
			}
			if quote.Via != "" {
				quote.ViaID = OutletID(quote.Via)
			}
			a.Quotes = append(a.Quotes, quote)
			chain = append(chain, chainLink{runsOn: q.runsOn, fromRunOn: q.fromRunOn, tagged: at.explicit && at.m.kind != "", opensPara: strings.TrimSpace(text[p.start:q.open]) == "", unmarked: q.unmarked})
			prev = &a.Quotes[len(a.Quotes)-1]
			prevRanked, prevLate = ranked, late != "" && late != ranked
			prevPara, prevSent = pi, s.start
			prevUnnamed = quote.Speaker == "" && (unnamedSource(said, how) || unnamedPerson(said, how) || at.describedMany || quote.Continues && prevUnnamed)
		}
	}
	if !o.off["run-on:closing-tag"] {
		closingTags(a, chain, people)
	}
	// a name spoken as a body somewhere and elsewhere as a person nothing
	// gave a sex or a first name ("according to Quistware", "Quistware
	// said"; "said Quistware. ... it said") is the body throughout
	orgSaid := map[string]bool{}
	for _, q := range a.Quotes {
		if q.SpeakerKind == attrib.KindOrganization {
			orgSaid[q.SpeakerID] = true
		}
	}
	for i := range a.Quotes {
		if q := &a.Quotes[i]; orgSaid[q.SpeakerID] && q.SpeakerKind == attrib.KindPerson && r.sexes[q.Speaker] == "" && !isFirstName(strings.ToLower(strings.Fields(q.Speaker)[0])) {
			q.SpeakerKind = attrib.KindOrganization
			people[q.SpeakerID].Kind = attrib.KindOrganization
		}
	}
	used := map[string]bool{}
	for _, q := range a.Quotes {
		used[q.SpeakerID] = true
	}
	for _, id := range order {
		if used[id] {
			a.People = append(a.People, *people[id]) // (not one a quotation's closing tag took its quotes from)
		}
	}
	a.Reported = findReported(text, low, ps, byPara, known, r)
	if rewritten {
		// offsets into the text as written, and what a quote or a claim
		// says is its own bytes, marks and all
		remap := func(start, end *int) {
			*start = unshift(labels, *start, false)
			*end = max(*start, unshift(labels, *end, true))
		}
		for i := range a.Quotes {
			q := &a.Quotes[i]
			remap(&q.Start, &q.End)
			q.Text = d.Text[q.Start:q.End]
		}
		for i := range a.Reported {
			c := &a.Reported[i]
			remap(&c.Start, &c.End)
			c.Text = d.Text[c.Start:c.End]
		}
		for i := range a.Citations {
			remap(&a.Citations[i].Start, &a.Citations[i].End)
		}
	}
	return a, nil
}

// inMarkup: does the quote at open sit inside a markup tag left in the text
// (`<tweet id="...">`)? A tag is looked for in the maxTagBytes before the
// quote only: a paragraph of thousands of quotes was read back to its
// start for each (a 1.6 MB one took a minute).
func inMarkup(text string, pstart, open int) bool {
	from := max(pstart, open-maxTagBytes)
	lt := strings.LastIndexByte(text[from:open], '<')
	if lt < 0 {
		return false
	}
	lt += from
	if strings.IndexByte(text[lt:open], '>') >= 0 || lt+1 >= len(text) {
		return false
	}
	c := text[lt+1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// maxTagBytes bounds how far before a quote inMarkup looks for the tag.
const maxTagBytes = 1024

// titleLike: is every word of s capitalised, short function words aside
// (a title, a show, a slogan's name)?
func titleLike(s string) bool {
	seen := false
	for w, _, j := nextTok(s, 0); w != ""; w, _, j = nextTok(s, j) {
		seen = true
		b := bare(w)
		if b == "" || titleSmall[b] {
			continue
		}
		if !isCapWord(strings.TrimLeft(w, "\"'(\u2018\u201c")) {
			return false
		}
	}
	return seen
}

var titleSmall = toSet("of the and a an in on for to with at by or from")

func hasSpeechVerb(s string) bool {
	for w, _, j := nextTok(s, 0); w != ""; w, _, j = nextTok(s, j) {
		if isSpeechVerb(w) || participleVerbs[bare(w)] {
			return true
		}
	}
	return false
}

// afterProperPossessive: is the word before the mark at open a capitalised
// possessive ("CNN's", "Wednesday's")?
func afterProperPossessive(text string, pstart, open int) bool {
	w := lastWords(text[pstart:open], 1)
	return isCapWord(w) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s"))
}

// colonIntro returns the last sentence of the body paragraph before
// paragraph pi when it ends with a colon, quotes in it replaced.
func colonIntro(text string, ps []para, pi int, prevQuotes []qspan) (string, bool) {
	if pi == 0 || !strings.HasSuffix(strings.TrimRight(text[ps[pi-1].start:ps[pi-1].end], " \t\u00a0"), ":") {
		return "", false
	}
	s, ok := lastSentenceBefore(text, ps, pi, prevQuotes)
	if !ok {
		return "", false
	}
	if s.end-s.start > 2*maxClause {
		s.start = wordStart(text, s.end-2*maxClause)
	}
	return clauseText(text, s.start, s.end, prevQuotes), true
}

// reStatementBy is a line that announces the statement below it and
// names its author ("Below is a statement from Prof. Ada Moss, who heads
// the Kells Institute.").
var reStatementBy = rx(`^(?:Below is|The following is|Here is|Read) (?:the |a )?(?:full )?(?:statement|letter|remarks) (?:by|from) ([^,.;:]+(?:\. [^,.;:]+)?)`)

// introLine reads a paragraph without a colon that introduces the
// quotation opening the next one: a line announcing a statement by
// someone, or a reaction's label of a name and what the person is, no
// verb and no closing stop ("Ivo Pap, Kells harbour master, on
// Quistbook"). The person or body, else nothing.
func introLine(line string, known []string) mention {
	if mm := reStatementBy.FindStringSubmatch(line); mm != nil {
		who := strings.Join(strings.Fields(mm[1]), " ")
		for _, w := range []string{" regarding ", " on ", " about ", " concerning ", " following ", " after ", " in response "} {
			if i := strings.Index(who, w); i > 0 {
				who = who[:i] // "from Administrator Ivo Pap regarding today's Quist Mission": its writer, not its subject
			}
		}
		if m := parseNP(who, known); m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
			return m
		}
		return mention{}
	}
	if line == "" || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") || !strings.Contains(line, ",") || countFieldsTo(line, 25) > 24 || findVerb(tokens(line), false) >= 0 {
		return mention{}
	}
	name, _, _ := strings.Cut(line, ",")
	return labelIntro(name+":", known)
}

// labelIntro reads a paragraph that is only a person's name and what
// they are, ending in a colon (`Ada Moss, Kells Riders Union:`): no verb,
// twelve words at most. The person, else nothing.
func labelIntro(intro string, known []string) mention {
	intro = strings.TrimSpace(intro)
	ts := tokens(intro)
	if !strings.HasSuffix(intro, ":") || len(ts) < 2 || len(ts) > 12 || findVerb(ts, false) >= 0 || strings.Contains(intro, quoteToken) {
		return mention{}
	}
	if !isCapWord(ts[0].w) {
		return mention{}
	}
	first, _, _ := strings.Cut(strings.TrimSuffix(intro, ":"), ",")
	m := parseNP(first, known)
	if m.kind != attrib.KindPerson || countFieldsTo(m.name, 1) < 2 || !capsOnly(first) {
		return mention{}
	}
	return m
}

// sentenceSpeaker is who a sentence gives as speaking: the subject of its
// speech verb. With subject set, a sentence whose cue has a pronoun or
// no cue at all gives its subject instead.
func sentenceSpeaker(text string, s sentence, qs []qspan, known []string, subject bool) mention {
	if s.end-s.start > 2*maxClause {
		return mention{}
	}
	c := clauseText(text, s.start, s.end, qs)
	at := attribute(c, "", "", known)
	cue := at.explicit && at.cue != ""
	if subject && !cue {
		// a sentence before the quote: who it is about, past an
		// "according to the paper," aside ("..., according to the Kells
		// Courier, Pap spoke to reporters")
		c = reAccordingAside.ReplaceAllString(c, ",")
	}
	switch {
	case cue && at.m.kind != "pronoun":
		return at.m
	case !subject:
		return mention{}
	case cue:
		if subj := sentenceSubject(c, known); subj.kind == attrib.KindPerson {
			return subj
		}
		return at.m
	}
	return sentenceSubject(c, known)
}

// reAccordingAside is an "according to X" aside between commas.
var reAccordingAside = rxKeys(`,\s*according to [^,]{1,60},`, false, "according")

// theName: is m a name read after "the" ("The Reds are fifth"): a
// side's, a band's or a thing's, no person a pronoun stands for?
func theName(m mention) bool {
	return m.kind == attrib.KindPerson && len(m.titles) == 1 && strings.EqualFold(m.titles[0], "the") && !strings.Contains(m.name, " ")
}

// pluralVerbAfter: does the one-word name open s (a name of more words
// never equals the first token) and take a plural verb
// ("Kells have", "Kells, who signed Pap, are"), as a side or a firm does
// in British English and a person never does?
func pluralVerbAfter(s, name string) bool {
	ts := tokens(s)
	if len(ts) < 2 || trimBare(ts[0].w) != name {
		return false
	}
	i := 1
	if strings.HasSuffix(ts[0].w, ",") {
		// an appositive or a relative clause up to its closing comma
		for i < len(ts) && !strings.HasSuffix(ts[i].w, ",") {
			i++
		}
		i++
	}
	for end := i + 3; i < len(ts) && i < end; i++ {
		switch bare(ts[i].w) {
		case "are", "were", "have":
			return true
		case "is", "was", "has", "had":
			return false
		}
		if !adverbOpeners[bare(ts[i].w)] && bare(ts[i].w) != "also" && bare(ts[i].w) != "now" {
			return false
		}
	}
	return false
}

// holdsQuote: does a quotation of qs open within s?
func holdsQuote(qs []qspan, s sentence) bool {
	for _, q := range qs {
		if q.open >= s.start && q.open < s.end {
			return true
		}
	}
	return false
}

// pronounReach bounds how many sentences pronounSubjectBefore reads back.
const pronounReach = 6

// pronounSubjectBefore reads the pronoun p, subject of sentence i, as the
// subject of a sentence before it in its paragraph (from start): the
// nearest that names a person, through sentences whose subject is the
// same pronoun, up to pronounReach sentences back (so that a paragraph of
// many such sentences and quotes costs linear time); nobody when another
// subject comes first.
func pronounSubjectBefore(text string, sents []sentence, i, start int, qs []qspan, known []string, p mention) mention {
	for k := i - 1; k >= 0 && k >= i-pronounReach && sents[k].start >= start; k-- {
		m := sentenceSpeaker(text, sents[k], qs, known, true)
		switch {
		case m.kind == attrib.KindPerson && (m.gender == "" || m.gender == p.gender):
			return m
		case m.kind == "pronoun" && m.name == p.name:
			continue
		}
		return mention{}
	}
	return mention{}
}

// pronounTagEnds: does sentence s end in a tag of pronoun p and a speech
// verb (", she said.")?
func pronounTagEnds(s, p string) bool {
	ts := tokens(s)
	n := len(ts)
	return n > 2 && isSpeechVerb(ts[n-1].w) && strings.HasSuffix(ts[n-1].w, ".") && bare(ts[n-2].w) == p && strings.HasSuffix(ts[n-3].w, ",")
}

// inWord: can byte b be part of a word (a letter, a digit, or a byte of a
// letter outside ASCII)?
func inWord(b byte) bool { return isWordByte(b) || b >= 0x80 }

// containsWord: does s hold w with no letter or digit right before or
// after it ("Pap" in "Mr Pap's", not in "Papers")?
func containsWord(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		if (i == 0 || !inWord(s[i-1])) && (end == len(s) || !inWord(s[end])) {
			return true
		}
		j := strings.Index(s[end:], w)
		if j < 0 {
			return false
		}
		i = end + j
	}
	return false
}

// namedInQuote: does the quote name the person by a word of their name
// ("I had a word with Ivo" is not Ivo Pap's)? Not by the whole name: a
// candidate may speak of themself so ("it's not Ivo Pap").
func namedInQuote(name, qt string) bool {
	if strings.Contains(name, " ") && strings.Contains(qt, name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if len(w) < 3 || !isCapWord(w) {
			continue
		}
		if containsWord(qt, w) {
			return true
		}
	}
	return false
}

// sameName: may alias name the one speaker is: a word alone ("Pap",
// "Quistware"), or words of which one is the speaker's ("Ada B. Moss" for
// Ada Moss), not another person named beside them?
func sameName(alias, speaker string) bool {
	aw := strings.Fields(strings.ToLower(alias))
	if len(aw) == 1 {
		return true
	}
	sw := strings.Fields(strings.ToLower(speaker))
	for _, w := range aw {
		if slices.Contains(sw, w) {
			return true
		}
	}
	return false
}

// personTitle: is t, read before or beside a speaker's name, a title or
// a description fit for their page ("Harbour Minister", "chief economist
// at Quist Bank", "Mr"), not a clause caught with it ("who had", "in his
// ruling", "leader of the", "company says the report", "58")?
func personTitle(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 10 {
		return false
	}
	first := strings.ToLower(strings.Trim(ws[0], ".,;:"))
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,;:"))
	if titleOpenersNot[first] || sentenceOpeners[first] && (isCapWord(ws[0]) || len(ws) == 1) || titleEndsNot[last] {
		return false
	}
	digits := true
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,;:'\u2019"))
		if titleVerbs[lw] || speechVerbs[lw] {
			return false
		}
		digits = digits && strings.Trim(lw, "0123456789-") == ""
	}
	if digits {
		return false
	}
	if len(ws) == 1 && !titleWords[first] && !occupations[first] && !roleNouns[first] && !groups[first] && (isAdjective(ws[0]) || placeKind(ws) != "") {
		return false // "Irish", "US": where from, no title ("Tory" is a party's)
	}
	return true
}

// openerTrimmed cuts the words that open a sentence from the front of a
// title ("Earlier Harbour Secretary" is "Harbour Secretary").
func openerTrimmed(t string) string {
	for {
		w, rest, _ := strings.Cut(t, " ")
		if lw := strings.ToLower(w); !isCapWord(w) || !sentenceOpeners[lw] && !(capStopwords[lw] && !honorifics[lw]) {
			return t
		}
		t = rest
	}
}

// beforeRelative cuts a title at a relative clause ("pollster who is
// working with Quist" is a pollster).
func beforeRelative(t string) string {
	for _, r := range []string{" who ", " which ", " that ", " who\u2019s ", " who's "} {
		if i := strings.Index(t, r); i > 0 {
			t = t[:i]
		}
	}
	return strings.TrimRight(t, " ,")
}

var (
	titleOpenersNot = toSet("who which that whose whom in on during after before with by as when while but and or if has had have was is were are")
	titleEndsNot    = toSet("of the a an for and or to in at with by from on who which that")
	titleVerbs      = toSet("has had have was is were are be been being will would could should can may might")
)

// antecedent: may the speaker a quote was given be the one a later "he
// said" stands for? Not the ranker's guess at the owner of a short phrase
// with no tag, in a sentence that tells of no speech ("doubts remain that
// the copies are "good copies""): no one spoke there.
func antecedent(rule string, explicit bool, qt, sentence string) bool {
	return !(strings.HasPrefix(rule, "ranker:") && !explicit && countFieldsTo(qt, 4) <= 4 && !hasSpeechVerb(sentence))
}

// describedRole: is m a role with "the" that describes someone rather
// than speaking for a body ("the Kells captain", not "the Kells
// spokesman")?
func describedRole(m mention) bool {
	return m.kind == kindRole && m.definite && !m.body && !sourceNouns[m.noun] && !speaksFor[m.noun] && !otherOffices[m.noun]
}

// otherOffices are offices whose holder a story about someone else names
// by the office alone ("the judge", "the ambassador"): never the person
// the sentence before is about.
var otherOffices = toSet("judge president premier commissioner ambassador sheriff bishop archbishop")

// previousSubject is the person the sentence before sentence si of a
// paragraph is about (for its first sentence, the last of the paragraph
// before), a he or she read back to a name as far as the paragraph
// allows; none when that sentence is about no person.
func previousSubject(text string, ps []para, pi int, sents []sentence, si int, pq []qspan, byPara map[int][]qspan, known []string) mention {
	return previousSubjectAt(text, ps, pi, sents, si, pq, byPara, known, 0)
}

// previousSubjectAt is previousSubject read depth descriptions back.
func previousSubjectAt(text string, ps []para, pi int, sents []sentence, si int, pq []qspan, byPara map[int][]qspan, known []string, depth int) mention {
	var m mention
	var at sentence // the sentence read
	switch {
	case si > 0 && si <= len(sents):
		at = sents[si-1]
		m = sentenceSpeaker(text, at, pq, known, true)
		if m.kind == "pronoun" && (m.name == "he" || m.name == "she") {
			m = pronounSubjectBefore(text, sents, si-1, ps[pi].start, pq, known, m)
		}
		if depth < 2 && m.kind != attrib.KindPerson && describedOpening(text[at.start:at.end]) {
			// `Ada Moss won. The 27-year-old, ..., is fit. "...," said
			// the world number 12`: the one that description describes
			return previousSubjectAt(text, ps, pi, sents, si-1, pq, byPara, known, depth+1)
		}
	case si == 0 || si < len(sents) && sents[si].start == ps[pi].start:
		if pi == 0 || ps[pi-1].skip != "" {
			return m
		}
		prev := splitSentences(text, ps[pi-1], byPara[pi-1])
		if len(prev) == 0 {
			return m
		}
		at = prev[len(prev)-1]
		m = sentenceSpeaker(text, at, byPara[pi-1], known, true)
		if depth < 2 && m.kind != attrib.KindPerson && describedOpening(text[at.start:at.end]) {
			return previousSubjectAt(text, ps, pi-1, prev, len(prev)-1, byPara[pi-1], byPara, known, depth+1)
		}
	}
	return m
}

// reBareSpokes: a spokesperson with no word of whose ("a spokesman", not
// "an executive spokesman").
var reBareSpokes = rx(`(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne) spokes(?:man|woman|person)\b`)

// sentenceAt is a sentence and the quotes of its paragraph.
type sentenceAt struct {
	s  sentence
	qs []qspan
}

// sentencesBefore are up to n sentences before sentence si of paragraph
// pi, nearest first, across paragraphs of the story (not past a skipped
// one).
func sentencesBefore(text string, ps []para, pi int, sents []sentence, si int, byPara map[int][]qspan, n int) []sentenceAt {
	var out []sentenceAt
	cur, ci, pj := sents, min(si, len(sents))-1, pi
	for len(out) < n {
		for ci < 0 {
			if pj--; pj < 0 || pi-pj > 2 || ps[pj].skip != "" {
				return out
			}
			cur = splitSentences(text, ps[pj], byPara[pj])
			ci = len(cur) - 1
		}
		out = append(out, sentenceAt{cur[ci], byPara[pj]})
		ci--
	}
	return out
}

// prevSentenceSpan is where the sentence before sentence si of paragraph
// pi lies: the paragraph's own, or the last of the paragraph before.
func prevSentenceSpan(text string, ps []para, pi int, sents []sentence, si int, byPara map[int][]qspan) (int, int, bool) {
	sp := sentencesBefore(text, ps, pi, sents, si, byPara, 1)
	if len(sp) == 0 {
		return 0, 0, false
	}
	return sp[0].s.start, sp[0].s.end, true
}

// describedOpening: does sentence s open with someone described, not
// named ("The 27-year-old, who ...", "The world number 12 has ...")?
func describedOpening(s string) bool {
	w := strings.Fields(s)
	for n := min(4, len(w)); n >= 2; n-- {
		np := strings.TrimRight(strings.Join(w[:n], " "), ",")
		if reWorldRank.MatchString(np) || definiteDescription(np) && !pluralDescription(np) {
			return true
		}
	}
	return false
}

// pronounChain reads a he or she (pro) back over the sentences before
// the quote's (sentence si of paragraph pi) whose subject is the same
// pronoun, across two paragraph breaks at most, to the sentence before
// them: its subject, when that is a person named in full, of the
// pronoun's sex (gender), as the resolver reads it at pos. Nothing when
// no such sentence comes first or the run ends at anything else.
func (r *resolver) pronounChain(text string, ps []para, byPara map[int][]qspan, pi, si int, sents []sentence, pro, gender string, pos int, known []string) mention {
	cur, ci, pj := sents, min(si, len(sents))-1, pi
	run, skipped := 0, false
	for range 8 {
		for ci < 0 {
			if pj--; pj < 0 || pi-pj > 2 || ps[pj].skip != "" {
				return mention{}
			}
			cur = splitSentences(text, ps[pj], byPara[pj])
			ci = len(cur) - 1
		}
		s := cur[ci]
		ci--
		clause := clauseText(text, s.start, s.end, byPara[pj])
		if strings.Trim(strings.ReplaceAll(clause, quoteToken, ""), " .,;:!?") == "" {
			continue // a quote alone, going on from the one before or on to the tag
		}
		sub := sentenceSubject(clause, known)
		if sub.kind == "pronoun" && sub.name == pro || sub.kind == "" && pronounAfterOpener(clause, pro) {
			run++
			continue
		}
		if !skipped && run > 0 && hasWord(clause, objectPronoun[pro]) && (sub.kind == "" || sub.kind == attrib.KindPerson && !r.namesInFull(sub, pos)) {
			// (one sentence about a thing of his between: "Boats rely on
			// his design.")
			skipped = true
			continue
		}
		if run > 0 && sub.kind != "pronoun" && sub.kind != "outlet" && !(sub.kind == attrib.KindPerson && r.namesInFull(sub, pos)) {
			// `The port will reopen, said Minister Tom Brack. / He said
			// ... / "...," he said.`: a sentence about a thing (or no
			// one the article names) whose words a named person's
			// inverted tag reports
			if m, ok := closingInvertedTag(clause, tokens(clause), -1, known); ok && m.kind == attrib.KindPerson {
				sub = m
			}
		}
		if run > 0 && (sub.kind == attrib.KindPerson || sub.kind == "outlet") {
			// a person the article names in full, of the pronoun's sex
			// (not "Born in Kells, Ivo Pap ...", one word of no one's name,
			// nor "One of the firms he runs", a common word)
			if name, kind, how := r.resolveHow(sub, pos); (fullHow(how) || how == "single-name" && kind == attrib.KindPerson && sub.kind == attrib.KindPerson && !functionOrCommon(strings.ToLower(name)) && r.writtenMidSentence(name)) && firstNotCommon(sub.name) && r.genderFits(sub, name, gender) {
				return sub // (or one name alone, no common word's, written mid-sentence too: "The singer Zendra ... Zendra won. She thanked ...")
			}
		}
		return mention{}
	}
	return mention{}
}

// bodyBefore is the paragraph before paragraph pi, past lines set in the
// story that are none of it (a promo's "Also read:" line, a caption, a
// separator, a subheading) and hold no quote; -1 at the article's start.
func bodyBefore(text string, ps []para, byPara map[int][]qspan, pi int) int {
	k := pi - 1
	for k > 0 && pi-k < 3 && len(byPara[k]) == 0 && (ps[k].skip == "promo" || ps[k].skip == "caption" || ps[k].skip == "separator" || ps[k].skip == "" && subheading(text[ps[k].start:ps[k].end])) {
		k--
	}
	return k
}

// reThirdPerson finds a pronoun of a person the sentence names ("helped
// him", "her team").
var reThirdPerson = rx(`\b(?:he|him|his|she|her|hers)\b`)

// signedNext: does the paragraph after pi open with a dash, a signature
// line under a quotation ("- Ada Moss, on the radio")?
func signedNext(text string, ps []para, pi int) bool {
	if pi+1 >= len(ps) {
		return false
	}
	l := strings.TrimSpace(text[ps[pi+1].start:ps[pi+1].end])
	return strings.HasPrefix(l, "-") || strings.HasPrefix(l, "\u2014") || strings.HasPrefix(l, "\u2013")
}

// officialBetween: does the text between two quotes name an official
// other than the one in this quote's own tag before it ("A senior official
// said ..." between)?
func officialBetween(between, before string) bool {
	n := strings.Count(strings.ToLower(between), "official")
	if strings.Contains(strings.ToLower(before), "official") {
		n--
	}
	return n > 0
}

// fragmentOpener: is before, the words of a sentence before its quote,
// one or two words that open a fragment, not a clause ("Just", "But only",
// "Not")?
func fragmentOpener(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if !fragmentWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var fragmentWords = toSet("just only simply merely not hardly even also and but or plus still")

// subheading: is l a heading set between a story's paragraphs ("Fares
// will rise for all"): a few words, one line, no stop, comma or quotation
// mark?
func subheading(l string) bool {
	l = strings.TrimSpace(l)
	n := countFieldsTo(l, 10)
	if n < 2 || n > 9 || strings.ContainsAny(l, "\n,;\"\u201c\u201d") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// pronounAfterOpener: does clause open with an adverbial phrase, then
// pro as its subject ("But on Sunday he backed ...", "In 2008 she
// ...")? A few words, none of them a verb's, before it.
func pronounAfterOpener(clause, pro string) bool {
	ts := tokens(clause)
	if len(ts) < 3 {
		return false
	}
	if first := bare(ts[0].w); !prepositions[first] && !adverbOpeners[first] {
		return false
	}
	for k := 1; k < len(ts) && k < 6; k++ {
		w := bare(ts[k].w)
		if w == pro {
			return true
		}
		if _, ok := pronouns[w]; ok || isSpeechVerb(ts[k].w) || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return false
}

// namesInFull: does the resolver read m, at pos, as a person named in
// full ("Ivo Pap", or "Pap" for him), not one word of no one's name?
func (r *resolver) namesInFull(m mention, pos int) bool {
	_, _, how := r.resolveHow(m, pos)
	return fullHow(how)
}

// fullHow: is how (resolveHow's step) a person's full name?
func fullHow(how string) bool { return how == "name" || how == "surname->full-name" }

// otherSubjectBetween: is the sentence before sentence si, past the
// quote before (prev) in the paragraph, about another person the article
// names in full, a first name and more, whom the quote does not name?
// `"...," Ivo Pap said. Tom Brack could not come, but Nia read his
// speech. "..."`: the second quote does not go on from the first.
func (r *resolver) otherSubjectBetween(text string, sents []sentence, si, pstart int, prev *attrib.Quote, pq []qspan, known []string, pos int) bool {
	if si <= 0 || si > len(sents) || sents[si-1].start < prev.End || sents[si-1].start < pstart {
		return false
	}
	sub := sentenceSubject(clauseText(text, sents[si-1].start, sents[si-1].end, pq), known)
	if sub.kind != attrib.KindPerson {
		return false
	}
	name, kind, how := r.resolveHow(sub, pos)
	f := strings.Fields(name)
	if !fullHow(how) || kind != attrib.KindPerson || name == prev.Speaker || len(f) < 2 || !isFirstName(strings.ToLower(f[0])) {
		return false
	}
	// the quotes of the paragraph from this one on name him: they are about
	// him, the speaker's before ("Pap looks set to play. \"...\" ... \"Pap is a
	// fine player\"")
	// (the next few: a paragraph of many quotes is read in steps that stay
	// small)
	k := sort.Search(len(pq), func(k int) bool { return pq[k].open >= pos })
	for _, q := range pq[k:min(len(pq), k+8)] {
		if namedInQuote(name, text[q.start:q.end]) || strings.Contains(text[q.start:q.end], name) {
			return false
		}
	}
	return true
}

// objectPronoun: the possessive or object form of he and she.
var objectPronoun = map[string]string{"he": "his", "she": "her"}

// hasWord: does s hold w as a word, in lower case?
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.Trim(f, ".,;:!?()") == w {
			return true
		}
	}
	return false
}

// newcomer is the one person sentence s names in full for the first
// time in the article, who no quotation gave words before and whom the
// sentence names nobody else beside ("A sceptical note came from Ivo
// Pap, an analyst at Quist Research. He said: ..."): the he or she of the next
// sentence, when the sentence's subject is none.
func (r *resolver) newcomer(s sentence) mention {
	var found *entity
	for i := range r.entities {
		e := &r.entities[i]
		if e.pos >= s.end {
			break
		}
		if e.pos < s.start || e.kind != attrib.KindPerson || len(e.fields) < 2 || found != nil && (found.name == e.name || !isFirstName(e.fields[0])) {
			continue
		}
		if found != nil || !isFirstName(e.fields[0]) {
			return mention{} // two people named, or a name first that may be a person's or not ("Quist Research")
		}
		found = e
	}
	if found == nil || r.spoken[found.name] {
		return mention{}
	}
	ts := tokens(r.text[s.start:s.end])
	for i, t := range ts {
		if (i == 0 || strings.HasSuffix(ts[i-1].w, ",")) && i+1 < len(ts) && !isCapWord(ts[i+1].w) && isCapWord(t.w) && !isEnglishCommon(strings.ToLower(t.w)) {
			if full := r.fullNameBy(t.w, s.start, true); full != "" && full != found.name {
				return mention{} // "As crowds passed Ada Moss's shop, Pap defended his plan": a clause's subject named before
			}
		}
	}
	before := lastFields(r.text[s.start:found.pos], make([]string, 3))
	fronted := len(before) > 0 && len(before) < 3 && (strings.EqualFold(before[0], "for") || strings.EqualFold(before[0], "to")) && strings.HasPrefix(r.text[found.pos+len(found.name):], ",")
	for i := len(before) - 1; i >= 0 && !fronted; i-- { // (but "For customer Ivo Pap, the shop is ...": whom the sentence is about)
		if lw := bare(before[i]); prepositions[lw] && lw != "by" && lw != "from" {
			return mention{} // "a tackle by Roma's Ivo Pap", "lost to Ada Moss": not whom the sentence is about
		}
		if i+1 < len(before) && strings.HasSuffix(before[i], ",") && strings.HasSuffix(before[i+1], "ing") {
			break // "... on Monday, prompting Mayor Tom Brack": a participle's object, the phrase before ended
		}
	}
	for _, t := range tokens(r.masked[s.start:s.end]) {
		if lw := bare(t.w); lw == "he" || lw == "she" {
			return mention{} // the sentence is about someone named before
		}
	}
	if r.hadName(found.name, s.start) {
		return mention{} // named before
	}
	return mention{name: found.name, kind: attrib.KindPerson, gender: found.gender}
}

// hadName: does an entity before pos bear name?
func (r *resolver) hadName(name string, pos int) bool {
	for _, e := range r.entities {
		if e.pos >= pos {
			return false
		}
		if e.name == name {
			return true
		}
	}
	return false
}

// oneWordOnly: does m resolve at pos to a name of one word only, which
// the article gives no one in full?
func (r *resolver) oneWordOnly(m mention, pos int) bool {
	_, _, how := r.resolveHow(m, pos)
	return how == "single-name"
}

// prevStart is where the sentence before sentence si of paragraph pi
// starts (for its first, the paragraph before's start).
func prevStart(ps []para, pi int, sents []sentence, si int) int {
	if si > 0 && si <= len(sents) {
		return sents[si-1].start
	}
	if pi > 0 {
		return ps[pi-1].start
	}
	return ps[pi].start
}

// onePersonSince: does the text from start to end name one person at
// most (by a first name and more, or words that do not end in a common
// one)?
func (r *resolver) onePersonSince(start, end int) bool {
	_, one := r.onlyPersonIn(start, end)
	return one
}

// personOpens: does sentence s open with words for a person ("The
// party's nominee was ...", "A local farmer has ...", "He made ...")? Its words up to
// the first verb (a past form in -ed, "was", "is", "has" ...) hold a
// noun for one.
func personOpens(s string) bool {
	for n, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ".,;:'\u2019"))
		if n == 0 && (lw == "he" || lw == "she") {
			return true
		}
		if n >= 8 || n > 0 && (strings.HasSuffix(lw, "ed") || finiteVerbs[lw]) {
			return false
		}
		if personNouns[lw] || roleNouns[lw] || occupations[lw] {
			return true
		}
	}
	return false
}

// onlyPersonIn is the one person the text from start to end names (as
// onePersonSince counts them) and true; "" and true when it names none,
// false when more than one.
func (r *resolver) onlyPersonIn(start, end int) (string, bool) {
	name := ""
	for _, e := range r.entities {
		if e.pos < start || e.pos >= end || e.kind != attrib.KindPerson || len(e.fields) < 2 || !isFirstName(e.fields[0]) && isEnglishCommon(e.fields[len(e.fields)-1]) {
			continue // (a person's name: not "Kells Forest", a side)
		}
		if name != "" && e.name != name {
			return "", false
		}
		name = e.name
	}
	return name, true
}

// withSex is mention m read from a "he" or "she" of sex g: of that sex,
// unless m gives its own (a later "he" is then not the woman a "she"
// named, whatever her first name tells).
func withSex(m mention, g string) mention {
	if m.gender == "" {
		m.gender = g
	}
	return m
}

// describedFits: can the ranker's candidate c be the person a tag
// describes ("the youngster said")? A person named before the quote,
// whom the description refers back to.
func describedFits(c candidate) bool {
	// (a full name: not "Dunmoor", a ground read as a one-word name)
	return c.kind == attrib.KindPerson && strings.Contains(c.speaker, " ") && (strings.Contains(c.pos, "before") || strings.HasPrefix(c.pos, "prev"))
}

// invertedSpan: is qt the narrative between two quotations, read as a
// quotation after a stray mark: it opens with a full stop or a comma
// and a space (not an ellipsis, ". . ."), with a space and a tag ("
// said Mr Pap."), or opens and ends with a space (" with her crew to
// agree a ")? A quotation opens on its first word.
func invertedSpan(qt string) bool {
	switch {
	case strings.HasPrefix(qt, ". ") && !strings.HasPrefix(qt, ". ."), strings.HasPrefix(qt, ", "):
		return true
	case strings.HasPrefix(qt, " ") && strings.HasSuffix(qt, " ") && len(strings.TrimSpace(qt)) > 0:
		return true
	}
	return reInvertedTag.MatchString(qt)
}

var reInvertedTag = rx(`^ (?:said|says|came|added|told|asked)\b`)

// nameArticles open papers' and programmes' names in other languages
// ("Le Quist", "Il Quisto", "Die Woche"), never a first name.
var nameArticles = toSet("le la les il lo el los las die der das")

// clauseSubjectBefore: is candidate c the subject of the clause a speech
// verb before it opens (titles perhaps between), the quote at open after
// its name with no stop or pause between ("The agency said Quist "failed
// to act"", "has said President Quist's win is a "sham""): the words said
// of it, not its own.
func clauseSubjectBefore(text string, lo int, c candidate, open int) bool {
	if c.start < lo || c.end > open {
		return false
	}
	if gap := strings.TrimSpace(text[c.end:open]); strings.ContainsAny(gap, ",:;.!?\u2014(") || strings.HasPrefix(gap, "-") {
		return false // ("said Ivo Pap: "..."", "said Ivo Pap, the mayor, "..."", "the figures, said Ivo Pap of Quist Bank, were "...""; no sentence's end between)
	}
	w, n, at := wordPastTitles(text, lo, c.start, 3, func(w string) bool { return titleWords[w] })
	switch {
	case clauseVerbs[w]:
		return true // ("has said President Quist's win is a "sham"": the clause's subject, titled)
	case w == "that" && n == 0:
		// "It has said that Quist Feeders has been "very helpful"": the
		// clause after "said that" opens with the name
		return clauseVerbs[wordBefore(text, lo, prevWordStart(text, lo, at))] || thatVerbs[wordBefore(text, lo, prevWordStart(text, lo, at))]
	}
	return false
}

// clauseVerbs open a clause whose subject the words said are about;
// thatVerbs do so before "that" too.
var clauseVerbs, thatVerbs = toSet("said says found concluded argued claimed wrote"), toSet("added insisted")

// wordPastTitles reads back from i over at most max-1 words that skip
// holds (titles before a name), to the first word it does not hold: that
// word, how many were skipped, and the offset it was read back from; ""
// when max words all were skipped or the text before lo was reached.
func wordPastTitles(text string, lo, i, max int, skip func(string) bool) (w string, n, at int) {
	for n = 0; n < max; n++ {
		if w = wordBefore(text, lo, i); w == "" || !skip(w) {
			return w, n, i
		}
		i = prevWordStart(text, lo, i)
	}
	return "", n, i
}

// toldTitled: is candidate c the one told, asked or answered, the quote
// right after its name and a colon or comma ("One resident told chairman
// Councillor Ada Moss: "...""), titles perhaps between the verb and the
// name?
func toldTitled(text string, lo int, c candidate, open int) bool {
	if c.start < lo || c.end > open {
		return false
	}
	if gap := strings.TrimSpace(text[c.end:open]); gap != ":" && gap != "," {
		return false
	}
	w, _, _ := wordPastTitles(text, lo, c.start, 4, func(w string) bool { return titleWords[w] || roleNouns[w] || occupations[w] })
	return tellVerbs[w]
}

// tellVerbs have the one spoken to as their object ("told", "asked").
var tellVerbs = toSet("told tells asked asks answered")

// toldAudience: is the ranker's candidate c an outlet or an organisation
// right after "told" ("told Dunmore Radio there were ...") or "on" ("said
// on Dunmore Radio"): the audience or the medium, never the speaker?
func toldAudience(text string, lo int, c candidate) bool {
	w := wordBefore(text, lo, c.start)
	if first, _, _ := strings.Cut(strings.ToLower(c.speaker), " "); (w == "to" || w == "with") && (!isFirstName(first) || nameArticles[first]) {
		// "Speaking to Le Quist, she added": a paper or a programme spoken
		// to (not "speaking to Ada ... she said": a person may answer)
		switch wordBefore(text, lo, prevWordStart(text, lo, c.start)) {
		case "speaking", "talking", "spoke", "talked", "interview":
			return true
		case "letter", "message", "note", "email", "memo", "statement", "wrote":
			// "the wire service wrote in a letter to Quist Media": the one
			// written to (not "wrote to Ada": a person may answer)
			return w == "to"
		}
	}
	if c.kind != attrib.KindOrganization && c.kind != "outlet" {
		return false
	}
	if w == "the" {
		w = wordBefore(text, lo, prevWordStart(text, lo, c.start)) // "told the Harbour Times"
	}
	switch w {
	case "told", "tells", "telling", "on":
		return true
	}
	return false
}

// cueAudience: is name the one the quote's own cue says it was told to
// ("told Brack": Tom Brack heard it, no speaker)?
func cueAudience(cue, name string) bool {
	verb, rest, ok := strings.Cut(cue, " ")
	if !ok || verb != "told" && verb != "tells" && verb != "telling" {
		return false
	}
	f := strings.Fields(name)
	return len(f) > 0 && slices.Contains(strings.Fields(rest), f[len(f)-1])
}

// platformKept: is candidate c a platform someone keeps a page on ("said
// on its Quistbook page", "on her Quistbook account") or writes on ("went
// on Quistbook and wrote"), no speaker?
func platformKept(text string, c candidate) bool {
	if c.start < 0 || c.end > len(text) || c.end <= c.start {
		return false
	}
	lo := max(0, c.start-12)
	if platforms[strings.ToLower(text[c.start:c.end])] {
		switch wordBefore(text, lo, c.start) {
		case "to", "on", "via", "onto":
			return true // "went on Quistbook and wrote": the platform, no speaker
		}
	}
	if w := wordBefore(text, lo, c.start); !possessivePronouns[w] || wordBefore(text, lo, prevWordStart(text, lo, c.start)) != "on" {
		return false
	}
	rest := strings.TrimLeft(text[c.end:min(len(text), c.end+12)], " ")
	k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if k < 0 {
		k = len(rest)
	}
	return platformNouns[strings.ToLower(rest[:k])]
}

// platformNouns are what one keeps on a platform ("its Quistbook page").
var platformNouns = toSet("page account feed channel profile blog site website")

// outletNamedBefore is the outlet named last in text[from:pos], as a
// name the resolver read, a citation or a web site's address
// ("Quistnews.com reports"); "" if none.
func outletNamedBefore(text string, r *resolver, cites []attrib.Citation, pos, from int) string {
	best, at := "", -1
	if locs := reSiteName.FindAllStringSubmatchIndex(text[from:pos], -1); len(locs) > 0 {
		l := locs[len(locs)-1]
		best, at = text[from+l[0]:from+l[1]], from+l[0]
	}
	for _, o := range r.outlets {
		if o.pos >= from && o.pos < pos && o.pos > at {
			best, at = o.name, o.pos
		}
	}
	for _, c := range cites {
		if c.Start >= from && c.Start < pos && c.Start > at {
			best, at = c.Outlet, c.Start
		}
	}
	return best
}

// reSiteName is a web site's address written as its name.
var reSiteName = rxKeys(`\b[A-Z][\p{L}\d-]*\.(?:com|org|net|co\.uk|news|info)\b`, false, ".com", ".org", ".net", ".co.uk", ".news", ".info")

// continuingCues say that a speaker goes on ("continued", "added").
var continuingCues = toSet("continued continues added adds")

// unnamedSource: did the rules read an unnamed source that the article
// never names ("a spokesman said", "one official told reporters")? A
// person named elsewhere is then not the speaker: the ranker may name the
// source's organisation, no person.
func unnamedSource(m mention, how string) bool {
	return how == "description-unresolved" && sourceNouns[m.noun]
}

// bodyDescribed: did the rules read a body described by a noun, not
// named ("the company said", "the organisation added", "the report
// says")? A person is then not the speaker: the ranker may name the body,
// or a name it read as a person's that opens with no first name, which
// is then the body's.
func bodyDescribed(m mention, how string) bool {
	return how == "description-unresolved" && m.kind == "noun" && orgNouns[m.noun] && !sourceNouns[m.noun]
}

// personNamed: does name open with a first name ("Ivo Pap"), as a
// person's does and a firm's read as a person's ("Quist Coal") does not?
func personNamed(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && isFirstName(strings.ToLower(f[0]))
}

// unnamedPerson: did the rules read someone described by what they do
// ("one musician said"), who speaks for no organisation? Then the ranker
// may name nobody.
func unnamedPerson(m mention, how string) bool {
	return how == "description-unresolved" && m.unnamed
}

// reAddsLabel: a label opening a sentence, an outlet adding its report
// ("Kells Radio adds: ").
var reAddsLabel = rx(`^[A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,4} (?:adds|reports|writes):\s+`)

// reportedSpeaker is the speaker of a sentence that reports speech
// without quoting it, read at its first speech verb: the subject before
// it (`Ames said the plan ...`), or the name after it where the verb
// follows a comma (`The plan will fail, said Ames.`). Nobody when the
// sentence holds a quotation.
// afterOpeningParticiple is c past a participle's phrase that opens it
// ("Cornering Pap over the video, Tom Brack lashed out": "Tom Brack
// lashed out"): the names in the phrase are its object's, no subject's.
func afterOpeningParticiple(c string) string {
	sp := strings.IndexByte(c, ' ')
	if sp < 5 || !isCapWord(c[:sp]) {
		return c
	}
	lw := strings.ToLower(c[:sp])
	if strings.HasSuffix(lw, "ly") && isEnglishCommon(lw) {
		// "Largely encouraged by the reaction, Brack never hesitated": an
		// adverb, then the participle
		if sp2 := strings.IndexByte(c[sp+1:], ' '); sp2 > 0 {
			lw = strings.ToLower(c[sp+1 : sp+1+sp2])
		}
	}
	if !strings.HasSuffix(lw, "ing") && !(strings.HasSuffix(lw, "ed") && !isCapWord(lw)) || isFirstName(lw) || !isEnglishCommon(lw) || speechVerbs[lw] {
		return c
	}
	k := strings.IndexByte(c, ',')
	if k < 0 || k > 80 || strings.Count(c[:k], " ") > 8 {
		return c
	}
	return strings.TrimLeft(c[k+1:], " ")
}

func reportedSpeaker(text string, s sentence, qs []qspan, known []string) mention {
	if s.end-s.start > 2*maxClause {
		return mention{}
	}
	if k := sort.Search(len(qs), func(k int) bool { return qs[k].afterClose() > s.start }); k < len(qs) && qs[k].open < s.end {
		return mention{}
	}
	c := text[s.start:s.end]
	if reAccordingTo.MatchString(c) {
		return mention{} // `According to Ames, Lee said ...`: whose words?
	}
	if m := reAddsLabel.FindStringIndex(c); m != nil {
		c = c[m[1]:] // `Kells Radio adds: Minister Ivo Pap said ...`: the words after the label
	}
	c = afterOpeningParticiple(c)
	ts := tokens(c)
	if n := len(ts); n > 2 && isSpeechVerb(ts[n-1].w) && strings.HasSuffix(strings.TrimRight(ts[n-1].w, "\u201d\"'"), ".") {
		// `..., Mr Okafor said.`: the tag ends the sentence
		at := attribute(c[:ts[n-1].end], "", "", known)
		if lv := bare(ts[n-1].w); lv == "reports" || lv == "reported" {
			// `..., said Mayor Tom Brack, the Courier reports.`: the
			// paper passes on the words of the one the tag before names
			if i := strings.LastIndexByte(c[:ts[n-1].start], ','); i > 0 {
				if m := reportedSpeaker(c[:i]+".", sentence{start: 0, end: i + 1}, nil, known); m.kind == attrib.KindPerson {
					return m
				}
			}
		}
		if at.rule == "tag-before" && at.m.kind != "pronoun" {
			return at.m
		}
		if at.m.kind == "pronoun" && n > 3 && (bare(ts[n-3].w) == "what" || bare(ts[n-3].w) == "everything") && bare(ts[n-2].w) == at.m.name {
			// `..., Pap stood by what he said.`: the one the sentence is
			// about, whose own words the clause names
			head := c[:ts[n-3].start]
			sub := sentenceSubject(head, known)
			if i := strings.LastIndexByte(head, ','); sub.kind == "" && i >= 0 {
				sub = sentenceSubject(head[i+1:], known) // (after "in Dunmore, Que.,": the clause after the last comma)
			}
			if sub.kind == attrib.KindPerson {
				return sub
			}
		}
		return mention{}
	}
	v := findVerb(ts, false)
	if v < 0 {
		// no speech verb: the person the sentence is about, named as its
		// subject (`Quist was also far from pleased. "...," she said.`)
		if m := sentenceSubject(c, known); m.kind == attrib.KindPerson && m.name != "" && firstNotCommon(m.name) && !theName(m) && !pluralVerbAfter(c, m.name) {
			return m // a name: not "Officials waited", "Footage of X showed", "The Reds are", "Kells have"
		}
		return mention{}
	}
	if m, ok := closingInvertedTag(c, ts, v, known); ok {
		return m
	}
	if v > 0 && strings.HasSuffix(ts[v-1].w, ",") && v+1 < len(ts) && isCapWord(ts[v+1].w) {
		if v+2 < len(ts) && !strings.ContainsAny(ts[v+1].w, ",.") && !isCapWord(ts[v+2].w) {
			if at := attribute(c[:ts[v].end], "", "", known); at.rule == "tag-before" && at.m.kind == attrib.KindPerson && strings.Contains(at.m.name, " ") {
				// `Another resident, Nia Kroll, said Moss was hard to reach`:
				// the name set off before the verb is its subject; the one
				// after it opens what she said (not `..., said Ivo Pap.`)
				return at.m
			}
		}
		if at := attribute("", c[ts[v].start:], "", known); at.rule == "tag-after-verb-first" {
			return at.m
		}
		return mention{}
	}
	if v > 0 && strings.HasSuffix(ts[v-1].w, ",") && invertingVerbs[bare(ts[v].w)] && lowerTitleTag(ts[v+1:]) {
		// `The cuts were planned since June, said union chairman Ivo Pap,
		// who ...`: an inverted tag whose title opens in lower case names
		// the speaker, not the words before the comma
		if at := attribute("", c[ts[v].start:], "", known); at.rule == "tag-after-verb-first" && at.m.kind == attrib.KindPerson && strings.Contains(at.m.name, " ") && !isPossessive(at.m.name) {
			return at.m
		}
	}
	if at := attribute(c[:ts[v].end], "", "", known); at.rule == "tag-before" && at.m.kind != "pronoun" {
		if f := strings.Fields(at.m.name); len(f) > 0 {
			if i := strings.Index(c[:ts[v].start], f[0]); i > 0 {
				if w := lastFields(c[:i], make([]string, 1)); len(w) == 1 && subordinate(w[0]) && bare(w[0]) != "as" {
					// the verb is in a clause of time or cause ("as"
					// reports: "As Moss told the Courier, ...")
					if m, ok := mainClauseSpeaker(c, c[:strings.LastIndex(c[:i], w[0])], ts, v, known); ok {
						return m
					}
				}
			}
		}
		if b := strings.LastIndex(c[:ts[v].start], " but "); b >= 0 {
			if f := strings.Fields(at.m.name); len(f) > 0 && newSubject(c[b+5:ts[v].start]) && !strings.Contains(c[b:ts[v].start], f[len(f)-1]) {
				return mention{} // `Pap is fit, but the coach admitted ...`: not Pap (`Pap won but added` is)
			}
		}
		if at.m.kind == "outlet" && v+2 < len(ts) && bare(ts[v+1].w) == "that" {
			// `The Kells Courier reported that Pap tried to calm the
			// crews`: the outlet tells; the one it reports on speaks next
			if sub := sentenceSubject(c[ts[v+1].end:], known); sub.kind == attrib.KindPerson && sub.name != "" {
				return sub
			}
		}
		return at.m
	}
	return mention{}
}

// lowerTitleTag: do tokens ts, after an inverted tag's verb, hold a title
// in lower case and then a name, up to a comma or the sentence's end
// ("union chairman Ivo Pap, who ...")? Six words at most, the first in
// lower case and no pronoun, the last two capitalised.
func lowerTitleTag(ts []tok) bool {
	n := 0
	for n < len(ts) && n < 7 {
		n++
		if strings.ContainsAny(ts[n-1].w, ",.;") {
			break
		}
	}
	if n < 3 || n > 6 || !strings.ContainsAny(ts[n-1].w, ",.;") && n < len(ts) {
		return false
	}
	first := bare(ts[0].w)
	if isCapWord(ts[0].w) || pronouns[first] != "" || first == "that" || first == "the" || prepositions[first] {
		return false
	}
	return isCapWord(ts[n-2].w) && isCapWord(ts[n-1].w)
}

// closingInvertedTag reads the inverted tag that closes a sentence c (ts
// its tokens), after its token from: `Crews are urged to stay calm,
// said Minister Tom Brack.` says whose words the sentence is, not the
// speech verb before it.
func closingInvertedTag(c string, ts []tok, from int, known []string) (mention, bool) {
	for k := len(ts) - 2; k > from && k > 0; k-- {
		if isSpeechVerb(ts[k].w) && strings.HasSuffix(ts[k-1].w, ",") && isCapWord(ts[k+1].w) {
			if at := attribute("", c[ts[k].start:], "", known); at.rule == "tag-after-verb-first" {
				return at.m, true
			}
			break
		}
	}
	return mention{}, false
}

// mainClauseSpeaker reads a sentence c whose speech verb ts[v] is in a
// clause of time or cause, after main: the person main names as its
// subject ("Pap was angry when Moss questioned his figures": Pap, whom
// a later "he" means); when the clause opens the sentence, the speaker of
// the speech verb after it ("Even before Kells said ..., Pap insisted":
// Pap). ok is false where the sentence says neither: its clause's
// subject stands.
func mainClauseSpeaker(c, main string, ts []tok, v int, known []string) (mention, bool) {
	mt := tokens(main)
	for len(mt) > 0 && (adverbOpeners[bare(mt[0].w)] || bare(mt[0].w) == "even" || bare(mt[0].w) == "just") {
		mt = mt[1:]
	}
	if len(mt) > 0 {
		switch m := sentenceSubject(main, known); m.kind {
		case attrib.KindPerson:
			return m, true
		case "pronoun":
			return mention{}, true
		}
		return mention{}, false
	}
	for k := v + 1; k < len(ts)-1; k++ {
		if !strings.HasSuffix(ts[k].w, ",") {
			continue
		}
		if v2 := findVerb(ts[k+1:], false); v2 >= 0 {
			if at := attribute(c[ts[k+1].start:ts[k+1+v2].end], "", "", known); at.rule == "tag-before" && at.m.kind != "pronoun" {
				return at.m, true
			}
		}
		break
	}
	return mention{}, false
}

// firstNotCommon: does name open with a word that is no common English
// word, or with a first name before more words ("Mark Brack", not
// "Officials")?
func firstNotCommon(name string) bool {
	f := strings.Fields(name)
	lw := strings.ToLower(f[0])
	return !isEnglishCommon(lw) || len(f) > 1 && isFirstName(lw)
}

// newSubject: do the words between a "but" and its verb name a new
// subject ("but the coach"), not only an auxiliary ("but would")?
func newSubject(between string) bool {
	for _, w := range strings.Fields(between) {
		if !npStop[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// prevSaid: does the last sentence of the paragraph before pi tell of
// words said (a speech verb in it)?
func prevSaid(text string, ps []para, pi int, prevQuotes []qspan) bool {
	s, ok := lastSentenceBefore(text, ps, pi, prevQuotes)
	return ok && hasSpeechVerb(text[s.start:s.end])
}

// prevSubject is the subject of the last sentence of the body paragraph
// before paragraph pi.
func prevSubject(text string, ps []para, pi int, prevQuotes []qspan, known []string) mention {
	s, ok := lastSentenceBefore(text, ps, pi, prevQuotes)
	if !ok {
		return mention{}
	}
	return sentenceSpeaker(text, s, prevQuotes, known, true)
}

// nameLabelAbove is the person a label line right above paragraph pi
// names (a date line between perhaps): a name of two to four capitalised
// words with its body in brackets ("Ivo Pap (Kells Bank)"), or a title
// and a name ("Governor Ivo Pap"); else none. (A name alone is no such
// label: a byline may be one.)
func nameLabelAbove(text string, ps []para, pi int) mention {
	for j := pi - 1; j >= 0 && j >= pi-2; j-- {
		if ps[j].skip != "label" {
			return mention{}
		}
		l := strings.TrimSpace(text[ps[j].start:ps[j].end])
		if normDate(l) != "" {
			continue // the date of the comments under the name
		}
		if titledNameLine(l) {
			return parseNP(l, nil)
		}
		i := strings.LastIndexByte(l, '(')
		if i <= 0 || !strings.HasSuffix(l, ")") {
			return mention{}
		}
		f := strings.Fields(l[:i])
		if len(f) < 2 || len(f) > 4 || slices.ContainsFunc(f, func(w string) bool { return !isCapWord(w) || strings.ContainsAny(w, ",;:!?/") }) {
			return mention{}
		}
		if m := parseNP(strings.Join(f, " "), nil); m.kind == attrib.KindPerson && len(strings.Fields(m.name)) >= 2 {
			return m
		}
		return mention{}
	}
	return mention{}
}

// quotesHeading: is l a heading of a few words over a list of quotes
// ("Key quotes", "Highlights:", "What she said")?
func quotesHeading(l string) bool {
	f := strings.Fields(strings.TrimRight(strings.TrimSpace(l), ":"))
	if len(f) == 0 || len(f) > 4 || strings.ContainsAny(l, ".,;!?") {
		return false
	}
	return quoteListNouns[strings.ToLower(f[len(f)-1])] || len(f) >= 3 && strings.EqualFold(f[0], "what") && hasSpeechVerb(l)
}

// shortHeading: is l a subheading of a few words set between paragraphs
// ("Great confidence", "What comes next"): four words at most, no
// sentence's mark in it, its first word capitalised?
func shortHeading(l string) bool {
	l = strings.TrimSpace(l)
	f := strings.Fields(l)
	return len(f) >= 1 && len(f) <= 4 && !strings.ContainsAny(l, ".,;:!?\"\u201c\u201d") && isCapWord(f[0])
}

// headingNamesNoOne: is m, read from a subheading, no person (or a
// common word read as a one-word name: "Great confidence")?
func headingNamesNoOne(m mention) bool {
	return m.kind != attrib.KindPerson || !strings.Contains(m.name, " ") && isEnglishCommon(strings.ToLower(m.name))
}

// quoteListNouns head a heading over a list of someone's quotes.
var quoteListNouns = toSet("quotes quotations remarks highlights excerpts")

// definedTerm: is the quotation from open to after a name a document
// defines in brackets, its paragraph opening at pstart: right after the
// bracket, "the" or "or" in it, and the bracket or an "or" right after
// it (`(“Quistco” or the “Company”)`; not a nickname before a name,
// `(“Little Ivo” Pap, ...)`)?
func definedTerm(text string, pstart, open, after int) bool {
	b := text[pstart:open]
	i := strings.LastIndexByte(b, '(')
	if i < 0 || strings.ContainsRune(b[i:], ')') || countFieldsTo(b[i+1:], 12) > 10 {
		return false
	}
	if in := strings.TrimSpace(b[i+1:]); in != "" && !strings.HasSuffix(in, " the") && !strings.HasSuffix(in, " or") && in != "the" && in != "or the" {
		return false
	}
	rest := strings.TrimLeft(text[after:min(len(text), after+8)], " ")
	return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "or ")
}

// topicLabelAbove is the person a heading in capitals right above
// paragraph pi names before the topic of the answer under it ("PAP ON
// THE FARE RISE", a wire's list of an official's key quotes): a surname,
// or a first name and a surname, then "ON"; else none.
func topicLabelAbove(text string, ps []para, pi int) mention {
	if pi == 0 || ps[pi-1].skip == "" {
		return mention{}
	}
	l := strings.TrimSpace(text[ps[pi-1].start:ps[pi-1].end])
	i := strings.Index(l, " ON ")
	if i <= 0 || len(l) > 80 || !isAllCaps(l) || strings.ToUpper(l) != l {
		return mention{}
	}
	f := strings.Fields(l[:i])
	if len(f) > 2 || slices.ContainsFunc(f, func(w string) bool { return !allCapsWord(w) || len(w) < 3 }) {
		return mention{}
	}
	for k, w := range f {
		f[k] = truecaseWord(w)
	}
	if m := parseNP(strings.Join(f, " "), nil); m.kind == attrib.KindPerson {
		return m
	}
	return mention{}
}

// firstBody is the index of the article's first paragraph of prose (the
// headline and labels above it skipped).
func firstBody(ps []para) int {
	for i, p := range ps {
		if p.skip == "" {
			return i
		}
	}
	return len(ps)
}

// nextSentenceSubject is the person named in full that opens the next
// paragraph, when sentence si is its paragraph pi's last: "Ada Moss said
// she hoped ..." under "The education secretary told teachers "..."".
func nextSentenceSubject(text string, ps []para, pi int, sents []sentence, si int, byPara map[int][]qspan) mention {
	if si+1 < len(sents) || pi+1 >= len(ps) || ps[pi+1].skip != "" {
		return mention{} // (a sentence after it in its paragraph: "The Mayor of Kells said: "..." Ivo Pap said he was "thrilled" as well." names another)
	}
	ss := splitSentences(text, ps[pi+1], byPara[pi+1])
	if len(ss) == 0 {
		return mention{}
	}
	t := text[ss[0].start:ss[0].end]
	locs := capRuns(t)
	if len(locs) == 0 || locs[0][0] != 0 {
		return mention{}
	}
	run := strings.TrimRight(t[:locs[0][1]], " ,")
	m := parseNP(run, nil)
	if f := strings.Fields(m.name); m.kind != attrib.KindPerson || len(f) < 2 || !strings.HasPrefix(run, f[0]) || !isFirstName(strings.ToLower(f[0])) {
		return mention{} // (a name first, a first name the lexicon knows: not "But Ada Moss", "The Kells Phonographic Society")
	}
	return m
}

// relativeTag reads the words before a quote that end in a relative
// clause with a speech verb and a colon ("Among the fans was Ivo Pap, who
// went on the web and wrote:"): the person named in full right before
// ", who".
func relativeTag(before string, known []string) mention {
	b := strings.TrimSpace(before)
	i := strings.LastIndex(b, ", who ")
	if i <= 0 {
		return mention{}
	}
	clause := strings.TrimSuffix(b[i+len(", who "):], ":")
	if strings.ContainsAny(clause, ",;\"\u201c\u201d") || !hasSpeechVerb(clause) {
		return mention{}
	}
	locs := capRuns(b[:i])
	if len(locs) == 0 || locs[len(locs)-1][1] != i {
		return mention{}
	}
	run := b[locs[len(locs)-1][0]:i]
	if m := parseNP(run, known); m.kind == attrib.KindPerson && strings.Contains(m.name, " ") {
		return m
	}
	return mention{}
}

// capsRoleLabel reads a label in capitals that opens a quote's paragraph,
// a transcript's way of naming who speaks: "IVO PAP HARBOUR MASTER, KELLS
// "..."" is Ivo Pap's. The name is the label's first two words (three
// when the second is a first name or a particle), up to the first title,
// body's word or common English word (but a surname after a known first
// name); the label holds nothing but capitals, commas and hyphens (not a
// dateline's "KELLS, Feb 3 -", nor a place's name alone).
func capsRoleLabel(before string) mention {
	l := strings.TrimSpace(before)
	if l == "" || l != strings.ToUpper(l) || strings.ContainsAny(l, "().;:!?\"\u201c\u201d0123456789") || strings.Contains(l, " - ") || strings.Contains(l, "\u2014") {
		return mention{}
	}
	f := strings.Fields(strings.ReplaceAll(l, ",", " , "))
	n := 0
	for n < len(f) && n < 3 {
		if n == 2 && !isFirstName(strings.ToLower(f[1])) && !labelParticles[strings.ToLower(f[1])] {
			break // two words, unless the second is a first name or a particle ("ADA MAE PAP", "IVO DEL QUIST")
		}
		lw := strings.ToLower(f[n])
		if f[n] == "," || titleWords[lw] || orgWords[lw] || !allLetters(strings.ReplaceAll(strings.ReplaceAll(lw, "-", ""), "'", "")) {
			break
		}
		if isEnglishCommon(lw) && !(n == 1 && isFirstName(strings.ToLower(f[0]))) {
			break // (a surname that is also a word after a first name: "IVO PAP")
		}
		n++
	}
	if n < 2 || n > 3 || !isFirstName(strings.ToLower(f[0])) && n == len(f) {
		return mention{}
	}
	words := make([]string, n)
	for i, w := range f[:n] {
		words[i] = truecaseWord(w)
	}
	if placeKind(words) != "" {
		return mention{}
	}
	if m := parseNP(strings.Join(words, " "), nil); m.kind == attrib.KindPerson && strings.Contains(m.name, " ") {
		return m
	}
	return mention{}
}

// labelParticles stand inside a name before its last word ("del", "van").
var labelParticles = toSet("de del van von al da")

// truecaseWord writes a word in capitals as a name is written: "PAP" Pap,
// "AL-QUIST" Al-Quist, "O'NEIL" O'Neil.
func truecaseWord(w string) string {
	b := []rune(strings.ToLower(w))
	for i := range b {
		if i == 0 || b[i-1] == '-' || b[i-1] == '\'' && i == 2 {
			b[i] = unicode.ToUpper(b[i])
		}
	}
	return string(b)
}

// transcriptHeader: when the paragraph before pi is a topic line of a
// transcript ("On how he felt:"), the person a header above names, a
// title and a name alone ("Quarterback Ivo Pap"), over topic lines and
// answers only; none else.
func transcriptHeader(text string, ps []para, pi int, byPara map[int][]qspan) mention {
	if pi == 0 || ps[pi-1].skip != "question" {
		return mention{}
	}
	return headerAbove(text, ps, pi-2, byPara)
}

// headerAbove reads back from paragraph from over a transcript's topics
// and answers to what names the one answering: a title-and-name header
// ("Quarterback Ivo Pap"), a name and what the person is ("Ivo Pap,
// silver medallist"), or a lead that has one named speak ("Kells
// Head Coach Ivo Pap spoke after the win on Friday."), its first sentence
// with a person the subject of such a verb.
func headerAbove(text string, ps []para, from int, byPara map[int][]qspan) mention {
	for j := from; j >= 0 && j >= from-28; j-- {
		switch {
		case ps[j].skip == "question":
		case ps[j].skip == "" && len(byPara[j]) > 0:
			// an answer
		case ps[j].skip == "label" && titledNameLine(text[ps[j].start:ps[j].end]):
			return parseNP(text[ps[j].start:ps[j].end], nil)
		case ps[j].skip == "":
			// prose above the answers, holding no quote: the lead
			ss := splitSentences(text, ps[j], nil)
			if len(ss) == 0 {
				return mention{}
			}
			first := text[ss[0].start:ss[0].end]
			if len(ss) == 1 {
				if m := introLine(strings.TrimSpace(text[ps[j].start:ps[j].end]), nil); m.kind == attrib.KindPerson {
					return m // `Ivo Pap, silver medallist`: a header of a name and what the person is
				}
			}
			if !reLeadSpoke.MatchString(first) {
				return mention{}
			}
			if m := subjectBefore(first[:reLeadSpoke.FindStringIndex(first)[0]], nil); m.kind == attrib.KindPerson {
				return m
			}
			return mention{}
		default:
			return mention{}
		}
	}
	return mention{}
}

// reLeadSpoke finds the verb of a transcript's lead that has its subject
// speak to the press ("spoke", "talked", "met with reporters").
var reLeadSpoke = rx(`\b(?:spoke|talked|met with (?:the )?(?:media|reporters|the press)|addressed (?:the )?(?:media|reporters|the press))\b`)

// inlineTopic: does before, the words of a paragraph before its only
// quote, read as a transcript's topic with the answer after it on the
// line ("On the late foul \u201c...\u201d", "Opening statement \u201c...")?
// No speech verb names a speaker there, unless the topic reports what
// another said ("On what the coach said at halftime").
func inlineTopic(before string) bool {
	l := strings.TrimSpace(before)
	if openingStatement(l) {
		return true
	}
	if len(l) < 4 || !strings.HasPrefix(l, "On ") || l[3] < 'a' || l[3] > 'z' || countFieldsTo(l, 30) > 30 || strings.Contains(l, ",") {
		return false
	}
	return !hasSpeechVerb(l) || topicClause(l)
}

// lastSentenceBefore is the last sentence of paragraph pi-1 (whose
// quotes are prevQuotes) when it is a body paragraph.
func lastSentenceBefore(text string, ps []para, pi int, prevQuotes []qspan) (sentence, bool) {
	if pi == 0 || ps[pi-1].skip != "" {
		return sentence{}, false
	}
	sents := splitSentences(text, ps[pi-1], prevQuotes)
	if len(sents) == 0 {
		return sentence{}, false
	}
	return sents[len(sents)-1], true
}

// nickname: is the one-word quote between open and close set inside a
// name, capitalised words on both sides ("Teodora "Teo" Lane")?
func nickname(text string, pstart, open, after int, qt string) bool {
	if countFieldsTo(qt, 1) != 1 || !isCapWord(qt) {
		return false
	}
	before := lastWords(text[pstart:open], 1)
	next := strings.Fields(text[after:min(len(text), after+40)])
	if before == "" || len(next) == 0 {
		return false
	}
	return isCapWord(before) && isCapWord(next[0]) && !strings.ContainsAny(before, ",.;:") && !capStopwords[strings.ToLower(before)]
}

// afterTitleCue: does the word before a quote announce a name of a work
// or a programme (`said on "Morning Desk"`, `his book "Hard Roads"`)?
func afterTitleCue(before string) bool {
	ts := tokens(before)
	if len(ts) == 0 || strings.TrimRight(ts[len(ts)-1].w, ",:") != ts[len(ts)-1].w {
		return false
	}
	if w := bare(ts[len(ts)-1].w); w == "of" && len(ts) > 1 {
		return titleCues[bare(ts[len(ts)-2].w)] // "a broadcast of", "an episode of"
	}
	return titleCues[bare(ts[len(ts)-1].w)]
}

var titleCues = wordLexicon("title-cues")

// creatorAfter: is the quote a work's title between "the" and one who
// made or played in it (`the "Harbour Lights" star`, `the "Quist Road"
// author`)?
func creatorAfter(before, after string) bool {
	pw := lastFields(before, make([]string, 1))
	if len(pw) != 1 || !strings.EqualFold(pw[0], "the") {
		return false
	}
	nw := strings.Fields(headOf(after, 30))
	return len(nw) > 0 && after[0] == ' ' && workMakers[bare(nw[0])]
}

// workNounAfter: does a work's kind follow the quote (`"Booster Shots"
// blog`, `the "Harbour Hour" podcast`), so that the quote is its title?
func workNounAfter(after string) bool {
	if after == "" || after[0] != ' ' {
		return false
	}
	nw := strings.Fields(headOf(after, 20))
	return len(nw) > 0 && workNouns[strings.TrimRight(nw[0], ".,;:")]
}

var workNouns = toSet("blog column podcast show series programme program newsletter documentary segment vlog")

var workMakers = toSet("star stars actor actress singer hitmaker creator director author presenter host writer composer")

// openingAdverbial: is the clause before a quote a lone preposition that
// opens the sentence (`On "Morning Desk," ...`), so that the quote names a
// programme or a place?
func openingAdverbial(before string) bool {
	ts := tokens(before)
	return len(ts) == 1 && prepositions[bare(ts[0].w)]
}
