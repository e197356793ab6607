package loader

import "strings"

// truecase lowers, in lines written in Title Case (a headline or a summary
// line: four words or more, at least four in five capitalised), the
// capitalised words the article writes in lower case elsewhere, so that
// "Ada Okafor Says The Harbour Plan Will Fail" names "Ada Okafor" and not
// a nine-word person. Only ASCII capitals are lowered, so every offset
// stays that of the text.
func truecase(masked string, ps []para, lower map[string]bool) string {
	var b []byte
	for _, p := range ps {
		line := masked[p.start:p.end]
		ws := letterWords(line)
		words, caps := 0, 0
		for _, w := range ws {
			c := line[w[0]]
			switch {
			case c >= 'A' && c <= 'Z':
				words++
				caps++
			case c >= 'a' && c <= 'z':
				words++
			}
		}
		if words < 4 || caps*5 < words*4 {
			continue
		}
		for _, w := range ws {
			word := line[w[0]:w[1]]
			if c := word[0]; c < 'A' || c > 'Z' || !lower[strings.ToLower(word)] {
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
