package loader

import (
	"strings"

	"github.com/attrib/attrib"
)

var (
	reRepAccording = rxKeys(`(?i)\baccording to (?:an? |the )?([^,.;]{2,80})`, true, "according")
	reRepSaid      = rxKeys(`^(.{2,120}?)(?:,[^,]{1,120},)? (?:also |previously |first |has |have |had )?(`+strings.Join(repSaidCues, "|")+`)`+repSaidTail, false, repSaidCues...).and("that").keyNear(thatAfterCue)
	reRepCiting    = rxKeys(`(?i)\bciting ([^,.;]{2,80})`, true, "citing")
)

// repSaidCues are reRepSaid's speech verbs, and its keys; repSaidTail is
// what follows the verb ("that", "on Friday that", "reporters that").
var repSaidCues = []string{"said", "says", "reported", "reports", "told", "announced", "confirmed", "warned", "revealed", "claimed", "alleged", "wrote"}

const repSaidTail = `(?: [\p{L} ]{1,40}?)? (?:that |on \w+ that )`

// thatAfterCue: does the verb at [ks, ke) start a word after a space and
// lead to "that" as reRepSaid reads them ("said that", "said on Friday
// that", "told reporters on Monday that")? The pattern's anchored start of
// up to 240 characters costs its engine dearly, and most sentences with a
// speech verb and a "that" have no "that" after the verb.
func thatAfterCue(s string, ks, ke int) bool {
	return spaceBefore(s, ks) > 0 && reThatAfterCue.MatchString(s[ke:])
}

// reThatAfterCue is the end of reRepSaid after its verb.
var reThatAfterCue = rx(`^` + repSaidTail)

// findReported finds speech reported without quotation marks: sentences
// that carry no quote but an attribution cue ("according to X", "X said
// that", "X reported that", "citing X"). Each becomes a paraphrase claim
// with its source.
func findReported(text, lowText string, ps []para, byPara map[int][]qspan, known []string, r *resolver) []attrib.ReportedClaim {
	var out []attrib.ReportedClaim
	for pi, p := range ps {
		if p.skip != "" {
			continue
		}
		pq := byPara[pi]
		for _, s := range splitSentences(text, p, pq) {
			hasQuote := false
			for _, q := range pq {
				if q.open >= s.start && q.open < s.end {
					hasQuote = true
				}
			}
			if hasQuote {
				continue
			}
			sent := text[s.start:s.end]
			src, cue := "", ""
			low := lowerOf(text, lowText, s.start, s.end) // for the two guards that fold case
			if mm := reRepSaid.FindStringSubmatch(sent); mm != nil {
				src, cue = mm[1], mm[2]
			} else if mm := reRepAccording.findStringSubmatchLower(sent, low); mm != nil {
				src, cue = mm[1], "according to"
			} else if mm := reRepCiting.findStringSubmatchLower(sent, low); mm != nil {
				src, cue = mm[1], "citing"
			}
			if src == "" {
				continue
			}
			name, kind := "", ""
			if o, ok := outletName(src, known); ok {
				name, kind = o, attrib.KindOutlet
			} else if m := subjectBefore(src, known); m.kind != "" {
				name, kind = r.resolve(m, s.start)
			}
			if name == "" {
				name = strings.TrimSpace(src)
				if countFieldsTo(name, 6) > 6 {
					continue
				}
			}
			rc := attrib.ReportedClaim{Source: name, Cue: cue, Text: sent, Start: s.start, End: s.end}
			if kind == attrib.KindOutlet {
				rc.SourceID, rc.SourceKind = OutletID(name), attrib.KindOutlet
			} else {
				rc.SourceID, rc.SourceKind = PersonID(name), attrib.KindPerson
			}
			rc.ID = newID("reported", rc.SourceID+"#"+sent)
			out = append(out, rc)
		}
	}
	return out
}
