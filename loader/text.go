package loader

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one line of the article (news text puts one paragraph a line).
type para struct {
	start, end int    // byte offsets of the line's text, without the newline
	skip       string // why the paragraph is not news content ("" for body)
	dl         int    // the length of the dateline it opens with (markDatelines)
}

func splitParas(text string) []para {
	var ps []para
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			end := i
			if end > start && text[end-1] == '\r' {
				end--
			}
			if strings.TrimSpace(text[start:end]) != "" {
				ps = append(ps, para{start: start, end: end})
			}
			start = i + 1
		}
	}
	return ps
}

// splitHeadline gives the headline a record names its own paragraph
// where the text opens with it and goes on in the same line, as a scraper
// that joins a page's elements into one line writes it ("Kells Ferry To
// Close. KELLS - The ferry will ..."): the headline's names and words are
// then read as a headline's, not as the start of the first sentence.
func splitHeadline(text string, ps []para, headline string) []para {
	h := strings.TrimSpace(headline)
	if h == "" || len(ps) == 0 {
		return ps
	}
	p := ps[0]
	at := skipSpaces(text, p.start, p.end)
	if !strings.HasPrefix(text[at:p.end], h) {
		return ps
	}
	j := skipSpaces(text, at+len(h), p.end)
	if j == at+len(h) || j >= p.end {
		return ps // the headline is the whole line, or a longer first word runs on
	}
	out := make([]para, 0, len(ps)+1)
	out = append(out, para{start: p.start, end: at + len(h)}, para{start: j, end: p.end})
	return append(out, ps[1:]...)
}

// qspan is one direct quotation: the marks at open and close, the text
// between them at [start, end).
type qspan struct {
	open, close int // offsets of the opening and closing marks
	closeW      int // bytes of the closing mark (0 for a quote that runs on)
	start, end  int
	para        int  // index into the article's paragraphs
	runsOn      bool // opened and not closed: runs into the next paragraph
	fromRunOn   bool // the paragraph before ran on into this quote
	reopened    bool // opened by a mark that ended the quote before it (see reopens)
	inner       bool // curly marks inside a straight quotation: kept only if that one is not
	unclosed    bool // the last paragraph of a run-on quotation, its closing mark left out
	afterWords  bool // a run-on quotation opened after words of its paragraph (a tag), not at its start
	signed      bool // closed in the next paragraph, after its author's name and what they are (signatureLine)
	unmarked    bool // a paragraph of a run-on quotation that opens no mark (its whole text)
	navGap      int  // the ad slots' lines right before its paragraph ("Hide Ad"), which a run-on quotation passes over
}

// follows: is q's paragraph the one after paragraph p, ad slots' lines
// between passed over?
func (q qspan) follows(p int) bool { return q.para == p+1 || q.navGap > 0 && q.para-q.navGap == p+1 }

func isOpenMark(r rune) bool  { return r == '\u201c' || r == '\u00ab' || r == '\u201e' }
func isCloseMark(r rune) bool { return r == '\u201d' || r == '\u00bb' }

// afterClose is the offset just past the closing mark.
func (q qspan) afterClose() int { return q.close + q.closeW }

// findQuotes pairs double quotation marks paragraph by paragraph. Curly and
// guillemet marks pair by direction (two curly single marks standing for
// a double one, as a house style has it, too); a straight mark, or two
// apostrophes or two backticks in a row standing for one (house styles,
// typewriter and TeX copy), opens when none is open and closes
// otherwise. A paragraph that opens a quote without closing it
// continues into the next paragraph when that one opens with a mark (the
// convention for multi-paragraph quotations); any other unbalanced mark is
// dropped rather than guessed at. Single quotation marks are never quotes:
// they are apostrophes, or quotes inside quotes.
// closesHere: does the text at j (a paragraph ending at end) read as
// what follows a quotation's close: its end, a space or a stop?
func closesHere(text string, j, end int) bool {
	if j >= end {
		return true
	}
	switch text[j] {
	case ' ', '\t', '\n', '\r', ',', '.', ';', ':', '!', '?', ')':
		return true
	}
	return strings.HasPrefix(text[j:end], "\u00a0") || strings.HasPrefix(text[j:end], "\u2014") || strings.HasPrefix(text[j:end], "\u2013")
}

