package loader

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// attribution is what the text around one quote says of it.
type attribution struct {
	m         mention // the speaker as mentioned
	cue       string
	via       string
	explicit  bool // the quote's own sentence names a cue
	continues bool // inherits from the quote before it
	fallback  mention
	// described: a tag names its speaker by a description the rules do not
	// resolve (`," the youngster said`, `," said the 44-year-old`):
	// someone, not necessarily the last speaker
	described bool
	// describedMany: that description is plural (`," said the judges`):
	// a group, whom no one person named before can be
	describedMany bool
	rule          string // which reading of the sentence decided (for --explain)
}

// entity is a person or organisation named in the article's body.
type entity struct {
	name   string
	kind   string
	gender string
	titles []string
	pos    int
	norm   string   // attrib.NormName(name), computed once
	fields []string // its words
	voice  bool     // an organisation that spoke through a person
	spokes string   // the noun of its spokesperson ("spokesman"), whom "the spokesman" means
	owner  bool     // named only as a thing's owner ("Ada Moss's Harbour Lights"): no "he" or "she" reads back to it
}

func newEntity(name, kind, gender string, titles []string, pos int) entity {
	if i := strings.LastIndexByte(name, ' '); i > 0 && kind == attrib.KindPerson && strings.Count(name, " ") >= 2 && honours[strings.ToLower(name[i+1:])] && name[i+1:] == strings.ToUpper(name[i+1:]) {
		name = name[:i] // "Ada Moss OBE": Ada Moss
	}
	n := attrib.NormName(name)
	fields := strings.Fields(n)
	if k := len(fields); k >= 3 && (nameSuffixes[fields[k-1]] || honours[fields[k-1]]) {
		fields = fields[:k-1] // "Ivo Varne Jr.", "Ada Moss OBE": the surname is Varne, Moss
	}
	return entity{name: name, kind: kind, gender: gender, titles: titles, pos: pos, norm: n, fields: fields}
}

// honours follow a surname, no part of it ("Ada Moss OBE"), as a
// generation does (nameSuffixes).
var honours = toSet("am ao ac obe mbe cbe kbe dbe kc qc bl sc")

// capRuns returns the runs of capitalised words in s, as
// rx(`[\p{Lu}][\p{L}\p{N}\p{Mn}.'\x{2019}-]*(?: (?:(?:of|de|van|von|bin|al|la|del|da) )*[\p{Lu}][\p{L}\p{N}\p{Mn}.'\x{2019}-]*)*`).FindAllStringIndex(s, -1)
// would ("Banco de la Plata", "Office of Budget"), in one pass: the
// regexp engine's scan at every byte cost more than the rest of entity
// collection. TestCapRunsMatchRegexp holds it to the pattern.
func capRuns(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			i++ // (most bytes: ASCII, no capital)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			i += n
			continue
		}
		start := i
		end := capWordEnd(s, i+n)
		for {
			// a space, connectors each followed by a space, a capital
			j := spaceAfterRun(s, end)
			if j == 0 {
				break
			}
			j += end
			for {
				k := j
				for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
					k++
				}
				sp := spaceAfterRun(s, k)
				if k == j || sp == 0 || !runConnectors[s[j:k]] && !(s[j:k] == "and" && andJoinsBody(boundedFields(s[start:end], false), boundedFields(s[k+sp:], true))) {
					break
				}
				j = k + sp
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if j >= len(s) || !unicode.IsUpper(r) {
				break
			}
			end = capWordEnd(s, j+n)
		}
		out = append(out, []int{start, end})
		i = end
	}
	return out
}

// runConnectors join capitalised words into one name: "Bank of Kells",
// the particles of surnames ("Ada de la Quist", "Ivo van der Moss",
// "Nia bint Velo", "Ivo ten Brack", "Ivo De los Rios").
var runConnectors = map[string]bool{"of": true, "de": true, "van": true, "von": true, "bin": true, "al": true, "la": true, "del": true, "da": true,
	"der": true, "den": true, "ten": true, "ter": true, "du": true, "des": true, "di": true, "dos": true, "das": true, "ibn": true, "bint": true,
	"los": true, "las": true}

// capWordEnd extends a capitalised word from i over letters, digits and
// . ' \u2019 -.
func capWordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '\'' || c == '-' {
				i++
				continue
			}
			break // (no other ASCII byte is a letter, a number or a mark)
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r) && r != '.' && r != '\'' && r != '\u2019' && r != '-' {
			break
		}
		i += n
	}
	return i
}

// joinNicknames joins the runs of a name around a quoted nickname of one
// word (`Ivo “Bim” Pap`: the runs "Ivo", "Bim" and "Pap") into one.
func joinNicknames(line string, locs [][]int) [][]int {
	if strings.IndexByte(line, '"') < 0 && !strings.Contains(line, "\u201c") && !strings.Contains(line, "\u2018") && !strings.Contains(line, " '") {
		return locs
	}
	for i := 0; i+1 < len(locs); i++ {
		// "Senator Ivo \u2018Kip\u2019 Pap": a nickname in single marks, its
		// closing mark run into the name after it
		a, b := locs[i], locs[i+1]
		if gap := line[a[1]:b[0]]; gap == " \u2018" || gap == " '" {
			// (or straight ones: "Ivo 'Kip' Pap")
			closing := "'"
			if gap == " \u2018" {
				closing = "\u2019"
			}
			if sp := strings.IndexByte(line[b[0]:b[1]], ' '); sp > 0 && strings.HasSuffix(line[b[0]:b[0]+sp], closing) && !isPossessive(line[b[0]:b[0]+sp]) {
				locs[i] = []int{a[0], b[1]}
				locs = append(locs[:i+1], locs[i+2:]...)
			}
		}
	}
	for i := 0; i+2 < len(locs); i++ {
		a, b, c := locs[i], locs[i+1], locs[i+2]
		open, close := line[a[1]:b[0]], line[b[1]:c[0]]
		if (open == " \u201c" || open == " \"") && (close == "\u201d " || close == "\" ") && !strings.Contains(line[b[0]:b[1]], " ") {
			locs[i] = []int{a[0], c[1]}
			locs = append(locs[:i+1], locs[i+3:]...)
		}
	}
	return locs
}

// nameFields are the words of a run, a quoted nickname left out.
func nameFields(run string) []string {
	f := strings.Fields(run)
	if strings.IndexByte(run, '"') < 0 && !strings.Contains(run, "\u201c") && !strings.Contains(run, "\u2018") && strings.IndexByte(run, '\'') < 0 {
		return f
	}
	out := f[:0]
	for _, w := range f {
		if !strings.HasPrefix(w, "\"") && !strings.HasPrefix(w, "\u201c") && !(strings.HasPrefix(w, "\u2018") && strings.HasSuffix(w, "\u2019")) && !(len(w) > 2 && w[0] == '\'' && w[len(w)-1] == '\'') {
			out = append(out, w)
		}
	}
	return out
}

// spaceAfterRun is the length of the one space (ASCII or no-break) that
// starts s[i:], else 0.
func spaceAfterRun(s string, i int) int {
	if i < len(s) && s[i] == ' ' {
		return 1
	}
	if i+1 < len(s) && s[i] == 0xc2 && s[i+1] == 0xa0 {
		return 2
	}
	return 0
}

// collectEntities lists the full names (two words or more) of people and
// the organisations named in body sentences outside quotes, in order.
// runs gets each body paragraph's capitalised runs (offsets in the
// paragraph), for the ranker's mentions.
// titledNameLine: is l a title (or a trade or a position) and a name
// alone ("The Honourable Ada Moss", "Premier Ada Moss", "Quarterback Ivo
// Pap"), a line that heads a statement or answers with whose they are?
func titledNameLine(l string) bool {
	f := strings.Fields(l)
	if len(f) > 0 && f[0] == "The" {
		f = f[1:]
	}
	lead := func(w string) bool {
		lw := strings.ToLower(w)
		return titleWords[lw] || occupations[lw] && !surnameOccupations[lw] || sidePositions[lw]
	}
	if len(f) < 3 || len(f) > 6 || !lead(f[0]) {
		return false
	}
	k := 1
	for k < len(f) && lead(f[k]) {
		k++
	}
	if n := len(f) - k; n < 2 || n > 3 || !isFirstName(strings.ToLower(f[k])) && isEnglishCommon(strings.ToLower(f[k])) {
		return false
	}
	for _, w := range f[k:] {
		if !isCapWord(w) || strings.ContainsAny(w, ",;:!?") {
			return false
		}
	}
	return true
}

func collectEntities(text string, masked string, ps []para, memo *mentionMemo) (out, outlets, lone []entity, runs map[int][][]int) {
	runs = map[int][][]int{}
	var all []runAt
	for pi, p := range ps {
		if p.skip == "headline" {
			// the headline's people named in full ("Ada Moss calls loss
			// painful"), for a surname the story gives alone; no mention
			// a quote may take
			line := masked[p.start:p.end]
			for _, loc := range capRuns(line) {
				all = append(all, runAt{words: strings.Fields(strings.TrimRight(line[loc[0]:loc[1]], " ,;:")), pos: p.start + loc[0], head: true})
			}
			continue
		}
		if p.skip != "" && !(p.skip == "label" && titledNameLine(text[p.start:p.end])) {
			continue // (but "The Honourable Ada Moss" over a statement names her)
		}
		line := masked[p.start:p.end]
		locs := joinNicknames(line, capRuns(line))
		dl := p.dl
		if dl > 0 {
			// a dateline ("KELLS, March 3 (Reuters) -") is no speaker's
			// mention; of it, only its agency is an entity ("the agency
			// said")
			kept := locs[:0:0]
			for _, loc := range locs {
				if loc[0] >= dl {
					kept = append(kept, loc)
				}
			}
			runs[pi] = kept
		} else {
			runs[pi] = locs
		}
		for _, loc := range locs {
			if loc[0] < dl && runMention(capRun{words: strings.Fields(strings.TrimRight(line[loc[0]:loc[1]], " ,;:"))}, memo.known).kind != "outlet" {
				continue // the dateline's place names nobody
			}
			run := strings.TrimRight(line[loc[0]:loc[1]], " ,;:")
			pre := ""
			if loc[0] > 0 {
				pre = line[max(0, loc[0]-40):loc[0]]
			}
			pos, from := p.start+loc[0], 0
			for k, words := range splitAtHonorifics(splitRunAtPeriods(nameFields(run))) {
				at := strings.Index(run[from:], words[0]) + from
				from = at + len(words[0])
				if k > 0 {
					// "according to the Courier. Tom Brack told": a piece
					// after a period opens a sentence, or an honorific a
					// name; the words before it are the last piece's, not
					// the run's ("the"), and it is named where it starts
					pre = line[max(0, loc[0]+at-40) : loc[0]+at]
					pos = p.start + loc[0] + at
				}
				// strip sentence-initial stopwords
				for len(words) > 0 && capStopwords[strings.ToLower(words[0])] && !keepsHonorific(words) {
					words = words[1:]
				}
				if owner := possessorOf(words); owner != nil {
					// "Ada Moss's Harbour Lights": she is named too, not
					// only the thing that is hers
					all = append(all, runAt{owner, pre, pos, true, false})
				}
				if len(words) > 0 {
					all = append(all, runAt{words, pre, pos, false, false})
				}
			}
		}
	}
	memo.opener = openingWords(all)
	places := map[string]bool{} // placeKind of a name, each read once
	isPlace := func(name string) bool {
		p, ok := places[name]
		if !ok {
			p = placeKind(strings.Fields(name)) != ""
			places[name] = p
		}
		return p
	}
	for _, f := range all {
		// "Kellsford, Louisiana, Mayor Ivo Pap": a town, its state or
		// country after it between commas, wherever else the article
		// names it alone ("Kellsford is on the lake"), no person
		if f.head || len(f.words) > 2 {
			continue
		}
		end := f.pos + len(f.words[0])
		if len(f.words) == 2 {
			end += 1 + len(f.words[1])
		}
		if end+2 >= len(masked) || masked[end] != ',' || masked[end+1] != ' ' {
			continue // (most runs: no comma after them)
		}
		name := strings.Join(f.words, " ")
		if masked[f.pos:end] != name || places[name] {
			continue
		}
		rest := masked[end+2 : min(len(masked), end+40)]
		if k := strings.IndexByte(rest, ','); k > 0 && namesRegion(rest[:k]) && !isFirstName(strings.ToLower(f.words[0])) {
			places[name] = true
			if memo.towns == nil {
				memo.towns = map[string]bool{}
			}
			memo.towns[name] = true
		}
	}
	for _, f := range all {
		words, pre := f.words, f.pre
		portfolio := ""
		if k := portfolioTail(words, pre); k > 0 {
			portfolio = strings.Join(words[:k], " ")
			if lead := strings.TrimSpace(pre[strings.LastIndexAny(pre, ".,;:\n\"\u201c\u201d(")+1:]); slices.ContainsFunc(strings.Fields(lead), func(w string) bool { return titleWords[strings.ToLower(w)] }) {
				portfolio = lead + " " + portfolio // "Deputy Minister of State for" + "Ports"
			}
			words = words[k:] // "Minister for Ferries and Ports Ivo Pap": the name is Ivo Pap
		}
		m := memo.get(words)
		if portfolio != "" && m.kind == attrib.KindPerson {
			m.titles = append([]string{portfolio}, m.titles...) // the portfolio titles him, an honorific too ("Sheikh"; m is a copy: the memo's stays)
		}
		if f.head {
			// (a first name and a surname, neither a common word, whole:
			// not "Ada Moss Calls Loss Painful", "Will Quistware fall")
			if fs := strings.Fields(m.name); m.kind == attrib.KindPerson && len(fs) >= 2 && len(fs) <= 3 && strings.Join(words, " ") == m.name && isFirstName(strings.ToLower(fs[0])) && !isEnglishCommon(strings.ToLower(fs[0])) && !modalWords[strings.ToLower(fs[0])] && !isEnglishCommon(strings.ToLower(fs[len(fs)-1])) {
				out = append(out, newEntity(m.name, m.kind, nameGender(m.name), nil, f.pos))
			}
			continue
		}
		if m.kind == "outlet" {
			outlets = append(outlets, entity{name: m.name, kind: m.kind, pos: f.pos}) // for "the newspaper said"
			continue
		}
		if m.name == "" || m.kind == kindPlace || m.kind == kindGroup || m.kind == kindRole || isPlace(m.name) {
			// a country speaks, but "they" and "the agency" stand for no country
			continue
		}
		if m.kind == attrib.KindPerson && countFieldsTo(m.name, 1) == 1 && (lastWords(pre, 1) != "the" || len(m.titles) > 0 && honorifics[strings.ToLower(lastWord(m.titles[len(m.titles)-1]))]) { // ("the BBC's Lord Quist": an honorific names him)
			lone = append(lone, newEntity(m.name, m.kind, titledGender(m.gender, m.name, m.titles, m.kind), m.titles, f.pos))
		}
		if m.kind == attrib.KindPerson && (countFieldsTo(m.name, 1) < 2 || len(m.titles) == 0 && (lastWords(pre, 1) == "the" || lastWords(pre, 1) == "its") && strings.TrimRight(strings.Join(words, " "), ".,;:") == m.name) {
			// a name right after "the" or "its", with no title or
			// description stripped from it, is a thing's ("the Quist
			// Express", "a new model of its Kells Note"); a
			// one-word name is kept aside in lone, for "he" and for "the
			// company" (businessBefore)
			continue
		}
		if placeAt(pre, m) || m.kind == attrib.KindPerson && (digitWord(m.name) || thingAfterRun(text, f.pos, words)) {
			continue // (and "the Quist S6", "Note 8", "the Talk Time program": a product's name, no person's)
		}
		if n := len(words); m.kind == attrib.KindPerson && n >= 2 && len(m.titles) == 0 && isAdjective(words[n-1]) && !isFirstName(strings.ToLower(words[0])) {
			continue // "The Award-winning British star": words before a noun, no name
		}
		if m.kind == attrib.KindPerson && (len(m.titles) == 0 || len(m.titles) == 1 && honorificTitle(m.titles[0])) && commaAfterRun(text, f.pos, words) {
			if t := titleBeforeComma(pre); t != "" {
				// "Kells State Governor, Ivo Pap, said": the title set off
				// by a comma before the name is his ("the governor"), an
				// honorific before the name too ("Governor, Chief Ivo Pap,")
				m.titles = append([]string{t}, m.titles...) // (m is a copy: the memo's stays)
			}
		}
		before := relationWords(nounBefore(pre)) // "his wife", "chairman"
		g := titledGender(m.gender, m.name, m.titles, m.kind)
		if g == "" {
			g = titledGender(genderOf(before), m.name, []string{before}, m.kind)
		}
		if g == "" && m.kind == attrib.KindPerson {
			g = nameGender(m.name)
		}
		e := newEntity(m.name, m.kind, g, m.titles, f.pos)
		e.owner = f.owner
		out = append(out, e)
	}
	return out, outlets, lone, runs
}

// titleBeforeComma is the title that pre ends with, set off by a comma
// from the name after it ("Kells State Governor, "): its capitalised
// words up to a title word, else "".
func titleBeforeComma(pre string) string {
	t := strings.TrimRight(pre, " ")
	if !strings.HasSuffix(t, ",") {
		return ""
	}
	f := strings.Fields(strings.TrimSuffix(t, ","))
	if len(f) == 0 || !isCapWord(f[len(f)-1]) || !titleWords[strings.ToLower(f[len(f)-1])] {
		return ""
	}
	k := len(f) - 1
	for k > 0 && k > len(f)-4 && isCapWord(f[k-1]) && !strings.ContainsAny(f[k-1], ",.;:") {
		k--
	}
	if k > 0 && (prepositions[strings.ToLower(f[k-1])] || k > 1 && strings.EqualFold(f[k-1], "the") && prepositions[strings.ToLower(f[k-2])]) {
		return "" // "In a letter to the US President, Ivo Pap said": no apposition
	}
	return strings.Join(f[k:], " ")
}

// thingAfterRun: does a thing's noun follow the run of words at pos
// ("Talk Time program": thingAfter)?
func thingAfterRun(text string, pos int, words []string) bool {
	rest, ok := afterRun(text, pos, words)
	return ok && !isPossessive(strings.TrimRight(words[len(words)-1], ",")) && thingFollows(rest) // (not "Ada Moss's show": hers)
}

// afterRun is the text after the run of words at pos (a window of it);
// false when the run's last word is not found there.
func afterRun(text string, pos int, words []string) (string, bool) {
	if len(words) == 0 {
		return "", false
	}
	last := strings.TrimRight(words[len(words)-1], ",")
	window := text[pos:min(len(text), pos+160)]
	i := strings.Index(window, last)
	if i < 0 {
		return "", false
	}
	return window[i+len(last):], true
}

// thingFollows: does rest, the text after a name, open with a thing's
// noun, a closing mark perhaps before it ("' program": thingAfter)?
func thingFollows(rest string) bool {
	for len(rest) > 0 && (rest[0] == '\'' || rest[0] == '"') {
		rest = rest[1:] // "'Talk Time' program"
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "\u2019"), "\u201d")
	return thingAfter(rest)
}

// commaAfterRun: does a comma follow the run of words at pos ("Kells
// State Governor, Ivo Pap, said": the name set off on both sides)?
func commaAfterRun(text string, pos int, words []string) bool {
	rest, ok := afterRun(text, pos, words)
	return ok && strings.HasPrefix(rest, ",")
}

// runAt is a run of capitalised words, the text before it in its
// paragraph, and its offset.
type runAt struct {
	words []string
	pre   string
	pos   int
	owner bool // a name before a possessive inside a run
	head  bool // a name in the headline
}

// openingWords finds the runs of capitalised words whose first word is
// a common word capitalised because it opens a sentence ("Six Quists ran",
// "Wherever Ada Moss goes", "One of Quist's"), not part of a name: no first
// name, title or adjective, and what follows it is a person's name, a
// first name and more, or the surname of a person the article names in full
// ("Ada Quist"), or a name or an acronym the article writes alone
// mid-sentence. "Open Harbour Trust" keeps its first word. The value is
// how many words to drop.
func openingWords(runs []runAt) map[string]int {
	surnames := map[string]bool{} // last words of full names, and lone acronyms
	for _, r := range runs {
		w := r.words
		if len(w) >= 2 && isFirstName(strings.ToLower(w[0])) {
			surnames[strings.TrimRight(w[len(w)-1], ".,")] = true
		}
		if len(w) == 1 && (isAcronym(strings.TrimRight(w[0], ".,")) || !opensSentence(r.pre)) {
			surnames[strings.TrimRight(trimPossessive(w[0]), ".,")] = true
		}
	}
	var out map[string]int
	for _, r := range runs {
		w := r.words
		if len(w) < 2 || !opensSentence(r.pre) {
			continue
		}
		lw := strings.ToLower(w[0])
		if !isEnglishCommon(lw) || isFirstName(lw) || titleWords[lw] || isAdjective(w[0]) || orgWords[lw] || placeKind(w[:1]) != "" {
			continue
		}
		n := 1
		for n < len(w) && !isCapWord(w[n]) {
			n++ // "One of Quist's"
		}
		rest := w[n:]
		if len(rest) == 0 {
			continue
		}
		if orgWords[strings.ToLower(strings.TrimRight(rest[len(rest)-1], ".,"))] {
			continue // "United Ferry Group"
		}
		if len(rest) >= 2 && isFirstName(strings.ToLower(rest[0])) || len(rest) == 1 && surnames[strings.TrimRight(trimPossessive(rest[0]), ".,")] {
			if out == nil {
				out = map[string]int{}
			}
			out[strings.Join(w, " ")] = n
		}
	}
	return out
}

// opensSentence: does a run that follows pre (the text before it in its
// paragraph) open a sentence?
func opensSentence(pre string) bool {
	pre = strings.TrimRight(pre, " \t\u00a0")
	if pre == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(pre)
	return r == '.' || r == '!' || r == '?'
}

// publicBodyWord: is w (lower case) the word of a public body, no
// company's ("Kells Ministry of Transport" is not "the company")?
func publicBodyWord(w string) bool { return publicBodyWords[w] }

var publicBodyWords = toSet("ministry department council committee commission agency government parliament court police office embassy administration army navy military university college authority bureau")

// nearEntities bounds how many entities before a description it reads
// back over.
const nearEntities = 200

// entitiesBefore is how many of the article's entities (in the order of
// the text) stand before pos.
func (r *resolver) entitiesBefore(pos int) int {
	return sort.Search(len(r.entities), func(i int) bool { return r.entities[i].pos >= pos })
}

// middleNameOf is the one person of three names or more, among the
// entities near before pos, whose middle name w is ("Azmar" of "Ivo
// Azmar Pellow": a name a person goes by that is neither first nor last;
// no common word in the name, as a headline's "Ada Moss Is No Hero"
// has), else "" (none, or two such).
func (r *resolver) middleNameOf(w string, pos int) string {
	r.indexNames()
	is := r.entMid[attrib.NormName(w)]
	if len(is) == 0 {
		return ""
	}
	found := ""
	near := r.entitiesBefore(pos)
	for _, i := range is {
		if i >= near || i < near-nearEntities {
			continue
		}
		if e := r.entities[i]; found != "" && found != e.name {
			return ""
		} else {
			found = e.name
		}
	}
	return found
}

// misspeltSurnameOf is the one person named in full near before pos whose
// surname lw misses by one letter ("Pelow said" after "Ivo Pellow":
// a letter dropped, added, changed or two swapped), both five letters or
// more and lw no one's surname and no plural ("the Pellows"), else ""
// (none, or two such).
func (r *resolver) misspeltSurnameOf(lw string, pos int) string {
	if len(lw) < 5 || isEnglishCommon(lw) {
		return ""
	}
	r.indexNames()
	if len(r.entLast[lw]) > 0 {
		return ""
	}
	found := ""
	near := r.entitiesBefore(pos)
	for _, e := range r.entities[max(0, near-nearEntities):near] { // (the nearest, as middleNameOf reads)
		k := len(e.fields)
		if e.kind != attrib.KindPerson || k < 2 || len(e.fields[k-1]) < 5 || !oneEditApart(lw, e.fields[k-1]) || lw == e.fields[k-1]+"s" {
			continue
		}
		if found != "" && found != e.name {
			return ""
		}
		found = e.name
	}
	return found
}

// oneEditApart: do a and b differ by one letter dropped, added or
// changed, or two letters side by side swapped?
func oneEditApart(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// functionOrCommon: is lw a function word or an English word, no part
// of a person's name ("is", "no", "the", "story")?
func functionOrCommon(lw string) bool {
	return prepositions[lw] || determiners[lw] || npStop[lw] || capStopwords[lw] || isEnglishCommon(lw)
}

// possessorOf is the owner of words of two or more words before a
// possessive inside them ("Ada Moss's" of "Ada Moss's Harbour Lights"),
// else nil.
func possessorOf(words []string) []string {
	for i := 1; i < len(words)-1; i++ {
		if isPossessive(words[i]) {
			return words[:i+1]
		}
	}
	return nil
}

// splitRunAtPeriods cuts a run of capitalised words where a word ends a
// sentence ("NYT." in "the NYT. Kim would"): a period after a word that is
// not an abbreviation, an initial or a dotted acronym.
func splitRunAtPeriods(words []string) [][]string {
	var out [][]string
	start := 0
	for i, w := range words {
		if i < len(words)-1 && strings.HasSuffix(w, ".") {
			core := strings.TrimSuffix(w, ".")
			next := strings.ToLower(words[i+1])
			if !abbrevs[strings.ToLower(core)] && len([]rune(core)) > 1 && !strings.Contains(core, ".") || capStopwords[next] && !honorifics[next] || firmSuffixes[strings.ToLower(core)] && isFirstName(next) {
				// (and "Quist and Co. Ada Moss": a firm's name ends before a
				// first name)
				// (and "Kells Ferry Ltd. But Quistware": a word that opens a sentence
				// after any period)
				out = append(out, words[start:i+1])
				start = i + 1
			}
		}
	}
	return append(out, words[start:])
}

// runHonorifics open a person's name inside a run of capitalised words.
var runHonorifics = toSet("mr mrs ms dr prof")

// splitAtHonorifics splits pieces of a run again where an honorific
// opens a person's name after a body's ("the Ministry of Ports Dr Ivo
// Pap"): the entities are the body and the person.
func splitAtHonorifics(pieces [][]string) [][]string {
	found := false
	for _, words := range pieces {
		for i := 1; i < len(words)-1 && !found; i++ {
			found = len(words[i]) <= 5 && runHonorifics[strings.ToLower(strings.TrimSuffix(words[i], "."))]
		}
	}
	if !found {
		return pieces // (most runs: no allocation)
	}
	var out [][]string
	for _, words := range pieces {
		start := 0
		for i := 1; i < len(words)-1; i++ {
			if runHonorifics[strings.ToLower(strings.TrimSuffix(words[i], "."))] && isCapWord(words[i+1]) && !strings.HasSuffix(words[i-1], "'s") && !strings.HasSuffix(words[i-1], "’s") {
				out = append(out, words[start:i])
				start = i
			}
		}
		out = append(out, words[start:])
	}
	return out
}

// firmSuffixes end a firm's name, abbreviated ("Co.", "Ltd.").
var firmSuffixes = toSet("co corp inc ltd plc llc")

// nounBefore is the last word of pre that is no article ("his wife, " in
// "his wife, the"): the noun a name right after it stands in apposition
// to ("the firm's sister paper, the Harbour Times" is no woman's).
func nounBefore(pre string) string {
	f := strings.Fields(pre)
	for len(f) > 0 && (determiners[strings.ToLower(f[len(f)-1])] && !possessivePronouns[strings.ToLower(f[len(f)-1])]) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	if len(f) > 1 && possessivePronouns[strings.ToLower(f[len(f)-2])] {
		return strings.Join(f[len(f)-2:], " ")
	}
	return f[len(f)-1]
}

// relationWords drops the pronouns from words before a name: in "her
// husband Tomas" the husband is a man; in "He said Quistware" the pronoun
// is another's.
func relationWords(s string) string {
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		if lw := strings.ToLower(strings.Trim(w, ".,;:")); lw != "his" && lw != "her" && lw != "he" && lw != "she" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func lastWords(s string, n int) string {
	var buf [8]string
	b := buf[:0:min(n, len(buf))]
	if n > len(buf) {
		b = make([]string, 0, n)
	}
	return strings.Join(lastFields(s, b), " ")
}

// mask replaces the inside of every quote with x's, so that patterns over
// the attribution text never match quoted words; offsets are kept.
func mask(text string, qs []qspan) string {
	b := []byte(text)
	for _, q := range qs {
		for i := q.start; i < q.end; i++ {
			if b[i] != '\n' {
				b[i] = 'x'
			}
		}
	}
	return string(b)
}

const quoteToken = "QUOTE"

// clauseText returns text[s:e] with every quote inside replaced by QUOTE.
func clauseText(text string, s, e int, qs []qspan) string {
	var b strings.Builder
	i := s
	// qs are in text order: start at the first inside, stop past the end
	// (a paragraph of thousands of quotes is read a sentence at a time)
	for _, q := range qs[sort.Search(len(qs), func(k int) bool { return qs[k].open >= s }):] {
		if q.open >= e {
			break
		}
		b.WriteString(text[i:q.open])
		b.WriteString(" " + quoteToken + " ")
		i = q.afterClose()
		if i > e {
			i = e
		}
	}
	if i < e {
		b.WriteString(text[i:e])
	}
	return b.String()
}

var (
	reAccordingTo  = rxKeys(`(?i)according to (?:an? |the )?((?-i:(?:[A-Z][a-z]{1,4}\. )?)[^,.;]+)`, true, "according") // (a title's point: "according to Capt. Ivo Pap")
	reToldObj      = rx(`^(?:told|tells|telling) ((?:the |The )?[\p{L}.'-]+(?: [A-Z][\p{L}.'-]*){0,5})`)
	reViaPhrase    = rxKeys(`(?i)(?:statement|interview|remarks|comments|appearance|op-ed|letter|speaking|spoke)(?: \w+)? (?:to|with|on|in) (?:the )?([A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,5})`, true, "statement", "interview", "remarks", "comments", "appearance", "op-ed", "letter", "speaking", "spoke")
	reOutletWrites = rx(`^, (?:the |The )?([A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,4}) (?:writes|wrote|reports|reported|notes|noted|says|said)\b`)
	reDashName     = rx(`^[,.]?[\s\x{a0}]*(?:\x{2015}|\x{2014}|\x{2013}|--?)[\s\x{a0}]*([\p{Lu}][\p{L}\p{N}.'\x{2019} -]{1,60}?)(?:\s*\(@\w{1,30}\))?(?:,?\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}))?[\s.\x{a0}]*$`)
	reLeadPunct    = rx(`^[\s,.;:!?\x{2014}\x{2013}-]+`)
	// a writing a name owns, then a colon: "part of Ada Moss's opinion:"
	reOwnedWriting = rx(`(?:^|[\s(])((?:[\p{Lu}][\p{L}.'\x{2019}-]*\s){0,3}[\p{Lu}][\p{L}.-]*)(?:'s|\x{2019}s|'|\x{2019}) (?:[a-z-]+ ){0,2}(?:opinion|statement|letter|ruling|post|tweet|email|memo|note|message|speech|remarks|decision|order|book|column|essay|op-ed|testimony|affidavit|filing|complaint|report|judgment|verdict):$`)
)

// leadPunct are the first characters reLeadPunct can match (\s is
// [\t\n\f\r ], and rx lets a space stand for a no-break space too).
const leadPunct = "\t\n\f\r ,.;:!?\u2014\u2013-\u00a0"

type tok struct {
	w          string
	start, end int // in the clause string
}

// isAge: is seg a person's age set off by commas ("49")?
func isAge(seg string) bool {
	seg = strings.TrimSpace(seg)
	if seg == "" || len(seg) > 3 {
		return false
	}
	for i := 0; i < len(seg); i++ {
		if seg[i] < '0' || seg[i] > '9' {
			return false
		}
	}
	return true
}

// pluralOfCommon: is lw the plural of a common English word, in American
// or British spelling ("rumours")?
func pluralOfCommon(lw string) bool {
	if !strings.HasSuffix(lw, "s") || len(lw) < 4 {
		return false
	}
	sg := strings.TrimSuffix(lw, "s")
	return isEnglishCommon(sg) || strings.Contains(sg, "our") && isEnglishCommon(strings.Replace(sg, "our", "or", 1))
}

// demonymPlural: is lw the plural of a word for one of a people
// ("britons")?
func demonymPlural(lw string) bool {
	return strings.HasSuffix(lw, "s") && demonymPersons[strings.TrimSuffix(lw, "s")]
}

// tokWords are the words of ts, as written.
func tokWords(ts []tok) []string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.w
	}
	return ws
}

func tokens(s string) []tok {
	var out []tok
	for w, i, j := nextTok(s, 0); w != ""; w, i, j = nextTok(s, j) {
		if out == nil {
			out = make([]tok, 0, 1+strings.Count(s[j:], " "))
		}
		out = append(out, tok{w, i, j})
	}
	return out
}

// nextTok is the first token of s[from:] as tokens reads it, with its
// offsets in s; w is "" when none is left. A loop over nextTok reads the
// tokens without making the slice.
func nextTok(s string, from int) (w string, start, end int) {
	i := from
	for i < len(s) && isTokSpace(s, i) {
		i += spaceWidth(s, i)
	}
	j := i
	for j < len(s) && !isTokSpace(s, j) {
		j++
	}
	return s[i:j], i, j
}

func isTokSpace(s string, i int) bool {
	return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || (s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0)
}

func spaceWidth(s string, i int) int {
	if s[i] == 0xc2 {
		return 2
	}
	return 1
}

func bare(w string) string {
	return strings.ToLower(trimBare(w))
}

// trimBare is strings.Trim(w, ",.;:!?\"'()\u201c\u201d\u2018\u2019").
func trimBare(w string) string { return trimPunct(w, &barePunct) }

