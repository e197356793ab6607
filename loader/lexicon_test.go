package loader

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/attrib/attrib"
)

// entryLexicons are the lexicons of " | "-separated names; every other
// file in lexicon/ is looked up a word at a time.
var entryLexicons = map[string]func(string) string{"outlets": attrib.NormOutlet}

// phraseLexicons are looked up whole, several words at a time.
var phraseLexicons = map[string]bool{"places": true, "countries": true, "groups": true, "parties": true, "speech-phrasal": true}

// TestLexicons: every embedded lexicon reads cleanly: no entry twice, no
// multi-word entry in a lexicon looked up by single words, no name of an
// outlet under two outlets. The checks themselves refuse made-up bad files.
func TestLexicons(t *testing.T) {
	names, err := fs.Glob(lexiconFiles, "lexicon/*.txt")
	if err != nil || len(names) < 10 {
		t.Fatalf("lexicons: %v, %v", names, err)
	}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "lexicon/"), ".txt")
		if fold, ok := entryLexicons[name]; ok {
			rows, err := checkEntryLexicon(name, fold)
			if err != nil || len(rows) == 0 {
				t.Errorf("%s: %d rows, %v", name, len(rows), err)
			}
			continue
		}
		if phraseLexicons[name] {
			m, err := checkPhraseLexicon(name)
			if err != nil || len(m) == 0 {
				t.Errorf("%s: %d entries, %v", name, len(m), err)
			}
			if name == "speech-phrasal" {
				for e := range m { // looked up as a verb and the token after it
					if len(strings.Fields(e)) != 2 {
						t.Errorf("speech-phrasal: %q is not two words", e)
					}
				}
			}
			continue
		}
		if m, err := checkWordLexicon(name); err != nil || len(m) == 0 {
			t.Errorf("%s: %d words, %v", name, len(m), err)
		}
	}
	bad := []struct{ text, want string }{
		{"said\nwhite house\n", "more than one word"},
		{"# verbs\nsaid\nnoted # a comment\nsaid\n", `"said" is listed twice`},
		{"Said\n", "not lower case"},
	}
	for _, b := range bad {
		entries, lines := parseLexicon([]byte(b.text))
		if _, err := checkWords("test", entries, lines); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%q: %v, want an error saying %q", b.text, err, b.want)
		}
	}
	entries, lines := parseLexicon([]byte("Daily Planet | The Planet\nEvening Star | the planet\n"))
	if _, err := checkEntries("test", entries, lines, attrib.NormOutlet); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("an outlet name on two lines: %v", err)
	}
	// a body is a kind of source: a word of source-bodies outside
	// source-nouns would never be read
	for w := range sourceOrgNouns {
		if !sourceNouns[w] {
			t.Errorf("source-bodies.txt: %q is not in source-nouns.txt", w)
		}
	}
	// the lexicons are what the loader reads
	if !speechVerbs["said"] || !titleWords["sen."] || outletCanon[attrib.NormOutlet("BBC")] != "BBC News" {
		t.Error("the package variables do not hold the lexicons")
	}
}

// TestSortedWords: the English word list is searched where it lies: its
// first and last words and a word between are found, a surname that is
// also a word ("moss") is not in it, nor is what falls between entries.
func TestSortedWords(t *testing.T) {
	w := englishCommon()
	if len(w.start) < 50000 {
		t.Fatalf("english-common: %d words", len(w.start))
	}
	for _, s := range []string{w.at(0), w.at(len(w.start) - 1), "steep", "ferry"} {
		if !w.has(s) {
			t.Errorf("%q not found", s)
		}
	}
	for _, s := range []string{"", "moss", "baker", "stee", "steepx", "zzzzzz", "Steep"} {
		if w.has(s) {
			t.Errorf("%q found", s)
		}
	}
	// every entry, whole and no more (no line's end read into it)
	for k := range w.start {
		if e := w.at(k); !w.has(e) || strings.ContainsAny(e, "\n#") || w.has(e+"\x00") {
			t.Fatalf("entry %d %q: not found alone", k, e)
		}
	}
}

// TestCompanyNounsAreOrgNouns: "the company" is read as a mention only
// for an org noun, so a business noun that is not one never resolves.
func TestCompanyNounsAreOrgNouns(t *testing.T) {
	for n := range companyNouns {
		if !orgNouns[n] {
			t.Errorf("%q is a company noun but not in org-nouns.txt", n)
		}
	}
	for n := range describedBodyNouns {
		if !orgNouns[n] {
			t.Errorf("%q is a described body's noun but not in org-nouns.txt", n)
		}
	}
}

// TestWaterPlaces: a sea, a gulf or a strait of a place is a place, never
// a person the ranker may offer ("Sea of Kells").
func TestWaterPlaces(t *testing.T) {
	for _, w := range [][]string{{"Sea", "of", "Kells"}, {"Gulf", "of", "Dunmore"}, {"Strait", "of", "Quist"}} {
		if k := placeKind(w); k != kindPlace {
			t.Errorf("placeKind(%q) = %q, want a place", w, k)
		}
	}
	if k := placeKind([]string{"Bank", "of", "Kells"}); k == kindPlace {
		t.Errorf("placeKind(Bank of Kells) = a place")
	}
}
