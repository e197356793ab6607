package loader

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some outlets quote with single marks (‘We will sail,’ said Ivo Pap.),
// keeping double marks for a quote inside a quote. An article written so
// has few or no double-mark quotations, and single marks that pair around
// sentences outside them; double-mark articles use single marks only
// inside their quotations and in headlines.

// singleStyle reads the article's quotations in single marks when that is
// its house style: of the quotations outside quotations of the other
// style, those in single marks of three words or more are at least two
// and more than twice those in double marks (of any length: a
// double-mark article's single marks are mostly scare quotes and titles,
// which its double-mark terms outnumber). It returns the single-mark
// quotations and the double-mark ones outside them, in text order, and
// whether the style is single.
func singleStyle(text string, ps []para, doubles []qspan) ([]qspan, bool) {
	if !containsRunes(text, "'\u2018") {
		return nil, false
	}
	singles := findSingleQuotes(text, ps)
	n, d := 0, 0
	for _, q := range singles {
		if countFieldsTo(text[q.start:q.end], 2) >= 3 && !within(q, doubles) {
			n++
		}
	}
	for _, q := range doubles {
		if !within(q, singles) {
			d++
		}
	}
	if (n < 2 || n <= 2*d) && !(n == 1 && d == 0 && len(doubles) == 0 && loneSingleQuotes(text, singles)) {
		return nil, false
	}
	out := singles
	for _, q := range doubles {
		if !overlaps(q, singles) {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].open < out[b].open })
	return out, true
}

// loneSingleQuotes: in a text with no double marks, is its one
// single-mark quotation of three words or more a sentence someone says
// (five words or more, a speech verb within the sentence around it),
// not a title or a phrase in scare quotes?
func loneSingleQuotes(text string, singles []qspan) bool {
	for _, q := range singles {
		if countFieldsTo(text[q.start:q.end], 4) < 5 {
			continue
		}
		lo, hi := max(0, q.open-80), min(len(text), q.afterClose()+80)
		return hasSpeechVerb(text[lo:q.open]) || hasSpeechVerb(text[q.afterClose():hi])
	}
	return false
}

// within: is q inside one of qs (in text order, none inside another)?
func within(q qspan, qs []qspan) bool {
	k := sort.Search(len(qs), func(k int) bool { return qs[k].open >= q.open }) - 1
	return k >= 0 && q.close < qs[k].afterClose()
}

// overlaps: does q share a byte with one of qs (in text order, none
// inside another)?
func overlaps(q qspan, qs []qspan) bool {
	k := sort.Search(len(qs), func(k int) bool { return qs[k].open >= q.open })
	return k > 0 && q.open < qs[k-1].afterClose() || k < len(qs) && qs[k].open < q.afterClose()
}

// singleMark is one single mark that may open or close a quotation.
type singleMark struct {
	at, w       int
	open, close bool
	possessive  bool // a close that may be a plural's apostrophe ("the riders’ union")
}

// singleMarks reads the single marks of text[start:end]: a mark opens
// at a word's start (after a space, a bracket, a dash or the line's
// start, before no space); a mark closes at a word's end (after no space,
// before no letter or digit). An apostrophe inside a word ("it’s", "rock
// ’n’ roll" after its first mark) is neither.
func singleMarks(text string, start, end int) []singleMark {
	var out []singleMark
	for i := start; i < end; {
		if c := text[i]; c != '\'' && c != 0xe2 { // (the first byte of ‘ and ’)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		if r != '\'' && r != '\u2018' && r != '\u2019' {
			i += w
			continue
		}
		if r == '\'' && (i+1 < end && text[i+1] == '\'' || i > start && text[i-1] == '\'') {
			i += w // two apostrophes standing for a double mark
			continue
		}
		var prev, next rune = ' ', ' '
		if i > start {
			prev, _ = utf8.DecodeLastRuneInString(text[start:i])
		}
		if i+w < end {
			next, _ = utf8.DecodeRuneInString(text[i+w:])
		}
		m := singleMark{at: i, w: w}
		opensWord := isOpeningContext(prev) && !unicode.IsSpace(next)
		closesWord := !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next)
		switch r {
		case '\u2018':
			m.open = opensWord
		case '\u2019':
			m.close = closesWord
		default:
			m.open, m.close = opensWord, closesWord && !opensWord
		}
		if m.close && (prev == 's' || prev == 'S') && next == ' ' {
			// "the riders’ union": a plural's apostrophe when a lower-case
			// word follows
			if n, _ := utf8.DecodeRuneInString(text[min(i+w+1, end):]); i+w+1 < end && unicode.IsLower(n) {
				m.possessive = true
			}
		}
		if m.open || m.close {
			out = append(out, m)
		}
		i += w
	}
	return out
}

