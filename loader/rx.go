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

// guarded is a pattern with a cheap necessary condition: every match
// contains one of keys (compared without case when fold is set), so text
// without any of them is answered without running the regexp engine,
// whose unanchored scans cost more than the rest of an extraction. Only
// the methods below check the keys.
type guarded struct {
	*regexp.Regexp
	keys []string
	fold bool
}

// rxKeys compiles p as rx does, guarded by keys. Keys are lower case when
// fold is set.
func rxKeys(p string, fold bool, keys ...string) guarded {
	return guarded{rx(p), keys, fold}
}

// may reports whether s can match.
func (g guarded) may(s string) bool {
	if !g.fold {
		return g.mayLower(s, s)
	}
	return g.mayLower(s, strings.ToLower(s))
}

// mayLower is may with s already lowered, for several patterns over one
// text.
func (g guarded) mayLower(s, lower string) bool {
	if g.fold {
		// (?i) also folds the Kelvin sign to k and the long s to s.
		if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
			return true
		}
		s = lower
	}
	for _, k := range g.keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

func (g guarded) MatchString(s string) bool {
	return g.may(s) && g.Regexp.MatchString(s)
}

func (g guarded) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

func (g guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (g guarded) FindString(s string) string {
	if !g.may(s) {
		return ""
	}
	return g.Regexp.FindString(s)
}

func (g guarded) FindAllStringSubmatch(s string, n int) [][]string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatch(s, n)
}

func (g guarded) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	return g.Regexp.ReplaceAllString(s, repl)
}