// trimPunct trims from both ends of w the ASCII bytes ascii marks and the
// curly quotation marks, as strings.Trim with that cutset would, testing
// ASCII bytes by table rather than searching the cutset.
func trimPunct(w string, ascii *[utf8.RuneSelf]bool) string {
	curly := func(r rune) bool { return r == '\u201c' || r == '\u201d' || r == '\u2018' || r == '\u2019' }
	for len(w) > 0 {
		if c := w[0]; c < utf8.RuneSelf {
			if !ascii[c] {
				break
			}
			w = w[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if !curly(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		if c := w[len(w)-1]; c < utf8.RuneSelf {
			if !ascii[c] {
				break
			}
			w = w[:len(w)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(w)
		if !curly(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

var barePunct = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ",.;:!?\"'()" {
		t[c] = true
	}
	return t
}()

func isSpeechVerb(w string) bool {
	return !strings.HasPrefix(w, "\"") && !isCapWord(w) && speechVerbs[bare(w)] // "the United States" holds no verb
}

// phrasalVerbAt: do tokens i and i+1 make a two-word speech verb ("shot
// back"), not followed by "to" ("went on to win")?
func phrasalVerbAt(ts []tok, i int) bool {
	if i+1 >= len(ts) || isCapWord(ts[i].w) || !speechPhrasal[bare(ts[i].w)+" "+bare(ts[i+1].w)] {
		return false
	}
	if trimBare(ts[i].w) != ts[i].w && !strings.HasSuffix(ts[i].w, "'") {
		return false // punctuation between the two: "went, on"
	}
	return i+2 >= len(ts) || bare(ts[i+2].w) != "to"
}

// findVerb returns the index of the first (or last) speech verb in ts.
func findVerb(ts []tok, last bool) int {
	idx := -1
	for i, t := range ts {
		if t.w == quoteToken {
			if !last {
				break
			}
			idx = -1
			continue
		}
		if i > 0 && nounMarker(ts[i-1].w) {
			continue // "his remarks", "chants of": a noun, not a verb
		}
		if beginsDoing(ts, i) {
			continue // "the firm began selling ferries": no speech
		}
		if isSpeechVerb(t.w) || (i == 0 && speechVerbs[bare(t.w)]) || (last && participleVerbs[bare(t.w)]) || phrasalVerbAt(ts, i) {
			if !last {
				return i
			}
			idx = i
		}
	}
	return idx
}

// beginsDoing: is ts[i] "began" or "begins" before an -ing form or "to"
// ("began supplying", "begins to sail") or at a clause's end ("after the
// talks began, Ivo Pap called it"), which starts something other than
// speech (`She began: "..."` does)?
func beginsDoing(ts []tok, i int) bool {
	if w := bare(ts[i].w); (w != "began" && w != "begins" && w != "begin") || i+1 >= len(ts) {
		return false
	}
	n := ts[i+1].w
	return n == "to" || len(n) > 4 && strings.HasSuffix(n, "ing") || n != quoteToken && (strings.HasSuffix(ts[i].w, ",") || isCapWord(n))
}

// finiteVerbAcross is the last speech verb of ts that is no participle,
// across quotations in the clause; -1 if none.
func finiteVerbAcross(ts []tok) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].w == quoteToken || i > 0 && nounMarker(ts[i-1].w) || participleVerbs[bare(ts[i].w)] || strings.HasSuffix(bare(ts[i].w), "ing") {
			continue
		}
		if isSpeechVerb(ts[i].w) || i == 0 && speechVerbs[bare(ts[i].w)] || phrasalVerbAt(ts, i) {
			return i
		}
	}
	return -1
}

// nounMarker: does w make the word after it a noun (a determiner, a
// possessive, a preposition)?
func nounMarker(w string) bool {
	b := bare(w)
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
		return true
	}
	return determiners[b] || b == "with" || b == "of"
}

var determiners = toSet("the a an his her their its our my your these those")

// namesSpeaker: does m name someone who can speak, a person, an
// organisation or a role description ("the Ohio senator")?
func namesSpeaker(m mention) bool {
	return m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization || m.kind == kindRole
}

// dropParenthesised removes "(...)" asides ("Harbour Council (HC)
// spokeswoman" is the title "Harbour Council spokeswoman").
func dropParenthesised(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = strings.Join(strings.Fields(s[:i]+" "+s[i+j+1:]), " ")
	}
}

// subjectBefore reads the speaker from the words before a verb: the comma
// segment nearest the verb that names a person, else one that names an
// organisation or is a pronoun. Appositives ("a former ambassador") are
// titles, not speakers.
// reAgeBracket: a person's age in brackets after the name, as British
// and Indian papers give it ("Ivo Pap (58) of Kells").
var reAgeBracket = rxKeys(`\s*\(\d{1,3}\)`, false, "(")

func subjectBefore(s string, known []string) mention {
	if i := strings.LastIndex(s, quoteToken); i >= 0 {
		if rest, pre := s[i+len(quoteToken):], strings.TrimSpace(s[:i]); strings.Trim(rest, " ,") == "" && pre != "" && !strings.ContainsAny(pre[len(pre)-1:], ".!?:;") {
			// a quoted title ends the words before the verb: `As Ada Moss,
			// author of "Harbour Lights," put it`: the name is before it
			s = s[:i] + rest
		} else {
			s = rest
		}
	}
	// "So, which count did better? - Lee notes that": a question ends
	// what could hold the subject (an exclamation mark may be a name's:
	// "Yahoo!")
	if i := strings.LastIndex(s, "? "); i >= 0 {
		s = s[i+2:]
	}
	if t := strings.TrimSpace(s); len(t) > 2 && (t[0] == 'A' || t[0] == 'T') && !strings.ContainsAny(t, ",;") {
		// "A councillor whose town was cut off said": the noun before a
		// relative clause, no comma around it, is the subject
		for _, rel := range []string{" whose ", " who "} {
			if i := strings.Index(t, rel); i > 0 && countFieldsTo(t[:i], 5) <= 4 {
				if f := strings.Fields(t[:i]); f[0] == "A" || f[0] == "An" || f[0] == "The" {
					s = t[:i]
					break
				}
			}
		}
	}
	s = reAffiliation.ReplaceAllString(s, " ") // "X, R-Ky., said": the tag is not a segment
	s = reAgeBracket.ReplaceAllString(s, "")   // "Ivo Pap (58) of Kells said": his age, no segment
	if m := reTrailingInitials.FindStringIndex(s); m != nil && isLowerWord(lastWords(s[:m[0]], 1)) {
		s = s[:m[0]] + " " // "the harbour minister (HM) replied": the office, not its initials
	}
	if ts := tokens(s); len(ts) > 0 {
		// a pronoun right before the verb is its subject: "what he called",
		// "he would again reaffirm"
		p := len(ts) - 1
		for p > 0 && (modalWords[bare(ts[p].w)] || strings.HasSuffix(bare(ts[p].w), "ly") && len(ts[p].w) > 4) {
			p--
		}
		if lw := bare(ts[p].w); lw == "he" || lw == "she" || lw == "they" {
			return mention{name: lw, kind: "pronoun", gender: pronouns[lw]}
		}
		// and a name right after "what" or "which": "shedding what Ivo
		// Pap called", "the deal, which Pap had called"
		e := len(ts)
		for e > 0 && auxiliaries[ts[e-1].w] {
			e--
		}
		j := e
		for j > 0 && j > e-4 && isCapWord(ts[j-1].w) {
			j--
		}
		if j > 0 && j < e && (ts[j-1].w == "what" || ts[j-1].w == "which") {
			if m := parseNP(s[ts[j].start:ts[e-1].end], known); m.kind == attrib.KindPerson {
				return m
			}
		}
		// or a description: "following what the superintendent called"
		// (no name before it in the sentence is the one who called it so)
		for k := max(0, e-5); k+2 < e; k++ {
			if (ts[k].w == "what" || ts[k].w == "which") && ts[k+1].w == "the" {
				if m := parseNP(s[ts[k+1].start:ts[e-1].end], known); m.kind == kindRole || m.kind == "noun" && m.definite {
					return m
				}
				break
			}
		}
		// or with an appositive between: "what Ada Moss, a former
		// treasurer, called"
		k, wl := strings.LastIndex(s, " what "), len(" what ")
		if j := strings.LastIndex(s, " which "); j > k {
			k, wl = j, len(" which ") // "a milestone, which Ada Moss, head of Quist Oil, called"
		}
		if k >= 0 && strings.HasSuffix(strings.TrimSpace(s), ",") {
			if segs := strings.Split(strings.TrimSpace(s[k+wl:]), ","); len(segs) == 3 && segs[2] == "" && isAppositive(segs[1]) {
				if m := parseNP(segs[0], known); m.kind == attrib.KindPerson && capsOnly(segs[0]) {
					m.titles = append(m.titles, cleanTitle(segs[1]))
					return m
				}
			}
		}
	}
	if short, ok := listedOwners(strings.TrimSpace(s)); ok {
		// "the former Kells, Dunmore and Varnel forward": a role the
		// list's first owner stands for, no segments
		if m := parseNP(short, known); m.kind == kindRole {
			return m
		}
	}
	segs := joinListedNames(strings.Split(s, ","))

	if f := strings.TrimSpace(segs[0]); len(segs) > 1 && (strings.HasPrefix(f, "As ") || strings.HasPrefix(f, "as ")) && isCapWord(strings.TrimPrefix(strings.TrimPrefix(f, "As "), "as ")) {
		segs[0] = f[3:] // "As Ada Moss, a historian, put it": the name is the subject, not an adverbial's
	}
	var best mention
	bestMain := false
	var titles []string
	// "On a call with Dan Varne, the senator said": the names of an
	// opening adverbial are not the subject of a later segment
	// (unless a name closes it, its comma never written: "After the ruling
	// Ada Moss, a lawyer, said")
	openerNamed := len(segs) > 1 && openerSubject(segs[0]) != ""
	opening := len(segs) > 1 && (opensWithPreposition(segs[0]) || participleOpens(segs[0])) && !openerNamed
	rel := len(segs) // the first segment of a relative clause after a name
	for k := 1; k < len(segs)-1; k++ {
		if relativeClause(segs[k]) {
			rel = k
			break
		}
	}
	for k := len(segs) - 1; k >= 0; k-- {
		seg := strings.TrimSpace(segs[k])
		if seg == "" || k == 0 && opening {
			continue
		}
		afterOpening := k == 1 && opening // the segment before is the adverbial
		if k > 0 && k < len(segs)-1 {
			if ts := tokens(seg); len(ts) > 0 {
				if k >= rel && !(k == len(segs)-2 && k > rel && relativeClause(segs[k+1])) {
					continue // "X, who identifies as Y, told", "X, whose films are A, B and C, said": a relative clause, to the verb's comma
					// (but not the name a last "who" attaches to: "..., which
					// had room for shops, including Ada Moss, who said")
				}
				if f := bare(ts[0].w); prepositions[f] && f != "according" && !isCapWord(ts[0].w) {
					continue // "X, during a meeting in Columbus, said": an adverbial
				}
			}
			if placeTail(seg, segs[k-1]) {
				continue // "in Columbus, Ohio,": the state after a city
			}
		}
		if m := memberFor(strings.Fields(seg)); m.kind != "" {
			return m // "the MP for Dunmore and Kells": the seat's "and" joins no names
		}
		own := ownClause(seg)
		if strings.Contains(seg, ",") && isAppositive(seg) {
			seg = strings.TrimSpace(seg) // a list joinListedNames joined: no "and" of it cuts the appositive
		} else {
			seg = lastSegment(seg)
		}
		pk := k - 1 // the segment before, an age aside: "Ivo Pap, 49, a ferry pilot, said"
		for pk > 0 && isAge(segs[pk]) {
			pk--
		}
		// "X, a top Y surrogate, said": an appositive after a name describes it
		// (not a clause after it: "asked Mayor X about it, although the
		// mayor's spokesman said")
		if k > 0 && (isAppositive(seg) || portfolioAppositive(seg)) && !afterOpening && !adverbialOpens(segs[k]) && (!opensWithPreposition(segs[pk]) || pk == 0 && openerNamed || seg == "who" || strings.HasPrefix(seg, "who ")) {
			// (not "X, from Quist's Harbour Laboratories, one of its
			// founders, said": the segment before is X's affiliation)
			if prev := parseNP(lastSegment(segs[pk]), known); prev.kind == attrib.KindPerson && !relativeClause(segs[pk]) && !(pk > 0 && isAppositive(segs[pk]) && !opensWithPreposition(segs[pk])) && !clauseAfterName(lastSegment(segs[pk]), prev.name) {
				// (not "X, chief of Quist Telecom, also at the fair, said":
				// the segment before is itself an appositive; "from X, who
				// said" is X's)
				if pk == 0 && opensWithPreposition(segs[0]) {
					prev.titles = nil // (not "After the ruling")
				}
				prev.titles = append(prev.titles, cleanTitle(seg))
				return prev
			}
		}
		if k == 0 && len(segs) == 1 && opensWithPreposition(seg) {
			if name := openerSubject(seg); name != "" {
				seg = name // "In a letter sent on Friday Lord Quist said"
			}
		}
		m := parseNP(seg, known)
		if k > 0 && portfolioOpen(strings.Fields(segs[k-1])) {
			// "Minister for Roads, Ports & Shipping Ivo Pap said": the
			// portfolio's list runs over the comma
			if p := parseNP(strings.TrimSpace(segs[k-1])+" and "+seg, known); p.kind == attrib.KindPerson && strings.Contains(seg, p.name) {
				m = p
			}
		}
		if m.kind == attrib.KindPerson && clauseAfterName(seg, m.name) {
			// "a tweet for Quistware appeared next to one in which a user
			// said": the relative clause's own subject, not the name of the
			// clause before it
			if tail := relativeTail(seg); tail != "" {
				if d := describedSubject(tail); d.kind != "" {
					m = d
				} else if p := parseNP(tail, known); p.kind == attrib.KindPerson && p.name != "" && p.name != m.name {
					m = p // "... replying to a report in which town leader Tarun Velkar": the clause's own subject, named
				}
			}
		}
		if m.kind == attrib.KindPerson && k > 0 && !isFirstName(strings.ToLower(strings.Fields(m.name)[0])) {
			if noun := spokesForBody(segs[k-1]); noun != "" {
				// "a spokeswoman for his firm, Moss Marine, said": the firm
				m.kind = attrib.KindOrganization
				return voiceOf(m, noun)
			}
		}
		if m.kind == kindRole && k > 0 {
			// "Ana Ruiz, Harbour Council spokeswoman, said": a description
			// after a name is an appositive
			if prev := parseNP(lastSegment(segs[pk]), known); prev.kind == attrib.KindPerson && !afterOpening {
				prev.titles = append(prev.titles, cleanTitle(dropParenthesised(seg)))
				return prev
			}
		}
		if (m.kind == "" || m.kind == kindGroup || m.kind == attrib.KindPerson && countFieldsTo(seg, 1) > 1 && groupOfPeople(strings.Fields(seg)) != "") && (k == len(segs)-1 || strings.HasPrefix(strings.TrimSpace(segs[k+1]), "who ") || strings.HasPrefix(strings.TrimSpace(segs[k+1]), "whose ")) {
			// `As one backbencher said:`, `One dealer, who ..., said`, `a
			// Democratic strategist said`, `Fiscal hawks said` (a group
			// read as a name for the capital opening the sentence)
			if d := describedSubject(seg); d.kind != "" || m.kind == "" {
				m = d
			}
		}
		if best.kind != "" && bestMain && (m.kind == "pronoun" || m.kind == kindRole || m.kind == attrib.KindPerson && (clauseAfterName(seg, m.name) || verbBeforeTail(segs[k], m.name) || lastWord(m.name) != lastWord(strings.TrimRight(seg, " .")))) {
			// "Addressing supporters, the union urged", "The Kells ferry
			// will close, the board said": a body names its clause's
			// subject; only a name standing alone before it ("Ada Moss,
			// Quistware Ltd, said") is one it describes, not one with
			// words after it ("Days before the Quist Horizon oil spill's
			// anniversary, BP announced")
			return best
		}
		if m.kind == attrib.KindPerson || m.kind == "pronoun" || m.kind == kindRole {
			m.titles = append(m.titles, titles...)
			return m
		}
		if best.kind == "" && (m.kind == attrib.KindOrganization || m.kind == "noun" || m.kind == "outlet" || loneGroupWord(m) || isParty(m)) {
			best = m
			// (a segment that is the noun phrase alone, right before the
			// verb: not a clause inside another, "X condemned the plan,
			// which the Harbour Office says", "X agreed, but added that
			// when people asked")
			whole := strings.TrimSpace(segs[k])
			if f := firstWord(whole); (f == "and" || f == "but" || subordinate(f)) && strings.HasSuffix(whole, " "+seg) {
				whole = seg // "..., and the union urged", "..., although the mayor's spokesman said"
			}
			f := firstWord(whole)
			bestMain = seg == whole && countFieldsTo(whole, 5) <= 5 && (determiners[bare(f)] || possessivePronouns[bare(f)] || isCapWord(f))
		}
		if m.kind == "" && own && best.kind == "" {
			break // `..., while the Kells Courier's reviewer said`: a clause of its own whose subject names nobody
		}
		if m.kind == "" && (isAppositive(seg) || opensWithTitle(seg)) {
			// "a former aide", or an office naming nobody: "MP for Dunmore"
			titles = append(titles, cleanTitle(seg))
			continue
		}
		if m.kind == "" && k < len(segs)-1 {
			break // a clause that names nobody: the subject is not further back
		}
		if best.kind != "" {
			// an organisation segment: keep looking one segment further for a person it describes
			continue
		}
	}
	return best
}

// afterModal: does ts[i] follow a modal verb, an adverb between perhaps
// ("would reaffirm", "would again reaffirm")?
func afterModal(ts []tok, i int) bool {
	for j := i - 1; j > 0 && j >= i-2; j-- {
		if modalVerbs[bare(ts[j].w)] {
			return true
		}
		if !modalWords[bare(ts[j].w)] {
			return false
		}
	}
	return false
}

// reTrailingInitials: an office's initials in brackets right before the
// verb ("the harbour minister (HM)").
var reTrailingInitials = rx(`\s\([A-Z]{2,6}\)\s*$`)

// relativeTail is what follows the last relative word of seg ("in which
// a user"), when that is a few words; else "".
func relativeTail(seg string) string {
	k := -1
	for _, w := range [...]string{" which ", " whom ", " where "} {
		if i := strings.LastIndex(seg, w); i >= 0 {
			k = max(k, i+len(w))
		}
	}
	if k < 0 {
		return ""
	}
	tail := strings.TrimSpace(seg[k:])
	if countFieldsTo(tail, 7) > 6 {
		return "" // (six words: "the party's Kells leader Ada Moss")
	}
	return tail
}

// modalVerbs come before a verb in its base form ("would reaffirm").
var modalVerbs = toSet("would could will can may might should shall must")

// modalWords stand between a subject and its verb ("he would again say").
var modalWords = toSet("would could will can may might should shall must again also still then now later once not never did does do had has have")

// clauseAfterName: do the words of seg after name's last word hold a
// verb ("The Kells ferry will close in May", "Ivo Pap won the vote")?
// The segment is then a clause the name is part of, not a name an
// appositive after it can describe.
func clauseAfterName(seg, name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	ts := tokens(seg)
	for i, t := range ts {
		if trimPossessive(strings.Trim(t.w, ",.;:")) != last {
			continue
		}
		for _, u := range ts[i+1:] {
			w := bare(u.w)
			if w == u.w && clauseVerb(w) {
				return true
			}
		}
		return false
	}
	return false
}

// firstWord is s's first field, "" when none.
func firstWord(s string) string {
	w, _, _ := nextTok(s, 0)
	return w
}

// clauseVerb: is w (bare, lower case) a verb that makes a clause of the
// words before it: a form of be or have, a modal, an irregular past, a
// speech verb or a word in -ed ("will close", "won", "said", "warned")?
func clauseVerb(w string) bool {
	return finiteVerbs[w] || pastVerbs[w] || isSpeechVerb(w) || len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-")
}

// verbBeforeTail: does segment whole hold a clause's verb before its
// last words tail ("Kells said it intended to cut its fleet in Dunmore"
// before "Dunmore")? Then the name there is inside that clause, no
// subject of the verb after the comma.
func verbBeforeTail(whole, tail string) bool {
	i := strings.LastIndex(whole, tail)
	if i <= 0 {
		return false
	}
	for _, t := range tokens(whole[:i]) {
		if w := bare(t.w); w == t.w && clauseVerb(w) {
			return true
		}
	}
	return false
}

// finiteVerbs are the forms of be, have and the modals that make a
// clause of the words around them.
var finiteVerbs = toSet("is are was were has have had will would could can may might must")

// openerSubject is the person's name an opening phrase ends with, right
// after a noun or a day: the subject its comma was never written for
// ("After the ruling Ada Moss, a lawyer for ..., said", "In a letter sent
// out on Friday Lord Quist said"; not "On a call with Dan Varne", "After
// meeting Ada Moss", "against Kells captain Ada Moss"); else "".
func openerSubject(seg string) string {
	w := strings.Fields(seg)
	i := len(w)
	for i > 0 && isCapWord(w[i-1]) {
		i--
	}
	day := false
	for i < len(w) && weekdaysMonths[strings.ToLower(strings.TrimRight(w[i], ".,"))] {
		i, day = i+1, true // "on Friday Lord Quist"
	}
	if i < 1 || len(w)-i < 2 {
		return ""
	}
	lf := strings.ToLower(strings.TrimSuffix(w[i], "."))
	if !isFirstName(lf) && !(titleWords[lf] && !titleModifiers[lf] && len(w)-i >= 2) {
		return ""
	}
	name := strings.Join(w[i:], " ")
	if day {
		return name
	}
	p := w[i-1]
	gerund := strings.HasSuffix(p, "ing") && !(i > 1 && determiners[strings.ToLower(w[i-2])]) // ("after meeting", not "after the ruling")
	if p == strings.ToLower(p) && isEnglishCommon(p) && !prepositions[p] && !determiners[p] && !npStop[p] && !titleWords[p] && !occupations[p] && !gerund && p != "and" && p != "or" {
		return name
	}
	return ""
}

// spokesForBody: does seg end with one who speaks for a body an
// appositive will name ("a spokeswoman for his firm", "a lawyer for the
// company")? It returns the source noun ("spokeswoman").
func spokesForBody(seg string) string {
	w := strings.Fields(strings.ToLower(seg))
	if n := len(w); n >= 4 && speaksFor[w[n-4]] && w[n-3] == "for" && (w[n-2] == "the" || possessivePronouns[w[n-2]]) && bodyNouns[w[n-1]] {
		return w[n-4]
	}
	return ""
}

// describedSubject reads the words right before a speech verb as someone
// described by what they do (describedPerson): "one musician", "as a
// retired teacher", whose last word is the occupation.
func describedSubject(seg string) mention {
	w := strings.Fields(seg)
	if ls := strings.ToLower(strings.Join(w, " ")); someone[ls] {
		// `"...," one said`, `another wrote`, `one of them said`: someone
		// of a crowd the article does not name
		return mention{kind: "noun", noun: strings.ToLower(w[len(w)-1]), unnamed: true} // ("a few": few)
	}
	if len(w) == 2 && (indefinites[strings.ToLower(w[0])] || strings.EqualFold(w[0], "some")) && personNouns[strings.ToLower(w[1])] {
		return mention{kind: "noun", noun: strings.ToLower(w[1]), gender: genderOf(strings.ToLower(w[1])), unnamed: true} // "one woman said"
	}
	if m := anonymousSource(w); m.kind != "" {
		return m
	}
	if n := len(w); n >= 2 && n <= 5 && (strings.EqualFold(w[0], "a") || strings.EqualFold(w[0], "an")) && reAgeNoun.MatchString(bare(w[n-1])) && !slices.ContainsFunc(w[1:], isCapWord) {
		// "a visibly tired 34-year-old said:": an age alone, someone the
		// article has named, described (as "the 34-year-old" after a quote)
		return mention{kind: "noun", noun: bare(w[n-1]), described: true}
	}
	if head := groupOfPeople(w); head != "" {
		return groupMention(w, head)
	}
	for i := len(w) - 2; i >= 0 && i >= len(w)-4; i-- {
		if indefinites[strings.ToLower(w[i])] {
			if m := describedPerson(strings.Join(w[i:], " ")); m.kind != "" && m.noun == strings.ToLower(w[len(w)-1]) {
				return m
			}
			break
		}
	}
	// "one journalist covering the trial", "a woman living nearby": the
	// description, then a participle's phrase that says more of it
	if len(w) > 2 && (indefinites[strings.ToLower(w[0])] || strings.EqualFold(w[0], "some")) {
		for j := 2; j < len(w) && j <= 4; j++ {
			if lw := strings.ToLower(w[j]); len(lw) > 5 && strings.HasSuffix(lw, "ing") && !isCapWord(w[j]) {
				return describedSubject(strings.Join(w[:j], " "))
			}
		}
	}
	return mention{}
}

// anonymousSource reads the unnamed source of wire copy: "a person
// familiar with the talks", "people close to the deal", "two people with
// knowledge of the plan", "one person briefed on it": someone unnamed,
// whom no name the article gives may stand for.
func anonymousSource(w []string) mention {
	for i := 0; i < len(w)-1 && i < 3; i++ {
		lw := strings.ToLower(w[i])
		if !anonHeads[lw] {
			if indefinites[lw] || quantifiers[lw] || numberPlurals[lw] {
				continue
			}
			return mention{}
		}
		if anonAfter[strings.ToLower(w[i+1])] {
			return mention{kind: "noun", noun: lw, unnamed: true}
		}
		return mention{}
	}
	return mention{}
}

var (
	anonHeads = toSet("person people persons individual individuals")
	anonAfter = toSet("familiar close with briefed involved knowledgeable aware who")
)

// groupOfPeople reads a subject that names a group of people in common
// words ("critics", "fiscal hawks", "some local fishermen", "the
// protesters"): its plural head noun, else "".
func groupOfPeople(w []string) string {
	if len(w) == 0 || len(w) > 4 {
		return ""
	}
	for i, x := range w {
		lx := strings.ToLower(x)
		if !isEnglishCommon(lx) || isFirstName(lx) && isCapWord(x) || i > 0 && x != lx {
			return "" // a name, or a capital past the first word ("Kells fishermen")
		}
	}
	head := strings.ToLower(w[len(w)-1])
	if strings.HasSuffix(head, "men") && len(head) > 5 || head == "people" {
		return head // "fishermen", "local people"
	}
	if len(head) < 5 || !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss") || strings.HasSuffix(head, "us") || timeNouns[head] {
		return ""
	}
	if groups[head] && !parties[head] {
		return head // "critics", "residents"
	}
	for _, sing := range []string{strings.TrimSuffix(head, "ies") + "y", strings.TrimSuffix(head, "es"), strings.TrimSuffix(head, "s")} {
		if personNouns[sing] || occupations[sing] || roleNouns[sing] || peopleWords[sing] {
			return head
		}
	}
	return ""
}

// groupMention is the mention of a group of people groupOfPeople read:
// as the text names it when its first word is capitalised and no
// determiner ("Some students", "Legal observers", "Critics": the speaker
// as written, as a name), else an unnamed source ("critics", "the
// protesters", "These donors", "Such critics").
func groupMention(w []string, head string) mention {
	if f := strings.ToLower(w[0]); isCapWord(w[0]) && !determiners[f] && f != "such" && (!someone[f] || len(w) > 1) {
		if len(w) == 1 {
			return mention{name: w[0], kind: attrib.KindPerson, many: true} // "Critics said", as "Prosecutors said"
		}
		return mention{name: strings.Join(w, " "), kind: kindRole, noun: head, many: true}
	}
	return mention{kind: "noun", noun: head, unnamed: true, many: true}
}

// peopleWords are nouns of people by what they think or do that no
// lexicon of occupations holds ("hawk", "owner").
var peopleWords = toSet("judge juror hawk dove owner parent neighbour neighbor resident local villager islander citizen taxpayer homeowner tenant landlord student pupil teacher worker employee voter fan rival ally opponent supporter skeptic sceptic critic economist analyst expert observer commentator researcher scientist historian investor trader dealer broker banker farmer shopper customer consumer user passenger commuter driver protester protestor demonstrator activist campaigner member leader executive manager officer soldier veteran insider doctor nurse lawyer prosecutor")

// timeNouns are plural nouns of time that may open a clause ("Weeks
// later, ...").
var timeNouns = toSet("years months weeks days hours minutes decades centuries")

// someone: subjects that stand for someone of a crowd, unnamed.
var someone = map[string]bool{"one": true, "another": true, "one of them": true, "one of those": true, "one of the others": true, "some": true, "others": true, "many": true, "several": true, "a few": true}

// crowd: the subjects of someone that stand for many ("some said"): no
// one a later "he" or "she" may mean.
var crowd = toSet("some others many several few")

// loneGroupWord: is m a demonym alone ("Welsh")? As a subject it may be a
// surname; the resolver decides.
func loneGroupWord(m mention) bool {
	return m.kind == kindGroup && m.noun == nounDemonym
}

// placeTail: is seg one or two capitalised words after a segment that
// ends in a place named after a preposition ("in Columbus", "Ohio")?
func placeTail(seg, prev string) bool {
	ts, ps := tokens(seg), tokens(prev)
	if len(ts) == 0 || len(ts) > 2 || len(ps) < 2 {
		return false
	}
	for _, t := range ts {
		if !isCapWord(t.w) {
			return false
		}
	}
	last, before := ps[len(ps)-1].w, bare(ps[len(ps)-2].w)
	return isCapWord(last) && (before == "in" || before == "at" || before == "from" || before == "near")
}

// subordinate: does a clause opening with w depend on another (`when he
// said`), so that its subject is not the quote's speaker?
func subordinate(w string) bool { return subordinators[bare(w)] }

var subordinators = toSet("when as after before because while since if that which who whom where though although until unless")

// adverbialOpens: does segment seg open with a subordinator of an
// adverbial clause ("although", "while"; not a relative pronoun: "who"),
// or with "and" or "but", a clause of its own?
func adverbialOpens(seg string) bool {
	f := bare(firstWord(strings.TrimSpace(seg)))
	return subordinators[f] && f != "who" && f != "whom" && f != "which" && f != "that" || f == "and" || f == "but" // (or a clause joined: "..., and the board said")
}

// clauseOpeners start a clause inside a comma segment; the subject of a
// verb is after the last of them.
var clauseOpeners = toSet("that and but while because as since when if after before so though although where")

// lastSegment is the part of a comma segment after its last clause opener
// ("and" in "the vote and Kay Lund").
// subjectlessRelative: is ts[i] "that" opening a relative clause with no
// subject of its own about the noun before it ("the jury that convicted
// ...": a verb in the past follows)?
func subjectlessRelative(ts []tok, i int) bool {
	if i < 1 || i+1 >= len(ts) || bare(ts[i].w) != "that" || isCapWord(ts[i-1].w) || !determinerBefore(ts, i-1) {
		return false
	}
	n := ts[i+1].w
	return n == bare(n) && (pastVerbs[n] || len(n) > 4 && strings.HasSuffix(n, "ed"))
}

// determinerBefore: is ts[k], a lower-case word, the head of a noun
// phrase a determiner opens within three words ("the jury", "the
// county's grand jury")?
func determinerBefore(ts []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if determiners[bare(ts[j].w)] {
			return true
		}
		if isCapWord(ts[j].w) || isSpeechVerb(ts[j].w) {
			return false
		}
	}
	return false
}

func lastSegment(seg string) string {
	// an aside between two dashes right before the verb is the name's:
	// "Ivo Pap - then an adviser to Ada Moss - told"
	t := strings.TrimSpace(seg)
	for _, d := range []string{"\u2015", "\u2014", " \u2013", " --", " -"} {
		if body, ok := strings.CutSuffix(t, d); ok {
			inner := strings.TrimPrefix(d, " ") + " "
			if d == "\u2015" || d == "\u2014" {
				inner = d
			} else {
				inner = " " + inner
			}
			if j := strings.LastIndex(body, inner); j >= 0 {
				return body[:j]
			}
			break
		}
	}
	// a dash sets off an aside: the clause goes on after it
	for _, d := range []string{"\u2015", "\u2014", " \u2013 ", " -- ", " - "} {
		if i := strings.LastIndex(seg, d); i >= 0 && strings.TrimSpace(seg[i+len(d):]) != "" {
			seg = seg[i+len(d):]
		}
	}
	ts := tokens(seg)
	for i := len(ts) - 2; i >= 0; i-- {
		if clauseOpeners[bare(ts[i].w)] && !andInBody(ts, i) {
			if subjectlessRelative(ts, i) {
				continue // "the jury that found Ivo Pap guilty said": a clause about the noun before it, with no subject of its own
			}
			return seg[ts[i+1].start:]
		}
	}
	return seg
}

// andJoinsBody: does an "and" between the words of run and those of next
// join one body's name ("Department of Trade" and "Harbours said",
// "Finance" and "Ferries Ministry said")? The callers pass a few words
// either side only, so that a long line or run is not read again at
// each "and".
func andJoinsBody(run, next []string) bool {
	n := 0
	for n < len(next) && n < 6 && isCapWord(next[n]) && !strings.ContainsAny(next[n], ".,;:()") {
		n++
	}
	if n == 0 || isFirstName(strings.ToLower(next[0])) && !(n >= 2 && orgWords[strings.ToLower(next[n-1])] && len(run) > 0 && !orgWords[strings.ToLower(run[len(run)-1])]) || isOutletName(strings.Join(next[:n], " ")) {
		return false // (not "the Kells Times and Harbour Times"; but "Dunmore and Ada Council", a body of two places, one a first name)
	}
	if k := len(run); k >= 2 && !orgWords[strings.ToLower(run[k-1])] && isFirstName(strings.ToLower(run[k-2])) {
		return false // "Mayor Ada Moss and City Council member Ivo Pap": a person, then another
	}
	if k := len(run); k >= 4 && titleWords[strings.ToLower(run[k-3])] && !nonOfficeTitles[strings.ToLower(run[k-3])] && isCapWord(run[k-2]) && !orgWords[strings.ToLower(run[k-1])] && !titleWords[strings.ToLower(run[k-2])] {
		return false // "Bank of Kells Governor Tiff Quist and Deputy Governor Ada Moss": a titled name whose first name the lexicon lacks
	}
	if portfolioPair(run, next[:n]) {
		return true // "Trade and Ports Minister Ivo Pap": one post's portfolio
	}
	last := next[n-1]
	if n >= 2 && isAcronym(last) {
		last = next[n-2] // "Curriculum Authority (KQCA)", its parentheses gone
	}
	return bodyOf(run) || orgWords[strings.ToLower(last)]
}

// portfolioPair: do the common words that end run and the common words
// that open next, a title word after them, name one post's portfolio
// ("Trade" and "Ports Minister Ivo Pap")? No title word before the "and",
// no name on either side of it ("Pap and Deputy Minister Ada Moss" are two).
func portfolioPair(run, next []string) bool {
	if len(run) == 0 {
		return false
	}
	portfolio := func(w string) bool {
		lw := strings.ToLower(w)
		return isCapWord(w) && isEnglishCommon(lw) && !titleWords[lw] && !isFirstName(lw) && !parties[lw] && !sentenceOpeners[lw]
	}
	if !portfolio(run[len(run)-1]) {
		return false
	}
	for t, w := range next {
		if titleWords[strings.ToLower(w)] {
			return t > 0
		}
		if !portfolio(w) {
			return false
		}
	}
	return false
}

// boundedFields are the words of the 120 bytes that open s (start) or
// end it, for a reading of a few words around a point in a long text.
func boundedFields(s string, start bool) []string {
	if len(s) > 120 {
		if start {
			s = s[:120]
		} else {
			s = s[len(s)-120:]
		}
	}
	return strings.Fields(s)
}

