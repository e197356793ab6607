package loader

import (
	"path/filepath"
	"slices"

	"github.com/attrib/attrib"
	"strings"
	"testing"
)

func TestParseRanker(t *testing.T) {
	r, err := ParseRanker("# comment\nkeep\t1.5000\nm-verb-after\t-0.2500\n")
	if err != nil {
		t.Fatal(err)
	}
	if r.Len() != 2 || scoreFeats(r, []string{"keep", "m-verb-after", "unknown"}) != 1.25 {
		t.Fatalf("weights read as %v", r.w)
	}
	back, err := ParseRanker(r.String())
	if err != nil || back.String() != r.String() {
		t.Fatalf("round trip: %v\n%s", err, back)
	}
	for _, bad := range []string{"keep 1.5\n", "keep\tone\n", "keep\tNaN\n", "keep\t1\nkeep\t2\n", "keep\t+Inf\n"} {
		if _, err := ParseRanker(bad); err == nil {
			t.Errorf("ParseRanker(%q): no error", bad)
		}
	}
}

// The embedded weights read, and are not empty: a file truncated by
// mistake would leave the rules alone without saying so.
func TestDefaultRanker(t *testing.T) {
	if DefaultRanker().Len() < 50 {
		t.Fatalf("the shipped ranker has %d weights", DefaultRanker().Len())
	}
	if DefaultRanker().w["keep"] == 0 {
		t.Fatal("the shipped ranker has no weight for the rules' decision")
	}
}

func TestLenientSpeaker(t *testing.T) {
	for _, c := range []struct {
		pred, mention string
		want          bool
	}{
		{"Ada Okafor", "Okafor", true},
		{"Okafor", "Ada Okafor", true},
		{"Ada Okafor", "Sen. Ada Okafor", true},
		{"Ada Okafor", "Okafor\u2019s", true}, // a possessive mention
		{"Ben Okafor", "Ada Okafor", false},   // a first name that differs
		{"Lindqvist", "Ada Okafor", false},
		{"", "Ada Okafor", false},
		{"Ada Okafor", "the senator", false},
		{"Harbour Council", "the Harbour Council", true},
	} {
		if got := LenientSpeaker(c.pred, c.mention); got != c.want {
			t.Errorf("LenientSpeaker(%q, %q) = %v", c.pred, c.mention, got)
		}
	}
}

// On made-up groups where one feature marks the right candidate, the fit
// learns it, and fitting twice gives the same file.
func TestTrainLearns(t *testing.T) {
	var tr Trainer
	for i := 0; i < 40; i++ {
		g := rankGroup{
			feats: [][]string{{"keep", "noise"}, {"m", "good"}, {"m", "bad"}},
			pos:   []bool{false, true, false},
		}
		if i%4 == 0 { // the rules are right a quarter of the time, and then "good" is absent
			g = rankGroup{feats: [][]string{{"keep", "noise"}, {"m", "bad"}}, pos: []bool{true, false}}
		}
		tr.groups = append(tr.groups, g)
	}
	r := tr.Train(TrainOptions{})
	if !(r.w["good"] > 0 && r.w["bad"] < r.w["good"]) {
		t.Fatalf("weights: %v", r.w)
	}
	cs := []candidate{{keep: true, feats: []string{"keep", "noise"}}, {feats: []string{"m", "bad"}}, {feats: []string{"m", "good"}}}
	if scoreAll(r, cs); best(cs) != 2 {
		t.Fatalf("best = %d, want the candidate marked good", best(cs))
	}
	cs = []candidate{{keep: true, feats: []string{"keep", "noise"}}, {feats: []string{"m", "bad"}}}
	if scoreAll(r, cs); best(cs) != 0 {
		t.Fatalf("best = %d, want the rules' decision", best(cs))
	}
	if again := tr.Train(TrainOptions{}); again.String() != r.String() {
		t.Fatal("two fits of the same groups differ")
	}
}