// opensWord: does a word (a letter or a digit) start at j, before end?
func opensWord(text string, j, end int) bool {
	if j >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func findQuotes(text string, ps []para) []qspan {
	var out []qspan
	runOn := false
	var dangling *qspan // a quotation left open at a paragraph's end, the next paragraph opening no mark
	gap := 0
	for pi, p := range ps {
		if p.skip == "nav" {
			gap++
			continue // ("Advertisement", "Hide Ad" between a quotation's paragraphs)
		}
		navGap := gap
		gap = 0
		from := len(out) // the spans this paragraph adds
		if p.skip != "" {
			runOn, dangling = false, nil
			continue
		}
		open, openW := -1, 0
		reopened := false
		nested, innerOpen := 0, -1 // curly quotations open inside a straight one
		lastStraight := p.start + strings.LastIndexByte(text[p.start:p.end], '"')
		startedRunOn := runOn
		runOn = false
		if dangling != nil {
			switch first, closes := firstMarkCloses(text, p); {
			case first < 0 && pi-dangling.para < maxUnclosedRun:
				// a paragraph of the quotation that marks none: wait for
				// the one that closes it
			case first >= 0 && closes && pi == dangling.para+1 && signatureLine(text[p.start:first]):
				// `“I worry that the plan fails. / Ada Moss, Kells
				// Institute.”`: a quotation set out with its author's
				// name inside the marks, as pages lay out a pull quote;
				// the quotation is the paragraph before
				q := *dangling
				q.runsOn, q.signed = false, true
				out = append(out, q)
				dangling = nil
			case first >= 0 && closes && pi-dangling.para <= maxUnclosedRun:
				// `“We worked hard. / I was elected to run this town,”
				// said Ivo Pap`: the paragraphs between open no mark, the
				// last closes; each is a part of the quotation, the last
				// from its start
				out = append(out, *dangling)
				for k := dangling.para + 1; k < pi; k++ {
					end := trimSpaceEnd(text, ps[k].start, ps[k].end)
					out = append(out, qspan{open: ps[k].start, close: end, start: ps[k].start, end: end, para: k, runsOn: true, fromRunOn: true, unmarked: true})
				}
				open, startedRunOn, dangling = p.start, true, nil
			default:
				dangling = nil // closed by no mark of its own, or too far: dropped
			}
		}
		for i := p.start; i < p.end; {
			if c := text[i]; c != '"' && c != '\'' && c != '`' && c != 0xc2 && c != 0xe2 {
				// no mark: every mark is '"' or '\'', or opens with 0xc2
				// (guillemets) or 0xe2 (curly and low marks), bytes that
				// never continue a rune
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			straight := r == '"'
			if r == '\'' && strings.HasPrefix(text[i:p.end], "'''") && (i+3 >= p.end || text[i+3] != '\'') && (i == p.start || text[i-1] != '\'') {
				// three apostrophes: inside a quotation, a single mark that
				// closes a quote within it, then the doubled one that closes
				// it (`''... 'not now.'''`); else the doubled one opens
				// and the single one opens a quote within it
				if open >= 0 {
					i++
				}
				straight, w = true, 2
			} else if r == '\'' && i+1 < p.end && text[i+1] == '\'' && (i+2 >= p.end || text[i+2] != '\'') && (i == p.start || text[i-1] != '\'') {
				straight, w = true, 2 // a doubled apostrophe
			} else if r == '`' {
				if i+1 >= p.end || text[i+1] != '`' || i+2 < p.end && text[i+2] == '`' {
					i++ // a backtick alone: an apostrophe ("world`s")
					continue
				}
				straight, w = true, 2 // two backticks: a double mark, as typewriters and TeX wrote it (``...`` or ``...'')
			} else if r == '\u2033' {
				if open < 0 || text[open] != '`' {
					i += w // a double prime alone: seconds, inches
					continue
				}
				// ``...″: wire copy's closing pair of apostrophes turned
				// into a double prime on its way through a converter
				straight = true
			} else if (r == '\u2019' && open >= 0 || r == '\u2018') && strings.HasPrefix(text[i+w:p.end], string(r)) {
				// two curly single marks for a double one, a house style:
				// `\u201cIt is the law,\u2019\u2019 said Ada Moss` closes
				// the quotation, "\u2018\u2018" opens one
				if r == '\u2019' {
					r = '\u201d'
				} else {
					r = '\u201c'
				}
				w *= 2
			}
			switch {
			case r == '\u201c' && open >= 0 && strings.HasPrefix(text[open:], "\u201e"):
				// „...“: the low mark opens, the high one closes (German, Czech ...)
				out = append(out, qspan{open: open, close: i, closeW: w, start: open + openW, end: i, para: pi})
				open = -1
			case r == '\u201c' && open >= 0 && strings.HasPrefix(text[open:], "\u201c") && i > open+openW && !isSpaceByte(text[i-1]) && closesHere(text, i+w, p.end):
				// `“It is unusual,“ said Ada Moss`: an opening mark typed
				// where the closing one belongs, after the words and
				// before a space or a stop, closes the quote
				out = append(out, qspan{open: open, close: i, closeW: w, start: open + openW, end: i, para: pi, reopened: reopened})
				open = -1
			case r == '\u201c' && open >= 0 && strings.HasPrefix(text[open:], "\u201c") && i > open+openW+1 && tagOpensAfter(text, i+w, p.end):
				// `... the world \u201cwrote the actress`, `... cryptic\u201che
				// added`: an opening mark typed for the closing one, a
				// tag in lower case right after it
				out = append(out, qspan{open: open, close: i, closeW: w, start: open + openW, end: trimSpaceEnd(text, open+openW, i), para: pi, reopened: reopened})
				open = -1
			case isOpenMark(r) && open >= 0 && text[open] == '"' && (lastStraight > i || nextOpensQuote(text, ps, pi)):
				// `"It isn't about “neat tricks” any more."`: a quote inside one
				// that closes (or runs on); else the straight mark was stray
				if nested == 0 {
					innerOpen = i
				}
				nested++
			case isCloseMark(r) && nested > 0:
				if nested--; nested == 0 && innerOpen >= 0 {
					_, ow := utf8.DecodeRuneInString(text[innerOpen:])
					out = append(out, qspan{open: innerOpen, close: i, closeW: w, start: innerOpen + ow, end: i, para: pi, inner: true})
					innerOpen = -1
				}
			case isOpenMark(r) && open >= 0 && open+openW < len(text) && !isSpaceByte(text[open+openW]) && reopensAt(text, p, open+openW, i, w):
				// `“It rained. “Then it snowed.”`: as for straight marks below
				end := trimSpaceEnd(text, open+openW, i)
				out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, reopened: reopened})
				open, openW, reopened = i, w, true
			case isOpenMark(r):
				open, openW, reopened = i, w, false
				if r == '\u00ab' {
					openW += guillemetSpace(text, i+w, p.end) // `« Non »`: French sets spaces inside
				}
			case r == '\u201d' && open < 0 && nested == 0 && (i == p.start || isSpaceByte(text[i-1]) || text[i-1] == '(' || text[i-1] == '}') && opensWord(text, i+w, p.end):
				// `the plan would ”get close to the crews”`: a closing mark
				// typed where the opening one belongs, after a space and
				// before a word, opens the quote
				open, openW, reopened = i, w, false
			case isCloseMark(r):
				if open >= 0 {
					end := i
					if r == '\u00bb' {
						end = trimGuillemetSpace(text, open+openW, i)
					}
					out = append(out, qspan{open: open, close: i, closeW: w, start: open + openW, end: end, para: pi})
					open = -1
				}
			case straight:
				st := -1
				if open < 0 && w == 1 && !startedRunOn {
					st = unopened(text, p, i)
				}
				if st >= 0 {
					// `I think it is right," she said. "Then ...`: the
					// paragraph's first mark closes a quotation whose
					// opening mark was left out, its sentence's start
					out = append(out, qspan{open: st, close: i, closeW: w, start: st, end: i, para: pi})
				} else if open < 0 {
					open, openW, reopened = i, w, false
				} else if reopensAt(text, p, open+openW, i, w) {
					// `"It rained. "Then it snowed."`: a paragraph of a
					// quotation that ran on, its paragraph break lost; the
					// mark opens the next paragraph's part
					end := trimSpaceEnd(text, open+openW, i)
					out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, reopened: reopened})
					open, openW, reopened = i, w, true
				} else {
					out = append(out, qspan{open: open, close: i, closeW: w, start: open + openW, end: i, para: pi, reopened: reopened})
					open, nested = -1, 0
				}
			}
			i += w
		}
		runsOnNext := open >= 0 && nextOpensQuote(text, ps, pi)
		tagEnd := 0 // (read only for a quotation left open that runs on into no paragraph)
		if open >= 0 && !runsOnNext && !startedRunOn && nested == 0 {
			tagEnd = unclosedBeforeTag(text, open+openW, p.end)
		}
		if runsOnNext {
			end := trimSpaceEnd(text, open+openW, p.end)
			if end > open+openW {
				out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, runsOn: true, reopened: reopened, afterWords: strings.TrimSpace(text[p.start:open]) != ""})
				runOn = true
			}
		} else if end := tagEnd; end > 0 {
			// `“It is an open invitation, no one is left out, he
			// said.`: the closing mark left out before a tag in the
			// paragraph; the quotation ends at the tag's comma
			out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, reopened: reopened})
		} else if open >= 0 && !startedRunOn && nested == 0 && opensWord(text, open+openW, p.end) && dangling == nil {
			if end := trimSpaceEnd(text, open+openW, p.end); end > open+openW {
				dangling = &qspan{open: open, close: end, start: open + openW, end: end, para: pi, runsOn: true, reopened: reopened, afterWords: strings.TrimSpace(text[p.start:open]) != ""}
			}
		} else if open >= 0 && startedRunOn && strings.TrimSpace(text[p.start:open]) == "" && nested == 0 && opensWord(text, open+openW, p.end) {
			// the last paragraph of a quotation that ran on, its closing
			// mark left out (the paragraph after opens none): it ends
			// with the paragraph (dropUnclosedRuns keeps the chain only
			// when it is short; not a mark before markup: `">`)
			if end := trimSpaceEnd(text, open+openW, p.end); end > open+openW {
				out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, reopened: reopened, unclosed: true})
			}
		}
		if startedRunOn {
			// the paragraph's first mark goes on with the quotation before
			// (a quote inside it was appended first, when it closed)
			first := -1
			for k := len(out) - 1; k >= 0 && out[k].para == pi; k-- {
				if first < 0 || out[k].open < out[first].open {
					first = k
				}
			}
			if first >= 0 && strings.TrimSpace(text[p.start:out[first].open]) == "" {
				out[first].fromRunOn = true
			}
		}
		for k := from; k < len(out); k++ {
			if out[k].para == pi {
				out[k].navGap = navGap
			}
		}
	}
	return dropInner(dropUnclosedRuns(out))
}

