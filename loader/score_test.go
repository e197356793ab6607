package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib/attrib"
)

func assign(specs []*articleSpec) map[string][]string {
	var arts []*attrib.Article
	for _, s := range specs {
		a := &attrib.Article{ID: s.id}
		for _, q := range s.quotes {
			a.Quotes = append(a.Quotes, attrib.Quote{Text: q.text, Speaker: q.speaker, Continues: q.continues})
		}
		arts = append(arts, a)
	}
	NewMatcher().Assign(arts)
	out := map[string][]string{}
	for _, a := range arts {
		for _, q := range a.Quotes {
			out[a.ID] = append(out[a.ID], q.ClaimID)
		}
	}
	return out
}

// gold is the part of ../shared/eval/FORMAT.md's gold format scored here.
type gold struct {
	Articles []struct {
		File   string  `json:"file"`
		Outlet *string `json:"outlet"`
	} `json:"articles"`
	Quotes []struct {
		File      string  `json:"file"`
		Text      string  `json:"text"`
		Speaker   string  `json:"speaker"`
		ViaOutlet *string `json:"via_outlet"`
		Cluster   string  `json:"cluster"`
	} `json:"quotes"`
	Citations []struct {
		File   string `json:"file"`
		Outlet string `json:"cited_outlet"`
	} `json:"outlet_citations"`
}

// The scorer's rules (../shared/eval/score.py), in Go (normName and the
// speaker rule are in train.go, which trains on them).
func normText(s string) string {
	s = strings.TrimSpace(reSpaces.ReplaceAllString(quoteFold.Replace(s), " "))
	return strings.TrimSpace(strings.TrimRight(s, ",. "))
}

func normOutletName(s string) string { return strings.TrimPrefix(normName(s), "the ") }

func sameQuote(a, b string) bool {
	a, b = normText(a), normText(b)
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return float64(len(a)) >= 0.8*float64(len(b)) && strings.Contains(b, a)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

type scores struct {
	QuoteF1, Speaker, Via, Outlet, ClaimF1, CitationF1 float64
}

func scoreSeeds(t *testing.T) scores {
	t.Helper()
	var g gold
	b, err := os.ReadFile("../testdata/seeds-gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	files, err := Files([]string{"../testdata/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	var arts []*attrib.Article
	for _, f := range files {
		if err := ReadFile(f, func(d *Doc, err error) error {
			if err != nil {
				return err
			}
			a, err := Extract(d)
			arts = append(arts, a)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	NewMatcher().Assign(arts)
	by := map[string]*attrib.Article{}
	for _, a := range arts {
		by[filepath.Base(a.Source)] = a
	}
	type pair struct {
		cluster string
		q       attrib.Quote
	}
	var matched []pair
	tp, fp, fn, spk, via := 0, 0, 0, 0, 0
	for _, ga := range g.Articles {
		a := by[ga.File]
		if a == nil {
			t.Fatalf("seed %s not extracted", ga.File)
		}
		used := map[int]bool{}
		n := 0
		for _, gq := range g.Quotes {
			if gq.File != ga.File {
				continue
			}
			n++
			hit := -1
			for i, q := range a.Quotes {
				if !used[i] && sameQuote(q.Text, gq.Text) {
					hit = i
					break
				}
			}
			if hit < 0 {
				fn++
				t.Logf("missed %s: %q", ga.File, gq.Text)
				continue
			}
			used[hit] = true
			tp++
			q := a.Quotes[hit]
			matched = append(matched, pair{gq.Cluster, q})
			if normName(q.Speaker) == normName(gq.Speaker) {
				spk++
			} else {
				t.Logf("speaker %s %q: got %q, want %q", ga.File, gq.Text[:min(40, len(gq.Text))], q.Speaker, gq.Speaker)
			}
			if normOutletName(q.Via) == normOutletName(deref(gq.ViaOutlet)) {
				via++
			} else {
				t.Logf("via %s %q: got %q, want %q", ga.File, gq.Text[:min(40, len(gq.Text))], q.Via, deref(gq.ViaOutlet))
			}
		}
		fp += len(a.Quotes) - len(used)
	}
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	var s scores
	s.QuoteF1 = f1(float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn))
	s.Speaker = float64(spk) / float64(len(matched))
	s.Via = float64(via) / float64(len(matched))
	ok := 0
	for _, ga := range g.Articles {
		if normOutletName(by[ga.File].Outlet) == normOutletName(deref(ga.Outlet)) {
			ok++
		} else {
			t.Logf("outlet %s: got %q, want %q", ga.File, by[ga.File].Outlet, deref(ga.Outlet))
		}
	}
	s.Outlet = float64(ok) / float64(len(g.Articles))
	ctp, cfp, cfn := 0, 0, 0
	for i := range matched {
		for j := i + 1; j < len(matched); j++ {
			sg := matched[i].cluster == matched[j].cluster
			sp := matched[i].q.ClaimID != "" && matched[i].q.ClaimID == matched[j].q.ClaimID
			switch {
			case sg && sp:
				ctp++
			case sp:
				cfp++
			case sg:
				cfn++
			}
		}
	}
	s.ClaimF1 = f1(float64(ctp)/float64(max(1, ctp+cfp)), float64(ctp)/float64(max(1, ctp+cfn)))
	gc, pc := map[string]bool{}, map[string]bool{}
	for _, c := range g.Citations {
		gc[c.File+"|"+normOutletName(c.Outlet)] = true
	}
	for f, a := range by {
		for _, c := range a.Citations {
			pc[f+"|"+normOutletName(c.Outlet)] = true
		}
	}
	both := 0
	for k := range pc {
		if gc[k] {
			both++
		} else {
			t.Logf("extra citation %s", k)
		}
	}
	for k := range gc {
		if !pc[k] {
			t.Logf("missed citation %s", k)
		}
	}
	s.CitationF1 = f1(float64(both)/float64(max(1, len(pc))), float64(both)/float64(max(1, len(gc))))
	return s
}

// TestSeedScores is the regression guard: extraction of the seeds scored
// against their hand annotation (testdata/seeds-gold.json) the way
// ../shared/eval/score.py scores it. Every metric is 1.0 today; any drop fails.
func TestSeedScores(t *testing.T) {
	s := scoreSeeds(t)
	t.Logf("seeds: %+v", s)
	for name, v := range map[string]float64{"quote F1": s.QuoteF1, "speaker": s.Speaker, "via": s.Via, "outlet": s.Outlet, "claim pair F1": s.ClaimF1, "citation F1": s.CitationF1} {
		if v < 1.0 {
			t.Errorf("%s = %.3f, want 1.0", name, v)
		}
	}
}
