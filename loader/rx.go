package loader

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"
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
	// With win set, every match lies within back tokens before the token
	// holding a key and fwd tokens after it (tokens split at white
	// space), plus extra bytes before when the text holds extraIf; see
	// findAll.
	win       bool
	back, fwd int
	extra     int
	extraIf   string
	// also: a second set of keys, one of which every match holds too
	also []string
	// last: for a pattern anchored at the end, the words one of which the
	// text's last word must be; prefixes: for one anchored at the start,
	// the beginnings one of which it must have (compared as keys are)
	last     map[string]bool
	prefixes []string
	// near: a condition that a key occurrence in every match meets in the
	// text around it (s as written, not lowered; the key at [ks, ke)):
	// checked before a window is opened there, and by may for a pattern
	// without windows
	near func(s string, ks, ke int) bool
}

// rxKeys compiles p as rx does, guarded by keys. Keys are lower case when
// fold is set.
func rxKeys(p string, fold bool, keys ...string) guarded {
	return guarded{Regexp: rx(p), keys: keys, fold: fold}
}

// and adds a second set of keys: a match holds one of keys and one of
// also (compared as keys are).
func (g guarded) and(also ...string) guarded {
	g.also = also
	return g
}

// endsWith says that a match ends the text with one of words (g is
// anchored at the end): mayLower then reads the last word, not the whole
// text, first.
func (g guarded) endsWith(words ...string) guarded {
	g.last = toSet(strings.Join(words, " "))
	return g
}

// startsWith says that a match starts the text with one of prefixes.
func (g guarded) startsWith(prefixes ...string) guarded {
	g.prefixes = prefixes
	return g
}

// lastWord is s after its last white space (ASCII or U+00A0, which rx's
// spaces match too).
func lastWord(s string) string {
	for i := len(s); i > 0; i-- {
		// (a byte scan: LastIndexAny with a non-ASCII rune among its
		// characters decodes the text rune by rune)
		if c := s[i-1]; c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0xa0 && i > 1 && s[i-2] == 0xc2 {
			return s[i:]
		}
	}
	return s
}

// within bounds g's matches around its keys (see guarded), so that findAll
// runs the engine on short windows instead of the whole text.
func (g guarded) within(back, fwd int) guarded {
	g.win, g.back, g.fwd = true, back, fwd
	return g
}

// spaced lists keys with each space also as a no-break space, which rx
// lets a pattern's space match ("sign up", "sign\u00a0up").
func spaced(keys ...string) []string {
	var out []string
	for _, k := range keys {
		vs := []string{""}
		for i, part := range strings.Split(k, " ") {
			if i == 0 {
				for j := range vs {
					vs[j] += part
				}
				continue
			}
			var next []string
			for _, v := range vs {
				next = append(next, v+" "+part, v+"\u00a0"+part)
			}
			vs = next
		}
		out = append(out, vs...)
	}
	return out
}

// keyNear adds a condition on the text around each key occurrence (see
// guarded.near).
func (g guarded) keyNear(near func(s string, ks, ke int) bool) guarded {
	g.near = near
	return g
}

// capitalAfter: does one of the n tokens after the one holding s[i-1]
// start with a capital A-Z? ("told the Kells Courier": an outlet's name
// comes within a few words of its cue.)
func capitalAfter(s string, i, n int) bool {
	for i = tokensFwd(s, i, 0); n > 0 && i < len(s); n-- {
		for k := spaceAt(s, i); k > 0; k = spaceAt(s, i) {
			i += k
		}
		if i < len(s) && 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
		i = tokensFwd(s, i, 0)
	}
	return false
}

// tokenBefore is the token before the one that starts at i (across the
// white space between them).
func tokenBefore(s string, i int) string {
	for k := spaceBefore(s, i); k > 0; k = spaceBefore(s, i) {
		i -= k
	}
	e := i
	for i > 0 && spaceBefore(s, i) == 0 {
		i--
	}
	return s[i:e]
}

// reaching lets a match reach extra bytes further back when the text
// holds marker (a clause of bounded length but unbounded words).
func (g guarded) reaching(extra int, marker string) guarded {
	g.extra, g.extraIf = extra, marker
	return g
}

// findAll is FindAllStringSubmatchIndex(s, -1) with lower the lowered s.
// A pattern bounded by within runs only on the windows around its keys'
// occurrences; the windows start at white space and end at a token's end,
// so ^, \b and (?:^|\s) read there as they do in s, and a match is kept
// only where it does not overlap the one before, as in one pass over s.
func (g guarded) findAll(s, lower string) [][]int {
	return g.findAllAt(s, lower, nil)
}