// firstMarkCloses finds paragraph p's first double quotation mark (a
// straight, curly or low one, a guillemet, two apostrophes, two backticks): -1 when it
// has none; closes when that mark ends words (after a letter or a stop,
// before a space or a stop) rather than opening them.
func firstMarkCloses(text string, p para) (first int, closes bool) {
	for i := p.start; i < p.end; i++ {
		c := text[i]
		if c != '"' && c != '\'' && c != '`' && c != 0xc2 && c != 0xe2 {
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:p.end])
		switch {
		case r == '`':
			if strings.HasPrefix(text[i:p.end], "``") {
				return i, false // two backticks open
			}
		case r == '\u201d' || r == '\u00bb':
			return i, i > p.start && !isSpaceByte(text[i-1])
		case isOpenMark(r):
			return i, false
		case r == '"' || r == '\'' && strings.HasPrefix(text[i:p.end], "''"):
			if r == '\'' {
				w = 2
			}
			return i, i > p.start && !isSpaceByte(text[i-1]) && closesHere(text, i+w, p.end)
		}
	}
	return -1, false
}

// signatureLine: is s a name and what it is, set under a quotation
// ("Ada Moss, Kells Institute.", "Rep. Ivo Pap."): a dozen words at
// most, opening with a capital, no word in lower case before its first
// comma.
func signatureLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !unicode.IsUpper(firstRune(s)) || countFieldsTo(s, 13) > 12 {
		return false
	}
	if k := strings.IndexByte(s, ','); k >= 0 {
		s = s[:k]
	}
	for _, w := range strings.Fields(s) {
		if unicode.IsLower(firstRune(w)) {
			return false
		}
	}
	return true
}

