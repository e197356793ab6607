package graph

import (
	"strings"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/schemas"
	"github.com/cayleygraph/quad"
)

// The vocabulary as Cayley values; the IRIs themselves live in schemas/.
var (
	predType         = quad.IRI(schemas.Type)
	predSaid         = quad.IRI(schemas.Said)
	predReportedBy   = quad.IRI(schemas.ReportedBy)
	predQuotedIn     = quad.IRI(schemas.QuotedIn)
	predPublishedBy  = quad.IRI(schemas.PublishedBy)
	predWire         = quad.IRI(schemas.Wire)
	predCites        = quad.IRI(schemas.Cites)
	predVia          = quad.IRI(schemas.Via)
	predInstanceOf   = quad.IRI(schemas.InstanceOf)
	predAttributedTo = quad.IRI(schemas.AttributedTo)
	predName         = quad.IRI(schemas.Name)
	predAlias        = quad.IRI(schemas.Alias)
	predTitle        = quad.IRI(schemas.Title)
	predText         = quad.IRI(schemas.Text)
	predPublished    = quad.IRI(schemas.Published)
	predHeadline     = quad.IRI(schemas.Headline)
	predSource       = quad.IRI(schemas.Source)
	predURL          = quad.IRI(schemas.URL)
	predHash         = quad.IRI(schemas.Hash)
	predStart        = quad.IRI(schemas.Start)
	predEnd          = quad.IRI(schemas.End)
	predCue          = quad.IRI(schemas.Cue)
	predContinues    = quad.IRI(schemas.Continues)

	classPerson        = quad.IRI(schemas.Person)
	classOrganization  = quad.IRI(schemas.Organization)
	classOutlet        = quad.IRI(schemas.Outlet)
	classArticle       = quad.IRI(schemas.Article)
	classQuote         = quad.IRI(schemas.Quote)
	classTerm          = quad.IRI(schemas.QuotedTerm)
	classClaim         = quad.IRI(schemas.Claim)
	classReportedClaim = quad.IRI(schemas.ReportedClaim)
)

// PredicateIRI returns the IRI of a predicate by its short name, and false
// if the vocabulary has no such predicate.
func PredicateIRI(short string) (string, bool) {
	if _, ok := schemas.Predicates[short]; !ok {
		return "", false
	}
	if short == "type" {
		return schemas.Type, true
	}
	return schemas.NS + short, true
}

func nodeIRI(kind, id string) quad.IRI { return quad.IRI(schemas.IDBase + kind + "/" + id) }
func articleIRI(id string) quad.IRI    { return nodeIRI(attrib.KindArticle, id) }
func quoteIRI(id string) quad.IRI      { return nodeIRI(attrib.KindQuote, id) }
func claimIRI(id string) quad.IRI      { return nodeIRI(attrib.KindClaim, id) }
func personIRI(id string) quad.IRI     { return nodeIRI(attrib.KindPerson, id) }
func outletIRI(id string) quad.IRI     { return nodeIRI(attrib.KindOutlet, id) }

// splitIRI returns the kind and ID of a node IRI of ours.
func splitIRI(v quad.Value) (kind, id string, ok bool) {
	s := iriOf(v)
	if !strings.HasPrefix(string(s), schemas.IDBase) {
		return "", "", false
	}
	rest := strings.TrimPrefix(string(s), schemas.IDBase)
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return "", "", false
	}
	return rest[:i], rest[i+1:], true
}

func iriOf(v quad.Value) quad.IRI {
	switch x := v.(type) {
	case quad.IRI:
		return x
	case nil:
		return ""
	}
	return quad.IRI(v.String())
}

// ArticleQuads returns the quads that state an article and its facts, each
// labelled by the article, without duplicates.
func ArticleQuads(a *attrib.Article) []quad.Quad {
	label := articleIRI(a.ID)
	var out []quad.Quad
	seen := map[[3]string]bool{}
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		if o == nil {
			return
		}
		if str, ok := o.(quad.String); ok && str == "" {
			return
		}
		k := [3]string{quad.StringOf(s), string(p), quad.StringOf(o)}
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	// span writes a node that is words of the article at byte offsets.
	span := func(n quad.IRI, class quad.IRI, text string, start, end int) {
		add(n, predType, class)
		add(n, predText, quad.String(text))
		add(n, predStart, quad.Int(start))
		add(n, predEnd, quad.Int(end))
		add(n, predQuotedIn, label) // the article
	}
	outlet := func(id, name string) quad.IRI {
		n := outletIRI(id)
		add(n, predType, classOutlet)
		add(n, predName, quad.String(name))
		return n
	}
	art := label
	add(art, predType, classArticle)
	add(art, predHash, quad.String(a.Hash))
	add(art, predSource, quad.String(a.Source))
	add(art, predURL, quad.String(a.URL))
	add(art, predHeadline, quad.String(a.Headline))
	add(art, predPublished, quad.String(a.Published))
	var publisher quad.IRI
	if a.OutletID != "" {
		publisher = outlet(a.OutletID, a.Outlet)
		add(art, predPublishedBy, publisher)
	}
	if a.Wire != "" {
		add(art, predWire, outlet(a.WireID, a.Wire))
	}
	for _, c := range a.Citations {
		add(art, predCites, outlet(c.OutletID, c.Outlet))
	}
	for _, p := range a.People {
		n := personIRI(p.ID)
		add(n, predName, quad.String(p.Name))
		for _, al := range p.Aliases {
			add(n, predAlias, quad.String(al))
		}
		for _, t := range p.Titles {
			add(n, predTitle, quad.String(t))
		}
	}
	for _, q := range a.Quotes {
		n := quoteIRI(q.ID)
		if q.Term {
			// kept with its article and offsets, apart from statements
			span(n, classTerm, q.Text, q.Start, q.End)
			continue
		}
		span(n, classQuote, q.Text, q.Start, q.End)
		add(n, predCue, quad.String(q.Cue))
		if q.Continues {
			add(n, predContinues, quad.Bool(true))
		}
		if publisher != "" {
			add(n, predReportedBy, publisher)
		}
		if q.SpeakerID != "" {
			sp := personIRI(q.SpeakerID)
			class := classPerson
			if q.SpeakerKind == attrib.KindOrganization {
				class = classOrganization
			}
			add(sp, predType, class)
			add(sp, predName, quad.String(q.Speaker))
			add(sp, predSaid, n)
		}
		if q.ViaID != "" {
			add(n, predVia, outlet(q.ViaID, q.Via))
		}
		if q.ClaimID != "" {
			c := claimIRI(q.ClaimID)
			add(c, predType, classClaim)
			add(n, predInstanceOf, c)
		}
	}
	for _, r := range a.Reported {
		n := nodeIRI("reported", r.ID)
		span(n, classReportedClaim, r.Text, r.Start, r.End)
		add(n, predCue, quad.String(r.Cue))
		if r.SourceID != "" {
			add(n, predAttributedTo, personOrOutlet(r))
		}
	}
	return out
}

func personOrOutlet(r attrib.ReportedClaim) quad.IRI {
	if r.SourceKind == attrib.KindOutlet {
		return outletIRI(r.SourceID)
	}
	return personIRI(r.SourceID)
}
