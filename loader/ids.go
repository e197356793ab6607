package loader

import (
	"strconv"

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

// PersonID is the ID of a speaker, person or organisation, by canonical name.
func PersonID(name string) string { return newID(attrib.KindPerson, attrib.NormName(name)) }

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
