package loader

import (
	"strconv"
	"strings"

	"github.com/attrib/attrib"
	"github.com/google/uuid"
)

// IDs are deterministic: the same outlet, person, article or quote gets the
// same ID on every load (a name-based UUID over the kind and a normalised
// key), so a reload changes nothing.
var idSpace = uuid.NewSHA1(uuid.NameSpaceURL, []byte(attrib.Namespace))

func newID(kind, key string) string {
	return uuid.NewSHA1(idSpace, []byte(kind+":"+key)).String()
}

// PersonID is the ID of a speaker, person or organisation, by canonical
// name (personKey): a middle name or initial makes no new person.
func PersonID(name string) string { return newID(attrib.KindPerson, personKey(name)) }

// nameSuffixes end a person's name and tell one person from another of
// the same name ("Ivo Pap Jr." is not his father).
var nameSuffixes = toSet("jr jr. sr sr. ii iii iv")

// personKey is the key a speaker's ID is made from: the normalised name,
// where a person's name (a first name, then words of a name, the last not
// an organisation's word) keeps its first and last names and any suffix,
// so that "Ada B. Moss" and "Ada Quist Moss" are "Ada Moss" on every
// article that writes them so. Two initials or more stay ("Ada B. C. Moss"
// is not "Ada C. Moss"); an organisation's name stays whole.
func personKey(name string) string {
	w := strings.Fields(name)
	suffix := ""
	if len(w) > 2 && nameSuffixes[strings.ToLower(w[len(w)-1])] {
		suffix = " " + w[len(w)-1]
		w = w[:len(w)-1]
	}
	if len(w) < 3 || !isFirstName(strings.ToLower(w[0])) || orgWords[strings.ToLower(w[len(w)-1])] {
		return attrib.NormName(name)
	}
	initials := ""
	for _, m := range w[1 : len(w)-1] {
		letters := strings.ReplaceAll(m, ".", "")
		if letters == strings.ToUpper(letters) && len(letters) <= 3 {
			initials += letters
		} else if !isCapWord(m) && len(w) > 3 {
			return attrib.NormName(name) // "Ada de la Moss Quist": not a first, middle and last name
		}
	}
	if len(initials) >= 2 { // "Ada B. C. Moss" and "Ada B.C. Moss" alike
		return attrib.NormName(w[0] + " " + initials + " " + w[len(w)-1] + suffix)
	}
	return attrib.NormName(w[0] + " " + w[len(w)-1] + suffix)
}

// UnnamedPersonID is the ID of an unnamed source described in one article
// ("a senior Okafor aide"): two articles' sources so described are not
// known to be one person.
func UnnamedPersonID(articleID, description string) string {
	return newID(attrib.KindPerson, "unnamed "+articleID+" "+attrib.NormName(description))
}

// OutletID is the ID of an outlet by name.
func OutletID(name string) string { return newID(attrib.KindOutlet, attrib.NormOutlet(name)) }

// ArticleID is the ID of an article by its key: a record id or url, or the
// hash of its text when it has neither.
func ArticleID(key string) string { return newID(attrib.KindArticle, key) }

// QuoteID is the ID of a quote: its article and byte offsets.
func QuoteID(articleID string, start, end int) string {
	return newID(attrib.KindQuote, articleID+"#"+strconv.Itoa(start)+"-"+strconv.Itoa(end))
}

// ClaimID is the ID of a claim by the key its matcher gives it.
func ClaimID(key string) string { return newID(attrib.KindClaim, key) }