// A made-up article where the rules find no speaker but the quote's own
// sentence names one before it: the ranker offers the mention as a
// candidate with the features that describe it.
func TestCandidates(t *testing.T) {
	text := "Headline words here\n\nThe harbour plan drew criticism on Monday. Mayor Ada Okafor told reporters the plan was \"a step too far\" for the town.\n\nShe later said \"we will talk again.\""
	d := &Doc{Name: "made-up.txt", Text: text, Format: "txt"}
	var seen [][]candidate
	var quotes []string
	_, err := extract(d, extractOptions{observe: func(q *attrib.Quote, cs []candidate) {
		seen = append(seen, append([]candidate(nil), cs...)) // cs is reused
		quotes = append(quotes, q.Text)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 {
		t.Fatalf("quotes %q", quotes)
	}
	var okafor *candidate
	for i, c := range seen[0] {
		if i == 0 && !c.keep {
			t.Fatal("the first candidate is not the rules' decision")
		}
		if c.speaker == "Ada Okafor" && !c.keep && c.m.kind != "pronoun" && okafor == nil {
			okafor = &seen[0][i]
		}
	}
	if okafor == nil {
		t.Fatalf("no candidate for the mayor among %+v", seen[0])
	}
	if text[okafor.start:okafor.end] != "Mayor Ada Okafor" && text[okafor.start:okafor.end] != "Ada Okafor" {
		t.Errorf("mention offsets give %q", text[okafor.start:okafor.end])
	}
	feats := strings.Join(okafor.feats, " ")
	for _, f := range []string{"m-pos:sent-before", "m-verb-after", "m-rank-before:0", "m-kind:person"} {
		if !strings.Contains(" "+feats+" ", " "+f+" ") {
			t.Errorf("the mayor's candidate lacks %s: %s", f, feats)
		}
	}
	// the pronoun of the next paragraph resolves to her
	found := false
	for _, c := range seen[1] {
		if !c.keep && c.m.kind == "pronoun" && c.speaker == "Ada Okafor" {
			found = true
		}
	}
	if !found {
		t.Errorf("no pronoun candidate resolved to the mayor: %+v", seen[1])
	}
}

// A common word read as a one-word name (the last word of "Night of the
// Bells") is not offered to the ranker; a surname that is no word still
// is.
func TestCandidatesLeaveOutCommonWords(t *testing.T) {
	text := "Ferry news\n\nOkafor was criticised after a show on Night of the Bells in May made viewers complain. \"The show was rude and very offensive to all of us,\" one viewer said."
	var speakers []string
	_, err := extract(&Doc{Name: "made-up.txt", Text: text, Format: "txt"}, extractOptions{observe: func(q *attrib.Quote, cs []candidate) {
		for _, c := range cs {
			speakers = append(speakers, c.speaker)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(speakers, "Bells") {
		t.Errorf("a common word is a candidate: %q", speakers)
	}
	if !slices.Contains(speakers, "Okafor") {
		t.Errorf("the surname is no candidate: %q", speakers)
	}
}

// A quotation the gold leaves out where the rules find no speaker (a
// scare quote) teaches the ranker to keep "no speaker", weighed by
// TrainOptions.Unmarked; an article whose gold leaves most of its quotes
// out teaches nothing of them.
func TestTrainerUnmarked(t *testing.T) {
	text := "Ferry plan\n\nMayor Ada Okafor said: \"The pier will reopen in the spring and the fares will fall.\"\n\nThe film about the pier shows its \"grey years\" in Kells before the fire.\n"
	d := &Doc{Name: "made-up.txt", Text: text, Format: "txt"}
	q := "The pier will reopen in the spring and the fares will fall."
	at := strings.Index(text, q)
	gold := []GoldQuote{{File: d.Name, Text: q, Start: at, End: at + len(q), Speaker: "Mayor Ada Okafor"}}
	tr := &Trainer{}
	if err := tr.Add(d, gold); err != nil {
		t.Fatal(err)
	}
	if tr.Quotes != 1 || tr.Unmarked != 1 {
		t.Fatalf("marked quotes %d, unmarked %d; want 1 and 1", tr.Quotes, tr.Unmarked)
	}
	var g *rankGroup
	for i := range tr.groups {
		if tr.groups[i].unmarked {
			g = &tr.groups[i]
		}
	}
	if g == nil || len(g.pos) < 2 || !g.pos[0] || slices.Contains(g.pos[1:], true) {
		t.Fatalf("the unmarked quote's group: %+v", g)
	}
	if w := tr.Train(TrainOptions{Epochs: 50}).w["keep-none"]; w <= 0 {
		t.Errorf("keep-none weighs %v after an unmarked quote", w)
	}
	if w, ok := tr.Train(TrainOptions{Epochs: 50, Unmarked: -1}).w["keep-none"]; ok && w != 0 {
		t.Errorf("keep-none weighs %v with unmarked quotes left out", w)
	}
	bare := &Trainer{}
	if err := bare.Add(d, nil); err != nil {
		t.Fatal(err)
	}
	if bare.Unmarked != 0 {
		t.Errorf("a gold that marks none of the article's quotes gave %d unmarked", bare.Unmarked)
	}
}

// Training on PolNeAR train gives the shipped weights: the embedded file
// is what `attrib train --data .../polnear-train` writes.
func TestRankerWeightsReproduce(t *testing.T) {
	dir := polnearDir(t)
	tr, err := TrainDir(filepath.Join(dir, "polnear-train"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := tr.Train(TrainOptions{}).String()
	if got != rankerWeights {
		gl, wl := strings.Split(got, "\n"), strings.Split(rankerWeights, "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("training does not reproduce loader/ranker.weights (rebuild it with attrib train --data DIR -o loader/ranker.weights): line %d: got %q, shipped %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("training does not reproduce loader/ranker.weights: %d lines, shipped %d", len(gl), len(wl))
	}
}

// Each sieve switched off alone changes what it decides and nothing that
// needs no sieve; a name that is no sieve's is refused.
func TestSievesOff(t *testing.T) {
	text := "Harbour plan\n\nMayor Ada Okafor said \u201cthe pier will reopen in May.\u201d\n\n\u201cWe have waited long enough,\u201d said Ben Lindqvist, who runs the ferry.\n\nThe council met on \u201cFounders Day\u201d for the vote."
	run := func(off ...string) map[string]string {
		m := map[string]bool{}
		for _, o := range off {
			m[o] = true
		}
		if err := CheckSieves(m); err != nil {
			t.Fatal(err)
		}
		a, err := ExtractWith(&Doc{Name: "made-up.txt", Text: text, Format: "txt"}, ExtractConfig{Ranker: DefaultRanker(), Off: m})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, q := range a.Quotes {
			out[q.Text] = q.Speaker
		}
		return out
	}
	all := run()
	if all["the pier will reopen in May."] != "Ada Okafor" || all["We have waited long enough,"] != "Ben Lindqvist" {
		t.Fatalf("all sieves on: %q", all)
	}
	if _, ok := all["Founders Day"]; ok {
		t.Fatalf("a short Title Case name in marks was kept as a quote: %q", all)
	}
	noTag := run("tag-before", "ranker")
	if noTag["the pier will reopen in May."] == "Ada Okafor" || noTag["We have waited long enough,"] != "Ben Lindqvist" {
		t.Errorf("tag-before off: %q", noTag)
	}
	// two filters drop the phrase (a name after "on", a short Title Case
	// phrase): with both off it stays
	if got := run("drop:short-title"); len(got) != len(all) {
		t.Errorf("drop:short-title off alone: %q", got)
	}
	if got := run("drop:short-title", "drop:work-title"); len(got) != len(all)+1 {
		t.Errorf("both off, the phrase is still dropped: %q", got)
	}
	if err := CheckSieves(map[string]bool{"no-such-sieve": true}); err == nil {
		t.Error("an unknown sieve name was accepted")
	}
	seen := map[string]bool{}
	for _, s := range Sieves {
		if seen[s.Name] || s.What == "" {
			t.Errorf("sieve %q: listed twice or without a description", s.Name)
		}
		seen[s.Name] = true
	}
}

func TestSpeakerWorthy(t *testing.T) {
	c := &rankContext{r: &resolver{lower: map[string]bool{"onlookers": true}}}
	for _, x := range []struct {
		name string
		want bool
	}{
		{"Ada Okafor", true}, {"Okafor", true}, {"Harbour Council", true},
		{"He", false}, {"Tuesday", false}, {"Onlookers", false}, {"One of Okafor", false},
		{"Ferry Fares Rise As Council Balks", false}, {"", false},
	} {
		if got := c.speakerWorthy(x.name); got != x.want {
			t.Errorf("speakerWorthy(%q) = %v", x.name, got)
		}
	}
}

func TestTruecase(t *testing.T) {
	text := "Ada Okafor Says The Harbour Plan Will Fail\n\nThe mayor says the plan will fail, and the harbour says nothing.\n\nBen Lindqvist runs the Ferry Office."
	ps := splitParas(text)
	got := truecase(text, ps, lowerWords(text), nil)
	want := "Ada Okafor says the harbour plan will fail\n\nThe mayor says the plan will fail, and the harbour says nothing.\n\nBen Lindqvist runs the Ferry Office."
	if got != want {
		t.Fatalf("truecase:\n%s\nwant\n%s", got, want)
	}
	if len(got) != len(text) {
		t.Fatal("offsets moved")
	}
	// a common word the article never writes in lower case is lowered too,
	// unless the article capitalises it mid-sentence (a name)
	text = "Quist Fires Brand Over Ferry Remarks\n\nHOW THE FERRY FAILED\n\nThe board met Brand on Friday."
	lower, named := lowerAndNamed(text, text)
	if got, want := truecase(text, splitParas(text), lower, named), "Quist fires Brand over ferry remarks\n\nHOW THE FERRY FAILED\n\nThe board met Brand on Friday."; got != want {
		t.Fatalf("truecase:\n%s\nwant\n%s", got, want)
	}
}

// scoreFeats is the sum of the weights of feats, as extraction adds them
// up feature by feature.
func scoreFeats(r *Ranker, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += r.w[f]
	}
	return s
}

// scoreAll scores candidates by their collected feature names.
func scoreAll(r *Ranker, cs []candidate) {
	for i := range cs {
		cs[i].score = scoreFeats(r, cs[i].feats)
	}
}
