package loader

import (
	"embed"
	"fmt"
	"strings"
)

// The loader's lexicons (speech verbs, titles, organisation words,
// outlets, ...) are data files in lexicon/, embedded in the binary: one
// entry per line, "#" starts a comment. They are general knowledge of the
// language and the trade, never words of the articles the loader is
// scored on.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexiconLines returns the entries of lexicon/NAME.txt, one per line,
// with the line numbers they stand on.
func lexiconLines(name string) ([]string, []int, error) {
	b, err := lexiconFiles.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		return nil, nil, err
	}
	out, lines := parseLexicon(b)
	return out, lines, nil
}

func parseLexicon(b []byte) ([]string, []int) {
	var out []string
	var lines []int
	for i, l := range strings.Split(string(b), "\n") {
		if c := strings.IndexByte(l, '#'); c >= 0 {
			l = l[:c]
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
			lines = append(lines, i+1)
		}
	}
	return out, lines
}

// checkWordLexicon reads a lexicon looked up one word at a time: an entry
// of two words could never match (it would have been split in two when
// the lists were Go strings), and an entry twice is a slip.
func checkWordLexicon(name string) (map[string]bool, error) {
	entries, lines, err := lexiconLines(name)
	if err != nil {
		return nil, err
	}
	return checkWords(name, entries, lines)
}

func checkWords(name string, entries []string, lines []int) (map[string]bool, error) {
	return checkEntriesOnce(name, entries, lines, false)
}

// checkEntriesOnce sets up a lexicon's entries for lookup: each lower
// case and listed once; one word each unless phrases (then words apart
// by one space).
func checkEntriesOnce(name string, entries []string, lines []int, phrases bool) (map[string]bool, error) {
	m := make(map[string]bool, len(entries))
	for i, e := range entries {
		switch {
		case !phrases && strings.ContainsAny(e, " \t"):
			return nil, fmt.Errorf("lexicon/%s.txt:%d: %q is more than one word, and the lexicon is looked up a word at a time", name, lines[i], e)
		case phrases && strings.Join(strings.Fields(e), " ") != e:
			return nil, fmt.Errorf("lexicon/%s.txt:%d: %q has spaces other than one between words", name, lines[i], e)
		case e != strings.ToLower(e):
			return nil, fmt.Errorf("lexicon/%s.txt:%d: %q is not lower case", name, lines[i], e)
		case m[e]:
			return nil, fmt.Errorf("lexicon/%s.txt:%d: %q is listed twice", name, lines[i], e)
		}
		m[e] = true
	}
	return m, nil
}

// wordLexicon is checkWordLexicon for a package variable: a bad file is a
// programming error, caught by TestLexicons before it ships.
func wordLexicon(name string) map[string]bool {
	m, err := checkWordLexicon(name)
	if err != nil {
		panic(err)
	}
	return m
}

// sortedWords is a lexicon file of one word a line in sorted order,
// searched where it lies: each entry's line, by its start and end.
type sortedWords struct {
	text       string
	start, end []int32
}

// newSortedWords indexes lexicon/NAME.txt, whose entries (comments aside)
// must be in sorted order.
func newSortedWords(name string) sortedWords {
	b, err := lexiconFiles.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		panic(err)
	}
	w := sortedWords{text: string(b), start: make([]int32, 0, len(b)/8), end: make([]int32, 0, len(b)/8)}
	for i := 0; i < len(w.text); {
		j := strings.IndexByte(w.text[i:], '\n')
		if j < 0 {
			j = len(w.text) - i
		}
		if l := w.text[i : i+j]; l != "" && l[0] != '#' {
			if n := len(w.start); n > 0 && w.at(n-1) >= l {
				panic(fmt.Sprintf("lexicon %s: %q is out of sorted order", name, l))
			}
			w.start, w.end = append(w.start, int32(i)), append(w.end, int32(i+j))
		}
		i += j + 1
	}
	return w
}

// at is entry k.
func (w sortedWords) at(k int) string { return w.text[w.start[k]:w.end[k]] }

func (w sortedWords) has(s string) bool {
	lo, hi := 0, len(w.start) // (sort.Search, without its call for each probe)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); w.at(m) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(w.start) && w.at(lo) == s
}

// checkPhraseLexicon reads a lexicon of names of one or more words,
// looked up whole: lower case, each once.
func checkPhraseLexicon(name string) (map[string]bool, error) {
	entries, lines, err := lexiconLines(name)
	if err != nil {
		return nil, err
	}
	return checkEntriesOnce(name, entries, lines, true)
}

func phraseLexicon(name string) map[string]bool {
	m, err := checkPhraseLexicon(name)
	if err != nil {
		panic(err)
	}
	return m
}

// checkEntryLexicon reads a lexicon whose lines are " | "-separated names
// of one thing, the canonical name first; a name on two lines is a slip.
func checkEntryLexicon(name string, fold func(string) string) ([][]string, error) {
	entries, lines, err := lexiconLines(name)
	if err != nil {
		return nil, err
	}
	return checkEntries(name, entries, lines, fold)
}

func checkEntries(name string, entries []string, lines []int, fold func(string) string) ([][]string, error) {
	seen := map[string]int{}
	var out [][]string
	for i, e := range entries {
		var row []string
		for _, n := range strings.Split(e, "|") {
			n = strings.TrimSpace(n)
			if n == "" {
				return nil, fmt.Errorf("lexicon/%s.txt:%d: an empty name", name, lines[i])
			}
			if at, ok := seen[fold(n)]; ok && at != i {
				return nil, fmt.Errorf("lexicon/%s.txt:%d: %q is also on line %d", name, lines[i], n, lines[at])
			}
			seen[fold(n)] = i
			row = append(row, n)
		}
		out = append(out, row)
	}
	return out, nil
}

func entryLexicon(name string) [][]string {
	rows, err := checkEntryLexicon(name, strings.ToLower)
	if err != nil {
		panic(err)
	}
	return rows
}

// union is a set of the words of both sets.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}
