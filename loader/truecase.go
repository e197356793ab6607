package loader

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// truecase lowers, in lines written in Title Case (a headline or a summary
// line: four words or more, at least four in five capitalised), the
// capitalised words the article writes in lower case elsewhere, or that
// are common English words it never capitalises mid-sentence (named) and
// no first names, so that "Ada Okafor Says The Harbour Plan Will Fail"
// names "Ada Okafor" and not a nine-word person. Only ASCII capitals are
// lowered, so every offset stays that of the text.
func truecase(masked string, ps []para, lower, named map[string]bool) string {
	var b []byte
	for _, p := range ps {
		line := masked[p.start:p.end]
		if rl, ok := recaseCaps(line); ok {
			// "KELLS COACH, IVO PAP:" (a label), "NIA KROLL calls on ...":
			// a name in capitals, written as a name so it is read as one
			if b == nil {
				b = []byte(masked)
			}
			copy(b[p.start:p.end], rl)
			continue
		}
		if !titleCased(line) {
			continue
		}
		for _, w := range letterWords(line) {
			word := line[w[0]:w[1]]
			if c := word[0]; c < 'A' || c > 'Z' || len(word) > 1 && word[1] >= 'A' && word[1] <= 'Z' {
				continue // not capitalised, or in capitals ("DECLINE" is no "dECLINE")
			}
			if lw := strings.ToLower(word); !lower[lw] && (named[lw] || isFirstName(lw) || !isEnglishCommon(lw)) {
				continue
			}
			if b == nil {
				b = []byte(masked)
			}
			b[p.start+w[0]] = word[0] + ('a' - 'A')
		}
	}
	if b == nil {
		return masked
	}
	return string(b)
}

// recaseCaps writes the name in capitals that line opens with (capsName)
// as a name: the first letter of each word kept, a title's or a common
// word in lower case ("Kells coach, Ivo Pap:"); false, and line, when
// it opens with none. Only ASCII letters change: offsets stay.
func recaseCaps(line string) (string, bool) {
	n := capsName(line)
	if n == 0 {
		return line, false
	}
	b := []byte(line)
	for k, w := range letterWords(line[:n]) {
		from := w[0] + 1
		if lw := strings.ToLower(line[w[0]:w[1]]); k > 0 && (titleWords[lw] && !nonOfficeTitles[lw] || occupations[lw] || roleNouns[lw] || npStop[lw]) {
			from-- // a title's word or a function word, in lower case
		}
		for i := from; i < w[1]; i++ {
			if c := b[i]; c >= 'A' && c <= 'Z' {
				b[i] = c + ('a' - 'A')
			}
		}
	}
	return string(b), true
}

// capsName is the length of the start of line that names someone in
// capitals: the whole line when it is a label of a few words in capitals
// ending in a colon with a first name in it ("KELLS COACH, IVO PAP:"), or
// two or three words in capitals opening it, the first a first name,
// before a word in lower case ("NIA KROLL calls on ..."); else 0.
func capsName(line string) int {
	if len(line) < 4 || line[0] < 'A' || line[0] > 'Z' || line[1] < 'A' || line[1] > 'Z' {
		return 0 // (most lines: no two capitals open them)
	}
	t := strings.TrimRight(line, " \t")
	if n := len(t); n > 0 && n <= 80 && t[n-1] == ':' && strings.ToUpper(t) == t {
		words := letterWords(t)
		named := func(w [2]int) bool {
			lw := strings.ToLower(t[w[0]:w[1]])
			return w[1]-w[0] > 2 && isFirstName(lw) && !isEnglishCommon(lw)
		}
		titled := func(w [2]int) bool {
			lw := strings.ToLower(t[w[0]:w[1]])
			return titleWords[lw] && !nonOfficeTitles[lw] || occupations[lw]
		}
		if len(words) >= 2 && len(words) <= 8 && (slices.ContainsFunc(words, named) || strings.Contains(t, ", ") && slices.ContainsFunc(words, titled)) {
			return len(t) // (a title and a name the lists do not know: "KELLS COACH, TARUNA VELK:")
		}
		return 0
	}
	words := letterWords(line)
	if len(words) < 3 {
		return 0
	}
	k := 0
	for k < len(words) && k < 4 && allCapsWord(line[words[k][0]:words[k][1]]) {
		k++
	}
	if k < 2 || k > 3 || k == len(words) {
		return 0
	}
	first := strings.ToLower(line[words[0][0]:words[0][1]])
	next := line[words[k][0]:words[k][1]]
	named := isFirstName(first) && !isEnglishCommon(first)
	if !named && k == 3 && titleWords[first] && !nonOfficeTitles[first] {
		// "MAYOR IVO PAP has praised the crew": a title, then the name
		second := strings.ToLower(line[words[1][0]:words[1][1]])
		named = isFirstName(second) && !isEnglishCommon(second)
	}
	if words[0][0] > 0 || !named || next[0] < 'a' || next[0] > 'z' || strings.ContainsAny(line[words[0][0]:words[k][0]], ".:,;") {
		return 0
	}
	return words[k-1][1]
}

