package loader

import (
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
