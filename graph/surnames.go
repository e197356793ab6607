package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/attrib/attrib"
)

// A speaker named by a surname alone with a title ("Mr. Quist said",
// "Senator Quist") in an article that never gives the full name is the
// person the store, or an earlier article of the load, names in full (a
// first name and a surname, Person.Full) with that surname, when that person is the
// only one or holds nine in ten of the quotes of people so named, five
// quotes at least (a bare "Quist" where the store has Ada Quist's 70
// quotes and Tom Quist's 3). The
// side index keeps, for each person named in full, a key
// "su|surname|id"; the articles are read in input order, each seeing
// the store and the articles before it, so the result does not depend on
// how a load is cut into batches.

func keySurname(surname, id string) string { return surnamePrefix(surname) + id }

// surnamePrefix is the key prefix of the people with that surname.
func surnamePrefix(surname string) string { return "su|" + surname + "|" }

// surnameOf is the normalised last word of a full name ("Ada B. Quist"
// gives "quist"); "" for a name of one word.
func surnameOf(name string) string {
	f := strings.Fields(attrib.NormName(name))
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// loneSurname: is name one word that could be a surname (not an acronym)?
func loneSurname(name string) bool {
	if strings.ContainsAny(strings.TrimSpace(name), " ") || name == "" {
		return false
	}
	return strings.ToUpper(name) != name
}

// fullNamed is a person named in full, with their quotes so far.
type fullNamed struct {
	id, name string
	quotes   int
}

// resolveSurnames rewrites, in each article, the quotes of a speaker named
// by a surname alone to the person named in full (see above), the lone
// name kept as an alias.
func (s *Store) resolveSurnames(ctx context.Context, arts []*attrib.Article) error {
	known := map[string]map[string]*fullNamed{} // surname -> id -> person, store and articles read so far
	looked := map[string]bool{}
	lookup := func(sn string) (map[string]*fullNamed, error) {
		if looked[sn] {
			return known[sn], nil
		}
		looked[sn] = true
		var ids []string
		prefix := surnamePrefix(sn)
		err := s.side.scan(ctx, prefix, "", maxNamesakes+1, func(k string, _ []byte) error {
			ids = append(ids, k[len(prefix):])
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(ids) > maxNamesakes {
			// a common surname: too many people to say one is meant
			known[sn] = map[string]*fullNamed{manyNamesakes: {quotes: 1 << 30}}
			return known[sn], nil
		}
		for _, id := range ids {
			h, err := s.readHead(ctx, attrib.KindPerson, id)
			if err != nil {
				return nil, err
			}
			if h != nil && h.Quotes > 0 {
				if known[sn] == nil {
					known[sn] = map[string]*fullNamed{}
				}
				known[sn][id] = &fullNamed{name: topKey(h.Names), quotes: h.Quotes}
			}
		}
		return known[sn], nil
	}
	for _, a := range arts {
		if a == nil {
			continue
		}
		titled := map[string]bool{} // people of the article given a title ("Mr. Quist", "Senator Quist")
		for _, p := range a.People {
			if len(p.Titles) > 0 && p.Kind != attrib.KindOrganization {
				titled[p.ID] = true
			}
		}
		moved := map[string]fullNamed{} // lone name's ID -> the person named in full
		for i := range a.Quotes {
			q := &a.Quotes[i]
			if q.SpeakerID == "" || q.SpeakerKind == attrib.KindOrganization || !titled[q.SpeakerID] || !loneSurname(q.Speaker) {
				continue
			}
			cands, err := lookup(attrib.NormName(q.Speaker))
			if err != nil {
				return err
			}
			id, full := dominant(cands)
			if id == "" || id == q.SpeakerID {
				continue
			}
			moved[q.SpeakerID] = fullNamed{id: id, name: full}
			q.SpeakerID, q.Speaker = id, full
		}
		for i := range a.People {
			if to, ok := moved[a.People[i].ID]; ok {
				p := &a.People[i]
				if !slices.Contains(p.Aliases, p.Name) {
					p.Aliases = append(p.Aliases, p.Name)
				}
				p.ID, p.Name = to.id, to.name
			}
		}
		// this article's people named in full count for the ones after it
		full := map[string]bool{}
		for _, p := range a.People {
			full[p.ID] = p.Full
		}
		for _, q := range a.Quotes {
			if q.SpeakerID == "" || q.SpeakerKind == attrib.KindOrganization || !full[q.SpeakerID] {
				continue
			}
			sn := surnameOf(q.Speaker)
			if sn == "" {
				continue
			}
			if _, err := lookup(sn); err != nil {
				return err
			}
			if known[sn] == nil {
				known[sn] = map[string]*fullNamed{}
			}
			p := known[sn][q.SpeakerID]
			if p == nil {
				p = &fullNamed{name: q.Speaker}
				known[sn][q.SpeakerID] = p
			}
			p.quotes++
		}
	}
	return nil
}

// maxNamesakes is how many people of one surname are read; a surname
// more people bear is never read as one of them.
const maxNamesakes = 20

// manyNamesakes stands, among the candidates, for the people past
// maxNamesakes: no one of them is dominant.
const manyNamesakes = "\x00many"

// minFullQuotes is how many quotes the person named in full needs before
// a surname alone is read as them: one or two quotes of a namesake in
// another story are no evidence ("Mr. Quist" in a story about a pastor is
// not the governor the store quotes twice).
const minFullQuotes = 5

// dominant is the person among cands who is the only one or holds nine in
// ten of their quotes, and has minFullQuotes at least; "" when none does.
func dominant(cands map[string]*fullNamed) (id, name string) {
	total, best := 0, ""
	for k, p := range cands {
		total += p.quotes
		if best == "" || p.quotes > cands[best].quotes || p.quotes == cands[best].quotes && k < best {
			best = k
		}
	}
	if best == "" || cands[best].quotes*10 < total*9 || cands[best].quotes < minFullQuotes || best == manyNamesakes {
		return "", ""
	}
	return best, cands[best].name
}