// andInBody: is ts[i] an "and" inside a body's name ("the Department of
// Trade and Harbours", "the Finance and Ferries Ministry"), no clause's?
func andInBody(ts []tok, i int) bool {
	if ts[i].w != "and" || i == 0 || i+1 >= len(ts) || !isCapWord(ts[i-1].w) || !isCapWord(ts[i+1].w) {
		return false
	}
	// (a few words either side: a body's name is short, and a long run of
	// capitals and "and"s must not make each "and" read all of it)
	j := i
	for j > 0 && i-j < 8 && (isCapWord(ts[j-1].w) || (ts[j-1].w == "of" || ts[j-1].w == "for") && j > 1) {
		j--
	}
	var before, after []string
	for _, t := range ts[j:i] {
		before = append(before, t.w)
	}
	if portfolioOpen(before) {
		return true // "Minister for Ferries and Ports Ivo Pap": the portfolio's "and"
	}
	for _, t := range ts[i+1 : min(len(ts), i+8)] {
		after = append(after, t.w)
	}
	return andJoinsBody(before, after)
}

// portfolioOpen: do words end in a title's portfolio, "for" or "of" after
// a title word then capitalised words only ("Minister for Ferries")?
func portfolioOpen(words []string) bool {
	for m := len(words) - 2; m >= 1; m-- {
		if !isCapWord(words[m+1]) {
			return false
		}
		if words[m] == "for" || words[m] == "of" {
			lt := strings.ToLower(words[m-1])
			return titleWords[lt] && !spokesNouns[lt]
		}
	}
	return false
}

// nameAfterRole: do the words of a role hold a name after them, not in a
// phrase with of, for or at ("elections chief Ivo Pap", not "head of
// Ferry Policy")?
func nameAfterRole(ts []tok) bool {
	for j := 1; j < len(ts); j++ {
		if isCapWord(ts[j].w) && !isCapWord(ts[j-1].w) && !prepositions[bare(ts[j-1].w)] && !determiners[bare(ts[j-1].w)] && bare(ts[j-1].w) != "and" {
			return true
		}
	}
	return false
}

// relativeClause: does seg open with who, which or whose, a clause about
// the name before it that names no subject of the verb after?
func relativeClause(seg string) bool {
	ts := tokens(seg)
	if len(ts) == 0 || isCapWord(ts[0].w) {
		return false
	}
	f := bare(ts[0].w)
	return f == "who" || f == "which" || f == "whose"
}

// opensWithTitle: does seg open with a title word ("MP for Dunmore")?
func opensWithTitle(seg string) bool {
	ts := tokens(seg)
	return len(ts) > 0 && titleWords[strings.TrimSuffix(bare(ts[0].w), ".")]
}

func isAppositive(seg string) bool {
	ts := tokens(seg)
	if len(ts) == 0 {
		return false
	}
	f := bare(ts[0].w)
	for i := 0; i < len(ts)-1 && i < 4 && isCapWord(ts[i].w); i++ {
		if isPossessive(strings.TrimRight(ts[i].w, ",")) {
			if !isCapWord(ts[i+1].w) && (i == 0 || !nameAfterRole(ts[i+1:])) {
				return true // "Lee's campaign manager", "Quist Aid's head of Ferry Policy"
			}
			break
		}
	}
	if len(ts) > 1 && !isCapWord(ts[1].w) && (isAcronym(trimBare(ts[0].w)) || isAdjective(bare(ts[0].w)) || placeKind([]string{bare(ts[0].w)}) != "") {
		return true // "UK fares director of Quistware", "Welsh finance minister"
	}
	if n := len(ts); n > 1 {
		// "Quist Research analyst": a body's name and an occupation
		if l := bare(ts[n-1].w); !isCapWord(ts[n-1].w) && (occupations[l] || titleWords[l] || roleNouns[l] || sourceNouns[l]) && (capsBefore(ts[:n-1]) || bodyThenLower(ts[:n-1])) {
			return true // (and "Quist union regional officer": the body's name, then its words in lower case)
		}
	}
	if titleCaseRole(ts) {
		return true // "Conservation Program Manager", "Sr. Otter Keeper at the aquarium"
	}
	return f == "a" || f == "an" || f == "the" || f == "who" || !isCapWord(ts[0].w) // "Former Gov. X" opens a name
}

// titleCaseRole: do ts open with a job's title in capitals, two words or
// more ending in a role's word, no first name first ("Conservation
// Program Manager", "Sr. Otter Keeper at the aquarium"), the words after it
// in lower case?
func titleCaseRole(ts []tok) bool {
	n := 0
	for n < len(ts) && isCapWord(ts[n].w) {
		n++
	}
	if n < 2 || n > 5 || isFirstName(bare(ts[0].w)) {
		return false
	}
	for _, t := range ts[n:] {
		if isCapWord(t.w) {
			return false
		}
	}
	l := bare(ts[n-1].w)
	return occupations[l] || titleWords[l] || roleNouns[l] || sourceNouns[l]
}

// portfolioAppositive: does seg read as a post and its portfolio, in
// capitals and naming no one ("Head of Harbours in Kells Council",
// "Cabinet Member for the Environment"), as an appositive after a name
// sets them out? A first name in it ("Head of Harbours Ada Moss") makes it
// a title before a name instead.
func portfolioAppositive(seg string) bool {
	ts := tokens(seg)
	i := 0
	role := false
	for i < len(ts) && i < 3 && isCapWord(ts[i].w) && !strings.ContainsAny(ts[i].w, ",;:") {
		lw := strings.ToLower(ts[i].w)
		role = role || lw == "head" || titleWords[lw] || roleNouns[lw] || occupations[lw]
		i++
	}
	if !role || i == 0 || i+1 >= len(ts) || ts[i].w != "of" && ts[i].w != "for" || !isCapWord(ts[i+1].w) && ts[i+1].w != "the" {
		return false
	}
	for _, t := range ts[i+1:] {
		if lw := strings.ToLower(bare(t.w)); isCapWord(t.w) && isFirstName(lw) && !isEnglishCommon(lw) {
			return false
		}
	}
	return true
}

// capsBefore: are all of ts capitalised words?
// bodyThenLower: are ts a body's name in capitals, one word to three,
// then two to four words in lower case, none a pronoun or a verb's
// sign ("Quist union regional", "Kells Ferries chief")?
func bodyThenLower(ts []tok) bool {
	k := 0
	for k < len(ts) && k < 3 && isCapWord(ts[k].w) && !strings.ContainsAny(ts[k].w, ",;:") {
		k++
	}
	if k == 0 || len(ts)-k < 1 || len(ts)-k > 4 {
		return false
	}
	for _, t := range ts[k:] {
		if lw := bare(t.w); !isLowerWord(t.w) || pronouns[lw] != "" || lw == "who" || lw == "and" || lw == "of" || strings.HasSuffix(lw, "ed") { // (not "(KNA)", the body's initials)
			return false
		}
	}
	return true
}

func capsBefore(ts []tok) bool {
	for _, t := range ts {
		if !isCapWord(t.w) {
			return false
		}
	}
	return true
}

// firstPerson returns the first person named in s (the subject of a
// sentence that opens with an adverbial), else the first organisation.
func firstPerson(s string, known []string) mention {
	var org, object mention
	for _, loc := range capRuns(s) {
		words := strings.Fields(strings.TrimRight(s[loc[0]:loc[1]], " ,;:"))
		inPP := afterPreposition(s[:loc[0]])
		for len(words) > 0 && capStopwords[strings.ToLower(words[0])] && !acronymTitle(words) {
			words = words[1:]
		}
		if len(words) == 0 || words[0] == quoteToken {
			continue
		}
		if isPossessive(words[len(words)-1]) {
			continue // a possessive names whose, not who: "Okafor's campaign manager X"
		}
		if thingFollows(s[loc[1]:]) {
			continue // "the Talk Time program": a thing's name
		}
		m := runMention(capRun{words: words}, known)
		if inPP {
			// "Here in Millbrook, Lee ...": a preposition's object is not
			// the subject, unless no other person is named
			if object.kind == "" && m.kind == attrib.KindPerson {
				object = m
			}
			continue
		}
		if m.kind == attrib.KindPerson {
			return m
		}
		if org.kind == "" && m.kind == attrib.KindOrganization {
			org = m
		}
	}
	if object.kind != "" {
		return object
	}
	return org
}

// opensWithPreposition: does a clause's first comma segment open with a
// preposition ("On a call with ...", "At a rally in ...")?
func opensWithPreposition(seg string) bool {
	return prepositionOpens(tokens(seg))
}

// prepositionOpens: do ts open with a preposition, a word after it
// (not "according")?
func prepositionOpens(ts []tok) bool {
	return len(ts) > 1 && prepositions[bare(ts[0].w)] && bare(ts[0].w) != "according"
}

// adverbialSegment: does seg, its conjunction or adverb aside, open with
// a preposition ("And in Kells")?
func adverbialSegment(seg string) bool {
	ts := tokens(seg)
	for len(ts) > 1 && (adverbOpeners[bare(ts[0].w)] || sentenceConjunctions[ts[0].w] || bare(ts[0].w) == "and") {
		ts = ts[1:]
	}
	return prepositionOpens(ts)
}

// participleOpens: does seg open with a participle capitalised at the
// sentence's start and followed by its object ("Fielding questions at the
// Kells ground, the Dutchman said")? The segment is then an adverbial, not
// a name and a clause: its capital word is no surname.
func participleOpens(seg string) bool {
	ts := tokens(seg)
	if len(ts) < 2 || !isCapWord(ts[0].w) || isCapWord(ts[1].w) {
		return false
	}
	lw, next := strings.ToLower(bare(ts[0].w)), bare(ts[1].w)
	return len(lw) > 5 && strings.HasSuffix(lw, "ing") && !auxiliaries[next] && !pastVerbs[next] && !strings.HasSuffix(next, "ed") && !saysTold[next] && next != "and" && next != "or"
}

// placeAt: is m, a name after the words pre, a place ("at Old Kells",
// "at Green Harbour"): after "at", with no first name or title, its
// first word an English one?
func placeAt(pre string, m mention) bool {
	if m.kind != attrib.KindPerson || len(m.titles) != 0 {
		return false
	}
	if t := strings.TrimRight(pre, " "); strings.HasSuffix(t, " of") && placeNouns[strings.ToLower(lastWord(t[:len(t)-3]))] {
		return true // "the northern province of Kellsia": a place
	}
	if lastWords(pre, 1) != "at" {
		return false
	}
	lf := strings.ToLower(strings.Fields(m.name)[0])
	return !isFirstName(lf) && isEnglishCommon(lf)
}

// digitWord: does a word of name hold a digit ("S6", "8")? Then it names
// a product or a model, never a person.
func digitWord(name string) bool {
	return strings.ContainsAny(name, "0123456789")
}

// placeNouns, with "of" after them, name a place ("the province of
// Kellsia", "the town of Dunmore").
var placeNouns = toSet("province state city town village region district county island islands republic kingdom port suburb borough parish emirate")

// saysTold: the speech verbs of a surname ending in -ing that opens a
// sentence ("Manning said", "Fielding told").
var saysTold = toSet("says said tells told")

// afterPreposition: do the words before a name end in a preposition
// ("in", "at")?
func afterPreposition(before string) bool {
	ts := tokens(before)
	if len(ts) == 0 {
		return false
	}
	w := ts[len(ts)-1].w
	b := bare(w)
	// "with Sen. Lee telling reporters": the participle's subject
	return prepositions[b] && b != "with" && !isCapWord(w)
}

// viaIn finds the outlet an attribution clause names as the channel.
func viaIn(clause string, known []string) string {
	for _, mm := range reAccordingTo.FindAllStringSubmatch(clause, -1) {
		if name, _, _, ok := bestOutlet(strings.TrimSpace(mm[1]), known); ok {
			return name
		}
		if name, ok := outletName(mm[1], known); ok {
			return name
		}
	}
	ts := tokens(clause)
	for _, t := range ts {
		if b := bare(t.w); b == "told" || b == "tells" || b == "telling" {
			if mm := reToldObj.FindStringSubmatch(clause[t.start:]); mm != nil {
				if name, _, _, ok := bestOutlet(mm[1], known); ok {
					return name
				}
			}
		}
	}
	if mm := reViaPhrase.FindStringSubmatch(clause); mm != nil {
		if name, _, _, ok := bestOutlet(mm[1], known); ok {
			return name
		}
	}
	for _, re := range []guarded{reOutletNoun, rePerOutlet} {
		// `," she said in a CNN interview`, `," she said, per Bloomberg`
		if mm := re.FindStringSubmatch(clause); mm != nil {
			if name, _, _, ok := bestOutlet(mm[re.SubexpIndex("o")], known); ok {
				return name
			}
		}
	}
	return ""
}

// cueAt names the cue at token v: the verb, with its object for "told"
// ("told reporters") and "in a statement" when it follows.
func cueAt(ts []tok, v int, clause string) string {
	cue := bare(ts[v].w)
	rest := clause[ts[v].end:]
	if phrasalVerbAt(ts, v) {
		cue += " " + bare(ts[v+1].w)
		rest = clause[ts[v+1].end:]
	}
	if cue == "told" || cue == "tells" {
		if mm := reToldObj.FindStringSubmatch(clause[ts[v].start:]); mm != nil {
			obj := strings.Fields(mm[1])
			if len(obj) > 0 && !isCapWord(obj[0]) && obj[0] != "the" {
				obj = obj[:1] // "told reporters"
				if determiners[obj[0]] {
					obj = nil // "told a radio host"
				}
			}
			if len(obj) > 0 {
				cue += " " + strings.TrimRight(strings.Join(obj, " "), ",.;:")
			}
		}
	} else if strings.HasPrefix(strings.TrimSpace(rest), "in a statement") {
		cue += " in a statement"
	}
	if v > 0 && bare(ts[v-1].w) == "also" {
		cue = "also " + cue
	}
	return cue
}

// sentenceFinalTag: is ats[v], in after (the text after a quotation),
// the verb of a tag that closes the sentence after a comma, no verb
// between the quotation and that comma (`"real talks" over the port,
// Foreign Minister Ivo Pap said after the talks.`)? Such a tag frames all
// the sentence before it, a verb before the quotation included.
func sentenceFinalTag(after string, ats []tok, v int) bool {
	switch bare(ats[v].w) {
	case "said", "says", "told":
	default:
		return false
	}
	pre := after[:ats[v].start]
	k := strings.LastIndexByte(pre, ',')
	if k < 0 || findVerb(tokens(pre[:k]), false) >= 0 || strings.Contains(pre[:k], quoteToken) {
		return false
	}
	rest := after[ats[v].end:]
	if e := strings.IndexAny(rest, ".;"); e >= 0 {
		rest = rest[:e]
	}
	if strings.Contains(rest, quoteToken) || strings.Contains(rest, ",") {
		return false
	}
	// nothing after the verb but where, when, to whom: no clause of its
	// own (`, he said there was no case`)
	rts := tokens(rest)
	return len(rts) == 0 || len(rts) <= 8 && (prepositions[bare(rts[0].w)] || weekdaysMonths[bare(rts[0].w)] || bare(rts[0].w) == "reporters")
}

// attribute reads one quote's sentence. before and after are the sentence's
// words before the opening and after the closing mark, other quotes
// replaced by QUOTE.
func attribute(before, after string, qtext string, known []string) attribution {
	var a attribution
	// `"..." ― Name`: a dash and a name closing the paragraph (a list of
	// voices, an epigraph)
	if mm := reDashName.FindStringSubmatch(after); mm != nil {
		if m := parseNP(mm[1], known); namesSpeaker(m) {
			a.m, a.cue, a.explicit = m, "dash", true
			a.rule = "dash-name"
			return a
		}
	}
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(leadPunct, r) {
		after = reLeadPunct.ReplaceAllString(after, "")
	}
	ats := tokens(after)
	bts := tokens(before)

	// `"...," the Kells manager is quoted as saying`, `"...," Reuters quoted
	// Ada Moss as saying`
	if m, via := quotedAsSaying(after, known); m.kind != "" {
		a.m, a.cue, a.explicit, a.via = m, "quoted as saying", true, via
		a.rule = "tag-after-subject-verb"
		return a
	}

	// `"...?", Ivo Pap was heard asking the boy`: the one heard or
	// filmed saying it
	if mm := reHeardSaying.FindStringSubmatch(after); mm != nil {
		if m := parseNP(mm[1], known); m.kind == attrib.KindPerson || m.kind == kindRole || m.kind == "pronoun" {
			a.m, a.cue, a.explicit = m, mm[2], true
			a.rule = "tag-after-subject-verb"
			return a
		}
	}

	// `"...," read a text message from Ada Moss to the mayor`: the
	// writer of what the quote is read from
	if mm := reReadFrom.FindStringSubmatch(after); mm != nil {
		if m := parseNP(cutNP(mm[1]), known); m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
			a.m, a.cue, a.explicit = m, "read", true
			a.rule = "tag-after-verb-first"
			a.via = viaIn(after, known)
			return a
		}
	}

	if mm := reOwnersMessage.FindStringSubmatch(after); mm != nil {
		// `"...," Ada Moss' message, shared with Kells Radio, read in
		// part`: the one whose message it is
		if m := parseNP(mm[1], known); m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
			a.m, a.cue, a.explicit = m, mm[2], true
			a.rule = "tag-after-subject-verb"
			a.via = viaIn(after, known)
			return a
		}
	}

	if mm := reStatementRead.FindStringSubmatch(after); mm != nil {
		a.m, a.cue, a.explicit = mention{kind: "noun", noun: mm[1], definite: true}, "read", true
		a.rule = "tag-after-subject-verb"
		return a
	}

	// 1. a tag right after the quote: `," said X` or `," X said`
	if v := findVerb(ats, false); v >= 0 && !introducesNext(after, ats, v, qtext) {
		if (v == 0 || (v == 1 && bare(ats[0].w) == "also")) && !(v+1 < len(ats) && subordinate(ats[v+1].w)) {
			// (not `the poster's "false claims" suggests that Kells ...`: a
			// verb with a clause after it is no tag put first)
			rest := after[ats[v].end:]
			chunk := cutNP(rest)
			m := monthAsFirstName(parseNP(chunk, known), firstWord(chunk))
			if m.kind != attrib.KindPerson && m.kind != "pronoun" {
				// `," said the ferry's captain, Ivo Pap.`: the name after the
				// description
				if i := strings.Index(rest, chunk); i >= 0 {
					if tail := strings.TrimLeft(rest[i+len(chunk):], " "); strings.HasPrefix(tail, ",") {
						if mm := reGaveName.FindStringSubmatch(tail); mm != nil {
							// `," said a woman in Kells, who gave her name as Ada
							// Moss.`: the name she gave
							if n := parseNP(strings.TrimSpace(mm[1]), known); n.kind == attrib.KindPerson {
								m = n
							}
						} else if n := parseNP(cutNP(tail[1:]), known); n.kind == attrib.KindPerson && (countFieldsTo(n.name, 1) > 1 || m.ownerKind == "pronoun" && isFirstName(strings.ToLower(n.name))) { // (a relative by first name: "said his wife, Ada")
							n.titles = append(n.titles, cleanTitle(chunk))
							m = n
						}
					}
				}
			}
			if m.kind == "" {
				m = describedPerson(chunk) // `," said one musician.`
			}
			if m.kind == "" && definiteDescription(chunk) {
				a.described, a.describedMany = true, pluralDescription(chunk)
			}
			if m.kind != "" {
				a.m, a.cue, a.explicit = m, cueAt(ats, v, after), true
				a.rule = "tag-after-verb-first"
				a.via = viaIn(after, known)
				return a
			}
		}
		if c := bare(ats[0].w); v <= 12 && !subordinate(ats[0].w) && !((c == "and" || c == "but" || coordinatedAfterComma(ats[:v])) && strings.Contains(after[ats[v].end:], quoteToken)) && !strings.Contains(after[:ats[v].start], ";") && !(v > 1 && prepositions[c] && (ats[v-1].w == "and" || ats[v-1].w == "but")) && !(c == "but" && findVerb(bts, true) >= 0) {
			// (nor `Ivo Pap told a host he was "...," but his aide said`:
			// a clause of its own against the quote's tag before it)
			// (nor `" for Kells and conceded`: a phrase, then a verb
			// joined to the clause before the quote, whose subject it is)
			// (not `"..." and Ada Moss says it is "..."`: a clause of its
			// own, with its own quote; nor `"..." last year; Ada Moss
			// said`: a semicolon opens a clause of its own)
			m := invertedName(after, ats, v, known) // `"..." and the fares rise, said Ada Moss, a pilot.`
			if m.kind == "" {
				m = subjectBefore(after[:ats[v].start], known)
				if m.kind == "" && definiteDescription(after[:ats[v].start]) {
					a.described, a.describedMany = true, pluralDescription(after[:ats[v].start])
				}
			}
			if m.kind != "" && (v <= 4 || !hasVerbBefore(before) || sentenceFinalTag(after, ats, v)) {
				a.m, a.cue, a.explicit = m, cueAt(ats, v, after), true
				a.rule = "tag-after-subject-verb"
				a.via = viaIn(after, known)
				return a
			}
		}
	}
	// `," according to X.`
	if mm := reAccordingTo.FindStringSubmatchIndex(after); mm != nil && mm[0] <= 2 {
		np := after[mm[2]:mm[3]]
		if _, ok := outletName(np, known); !ok {
			if m := parseNP(np, known); m.kind != "" {
				a.m, a.cue, a.explicit = m, "according to", true
				a.rule = "according-to-after"
				// `," according to Ada Moss, the Kells Courier writes.`:
				// the paper that quotes her is the quote's via
				if mo := reOutletWrites.FindStringSubmatch(after[mm[3]:]); mo != nil {
					if name, _, _, ok := bestOutlet(mo[1], known); ok {
						a.via = name
					}
				}
				return a
			}
		}
	}
	// `"...," Kells council press secretary Ada Moss.`: a name alone after
	// the quote, its verb left out
	if m := nameAlone(after, ats, known); m.kind != "" && strings.TrimSpace(before) == "" && (strings.HasSuffix(strings.TrimSpace(qtext), ",") || strings.HasPrefix(strings.TrimSpace(after), ",")) {
		// (the quote opens the sentence and a comma ends it: not `Then he
		// turned to "little" Ivo Pap.`)
		a.m, a.explicit = m, true
		a.rule = "name-after"
		return a
	}
	// 2a. an inverted tag opening the clause: `Said Jo Lee, a neighbour, "`
	if len(bts) > 1 && speechVerbs[bare(bts[0].w)] && isCapWord(bts[0].w) && !prepositions[bare(bts[1].w)] && !subordinate(bts[1].w) && bare(bts[0].w) != "asked" { // not "Asked by X whether ..., Y said"
		if m := parseNP(cutNP(before[bts[0].end:]), known); namesSpeaker(m) {
			a.m, a.cue, a.explicit = m, bare(bts[0].w), true
			a.rule = "inverted-tag-before"
			return a
		}
	}
	// `was branded a "..." by the Harbour Council`, `was decried by the
	// Tories as "..."`: the passive's agent
	if m := passiveAgent(bts, after, ats, known); m.kind != "" {
		a.m, a.explicit = m, true
		a.cue = "by"
		a.rule = "passive-agent"
		return a
	}
	if m := passiveAgentBefore(before, bts, known); m.kind != "" {
		a.m, a.explicit = m, true
		a.cue = "by"
		a.rule = "passive-agent"
		return a
	}
	// 2. a tag before the quote: `X said: "`, `X told reporters that the department "`
	// the verb nearest the quote first; when its subject names nobody
	// ("protests demands that"), an earlier one in the clause
	for v, tries := findVerb(bts, true), 0; v >= 0 && tries < 3; v, tries = findVerb(bts[:v], true), tries+1 {
		w := bare(bts[v].w)
		if passiveAt(bts, v) {
			continue // "Ivo Pap was criticised after ...": the subject of a passive says nothing
		}
		var m mention
		if participleVerbs[w] {
			// "shown an email from Ms Moss asking": the writer of what
			// the participle quotes
			if mm := reWrittenFrom.FindStringSubmatch(before[max(0, bts[v].start-80):bts[v].start]); mm != nil {
				if n := parseNP(mm[1], known); n.kind == attrib.KindPerson || n.kind == attrib.KindOrganization {
					m = n
				}
			}
		}
		if participleVerbs[w] && m.kind == "" && withUnnamed(bts, v) {
			// "..., with a man at the back calling him a": the
			// participle's subject, someone unnamed
			a.m, a.cue, a.explicit = mention{kind: "noun", noun: "one", unnamed: true}, w, true
			a.rule = "tag-before"
			return a
		}
		if participleVerbs[w] && m.kind == "" {
			// "..., and Ada Moss calling it a": a name right before the
			// participle is its subject
			if n := absoluteSubject(before, bts, v, known); n.kind != "" {
				m = n
			}
			// else the subject of the main clause: of a finite verb before the
			// participle if there is one, else the first person named
			if f := findVerb(bts[:v], true); m.kind == "" && f >= 0 && !participleVerbs[bare(bts[f].w)] {
				m = subjectBefore(before[:bts[f].start], known)
			} else if f < 0 && m.kind == "" {
				// `X said the plan was a "..." for the island, adding:`:
				// the main clause's verb stands before another quotation;
				// its subject when a name (a pronoun there may mean
				// someone else than the sentence's subject)
				if f = finiteVerbAcross(bts[:v]); f >= 0 {
					if n := subjectBefore(before[:bts[f].start], known); n.kind != "pronoun" {
						m = n
					}
				}
			}
			if m.kind == "" {
				// "The mayor left no doubt of his support for Ada Moss,
				// saying": the clause's subject, a description too
				subj := sentenceSubject(before[:bts[v].start], known)
				if subj.kind == "pronoun" && subj.gender == "o" {
					// "It came after Ivo Pap, a clerk, resigned saying": the
					// subordinate clause's subject, not the empty "it"
					if sub := subordinateSubject(before, bts[:v], known); sub.kind != "" {
						subj = sub
					}
				}
				if subj.kind == "" {
					subj = sourceOpens(before[:bts[v].start], known) // "The spokesman touted the plan, saying"
				}
				if subj.kind == kindRole || subj.kind == "pronoun" || subj.kind == attrib.KindPerson || subj.kind == "noun" && sourceNouns[subj.noun] {
					m = subj
				} else if pm := partyOpens(before[:bts[v].start], known); pm.kind != "" && !strings.Contains(firstPerson(before[:bts[v].start], known).name, " ") {
					m = pm // "Labor has released ads, calling on voters to" (not "The Greens chimed in, with Ada Moss asking")
				} else if d := bodyOpens(before[:bts[v].start], known); d.kind != "" {
					m = d // "The company would not comment, then issued a statement saying"
				}
			}
			if m.kind == "" {
				// "While she ..., Ivo Pap, she appealed to them by calling
				// him": the subject right before the nearest verb of the
				// clause, a pronoun that is someone's too
				if j := nearestClauseVerb(bts[:v]); j > 0 {
					k := j - 1
					for k > 0 && modalWords[bare(bts[k].w)] {
						k-- // "he would again reaffirm"
					}
					comma := strings.HasSuffix(bts[v-1].w, ",") // (past the participle's comma: a pronoun only, "he would reaffirm ..., writing")
					if n := subjectBefore(before[:bts[j].start], known); n.kind == attrib.KindPerson && !comma || n.kind == "pronoun" && n.gender != "o" && strings.EqualFold(bts[k].w, n.name) {
						// (a pronoun of the sex of the first person the
						// clause names is that person's: "Ivo Pap decried
						// ..., and he foreshadowed ... by urging")
						if fp := firstPerson(before[:bts[v].start], known); n.kind == attrib.KindPerson || fp.kind != attrib.KindPerson || personGender(fp) != n.gender {
							m = n
						}
					}
				}
			}
			if m.kind == "" {
				if f := findVerb(bts[:v], true); f < 0 || !definiteDescription(lastSegment(before[:bts[f].start])) {
					// (not "The 29-year-old conceded ..., calling it":
					// someone the sentences before name, not a name in
					// the clause)
					m = firstPerson(before[:bts[v].start], known)
				}
			}
		} else if !participleVerbs[w] {
			m = subjectBefore(before[:bts[v].start], known)
			if n := invertedName(before, bts, v, known); n.kind != "" && !nameOpensQuote(before, n) {
				m = n // "The paradox, says Ivo Pap, a historian, is that"
			} else if v+2 < len(bts) && bts[v+1].w == "by" && askingVerbs[w] {
				// "Pap was asked by moderator Ada Moss whether": the agent
				if n := parseNP(cutNP(before[bts[v+1].end:]), known); n.kind == attrib.KindPerson {
					m = n
				}
			}
			if v > 1 && bts[v-1].w == "and" {
				// "when Pap knocked Moss on fares and called him": the
				// subject of the verb this one is joined to
				if c := coordinatedSubject(before, bts[:v-1], known); c.kind != "" {
					m = c
				}
			}
		}
		if m.kind != "" {
			if mm := reAccordingTo.FindStringSubmatch(before[bts[v].end:]); mm != nil {
				// `Ada Moss declared ... and, according to Capt. Ivo Pap,
				// "pretty much" wiped out`: the source nearer the quote
				if _, ok := outletName(mm[1], known); !ok {
					if n := parseNP(mm[1], known); n.kind == attrib.KindPerson {
						a.m, a.cue, a.explicit = n, "according to", true
						a.rule = "according-to-before"
						return a
					}
				}
			}
			a.m, a.cue, a.explicit = m, cueAt(bts, v, before), true
			a.rule = "tag-before"
			a.via = viaIn(before+" "+after, known)
			return a
		}
		if seg := before[:bts[v].start]; ownClause(seg[strings.LastIndexAny(seg, ",;")+1:]) {
			break // `..., while the Kells Courier's reviewer said`: its clause's subject names nobody; no earlier verb's
		}
	}
	if mm := reAccordingTo.FindStringSubmatch(before); mm != nil {
		if _, ok := outletName(mm[1], known); !ok {
			if m := parseNP(mm[1], known); m.kind != "" {
				a.m, a.cue, a.explicit = m, "according to", true
				a.rule = "according-to-before"
				return a
			}
		}
	}
	// 3. a tag later in the sentence: `... "walk-in" ..., according to X.`
	if mm := reAccordingTo.FindStringSubmatch(after); mm != nil && !strings.Contains(after, quoteToken) {
		if _, ok := outletName(mm[1], known); !ok {
			if m := parseNP(mm[1], known); namesSpeaker(m) {
				a.m, a.cue, a.explicit = m, "according to", true
				a.rule = "according-to-later"
				return a
			}
		}
	}
	v := findVerb(ats, false)
	if v < 0 && strings.Contains(after, quoteToken) {
		// `X should "..." and drop his "..." plan, Ada Moss has insisted.`:
		// the tag that ends the sentence, after its other quotes, is this
		// quote's too when no verb comes before them
		// (the quote runs on into the sentence, not into another quote,
		// and the verb ends it: not "..." "..." a new quote's, nor
		// `"..." ... after they reported she was ill`)
		if lv := findVerb(ats, true); lv >= 0 && len(ats)-lv <= 3 && len(ats) > 0 && ats[0].w != quoteToken {
			v = lv
		}
	}
	if v >= 0 {
		if m := invertedName(after, ats, v, known); m.kind != "" {
			// `"..." ..., said Brad Quist, a pollster.`
			a.m, a.cue, a.explicit = m, cueAt(ats, v, after), true
			a.rule = "tag-later"
			a.via = viaIn(after, known)
			return a
		}
		if m := subjectBefore(after[:ats[v].start], known); m.kind != "" && !passiveNoAgent(bts, after[:ats[v].start]) {
			// (not `Pap was labelled "a wrecker" after he called for
			// ...`: words a passive gave him, no one named)
			a.m, a.cue, a.explicit = m, cueAt(ats, v, after), true
			a.rule = "tag-later"
			a.via = viaIn(after, known)
			return a
		}
		// `... "will not hesitate" to act if the data suggests so, the
		// director-general said.`: the verb that ends the sentence, past
		// a clause's own ("suggests"), names the speaker
		if lv := findVerb(ats, true); lv > v && len(ats)-lv <= 2 && !strings.Contains(after, quoteToken) {
			if seg := after[:ats[lv].start]; strings.Contains(seg, ",") {
				if m := subjectBefore(seg[strings.LastIndexByte(seg, ',')+1:], known); m.kind != "" {
					a.m, a.cue, a.explicit = m, cueAt(ats, lv, after), true
					a.rule = "tag-later"
					a.via = viaIn(after, known)
					return a
				}
			}
		}
	}
	// 4. no cue in the sentence
	bt := strings.TrimSpace(before)
	if m := capsLabel(bt, known); m.kind != "" {
		// `PAP: "It was hard."`: a transcript's speaker label in capitals
		a.m, a.explicit = m, true
		a.rule = "label-before"
		return a
	}
	if m := labelBefore(bt, known); m.kind != "" {
		a.m, a.explicit = m, true
		a.rule = "label-before"
		return a
	}
	// `... it seems to be the part of Ada Moss's opinion: "`: the
	// owner of the writing the colon opens
	if strings.HasSuffix(bt, ":") {
		if mm := reOwnedWriting.FindStringSubmatch(bt); mm != nil {
			if m := parseNP(mm[1], known); m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
				a.m, a.explicit = m, true
				a.rule = "colon-after-name"
				return a
			}
		}
	}
	if bt != "" && hasVerbBefore(before) {
		// 5. no speech verb, but the sentence has a subject who does something
		// with the words: `X condemned the test as "..."`, `X urged them to "..."`
		// (not `X has been labelled "..."`, words a passive gave X, nor
		// `X heard a loud "..."`, a sound or words X perceived)
		if m := sentenceSubject(before, known); m.kind != "" && !passiveNoAgent(bts, after) && !perceivedBefore(bts) {
			a.m, a.explicit = m, true
			a.rule = "sentence-subject"
			return a
		}
		// "... doesn't surprise pollster Jo Lee: "..."": the person the colon
		// follows, when the clause has no subject to speak
		if c := strings.TrimSpace(before); strings.HasSuffix(c, ":") {
			c = strings.TrimSpace(strings.TrimSuffix(c, ":"))
			c = lastSegment(c[strings.LastIndex(c, ",")+1:])
			ts := tokens(c)
			for i := len(ts) - 2; i >= 0; i-- {
				if npStop[bare(ts[i].w)] && !isCapWord(ts[i].w) {
					c = c[ts[i+1].start:] // the words after the clause's verb
					break
				}
			}
			if m := parseNP(c, known); m.kind == attrib.KindPerson && strings.HasSuffix(c, lastWords(m.name, 1)) {
				a.m, a.explicit = m, true
				a.rule = "colon-after-name"
				return a
			}
		}
	}
	if bt == "" || !hasVerbBefore(before) {
		// the quote opens its sentence, or follows a bare subject (`Kim "expects..."`):
		// it continues the last speaker's words
		a.continues = true
		a.rule = "continues"
		if bt != "" {
			a.fallback = parseNP(bt, known)
		}
		return a
	}
	return a
}

