package loader

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attrib/attrib"
)

// polnearDir is where the PolNeAR articles are: ../shared/data beside the
// checkout, or ATTRIB_POLNEAR. They are not ours to commit.
func polnearDir(t *testing.T) string {
	dir := os.Getenv("ATTRIB_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "polnear-train", "articles.jsonl")); err != nil {
		if os.Getenv("ATTRIB_REQUIRE_POLNEAR") != "" {
			t.Fatalf("PolNeAR articles not found under %s: %v", dir, err)
		}
		t.Skipf("PolNeAR articles not found under %s (ATTRIB_POLNEAR points elsewhere)", dir)
	}
	return dir
}

// surnameOrMiddle reports whether short names the person long names with
// fewer words: the surname alone ("Okafor" for "Ada Okafor"), or the first
// and last names without a middle name or initial ("Ada Okafor" for "Ada
// B. Okafor").
func surnameOrMiddle(short, long string) bool {
	s, l := strings.Fields(attrib.NormName(short)), strings.Fields(attrib.NormName(long))
	if len(s) == 0 || len(l) <= len(s) || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	return len(s) == 1 || s[0] == l[0]
}

func TestSurnameOrMiddle(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"Okafor", "Ada Okafor", true}, {"Ada Okafor", "Ada B. Okafor", true}, {"Ada Okafor", "Ada Okafor", false},
		{"Ben Okafor", "Ada Okafor", false}, {"Ada", "Ada Okafor", false}, {"Okafor", "Okafor", false},
	} {
		if got := surnameOrMiddle(c.short, c.long); got != c.want {
			t.Errorf("surnameOrMiddle(%q, %q) = %v", c.short, c.long, got)
		}
	}
}

// TestPolNeARPeopleAndOutlets extracts every PolNeAR article (train and
// dev) and checks two things the scores hide: no article makes one person
// twice (a surname alone, or a name without its middle name, beside the
// full name), and no outlet yields fewer than half the quotes per article
// of the median outlet (a house quotation style the loader cannot read).
func TestPolNeARPeopleAndOutlets(t *testing.T) {
	dir := polnearDir(t)
	type tally struct{ arts, quotes int }
	perOutlet := map[string]*tally{}
	for _, set := range []string{"polnear-train", "polnear-dev"} {
		err := ReadFile(filepath.Join(dir, set, "articles.jsonl"), func(d *Doc, err error) error {
			if err != nil {
				t.Errorf("%s: %v", set, err)
				return nil
			}
			a, err := Extract(d)
			if err != nil {
				t.Errorf("%s: %v", d.Name, err)
				return nil
			}
			names := map[string]bool{}
			for _, p := range a.People {
				if p.Kind == attrib.KindPerson {
					names[p.Name] = true
				}
			}
			for _, q := range a.Quotes {
				if q.Speaker != "" && q.SpeakerKind == attrib.KindPerson {
					names[q.Speaker] = true
				}
			}
			for s := range names {
				for l := range names {
					if surnameOrMiddle(s, l) {
						t.Errorf("%s: %q and %q are one person made twice", d.Name, s, l)
					}
				}
			}
			o := d.Outlet
			if perOutlet[o] == nil {
				perOutlet[o] = &tally{}
			}
			perOutlet[o].arts++
			for _, q := range a.Quotes {
				if !q.Term {
					perOutlet[o].quotes++
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var rates []float64
	for _, c := range perOutlet {
		rates = append(rates, float64(c.quotes)/float64(c.arts))
	}
	sort.Float64s(rates)
	if len(rates) < 5 {
		t.Fatalf("%d outlets", len(rates))
	}
	median := rates[len(rates)/2]
	for o, c := range perOutlet {
		r := float64(c.quotes) / float64(c.arts)
		t.Logf("%-22s %4d articles %5.1f quotes per article", o, c.arts, r)
		if r < median/2 {
			t.Errorf("%s: %.1f quotes per article, under half the median outlet's %.1f", o, r, median)
		}
	}
}