// unopened: is the straight mark at i, the first mark of paragraph p,
// the close of a quotation whose opening mark was left out? Then the
// quotation's start, its sentence's (past a single mark typed for the
// double one), else -1. The mark follows a stop or a comma after five
// words or more of a sentence that opens with a capital, a tag follows
// it (`," she said.`), and the paragraph's straight marks are odd in
// number.
func unopened(text string, p para, i int) int {
	if i < p.start+2 || !strings.ContainsRune(",.?!", rune(text[i-1])) {
		return -1
	}
	before := text[p.start:i]
	if strings.Contains(before, "''") || strings.ContainsAny(before, "\"\u201c\u201d\u00ab\u00bb\u201e") || strings.Count(text[p.start:p.end], "\"")%2 == 0 {
		return -1
	}
	st := p.start
	for _, stop := range []string{". ", "? ", "! "} {
		if k := strings.LastIndex(before[:len(before)-1], stop); k >= 0 && p.start+k+len(stop) > st {
			st = p.start + k + len(stop)
		}
	}
	if text[st] == '\'' {
		st++ // `'Fares will rise," it said`
	} else if strings.HasPrefix(text[st:], "\u2018") {
		st += len("\u2018")
	}
	if r, _ := utf8.DecodeRuneInString(text[st:]); !unicode.IsUpper(r) || countFieldsTo(text[st:i], 5) < 5 {
		return -1
	}
	end := i + 1
	for end < p.end && !strings.ContainsRune(".!?;\"", rune(text[end])) {
		end++
	}
	ts := tokens(text[i+1 : end])
	for k := 0; k < len(ts) && k < 4 && len(ts) <= 8; k++ {
		if isSpeechVerb(bare(ts[k].w)) {
			return st
		}
	}
	return -1
}