// isOpeningContext: may a quotation open after rune r?
func isOpeningContext(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{\u2014\u2013-\"\u201c/", r)
}

// findSingleQuotes pairs single quotation marks paragraph by paragraph, as
// findQuotes pairs double ones: an opening mark opens when none is open,
// a closing mark closes (a plural's apostrophe only when no other close
// follows before the next opening mark), and a paragraph left open runs
// on into the next when that one opens with a mark.
func findSingleQuotes(text string, ps []para) []qspan {
	var out []qspan
	runOn := false
	for pi, p := range ps {
		if p.skip != "" {
			runOn = false
			continue
		}
		startedRunOn := runOn
		runOn = false
		marks := singleMarks(text, p.start, p.end)
		open, openW := -1, 0
		first := -1 // the paragraph's first quotation in out
		reopened := false
		for k, m := range marks {
			switch {
			case open >= 0 && m.open && !m.close && reopensAt(text, p, open+openW, m.at, m.w):
				// 'It rained. 'Then it snowed.': a paragraph of a quotation
				// that ran on, its paragraph break lost (as findQuotes reads
				// straight double marks)
				end := trimSpaceEnd(text, open+openW, m.at)
				if first < 0 {
					first = len(out)
				}
				out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, reopened: reopened})
				open, openW, reopened = m.at, m.w, true
			case open < 0 && m.open:
				open, openW, reopened = m.at, m.w, false
			case open >= 0 && m.close:
				if m.possessive && (laterClose(marks[k+1:]) || !slices.ContainsFunc(marks[k+1:], func(x singleMark) bool { return x.open || x.close }) && nextOpensSingle(text, ps, pi)) {
					// (and when the paragraph runs on into the next, which
					// opens with a mark: "‘... for the Hornets’ last two
					// games." then "‘...": no close of its own)
					continue
				}
				if first < 0 {
					first = len(out)
				}
				out = append(out, qspan{open: open, close: m.at, closeW: m.w, start: open + openW, end: m.at, para: pi, reopened: reopened})
				open = -1
			}
		}
		if open >= 0 && nextOpensSingle(text, ps, pi) {
			end := trimSpaceEnd(text, open+openW, p.end)
			if end > open+openW {
				if first < 0 {
					first = len(out)
				}
				out = append(out, qspan{open: open, close: end, start: open + openW, end: end, para: pi, runsOn: true, reopened: reopened})
				runOn = true
			}
		}
		if startedRunOn && first >= 0 && strings.TrimSpace(text[p.start:out[first].open]) == "" {
			out[first].fromRunOn = true
		}
	}
	return dropUnclosedRuns(out)
}

// laterClose: is there a close among marks before the next opening mark
// that is not itself a plural's apostrophe?
func laterClose(marks []singleMark) bool {
	for _, m := range marks {
		if m.close && !m.possessive {
			return true
		}
		if m.open && !m.close {
			return false
		}
	}
	return false
}

// nextOpensSingle: does the paragraph after pi open with a single mark?
func nextOpensSingle(text string, ps []para, pi int) bool {
	r := nextParaRune(text, ps, pi)
	return r == '\'' || r == '\u2018'
}