// introducesNext: does the tag after a quote, at verb v of ats, open the
// next quote rather than close this one: `"...?" Ada Moss writes back,
// "..."` after a whole sentence, or `"...," Ada Moss said: "..."`? (A tag
// between two parts of one sentence, `"A," Ada Moss said, "b."`, is
// both parts'.)
func introducesNext(after string, ats []tok, v int, qtext string) bool {
	j := v + 1
	for j < len(ats) && j <= v+2 && !strings.ContainsAny(ats[j-1].w, ",:") && ats[j].w != quoteToken {
		j++ // "writes back", the name after an inverted verb
	}
	if j >= len(ats) || ats[j].w != quoteToken {
		return false
	}
	sep := ats[j-1].w
	if strings.HasSuffix(sep, ":") {
		return true
	}
	q := strings.TrimRight(qtext, " \u201d\"'")
	ends := q != "" && strings.ContainsAny(q[len(q)-1:], ".?!")
	// `." Ada Moss said, "...`; `." Some fishermen called it "...`: a
	// sentence of its own, whose verb takes the next quotation
	return ends && (strings.HasSuffix(sep, ",") || j > v+1 && !isCapWord(sep))
}

// definiteDescription: is np "the" and a noun for a person, lower-case
// words between ("the youngster", "the 44-year-old", "the veteran
// striker")?
func definiteDescription(np string) bool {
	ws := strings.Fields(strings.TrimRight(strings.TrimSpace(np), ".,;:"))
	if len(ws) < 2 || len(ws) > 4 || !strings.EqualFold(ws[0], "the") {
		return false
	}
	for _, w := range ws[1:] {
		if isCapWord(w) {
			return false
		}
	}
	h := bare(ws[len(ws)-1])
	return occupations[h] || describedOnly[h] || demonymPersons[h] || roleNouns[h] || sidePositions[h] || plainPersonNouns[h] || reAgeNoun.MatchString(h) ||
		pluralDescription(np)
}

// plainPersonNouns name someone by sex and age alone ("the man", "the
// teenager"): described, as an occupation is, not a title held.
var plainPersonNouns = toSet("man woman boy girl teenager youngster")

// describedOnly are nouns that describe someone after "the" ("the
// singer", "the star"), left out of occupations as surnames or first
// names ("Ada Singer", "Star Quist") are read there.
var describedOnly = wordLexicon("described-only")

// pluralDescription: does np end in the plural of one who does something
// ("the artists", "the judges", "the researchers")?
func pluralDescription(np string) bool {
	ws := strings.Fields(strings.TrimRight(strings.TrimSpace(np), ".,;:"))
	if len(ws) == 0 {
		return false
	}
	h := bare(ws[len(ws)-1])
	sing := strings.TrimSuffix(h, "s")
	return len(h) > 4 && sing != h && (occupations[sing] || titleWords[sing] && !titleModifiers[sing] || peopleWords[sing])
}

var reAgeNoun = rx(`^\d{1,3}-year-old$`)

// dottedInitials: is w letters each followed by a full stop but perhaps
// the last ("U.S", "U.K.", "D.C")?
func dottedInitials(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && !(w[i] >= 'A' && w[i] <= 'Z' || w[i] >= 'a' && w[i] <= 'z') || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// cutNP keeps the words of a name phrase after an inverted verb: up to the
// first comma, "according to" or a time or place adjunct.
func cutNP(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",;:.\u2014"); i >= 0 {
		// keep periods of initials and titles: cut at ". " followed by upper only
		if s[i] == '.' {
			j := i
			for j < len(s) {
				k := strings.IndexAny(s[j:], ",;:\u2014")
				p := strings.Index(s[j:], ". ")
				if k < 0 && p < 0 {
					j = len(s)
					break
				}
				if k >= 0 && (p < 0 || k < p) {
					j += k
					break
				}
				// a period: an abbreviation keeps going
				w := lastWords(s[:j+p], 1)
				if abbrevs[strings.ToLower(strings.TrimSuffix(w, "."))] || len(strings.TrimSuffix(w, ".")) == 1 || dottedInitials(w) {
					j += p + 2 // (and "U.S. District Judge Ivo Pap": initials with full stops)
					continue
				}
				j += p
				break
			}
			i = j
		}
		s = s[:min(i, len(s))]
	}
	if i := strings.Index(strings.ToLower(s), " according to"); i >= 0 {
		s = s[:i]
	}
	return s
}

var nonVerbs = toSet("the a an of to in on at for with by from and or but as that this these those its his her their our my your mr ms mrs dr")

// coordinatedAfterComma reports whether ts holds "and" or "but" right
// after a comma (`, for example, and Ada Moss vowed`): a new clause, not a
// subject joined by "and" (`Moss and Pap said`).
func coordinatedAfterComma(ts []tok) bool {
	for i := 1; i < len(ts); i++ {
		if c := bare(ts[i].w); (c == "and" || c == "but") && strings.HasSuffix(ts[i-1].w, ",") {
			return true
		}
	}
	return false
}

// nameAlone reads the words after a quote that end its sentence as a
// person's name, a title perhaps before it, and nothing else (`"...,"
// Kells council press secretary Ada Moss.`): a tag whose verb was left
// out. None when a verb or another clause is there.
func nameAlone(after string, ats []tok, known []string) mention {
	t := strings.TrimSpace(after)
	if len(ats) < 2 || len(ats) > 8 || !strings.HasSuffix(t, ".") && !signedWith(t) || strings.ContainsAny(strings.TrimSuffix(t, "."), ".;:!?\"()") {
		return mention{}
	}
	for _, tk := range ats {
		if w := bare(tk.w); tk.w == quoteToken || w != "" && strings.TrimRight(tk.w, ".,") == w && !titleWords[w] && !roleNouns[w] && !occupations[w] && !orgWords[w] && !bodyHeads[w] {
			return mention{} // a lower-case word other than a title's: a clause
		}
	}
	m := parseNP(t, known)
	if m.kind != attrib.KindPerson || !personNamed(m.name) && (strings.Contains(m.name, " ") || isEnglishCommon(strings.ToLower(m.name))) {
		return mention{} // (a surname alone the resolver may give in full: `"...," Quist Bank's Pap.`)
	}
	return m
}

// signedWith: does t, the words after a quote, end with a letter, no stop
// after them (the paragraph's end: a signature, not a sentence)?
func signedWith(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r)
}

// hasVerbBefore: does the text before a quote hold a clause (a verb), not
// just a name? A rough test: more than a name phrase's worth of words, or a
// lower-case word that is not a function word.
func hasVerbBefore(s string) bool {
	ts := tokens(s)
	if len(ts) == 0 {
		return false
	}
	lower := 0
	for _, t := range ts {
		b := bare(t.w)
		if t.w == quoteToken || b == "" {
			continue
		}
		if !isCapWord(t.w) && !nonVerbs[b] {
			lower++
		}
	}
	return lower > 0
}

// resolver turns mentions into canonical names within one article.
type resolver struct {
	lower    map[string]bool // words the article writes in lower case
	named    map[string]bool // words it capitalises after a lower-case word that ends no sentence (lower-cased)
	masked   string          // the article with its quotations masked, as lowerAndNamed read it
	text     string          // the article
	midSent  map[string]bool // writtenMidSentence's answers
	alone    map[string]bool // standsAlone's answers
	firms    *firmWords      // one-word names written as firms' (actsAsFirm)
	entities []entity
	outlets  []entity        // outlets named in the text, in order
	lone     []entity        // one-word persons' names, titled or not ("Mr Pap", "Pap"), in order
	towns    map[string]bool // places the article names with their state ("Kellsford, Ohio,")
	loneRead []loneReading   // what namedBefore read of each, once asked
	// establishedName's index (indexSurnames): each full name's first
	// mention, the full names of each surname in that order, the offsets
	// of each surname alone
	firstAt   map[string]int
	bySurname map[string][]string
	lonePos   map[string][]int
	peers     map[string]string // peerTitle's answers
	peerIn    map[string]bool   // the peer's titles the article writes (peerTitled)
	// fullNameBy's indexes (indexNames, addSpeaker): entities by
	// last and first word, and the speakers of each, in order
	entLast, entFirst map[string][]int
	entMid            map[string][]int // middle names of people of three names or more (middleNameOf)
	entNorm           map[string]int   // the first entity of each normalised name
	spkLast, spkFirst map[string][]int
	speakers          []entity          // speakers so far, most recent last
	spoken            map[string]bool   // their names
	sexes             map[string]string // the sex a speaker was last given (by a title, a first name, a "she said")
	how               string            // the step of the last resolve (for --explain)
	// unnamedLast: the last pronoun resolved stood for an unnamed source
	unnamedLast bool
}

// resolve returns the canonical name and kind for m at byte offset pos.
func (r *resolver) resolve(m mention, pos int) (string, string) {
	name, kind, how := r.resolveHow(m, pos)
	r.how = how
	return name, kind
}

// isOutletName: is name an outlet's name ("Harbour Times")?
func isOutletName(name string) bool {
	_, ok := outletName(name, nil)
	return ok
}

// names: does m resolve to a speaker at pos?
func (r *resolver) names(m mention, pos int) bool {
	name, _, _ := r.resolveHow(m, pos)
	return name != ""
}

// resolveHow is resolve, saying which step gave the name.
// fixedResolution: does resolveHow name m from the article's entities
// alone, never from who has spoken so far? A person's or an
// organisation's name of two words or more does, unless its first word is
// a common word that may have run into a surname; a mention of any other
// kind, or of one word, may read the speakers.
func fixedResolution(m mention) bool {
	if m.kind != attrib.KindPerson && m.kind != attrib.KindOrganization {
		return false
	}
	if m.many && m.kind == attrib.KindPerson {
		return true
	}
	words := strings.Fields(m.name)
	if len(words) < 2 {
		return false
	}
	return !wordRunIntoSurname(m, words)
}

// wordRunIntoSurname: is m's name of two words a common word, then
// perhaps a surname ("Storm Pap": a title's last word run into the
// surname of someone named in full)?
func wordRunIntoSurname(m mention, words []string) bool {
	f := strings.ToLower(words[0])
	return len(words) == 2 && isEnglishCommon(f) && !isFirstName(f) && !titled(m) && !isOutletName(m.name)
}

func (r *resolver) resolveHow(m mention, pos int) (string, string, string) {
	name, kind, how := r.resolveRaw(m, pos)
	if kind == attrib.KindPerson && strings.IndexByte(name, '.') > 0 {
		// "Ivo R.T. Pap" read back through a pronoun, where the article
		// first wrote "Ivo RT Pap": the name as first written, as a name
		// read itself keeps it
		r.indexNames()
		if i, ok := r.entNorm[attrib.NormName(name)]; ok && r.entities[i].kind == attrib.KindPerson {
			name = r.entities[i].name
		}
	}
	return name, kind, how
}

// resolveRaw is resolveHow before a person's name is given as first written.
func (r *resolver) resolveRaw(m mention, pos int) (string, string, string) {
	if m.kind == attrib.KindOrganization && len(m.titles) == 1 && m.titles[0] == "the" && acronymWord(m.name) {
		// "the OCPD said" after "Dunmore OCPD Ivo Pap": an office's
		// initials, held by the one the article titled so before
		near := r.entitiesBefore(pos)
		for i := near - 1; i >= max(0, near-nearEntities); i-- {
			if e := r.entities[i]; e.kind == attrib.KindPerson && len(e.fields) >= 2 && slices.ContainsFunc(e.titles, func(t string) bool { return lastWord(t) == m.name }) {
				return e.name, attrib.KindPerson, "role->person"
			}
		}
	}
	switch m.kind {
	case "pronoun":
		name, kind := r.pronoun(m, pos)
		if name == "" && r.unnamedLast {
			return "", "", "pronoun->unnamed-source"
		}
		return name, kind, "pronoun"
	case "noun":
		if m.definite && !m.many && roleNouns[m.noun] {
			// "the legislator said" after "QP legislator Ivo Pap": the one
			// person the article titled so
			if name := r.onlyTitledAs(m.noun, pos); name != "" {
				return name, attrib.KindPerson, "role->person"
			}
		}
		if outletNouns[m.noun] && m.definite {
			// "the newspaper reported": the outlet named last before
			for i := len(r.outlets) - 1; i >= 0; i-- {
				if r.outlets[i].pos < pos {
					return r.outlets[i].name, attrib.KindOrganization, "description->outlet"
				}
			}
			return "", "", "description-unresolved"
		}
		// "the department": the latest organisation whose name ends in the noun
		// (of the nearest entities before it: an article of thousands of
		// names must not make each description read them all)
		near := r.entitiesBefore(pos)
		bareNoun := "" // the noun alone as a name ("the Ministry said"), if nothing longer
		for i := near - 1; i >= max(0, near-nearEntities) && !m.unnamed; i-- {
			e := r.entities[i]
			if e.kind != attrib.KindOrganization {
				continue
			}
			ln := strings.ToLower(e.name)
			if ln == m.noun {
				if bareNoun == "" {
					bareNoun = e.name
				}
				continue
			}
			if strings.HasSuffix(ln, " "+m.noun) || strings.HasSuffix(ln, " "+m.noun+"s") && len(m.noun) > 3 || len(e.fields) > 2 && e.fields[0] == m.noun && e.fields[1] == "of" {
				// "the Kells Harbour Ministry", "the Ministry of Ferries"
				return e.name, e.kind, "description->organisation"
			}
		}
		if bareNoun != "" {
			return bareNoun, attrib.KindOrganization, "description->organisation"
		}
		if m.definite && describedBodyNouns[m.noun] {
			// "the thinktank said" after "the Kells Foundation thinktank",
			// "the regulator said" after "energy regulator Quistgas": the
			// body the article calls so, the latest
			if name := r.bodyCalled(m.noun, pos); name != "" {
				return name, attrib.KindOrganization, "description->organisation"
			}
		}
		if m.definite && (m.noun == "organisation" || m.noun == "organization") {
			// "the organisation said": the organisation named last before
			// (not an outlet, a party or a country)
			for i := near - 1; i >= max(0, near-nearEntities); i-- {
				if e := r.entities[i]; e.kind == attrib.KindOrganization && !isOutletName(e.name) && !isParty(mention{name: e.name, kind: e.kind}) && placeKind(e.fields) == "" {
					return e.name, e.kind, "description->organisation"
				}
			}
			// else a body's initials written alone ("The KHA has declared
			// ..."), the latest
			for i := len(r.lone) - 1; i >= 0; i-- {
				if l := r.lone[i]; l.pos < pos && isAcronym(l.name) && !isOutletName(l.name) && !isParty(mention{name: l.name, kind: attrib.KindOrganization}) && placeKind(l.fields) == "" {
					return l.name, attrib.KindOrganization, "description->organisation"
				}
			}
		}
		if m.definite && m.noun == "agency" {
			// "the agency stated" after "explained KASA": the public body
			// quoted last, by its initials or a name an agency's is (no
			// news agency, an outlet; not "a Kells Audit Office report
			// found", another body), else the body's initials written
			// last ("KASA has put off the launch")
			for i := len(r.speakers) - 1; i >= 0; i-- {
				if e := r.speakers[i]; e.pos < pos && e.kind == attrib.KindOrganization && (isAcronym(e.name) || agencyHeads[lastWord(strings.ToLower(e.name))]) && !isOutletName(e.name) && !isParty(mention{name: e.name, kind: e.kind}) && placeKind(e.fields) == "" {
					return e.name, e.kind, "description->organisation"
				}
			}
			for i := len(r.lone) - 1; i >= 0; i-- {
				if l := r.lone[i]; l.pos < pos && isAcronym(l.name) && !isOutletName(l.name) && !isParty(mention{name: l.name, kind: attrib.KindOrganization}) && placeKind(l.fields) == "" {
					return l.name, attrib.KindOrganization, "description->organisation"
				}
			}
		}
		if m.definite && companyNouns[m.noun] {
			// "the company said", "the firm added": the business named
			// last before, an organisation's name or a one-word name no
			// person in the article has ("Quistware reported a loss")
			if name, kind := r.businessBefore(pos); name != "" {
				return name, kind, "description->organisation"
			}
		}
		if (m.noun == "statement" || m.noun == "release") && (m.gender == "m" || m.gender == "f") && !m.definite {
			// "Her statement added:": hers, as "she added" is
			if name, kind := r.pronoun(mention{name: map[string]string{"m": "he", "f": "she"}[m.gender], kind: "pronoun", gender: m.gender}, pos); name != "" && kind == attrib.KindPerson {
				return name, kind, "description->pronoun"
			}
		}
		if (m.noun == "statement" || m.noun == "release") && m.ownerKind == "description" && bodyNoun(m.owner) {
			// "the company's statement said": the company's, as "the
			// company said" is
			if name, kind, _ := r.resolveRaw(mention{kind: "noun", noun: m.owner, definite: true}, pos); name != "" {
				return name, kind, "description->organisation"
			}
		}
		if m.noun == "statement" || m.noun == "release" || m.definite && (m.noun == "report" || m.noun == "study") {
			// "the statement said", "released a statement that said": who issued it
			if name, kind := r.statementIssuer(pos, m.noun); name != "" {
				return name, kind, "description->issuer"
			}
		}
		if m.definite && sourceNouns[m.noun] {
			// "the aide said" after "a senior Quist aide" was quoted: that aide
			for i := len(r.speakers) - 1; i >= 0; i-- {
				if e := r.speakers[i]; e.pos < pos && (len(e.fields) > 1 && e.fields[len(e.fields)-1] == m.noun || e.spokes == m.noun) {
					return e.name, e.kind, "description->unnamed-source"
				}
			}
			if spokesNouns[m.noun] && m.ownerKind != "description" { // (not "the mayor's spokesman": the mayor's own)
				if name := r.spokesHolder(m, pos); name != "" {
					return name, attrib.KindPerson, "role->person"
				}
			}
		}
		if m.definite && placeBodies[m.noun] && m.noun != "government" && m.noun != "administration" { // (not "the government", most often the one in power, whatever the article names before)
			// "the navy said" after "The Kellish navy, which runs the
			// search, said": the body named so before, its name in capitals
			// before the noun
			if name := bodyWrittenBefore(r.text, m.noun, pos); name != "" {
				return name, attrib.KindOrganization, "description->organisation"
			}
		}
		if m.definite && actingSites[m.noun] {
			// "the airport said" after "Dunmore Airport" (or "Dunmore
			// airport"): a site read as a place, whose operator speaks
			title := strings.ToUpper(m.noun[:1]) + m.noun[1:]
			best, at := "", -1
			for _, n := range []string{title, m.noun} {
				if name := bodyWrittenBefore(r.text, n, pos); name != "" {
					if f := strings.Fields(name); len(f) > 2 && isPossessive(f[0]) {
						name = strings.Join(f[1:], " ") // "Kellia's Dunmore Airport": the airport, not its country
					}
					if i := strings.LastIndex(r.text[:min(pos, len(r.text))], name); i > at {
						best, at = strings.TrimSuffix(name, " "+n)+" "+title, i // the nearer of "Dunmore Airport" and "Varnel airport"
					}
				}
			}
			if best != "" {
				return best, attrib.KindOrganization, "description->organisation"
			}
		}
		return "", "", "description-unresolved"
	case "outlet":
		if w := m.written; w != "" && !strings.Contains(w, " ") {
			// "Hill said" where the article names Ada Hill: her surname,
			// not the outlet (which "The Hill said" is)
			if full := r.fullNameBy(w, pos, true); full != "" {
				return full, attrib.KindPerson, "surname->full-name"
			}
		}
		return m.name, attrib.KindOrganization, "outlet"
	case kindPlace:
		return "", "", "place-dropped"
	case kindGroup:
		// "Welsh said" where the article names Nia Welsh: a surname that
		// is also a people's name
		if loneGroupWord(m) {
			if full := r.fullNameBy(m.name, pos, true); full != "" && r.personLike(full) {
				return full, attrib.KindPerson, "surname->full-name"
			}
		}
		if isParty(m) {
			return m.name, attrib.KindOrganization, "party-as-written"
		}
		return "", "", "group-dropped"
	case kindRole:
		if m.many && kinGroups[m.noun] && m.ownerKind == "pronoun" {
			return "", "", "kin-unresolved" // "his family wrote": relatives, unnamed
		}
		if (m.ownerKind == "pronoun" || m.ownerKind == "description" && familyNouns[m.noun]) && inverseKin[m.noun] != nil {
			// "her son says", "the boy's mother said": the one named as
			// that relative, or with a tie back to her
			if name := r.kinHolder(m, pos); name != "" {
				return name, attrib.KindPerson, "kin->person"
			}
			return "", "", "kin-unresolved"
		}
		if m.office {
			if name := r.titleHolder(m, pos); name != "" {
				return name, attrib.KindPerson, "role->person"
			}
			return "", "", "office-unresolved"
		}
		if name := r.roleHolder(m, pos); name != "" {
			return name, attrib.KindPerson, "role->person"
		}
		if name := r.titleHolder(m, pos); name != "" {
			return name, attrib.KindPerson, "role->person"
		}
		if m.definite && spokesNouns[m.noun] {
			// `According to Pap, ... "...," the Kells spokesman said`:
			// the press secretary the sentences before are about
			if name := r.spokesHolder(m, pos); name != "" && r.lastPersonIs(name, pos) {
				return name, attrib.KindPerson, "role->person"
			}
		}
		if m.owned || m.place != "" && ownedOffices[m.noun] {
			if name := r.namedNext(m, pos); name != "" {
				return name, attrib.KindPerson, "role->person-named-next"
			}
		}
		if m.place == "" && !strings.Contains(m.name, " ") || m.owned {
			return "", "", "office-unresolved" // "the senator", "Kells's mayor", none named before
		}
		if r.employer(m, pos) {
			return m.owner, attrib.KindOrganization, "spokesperson->organisation"
		}
		if m.body {
			return m.name, attrib.KindOrganization, "role-as-written"
		}
		if m.place != "" && !m.many && titleWords[m.noun] && !parties[m.noun] && !parties[m.noun+"s"] {
			// "the Kells Glen councillor": the one councillor named before,
			// titled without the place
			if name := r.onlyTitled(m, pos); name != "" {
				return name, attrib.KindPerson, "role->person"
			}
		}
		if spokesNouns[m.noun] && sitesRun[lastWord(m.place)] && strings.HasSuffix(strings.ToLower(m.name), " "+m.noun) {
			// "a Kells Park spokesperson": the park's, which speaks as a body
			return m.name[:len(m.name)-len(m.noun)-1], attrib.KindOrganization, "spokesperson->organisation"
		}
		return m.name, attrib.KindPerson, "role-as-written"
	case "":
		return "", "", ""
	}
	if m.many && m.kind == attrib.KindPerson {
		return m.name, attrib.KindPerson, "role-as-written" // "Critics said": a group as the text names it
	}
	name := m.name
	words := strings.Fields(name)
	if len(words) == 1 {
		if full := r.fullNameOf(words[0], pos, m.gender, surnameTitle(m.titles)); full != "" && !r.officeConflict(full, words[0], m.titles) {
			return full, attrib.KindPerson, "surname->full-name"
		}
		if m.kind == attrib.KindPerson && isAcronym(name) {
			return name, attrib.KindOrganization, "acronym->organisation"
		}
		lw := strings.ToLower(name)
		if r.lower[lw] || strings.HasSuffix(lw, "s") && r.lower[strings.TrimSuffix(lw, "s")] || quantifiers[lw] {
			// a common word capitalised at a sentence's start ("Following",
			// "More"), the plural of one ("Onlookers" where the article
			// writes "onlooker") or a quantifier ("Two winters ago, ...")
			return "", "", "common-word-dropped"
		}
		if !r.named[lw] && !titled(m) && looksCommon(lw) || lowerTail(name) {
			// "Wrapped in a scarf, ...", "Closing ...", "To":
			// a word the article capitalises only where a sentence starts,
			// with no title ("Lord Banks" is a name); "Ohio-based": a
			// compound whose last part is lower case
			return "", "", "common-word-dropped"
		}
		if !titled(m) && demonymPlural(lw) {
			return "", "", "common-word-dropped" // "The Britons were held ...": a people, even after "the"
		}
		if !titled(m) && (isEnglishCommon(lw) || pluralOfCommon(lw)) && !isAcronym(name) && !peopleNoun(lw) && !r.titledEntity(name) && !r.writtenMidSentence(name) {
			// "Steep new ferry fares are ...", "Ferry tolls rose": an
			// English word (not a surname as well) that the article
			// capitalises only where a sentence starts and gives no title
			return "", "", "common-word-dropped"
		}
		if r.towns[name] && !titled(m) {
			return "", "", "place-dropped" // "Kellsford is on the lake" after "Kellsford, Ohio,"
		}
		if bodyHeadWords[lw] {
			if full := r.bodyNamedBefore(lw, pos); full != "" {
				return full, attrib.KindOrganization, "body-head->organisation" // "the Ministry said": the ministry named in full before
			}
		}
		if orgNouns[lw] && !bodyHeadWords[lw] && !sourceNouns[lw] && lw != "police" && !titled(m) && !isAcronym(name) && !r.standsAlone(name) {
			// "Union chiefs have pressed": a body's noun capitalised where a
			// sentence starts, which the article writes as a name only
			// inside longer ones ("Kells Teachers Union")
			return "", "", "common-word-dropped"
		}
		if p := r.peerTitle(name); p != "" && m.kind == attrib.KindPerson {
			return p + " " + name, m.kind, "peer"
		}
		if m.kind == attrib.KindPerson && !titled(m) && r.actsAsFirm(name) {
			return name, attrib.KindOrganization, "single-name"
		}
		if m.kind == attrib.KindPerson && !titled(m) {
			if full := r.orgOpenedBy(lw, pos); full != "" {
				return full, attrib.KindOrganization, "short-name->organisation" // "Quistcorp Health Services, a company that runs clinics, said" then "Quistcorp said"
			}
		}
		if m.kind == attrib.KindPerson {
			if full := r.middleNameOf(name, pos); full != "" {
				return full, attrib.KindPerson, "middle-name->full-name"
			}
			if full := r.misspeltSurnameOf(lw, pos); full != "" && !titled(m) {
				return full, attrib.KindPerson, "misspelt-surname->full-name"
			}
		}
		return name, m.kind, "single-name"
	}
	if wordRunIntoSurname(m, words) {
		// "In Wake of the Storm Pap plays ...": a title's last word run into
		// the surname of someone the article names in full
		if full := r.fullNameOf(words[1], pos, m.gender, false); full != "" && !strings.HasPrefix(full, words[0]+" ") {
			return full, attrib.KindPerson, "surname->full-name"
		}
	}
	norm := attrib.NormName(name)
	if m.kind == attrib.KindPerson && (runConnectors[strings.ToLower(words[0])] || !isFirstName(strings.ToLower(words[0]))) {
		// "De la Quist added": a surname with its particle, capitalised
		// where a sentence starts, of "Ada de la Quist" named before;
		// "García Quist added": a surname of two words
		// (the one named last before it, if several)
		nf := strings.Fields(norm)
		best := -1
		r.indexNames()
		for _, i := range r.entLast[nf[len(nf)-1]] { // (persons of two words or more, in order)
			e := r.entities[i]
			if len(e.fields) <= len(nf) || !slices.Equal(e.fields[len(e.fields)-len(nf):], nf) {
				continue
			}
			if b := best; b < 0 || e.pos < pos && (r.entities[b].pos >= pos || e.pos > r.entities[b].pos) {
				best = i
			}
		}
		if best >= 0 {
			return r.entities[best].name, attrib.KindPerson, "surname->full-name"
		}
	}
	if m.kind == attrib.KindPerson && !isFirstName(strings.ToLower(words[0])) {
		if holder := r.titledExactly(name, pos); holder != "" {
			// "The Environment CEC stated": the one titled so before
			// ("Environment CEC Ivo Pap"), no one called that
			return holder, attrib.KindPerson, "title->person"
		}
	}
	// a longer form seen before ("Ana Ruiz Castro" for "Ana Castro") keeps the first
	r.indexNames()
	if i, ok := r.entNorm[norm]; ok {
		e := r.entities[i]
		kind := e.kind
		if m.voice {
			kind = m.kind // a body its spokesperson speaks for, whatever its name looks like
		}
		if e.name == name {
			return e.name, kind, "name"
		}
		return e.name, kind, "name-as-first-written"
	}
	return name, m.kind, "name"
}

// isParty: is m a party by the name it speaks under ("the Tories")?
func isParty(m mention) bool {
	return m.kind == kindGroup && parties[strings.TrimPrefix(strings.ToLower(m.name), "the ")]
}

// officeTitles are the forms of an office a person's title may give it in
// ("Sen. Ana Ruiz" for "the Ohio senator"). Party words ("a Utah
// Republican") name no office: such a description is an unnamed source.
var officeTitles = map[string][]string{
	"senator":        {"senator", "sen."},
	"governor":       {"governor", "gov."},
	"congressman":    {"congressman", "rep.", "representative"},
	"congresswoman":  {"congresswoman", "rep.", "representative"},
	"representative": {"representative", "rep.", "congressman", "congresswoman"},
	"mayor":          {"mayor"},
	"lawmaker":       {"sen.", "senator", "rep.", "representative", "congressman", "congresswoman", "lawmaker"},
	"attorney":       {"attorney"},
	"secretary":      {"secretary", "sec."},
	"mp":             {"mp"},
	"mpp":            {"mpp"},
	"mep":            {"mep"},
	"msp":            {"msp"},
	"judge":          {"judge", "justice"},
	"president":      {"president", "pres."},
	"premier":        {"premier"},
	"commissioner":   {"commissioner"},
	"ambassador":     {"ambassador"},
	"sheriff":        {"sheriff"},
	"bishop":         {"bishop"},
	"archbishop":     {"archbishop"},
	"taoiseach":      {"taoiseach"},
	"tánaiste":       {"tánaiste", "tanaiste"},
	// titles of one post in a body a local story is about ("the
	// director said": the one titled director before, else no one)
	"director":        {"director", "co-director"},
	"coach":           {"coach"},
	"professor":       {"professor", "prof."},
	"principal":       {"principal"},
	"superintendent":  {"superintendent", "supt."},
	"commander":       {"commander", "cmdr."},
	"inspector":       {"inspector", "insp."},
	"pastor":          {"pastor"},
	"rabbi":           {"rabbi"},
	"treasurer":       {"treasurer"},
	"comptroller":     {"comptroller"},
	"coroner":         {"coroner"},
	"councilman":      {"councilman", "councilmember"},
	"councilwoman":    {"councilwoman", "councilmember"},
	"alderman":        {"alderman"},
	"colonel":         {"colonel", "col."},
	"sergeant":        {"sergeant", "sgt."},
	"lieutenant":      {"lieutenant", "lt."},
	"constable":       {"constable"},
	"vice-chancellor": {"vice-chancellor"},
	// the heads of international bodies and civil services, one word
	"director-general":  {"director-general"},
	"secretary-general": {"secretary-general"},
}

// headOffices are offices a title holds only by its head word (titleHead):
// "Tory leader", not "a cousin of the Tory leader".
var headOffices = map[string][]string{
	"leader":      {"leader"},
	"chairman":    {"chairman", "co-chairman"},
	"co-chairman": {"co-chairman", "chairman"},
	"minister":    {"minister", "secretary"},
	"chancellor":  {"chancellor"},
	"chief":       {"chief"},
}

// officeForms are the title words that hold office noun, and whether a
// title holds it by its head word only; none when noun is no office.
func officeForms(noun string) (forms []string, headOnly bool) {
	if f, ok := headOffices[noun]; ok {
		return f, true
	}
	return officeTitles[noun], false
}

// spokesHolder names the person "the spokesman" means: one the article
// titled so before pos, or press secretary ("White House press secretary
// Ivo Pap", then "the spokesman"), the latest who spoke, else the only
// one, of m's sex if it has one; "" when there is none or several could
// be meant.
func (r *resolver) spokesHolder(m mention, pos int) string {
	holds := func(e entity) bool {
		if e.kind != attrib.KindPerson || e.pos >= pos || m.gender != "" && e.gender == otherSex(m.gender) {
			return false
		}
		// its titles ("spokeswoman for the board"), or the words written
		// right before its name ("Kells press secretary Ivo Pap told")
		for _, t := range e.titles {
			if lt := strings.ToLower(strings.TrimRight(t, " .,")); spokesTitle(lt) && ownerFits(m.owner, lt) {
				return true
			}
		}
		before := strings.TrimRight(strings.ToLower(r.text[max(0, e.pos-60):e.pos]), " ")
		hon := false
		if w := lastWord(before); runHonorifics[strings.TrimSuffix(w, ".")] {
			before, hon = strings.TrimRight(strings.TrimSuffix(before, w), " "), true // "spokesman Dr Ivo Pap"
		}
		if spokesNouns[lastWord(before)] && ownerFits(m.owner, before[strings.LastIndexAny(before, ",.;:\"“”(")+1:]) || strings.HasSuffix(before, "press secretary") {
			return true
		}
		// "spokesman for the Ministry of Ports Dr Ivo Pap", "the
		// spokesman for the Ministry of Ports, Ivo Pap": the title, the
		// body it speaks for, then the name (a person's: not "a spokesman
		// for the British Quist Society", its name read as a person's)
		if w, _, _ := strings.Cut(r.text[e.pos:min(len(r.text), e.pos+6)], " "); runHonorifics[strings.ToLower(strings.TrimSuffix(w, "."))] {
			hon = true // (the name's piece opens with it: "Dr Ivo Pap")
		}
		if !hon && !personNamed(e.name) {
			return false
		}
		clause := strings.TrimRight(before, ", ")
		clause = clause[strings.LastIndexAny(clause, ",.;:\"“”(")+1:]
		ws := strings.Fields(clause)
		for k := 0; k+1 < len(ws); k++ {
			if spokesNouns[ws[k]] && (ws[k+1] == "for" || ws[k+1] == "of") {
				return ownerFits(m.owner, strings.Join(ws[k+2:], " "))
			}
		}
		// or set off by commas after it ("Ivo Pap, the press secretary of
		// the mayor, told")
		return spokesTitle(strings.ToLower(r.appositiveAfter(e)))
	}
	for i := len(r.speakers) - 1; i >= 0; i-- {
		if holds(r.speakers[i]) {
			return r.speakers[i].name
		}
	}
	name := ""
	for _, e := range r.entities {
		if holds(e) {
			if name != "" && name != e.name {
				return ""
			}
			name = e.name
		}
	}
	return name
}