// findAllAt is findAll with the keys' occurrences found already (by a
// keySet): at[i] holds the offsets of g.keys[i] in s, or in lower when
// g.fold is set. With at nil, findAll searches for each key itself.
func (g guarded) findAllAt(s, lower string, at [][]int) [][]int {
	hay := s
	if g.fold {
		hay = lower
	}
	if !g.win || len(hay) != len(s) || g.fold && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		if !g.mayLower(s, lower) {
			return nil
		}
		return g.Regexp.FindAllStringSubmatchIndex(s, -1)
	}
	if g.also != nil && !containsAny(hay, g.also) {
		return nil
	}
	// no key, no window: the search for the keys is the guard
	extra := 0
	if g.extraIf != "" && strings.Contains(hay, g.extraIf) {
		extra = g.extra
	}
	var wins [][2]int
	g.eachKey(hay, s, at, func(ks, ke int) bool {
		wins = append(wins, [2]int{tokensBack(s, max(0, ks-extra), g.back), tokensFwd(s, ke, g.fwd)})
		return true
	})
	sort.Slice(wins, func(a, b int) bool { return wins[a][0] < wins[b][0] })
	var out [][]int
	last := 0
	for i := 0; i < len(wins); {
		w := wins[i]
		for i++; i < len(wins) && wins[i][0] <= w[1]; i++ {
			w[1] = max(w[1], wins[i][1])
		}
		for _, m := range g.Regexp.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
			for j := range m {
				if m[j] >= 0 {
					m[j] += w[0]
				}
			}
			if m[0] < last {
				continue
			}
			out = append(out, m)
			last = m[1]
		}
	}
	return out
}

// spaceBefore is the length of the white space (ASCII or U+00A0) that
// ends s[:i], else 0.
func spaceBefore(s string, i int) int {
	if i > 0 && asciiSpace(s[i-1]) {
		return 1
	}
	if i > 1 && s[i-2] == 0xc2 && s[i-1] == 0xa0 {
		return 2
	}
	return 0
}

// spaceAt is the length of the white space that starts s[i:], else 0.
func spaceAt(s string, i int) int {
	if i < len(s) && asciiSpace(s[i]) {
		return 1
	}
	if i+1 < len(s) && s[i] == 0xc2 && s[i+1] == 0xa0 {
		return 2
	}
	return 0
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// tokensBack moves from i to the start of its token, then n tokens back,
// and then onto the white space before, if any.
func tokensBack(s string, i, n int) int {
	for i > 0 && spaceBefore(s, i) == 0 {
		i--
	}
	for ; n > 0 && i > 0; n-- {
		for k := spaceBefore(s, i); k > 0; k = spaceBefore(s, i) {
			i -= k
		}
		for i > 0 && spaceBefore(s, i) == 0 {
			i--
		}
	}
	return i - spaceBefore(s, i)
}

// tokensFwd moves from i to the end of its token, then n tokens on.
func tokensFwd(s string, i, n int) int {
	for i < len(s) && spaceAt(s, i) == 0 {
		i++
	}
	for ; n > 0 && i < len(s); n-- {
		for k := spaceAt(s, i); k > 0; k = spaceAt(s, i) {
			i += k
		}
		for i < len(s) && spaceAt(s, i) == 0 {
			i++
		}
	}
	return i
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
	orig := s
	if g.fold {
		// (?i) also folds the Kelvin sign to k and the long s to s.
		if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
			return true
		}
		s = lower
	}
	if g.last != nil && !g.last[lastWord(s)] {
		return false
	}
	if g.prefixes != nil && !slices.ContainsFunc(g.prefixes, func(p string) bool { return strings.HasPrefix(s, p) }) {
		return false
	}
	if g.also != nil && !containsAny(s, g.also) {
		return false
	}
	if g.near != nil && len(s) == len(orig) {
		return g.keyNearIn(s, orig)
	}
	return containsAny(s, g.keys)
}

// keyNearIn: does hay (the text, or its lowering of the same length for
// a pattern that folds case) hold a key occurrence that meets g.near in
// the text s?
func (g guarded) keyNearIn(hay, s string) bool {
	found := false
	g.eachKey(hay, s, nil, func(int, int) bool {
		found = true
		return false
	})
	return found
}

// eachKey calls fn with each occurrence [ks, ke) of g's keys in hay (at[i]
// holds key i's offsets when a keySet found them; nil: each key is
// searched for) that meets g.near in s, until fn returns false.
func (g guarded) eachKey(hay, s string, at [][]int, fn func(ks, ke int) bool) {
	for ki, k := range g.keys {
		for i := 0; ; {
			var ks int
			if at != nil {
				if i >= len(at[ki]) {
					break
				}
				ks, i = at[ki][i], i+1
			} else {
				j := strings.Index(hay[i:], k)
				if j < 0 {
					break
				}
				ks, i = i+j, i+j+len(k)
			}
			if (g.near == nil || g.near(s, ks, ks+len(k))) && !fn(ks, ks+len(k)) {
				return
			}
		}
	}
}

func containsAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// findStringSubmatchLower is FindStringSubmatch with lower the lowered s.
func (g guarded) findStringSubmatchLower(s, lower string) []string {
	if !g.mayLower(s, lower) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

// matchLower is MatchString with lower the lowered s, for several
// patterns over one text.
func (g guarded) matchLower(s, lower string) bool {
	return g.mayLower(s, lower) && g.Regexp.MatchString(s)
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

// keySet finds the keys of several guarded patterns in one pass over a
// text, with an Aho-Corasick automaton (github.com/coregx/ahocorasick),
// where each pattern's own search reads the text once a key: for the
// citation patterns' 50 keys that was most of what finding citations
// cost.
type keySet struct {
	pats []guarded
	// the distinct keys of the case-sensitive patterns, then of those
	// that fold; each automaton numbers its own from 0
	exact, folded *ahocorasick.Automaton
	nExact        int
	ids           [][]int // pattern i's key k is key ids[i][k]
}

func newKeySet(pats []guarded) *keySet {
	ks := &keySet{pats: pats, ids: make([][]int, len(pats))}
	var exact, folded []string
	type keyOf struct {
		fold bool
		k    string
	}
	index := map[keyOf]int{}
	for _, fold := range []bool{false, true} {
		for i, g := range pats {
			if g.fold != fold {
				continue
			}
			for _, k := range g.keys {
				key := keyOf{fold, k}
				id, ok := index[key]
				if !ok {
					if fold {
						id = len(exact) + len(folded)
						folded = append(folded, k)
					} else {
						id = len(exact)
						exact = append(exact, k)
					}
					index[key] = id
				}
				ks.ids[i] = append(ks.ids[i], id)
			}
		}
	}
	build := func(keys []string) *ahocorasick.Automaton {
		if len(keys) == 0 {
			return nil
		}
		a, err := ahocorasick.NewBuilder().AddStrings(keys).Build()
		if err != nil {
			panic(err)
		}
		return a
	}
	ks.exact, ks.folded, ks.nExact = build(exact), build(folded), len(exact)
	return ks
}

// keyScratch is a caller's reusable space for a keySet's searches (a
// keySet is shared by goroutines): the text as bytes, the offsets by key,
// a pattern's share of them.
type keyScratch struct {
	buf  []byte
	at   [][]int
	mine [][]int
}

// find lists the offsets of every key in s (the case-sensitive ones) and
// lower (those that fold), by key id, in order, in sc.at.
func (ks *keySet) find(s, lower string, sc *keyScratch) [][]int {
	n := ks.nExact
	if ks.folded != nil {
		n += ks.folded.PatternCount()
	}
	if len(sc.at) != n {
		sc.at = make([][]int, n)
	}
	for i := range sc.at {
		sc.at[i] = sc.at[i][:0]
	}
	scan := func(a *ahocorasick.Automaton, hay string, base int) {
		if a == nil {
			return
		}
		sc.buf = append(sc.buf[:0], hay...)
		for _, m := range a.FindAllOverlapping(sc.buf) {
			sc.at[base+m.PatternID] = append(sc.at[base+m.PatternID], m.Start)
		}
	}
	scan(ks.exact, s, 0)
	scan(ks.folded, lower, ks.nExact)
	return sc.at
}

// findAll calls fn with each match of pats[i].findAll(s, lower), for
// each pattern i in order, the keys found in one pass.
func (ks *keySet) findAll(s, lower string, sc *keyScratch, fn func(i int, m []int)) {
	at := ks.find(s, lower, sc)
	for i, g := range ks.pats {
		mine := sc.mine[:0]
		for _, id := range ks.ids[i] {
			mine = append(mine, at[id])
		}
		sc.mine = mine
		for _, m := range g.findAllAt(s, lower, mine) {
			fn(i, m)
		}
	}
}

// lowerInPlace is strings.ToLower(text), in one pass, when each of its
// runes lowers to as many bytes (so that a piece of it is the lowered piece of text: see
// lowerOf), else "". A paragraph's or a sentence's patterns that fold
// case then read a slice of one lowering of the article.
func lowerInPlace(text string) string {
	b := make([]byte, len(text))
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		lr := unicode.ToLower(r)
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(lr) != n {
			return ""
		}
		utf8.EncodeRune(b[i:], lr)
		i += n
	}
	return string(b)
}

// lowerOf is strings.ToLower(text[start:end]), read from low (the
// article lowered by lowerInPlace) where it could lower the article.
func lowerOf(text, low string, start, end int) string {
	if low == "" {
		return strings.ToLower(text[start:end])
	}
	return low[start:end]
}

// containsRunes is strings.ContainsAny(s, chars), a search for each: with
// a non-ASCII character among chars (a curly quote, a dash),
// strings.ContainsAny decodes s rune by rune.
func containsRunes(s, chars string) bool {
	for _, c := range chars {
		if c < utf8.RuneSelf && strings.IndexByte(s, byte(c)) >= 0 || c >= utf8.RuneSelf && strings.Contains(s, string(c)) {
			return true
		}
	}
	return false
}