// unclosedBeforeTag: in text[from:end], the words of a quotation whose
// closing mark was left out, is there a comma after four words or more
// with a tag in lower case after it (", he said.", ", said Ivo Pap")
// ending the sentence? The offset just past that comma, else 0.
func unclosedBeforeTag(text string, from, end int) int {
	if from <= 0 || from >= end || !opensWord(text, from, end) {
		return 0
	}
	for i := from; i+2 < end; i++ {
		if text[i] != ',' || text[i+1] != ' ' || countFieldsTo(text[from:i], 4) < 4 || !tagOpensAfter(text, i+2, end) {
			continue
		}
		rest := text[i+2 : end]
		if k := strings.IndexAny(rest, ".!?"); k < 0 || k > 60 || strings.ContainsAny(rest[:k], ",;:") {
			return 0 // (the tag ends its sentence: not ", he said, and then")
		}
		return i + 1
	}
	return 0
}

// tagOpensAfter: does a tag in lower case start at i ("wrote the
// actress", "he added", "said Ada Moss"): a speech verb, or a pronoun
// and one?
func tagOpensAfter(text string, i, end int) bool {
	if i >= end || text[i] < 'a' || text[i] > 'z' {
		return false
	}
	ts := tokens(text[i:min(end, i+40)])
	if len(ts) == 0 {
		return false
	}
	w := bare(ts[0].w)
	if isSpeechVerb(w) {
		return true
	}
	return (w == "he" || w == "she" || w == "they") && len(ts) > 1 && isSpeechVerb(bare(ts[1].w))
}

// dropInner removes the quotations found inside a straight quotation that
// stayed (a quote within a quote is part of it); those inside one that was
// dropped (pasted text marked at each paragraph's start) stay.
func dropInner(qs []qspan) []qspan {
	hasInner := false
	for _, q := range qs {
		hasInner = hasInner || q.inner
	}
	if !hasInner {
		return qs
	}
	// the quotation around an inner one closes after it, so it is the
	// first of the others after it in the list: one pass from the end
	keep := make([]bool, len(qs))
	next := -1
	for i := len(qs) - 1; i >= 0; i-- {
		q := qs[i]
		if !q.inner {
			keep[i], next = true, i
			continue
		}
		keep[i] = next < 0 || !(qs[next].open < q.open && q.close <= qs[next].afterClose())
	}
	out := qs[:0]
	for i, q := range qs {
		if keep[i] {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].open < out[b].open })
	return out
}

// maxUnclosedRun is the most paragraphs a quotation that runs on and
// never writes its closing mark may span after its first, which opens it
// after a tag (a longer chain, or one whose every paragraph opens with
// the mark, is a transcript or pasted text).
const maxUnclosedRun = 3

// dropUnclosedRuns removes chains of paragraphs that open a quotation and
// never close it: a multi-paragraph quote ends, in its last paragraph, with
// a closing mark; a chain that never does is a transcript or pasted text
// marked at each paragraph's start, not a quotation.
func dropUnclosedRuns(qs []qspan) []qspan {
	out := qs[:0]
	endOfKept := -1 // the unclosed last part of the chain kept last
	for i := 0; i < len(qs); i++ {
		if !qs[i].runsOn {
			if !qs[i].unclosed || i == endOfKept {
				out = append(out, qs[i])
			}
			continue
		}
		j := i // the chain: runsOn spans, each followed by the next paragraph's opening span
		for {
			k := j + 1
			for k < len(qs) && qs[k].para == qs[j].para {
				k++
			}
			for n := k; n < len(qs) && qs[n].follows(qs[j].para); n++ {
				if qs[n].fromRunOn {
					k = n // not a quote inside it, appended before it
					break
				}
			}
			if k < len(qs) && qs[k].follows(qs[j].para) && qs[k].fromRunOn && qs[k].runsOn {
				j = k
				continue
			}
			closed := k < len(qs) && qs[k].follows(qs[j].para) && qs[k].fromRunOn && !qs[k].runsOn && (!qs[k].unclosed || qs[k].para-qs[i].para <= maxUnclosedRun && qs[i].afterWords)
			if closed {
				endOfKept = k
				for ; i <= j; i++ {
					out = append(out, qs[i])
				}
			} else {
				for ; i <= j; i++ {
					if !qs[i].runsOn && !qs[i].fromRunOn {
						out = append(out, qs[i])
					}
				}
			}
			i--
			break
		}
	}
	return out
}