// spokesTitle: does the lower-case title lt make its holder a
// spokesperson ("kells spokeswoman", "white house press secretary")?
func spokesTitle(lt string) bool {
	return slices.ContainsFunc(strings.Fields(lt), func(w string) bool { return spokesNouns[w] }) || strings.Contains(lt, "press secretary")
}

// appositiveAfter is the description set off by a comma right after
// where e is named ("Ivo Pap, the chairman of the Kells board, said"),
// else "".
func (r *resolver) appositiveAfter(e entity) string {
	end := e.pos + len(e.name)
	if end >= len(r.text) || !strings.HasPrefix(r.text[end:], ", ") || r.text[e.pos:end] != e.name {
		return ""
	}
	after := r.text[end+2 : min(len(r.text), end+80)]
	if i := strings.IndexAny(after, ",.;\n"); i >= 0 {
		after = after[:i]
	}
	if !isAppositive(after) && !portfolioAppositive(after) {
		return "" // (a post and its portfolio in capitals: "Ivo Pap, Minister of Ports, said")
	}
	return after
}

// ownerFits: does a spokesman's title (lower case) speak for owner, the
// body a mention of a spokesman names ("the Harbour Board spokeswoman"),
// or name no body at all? "spokesman for the ministry of ports" is not the
// board's.
func ownerFits(owner, title string) bool {
	if owner == "" {
		return true
	}
	if isAcronym(owner) {
		// "the BJP spokesperson": "Bharatiya Janata Party spokesperson"
		var ini []byte
		for _, w := range strings.Fields(title) {
			if w != "of" && w != "for" && w != "the" && w != "and" && w != "&" {
				ini = append(ini, w[0])
			}
		}
		if strings.Contains(string(ini), strings.ToLower(owner)) {
			return true
		}
	}
	body := false
	ows := strings.Fields(strings.ToLower(owner))
	for _, w := range strings.Fields(title) {
		w = strings.Trim(w, ".,'’")
		if len(w) <= 3 || spokesNouns[w] || w == "press" || w == "secretary" || w == "deputy" || w == "chief" || w == "acting" || w == "facto" {
			continue
		}
		body = true
		if slices.ContainsFunc(ows, func(o string) bool {
			o = trimPossessive(strings.Trim(o, ".,"))                       // ("the Harbour Board's spokeswoman")
			return strings.TrimSuffix(o, "s") == strings.TrimSuffix(w, "s") // ("Ports" fits "ports", "port")
		}) {
			return true
		}
	}
	return !body
}

// honorificTitle: is t an honorific, no post ("Chief", "Alhaji", "Dr")?
func honorificTitle(t string) bool {
	lt := strings.ToLower(strings.TrimRight(t, ". "))
	return honorifics[lt] || lt == "chief" || lt == "alhaji" || lt == "prof" || lt == "professor"
}

// titleBefore is the title written right before e's name, in lower
// case ("Kells coach Nia Kroll") or set off from it by a comma ("the
// harbour's director, Nia Kroll"), or "".
func (r *resolver) titleBefore(e entity) string {
	end := e.pos - 1
	if end < 1 || r.text[end] != ' ' {
		return ""
	}
	if r.text[end-1] == ',' {
		end--
	}
	before := r.text[max(0, end-50):end]
	before = before[strings.LastIndexAny(before, ".,;:\n\"“”(")+1:]
	f := strings.Fields(before)
	if n := len(f); n == 0 || n > 5 || !titleWords[f[n-1]] && !roleNouns[f[n-1]] || slices.ContainsFunc(f[:n-1], func(w string) bool { return officeQualifiers[strings.ToLower(w)] }) {
		return "" // (a title in capitals is one of e's titles already; a "shadow chancellor", a "former Kells coach" hold no such post)
	}
	return strings.Join(f, " ")
}

// officeApposedBefore is the office set off before e's honorific and
// name ("the Minister for Ports, Mr Pap,"): the phrase after "the", which
// opens with a title word; "" when there is none.
func (r *resolver) officeApposedBefore(e entity) string {
	if e.pos > len(r.text) {
		return ""
	}
	before := r.text[max(0, e.pos-90):e.pos]
	f := strings.Fields(before)
	if len(f) > 0 && honorifics[strings.TrimSuffix(strings.ToLower(f[len(f)-1]), ".")] {
		f = f[:len(f)-1] // (the name's mention after its honorific)
	} else if w, _, _ := nextTok(r.text[e.pos:min(len(r.text), e.pos+8)], 0); !honorifics[strings.TrimSuffix(strings.ToLower(w), ".")] {
		return "" // (nor at it: "Mr Pap" named from its honorific)
	}
	if len(f) < 2 || !strings.HasSuffix(f[len(f)-1], ",") {
		return ""
	}
	f[len(f)-1] = strings.TrimSuffix(f[len(f)-1], ",")
	k := len(f) - 1
	for k >= 0 && !strings.EqualFold(f[k], "the") && !strings.ContainsAny(f[k], ".;:,\"\u201c\u201d(") {
		k--
	}
	if k < 0 || !strings.EqualFold(f[k], "the") || k+1 >= len(f) || !titleWords[strings.ToLower(f[k+1])] {
		return ""
	}
	return strings.Join(f[k+1:], " ")
}

// lastPersonIs: is the person named last before pos the one named name,
// in full or by surname?
func (r *resolver) lastPersonIs(name string, pos int) bool {
	last, at := "", -1
	for _, e := range r.entities {
		if e.kind == attrib.KindPerson && e.pos < pos && e.pos > at {
			last, at = e.name, e.pos
		}
	}
	for _, l := range r.lone {
		if l.pos < pos && l.pos > at {
			last, at = l.name, l.pos
		}
	}
	return last != "" && (last == name || strings.HasSuffix(name, " "+last))
}

// kinHolder names the relative a kin mention with a pronoun means ("her
// son"): a person named before pos, who spoke (the latest first) or not,
// of the noun's sex, near whose first naming the article writes the tie
// back ("Ivo Pap ... his mother Ada Moss": Ivo Pap is "her son"); "" when
// none is.
func (r *resolver) kinHolder(m mention, pos int) string {
	back := inverseKin[m.noun]
	named := slices.Concat(r.entities, r.lone) // every naming, to read what stands around each
	// direct: named as the relative ("his son Ivo", "Pap's son Ivo", "his
	// wife, Ada"); else with the tie back to someone named ("Ivo Pap ...
	// his mother Ada Moss")
	fits := func(e entity, direct bool) bool {
		if e.kind != attrib.KindPerson || e.pos >= pos || e.name == "" {
			return false
		}
		g := e.gender
		if g == "" {
			g = r.sexes[e.name]
		}
		if m.gender != "" && g == otherSex(m.gender) {
			return false
		}
		for _, f := range named {
			if f.name != e.name || f.pos >= pos {
				continue
			}
			if direct {
				if before := strings.TrimRight(strings.ToLower(r.text[max(0, f.pos-30):f.pos]), " ,"); lastWord(before) == m.noun {
					return true
				}
				continue
			}
			near := r.text[f.pos:min(len(r.text), f.pos+len(f.name)+300)]
			for _, b := range back {
				for _, p := range []string{" his " + b + " ", " her " + b + " ", " his " + b + ", ", " her " + b + ", "} {
					for rest := near; ; {
						i := strings.Index(rest, p)
						if i < 0 {
							break
						}
						if rest = rest[i+len(p):]; isCapWord(firstWord(rest)) {
							return true
						}
					}
				}
			}
		}
		return false
	}
	for _, direct := range []bool{true, false} {
		for i := len(r.speakers) - 1; i >= 0; i-- {
			if fits(r.speakers[i], direct) {
				return r.speakers[i].name
			}
		}
		for i := len(r.entities) - 1; i >= 0; i-- {
			if fits(r.entities[i], direct) {
				return r.entities[i].name
			}
		}
	}
	return ""
}

// sourceOpens reads a source described by its noun alone opening the
// sentence s ("The spokesman touted ...", "An aide added ..."): the
// description, whom the resolver may name; none otherwise.
func sourceOpens(s string, known []string) mention {
	ts := tokens(s)
	if len(ts) < 3 || !determiners[bare(ts[0].w)] || !isCapWord(ts[0].w) || !sourceNouns[bare(ts[1].w)] || isCapWord(ts[2].w) {
		return mention{}
	}
	if m := parseNP(s[ts[0].start:ts[1].end], known); m.kind == "noun" && sourceNouns[m.noun] {
		m.definite = strings.EqualFold(ts[0].w, "the")
		return m
	}
	return mention{}
}

// headOnlyOffice: is noun an office a title holds by its head word only
// ("leader", "chief": "the Leader" alone names no one office)?
func headOnlyOffice(noun string) bool {
	_, ok := headOffices[noun]
	return ok
}

// isOffice: is noun an office a role names ("the senator", "the leader")?
func isOffice(noun string) bool {
	f, _ := officeForms(noun)
	return f != nil
}

// officeConflict: does a surname titled with a public office written
// before it ("Mayor Pap") name another person than full, whom the article
// titles with other posts only ("Council Speaker Ada Pap")?
func (r *resolver) officeConflict(full, surname string, titles []string) bool {
	head := func(t string) string { return titleHead(strings.ToLower(strings.TrimRight(t, " .,"))) }
	var forms []string // the office the surname is titled with, as its forms ("mayor"; "governor", "gov.")
	for _, t := range titles {
		if f, ok := officeTitles[head(t)]; ok && strings.Contains(r.text, t+" "+surname) {
			forms = f // (written before the surname: "Mayor Pap", not "Pap, an MEP")
		}
	}
	if forms == nil {
		return false // (no public office: "Pap, a former union leader")
	}
	other := false
	for _, e := range r.entities {
		if e.name != full {
			continue
		}
		for _, t := range e.titles {
			h := head(t)
			if slices.Contains(forms, h) || slices.Contains(forms, h+".") {
				return false
			}
			if isOffice(h) || titleWords[h] && !honorifics[h] {
				other = true
			}
		}
	}
	return other
}

// titleHead is the head word of a title, lower case: its last word
// before any "of" or "for" ("secretary" of "Secretary of State",
// "minister" of "Minister for Ports").
func titleHead(lt string) string {
	for _, p := range []string{" of ", " for "} {
		if i := strings.Index(lt, p); i >= 0 {
			lt = lt[:i] // ("minister for ports": minister)
		}
	}
	f := strings.Fields(lt)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// namesPerson: do words name a person in full or by title ("Senator Ada
// Moss's", "Mr Pap's")?
func namesPerson(words []string) bool {
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	m := parseNP(trimPossessive(strings.Join(words, " ")), nil)
	return m.kind == attrib.KindPerson && (strings.Contains(m.name, " ") || len(m.titles) > 0)
}

// bodyHeads are the common nouns that, after a name, make a body of it
// ("the Medicaid agency", "Kells's ferry board").
var bodyHeads = toSet("agency department ministry office council committee commission authority board police regulator")

// acronymPlace: is the place of office m written as initials ("the I&B
// Minister", "the HRD Minister")?
func acronymPlace(m mention) bool {
	f := strings.Fields(m.name)
	return len(f) == 2 && len(f[0]) >= 2 && f[0] == strings.ToUpper(f[0]) && allLetters(strings.ReplaceAll(strings.ToLower(f[0]), "&", ""))
}

// initialsOf: is the lower-case acronym a ("i&b", "hrd") the initials of
// the capitalised words of title t, in order ("Information and
// Broadcasting Minister")?
func initialsOf(a, t string) bool {
	a = strings.ReplaceAll(a, "&", "")
	if len(a) < 2 || !allLetters(a) {
		return false
	}
	var in []byte
	for _, w := range strings.Fields(t) {
		if isCapWord(w) {
			in = append(in, byte(unicode.ToLower(rune(w[0]))))
		}
	}
	return strings.Contains(string(in), a)
}

// namesOtherPlace: does title t name, in a capitalised word of its own,
// a place or body other than place ("Kells police chief" for a role of
// "dunmore")?
func namesOtherPlace(t, place string, forms []string) bool {
	for _, w := range strings.Fields(t) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if isCapWord(w) && lw != place && !slices.Contains(forms, lw) && !titleWords[lw] && !honorifics[lw] && (placeKind([]string{w}) != "" || !isEnglishCommon(lw)) {
			return true // (not a portfolio's common word: "Transport Minister")
		}
	}
	return false
}

// roleHolder names the person who holds a role in the article: among the
// people named before pos (speakers first) whose title holds the office,
// the one whose title also names the place, else the only one; "" when
// there is none or several could be meant.
func (r *resolver) roleHolder(m mention, pos int) string {
	if !subordinateTitle(m.noun) {
		// "the chief" is the Police Chief, not the Assistant Chief named
		// after him; a deputy only when no one holds the office itself
		if name := r.roleHolderBy(m, pos, true); name != "" {
			return name
		}
	}
	return r.roleHolderBy(m, pos, false)
}

// subordinateTitle: does title lt name a deputy's post ("assistant
// chief", "deputy minister", "vice-president")?
func subordinateTitle(lt string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(lt, "-", " ")) {
		if subordinateWords[w] {
			return true
		}
	}
	return false
}

var subordinateWords = toSet("assistant deputy vice associate under sub")

// roleHolderBy is roleHolder, reading no deputy's title as the office's
// when noDeputies is set.
func (r *resolver) roleHolderBy(m mention, pos int, noDeputies bool) string {
	forms, headOnly := officeForms(m.noun)
	if len(forms) == 0 && m.owned {
		forms, headOnly = []string{m.noun}, true // "Kells's chief executive": one titled so
	}
	if len(forms) == 0 {
		return ""
	}
	otherPlace := false // a holder of the office elsewhere: the role's place tells them apart, none without it
	holds := func(e entity) (office, place bool) {
		if e.kind != attrib.KindPerson {
			return false, false
		}
		ts := e.titles
		if len(ts) == 0 {
			if ap := r.appositiveAfter(e); ap != "" && (m.owned || strings.HasPrefix(r.text[e.pos+len(e.name)+2+len(ap):], ",")) {
				ts = []string{ap} // named in a sentence with no quote: "Ivo Pap, the chairman of the Kells board, met"
			}
			if t := r.titleBefore(e); t != "" && m.place == "" {
				ts = append(ts, t) // "the library's director, Nia Kroll, spoke"
			}
		}
		if t := r.officeApposedBefore(e); t != "" {
			ts = append(ts, t) // "the Minister for Ports, Mr Pap, told the chamber"
		}
		for _, t := range ts {
			lt := strings.ToLower(t)
			held := false
			if noDeputies && subordinateTitle(lt) {
				continue
			}
			if headOnly {
				held = slices.Contains(forms, titleHead(lt))
			} else {
				for _, w := range strings.Fields(lt) {
					for _, f := range forms {
						held = held || w == f
					}
				}
			}
			if held && m.place != "" && !strings.Contains(lt, m.place) && namesOtherPlace(t, m.place, forms) {
				held, otherPlace = false, true // "Kells police chief X" holds no "Dunmore police chief"
			}
			office = office || held
			place = place || strings.Contains(lt, m.place)
		}
		return office, office && place
	}
	var holders []string
	seen := map[string]bool{}
	consider := func(e entity) string {
		office, place := holds(e)
		if place {
			return e.name
		}
		if office && !seen[e.name] {
			seen[e.name] = true
			holders = append(holders, e.name)
		}
		return ""
	}
	r.indexNames()
	for i := len(r.speakers) - 1; i >= 0; i-- {
		e := r.speakers[i]
		if j, ok := r.entNorm[e.norm]; ok && len(e.titles) == 0 && e.kind == attrib.KindPerson {
			e.titles = r.entities[j].titles // (quoted by surname: "Moss said", titled where named in full)
		}
		if name := consider(e); name != "" {
			return name
		}
	}
	for i := len(r.entities) - 1; i >= 0; i-- {
		if r.entities[i].pos < pos {
			if name := consider(r.entities[i]); name != "" {
				return name
			}
		}
	}
	if len(holders) == 0 {
		// "President Quist", a surname titled alone: the one named in full
		// with it, else the surname
		for i := len(r.lone) - 1; i >= 0; i-- {
			if l := r.lone[i]; l.pos < pos && (len(l.titles) > 0 || r.officeApposedBefore(l) != "") {
				if full := r.fullNameBy(l.name, l.pos, true); full != "" && !r.officeConflict(full, l.name, l.titles) {
					l.name = full // (not "Mayor Pap" for "Council Speaker Ada Pap")
				}
				if name := consider(l); name != "" {
					return name
				}
			}
		}
	}
	if len(holders) == 1 && !otherPlace {
		return holders[0]
	}
	if len(holders) == 0 && !otherPlace {
		// "The Premier hopes for ..." then "Premier Ada Moss said": the
		// office named before its holder, the first person the article
		// names in full, titled so, when it names no one before
		for _, e := range r.entities {
			if e.kind != attrib.KindPerson || len(e.fields) < 2 {
				continue
			}
			if e.pos <= pos {
				return "" // someone named before, whom the office may be
			}
			if office, _ := holds(e); office && e.pos-pos <= 1000 {
				return e.name
			}
			return ""
		}
	}
	return ""
}

// namedNext names the holder of office m that the article names only
// after pos, as news leads do ("Kells's harbour minister has told a
// school ... "...". / Ada Moss was speaking ..."): the first person named in full
// after pos, within 800 bytes, opening a sentence, of no other office and
// no other sex, when nobody is named in full before pos.
func (r *resolver) namedNext(m mention, pos int) string {
	for _, e := range r.entities {
		if e.kind != attrib.KindPerson {
			continue
		}
		if e.pos <= pos {
			if len(e.fields) >= 2 {
				return "" // someone named before, whom the office may be
			}
			continue
		}
		if e.pos-pos > 800 || len(e.fields) < 2 || !opensSentence(strings.TrimRight(r.text[:e.pos], "\n\r\"\u201d\u2019'")) || r.titledOtherThan(m, e.name) || e.gender != "" && e.gender == otherSex(m.gender) {
			return ""
		}
		return e.name
	}
	return ""
}

// titledOtherwise: has the article given the person it names so a title
// of another office or occupation, and none with noun ("Home Secretary
// Ivo Pap" is not "the party leader")?
func (r *resolver) titledOtherwise(name, noun string) bool {
	return r.titledOtherThan(mention{noun: noun}, name)
}

// titlesOffice: does the lower-case title lt give office m ("harbour
// secretary")? Its two words end the title, with no word before them
// that makes it another office ("deputy harbour secretary").
func titlesOffice(lt string, m mention) bool {
	f := strings.Fields(lt)
	p := strings.Fields(m.place)
	for j := 1; j+1 < len(f); j++ {
		if (f[j] == "for" || f[j] == "of") && f[j-1] == m.noun {
			if e := j + 1 + len(p); e <= len(f) && slices.Equal(f[j+1:e], p) && (e == len(f) || f[e] == "in") && (j == 1 || !officeQualifiers[f[j-2]]) {
				return true // "commissioner of police in Kells", "minister for railways": the police commissioner, the railways minister
			}
			if f[j] == "for" || f[j+1] != "state" {
				f = f[:j] // "federal minister for railways": the federal minister (not a minister of state)
			}
			break
		}
	}
	n := len(f)
	if len(p) == 2 {
		// "the deputy prime minister": "Deputy Prime Minister X", not
		// another's deputy
		return n >= 3 && f[n-3] == p[0] && f[n-2] == p[1] && f[n-1] == m.noun && (n == 3 || !officeQualifiers[f[n-4]])
	}
	return n >= 2 && f[n-2] == m.place && f[n-1] == m.noun && (n == 2 || !officeQualifiers[f[n-3]])
}

// onlyTitledAs names the one person named before pos with a title whose
// head is noun ("QP legislator" for "the legislator"); "" when none or
// several are.
func (r *resolver) onlyTitledAs(noun string, pos int) string {
	return r.onlyPerson(pos, func(e entity) bool {
		// (the noun as written right before the name: "QP legislator Ivo Pap")
		return strings.EqualFold(lastWord(strings.TrimRight(r.text[max(0, e.pos-40):e.pos], " ")), noun) || slices.ContainsFunc(e.titles, func(t string) bool { return titleHead(strings.ToLower(strings.TrimRight(t, " .,"))) == noun })
	})
}

// onlyPerson names the one person named before pos that holds; "" when
// none or several do.
func (r *resolver) onlyPerson(pos int, holds func(e entity) bool) string {
	found := ""
	for _, e := range r.entities {
		if e.pos >= pos {
			break
		}
		if e.kind != attrib.KindPerson || e.name == found || !holds(e) {
			continue
		}
		if found != "" {
			return ""
		}
		found = e.name
	}
	return found
}

// onlyTitled names the one person named before pos whose title (as
// kept, or as written before the name) has m's noun as its head and names
// no other place; "" when none or several are.
func (r *resolver) onlyTitled(m mention, pos int) string {
	return r.onlyPerson(pos, func(e entity) bool {
		ts := e.titles
		if t := r.titleBefore(e); t != "" {
			ts = append(slices.Clip(ts), t)
		}
		for _, t := range ts {
			lt := strings.ToLower(strings.TrimRight(t, " .,"))
			var kept []string // (a party's name or a sentence's opener is no place: "Yesterday local Labour councillor")
			for _, w := range strings.Fields(t) {
				if lw := strings.ToLower(w); !parties[lw] && !sentenceOpeners[lw] && !weekdaysMonths[lw] && !isEnglishCommon(lw) {
					kept = append(kept, w)
				}
			}
			if titleHead(lt) == m.noun && !namesOtherPlace(strings.Join(kept, " "), m.place, []string{m.noun}) {
				return true
			}
		}
		return false
	})
}

// sitesRun end the names of places run by a body of their own ("Kells
// Park", "Quist Airport"), which a spokesperson speaks for.
var sitesRun = toSet("park airport stadium port")

// officeQualifiers make an office's title another office ("deputy", "shadow").
var officeQualifiers = toSet("deputy vice shadow former ex assistant junior acting interim")

// titledOtherThan is titledOtherwise for role m; for an office of two
// words ("the harbour secretary"), any office titled without both is
// another.
func (r *resolver) titledOtherThan(m mention, name string) bool {
	noun := m.noun
	if slices.ContainsFunc(m.titles, func(t string) bool { return strings.EqualFold(t, "former") }) {
		return false // "the former Quist boss": a past post, whatever the present one
	}
	if m.office {
		other := false
		for _, e := range r.entities {
			if e.name != name || e.kind != attrib.KindPerson {
				continue
			}
			for _, t := range e.titles {
				lt := strings.ToLower(strings.TrimRight(t, " .,"))
				if titlesOffice(lt, m) {
					return false
				}
				h := titleHead(lt)
				other = other || isOffice(h) || occupations[h] || roleNouns[h]
			}
		}
		return other
	}
	forms, _ := officeForms(noun)
	other := false
	for _, e := range r.entities {
		if e.name != name || e.kind != attrib.KindPerson {
			continue
		}
		for _, t := range e.titles {
			h := titleHead(strings.ToLower(strings.TrimRight(t, " .,")))
			if h == noun || slices.Contains(forms, h) || slices.Contains(forms, h+".") {
				return false
			}
			other = other || isOffice(h) || occupations[h] || roleNouns[h]
		}
	}
	return other
}

// titleHolder names the person the article gave a role's very words as a
// title before pos ("Quist Rovers coach Ivo Pap", later "the Quist
// Rovers coach"): the place or organisation and the noun both in one
// title of one person, the latest such.
func (r *resolver) titleHolder(m mention, pos int) string {
	if m.place == "" || m.noun == "" {
		return ""
	}
	holds := func(t string) bool {
		lt := strings.ToLower(strings.TrimRight(t, " .,"))
		if m.office {
			return titlesOffice(lt, m)
		}
		return strings.Contains(lt, m.place) && titleHead(lt) == m.noun // not "a friend of the Quist Rovers coach"
	}
	for i := len(r.speakers) - 1; i >= 0; i-- {
		if e := r.speakers[i]; e.kind == attrib.KindPerson && e.name != "" && slices.ContainsFunc(e.titles, holds) {
			return e.name
		}
	}
	matches := func(e entity) bool {
		// the title as written before the name: "Quist Rovers coach Ivo Pap"
		before := strings.TrimRight(r.text[max(0, e.pos-60):e.pos], " ,") // (and set off: "Kells skipper and opener, Ivo Pap")
		if slices.ContainsFunc(e.titles, holds) || strings.HasSuffix(strings.ToLower(before), " "+m.noun) && holds(before[max(0, strings.LastIndexAny(before, ".,;:\n\"")+1):]) {
			return true
		}
		if m.office && len(e.titles) == 0 {
			// "Ivo Pap, commissioner of police in Kells, said": the
			// office set off after the name
			if ap := r.appositiveAfter(e); ap != "" && holds(ap) {
				return true
			}
		}
		if m.office {
			// "The Minister of Ferries, Mr. Ivo Pap, said": the office
			// set off before his honorific
			if ob := r.officeApposedBefore(e); ob != "" && holds(ob) {
				return true
			}
		}
		if acronymPlace(m) {
			// "the I&B Minister": "Information and Broadcasting Minister
			// Ivo Pap", the title's first words perhaps run before it
			lead := before[max(0, strings.LastIndexAny(before, ".,;:\n\"")+1):]
			for _, t := range e.titles {
				if titleHead(strings.ToLower(t)) == m.noun && initialsOf(m.place, lead+" "+t) {
					return true
				}
			}
		}
		return false
	}
	name, at := "", -1
	for i := len(r.entities) - 1; i >= 0; i-- {
		if e := r.entities[i]; e.pos < pos && e.kind == attrib.KindPerson && matches(e) {
			name, at = e.name, e.pos
			break
		}
	}
	for _, l := range r.lone {
		// a one-word name the title holds, named later ("Federal
		// Minister for Ports Sheikh Pap")
		if l.pos > at && l.pos < pos && l.kind == attrib.KindPerson && slices.ContainsFunc(l.titles, holds) {
			name, at = l.name, l.pos
		}
	}
	return name
}

// fullName finds the person a lone surname (or first element of an
// East Asian name) refers to: the nearest earlier full name that ends (or
// begins) with it, else a later one.
func (r *resolver) fullName(w string, pos int) string {
	return r.fullNameBy(w, pos, false)
}

// surnameWritten: does the article write the last word of full name
// after a title that comes only before a surname ("Mr Pap" for Ivo Pap)?
func (r *resolver) surnameWritten(full string) bool {
	f := strings.Fields(full)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	for _, t := range []string{"Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Mx "} {
		if strings.Contains(r.text, t+last) {
			return true
		}
	}
	return false
}

// fullNameOf is fullName for a surname whose title tells a sex ("Mrs.
// Quist"): a full name of the other sex is passed over for one of that
// sex, or of none known, if the article has one. lastOnly: the title
// comes only before a surname ("Mr Ivo" is no Ivo Pap).
func (r *resolver) fullNameOf(w string, pos int, g string, lastOnly bool) string {
	full := r.fullNameBy(w, pos, lastOnly)
	if full == "" && lastOnly {
		// "Mr. Wen" for Wen Haolin, surname first; not "Mr Ivo" for Ivo
		// Pap, whom the article calls "Mr Pap"
		if f := r.fullNameBy(w, pos, false); f != "" && !r.surnameWritten(f) {
			full = f
		}
	}
	if g == "" || full == "" || r.sexOf(full) != otherSex(g) {
		return full
	}
	// the one the article names most ("Mrs. Quist" where it names Ada
	// Quist often and her daughter once), the latest among equals
	lw := attrib.NormName(w)
	count := map[string]int{}
	best := ""
	for _, e := range r.entities {
		if e.pos < pos && e.kind == attrib.KindPerson && len(e.fields) > 1 && e.fields[len(e.fields)-1] == lw && e.gender != otherSex(g) {
			count[e.name]++
			if count[e.name] >= count[best] {
				best = e.name
			}
		}
	}
	if best != "" {
		return best
	}
	return full
}

func otherSex(g string) string {
	switch g {
	case "f":
		return "m"
	case "m":
		return "f"
	}
	return ""
}

// resolveName is the name mention m resolves to at pos, the resolver's
// last reading kept.
func (r *resolver) resolveName(m mention, pos int) string {
	how := r.how
	name, _ := r.resolve(m, pos)
	r.how = how
	return name
}

// sexOf is the sex the article's entities of that name or its first name
// give, "" when none does.
func (r *resolver) sexOf(name string) string {
	for _, e := range r.entities {
		if e.name == name && e.gender != "" {
			return e.gender
		}
	}
	return nameGender(name)
}

// englishCommon holds common English words that are no surname or place
// as well (lexicon/english-common.txt, from a spelling word list, one
// word a line in sorted order): 62,000 words, indexed at their first use
// (not at every start of attrib) by where each line starts, and looked up
// by binary search over the file (a map took 9 MB and 30 ms); TestLexicons
// checks the file like the others.
var englishCommon = sync.OnceValue(func() sortedWords { return newSortedWords("english-common") })

// isEnglishCommon: is lw (lower case) one of englishCommon?
func isEnglishCommon(lw string) bool { return englishCommon().has(lw) }

// ingPhrase: do ts open with an -ing word and a lower-case word after it
// ("Reading the letter aloud", whose -ing word is also a town's name and
// so no common word), a participle's phrase and no name?
func ingPhrase(ts []tok) bool {
	if len(ts) < 2 || isCapWord(ts[1].w) {
		return false
	}
	f := bare(ts[0].w)
	return strings.HasSuffix(f, "ing") && len(f) > 5 && f != "according" && !isFirstName(f)
}

// peopleNoun: is lw an organisation's noun ("Police"), not one person's
// ("Source"), or the plural of an occupation, a role or a source
// ("Lawyers", "Teachers", "Officials")? Such a body or group of people stays the
// speaker the sentence names.
func peopleNoun(lw string) bool {
	if orgNouns[lw] && !sourceNouns[lw] {
		return true
	}
	for _, sg := range []string{strings.TrimSuffix(lw, "s"), strings.TrimSuffix(lw, "es")} {
		if sg != lw && (occupations[sg] || sourceNouns[sg] || orgNouns[sg] || titleWords[sg] || roleNouns[sg]) {
			return true
		}
	}
	return false
}

// writtenMidSentence: does the article write name, as a word, where no
// sentence starts: after a word that ends no sentence on the same line
// ("The Quist reported", "In 2016, Quist found")? A line's first word
// opens a sentence though the line above, a heading, ends with no mark.
// Each name is looked for where it occurs, once an article asks (few
// names reach the rule that asks: the last test of a one-word name).
func (r *resolver) writtenMidSentence(name string) bool {
	if v, ok := r.midSent[name]; ok {
		return v
	}
	var v bool
	if utf8.ValidString(r.masked) {
		v = writtenMidSentence(r.masked, r.text, name)
	} else {
		v = midSentenceWords(r.masked, r.text)[name] // (fields read backwards need whole runes)
	}
	if r.midSent == nil {
		r.midSent = map[string]bool{}
	}
	r.midSent[name] = v
	return v
}

// writtenMidSentence: is name a field of text (as nextField cuts them,
// marks around it trimmed) that starts with a capital and follows, on the
// same line, a field that ends no sentence? Sentence ends are read in
// orig, as midSentenceWords reads them; text is valid UTF-8.
func writtenMidSentence(text, orig, name string) bool {
	if c, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(c) || strings.IndexFunc(name, unicode.IsSpace) >= 0 {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		k := i + j
		i = k + 1
		fs, fe := fieldBack(text, k), k
		if _, e := nextField(text, k); e > fe {
			fe = e
		}
		if trimWordPunct(text[fs:fe]) != name {
			continue
		}
		// the field before, on the same line
		p, newline := fs, false
		for p > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:p])
			if !unicode.IsSpace(r) {
				break
			}
			newline = newline || r == '\n'
			p -= n
		}
		if p > 0 && !newline && !endsSentence(orig[fieldBack(text, p):p]) {
			return true
		}
	}
}

// standsAlone: does the article write name as a word of its own after a
// word in lower case that ends no sentence ("said the Union", "the Union
// said"), not only as part of a longer name ("Kells Teachers Union") or
// where a sentence starts ("Union leaders said")?
func (r *resolver) standsAlone(name string) bool {
	if v, ok := r.alone[name]; ok {
		return v
	}
	v := standsAloneIn(r.text, name)
	if r.alone == nil {
		r.alone = map[string]bool{}
	}
	r.alone[name] = v
	return v
}

// standsAloneIn is standsAlone read in t, once per name an article asks.
func standsAloneIn(t, name string) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], name)
		if j < 0 {
			return false
		}
		k := i + j
		i = k + len(name)
		if k > 0 && isWordRune(rune(t[k-1])) || i < len(t) && isWordRune(rune(t[i])) {
			continue
		}
		p := strings.TrimRight(t[:k], " ")
		if p == t[:k] || p == "" {
			continue // (a line's or a mark's first word)
		}
		prev := p[strings.LastIndexAny(p, " \t\n")+1:]
		c, _ := utf8.DecodeRuneInString(prev)
		if !unicode.IsLower(c) || endsSentence(prev) {
			continue
		}
		next := strings.TrimLeft(t[i:min(len(t), i+40)], " ")
		if n, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(n) {
			continue // "the Union Bank"
		}
		return true
	}
}

// fieldBack is the start of the field of text that holds the byte before
// i (or i itself, after white space): back to white space or the start.
func fieldBack(text string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// midSentenceWords are the capitalised words (as written, marks around
// them trimmed) of text that follow, on the same line, a word that ends
// no sentence; sentence ends are read in orig (text before its
// quotations were masked, of the same length).
func midSentenceWords(text, orig string) map[string]bool {
	out := map[string]bool{}
	prevField := ""
	for i := 0; i < len(text); {
		pe := i // the end of the field before
		var j int
		if i, j = nextField(text, i); i == j {
			break
		}
		if strings.IndexByte(text[pe:i], '\n') >= 0 {
			prevField = ""
		}
		w := trimWordPunct(text[i:j])
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) && prevField != "" && !endsSentence(prevField) {
			out[w] = true
		}
		prevField = orig[i:j]
		i = j
	}
	return out
}

// titledEntity: has the article given name, a one-word name, a title
// ("Lord Quist" before "Quist said")?
func (r *resolver) titledEntity(name string) bool {
	for _, e := range r.entities {
		if e.name == name && len(e.titles) > 0 {
			return true
		}
	}
	return false
}

// looksCommon: is lw a closed-class word or has it the ending of a verb
// form or an adverb (-ing, -ed, -ly)? As a one-word name it needs the
// article to capitalise it somewhere a sentence does not start.
func looksCommon(lw string) bool {
	if prepositions[lw] || determiners[lw] || quantifiers[lw] || sentenceOpeners[lw] || openingParticiples[lw] || participleVerbs[lw] || speechVerbs[lw] || capStopwords[lw] {
		return true
	}
	return len(lw) > 5 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly"))
}

