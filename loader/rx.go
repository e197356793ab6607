package loader

import (
	"regexp"
	"strings"
)

// rx compiles a pattern in which a space also matches a no-break space
// (U+00A0), which scraped text keeps between words ("a\u00a0CNN report").
// Offsets stay those of the original text.
func rx(p string) *regexp.Regexp {
	var b strings.Builder
	inClass, esc := false, false
	for _, r := range p {
		switch {
		case esc:
			esc = false
			b.WriteRune(r)
		case r == '\\':
			esc = true
			b.WriteRune(r)
		case r == '[' && !inClass:
			inClass = true
			b.WriteRune(r)
		case r == ']' && inClass:
			inClass = false
			b.WriteRune(r)
		case r == ' ' && inClass:
			b.WriteString(` \x{a0}`)
		case r == ' ':
			b.WriteString(`[ \x{a0}]`)
		default:
			b.WriteRune(r)
		}
	}
	return regexp.MustCompile(b.String())
}