// reopens: is the straight mark at i, inside a quotation opened at
// start, shaped as an opening mark after a finished sentence (". " before
// it, a capital or a digit after it)? Then the quotation ended a paragraph
// before it without a closing mark, as multi-paragraph quotations do.
func reopens(text string, p para, start, i int) bool { return reopensAt(text, p, start, i, 1) }

// reopensAt is reopens for a mark of w bytes at i (a curly single one).
func reopensAt(text string, p para, start, i, w int) bool {
	if i-2 < start+1 || i+w >= p.end || text[i-1] != ' ' {
		return false
	}
	j := i - 2
	if text[j] == '\'' && j-1 >= start+1 {
		j-- // `... metres?' "If they ...`: a quote within closed at the sentence's end
	} else if strings.HasSuffix(text[:j+1], "\u2019") && j-3 >= start+1 {
		j -= 3
	}
	switch text[j] {
	case '.', '?', '!':
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+w:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func nextOpensQuote(text string, ps []para, pi int) bool {
	r, rest := nextParaStart(text, ps, pi)
	return r == '"' || isOpenMark(r) || strings.HasPrefix(rest, "``") || strings.HasPrefix(rest, "''")
}

// nextParaRune is the first rune of the body paragraph after pi, or 0.
func nextParaRune(text string, ps []para, pi int) rune {
	r, _ := nextParaStart(text, ps, pi)
	return r
}

// nextParaStart is the first rune of the body paragraph after pi (0 when
// there is none) and that paragraph's text from it.
func nextParaStart(text string, ps []para, pi int) (rune, string) {
	for pi+1 < len(ps) && ps[pi+1].skip == "nav" {
		pi++ // (an ad slot's line between: "Hide Ad")
	}
	if pi+1 >= len(ps) || ps[pi+1].skip != "" {
		return 0, ""
	}
	rest := strings.TrimLeftFunc(text[ps[pi+1].start:ps[pi+1].end], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	return r, rest
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// trimSpaceEnd moves end back over the white space of text[lo:end].
func trimSpaceEnd(text string, lo, end int) int {
	for end > lo && isSpaceByte(text[end-1]) {
		end--
	}
	return end
}

// guillemetSpace is the length of the spaces at text[i:end] that French
// typography sets inside guillemets (`« Non »`): plain, no-break (U+00A0)
// or narrow no-break (U+202F) ones.
func guillemetSpace(text string, i, end int) int {
	j := i
	for j < end {
		switch {
		case text[j] == ' ':
			j++
		case strings.HasPrefix(text[j:end], "\u00a0"):
			j += len("\u00a0")
		case strings.HasPrefix(text[j:end], "\u202f"):
			j += len("\u202f")
		default:
			return j - i
		}
	}
	return j - i
}

// trimGuillemetSpace moves end back over the spaces guillemetSpace reads.
func trimGuillemetSpace(text string, lo, end int) int {
	for end > lo {
		switch {
		case text[end-1] == ' ':
			end--
		case strings.HasSuffix(text[lo:end], "\u00a0"):
			end -= len("\u00a0")
		case strings.HasSuffix(text[lo:end], "\u202f"):
			end -= len("\u202f")
		default:
			return end
		}
	}
	return end
}

// isNBSP: does a no-break space (U+00A0) start text[i:]?
func isNBSP(text string, i int) bool { return i+1 < len(text) && text[i] == 0xc2 && text[i+1] == 0xa0 }

// sentence is a span of a paragraph; quotes never contain a boundary.
type sentence struct{ start, end int }

var abbrevs = wordLexicon("abbreviations")

var sentenceStarters = toSet("the he she it they we i but and in a an this that there his her its their our as on at after before when while if for so yet still then now however meanwhile")

// splitSentences cuts one paragraph into sentences at . ! ? outside quotes,
// not after abbreviations, and after a closing mark whose quote ends a
// sentence when a capital or a new quote follows.
func splitSentences(text string, p para, qs []qspan) []sentence {
	next := 0                    // quotes are in text order; the next one not yet passed
	inQuote := func(i int) int { // index of the quote containing i, or -1
		for next < len(qs) && qs[next].end <= i {
			next++
		}
		if next < len(qs) && i >= qs[next].start && i < qs[next].end {
			return next
		}
		return -1
	}
	var out []sentence
	start := p.start + p.dl // a dateline is no sentence's part ("KELLS (AP) — ")
	i := start
	for i < p.end {
		if c := text[i]; c != '.' && c != '!' && c != '?' && (next >= len(qs) || i < qs[next].start) {
			i++ // no sentence end, and no quote here (inQuote would say -1 and pass none)
			continue
		}
		if k := inQuote(i); k >= 0 {
			q := qs[k]
			i = q.end
			// closing mark (two bytes for a doubled apostrophe)
			if q.closeW > 0 && q.close == q.end {
				i += q.closeW
			} else if i < p.end {
				_, w := utf8.DecodeRuneInString(text[i:])
				i += w
			}
			last := strings.TrimRight(text[q.start:q.end], " ")
			if last != "" && strings.ContainsAny(last[len(last)-1:], ".!?") && nextStartsSentence(text, i, p.end) && !tagFollows(text, i, p.end, last[len(last)-1] != '.') {
				out = append(out, sentence{start, i})
				start = skipSpaces(text, i, p.end)
			}
			continue
		}
		c := text[i]
		if (c == '.' || c == '!' || c == '?') && i+1 <= p.end {
			j := i + 1
			for j < p.end && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == ')') {
				j++
			}
			if (j == p.end || isSpaceByte(text[j]) || isNBSP(text, j)) && nextStartsSentence(text, j, p.end) && (c != '.' || !isAbbrevBefore(text, p.start, i, j, p.end)) {
				out = append(out, sentence{start, j})
				start = skipSpaces(text, j, p.end)
				i = j
				continue
			}
		}
		i++
	}
	if start < p.end {
		out = append(out, sentence{start, p.end})
	}
	return out
}

// tagFollows: do the words after a closing mark form a short attribution
// tag (`?" Okafor said.`, `!" asked the mayor,`), which belongs to the
// quote's sentence although it starts with a capital?
func tagFollows(text string, i, end int, exclaim bool) bool {
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '.' && j+1 < end && text[j+1] == ',' {
			j++ // "R-Pa.," never ends a sentence
			continue
		}
		if exclaim && r == '.' && isAbbrevBefore(text, i, j, j+1, end) {
			j++ // "Del. Jo Lee said": a title's period
			continue
		}
		if exclaim && (r == '"' || isOpenMark(r)) {
			if k := nicknameEnd(text, j, end); k > 0 {
				j = k // a nickname inside the name
				continue
			}
		}
		if r == '.' || r == '!' || r == '?' || r == ';' || r == '"' || isOpenMark(r) {
			break
		}
		j += w
	}
	ts := tokens(text[i:j])
	limit := 10
	if exclaim {
		limit = 14 // after `!"` or `?"` a longer tag still belongs to the quote
	}
	if len(ts) == 0 || sentenceStarters[bare(ts[0].w)] {
		return false // `." And he added that ...` starts a sentence of its own
	}
	if exclaim && len(ts) > 1 && isCapWord(ts[0].w) && isSpeechVerb(strings.ToLower(ts[0].w)) && isCapWord(ts[1].w) {
		return true // `!" Said Ada Moss, who ...`: the verb capitalised after the mark, then the name
	}
	if len(ts) > limit {
		// `!" Ada Moss shouted, a cry that ...`: a name and a speech verb
		// closed by a comma are a tag however long the clause after them
		for k := 0; exclaim && k < 4; k++ {
			if isSpeechVerb(ts[k].w) && (strings.HasSuffix(ts[k].w, ",") || k > 0 && isCapWord(ts[k-1].w) && objectVerbs[ts[k].w]) {
				return true // (or `?" Ada Moss told Dunmore Radio in an interview ...`)
			}
		}
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[j:]); strings.HasSuffix(ts[len(ts)-1].w, ":") && (j == end || r == '"' || isOpenMark(r)) {
		return false // `." Lee added: "...`: a tag that opens the next quotation
	}
	for k := 1; !exclaim && k < len(ts)-1 && k < 4; k++ {
		// `." Ada Moss said Ivo Pap "...`, `." Ada Moss said the plan ...`:
		// after a full stop, a name whose verb goes on to a clause of its
		// own opens the next sentence
		if isCapWord(ts[0].w) && isSpeechVerb(ts[k].w) && !strings.ContainsAny(ts[k].w, ",:") {
			if n := ts[k+1].w; n == "that" || !objectVerbs[ts[k].w] && (isCapWord(n) || determiners[n] || subjectPronouns[n]) {
				return false
			}
			for j := k + 2; j < len(ts) && j <= k+4; j++ {
				if ts[j].w == "that" && !strings.ContainsAny(ts[j-1].w, ",.") {
					return false // `." Quist added last week that ...`: a sentence of its own
				}
			}
			break
		}
	}
	for k, t := range ts {
		// a two-word verb ends the tag ("went on, turning to"): "fired
		// back in April" opens a sentence of its own
		if k < limit-4 && (isSpeechVerb(t.w) || phrasalVerbAt(ts, k) && (k+2 == len(ts) || strings.ContainsAny(ts[k+1].w, ",:"))) {
			return true
		}
	}
	return false
}

// subjectPronouns open a clause of their own after a speech verb
// (`." Ivo Pap said he was ...`).
var subjectPronouns = toSet("he she they we it i")

// objectVerbs are speech verbs whose object follows them in a tag ("told
// the station", "asked reporters").
var objectVerbs = toSet("told tells asked asks")

// nicknameEnd: when the mark at i opens a single capitalised word that
// closes right after (`Teodora "Teo" Lane`), the offset after its closing
// mark; else 0.
func nicknameEnd(text string, i, end int) int {
	_, w := utf8.DecodeRuneInString(text[i:])
	j := i + w
	k := j
	for k < end && k-j < 20 {
		r, rw := utf8.DecodeRuneInString(text[k:])
		if r == '"' || isCloseMark(r) {
			if k > j && isCapWord(text[j:k]) && k+rw < end && text[k+rw] == ' ' {
				return k + rw
			}
			return 0
		}
		if !unicode.IsLetter(r) {
			return 0
		}
		k += rw
	}
	return 0
}

func skipSpaces(text string, i, end int) int {
	for i < end {
		switch {
		case isSpaceByte(text[i]):
			i++
		case i+1 < end && isNBSP(text, i):
			i += 2
		default:
			return i
		}
	}
	return i
}

func nextStartsSentence(text string, i, end int) bool {
	j := skipSpaces(text, i, end)
	if j == end {
		return false
	}
	if j == i && i < end { // no space after the mark
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if (r == '\'' || r == '`') && j+1 < end {
		// a straight single mark opening a quotation ('We sail.'), or
		k := j + 1
		if text[k] == text[j] && k+1 < end {
			k++ // two standing for a double one (''We sail.'', ``We sail.'')
		}
		n, _ := utf8.DecodeRuneInString(text[k:])
		return unicode.IsUpper(n) || unicode.IsDigit(n)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || isOpenMark(r) || r == '\u2018' || r == '('
}

// isAbbrevBefore: is the word ending at the period at i an abbreviation?
func isAbbrevBefore(text string, pstart, i, after, end int) bool {
	k := i
	for k > pstart && !isSpaceByte(text[k-1]) && text[k-1] != '(' && text[k-1] != '"' {
		k--
	}
	word := text[k:i]
	if word == "" {
		return false
	}
	lw := strings.ToLower(strings.TrimLeft(word, "\u201c\u2018'"))
	if firmSuffixes[lw] && lw != "co" { // (not "Co. Kerry", a county)
		// "Quist Holdings Inc. said" goes on; "..., Quist Holdings Inc.
		// The firm ..." and "Inc. \"We ..." end there: a firm's suffix
		// ends a sentence when no lower-case word follows it
		j := skipSpaces(text, after, end)
		r, _ := utf8.DecodeRuneInString(text[j:min(end, j+4)])
		return j < end && (unicode.IsLower(r) || r == ',' || r == ';' || r == ')')
	}
	if abbrevs[lw] {
		return true
	}
	if utf8.RuneCountInString(lw) == 1 && unicode.IsUpper([]rune(word)[0]) { // an initial
		return true
	}
	if strings.Contains(word, ".") { // U.S., U.A.E.: a boundary only before a common sentence opener
		if n := strings.TrimLeft(lw, "$£€"); n != "" && n[0] >= '0' && n[0] <= '9' {
			return false // "in 30.26. Pap said", "$1.3bn. The": a number ends the sentence
		}
		if webName(word) {
			return false // "according to Quistnews.com. He": a site's name ends the sentence
		}
		j := skipSpaces(text, after, end)
		w := j
		for w < end && !isSpaceByte(text[w]) {
			w++
		}
		return !sentenceStarters[strings.ToLower(strings.Trim(text[j:w], ",;:\"'\u201c\u2018"))]
	}
	return false
}

// webName: is word a site's name ("Quistnews.com", "ferry.co.uk"): letters
// in lower case and a last part of two letters or more after a dot?
func webName(word string) bool {
	i := strings.LastIndexByte(word, '.')
	if i <= 0 || len(word)-i-1 < 2 {
		return false
	}
	for _, r := range word[i+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// firstRune is s's first character (utf8.RuneError for "").
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