// titled: does a title word come before m's name ("Lord Banks",
// "Representative Banks")?
func titled(m mention) bool {
	for _, t := range m.titles {
		f := strings.Fields(t)
		if len(f) > 0 && titleWords[strings.ToLower(strings.TrimRight(f[len(f)-1], "."))] {
			return true
		}
	}
	return false
}

// lowerTail: is w a compound whose part after its last hyphen is a lower
// case word ("Ohio-based", "Labour-leaning")? A name's parts are
// capitalised (Ruiz-Castro).
func lowerTail(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// describedBodyNouns are nouns for a body the article calls so beside its
// name ("energy regulator Quistgas", "the Kells Foundation thinktank"),
// whom "the regulator" then means (bodyCalled); each is an org noun.
var describedBodyNouns = toSet("regulator watchdog thinktank think-tank charity")

// bodyCalled is the latest organisation named before pos that the
// article calls noun right before or after its name ("regulator
// Quistgas", "Quistgas, the regulator", "Kells Foundation thinktank"),
// no outlet or party; else "".
func (r *resolver) bodyCalled(noun string, pos int) string {
	near := r.entitiesBefore(pos)
	called := func(e entity) bool {
		at := e.pos // (the mention's phrase starts there: "The Kells Foundation")
		if k := strings.Index(r.text[at:min(len(r.text), at+len(e.name)+40)], e.name); k >= 0 {
			at += k
		}
		before := strings.ToLower(r.text[max(0, at-len(noun)-6):at])
		after := strings.ToLower(r.text[min(len(r.text), at+len(e.name)):min(len(r.text), at+len(e.name)+len(noun)+8)])
		return strings.HasSuffix(before, noun+" ") || strings.HasSuffix(before, noun+" the ") || strings.HasPrefix(after, " "+noun) || strings.HasPrefix(after, ", the "+noun)
	}
	best, bestAt := "", -1
	for i := near - 1; i >= max(0, near-nearEntities); i-- {
		if e := r.entities[i]; e.kind == attrib.KindOrganization && !isOutletName(e.name) && !isParty(mention{name: e.name, kind: e.kind}) && called(e) {
			best, bestAt = e.name, e.pos
			break
		}
	}
	for i := len(r.lone) - 1; i >= 0; i-- {
		// a one-word name ("regulator Quistgas"), later than that body
		if e := r.lone[i]; e.pos > bestAt && e.pos < pos && !isOutletName(e.name) && called(e) {
			return e.name
		}
	}
	return best
}

// companyNouns are the nouns "the ..." refers to a business with; each
// is an org noun (lexicon/org-nouns.txt), or "the ..." would be no
// mention at all (TestCompanyNounsAreOrgNouns).
var companyNouns = toSet("company firm corporation airline carrier utility retailer insurer automaker carmaker manufacturer operator promoter provider")

// businessBefore is the business an article named last before pos: an
// organisation (no outlet, party, country or government body: "the
// company" is not the ministry), or a one-word name no person of the
// article bears, not a first name nor a word the article writes in lower
// case ("Quistware reported a loss"); within the 1,500 bytes before pos.
func (r *resolver) businessBefore(pos int) (string, string) {
	best, bestAt, kind := "", -1, ""
	for i := r.entitiesBefore(pos) - 1; i >= 0; i-- {
		e := r.entities[i]
		if pos-e.pos > 1500 {
			break
		}
		if e.kind == attrib.KindOrganization && !isOutletName(e.name) && !newsSourceAt(r.text, e) && !orgNouns[strings.ToLower(e.fields[len(e.fields)-1])] && !slices.ContainsFunc(e.fields, publicBodyWord) && !isParty(mention{name: e.name, kind: e.kind}) && placeKind(e.fields) == "" && !(len(e.fields) == 1 && (isEnglishCommon(strings.ToLower(e.name)) && !isAcronym(e.name) || outletSuffixes[strings.ToLower(e.name)] || !actsBefore(r.text, e.name, pos) && !r.bracketedAlias(e))) {
			best, bestAt, kind = e.name, e.pos, e.kind
			break
		}
	}
	for i := len(r.lone) - 1; i >= 0; i-- {
		e := r.lone[i]
		if len(e.titles) > 0 && !describedAsCompany(r.text, e) || e.pos >= pos || e.pos <= bestAt || pos-e.pos > 1500 {
			continue
		}
		if lw := strings.ToLower(e.name); !isFirstName(lw) && (!r.lower[lw] && !isEnglishCommon(lw) || describedAsCompany(r.text, e)) && !outletSuffixes[lw] && placeKind(e.fields) == "" && !isOutletName(e.name) && !acronymPlural(e.name) && !newsSourceAt(r.text, e) && r.fullNameBy(e.name, pos, true) == "" && actsBefore(r.text, e.name, pos) {
			return e.name, attrib.KindOrganization
		}
	}
	return best, kind
}

// describedAsCompany: is the name e set off by an appositive that calls
// it a business ("Summit, the company that runs the quarry")? A one-word name
// that is also a common word is then the firm "the company" means.
func describedAsCompany(text string, e entity) bool {
	return companyAppositive(text[min(len(text), e.pos+len(e.name)):])
}

// companyAppositive: does s, the text right after a name, open an
// appositive that calls it a business (", the company that ...", ", a
// firm ..."; not ", the company's chief", whose it is)?
func companyAppositive(s string) bool {
	for _, a := range []string{", the company ", ", a company ", ", the firm ", ", a firm "} {
		if strings.HasPrefix(s, a) {
			return true
		}
	}
	return false
}

// newsSourceAt: is the lone name e a broadcaster's call sign ("WKEL",
// "KDUN") or one that reports ("Quistnews reported"), or a thing after an
// article ("a PVR")? Not the business "the company" means.
func newsSourceAt(text string, e entity) bool {
	if n := e.name; len(n) == 4 && (n[0] == 'K' || n[0] == 'W') && strings.ToUpper(n) == n {
		return true
	}
	after := text[min(len(text), e.pos+len(e.name)):]
	if strings.HasPrefix(after, " reported") || strings.HasPrefix(after, " reports") {
		return true
	}
	// (nor a thing after an article: "offering a PVR")
	before := strings.ToLower(text[max(0, e.pos-4):e.pos])
	return strings.HasSuffix(before, " a ") || strings.HasSuffix(before, " an ")
}

// bracketedAlias: is e an acronym the article gives in brackets after a
// firm's longer name ("Quist Ferry Lines (QFL)"), the name it goes by (not
// a committee's or a public body's: "Harbour Committee (HC)")?
func (r *resolver) bracketedAlias(e entity) bool {
	if !isAcronym(e.name) || e.pos < 2 || e.pos+len(e.name) >= len(r.text) || r.text[e.pos-1] != '(' || r.text[e.pos+len(e.name)] != ')' {
		return false
	}
	for i := r.entitiesBefore(e.pos) - 1; i >= 0 && r.entities[i].pos >= e.pos-200; i-- {
		if f := r.entities[i]; f.pos+len(f.name)+2 == e.pos {
			return !orgNouns[f.fields[len(f.fields)-1]] && !slices.ContainsFunc(f.fields, publicBodyWord)
		}
	}
	return false
}

// firmWords reads, in one pass over the article, the one-word names it
// writes as only a firm is written ("Quistware, which", "shares in
// Quistware", "Quistware's profits"), and those it writes after an
// honorific ("Mr Quist"), which are people's: a name the rules resolve
// alone is a firm's when it is in the first set and not the second
// (actsAsFirm).
type firmWords struct {
	firm, person map[string]bool
}

func newFirmWords(text string) *firmWords {
	fw := &firmWords{firm: map[string]bool{}, person: map[string]bool{}}
	core := func(t string) string {
		return strings.TrimFunc(t, func(r rune) bool { return !isWordRune(r) && r != '.' && r != '&' })
	}
	owner := func(t string) string {
		return strings.TrimSuffix(strings.TrimSuffix(core(t), "'s"), "\u2019s")
	}
	// the white-space token that ends at i, and the one that starts at i
	before := func(i int) string { return text[strings.LastIndexAny(text[:i], " \t\n\r")+1 : i] }
	after := func(i int) string {
		if k := strings.IndexAny(text[i:], " \t\n\r"); k >= 0 {
			return text[i : i+k]
		}
		return text[i:]
	}
	each := func(key string, fn func(at int)) {
		for i := 0; ; {
			k := strings.Index(text[i:], key)
			if k < 0 {
				return
			}
			fn(i + k)
			i += k + len(key)
		}
	}
	each(", which ", func(at int) { fw.firm[core(before(at+1))] = true })
	each("hares in ", func(at int) {
		if at > 0 && (text[at-1] == 's' || text[at-1] == 'S') && (at == 1 || spaceBefore(text, at-1) > 0) {
			fw.firm[core(after(at+len("hares in ")))] = true
		}
	})
	// "she writes on Quistbook that", "posted on Quistbook": a platform
	// one writes on, no person
	each(" on ", func(at int) {
		if w := core(after(at + len(" on "))); isCapWord(w) && postVerbs[strings.ToLower(core(before(at)))] {
			fw.firm[w] = true
		}
	})
	// "the Harvest festival", "the Quist airline": a one-word name a
	// body's noun in lower case follows, "the" before it
	each("the ", func(at int) {
		if c := at + len("the "); c >= len(text) || text[c] < 'A' || text[c] > 'Z' || at > 0 && spaceBefore(text, at) == 0 {
			return // (most: no capital after "the ")
		}
		w := after(at + len("the "))
		if !isCapWord(w) || strings.ContainsAny(w, ".,;:'\u2019") {
			return
		}
		i := at + len("the ") + len(w) + 1
		if i >= len(text) {
			return
		}
		if w2 := after(i); isCapWord(w2) && !strings.ContainsAny(w2, ".,;:'\u2019") && i+len(w2)+1 < len(text) {
			i += len(w2) + 1 // "the Harvest North festival": Harvest, as the article calls it for short
		}
		if bodyKinds[bare(after(i))] {
			fw.firm[w] = true
		}
	})
	// "Kellsfest festival described its site": a one-word name with a
	// body's kind in lower case after it, "the" before it or not
	// (a festival only: "company", "firm" or "band" after a capitalised
	// word are as often a sentence's "The company" or "Pap was firm")
	each(" festival", func(at int) {
		if e := at + len(" festival"); e < len(text) && isWordByte(text[e]) {
			return // ("festivals")
		}
		if w := core(before(at)); isCapWord(w) && !capStopwords[strings.ToLower(w)] && !strings.ContainsAny(before(at), ".,;:'\u2019") {
			fw.firm[w] = true
		}
	})
	for _, key := range []string{"'s ", "\u2019s "} {
		each(key, func(at int) {
			if firmNouns[bare(after(at+len(key)))] {
				fw.firm[owner(before(at+len(key)-1))] = true
			}
		})
	}
	if len(fw.firm) == 0 {
		return fw // (no firm to tell from a person: most articles)
	}
	for _, h := range honorificForms {
		each(h, func(at int) {
			if at == 0 || spaceBefore(text, at) > 0 {
				fw.person[owner(after(at+len(h)))] = true
			}
		})
	}
	return fw
}

// honorificForms are the honorifics as written before a surname.
var honorificForms = func() []string {
	var out []string
	for h := range honorifics {
		t := strings.ToUpper(h[:1]) + h[1:]
		out = append(out, t+" ", t+". ")
	}
	slices.Sort(out)
	return out
}()

// actsAsFirm: is the one-word name written only as a firm is (see
// firmWords)?
func (r *resolver) actsAsFirm(name string) bool {
	if r.firms == nil {
		r.firms = newFirmWords(r.text)
	}
	return r.firms.firm[name] && !r.firms.person[name]
}

// postVerbs tell of writing on a platform ("writes on Quistbook").
var postVerbs = toSet("writes wrote written posted posts post tweeted shared shares commented comments announced appeared")

// bodyKinds are kinds of body written in lower case after a one-word
// name ("the Harvest festival"): the name is the body's (not "campaign",
// "administration" or "family", which follow a person's name).
var bodyKinds = toSet("festival company firm band charity brand chain airline carrier retailer supermarket label studio venue")

// firmNouns are what a firm has and a person has not.
var firmNouns = toSet("ceo cfo shares shareholders profits profit revenues revenue turnover subsidiary subsidiaries stores factories plants")

// actsBefore: does name stand before pos as a business does, as a
// clause's subject or an owner ("Quistware said", "Quistware has cut",
// "Quistware's profits", "Quistware, which"), not only as a product or a
// band does ("its Quistbox consoles", "by Coldplay and Quistband")?
func actsBefore(text, name string, pos int) bool {
	pos = min(pos, len(text))
	for i, n := 0, 0; n < 20; n++ {
		j := strings.Index(text[i:pos], name)
		if j < 0 {
			return false
		}
		at := i + j + len(name)
		i = at
		if at-len(name) > 0 && isWordRune(rune(text[at-len(name)-1])) || at < len(text) && isWordRune(rune(text[at])) && text[at] != 's' {
			continue // inside a longer word
		}
		rest := text[at:min(len(text), at+40)]
		if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "\u2019s ") || strings.HasPrefix(rest, ", which ") || companyAppositive(rest) {
			return true // (and "Quistore, the company that runs the quarry")
		}
		if before, ok := strings.CutSuffix(text[max(0, at-len(name)-16):at-len(name)], " for "); ok && spokesNouns[lastWord(before)] {
			return true // "a spokesman for Quistware": a firm that speaks
		}
		w, _, _ := nextTok(rest, 0)
		if w = bare(w); w != "" && w == strings.ToLower(w) && (businessVerbs[w] || clauseVerb(w) || firmNouns[w]) {
			return true // ("Quistware shares fell")
		}
	}
	return false
}

// businessVerbs are irregular past and present forms a business is the
// subject of ("Quistware fell 5%", "Quistware sold its ferries").
var businessVerbs = toSet("fell rose grew cut sold bought made lost won paid took set hit built sank says plans wants expects makes sells employs owns runs")

// acronymPlural: capitals and a plural s ("DVDs", "PCs"), things, not a
// business.
func acronymPlural(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's' && strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1]
}

// employer: does the spokesperson m speak for an organisation, its
// owner ("a Quistware spokesman", "a Harbour Council spokeswoman")? Not
// for a person the article names ("a Pap spokesman" after Ivo Pap), a
// first name and a surname ("an Ada Moss spokesman"), a party ("a Tory
// spokesman", whose party is no speaker) or a brief of common words ("the
// Fares spokeswoman" of a party).
func (r *resolver) employer(m mention, pos int) bool {
	switch m.ownerKind {
	case attrib.KindOrganization, "outlet":
		return true
	case attrib.KindPerson:
	default:
		return false
	}
	f := strings.Fields(m.owner)
	if isFirstName(strings.ToLower(f[0])) || commonWordsOnly(f) && !r.writtenMidSentence(f[0]) {
		// (English words are a firm's name where the article capitalises
		// them mid-sentence: "a Jumbo Kite spokeswoman"; not "Senior
		// spokesman", a sentence's first word)
		return false
	}
	for _, w := range f {
		if r.fullNameBy(w, pos, true) != "" || groups[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// personLike: does a full name open with a word that could be a first
// name, not one the article writes in lower case or a place's ("Central
// Asian", "Iowa Democrats" read as people elsewhere)?
func (r *resolver) personLike(full string) bool {
	f := strings.Fields(full)
	if len(f) < 2 {
		return false
	}
	lw := strings.ToLower(f[0])
	return !r.lower[lw] && !isAdjective(f[0]) && placeKind(f[:1]) == "" && !titleWords[lw]
}

// fullNameBy is fullName; with lastOnly, w must be the person's last name.
func (r *resolver) fullNameBy(w string, pos int, lastOnly bool) string {
	lw := attrib.NormName(w)
	key := lw // the word the index is read by: a surname of words ("van der Pap") by its last, the rest checked
	if k := strings.LastIndexByte(lw, ' '); k >= 0 {
		key = lw[k+1:]
	}
	fits := func(e entity) bool { return key == lw || strings.HasSuffix(e.norm, " "+lw) }
	r.indexNames()
	for _, last := range []bool{true, false} {
		if !last && (lastOnly || key != lw) {
			break // (a surname of words is no first name)
		}
		spk, ents := r.spkFirst, r.entFirst
		if last {
			spk, ents = r.spkLast, r.entLast
		}
		for _, i := range slices.Backward(spk[key]) {
			if fits(r.speakers[i]) {
				return r.speakers[i].name
			}
		}
		idx := ents[key]
		k := sort.Search(len(idx), func(k int) bool { return r.entities[idx[k]].pos >= pos })
		kin := -1 // a relative named as one ("the son of Ivo Pap"): another of the surname first
		for _, i := range slices.Backward(idx[:k]) {
			if e := r.entities[i]; fits(e) {
				if last && kin < 0 && r.namedAsKin(e) {
					kin = i
					continue
				}
				if last {
					return r.establishedName(lw, e.name)
				}
				return e.name
			}
		}
		if kin >= 0 {
			return r.establishedName(lw, r.entities[kin].name)
		}
		for _, i := range idx[k:] {
			if e := r.entities[i]; fits(e) {
				return e.name
			}
		}
	}
	return ""
}

// namedAsKin: is e named as someone's relative ("the son of former
// Kells player Ivo Pap", "his father, Ivo Pap"), a word of kin among the
// few words before the name in its sentence?
func (r *resolver) namedAsKin(e entity) bool {
	before := r.text[max(0, e.pos-48):e.pos]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if familyNouns[strings.Trim(w, ",;:")] {
			return true
		}
	}
	return false
}

// indexNames builds, once, fullNameBy's index of the entities of two
// words or more that are persons', by last word and by first, in text
// order; the speakers' index grows as they speak (addSpeaker). A long
// article's every candidate mention asks fullNameBy: its cost no longer
// grows with the article.
func (r *resolver) indexNames() {
	if r.entLast != nil {
		return
	}
	r.entLast, r.entFirst, r.entNorm = map[string][]int{}, map[string][]int{}, map[string]int{}
	for i, e := range r.entities {
		if _, ok := r.entNorm[e.norm]; !ok {
			r.entNorm[e.norm] = i // the first of each name
		}
		if e.kind == attrib.KindPerson && len(e.fields) >= 2 {
			r.entLast[e.fields[len(e.fields)-1]] = append(r.entLast[e.fields[len(e.fields)-1]], i)
			r.entFirst[e.fields[0]] = append(r.entFirst[e.fields[0]], i)
		}
		if e.kind == attrib.KindPerson && len(e.fields) >= 3 && !slices.ContainsFunc(e.fields, functionOrCommon) {
			if r.entMid == nil {
				r.entMid = map[string][]int{}
			}
			for _, f := range e.fields[1 : len(e.fields)-1] {
				r.entMid[f] = append(r.entMid[f], i)
			}
		}
	}
	if r.spkLast == nil {
		r.spkLast, r.spkFirst = map[string][]int{}, map[string][]int{}
		for i, e := range r.speakers {
			r.indexSpeaker(i, e)
		}
	}
}

// addSpeaker appends e to the speakers, and to fullNameBy's index
// once it is built.
func (r *resolver) addSpeaker(e entity) {
	r.speakers = append(r.speakers, e)
	if r.spkLast != nil {
		r.indexSpeaker(len(r.speakers)-1, e)
	}
}

func (r *resolver) indexSpeaker(i int, e entity) {
	if e.kind == attrib.KindPerson && len(e.fields) >= 2 {
		r.spkLast[e.fields[len(e.fields)-1]] = append(r.spkLast[e.fields[len(e.fields)-1]], i)
		r.spkFirst[e.fields[0]] = append(r.spkFirst[e.fields[0]], i)
	}
}

// peerTitles come before a peer's one name, which is no surname among
// others: "Lord Pap" is the name such a person goes by; a royal's title
// before a first name so too ("Prince Ivo", "Pope Ivo", "Sultan Ivo").
var peerTitles = []string{"Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl",
	"Prince", "Princess", "King", "Queen", "Emperor", "Empress", "Sultan", "Sheikh", "Emir", "Pope"}

// peerTitled: does the article write title t before a capital at all?
// Asked once per title, so that an article with no peer costs nothing
// more.
func (r *resolver) peerTitled(t string) bool {
	if r.peerIn == nil {
		r.peerIn = map[string]bool{}
		for _, p := range peerTitles {
			r.peerIn[p] = strings.Contains(r.text, p+" ")
		}
	}
	return r.peerIn[t]
}

// peerTitle is the peer's title the article writes before name ("Lord"
// for "Lord Pap"), "" if none.
func (r *resolver) peerTitle(name string) string {
	if t, ok := r.peers[name]; ok {
		return t
	}
	if r.peers == nil {
		r.peers = map[string]string{}
	}
	t := r.findPeerTitle(name)
	r.peers[name] = t
	return t
}

func (r *resolver) findPeerTitle(name string) string {
	for _, t := range peerTitles {
		if !r.peerTitled(t) {
			continue
		}
		if containsWord(r.text, t+" "+name) {
			return t
		}
	}
	return ""
}

// verbAfter: is the word right after e's name a verb in the past, as a
// clause's subject has it ("Pap levelled"), not a word that makes the name
// an object or a modifier ("praised Pap for", "a Pap win")?
func (r *resolver) verbAfter(e entity) bool {
	end := e.pos + len(e.name)
	if end > len(r.text) || r.text[e.pos:end] != e.name || end >= len(r.text) || r.text[end] != ' ' {
		return false
	}
	w, _, _ := nextTok(r.text[end:min(len(r.text), end+40)], 0)
	b := bare(w)
	return b != "" && b == w && (pastVerbs[b] || isSpeechVerb(b) || len(b) > 4 && strings.HasSuffix(b, "ed")) && !prepositions[b]
}

// nounAfterBody: is w a noun a body's word modifies ("police officers",
// "military sources"), not the verb after a body's name?
func nounAfterBody(w string) bool {
	return sourceNouns[w] || roleNouns[w] || titleWords[w] || occupations[w] || pluralSource(w)
}

// titledExactly names the latest person named in full before pos whose
// title is title, word for word ("Environment CEC Ivo Pap" for "the
// Environment CEC"), or "".
func (r *resolver) titledExactly(title string, pos int) string {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.pos >= pos || e.kind != attrib.KindPerson || len(e.fields) < 2 {
			continue
		}
		for _, t := range e.titles {
			if strings.EqualFold(strings.Trim(t, " ,."), title) {
				return e.name
			}
		}
	}
	return ""
}

// bodyHeadWords head a public body's name and stand for it alone after
// "the" ("the Ministry of Ports and Ferries ... the Ministry said").
var bodyHeadWords = toSet("ministry department council commission authority agency board bureau directorate committee tribunal")

// bodyNamedBefore is the latest body named before pos in more than one
// word, one of them head ("Ministry of Ports"), or "" for none.
func (r *resolver) bodyNamedBefore(head string, pos int) string {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.pos >= pos || len(e.fields) < 2 || e.kind == attrib.KindPerson && !orgWords[e.fields[0]] {
			continue
		}
		if slices.Contains(e.fields, head) {
			return e.name
		}
	}
	return ""
}

// agencyHeads end the names of public agencies ("the Kells Space
// Agency", "the Dunmore Weather Service").
var agencyHeads = toSet("agency administration service")

// reSaidInA finds the speech verb that tells of a statement at the end
// of a clause ("said in a", "said in an emailed").
var reSaidInA = rx(`\b(?:said|says|added|stated|wrote) in an? (?:\w+ )?$`)

// orgOpenedBy is the organisation named before pos whose name of two
// words or more opens with the one word lw ("Quistcorp Health
// Services" for "Quistcorp"), when no person the article names has that
// word in a name; "" for none.
func (r *resolver) orgOpenedBy(lw string, pos int) string {
	found := ""
	for _, e := range r.entities {
		if e.kind == attrib.KindPerson && slices.Contains(e.fields, lw) {
			return ""
		}
		if found == "" && e.pos < pos && e.kind == attrib.KindOrganization && len(e.fields) >= 2 && e.fields[0] == lw && strings.EqualFold(strings.Fields(e.name)[0], lw) && !isOutletName(e.name) && placeKind(e.fields[:1]) == "" {
			found = e.name
		}
	}
	return found
}

// bodyWrittenBefore is the latest "Kellish navy", "Kells police" written
// in the 1,500 bytes before pos: capitalised words before noun, one of
// them not a sentence's opening word; "" for none.
func bodyWrittenBefore(text, noun string, pos int) string {
	lo := max(0, pos-1500)
	w := text[lo:min(pos, len(text))]
	for end := len(w); end > 0; {
		i := strings.LastIndex(w[:end], " "+noun)
		if i < 0 {
			return ""
		}
		end = i
		if j := i + 1 + len(noun); j < len(w) && isWordByte(w[j]) {
			continue
		}
		seg := w[max(0, i-60):i]
		if nl := strings.LastIndexByte(seg, '\n'); nl >= 0 {
			seg = seg[nl+1:]
		}
		f := strings.Fields(seg)
		k := len(f)
		for k > 0 && isCapWord(f[k-1]) && !strings.ContainsAny(f[k-1], ".,;:\"\u201c\u201d") {
			k--
		}
		if k < len(f) && !(k == len(f)-1 && capStopwords[strings.ToLower(f[k])]) {
			name := strings.Join(f[k:], " ")
			if capStopwords[strings.ToLower(f[k])] {
				name = strings.Join(f[k+1:], " ")
			}
			return name + " " + noun
		}
	}
	return ""
}

// onePersonIn names the one person named in full in [lo, hi) (by surname
// too), when it names exactly one; "" else.
func (r *resolver) onePersonIn(lo, hi int) string {
	one := ""
	for _, e := range r.entities {
		if e.pos < lo || e.pos >= hi || e.kind != attrib.KindPerson {
			continue
		}
		if len(e.fields) < 2 || one != "" && one != e.name || isEnglishCommon(e.fields[len(e.fields)-1]) {
			return "" // (not "Quist Computer", a firm's name read as a person's)
		}
		one = e.name
	}
	for _, l := range r.lone {
		if l.pos < lo || l.pos >= hi || l.kind != attrib.KindPerson {
			continue
		}
		if full := r.fullNameBy(l.name, l.pos, true); full == "" || one != "" && one != full {
			return ""
		}
	}
	return one
}

// namesAnyone: does [lo, hi) name a person, in full or by a surname the
// article gives in full, or an organisation?
func (r *resolver) namesAnyone(lo, hi int) bool {
	for _, e := range r.entities {
		if e.pos >= lo && e.pos < hi && (e.kind == attrib.KindPerson && len(e.fields) > 1 || e.kind == attrib.KindOrganization) {
			return true
		}
	}
	for _, l := range r.lone {
		if l.pos >= lo && l.pos < hi && r.fullNameBy(l.name, l.pos, true) != "" {
			return true
		}
	}
	return false
}

// protagonistIn names, of the people named in [lo, hi), the one the
// article names most often before pos (in full or by surname alone), when
// that is not name and is named at least three times and more often than
// name: a description ("the Kells Cup winner") after a sentence about
// several people is the story's own subject.
func (r *resolver) protagonistIn(lo, hi, pos int, name string) string {
	count := map[string]int{}
	inSpan := map[string]bool{}
	for _, e := range r.entities {
		if e.pos >= pos || e.kind != attrib.KindPerson || len(e.fields) < 2 {
			continue
		}
		count[e.name]++
		if e.pos >= lo && e.pos < hi && r.verbAfter(e) {
			inSpan[e.name] = true
		}
	}
	for _, l := range r.lone {
		if l.pos >= pos || l.kind != attrib.KindPerson {
			continue
		}
		if full := r.fullNameBy(l.name, l.pos, true); full != "" {
			count[full]++
			if l.pos >= lo && l.pos < hi && r.verbAfter(l) {
				inSpan[full] = true
			}
		}
	}
	best := ""
	for n := range inSpan {
		if count[n] > count[best] || count[n] == count[best] && n < best {
			best = n
		}
	}
	if best == "" || best == name || count[best] < 3 || count[best] <= count[name] {
		return ""
	}
	return best
}

// establishedName: the full name a surname alone (lw) stands for, given
// near, the nearest before it that ends with it: the first person
// of that surname instead when the article wrote the surname alone for
// that person before it named near. A second of the name ("her husband,
// Tom Pap") does not take "Pap" from the Ada Pap the article has been
// calling so.
func (r *resolver) establishedName(lw, near string) string {
	r.indexSurnames()
	names := r.bySurname[lw]
	nearAt, ok := r.firstAt[near]
	if !ok || len(names) < 2 {
		return near
	}
	lone := r.lonePos[lw]
	for _, name := range names { // in the order they were first named
		at := r.firstAt[name]
		if at >= nearAt {
			break
		}
		if k := sort.SearchInts(lone, at+1); k < len(lone) && lone[k] < nearAt {
			return name
		}
	}
	return near
}

// indexSurnames builds, once, what establishedName reads: each person's
// first mention, the people of each surname in that order, and where
// each surname stands alone, so that each reading costs a few lookups and
// no walk over the article.
func (r *resolver) indexSurnames() {
	if r.firstAt != nil {
		return
	}
	r.firstAt, r.bySurname, r.lonePos = map[string]int{}, map[string][]string{}, map[string][]int{}
	for _, e := range r.entities {
		if e.kind != attrib.KindPerson || len(e.fields) < 2 {
			continue
		}
		if _, ok := r.firstAt[e.name]; !ok {
			r.firstAt[e.name] = e.pos
			last := e.fields[len(e.fields)-1]
			r.bySurname[last] = append(r.bySurname[last], e.name)
		}
	}
	for _, l := range r.lone {
		r.lonePos[l.norm] = append(r.lonePos[l.norm], l.pos)
	}
}

// pronoun resolves he/she/they to the most recent compatible speaker, else
// the most recent compatible person named before it.
func (r *resolver) pronoun(m mention, pos int) (string, string) {
	want := m.gender
	ok := func(e entity) bool {
		if m.name == "they" || m.name == "it" {
			return e.kind == attrib.KindOrganization && e.spokes == "" && !(m.name == "they" && isOutletName(e.name)) || // (not the firm a spokesman spoke for, nor the paper they told)
				m.name == "they" && e.name == "" && e.kind == kindGroup || // ("sources said ... they added")
				m.name == "it" && r.itSpoke(e, pos) // ("said Quistware. ... it said")
		}
		if m.name == "i" || m.name == "we" {
			return false
		}
		g := e.gender
		if g == "" {
			g = r.sexes[e.name] // (a speaker quoted first with no "he" or "she")
		}
		return (e.kind == attrib.KindPerson || e.voice) && (want == "" || g == "" || g == want)
	}
	r.unnamedLast = false
	later := -1 // a speaker of no known sex whose name opens with a common word
	// (the nearest speakers only: in an article of thousands of quotes a
	// "she" none of them fits would read them all for each quote)
	for i := len(r.speakers) - 1; i >= max(0, len(r.speakers)-nearSpeakers); i-- {
		if ok(r.speakers[i]) {
			if r.speakers[i].name == "" {
				if later >= 0 {
					break
				}
				r.unnamedLast = true
				return "", "" // an unnamed source spoke last ("a spokesman said")
			}
			if e := r.speakers[i]; want != "" && e.gender == "" && len(e.fields) > 1 && !isFirstName(e.fields[0]) && !slices.ContainsFunc(e.fields, func(f string) bool { return !isEnglishCommon(f) }) {
				// "Harbour Isle", "Harbour Hour": a place or a thing taken for a
				// speaker; "he" then reads back past it to a man who spoke, if any
				if later < 0 {
					later = i
				}
				continue
			}
			if m.name == "it" {
				return r.speakers[i].name, attrib.KindOrganization
			}
			if e := r.speakers[i]; want != "" && e.gender == "" && r.sexes[e.name] == "" {
				// "said Dorrin Pap ... Ada Moss's plan failed, but she
				// said": a person of the pronoun's sex named since a
				// speaker of no known sex spoke
				if n, ok := r.sexedSince(e, pos, want); ok {
					return n.name, n.kind
				}
			}
			return r.speakers[i].name, r.speakers[i].kind
		}
	}
	if later >= 0 {
		return r.speakers[later].name, r.speakers[later].kind
	}
	// of the people named before, one of the pronoun's sex first: "she"
	// after "Ada Moss ... on Harbour Radio" is Ada Moss, not the
	// programme read as a name of no known sex
	// then one of no known sex, a name that ends in a common word last
	// ("Harbour Hour", "Quist League": a programme, a club)
	var unknown, thing, objMatch, objUnknown *entity
	// "Chief Secretary Zelvan Okonkwo declined to comment. "...," he
	// said.": one of no known sex, titled, named in full in the quote's
	// paragraph (a first name the lexicon does not know), before one of
	// the pronoun's sex named in a paragraph before
	nearUnknown := func(u *entity, e entity) bool {
		return u != nil && want != "" && pos-u.pos < 400 && pos <= len(r.text) && u.pos > e.pos && !strings.Contains(r.text[u.pos:pos], "\n") && strings.Contains(r.text[e.pos:u.pos], "\n") && len(u.fields) > 1 && u.kind == attrib.KindPerson && !isEnglishCommon(u.fields[len(u.fields)-1]) && slices.ContainsFunc(u.titles, func(t string) bool { return titleWords[strings.ToLower(lastWord(t))] })
	}
	for e := range r.namedBefore(pos, want) {
		if ok(e) && !e.owner {
			if (want == "" || e.gender == want) && objMatch == nil && r.objectAt(e, pos) {
				// "after meeting President Ivo Pap": named as a verb's or a
				// preposition's object; the nearest one named as a subject
				// first, if any is near
				objMatch = &e
				continue
			}
			if want == "" || e.gender == want {
				if objMatch != nil && objMatch.pos-e.pos > 600 {
					return objMatch.name, objMatch.kind
				}
				if nearUnknown(unknown, e) {
					return unknown.name, unknown.kind
				}
				return e.name, e.kind
			}
			if thing == nil && e.kind == attrib.KindPerson && len(e.fields) > 1 && isEnglishCommon(e.fields[len(e.fields)-1]) {
				thing = &e
			} else if unknown == nil && objUnknown == nil && r.objectAt(e, pos) {
				objUnknown = &e // (as above: a subject of no known sex first, if near)
			} else if unknown == nil && (objUnknown == nil || objUnknown.pos-e.pos <= 600) {
				unknown = &e
			}
		}
	}
	if objMatch != nil {
		if nearUnknown(unknown, *objMatch) {
			return unknown.name, unknown.kind
		}
		return objMatch.name, objMatch.kind
	}
	if unknown == nil {
		unknown = objUnknown
	}
	if unknown == nil {
		unknown = thing
	}
	if unknown != nil {
		return unknown.name, unknown.kind
	}
	return "", ""
}

// ownerAt: does text at i go on with a possessive's "'s" (or "’s")?
func ownerAt(text string, i int) bool {
	return i <= len(text) && (strings.HasPrefix(text[i:], "'s ") || strings.HasPrefix(text[i:], "\u2019s "))
}

