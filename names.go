package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Namespace is the root of every IRI the project mints.
const Namespace = "https://attrib.dev/"

// NormName folds a name for identity: case, hyphens and punctuation do not
// distinguish two people ("Jean-Luc Picard" is "Jean Luc Picard").
func NormName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return normNameFrom(&b, s[i:], space)
		}
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		case c == '\'' || c == '.':
		default:
			space = true
		}
	}
	return b.String()
}

// normNameFrom is NormName's loop over runes, for the rest of a name from
// its first non-ASCII letter on.
func normNameFrom(b *strings.Builder, s string, space bool) string {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '.':
			// "O'Brien" and "U.S." keep their letters together
		default:
			space = true
		}
	}
	return b.String()
}

// NormOutlet folds an outlet name: as NormName, without a leading "the".
func NormOutlet(s string) string {
	n := NormName(s)
	return strings.TrimPrefix(n, "the ")
}
