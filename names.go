package attrib

import (
	"strings"
	"unicode"
)

// Namespace is the root of every IRI the project mints.
const Namespace = "https://attrib.dev/"

// NormName folds a name for identity: case, hyphens and punctuation do not
// distinguish two people ("Jean-Luc Picard" is "Jean Luc Picard").
func NormName(s string) string {
	var b strings.Builder
	space := false
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
