package loader

import "github.com/attrib/attrib"

// ExtractRecord is one line of `attrib extract` output, as
// ../shared/eval/FORMAT.md fixes it (extra keys are allowed).
type ExtractRecord struct {
	File      string          `json:"file"`
	ID        string          `json:"id"`
	Outlet    *string         `json:"outlet"`
	Wire      *string         `json:"wire,omitempty"`
	Published *string         `json:"published"`
	Headline  *string         `json:"headline"`
	Quotes    []QuoteRecord   `json:"quotes"`
	Citations []CitationOut   `json:"citations"`
	Reported  []ReportedOut   `json:"reported_speech,omitempty"`
	People    []attrib.Person `json:"people,omitempty"`
}

type QuoteRecord struct {
	ID          string  `json:"id"`
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Speaker     *string `json:"speaker"`
	SpeakerKind *string `json:"speaker_kind"`
	Cue         *string `json:"cue"`
	Via         *string `json:"via"`
	Claim       *string `json:"claim"`
	Continues   bool    `json:"continuation,omitempty"`
	Kind        string  `json:"kind"`           // "statement", or "term" for a quoted term that is nobody's statement
	Rule        string  `json:"rule,omitempty"` // with --explain: the stages that chose the speaker
}

type CitationOut struct {
	Outlet string `json:"outlet"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

type ReportedOut struct {
	Source string `json:"source"`
	Cue    string `json:"cue"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Record renders an article as an extract output line.
func Record(a *attrib.Article) ExtractRecord { return extractRecord(a, false) }

// ExplainedRecord is Record with each quote's deciding stages.
func ExplainedRecord(a *attrib.Article) ExtractRecord { return extractRecord(a, true) }

func extractRecord(a *attrib.Article, explain bool) ExtractRecord {
	r := ExtractRecord{File: a.Source, ID: a.ID, Outlet: strp(a.Outlet), Wire: strp(a.Wire), Published: strp(a.Published), Headline: strp(a.Headline),
		Quotes: []QuoteRecord{}, Citations: []CitationOut{}, People: a.People}
	for _, q := range a.Quotes {
		r.Quotes = append(r.Quotes, QuoteRecord{ID: q.ID, Text: q.Text, Start: q.Start, End: q.End, Speaker: strp(q.Speaker), SpeakerKind: strp(q.SpeakerKind),
			Cue: strp(q.Cue), Via: strp(q.Via), Claim: strp(q.ClaimID), Continues: q.Continues, Kind: quoteKind(q)})
		if explain {
			r.Quotes[len(r.Quotes)-1].Rule = q.Rule
		}
	}
	for _, c := range a.Citations {
		r.Citations = append(r.Citations, CitationOut{Outlet: c.Outlet, Start: c.Start, End: c.End})
	}
	for _, rc := range a.Reported {
		r.Reported = append(r.Reported, ReportedOut{Source: rc.Source, Cue: rc.Cue, Text: rc.Text, Start: rc.Start, End: rc.End})
	}
	return r
}

func quoteKind(q attrib.Quote) string {
	if q.Term {
		return "term"
	}
	return "statement"
}