// allCapsWord: is w two ASCII capitals or more, and nothing else?
func allCapsWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// titleCased: is line in Title Case, four words or more that start with
// an ASCII letter (as letterWords cuts them), at least four in five of
// them with a capital? Most lines are not: the count stops once the words
// left could not make up for the lower-case ones.
func titleCased(line string) bool {
	words, caps := 0, 0
	in := false
	for i, r := range line {
		var w bool
		if r < utf8.RuneSelf {
			w = asciiWord[r]
		} else {
			w = isWordRune(r)
		}
		if w && !in {
			switch c := line[i]; {
			case c >= 'A' && c <= 'Z':
				words++
				caps++
			case c >= 'a' && c <= 'z':
				words++
				// a word starts at most every other byte from here on
				if lows := words - caps; 4*lows > caps+(len(line)-i)/2+1 {
					return false
				}
			}
		}
		in = w
	}
	return words >= 4 && caps*5 >= words*4
}

// asciiWord[c]: isWordRune(rune(c)), for the ASCII bytes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// particlesCapitalised returns s with the Arabic article of a name written
// in capitals where a name's capital follows its hyphen and a capitalised
// word comes before it ("Ziad al-Nakhala" is read as "Ziad Al-Nakhala"),
// so that the name's words run on as a name's do; the bytes keep their
// offsets.
func particlesCapitalised(s string) string {
	var b []byte
	for i := 0; ; {
		j := strings.Index(s[i:], "-")
		if j < 0 {
			break
		}
		at := i + j
		i = at + 1
		k := at - 1
		for k >= 0 && s[k] >= 'a' && s[k] <= 'z' {
			k--
		}
		start := k + 1
		if n := at - start; n < 2 || n > 3 || !nameParticles[s[start:at]] || k < 1 || s[k] != ' ' || at+1 >= len(s) || s[at+1] < 'A' || s[at+1] > 'Z' {
			continue
		}
		if p := k - 1; p < 0 || !(s[p] >= 'a' && s[p] <= 'z' || s[p] >= 'A' && s[p] <= 'Z' || s[p] == '.') {
			continue
		}
		// the word before is capitalised
		w := k - 1
		for w >= 0 && s[w] != ' ' && s[w] != '\n' {
			w--
		}
		if c := s[w+1]; c < 'A' || c > 'Z' {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		b[start] -= 'a' - 'A'
	}
	if b == nil {
		return s
	}
	return string(b)
}

// nameParticles are the Arabic article's spellings before a name's hyphen.
var nameParticles = toSet("al el ad ar as ash at az an")

// particlesAsWritten gives name back the article's lower-case particles
// that particlesCapitalised raised ("Ziad Al-Nakhala" is "Ziad
// al-Nakhala" where the article writes it so).
func particlesAsWritten(name, text string) string {
	if !strings.Contains(name, "-") {
		return name
	}
	f := strings.Fields(name)
	changed := false
	for i, w := range f {
		if h := strings.IndexByte(w, '-'); i > 0 && h >= 2 && h <= 3 && nameParticles[strings.ToLower(w[:h])] && w[0] >= 'A' && w[0] <= 'Z' {
			if low := strings.ToLower(w[:1]) + w[1:]; strings.Contains(text, " "+low) {
				f[i], changed = low, true
			}
		}
	}
	if !changed {
		return name
	}
	return strings.Join(f, " ")
}
