package loader

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSievesNamedInCode: the sieve table and the code agree. Every
// off["NAME"] the loader tests, and every rule it names, is a sieve of the
// table (a misspelt name would be a sieve that --off never reaches); every
// sieve of the table is named in the code outside the table.
func TestSievesNamedInCode(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src.WriteString(string(b))
	}
	code := src.String()
	table := code[strings.Index(code, "var Sieves = "):]
	table = table[:strings.Index(table, "\n}\n")]
	rest := strings.Replace(code, table, "", 1)
	known := map[string]bool{}
	for _, s := range Sieves {
		known[s.Name] = true
		if !strings.Contains(rest, `"`+s.Name+`"`) {
			t.Errorf("sieve %q is named nowhere in the code", s.Name)
		}
	}
	// "continues" marks a quote that goes on from the one before; extract
	// renames it to the sieve that decided ("continues-previous-quote", ...)
	intermediate := map[string]bool{"continues": true}
	for _, re := range []*regexp.Regexp{regexp.MustCompile(`off\["([^"]+)"\]`), regexp.MustCompile(`rule = "([^"]+)"`)} {
		found := 0
		for _, m := range re.FindAllStringSubmatch(rest, -1) {
			found++
			if name := ruleClass(m[1]); !known[name] && !known[m[1]] && !intermediate[name] {
				t.Errorf("%s names %q, which is no sieve of the table", m[0], m[1])
			}
		}
		if found < 10 {
			t.Errorf("%s: only %d uses found; the test reads the code wrong", re, found)
		}
	}
}