// namesRegion: is s a state, province or country as the lexicons write
// them ("Ohio", "Calif.", "Peru"), nothing more ("Ohio Secretary of State"
// is an office)?
func namesRegion(s string) bool {
	l := strings.ToLower(strings.TrimRight(strings.TrimSpace(s), "."))
	return l != "" && (places[l] || countries[l])
}

// sexedSince is the person of sex want named last since the paragraph of
// speaker spk, a speaker of no known sex, and before pos, if that is
// all of: named after that paragraph; the speaker not named again since
// ("Pap blamed his coach, Ivo Quist, ... he said" is still Pap); named in
// full with a first name the lexicon knows (not a place's or a body's
// name read as a person's), not as a thing's owner; or by a surname alone
// as the owner that opens a sentence ("Quist's plan failed, but she
// said"; not "with Quist's plan", which is often no subject).
func (r *resolver) sexedSince(spk entity, pos int, want string) (entity, bool) {
	from := spk.pos
	if from < 0 || pos > len(r.text) || from >= pos {
		return entity{}, false
	}
	nl := strings.IndexByte(r.text[from:pos], '\n')
	if nl < 0 || strings.Contains(r.text[from+nl:pos], spk.name[strings.LastIndexByte(spk.name, ' ')+1:]) {
		return entity{}, false
	}
	from += nl
	fullOf := func(e entity) entity { // ("Van Dorr" of "Ada Van Dorr", named before)
		for _, f := range r.entities[:r.entitiesBefore(e.pos)] {
			if f.kind == attrib.KindPerson && strings.HasSuffix(f.name, " "+e.name) {
				return f
			}
		}
		return e
	}
	sexOf := func(e entity) string { return cmp.Or(e.gender, r.sexes[e.name], nameGender(e.name)) }
	opensAsOwner := func(at, n int) bool { // "Quist's plan failed, but she said"
		before := strings.TrimRight(r.text[max(0, at-3):at], " ")
		return (before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ".")) && ownerAt(r.text, at+n)
	}
	full := -1
	for i := len(r.entities) - 1; i >= 0 && r.entities[i].pos > from; i-- {
		if e := r.entities[i]; e.pos < pos && e.kind == attrib.KindPerson {
			full = i
			break
		}
	}
	j, _ := slices.BinarySearchFunc(r.lone, pos, func(l entity, p int) int { return cmp.Compare(l.pos, p) })
	if j--; j >= 0 && r.lone[j].pos > from && (full < 0 || r.lone[j].pos > r.entities[full].pos) {
		// a surname alone last: the owner opening a sentence
		if l := r.lone[j]; !opensAsOwner(l.pos, len(l.name)) {
			return entity{}, false
		}
		if lr := r.readLone(j); lr.named >= 0 {
			if e := r.entities[lr.named]; e.kind == attrib.KindPerson && sexOf(e) == want {
				return e, true
			}
		}
		return entity{}, false
	}
	if full < 0 {
		return entity{}, false
	}
	if e := r.entities[full]; !e.owner && !ownerAt(r.text, e.pos+len(e.name)) && sexOf(e) == want && len(e.fields) >= 2 && isFirstName(e.fields[0]) && placeKind(e.fields) == "" || opensAsOwner(e.pos, len(e.name)) && sexOf(fullOf(e)) == want {
		return fullOf(e), true
	}
	return entity{}, false
}

// objectAt: is entity e named as an object, a verb's or a preposition's
// ("after meeting President Ivo Pap", "reports that misquoted Dr Ivo
// Pap", "with Ivo Pap", "beat Ivo Pap"), the word before its name a
// preposition or a verb in the past or in -ing (not a speech verb: "said
// Ivo Pap" is a tag)?
func (r *resolver) objectAt(e entity, pos int) bool {
	if e.pos <= 0 || e.pos >= pos {
		return false
	}
	w := strings.ToLower(lastWords(r.text[max(0, e.pos-24):e.pos], 1))
	if w == "" || strings.ContainsAny(w, ",.;:\"\u201c\u201d") {
		return false
	}
	if speechVerbs[w] {
		return false
	}
	return prepositions[w] || pastVerbs[w] || len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// sexless: is e a one-word name read as a person's that nothing gave a
// sex, no first name nor common word: a firm or a body as likely ("said
// Quistware"), that an "it" may stand for.
func (r *resolver) sexless(e entity) bool {
	if e.kind != attrib.KindPerson || len(e.fields) != 1 || e.gender != "" || r.sexes[e.name] != "" {
		return false
	}
	w := e.fields[0]
	return !isFirstName(w) && !isEnglishCommon(w) && !pluralOfCommon(w) && !demonymPlural(w)
}

// itSpoke: may an "it" at pos stand for e, a speaker? When e spoke last,
// just before, as a name that may be a firm's (sexless), with no
// organisation named since.
func (r *resolver) itSpoke(e entity, pos int) bool {
	n := len(r.speakers)
	if n == 0 || r.speakers[n-1].name != e.name || pos-r.speakers[n-1].pos > 400 || !r.sexless(e) {
		return false
	}
	return !slices.ContainsFunc(r.entities, func(o entity) bool {
		return o.kind == attrib.KindOrganization && o.pos > r.speakers[n-1].pos && o.pos < pos
	})
}

// pronounsOpening: do a he and a she come before pos in its sentence?
func pronounsOpening(text string, pos int) (he, she bool) {
	lo := pos
	for lo > 0 && pos-lo < 300 && text[lo-1] != '\n' {
		if lo >= 2 && text[lo-1] == ' ' && (text[lo-2] == '.' || text[lo-2] == '!' || text[lo-2] == '?') {
			w := lastWords(text[max(0, lo-20):lo-2], 1)
			if w == "" || !abbrevs[strings.ToLower(strings.TrimRight(w, "."))] {
				break
			}
		}
		lo--
	}
	for _, w := range strings.Fields(text[lo:pos]) {
		switch strings.ToLower(strings.Trim(w, ",;:\u201c\u201d\"")) {
		case "he":
			he = true
		case "she":
			she = true
		}
	}
	return he, she
}

// namedBefore yields the entities named before pos, nearest first, a
// surname alone ("Mr Pap", "Pap said") naming again the person named in
// full before it: after "Ivo Pap and Tom Brack met. Mr Pap left", Ivo Pap
// is the nearer.
//
// A surname after a he or she of the sex wanted in its sentence is passed
// over: in "He says Pap was wrong. He left", the second he is the first,
// not Pap.
func (r *resolver) namedBefore(pos int, want string) iter.Seq[entity] {
	return func(yield func(entity) bool) {
		i, j := len(r.entities)-1, len(r.lone)-1
		for i >= 0 && r.entities[i].pos >= pos {
			i--
		}
		for j >= 0 && r.lone[j].pos >= pos {
			j--
		}
		stop := max(-1, j-nearLone) // (the nearest surnames alone only: a long article's are many)
		for i >= 0 || j > stop {
			if i >= 0 && (j <= stop || r.entities[i].pos > r.lone[j].pos) {
				if !yield(r.entities[i]) {
					return
				}
				i--
				continue
			}
			lr := r.readLone(j)
			j--
			if lr.opens(want) {
				continue
			}
			if lr.named < 0 {
				// "Ms Quist", never named in full: she herself, for a
				// pronoun of her sex
				// (not "Sir Ivo", a first name: the Ivo Pap named before)
				if l := r.lone[j+1]; want != "" && l.gender == want && len(l.titles) > 0 {
					p := r.peerTitle(l.name)
					if isFirstName(l.norm) && p == "" {
						continue // (a peer's title goes with a surname: "Lord Glen", a first name too)
					}
					if p != "" {
						l.name = p + " " + l.name // "Lord Quist"
					}
					if !yield(l) {
						return
					}
				}
				continue
			}
			if !yield(r.entities[lr.named]) {
				return
			}
		}
	}
}

// genderFits: can a pronoun of gender g stand for mention m, resolved to
// name, as the mention or the article's entity of that name gives its
// gender?
func (r *resolver) genderFits(m mention, name, g string) bool {
	mg := m.gender
	if mg == "" {
		for _, e := range r.entities {
			if e.name == name && e.gender != "" {
				mg = e.gender
				break
			}
		}
	}
	return g == "" || mg == "" || mg == g
}

// titledGender is the sex g a person's titles give, unless only a word
// that women hold too gives it ("chairman", "spokesman", "actor"): then
// the sex the first name gives, if any ("Harbour Party chairman Nia
// Kroll" is a woman).
func titledGender(g, name string, titles []string, kind string) string {
	if g == "" || kind != attrib.KindPerson {
		return g
	}
	shared := false
	for _, t := range titles {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			w = strings.Trim(w, ".,;:")
			if genderWords[w] != 0 && !sharedTitles[w] {
				return g // "Ms", "Lord", "actress", "his wife"
			}
			shared = shared || sharedTitles[w]
		}
	}
	if shared {
		return nameGender(name) // (none when the first name does not tell)
	}
	return g // (a pronoun's: "she said")
}

// sharedTitles are words of a man's office that women hold as well.
var sharedTitles = toSet("chairman spokesman congressman councilman businessman actor")

func (r *resolver) spoke(name, kind string, m mention, pos int) {
	g := titledGender(m.gender, name, m.titles, kind)
	for _, e := range r.entities {
		if e.name == name && e.gender != "" && g == "" {
			g = e.gender
		}
	}
	if g == "" && kind == attrib.KindPerson {
		g = nameGender(name)
		if g == "" && !strings.Contains(name, " ") {
			g = firstNames()[strings.ToLower(name)] // a first name alone ("Nia said")
		}
	}
	titles := m.titles
	if m.kind == kindRole && m.name != "" && name != m.name && kind == attrib.KindPerson {
		// "the harbour secretary" read as Ivo Pap: a later one is him too
		titles = append(titles[:len(titles):len(titles)], m.name)
	}
	e := newEntity(name, kind, g, titles, pos)
	// (an organisation heard through its spokesperson: a later "she" may
	// mean it)
	e.voice = m.voice
	if m.spokes != "" && kind == attrib.KindOrganization {
		e.voice, e.spokes = true, m.spokes
	}
	if n := len(r.speakers); m.kind == "" && n > 0 && r.speakers[n-1].name == name {
		e.voice, e.spokes = r.speakers[n-1].voice, r.speakers[n-1].spokes // a quote that goes on
	}
	r.addSpeaker(e)
	if r.spoken == nil {
		r.spoken, r.sexes = map[string]bool{}, map[string]string{}
	}
	r.spoken[name] = true
	if g != "" && kind == attrib.KindPerson {
		r.sexes[name] = g
	}
}

func sortQuotes(qs []qspan) {
	sort.Slice(qs, func(i, j int) bool { return qs[i].open < qs[j].open })
}

// statementIssuer: who issued the statement (or release) a tag at pos
// names ("the statement said"): the subject of the latest sentence up to
// pos that tells of one ("Ada Moss said in a statement", "The
// harbour master said in a formal statement") or the body after "from" or
// "by" there ("a statement from the Kells Port Authority"), resolved where
// it stands; else "" (that sentence names no one it can read, or none
// within 1,500 bytes tells of one).
func (r *resolver) statementIssuer(pos int, noun string) (string, string) {
	t := r.masked
	own := min(pos, len(t)) // (this sentence too: "X released a statement that said")
	from := max(0, own-1500)
	if noun == "report" || noun == "study" {
		from = max(0, own-3000) // (an article's one report, told of in its opening paragraphs)
	}
	k, end, rest := -1, own, ""
	for n := 0; n < 4 && k < 0; n++ {
		// the latest telling of one issued: "in a statement", "issued a
		// statement", "a statement from" (not "the statement he denied")
		i := strings.LastIndex(t[from:end], noun)
		if i < 0 {
			return "", ""
		}
		i += from
		end = i
		if i > 0 && isWordByte(t[i-1]) || i+len(noun) < len(t) && isWordByte(t[i+len(noun)]) && t[i+len(noun)] != 's' {
			n-- // ("misstatement", "reported": no telling of one)
			continue
		}
		rest = strings.TrimLeft(t[i+len(noun):min(len(t), i+len(noun)+120)], "s")
		if body := bodyOwnerBefore(t[max(from, i-30):i]); body != "" {
			// "the company's statement said" told of before: the company's
			name, kind, _ := r.resolveRaw(mention{kind: "noun", noun: body, definite: true}, i)
			if kind == attrib.KindOrganization && !isOutletName(name) {
				return name, kind
			}
		}
		if issuedBefore(t[max(from, i-40):i]) || strings.HasPrefix(rest, " from ") || strings.HasPrefix(rest, " by ") || strings.HasPrefix(rest, " released by ") || strings.HasPrefix(rest, " issued by ") {
			k = i
		}
	}
	if k < 0 {
		return "", ""
	}
	start := clauseStart(t, k)
	var subj mention
	for _, p := range []string{" from ", " released by ", " issued by ", " by "} {
		if np, ok := strings.CutPrefix(rest, p); ok {
			// "a report from the Kells Safety Agency found": the body's
			// name, the verb after it no part of it
			if locs := capRuns(np); len(locs) > 0 && (locs[0][0] == 0 || locs[0][0] == 4 && strings.HasPrefix(np, "the ")) {
				if m := runMention(capRun{words: strings.Fields(np[locs[0][0]:locs[0][1]])}, nil); m.kind == attrib.KindOrganization {
					subj = m
				}
			}
			if subj.kind == "" {
				subj = parseNP(cutNP(np), nil)
			}
			if segs := strings.SplitN(np, ",", 3); len(segs) == 3 && capsOnly(strings.TrimSpace(segs[1])) {
				// "a statement issued by the governor's press secretary,
				// Ada Moss, described": the name in apposition
				if m := parseNP(segs[1], nil); m.kind == attrib.KindPerson && strings.Contains(m.name, " ") {
					subj = m
				}
			}
			break
		}
	}
	if subj.kind == "" {
		subj = sentenceSubject(t[start:k], nil)
		if lo := reSaidInA.FindStringIndex(t[start:k]); lo != nil && (subj.kind == "" || subj.kind == "pronoun" && subj.name == "they") {
			// "While they disputed it, Ivo Pap, director of Kells Fest said
			// in a statement": the subject of the verb the statement is
			// told with, past an opening clause
			if m := subjectBefore(t[start:start+lo[0]], nil); m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
				subj = m
			}
		}
	}
	if subj.kind == "" && openedByIn(t[start:k]) {
		// "In an emailed statement on Monday, the firm's vice president,
		// Ada Moss, said": the subject after the opener
		if c := strings.Index(t[k:min(len(t), k+80)], ", "); c >= 0 {
			after := t[k+c+2:]
			if e := strings.IndexByte(after, '\n'); e >= 0 {
				after = after[:e]
			}
			if e := strings.Index(after, ". "); e >= 0 {
				after = after[:e]
			}
			subj = sentenceSubject(after, nil)
		}
	}
	if subj.kind == "" {
		subj = bodyOpens(t[start:k], nil)
	}
	if subj.kind == "" {
		subj = parseNP(cutNP(t[start:k]), nil) // "The Harbour Board, meanwhile, released a statement"
	}
	if subj.kind == "" || subj.kind == "noun" && (subj.noun == noun || !subj.definite) {
		return "", ""
	}
	name, kind, _ := r.resolveHow(subj, k)
	if kind != attrib.KindPerson && kind != attrib.KindOrganization || isOutletName(name) {
		return "", ""
	}
	return name, kind
}

// actingSites are places whose operators speak as the place does ("the
// airport said", "the hospital said in a statement").
var actingSites = toSet("airport hospital zoo museum")

// bodyOwnerBefore: the noun of a body described as a statement's owner
// right before it ("the company's ", "the agency’s "), else "".
func bodyOwnerBefore(pre string) string {
	var buf [2]string
	if f := lastFields(pre, buf[:0]); len(f) == 2 && strings.EqualFold(f[0], "the") && isPossessive(f[1]) {
		if n := trimPossessive(f[1]); bodyNoun(n) {
			return n
		}
	}
	return ""
}

// bodyNoun: is n a noun that stands for a body named before ("the
// company", "the agency")?
func bodyNoun(n string) bool { return companyNouns[n] || orgNouns[n] }

// openedByIn: does the clause before a statement's noun open with "in",
// a conjunction perhaps before it ("But in a statement ...")?
func openedByIn(lead string) bool {
	f := strings.Fields(lead)
	if len(f) > 1 && sentenceConjunctions[f[0]] {
		f = f[1:]
	}
	return len(f) > 0 && strings.EqualFold(f[0], "in")
}

// statementVerbs tell of a statement made: "said in a", "issued a",
// "shared a statement with".
var statementVerbs = toSet("in issued released put sent published shared provided gave emailed posted")

// issuedBefore: do the words before a statement's noun tell of it being
// made ("said in a", "in an official", "issued a", "released a joint")?
func issuedBefore(pre string) bool {
	f := strings.Fields(strings.ToLower(pre))
	for i := len(f) - 1; i >= 0 && i >= len(f)-3; i-- {
		switch f[i] {
		case "a", "an":
			return i > 0 && statementVerbs[f[i-1]]
		}
	}
	return false
}

// clauseStart is the offset where the sentence holding offset i starts:
// after the last line break or full stop and space before it.
func clauseStart(t string, i int) int {
	j := max(strings.LastIndexByte(t[:i], '\n'), strings.LastIndex(t[:i], ". "), strings.LastIndex(t[:i], "? "), strings.LastIndex(t[:i], "! "))
	switch {
	case j < 0:
		return 0
	case t[j] == '\n':
		return j + 1
	}
	return j + 2
}

// personGender is the sex m's title or first name gives ("m", "f"), or "".
func personGender(m mention) string {
	if m.gender != "" {
		return m.gender
	}
	return nameGender(m.name)
}

// nearestClauseVerb is the index of the last finite verb of ts in the
// past ("appealed", "made"; not a participle, nor a noun after "the"), or
// -1 when none comes before a comma or a quotation.
func nearestClauseVerb(ts []tok) int {
	for i := len(ts) - 1; i > 0; i-- {
		w := bare(ts[i].w)
		if ts[i].w == quoteToken || strings.HasSuffix(ts[i].w, ",") && i < len(ts)-1 {
			return -1 // (the comma right before the participle is its own: "..., writing:")
		}
		w = strings.TrimSuffix(w, ",")
		if w == strings.TrimSuffix(ts[i].w, ",") && (pastVerbs[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") || i > 1 && afterModal(ts, i) && isLowerWord(w)) && !participleVerbs[w] && !nounMarker(ts[i-1].w) {
			return i // "he resigned", "he would reaffirm"
		}
	}
	return -1
}

// subordinateSubject: the person a clause opened by the last
// subordinator of ts ("after", "when", "because") is about, when a verb
// of its own follows the name ("after Ivo Pap, a clerk, resigned"); else
// no mention.
func subordinateSubject(before string, ts []tok, known []string) mention {
	for i := len(ts) - 2; i >= 0; i-- {
		if !subordinate(ts[i].w) || bare(ts[i].w) == "that" || bare(ts[i].w) == "which" || bare(ts[i].w) == "who" {
			continue
		}
		last := ts[len(ts)-1]
		if !clauseVerb(bare(last.w)) || bare(last.w) != last.w {
			return mention{}
		}
		if m := firstPerson(before[ts[i].end:last.start], known); m.kind == attrib.KindPerson {
			return m
		}
		return mention{}
	}
	return mention{}
}

// partyOpens is the party whose name opens before as its clause's
// subject, a verb right after it ("The Greens released a note, calling
// it"), else none.
func partyOpens(before string, known []string) mention {
	ts := tokens(before)
	for len(ts) > 0 && (adverbOpeners[bare(ts[0].w)] || bare(ts[0].w) == "") {
		ts = ts[1:]
	}
	for k := 1; k <= 3 && k < len(ts); k++ {
		if !isCapWord(ts[k-1].w) || strings.HasSuffix(ts[k-1].w, ",") {
			return mention{}
		}
		if v := bare(ts[k].w); v == ts[k].w && clauseVerb(v) {
			if m := parseNP(before[ts[0].start:ts[k-1].end], known); isParty(m) {
				return m
			}
			return mention{}
		}
	}
	return mention{}
}

// bodyOpens reads a body described by a noun opening the sentence as
// the subject of its first verb ("The company initially declined ...",
// "The Kells ferry firm issued ..."), else no mention.
func bodyOpens(before string, known []string) mention {
	ts := tokens(before)
	for len(ts) > 0 && (adverbOpeners[bare(ts[0].w)] || bare(ts[0].w) == "") {
		ts = ts[1:]
	}
	if len(ts) < 3 || bare(ts[0].w) != "the" {
		return mention{}
	}
	for j := 1; j < len(ts)-1 && j <= 3; j++ {
		w := bare(ts[j].w)
		if !orgNouns[w] || sourceNouns[w] || strings.HasSuffix(ts[j].w, ",") {
			if ts[j].w != w && !isPossessive(ts[j].w) || strings.HasSuffix(w, "ed") {
				return mention{} // (a mark or a verb before any body's noun)
			}
			continue
		}
		k := j + 1
		for k < len(ts)-1 && (strings.HasSuffix(bare(ts[k].w), "ly") || bodyAdverbs[bare(ts[k].w)]) {
			k++
		}
		if v := bare(ts[k].w); v == ts[k].w && clauseVerb(v) {
			if m := parseNP(before[ts[0].start:ts[j].end], known); m.kind == "noun" && m.definite {
				return m
			}
		}
		return mention{}
	}
	return mention{}
}

// bodyAdverbs stand between a body's noun and its verb ("the company
// later issued").
var bodyAdverbs = toSet("later also then since first again still instead")

// sentenceSubject reads the subject of the clause a quote sits in, when
// that clause opens with a name phrase followed by its verb: leading
// adverbials ("In a statement,", "Meanwhile") are skipped; a clause that
// opens any other way has no subject we can trust.
// nearSpeakers is how many speakers, latest first, a pronoun reads back
// over before the people named.
const nearSpeakers = 200

// nearLone is how many surnames alone namedBefore reads back over.
const nearLone = 64

// loneReading is what namedBefore reads of a surname alone, once: the
// entity of the person it names (-1 for none) and whether a he or a she
// comes before it in its sentence.
type loneReading struct {
	done    bool
	named   int
	he, she bool
}

// opens: does a pronoun of sex want (either, if none) come before it?
func (lr loneReading) opens(want string) bool {
	switch want {
	case "m":
		return lr.he
	case "f":
		return lr.she
	}
	return lr.he || lr.she
}

// readLone reads r.lone[j] for namedBefore, the first time it is asked:
// a pronoun quote after many surnames costs a step each, not a search.
func (r *resolver) readLone(j int) loneReading {
	if r.loneRead == nil {
		r.loneRead = make([]loneReading, len(r.lone))
	}
	lr := &r.loneRead[j]
	if lr.done {
		return *lr
	}
	l := r.lone[j]
	lr.done, lr.named = true, -1
	lr.he, lr.she = pronounsOpening(r.text, l.pos)
	if full := r.fullNameBy(l.name, l.pos, true); full != "" {
		for i, e := range r.entities {
			if e.name == full && e.pos < l.pos {
				lr.named = i
				break
			}
		}
	}
	return *lr
}

// descHead is the head word of a description: its last word, or the
// last before an "of", "for" or "at" ("specialist" in "computer specialist
// at the agency").
func descHead(ts []tok) string {
	for i := 1; i < len(ts); i++ {
		if w := bare(ts[i].w); w == "of" || w == "for" || w == "at" {
			return bare(ts[i-1].w)
		}
	}
	return bare(ts[len(ts)-1].w)
}

// agentNoun: is w a common noun for someone who does something, by its
// ending ("specialist", "historian", "researcher", "inspector")?
func agentNoun(w string) bool {
	if len(w) < 6 || !isEnglishCommon(w) {
		return false
	}
	for _, suf := range []string{"ist", "ian", "er", "or"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func sentenceSubject(before string, known []string) mention {
	oneClause := !strings.Contains(before, quoteToken)
	if i := strings.LastIndex(before, quoteToken); i >= 0 {
		// the clause after an earlier quote, if it starts a new one
		rest := before[i+len(quoteToken):]
		if r := strings.TrimLeft(rest, " ,"); ownClause(r) {
			// `X called it "...", while the reviewer said it was "...`: a
			// clause of its own, whose subject is its own
			return sentenceSubject(r[strings.IndexByte(r, ' ')+1:], known)
		}
		head := tokens(before[:i])
		if len(head) > 0 && prepositions[bare(head[0].w)] && !strings.Contains(before[:i], ",") && len(strings.TrimSpace(rest)) > 0 {
			// `On "Show Name," X said`: the quote was in an adverbial opener
			before = strings.TrimPrefix(strings.TrimSpace(rest), ",")
		} else if !strings.ContainsAny(rest, ";") {
			before = before[:i]
		} else {
			before = rest[strings.LastIndex(rest, ";")+1:]
		}
	}
	before = reAffiliation.ReplaceAllString(before, " ")
	segs := strings.Split(before, ",")
	for k := len(segs) - 1; k > 0; k-- {
		// "Kells won the cup, but Ivo Pap called it ...": the clause the
		// quote is in has a subject of its own
		// (a name after the joiner: not "but was content", "but it
		// could", "while the rest were")
		// (a later joiner with a clause of its own decides: "..., but Ivo
		// dozed, and as Pap spoke of "...": not Ivo; "..., and not just
		// for Quist" has none)
		if ownClause(segs[k]) {
			return mention{} // `..., while the Kells Courier's reviewer called it`: its own subject, no name
		}
		if ts := tokens(segs[k]); len(ts) > 1 && clauseJoiners[bare(ts[0].w)] {
			if len(ts) > 3 && isCapWord(ts[1].w) && !capStopwords[bare(ts[1].w)] && !isOutletName(capsFrom(ts, 1)) {
				segs = segs[k:]
				break
			}
			if subordinate(ts[1].w) {
				break
			}
		}
	}
	for k, seg := range segs {
		ts := tokens(seg)
		for len(ts) > 0 && (adverbOpeners[bare(ts[0].w)] || bare(ts[0].w) == "") {
			ts = ts[1:]
		}
		if len(ts) == 0 || len(ts) > 1 && monthNames[bare(ts[0].w)] && ts[1].w[0] >= '0' && ts[1].w[0] <= '9' {
			continue // (nor "March 3, 2021 9:10 am": a date, no one)
		}
		if f := bare(ts[0].w); prepositions[f] || subordinate(ts[0].w) || k < len(segs)-1 && (openingIng(f) || ingPhrase(ts) || timeSpan(ts)) {
			continue // an adverbial: "In July", "At a rally", "When ...", "Praising Kells for ...", "Days after the vote"
		}
		if k > 0 && k < len(segs)-1 && len(ts) == 1 && isCapWord(ts[0].w) && strings.HasSuffix(strings.TrimSpace(seg), ".") && adverbialSegment(segs[k-1]) {
			continue // "in Kells, Ore., the board": the place's state, as news style shortens it
		}
		if l := descHead(ts); k+2 < len(segs) && !isCapWord(l) && (titleWords[l] || roleNouns[l] || occupations[l] || sourceNouns[l] || agentNoun(l)) && nounPhrase(ts) {
			// "Quistware's Dunmore ferry director, Ivo Pap, reached out":
			// a description, the name it describes, then the verb
			if vt := tokens(segs[k+2]); len(vt) > 0 && !isCapWord(vt[0].w) && !nonVerbs[bare(vt[0].w)] && !subordinate(vt[0].w) {
				if m := parseNP(strings.TrimSpace(segs[k+1]), known); m.kind == attrib.KindPerson && strings.Contains(m.name, " ") && capsOnly(segs[k+1]) {
					m.titles = append(m.titles, cleanTitle(seg))
					return m
				}
			}
		}
		if oneClause && (k == len(segs)-1 || k == 0) {
			// "The judges praised its "..." approach": people named by
			// common words, the subject of a verb in the past or present
			// ("Prosecutors wanted": one capitalised word stays a name)
			for j := 1; j < len(ts) && j <= 4 && (j > 1 || ts[0].w == bare(ts[0].w)); j++ {
				if v := bare(ts[j].w); strings.HasSuffix(v, "ed") || pastVerbs[v] || speechVerbs[v] {
					var ws []string
					for _, t := range ts[:j] {
						ws = append(ws, t.w)
					}
					if head := groupOfPeople(ws); head != "" {
						return groupMention(ws, head)
					}
					break
				}
			}
		}
		// the name phrase runs to the first lower-case word that is not a
		// determiner or title
		end := 0
		for end < len(ts) && (isCapWord(ts[end].w) || nonVerbs[bare(ts[end].w)] && end == 0 || titleWords[bare(ts[end].w)] ||
			ts[end].w == "&" && end > 0 && end+1 < len(ts) && isCapWord(ts[end+1].w) || // "Quist & Moss has"
			ts[end].w == "and" && end > 0 && portfolioPair(tokWords(ts[:end]), tokWords(ts[end+1:min(len(ts), end+6)])) || // "Trade and Ports Minister X"
			roleWords[bare(ts[end].w)] && end+1 < len(ts) && (isCapWord(ts[end+1].w) || titleWords[bare(ts[end+1].w)] || roleWords[bare(ts[end+1].w)]) || // "Republican presidential nominee X"
			occupations[bare(ts[end].w)] && end > 0 && end+1 < len(ts) && isCapWord(ts[end+1].w) || // "Kells striker X"
			end > 0 && occupationAhead(ts, end) || // "Kells film star X"
			bare(ts[end].w) == "of" && end > 0 && end+1 < len(ts) && isCapWord(ts[end+1].w) || // "Secretary of State X"
			end > 0 && end+1 < len(ts) && isCapWord(ts[end+1].w) && strings.HasPrefix(ts[end].w, "(") && strings.HasSuffix(ts[end].w, ")") && isAcronym(strings.Trim(ts[end].w, "()")) || // "Quist Party (QP) MP X"
			ts[end].w == "from" && end > 0 && end+2 < len(ts) && isCapWord(ts[end-1].w) && titleWords[strings.ToLower(ts[end-1].w)] && isCapWord(ts[end+1].w) && isCapWord(ts[end+2].w)) { // "MP from Dunmore X"
			end++
		}
		if end > 0 && end < len(ts) && isCapWord(ts[end-1].w) && thingNouns[bare(ts[end].w)] {
			return mention{} // "The Quist spacecraft is carrying": a machine, no speaker
		}
		if end > 0 && end < len(ts) && isCapWord(ts[end-1].w) && !isPossessive(ts[end-1].w) {
			// "The Dunmore police chief said": a role in common words
			// after the name ends the phrase, before its verb
			if n := roleWordsAt(tokWords(ts[end:min(end+2, len(ts))])); n > 0 && end+n < len(ts) && !isCapWord(ts[end+n].w) {
				end += n
			}
		}
		if end > 0 && end < len(ts) && !isPossessive(ts[end-1].w) {
			// "Dunmore parish council then drew up": a place's body,
			// its kind of place perhaps between (a first name in the
			// place's name or not: "Glen")
			q := end
			if q+1 < len(ts) && placeLevels[bare(ts[q].w)] {
				q++
			}
			if placeBodies[bare(ts[q].w)] && ts[q].w == bare(ts[q].w) && (q+1 == len(ts) || !isCapWord(ts[q+1].w) && !nounAfterBody(bare(ts[q+1].w))) {
				words := tokWords(ts[:q+1])
				if strings.EqualFold(words[0], "the") {
					words = words[1:]
				}
				// (a name, not common words capitalised where the
				// sentence starts: "Local police said", "Two military
				// officers", unless a kind of place says so)
				named := q > end || slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return isCapWord(w) && !isEnglishCommon(strings.ToLower(w)) })
				if len(words) > 1 && isCapWord(words[0]) && !capStopwords[strings.ToLower(words[0])] && named {
					return mention{name: strings.Join(words, " "), kind: attrib.KindOrganization}
				}
			}
		}
		if end > 0 && end < len(ts) && !namesPerson(tokWords(ts[:end])) && slices.ContainsFunc(ts[:end], func(t tok) bool {
			return isCapWord(t.w) && !isEnglishCommon(strings.ToLower(trimPossessive(bare(t.w))))
		}) {
			// "The Medicaid agency considers", "Kells's ferry agency called":
			// a body named by a name and its common noun, no person (not
			// "Senator Ada Moss's office", "Local police")
			q := end
			for q < min(end+2, len(ts)) && !isCapWord(ts[q].w) && !bodyHeads[bare(ts[q].w)] && isLowerWord(bare(ts[q].w)) && !npStop[bare(ts[q].w)] && !determiners[bare(ts[q].w)] && !prepositions[bare(ts[q].w)] {
				q++
			}
			if q < len(ts)-1 && bodyHeads[bare(ts[q].w)] && !isCapWord(ts[q+1].w) && !titleWords[bare(ts[q+1].w)] && !isOffice(bare(ts[q+1].w)) && !spokesNouns[bare(ts[q+1].w)] && (strings.EqualFold(ts[0].w, "the") || !capStopwords[strings.ToLower(bare(ts[0].w))]) {
				words := tokWords(ts[:q+1])
				if strings.EqualFold(words[0], "the") {
					words = words[1:]
				}
				for i, w := range words {
					words[i] = trimPossessive(w)
				}
				return mention{name: strings.Join(words, " "), kind: attrib.KindOrganization}
			}
		}
		if end > 0 && end < len(ts) && isPossessive(ts[end-1].w) {
			for q := end; q < min(end+2, len(ts)) && !isCapWord(ts[q].w); q++ {
				if kw := bare(ts[q].w); familyNouns[kw] && (q+1 == len(ts) || !isCapWord(ts[q+1].w)) {
					if kw == "family" {
						// "Moss's family said": the Moss family, speaking as one
						return mention{name: trimPossessive(ts[end-1].w) + " family", kind: attrib.KindOrganization}
					}
					return kinMention(kw) // "Ada's mum has said": her mother, not Ada
				}
			}
			// "The Harbour Times's film critic Ivo Pap felt": the owner's
			// words, then the name they describe
			j := end
			for ; j < len(ts) && j-end < 4 && !isCapWord(ts[j].w); j++ {
				if w := bare(ts[j].w); npStop[w] || determiners[w] || prepositions[w] || speechVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
					break
				}
			}
			if first := bare(ts[min(j, len(ts)-1)].w); j > end && j < len(ts) && isCapWord(ts[j].w) && (isFirstName(first) && !isEnglishCommon(first) || titleWords[first]) {
				for end = j; end < len(ts) && isCapWord(ts[end].w); end++ {
				}
			} else if n := ownedOffice(tokWords(ts[end:min(end+5, len(ts))])); n > 0 && end+n < len(ts) {
				end += n // "Kells's harbour minister said": the office, not its owner
			}
		}
		if end == len(ts) && k+2 < len(segs) {
			// "X, the director of Y, compared ...": a name, an appositive,
			// then the verb
			if isAppositive(segs[k+1]) { // or a relative clause: "X, who lost, identified"
				if vt := tokens(segs[k+2]); len(vt) > 0 && !isCapWord(vt[0].w) && !nonVerbs[bare(vt[0].w)] && !subordinate(vt[0].w) {
					if m := parseNP(seg[ts[0].start:ts[end-1].end], known); m.kind == attrib.KindPerson {
						if !strings.HasPrefix(strings.TrimSpace(segs[k+1]), "who") {
							m.titles = append(m.titles, cleanTitle(segs[k+1]))
						}
						return m
					}
				}
			}
		}
		if end == 0 || end >= len(ts) {
			if end == 0 {
				if g, ok := pronouns[bare(ts[0].w)]; ok && len(ts) > 1 && !dummyIt(ts) {
					return mention{name: bare(ts[0].w), kind: "pronoun", gender: g} // (not "It wasn't just ...": nobody)
				}
			}
			return mention{}
		}
		if k+1 < len(segs) && end == len(ts) {
			return mention{}
		}
		if end == 1 && dummyIt(ts) {
			return mention{} // "It was not the fares that ...": a dummy subject, nobody
		}
		m := parseNP(seg[ts[0].start:ts[end-1].end], known)
		if m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization || m.kind == "pronoun" || m.kind == "outlet" || m.kind == kindRole {
			return m
		}
		return mention{}
	}
	return mention{}
}

