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