// sidePositions are a side's positions that are common words with other
// senses, so no occupations ("the town centre", "a lock"): a player's
// only in lower case between a side's name and a name ("Kells centre
// Ivo Pap").
var sidePositions = toSet("centre center lock prop hooker wing keeper")

// occupationAhead: do lower-case words from ts[i] lead, two at most
// before it, to an occupation and a name ("film star Ivo Pap", "rugby league
// player Ivo Pap")?
func occupationAhead(ts []tok, i int) bool {
	for j := i; j < len(ts)-1 && j < i+3; j++ {
		w := bare(ts[j].w)
		if isCapWord(ts[j].w) || w == "" || npStop[w] || determiners[w] || prepositions[w] || nonVerbs[w] || speechVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.ContainsAny(ts[j].w, ",;:") {
			return false
		}
		if occupations[w] || w == "star" || sidePositions[w] || titleWords[w] && !titleModifiers[w] && j > i { // (not in occupations: "Star Ferry" is a name; "home secretary")
			return isCapWord(ts[j+1].w)
		}
		if sg, ok := strings.CutSuffix(w, "s"); ok && j == i && (occupations[sg] || titleWords[sg] && !titleModifiers[sg]) && !namedBefore(ts[:i]) {
			// "Harbour analysts Varne": the firm the plural describes
			// (not "Ivo Pap hosts Kells Radio": a verb after a name)
			return isCapWord(ts[j+1].w)
		}
		if n := bare(ts[j+1].w); j == i && i > 0 && isCapWord(ts[i-1].w) && len(w) > 2 && allLetters(w) && !strings.HasSuffix(w, "s") && !pastVerbs[w] && isCapWord(ts[j+1].w) && isFirstName(n) && !isEnglishCommon(n) && !namedBefore(ts[:i]) {
			return true // any one noun before a first name: "Kells icon Ivo Pap" (not "Quist Media chose Ivo Pap")
		}
	}
	return false
}

// quotedAsSaying reads a tag "X is quoted as saying" (X speaks) or
// "OUTLET quoted X as saying" (X speaks, through the outlet) opening the
// text after a quote; else nothing.
func quotedAsSaying(after string, known []string) (mention, string) {
	i := strings.Index(after, " as saying")
	if t := strings.Index(after, " as telling "); t >= 0 && (i < 0 || t < i) {
		i = t // "quoted him as telling the crews"
	}
	if i < 0 || i > 160 || strings.Contains(after[:i], quoteToken) {
		return mention{}, ""
	}
	head := after[:i]
	for _, aux := range []string{" is quoted by ", " was quoted by ", " were quoted by ", " has been quoted by "} {
		// `"...," Ada Moss was quoted by the Kells Courier as saying`
		if k := strings.Index(head, aux); k > 0 {
			if m := parseNP(head[:k], known); namesSpeaker(m) || m.kind == kindRole {
				via, _ := outletName(strings.TrimSpace(head[k+len(aux):]), known)
				return m, via
			}
			return mention{}, ""
		}
	}
	for _, aux := range []string{" is quoted", " was quoted", " were quoted", " has been quoted"} {
		if strings.HasSuffix(head, aux) {
			if m := parseNP(strings.TrimSuffix(head, aux), known); namesSpeaker(m) || m.kind == kindRole {
				return m, ""
			}
			return mention{}, ""
		}
	}
	if c := strings.LastIndexAny(head, ",;"); c >= 0 && countFieldsTo(head[:c], 4) <= 3 && !strings.Contains(head[:c], ";") {
		head = head[c+1:] // `"..." of it, Kells News quoted her as saying`: the quote runs on a few words
	}
	if j := strings.Index(head, " quoted "); j > 0 && !strings.ContainsAny(head[:j], ",;") {
		np := head[j+len(" quoted "):]
		m := parseNP(np, known)
		if m.kind == "pronoun" && (m.name == "him" || m.name == "her") {
			via, _ := outletName(strings.TrimSpace(head[:j]), known)
			m.name = map[string]string{"him": "he", "her": "she"}[m.name]
			return m, via // "Kells News quoted her as saying": the one she stands for
		}
		if m.kind != attrib.KindPerson && m.kind != kindRole {
			if g := groupOfPeople(strings.Fields(np)); g != "" {
				m = groupMention(strings.Fields(np), g) // "quoted two councillors as saying"
			} else if d := describedPerson(np); d.kind != "" {
				m = d // "quoted a Kells lawyer as saying"
			} else if ws := strings.Fields(np); len(ws) > 1 && len(ws) <= 4 && indefinites[strings.ToLower(ws[0])] {
				if last := strings.ToLower(ws[len(ws)-1]); roleNouns[last] || sourceNouns[last] || occupations[last] {
					m = mention{kind: "noun", noun: last, unnamed: true} // "quoted a board member as saying"
				}
			}
		}
		if m.kind == attrib.KindPerson || m.kind == kindRole || m.many || m.unnamed {
			via, _ := outletName(strings.TrimSpace(head[:j]), known)
			return m, via
		}
	}
	return mention{}, ""
}

// outletNouns stand for an outlet named before ("the newspaper said").
var outletNouns = toSet("newspaper paper magazine channel tabloid")

// reToldOutletNoun: an outlet told, by its noun ("told the newspaper").
var reToldOutletNoun = rxKeys(`\b(?:told|tells|telling) (?:the|this) (?:newspaper|paper|magazine|tabloid|channel|station|network|broadcaster|website|programme|program)\b`, false, "told", "tell")

// passiveAgent reads the agent of a passive naming verb that frames the
// quote: `was described as a "..." by his friend Ada Moss`, `has been
// branded "..." by the Harbour Council`.
func passiveAgent(bts []tok, after string, ats []tok, known []string) mention {
	if len(ats) < 2 || ats[0].w != "by" {
		return mention{}
	}
	k := len(bts) - 1
	for k >= 0 && (bts[k].w == "a" || bts[k].w == "an" || bts[k].w == "the" || bts[k].w == "as") {
		k--
	}
	if k < 1 || !namingVerbs[bts[k].w] {
		return mention{}
	}
	if a := bts[k-1].w; a != "was" && a != "were" && a != "been" && a != "being" && a != "is" && a != "are" && !(strings.HasSuffix(a, "ly") && k > 1) {
		return mention{}
	}
	m := parseNP(cutNP(after[ats[0].end:]), known)
	if m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization || m.kind == "noun" || m.kind == kindRole {
		return m
	}
	return mention{}
}

// passiveNoAgent: is the quote after the words bts what a passive naming
// verb calls the subject, with no agent in the clause after it (`Ada
// Moss, who was described as "tireless"`): words someone unnamed used of
// the subject, never the subject's own?
func passiveNoAgent(bts []tok, after string) bool {
	k := len(bts) - 1
	for k >= 0 && (bts[k].w == "a" || bts[k].w == "an" || bts[k].w == "the" || bts[k].w == "as") {
		k--
	}
	if k < 1 || !namingVerbs[bts[k].w] {
		return false
	}
	if a := bts[k-1].w; a != "was" && a != "were" && a != "been" && a != "is" && a != "are" {
		return false // (not "its phone being hailed as": the subject's own doing, maybe)
	}
	for _, t := range tokens(headOf(after, 200)) {
		if t.w == "by" {
			return false
		}
	}
	return true
}

// perceivedBefore: do the last few words before a quote (bts) make it
// what someone heard (`heard a loud "..."`), not what the subject said?
// (Not "sees": `Quist Bank sees "..."` is the bank's view, its words.)
func perceivedBefore(bts []tok) bool {
	for k := len(bts) - 1; k >= 0 && k >= len(bts)-3; k-- {
		if perceptionVerbs[bts[k].w] {
			return true
		}
	}
	return false
}

var perceptionVerbs = toSet("heard hear hears")

// wordsOfNoOne: are the quote's words, between before and after, ones a
// passive naming verb gave with no agent or ones someone heard, which
// the ranker gives to no one when the rules named no one?
func wordsOfNoOne(before, after string) bool {
	bts := tokens(before)
	return passiveNoAgent(bts, after) || perceivedBefore(bts)
}

// passiveAgentBefore reads the agent of a passive naming verb between
// the verb and an "as" that ends before, the text up to a quote (`a move
// that was decried by the Tories as "..."`).
func passiveAgentBefore(before string, bts []tok, known []string) mention {
	k := len(bts) - 1
	for k >= 0 && (bts[k].w == "a" || bts[k].w == "an" || bts[k].w == "the") {
		k--
	}
	if k < 3 || bts[k].w != "as" {
		return mention{}
	}
	for b := k - 1; b >= 2 && b >= k-7; b-- {
		if bts[b].w != "by" {
			continue
		}
		if !namingVerbs[bts[b-1].w] {
			return mention{}
		}
		if a := bts[b-2].w; a != "was" && a != "were" && a != "been" && a != "being" && a != "is" && a != "are" {
			return mention{}
		}
		m := parseNP(before[bts[b].end:bts[k].start], known)
		if m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization || m.kind == "noun" || m.kind == kindRole || isParty(m) {
			return m
		}
		return mention{}
	}
	return mention{}
}

// namingVerbs frame a quote as what someone called a thing.
var namingVerbs = toSet("described labelled labeled called branded dubbed hailed condemned criticised criticized praised denounced decried derided dismissed mocked")

// invertedName reads the name after a speech verb set off by a comma
// before it (", said Ivo Pap, a pollster", ", says Ivo Pap,"): two words
// or more, a person.
func invertedName(s string, ts []tok, v int, known []string) mention {
	if v == 0 || !strings.HasSuffix(ts[v-1].w, ",") || v+1 >= len(ts) || !isCapWord(ts[v+1].w) || !invertingVerbs[bare(ts[v].w)] || strings.Contains(s[ts[v].end:], quoteToken) {
		return mention{}
	}
	chunk := strings.TrimSpace(cutNP(s[ts[v].end:]))
	if m := monthAsFirstName(parseNP(chunk, known), ts[v+1].w); m.kind == attrib.KindPerson && (strings.Contains(m.name, " ") || honorificSurnameEnds(s[ts[v].end:], ts[v+1].w) || loneNameEnds(s[ts[v].end:])) && strings.HasSuffix(strings.TrimRight(chunk, "."), lastWords(m.name, 1)) {
		return m // (the name ends the phrase: not "said Quistware was ready")
	}
	return mention{}
}

// nameOpensQuote: does before, the text up to a quotation, end with m's
// name, no mark between them? (`Tom Brack, fined last year, said Ada Moss
// "should stay out"`: Ada Moss is the subject of what is quoted, Tom
// Brack the one who says it.)
func nameOpensQuote(before string, m mention) bool {
	b := strings.TrimRight(before, " \u00a0")
	return len(b) < len(before) && strings.HasSuffix(b, lastWords(m.name, 1))
}

// honorificSurnameEnds: do rest, the words after an inverted verb, open
// with a surname after an honorific that a comma or a full stop ends
// (", said Mr Brack.", ", says Mr Brack, the")? Not one a quotation
// follows (`, said Mr Brack "should resign"`: the subject of what is
// quoted).
func honorificSurnameEnds(rest, first string) bool {
	if !honorifics[strings.ToLower(strings.TrimSuffix(first, "."))] {
		return false
	}
	_, e := nextField(rest, 0) // the honorific
	a, b := nextField(rest, e) // the surname, as strings.Fields would cut it
	f := rest[a:b]
	return len(f) > 1 && (strings.HasSuffix(f, ",") || strings.HasSuffix(f, "."))
}

// joinListedNames joins back, inside an appositive, a list of names its
// commas split ("the general secretary of the Ferry", " Dock and
// Harbour workers' union"): a segment after the first that ends in a
// capitalised word after a lower-case one, then segments of capitalised
// words, the last with "and" in it and a lower-case word last (a
// bracketed acronym after it aside), are one.
func joinListedNames(segs []string) []string {
	for k := 1; k+1 < len(segs); k++ {
		f := strings.Fields(segs[k])
		if len(f) < 2 || !isCapWord(f[len(f)-1]) || !slices.ContainsFunc(f[:len(f)-1], isLowerWord) {
			continue
		}
		end := -1
		for j := k + 1; j < len(segs) && j <= k+4; j++ {
			g := strings.Fields(segs[j])
			if len(g) == 0 || !isCapWord(g[0]) {
				break
			}
			if i := slices.Index(g, "and"); i > 0 {
				tail := g[len(g)-1]
				if strings.HasPrefix(tail, "(") && len(g) > 1 {
					tail = g[len(g)-2]
				}
				if isLowerWord(tail) || isLowerWord(trimPossessive(tail)) || j == len(segs)-2 && strings.TrimSpace(segs[j+1]) == "" {
					end = j // (or the list ends the appositive before the verb: "the Minister of Ferries, Roads and Ports,")
				}
				break
			}
			if slices.ContainsFunc(g, func(w string) bool { return !isCapWord(w) }) {
				break
			}
		}
		if end > 0 {
			joined := strings.Join(segs[k:end+1], ",")
			segs = append(append(segs[:k:k], joined), segs[end+1:]...)
		}
	}
	return segs
}

// reGaveName reads the name a description's relative clause gives
// (", who identified herself as Ada Moss", ", who gave his name only as
// Ivo").
var reGaveName = rx(`^, who (?:identified (?:himself|herself|themselves)|introduced (?:himself|herself)|gave (?:his|her|their) (?:first )?name) (?:only )?as ((?:\p{Lu}[\p{L}'\x{2019}-]* ?){1,3})`)

// monthAsFirstName: m, a name read after a speech verb whose one title
// is a month that is also a first name (first, the word after the verb),
// with that month as her first name ("said May Quist, a director": a
// date there has its day, "said May 3").
func monthAsFirstName(m mention, first string) mention {
	if lw := strings.ToLower(first); m.kind == attrib.KindPerson && len(m.titles) == 1 && m.titles[0] == first && monthNames[lw] && isFirstName(lw) && !strings.Contains(m.name, " ") {
		m.name, m.titles = first+" "+m.name, nil
	}
	return m
}

// loneNameEnds: does rest, the words after an inverted verb, open with
// one capitalised word, no common English word, that a comma ends, the
// sentence going on (`The "odd dip" they saw, said Moss, hinted at ...`;
// not ", said Quistco." at a sentence's end, a firm's as often)?
func loneNameEnds(rest string) bool {
	a, b := nextField(rest, 0)
	f := rest[a:b]
	if len(f) < 3 || !strings.HasSuffix(f, ",") {
		return false
	}
	w := f[:len(f)-1]
	return isCapWord(w) && !isEnglishCommon(strings.ToLower(w)) && !strings.Contains(w, ".")
}

// passiveAt: is the verb ts[v] a participle after a form of "be", an
// adverb between at most ("was criticised", "were sharply attacked"),
// whose subject is the one spoken of?
func passiveAt(ts []tok, v int) bool {
	if w := bare(ts[v].w); !strings.HasSuffix(w, "ed") || askingVerbs[w] || w == "quoted" || w == "interviewed" {
		return false // (one asked or quoted is one who speaks: "Pap was asked why ... He replied")
	}
	for i := v - 1; i >= 0 && i >= v-2; i-- {
		w := bare(ts[i].w)
		if beForms[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") || ts[i].w != w {
			return false
		}
	}
	return false
}

var beForms = toSet("was were is are been being be")

// askingVerbs have a questioner as their agent: "asked by Ada Moss whether".
var askingVerbs = toSet("asked questioned pressed challenged")

// invertingVerbs take no object, so a name after them is their subject
// (", said Ivo Pap"; not ", told Ivo Pap", ", mocked Ivo Pap").
var invertingVerbs = toSet("said says added adds wrote writes noted notes explained explains argued argues observed observes recalled recalls continued continues concluded concludes insisted insists replied replies stated states suggested suggests predicted predicts cautioned cautions")

// coordinatedSubject reads the subject of a clause whose verb has a
// second one joined by "and" after ts: the clause opens at the last comma
// or subordinator ("when", "as") before, with a name or a pronoun and then
// a lower-case verb. No comma may stand between the clause's start and the
// end of ts.
func coordinatedSubject(before string, ts []tok, known []string) mention {
	k := len(ts) - 1
	for k >= 0 && !subordinate(ts[k].w) && !strings.HasSuffix(ts[k].w, ",") {
		k--
	}
	if k >= 0 && (bare(ts[k].w) == "that" || bare(ts[k].w) == "which" || bare(ts[k].w) == "who") {
		return mention{} // "Lee said that Moss is ... and said": joined to the main verb, not to the clause's
	}
	k++ // the clause opens after the comma or the subordinator (or at the start)
	if k >= len(ts) {
		return mention{}
	}
	e := k
	for e < len(ts) && e-k < 6 && isCapWord(ts[e].w) && ts[e].w != quoteToken {
		e++
	}
	name := e
	if e+1 < len(ts) && ts[e].w == "of" && isCapWord(ts[e+1].w) {
		e += 2 // "Speaker Ada Moss of Dunmore lamented"
	}
	if e == k {
		if g, ok := pronouns[bare(ts[k].w)]; ok && k+1 < len(ts) && (bare(ts[k].w) == "he" || bare(ts[k].w) == "she") {
			return mention{name: bare(ts[k].w), kind: "pronoun", gender: g}
		}
		return mention{}
	}
	if e >= len(ts) {
		return mention{}
	}
	if w := bare(ts[e].w); isCapWord(ts[e].w) || nonVerbs[w] || prepositions[w] || titleWords[w] || roleWords[w] || occupations[w] || titleModifiers[w] {
		return mention{} // no verb after the name, or a description goes on ("Quistware senior adviser Ada Moss")
	}
	if name == k+1 && isEnglishCommon(bare(ts[k].w)) {
		return mention{} // "Shadow home secretary Ada Moss said": a word of a description
	}
	if m := parseNP(before[ts[k].start:ts[name-1].end], known); m.kind == attrib.KindPerson {
		return m
	}
	return mention{}
}

// copulas after "it" make it a dummy subject ("It was clear that ...").
var copulas = toSet("is was isn't wasn't seems seemed remains remained")

// dummyIt: do ts open with "it" and a copula that is no auxiliary of a
// verb after it ("It was clear", not "It is calling on")?
func dummyIt(ts []tok) bool {
	return len(ts) > 1 && bare(ts[0].w) == "it" && copulas[strings.ReplaceAll(bare(ts[1].w), "\u2019", "'")] && (len(ts) == 2 || !strings.HasSuffix(bare(ts[2].w), "ing"))
}

// auxiliaries stand between a subject and its verb ("Pap had called").
var auxiliaries = toSet("had has have once also later then first")

// absoluteSubject reads the subject of a participle that has its own
// (an absolute clause): "Ivo Pap saying it was ... and Ada Moss calling
// it", "with finance minister Ada Moss telling". The name must stand right
// before the participle and open its clause: after "and", "but", "with"
// or a comma, a description of lower-case words ending in a title between.
// withUnnamed: is the participle bts[v] the verb of "with" and words
// in lower case only ("with a man at the back calling", "with milder
// wording calling for"), a subject no one names?
func withUnnamed(bts []tok, v int) bool {
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if bts[k].w == "with" || bts[k].w == "With" {
			return k < v-1
		}
		if lw := bare(bts[k].w); isCapWord(bts[k].w) || bts[k].w == quoteToken || strings.ContainsAny(bts[k].w, ",;:") || possessivePronouns[lw] || sourceNouns[lw] || spokesNouns[lw] {
			return false // (not "with one of his posters reading": his; "with a spokesperson saying": a body's voice)
		}
	}
	return false
}

func absoluteSubject(before string, bts []tok, v int, known []string) mention {
	for v > 1 && strings.HasPrefix(bts[v-1].w, "(") && (partyTag(bts[v-1].w) || len(strings.Trim(bts[v-1].w, "(),")) == 1 && strings.ContainsAny(strings.Trim(bts[v-1].w, "(),"), "RDI")) {
		v-- // a party after the name: "Kells Gov. Ivo Pap (R) calling"
	}
	j := v
	for j > 0 && isCapWord(bts[j-1].w) && bts[j-1].w != quoteToken && !strings.HasSuffix(bts[j-1].w, ",") {
		j--
	}
	if j == v {
		return mention{}
	}
	for j > 2 && (bts[j-1].w == "of" || bts[j-1].w == "for") && isCapWord(bts[j-2].w) && !strings.HasSuffix(bts[j-2].w, ",") && bts[j-2].w != quoteToken {
		// "the Kells Federation of Teachers calling": one body's name,
		// not "Teachers"
		j -= 2
		for j > 0 && isCapWord(bts[j-1].w) && bts[j-1].w != quoteToken && !strings.HasSuffix(bts[j-1].w, ",") {
			j--
		}
	}
	if j > 3 && bts[j-1].w == "the" && bts[j-2].w == "of" && isCapWord(bts[j-3].w) && !strings.HasSuffix(bts[j-3].w, ",") {
		// "Ivo Pap of the Kells Farmers Union stating": the person named
		// before his body, not the body
		i := j - 3
		for i > 0 && isCapWord(bts[i-1].w) && bts[i-1].w != quoteToken && !strings.HasSuffix(bts[i-1].w, ",") {
			i--
		}
		if n := parseNP(before[bts[i].start:bts[j-2].start], known); n.kind == attrib.KindPerson && strings.Contains(n.name, " ") {
			return n
		}
	}
	if j >= 2 && bts[j-1].w == "the" && conjoins(bts[j-2].w) {
		// "with the Kells Union calling it": a body's name after its
		// article, else no subject
		if n := parseNP(before[bts[j].start:bts[v-1].end], known); n.kind == attrib.KindOrganization {
			return n
		}
		return mention{}
	}
	k := j - 1
	if k >= 0 && (titleWords[bare(bts[k].w)] || occupations[bare(bts[k].w)] || roleNouns[bare(bts[k].w)]) {
		for k >= 0 && j-k <= 3 && !isCapWord(bts[k].w) && !strings.HasSuffix(bts[k].w, ",") && !conjoins(bts[k].w) {
			k--
		}
	}
	if k >= 0 && !conjoins(bts[k].w) && !strings.HasSuffix(bts[k].w, ",") && !gerundPrepositions[bts[k].w] {
		return mention{} // (after a preposition, a gerund's subject: "in the wake of Ivo Pap tweeting")
	}
	if n := parseNP(before[bts[j].start:bts[v-1].end], known); n.kind == attrib.KindPerson {
		return n
	}
	return mention{}
}

// gerundPrepositions take a gerund whose subject is the name before it
// ("in the wake of Ivo Pap tweeting", "after Ada Moss saying").
var gerundPrepositions = toSet("of after before about over following despite amid")

// conjoins: does w open a clause joined to the one before ("and", "but",
// "with")?
func conjoins(w string) bool {
	switch w {
	case "and", "but", "with":
		return true
	}
	return false
}

// labelBefore reads a label that opens a quote's sentence and is nothing
// but a name with its description, a list's voice (`- Kells boss Ada Moss
// "We earned the points."`): the person named, else nothing.
func labelBefore(bt string, known []string) mention {
	bt = strings.TrimLeft(bt, "-\u2013\u2014\u2022* ")
	ts := tokens(bt)
	if len(ts) < 2 || len(ts) > 7 || strings.Contains(bt, quoteToken) || !isCapWord(ts[len(ts)-1].w) || isPossessive(ts[len(ts)-1].w) {
		return mention{}
	}
	if i := strings.IndexByte(bt, ','); i > 0 && strings.Count(bt, ",") == 1 && strings.HasSuffix(bt, ":") {
		// "Ada Moss, Kells Premier:": a name, then its title after a comma
		if m := labelBefore(bt[:i], known); m.kind == attrib.KindPerson {
			tt := tokens(strings.TrimSuffix(bt[i+1:], ":"))
			titled := len(tt) > 0 && len(tt) <= 4
			for _, t := range tt {
				titled = titled && (isCapWord(t.w) || titleWords[bare(t.w)]) && trimBare(t.w) == t.w
			}
			if l := len(tt); titled && (titleWords[bare(tt[l-1].w)] || roleNouns[bare(tt[l-1].w)] || occupations[bare(tt[l-1].w)]) {
				m.titles = append(m.titles, strings.TrimSpace(strings.TrimSuffix(bt[i+1:], ":")))
				return m
			}
		}
		return mention{}
	}
	for _, t := range ts {
		if w := bare(t.w); !isCapWord(t.w) && !titleWords[w] && !roleWords[w] && !roleNouns[w] && !occupations[w] || trimBare(t.w) != strings.TrimSuffix(t.w, ".") {
			return mention{} // a clause, or punctuation inside
		}
	}
	if m := parseNP(bt, known); m.kind == attrib.KindPerson && strings.Contains(m.name, " ") && strings.HasSuffix(bt, lastWords(m.name, 1)) {
		return m
	}
	return mention{}
}

// capsLabel reads a transcript's speaker label in capitals that opens
// the quote's paragraph ("PAP:", "IVO PAP:", "MR. PAP:"): the name written
// in capitals, a surname alone too; not a question's or a topic's label
// ("Q:", "OPENING STATEMENT:", "MODERATOR:").
func capsLabel(bt string, known []string) mention {
	l, ok := strings.CutSuffix(bt, ":")
	if !ok || len(l) < 3 || len(l) > 32 || !reSpeakerLabel.MatchString(bt+" ") || strings.ToUpper(l) != l {
		return mention{}
	}
	f := strings.Fields(l)
	if len(f) > 3 || len(f) == 1 && nonSpeakerLabels[strings.ToLower(l)] || openingStatement(l) {
		return mention{}
	}
	for i, w := range f {
		f[i] = titleCaseWord(w)
	}
	m := parseNP(strings.Join(f, " "), known)
	if m.kind != attrib.KindPerson || isEnglishCommon(strings.ToLower(lastWord(m.name))) && !strings.Contains(m.name, " ") {
		return mention{}
	}
	return m
}

// nonSpeakerLabels are labels in capitals of a transcript's lines that
// name no speaker.
var nonSpeakerLabels = toSet("q a question answer moderator reporter narrator host announcer voice update note")

// titleCaseWord writes a word in capitals with its first letter alone in
// capitals ("PAP" to "Pap", "O'NEILL" to "O'neill").
func titleCaseWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// reReadFrom matches an inverted tag that names a written thing and its
// writer: `read a text message from`, `read the letter, signed by`.
// reWrittenFrom: a written message from someone, right before a
// participle that quotes it ("an email from Ms Moss asking").
var reWrittenFrom = rx(`\b(?:email|e-mail|letter|message|note|text|memo|tweet|post|card|cable|statement)s? from ((?:the )?[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3})\s*$`)

// reStatementRead: `," the statement read.`: a statement or a release
// as the tag's subject, with "read" for its verb.
// reHeardSaying is a tag after a quote whose speaker was heard, seen or
// filmed saying it ("Ivo Pap was heard asking").
var reHeardSaying = rxKeys(`^[\s,]*((?:[A-Z][\p{L}.'-]*|he|she)(?: [A-Z][\p{L}.'-]*){0,3}) (?:was|is|could be|can be) ((?:heard|seen|filmed|recorded|caught on camera|caught on tape) (?:asking|saying|telling|shouting|yelling|remarking))\b`, false, " heard ", " seen ", " filmed ", " recorded ", " caught ")

// reOwnersMessage reads a tag after a quote that is someone's message,
// statement or post ("Ada Moss' message, shared with X, read in part").
var reOwnersMessage = rx(`^\s*,?\s*((?:\p{Lu}[\p{L}.-]* ){0,3}\p{Lu}[\p{L}-]*)(?:'s?|\x{2019}s?) (?:message|statement|letter|post|note|tweet|email)(?:, [^,;"\x{201c}\x{201d}]{1,80},)? (read|said|says|stated|added)\b`)

var reStatementRead = rxKeys(`^\s*(?:the|The) (?:[a-z-]+ ){0,2}(statement|release) read\b`, false, " read")

var reReadFrom = rxKeys(`^\s*read (?:a|an|the) (?:[a-z-]+ ){0,2}(?:message|letter|note|statement|email|e-mail|post|tweet|memo|text|card|notice),? (?:from|by|sent by|written by|signed by) ((?:the )?[A-Z].*)`, false, "read")

// nounPhrase: are ts a description with no verb or clause in it ("the
// firm's ferry director", not "Pap started Monday listening to the
// director")? Lower-case words ending in -ed or -ing, and prepositions
// other than "of", "for" and "at", tell a clause.
func nounPhrase(ts []tok) bool {
	for _, t := range ts[1:] {
		if w := bare(t.w); !isCapWord(t.w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || prepositions[w] && w != "of" && w != "for" && w != "at") {
			return false
		}
	}
	return true
}

// capsOnly: is every word of s capitalised ("Ivo Pap", not "Al Quist in
// Dunmore")?
func capsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isCapWord(w) {
			return false
		}
	}
	return true
}

// roleWords describe a role inside a name phrase before the name.
var roleWords = wordLexicon("role-words")

// clauseJoiners open a clause of its own after a comma.
var clauseJoiners = toSet("but and yet while whereas")

// ownClause: does seg open a clause of its own with a subject of common
// words ("while the reviewer", "but one critic"; not "but his guilty
// pleasure", whose owner is the subject before)?
func ownClause(seg string) bool {
	ts := tokens(seg)
	if len(ts) < 3 || !clauseJoiners[bare(ts[0].w)] {
		return false
	}
	d := bare(ts[1].w)
	return determiners[d] && !possessivePronouns[d] || indefinites[d]
}

var adverbOpeners = toSet("meanwhile however still then now also instead indeed later earlier previously but and so yet")

var prepositions = toSet("in on at for with by from during after before since until under over about against among between into through to of as like despite without within amid following")

// lowerWords lists the words a text writes in lower case and never
// capitalises after a lower-case word (where a capital marks a name).
func lowerWords(text string) map[string]bool {
	out, _ := lowerAndNamed(text, text)
	return out
}

// lowerAndNamed is lowerWords, and the words (lower-cased) the text
// capitalises after a lower-case word that ends no sentence ("told Lee",
// not "the hall. Wrapped in"): where a capital marks a name. Sentence
// ends are read in orig, text before its quotations were masked (of the
// same length): a quotation's closing full stop ends its sentence.
func lowerAndNamed(text, orig string) (map[string]bool, map[string]bool) {
	out := make(map[string]bool, len(text)/16)
	var named, midNamed map[string]bool
	prevLower, prevField := false, ""
	for i := 0; i < len(text); {
		var j int
		if i, j = nextField(text, i); i == j {
			break
		}
		field := text[i:j]
		w := trimWordPunct(field)
		origField := orig[i:j]
		i = j
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
			out[w] = true
			prevLower = true
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
			if prevLower {
				if named == nil {
					named, midNamed = map[string]bool{}, map[string]bool{}
				}
				lw := strings.ToLower(w)
				named[lw] = true
				if !endsSentence(prevField) {
					midNamed[lw] = true
				}
			}
			prevLower = false
		default:
			prevLower = false
		}
		prevField = origField
	}
	for w := range named {
		delete(out, w)
	}
	return out, midNamed
}

// endsSentence: does a field end in a full stop, a question or an
// exclamation mark, or a colon, closing marks aside (`friend.`, `it?"`)?
func endsSentence(field string) bool {
	field = strings.TrimRight(field, "\"')]”’")
	return strings.HasSuffix(field, ".") || strings.HasSuffix(field, "?") || strings.HasSuffix(field, "!") || strings.HasSuffix(field, ":")
}

// nextField is the next field of s from i on, as strings.Fields cuts
// them: start and end, equal at the end of s.
func nextField(s string, i int) (int, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return i, j
}

// wordPunct is what trimWordPunct cuts from both ends of a word.
const wordPunct = ",.;:!?\"'()[]\u201c\u201d\u2018\u2019"

// trimWordPunct is strings.Trim(w, wordPunct).
func trimWordPunct(w string) string { return trimPunct(w, &asciiPunct) }

var asciiPunct = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ",.;:!?\"'()[]" {
		t[c] = true
	}
	return t
}()

// timeSpan: do the tokens open with a span of time and a word placing it
// ("Days after the vote", "Two weeks later", "Hours before")?
func timeSpan(ts []tok) bool {
	i := 0
	if len(ts) > 0 && (quantifiers[bare(ts[0].w)] || strings.IndexAny(ts[0].w[:1], "0123456789") == 0) {
		i = 1
	}
	if i+1 >= len(ts) || !timeUnits[strings.TrimSuffix(bare(ts[i].w), "s")] {
		return false
	}
	switch bare(ts[i+1].w) {
	case "after", "before", "later", "earlier", "ago", "into":
		return true
	}
	return false
}

var timeUnits = toSet("second minute hour day week month year decade moment")

// pastVerbs are irregular past forms of verbs with a person as object.
var pastVerbs = wordLexicon("past-verbs")

// namedBefore: do the capitalised words that end ts name a person in full
// or an organisation ("Ivo Pap", "Quist Media"), which a verb, not a noun,
// would follow?
func namedBefore(ts []tok) bool {
	k := len(ts)
	for k > 0 && isCapWord(ts[k-1].w) {
		k--
	}
	if k == len(ts) {
		return false
	}
	if orgWords[strings.ToLower(bare(ts[len(ts)-1].w))] {
		return true
	}
	return len(ts)-k >= 2 && isFirstName(bare(ts[k].w)) && !isEnglishCommon(bare(ts[k].w))
}

// allLetters: is w made of letters only?
func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// capsFrom is the run of capitalised words in ts from i on.
func capsFrom(ts []tok, i int) string {
	var ws []string
	for ; i < len(ts) && isCapWord(ts[i].w); i++ {
		ws = append(ws, bare(ts[i].w))
	}
	return strings.Join(ws, " ")
}
