package loader

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// Speech verbs: a cue that what is quoted was said by the verb's subject.
var speechVerbs = wordLexicon("speech-verbs")

// occupations, capitalised before a name ("Actress Dana Vell"), are a
// description of the person, not part of the name.
var occupations = wordLexicon("occupations")

// speechPhrasal are the two-word speech verbs ("shot back").
var speechPhrasal = phraseLexicon("speech-phrasal")

// Participle cues: the speaker is the subject of the main clause.
var participleVerbs = wordLexicon("speech-participles")

// Words a speaker's name phrase never holds; they end it.
var npStop = toSet(`also then later previously formerly currently once further recently repeatedly reportedly again has had have would will
could might may should shall must did does do is was were are been being had not never just still already even only
who which that whose whom when while where as because if since though although after before in on at during from by
with via for about into over under to told said says wrote added`)

var titleWords = wordLexicon("titles")

// Words that end organisation names; a capitalised run that ends in one is
// an organisation, and one that goes on after one names a person after it.
var orgWords = wordLexicon("org-words")

// Lower-case nouns an organisation speaks through ("the department said").
var orgNouns = wordLexicon("org-nouns")

var pronouns = map[string]string{"he": "m", "she": "f", "they": "", "it": "o", "i": "", "we": "", "him": "m", "her": "f"}

var possessivePronouns = toSet("his her their its")

// personNouns after a place's or a club's name make a description of one
// person ("the Dunmore man said").
// ordinals tell one of several people apart ("the second caller").
var ordinals = toSet("first second third fourth fifth other last")

var personNouns = toSet("man woman boy girl teenager youngster winner champion holder nominee finalist medallist medalist runner-up")

// describedNouns name someone by what they are, with no name ("one
// local woman", "a passer-by"), as personNouns and occupations do.
var describedNouns = toSet("person lady gentleman passer-by motorist driver pensioner")

var weekdaysMonths = wordLexicon("days-months")

var capStopwords = toSet(`the a an in on at but and or so yet this that these those there here it its he she they we i his
her their our my your you after before when while if as for with from by last next earlier later meanwhile however still
then now also both each every some many most few several according under over during since until despite although though
because what who why how where which whether even only just instead thus mr ms mrs more less`)

// Nationality and place adjectives stripped from the front of a name run
// ("German Chancellor Olaf Scholz"). A list, not a suffix rule: "-an"
// would strip Susan and Ryan.
var demonyms = wordLexicon("demonyms")

// memberTitles are a parliament's members' titles ("the MP for ...").
var memberTitles = toSet("mp mep msp mla td")

// postNominals are letters after a name that are no part of it: a
// barrister's rank, an honour, a degree ("Ada Moss KC", "Ivo Pap OBE").
var postNominals = toSet("kc qc obe cbe mbe kbe dbe phd")

// seatWords: do the words before a name end as a member's seat begins
// ("... MP for", "... MP for Dunmore and")?
func seatWords(before string) bool {
	if len(before) > 120 {
		before = before[len(before)-120:] // the last words only: this runs for every name
	}
	if t := strings.TrimRightFunc(before, unicode.IsSpace); !strings.HasSuffix(t, "for") && !strings.HasSuffix(t, "and") {
		return false // (the last word is neither: no need to split the words)
	}
	var buf [4]string
	f := lastFields(before, buf[:0])
	n := len(f)
	return n >= 2 && f[n-1] == "for" && memberTitles[strings.ToLower(f[n-2])] ||
		n >= 4 && f[n-1] == "and" && f[n-3] == "for" && memberTitles[strings.ToLower(f[n-4])]
}

// lastFields appends to buf the last cap(buf) fields of s (fewer when s
// has fewer), in order, as strings.Fields splits s.
func lastFields(s string, buf []string) []string {
	n := cap(buf)
	buf = buf[:n]
	k := n
	end := len(s)
	for k > 0 {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		k--
		buf[k] = s[start:end]
		end = start
	}
	return buf[k:]
}

// oneOfMany reads "one of the passengers", "another of the stranded
// fishermen": one unnamed of people named by common words in the plural
// (not "one of the Kells Council's members": a capital names a body).
func oneOfMany(words []string) mention {
	if len(words) < 4 || len(words) > 6 {
		return mention{}
	}
	if f := strings.ToLower(words[0]); f != "one" && f != "another" || !strings.EqualFold(words[1], "of") || !strings.EqualFold(words[2], "the") && !strings.EqualFold(words[2], "those") {
		return mention{}
	}
	for _, w := range words[3:] {
		if !isLowerWord(w) {
			return mention{}
		}
	}
	head := strings.ToLower(words[len(words)-1])
	if len(head) < 4 || !strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "men") && head != "people" {
		return mention{}
	}
	return mention{kind: "noun", noun: head, unnamed: true}
}

// memberFor reads "the MP for Dunmore and Kells": a role whose holder is
// the member named before (the seat is not matched).
// A party's name may stand before the title ("the Tory MP for").
func memberFor(words []string) mention {
	for len(words) > 0 && adverbOpeners[strings.ToLower(words[0])] {
		words = words[1:] // "But the MP for ..."
	}
	if len(words) < 4 || !strings.EqualFold(words[0], "the") {
		return mention{}
	}
	for k := 1; k <= 3 && k+2 < len(words); k++ {
		if lw := strings.ToLower(words[k]); memberTitles[lw] && strings.EqualFold(words[k+1], "for") {
			return mention{name: words[k], kind: kindRole, noun: lw}
		}
		if !isCapWord(words[k]) {
			break
		}
	}
	return mention{}
}

// streetNouns end a street's name, which a title may open ("Queen
// Street", "Prince Road").
var streetNouns = toSet("street road avenue lane boulevard square")

// platforms are the social networks a body or a person keeps a page on:
// a name that ends in one ("Kells-Fest Facebook") names a page.
var platforms = toSet("facebook twitter instagram youtube tiktok linkedin snapchat whatsapp threads bluesky reddit weibo wechat")

// demonymPersons are nouns for one person of a people ("Spaniard").
var demonymPersons = wordLexicon("demonym-persons")

// demonymPerson is w lower-cased without a possessive or a stop, and
// whether it is one of demonymPersons.
func demonymPerson(w string) (string, bool) {
	lw := strings.ToLower(strings.TrimRight(trimPossessive(w), ".,"))
	return lw, demonymPersons[lw]
}

// capitalPossessives are possessive pronouns written with a capital.
var capitalPossessives = toSet("Her His Its Their Our My")

// localWords place an office without naming it ("the local police chief").
var localWords = toSet("local city county regional")

// peopleBodies are the bodies a people's adjective names ("the Kellish
// army", "the Dunmorian foreign ministry").
var peopleBodies = toSet("army military navy government ministry embassy police parliament cabinet presidency administration")

// placeLevels are the kinds of place a body's place may be ("the Kells
// city council", "Dunmore parish council").
var placeLevels = toSet("city county parish town district borough state regional village municipal")

// placeBodies are the bodies a place's name before them makes one
// organisation of ("the Kells government", "the Dunmore opposition").
var placeBodies = toSet("government opposition army military navy police parliament cabinet administration council")

// oneOfAPeople: does the people's adjective lw also name one of them
// ("Austrian", "Israeli"), not the whole people ("French", "Chinese")?
func oneOfAPeople(lw string) bool {
	return demonyms[lw] && (strings.HasSuffix(lw, "an") || strings.HasSuffix(lw, "i") && len(lw) > 4)
}

// personOfAPeople: does the noun lw name one of a people ("Spaniard",
// "Austrian")?
func personOfAPeople(lw string) bool { return demonymPersons[lw] || oneOfAPeople(lw) }

// bornOrBased: "Oslo-born", "Millbrook-based": a description before a name.
func bornOrBased(lw string) bool {
	return strings.HasSuffix(lw, "-born") || strings.HasSuffix(lw, "-based")
}

func isAdjective(w string) bool {
	return demonyms[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s"))]
}

// reAffiliation matches a party-and-state tag after a politician's name.
var reAffiliation = rxKeys(`\s*\((?:[RDI]|[RDI]-[A-Z][\p{L}.]*(?: [A-Z0-9][\p{L}.0-9]*)?|[A-Z][a-z]{1,4}\.)\)|(?:^|,? )\b[RDI]-[A-Z][\p{L}.]{1,6}(?: ?[A-Z][\p{L}.]{0,4})?,?`, false, "(", "R-", "D-", "I-")

// reNickname: a quoted nickname between the words of a name.
var reNickname = rx(`(\p{Lu}[\p{L}.]*)\s+(?:["\x{201c}]\p{Lu}\p{Ll}+["\x{201d}]|'\p{Lu}\p{Ll}+'|\x{2018}\p{Lu}\p{Ll}+\x{2019})\s+(\p{Lu})`)

// mention is a name phrase found in text.
type mention struct {
	name   string // the name as written, titles stripped
	kind   string // attrib.KindPerson, attrib.KindOrganization, "pronoun", "outlet", kindPlace, ""
	titles []string
	gender string // "m", "f", ""
	noun   string // for "the department": the noun; for a role, its last word
	place  string // for a role ("the Ohio senator"): the place, lower case
	// country: a country or its capital, which speaks for its government
	// when a speech verb makes it the subject, but is no candidate the
	// ranker offers ("UK dairy quotas")
	country bool
	// body: an unnamed source that is an organisation ("the Okafor
	// campaign"), not a person
	body bool
	// definite: a description with "the" ("the aide"), which may stand
	// for an unnamed source quoted before ("a Quist aide")
	definite bool
	// unnamed: someone described by what they do with "a", "one" or
	// "another" ("one musician"), whom the article does not name
	unnamed bool
	// described: someone named before, described with "the" ("the prop",
	// "the 31-year-old Dane"): the one the sentence before is about
	described bool
	// voice: an organisation heard through a person who speaks for it ("a
	// spokeswoman for the Harbour Council"), whom a later "she" may mean
	voice bool
	// office: an office named by a word and its head in lower case ("the
	// harbour secretary"), which only someone given those words as a
	// title holds
	office bool
	// owned: an office a place or a body has ("Kells's mayor"), held by
	// someone the article names, else by someone unknown; never the owner
	owned bool
	// owner: for "a Quistware spokesman", the name whose spokesman it is,
	// and ownerKind, how that name reads alone; the resolver makes the
	// spokesman its organisation's voice unless the name is a person's
	owner, ownerKind string
	// spokes: for an organisation heard through its spokesperson ("a
	// spokesman for the Harbour Council", "a Quistware spokeswoman"), the
	// spokesperson's noun
	spokes string
	// written: for an outlet, its name as the text writes it ("Fox" of
	// "Fox News"), which may be a person's surname
	written string
	// many: people in a group the article does not name ("critics",
	// "fiscal hawks"), whom no later he or she may mean
	many bool
}

// kindPlace is the kind of a mention that names a place: never a speaker.
const kindPlace = "place"

// kindGroup is the kind of a mention of a party or a group of people
// ("Republicans", "Critics"): never a speaker by itself.
const kindGroup = "group"

// nounDemonym marks a group mention that is one demonym alone ("Welsh"),
// which may be a surname.
const nounDemonym = "demonym"

// kindRole is the kind of a description made of a place and a role ("the
// Ohio senator", "a Utah Republican"): the resolver names the person who
// holds the role in the article, else the description stands as written.
const kindRole = "role"

// roleNouns name a role after a place or a party that is neither a
// title nor a source noun ("the Tory councillor", "a Tory nominee";
// lexicon/role-nouns.txt).
var roleNouns = wordLexicon("role-nouns")

// sourceNouns head a description that speaks for an unnamed source
// (lexicon/source-nouns.txt); sourceOrgNouns of them name a body
// (lexicon/source-bodies.txt).
var (
	sourceNouns    = wordLexicon("source-nouns")
	sourceOrgNouns = wordLexicon("source-bodies")
)

// sourceMention is the description of an unnamed source that a name
// only modifies ("one senior Okafor aide" gives "senior Okafor aide").
func sourceMention(r capRun, after []string, known []string) mention {
	var front []string
	for _, w := range r.pre {
		lw := strings.ToLower(w)
		if lw == "the" || lw == "a" || lw == "an" || quantifiers[lw] {
			front = front[:0]
			continue
		}
		front = append(front, w)
	}
	if len(front) > 2 {
		front = front[len(front)-2:]
	}
	words := append(append(append([]string(nil), front...), r.words...), after...)
	head := strings.ToLower(strings.TrimRight(after[len(after)-1], ".,"))
	m := mention{name: strings.TrimRight(strings.Join(words, " "), ".,"), kind: kindRole, noun: head, body: sourceOrgNouns[head]}
	if len(front) == 0 {
		m.owner, m.ownerKind = spokespersonOf(r.words, after, known)
	}
	if m.owner != "" {
		m.spokes = head
	}
	return m
}

// spokesNouns are the source nouns of one whose job is to speak for
// whoever employs them.
var spokesNouns = toSet("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople")

// spokespersonOf reads the name a spokesperson speaks for: "Quistware"
// of "Quistware spokesman" or "Quistware official spokeswoman" (not "the
// Quistware campaign spokesman", whose campaign it is, nor "a former
// Quistware spokesman"), and how the name reads alone.
func spokespersonOf(owner, after []string, known []string) (string, string) {
	head := strings.ToLower(strings.TrimRight(after[len(after)-1], ".,"))
	if !spokesNouns[head] || len(after) > 2 || len(after) == 2 && !chiefWords[strings.ToLower(after[0])] {
		return "", ""
	}
	m := runMention(capRun{words: owner}, known)
	if m.name == "" || m.country {
		return "", "" // (nor "a Kells spokesman", a country's)
	}
	if len(owner) == 2 && isAdjective(owner[0]) && m.kind == attrib.KindPerson && isEnglishCommon(strings.ToLower(m.name)) {
		// "the National Ferry spokesman": a body whose name opens with an
		// adjective, not a person called Ferry
		return strings.TrimRight(trimPossessive(strings.Join(owner, " ")), ".,"), attrib.KindOrganization
	}
	if m.kind == "outlet" {
		// "a Harbour TV spokesman" speaks for the company as written,
		// not for its news outlet
		return strings.TrimRight(trimPossessive(strings.Join(owner, " ")), ".,"), attrib.KindOrganization
	}
	return m.name, m.kind
}

// issuedFrom reads a document and its issuer, "a Thursday press release
// from Kells spokesman Ivo Pap": the issuer, named in full (a person of
// two words or more, or an organisation), speaks through it; else no
// mention.
func issuedFrom(words []string, known []string) mention {
	i := slices.Index(words, "from")
	if i < 2 || i > 5 || i+2 > len(words) || !issuedNouns[strings.ToLower(words[i-1])] || !indefinites[strings.ToLower(words[0])] {
		return mention{}
	}
	m := parseNPWords(strings.Join(words[i+1:], " "), known)
	if m.kind == attrib.KindPerson && strings.Contains(m.name, " ") || m.kind == attrib.KindOrganization {
		return m
	}
	return mention{}
}

// issuedNouns are documents whose issuer speaks through them.
var issuedNouns = toSet("release statement letter memo email")

// chiefWords may stand between an employer's name and its spokesperson.
var chiefWords = toSet("official chief senior")

// sourceFor reads an unnamed source described by whom it speaks for or
// comes from; a name must follow ("a friend of the family" is no one).
// For a person ("a lawyer for Ada Moss", "an aide to Mr Pap") it is the
// description, as "an Ada Moss aide" reads ("Ada Moss lawyer"): never
// the person. For an organisation, a spokesman, lawyer, official or
// source speaks for it ("a spokeswoman for the Harbour Council" is the
// Harbour Council); other relations stay descriptions ("critics of
// Quistware"). The words before the noun are lower case and not "the"
// ("the aide to Ada Moss" is most often someone the article has named).
func sourceFor(words []string, known []string) mention {
	if n := len(words); n >= 5 && n <= 7 && indefinites[strings.ToLower(words[0])] && (speaksFor[strings.ToLower(words[1])] || words[1] == "release") && (words[2] == "for" || words[2] == "from" || words[2] == "of") && words[3] == "the" {
		// "a spokesperson for the airline", "a statement from the zoo",
		// "a spokesperson for the ferry company": the body "the airline"
		// names, as "the airline said" would
		mods := true
		for _, w := range words[4 : n-1] {
			mods = mods && isLowerWord(w) && !npStop[w] && !orgNouns[w]
		}
		if nn := strings.ToLower(strings.TrimRight(words[n-1], ".,;:")); mods && orgNouns[nn] && !spokesNouns[nn] && !sourceNouns[nn] {
			return mention{kind: "noun", noun: nn, definite: true}
		}
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if i == 0 && lw == "the" {
			return mention{}
		}
		if isCapWord(w) && !(i == 0 && (lw == "a" || lw == "an" || lw == "one")) {
			return mention{}
		}
		if !sourceNouns[lw] || i+2 >= len(words) {
			continue
		}
		switch strings.ToLower(words[i+1]) {
		case "for", "from", "at", "of", "to":
		default:
			return mention{}
		}
		j := i + 2
		// "a spokeswoman for his firm, Quist Marine,": the body the
		// appositive names
		appositive := speaksFor[lw] && j+2 < len(words) && (strings.EqualFold(words[j], "the") || possessivePronouns[strings.ToLower(words[j])]) && strings.HasSuffix(words[j+1], ",") && bodyNouns[strings.ToLower(strings.TrimSuffix(words[j+1], ","))] && isCapWord(words[j+2])
		if appositive {
			j += 2
		} else {
			if strings.EqualFold(words[j], "the") {
				j++
			}
			// "for distributor Quistware", "for the ferry firm Millbrook": a
			// description of the name before it
			for k := 0; k < 2 && j+1 < len(words) && !isCapWord(words[j]) && !npStop[strings.ToLower(words[j])] && strings.TrimRight(words[j], ".,;:") == words[j]; k++ {
				j++
			}
		}
		var run []string
		titled := false
		for ; j < len(words); j++ {
			t := strings.TrimRight(words[j], ".,;:")
			if isPossessive(t) {
				return mention{} // "for Quist's campaign": the campaign's
			}
			if len(run) == 0 && titleWords[strings.ToLower(strings.TrimSuffix(t, "."))] {
				titled = true // "for Mr Pap"
				continue
			}
			if isCapWord(t) || len(run) > 0 && (t == "of" || t == "and" || t == "for" || t == "&") && j+1 < len(words) && isCapWord(words[j+1]) {
				run = append(run, t)
				if t != words[j] && !(len(t) == 1 && words[j] == t+".") { // an initial goes on: "Ada J. Moss"
					break
				}
				continue
			}
			break
		}
		if len(run) > 2 && isAcronym(run[len(run)-1]) {
			run = run[:len(run)-1] // "the Ferry Users Group (FUG)"
		}
		if len(run) == 0 {
			return mention{}
		}
		m := runMention(capRun{words: run}, known)
		if appositive && m.name != "" && m.kind != kindPlace && m.kind != kindGroup {
			m.kind = attrib.KindOrganization
			return voiceOf(m, lw)
		}
		// (a run of capitals that opens with no first name, "Quist Bespoke
		// Homes", is a body's name, not a person's)
		person := titled || m.kind == attrib.KindPerson && countFieldsTo(m.name, 1) > 1 && (isFirstName(strings.ToLower(strings.Fields(m.name)[0])) || !speaksFor[lw])
		if !person && speaksFor[lw] && m.name != "" && m.kind != kindPlace && m.kind != kindGroup {
			if m.kind == attrib.KindPerson {
				m.name, m.kind = strings.Join(run, " "), attrib.KindOrganization // the whole run: "British Quist Industry"
			}
			return voiceOf(m, lw)
		}
		name := strings.Join(run, " ") + " " + lw
		return mention{name: name, kind: kindRole, noun: lw, body: sourceOrgNouns[lw]}
	}
	return mention{}
}

// bodyOf: does run hold a body's word and "of" or "for" ("Department of
// Ferries", "Department for Ferries"), so that an "and" after it goes on
// with the body's name?
func bodyOf(run []string) bool {
	for j := 1; j < len(run); j++ {
		if (run[j] == "of" || run[j] == "for") && orgWords[strings.ToLower(run[j-1])] {
			return true
		}
	}
	return false
}

// placeThenName: are rest, after the preposition prep, a place and a
// name of two words ending the phrase ("Vice President of Operations in
// Ohio Ivo Pap"), so that the preposition ends a portfolio, not the name
// phrase?
func placeThenName(prep string, rest []string) bool {
	if prep != "in" && prep != "for" || len(rest) != 3 {
		return false
	}
	for _, w := range rest {
		if !isCapWord(w) {
			return false
		}
	}
	lw := strings.ToLower(rest[0])
	return placeKind(rest[:1]) != "" && !isFirstName(lw) && isFirstName(strings.ToLower(rest[1])) && !isEnglishCommon(strings.ToLower(rest[1]))
}

// portfolioCut drops the portfolio of a spokesperson or a minister named
// after it ("Harbour Party spokeswoman for transport Nia Quist" reads as
// "Harbour Party spokeswoman Nia Quist": the person speaks, not the
// party): "for", up to three lower-case words, then a full name ending
// the phrase.
func portfolioCut(words []string) []string {
	for i := 1; i+2 < len(words); i++ {
		if words[i] != "for" {
			continue
		}
		if lw := strings.ToLower(words[i-1]); !spokesNouns[lw] && !titleWords[lw] || i >= 2 && indefinites[strings.ToLower(words[i-2])] {
			continue // (not "a spokesman for ...": sourceFor reads it)
		}
		j := i + 1
		for j < len(words) && j-i <= 3 && !isCapWord(words[j]) && !npStop[strings.ToLower(words[j])] && strings.TrimRight(words[j], ".,;:") == words[j] {
			if lw := strings.ToLower(words[j]); occupations[lw] || titleWords[lw] || roleNouns[lw] {
				return words // "spokesman for actress Ada Moss": her spokesman
			}
			j++
		}
		if j == i+1 || len(words)-j < 2 || len(words)-j > 3 {
			return words
		}
		for _, w := range words[j:] {
			if !isCapWord(w) {
				return words
			}
		}
		if lf := strings.ToLower(words[j]); !isFirstName(lf) && (isEnglishCommon(lf) || titleWords[lf]) {
			return words // (a first name, or no common word: "minister for aviation Tarun Velkar")
		}
		return append(words[:i:i], words[j:]...)
	}
	return words
}

// portfolioTitled reads a minister named after a portfolio in capitals:
// "Minister for Ferries Ivo Pap", "Minister of State for Harbour Affairs
// Ivo Pap", "Union Minister for Roads, Ports & Shipping Ivo Pap". A title
// word (or "Minister of State"), "for" or "of", the portfolio's capitalised words
// (joined by "and", "&" or "of"), then the name: its last two words, or
// three when the first of them is a first name; a portfolio's own last
// word is a common word ("Affairs", "Health"), a name's first never one.
func portfolioTitled(words []string) (mention, bool) {
	i := slices.IndexFunc(words, func(w string) bool { return w == "for" || w == "of" })
	if i < 1 || i+3 > len(words) {
		return mention{}, false
	}
	if lt := strings.ToLower(words[i-1]); !titleWords[lt] || spokesNouns[lt] {
		return mention{}, false
	}
	if words[i] == "of" && words[i+1] == "State" && i+2 < len(words) && words[i+2] == "for" {
		i += 2 // "Minister of State for ..."
	}
	n := len(words)
	var after []string
	for n > i+3 {
		lw := strings.ToLower(strings.TrimRight(words[n-1], ".,"))
		if weekdaysMonths[lw] {
			n-- // "... Ivo Pap Sunday said"
		} else if postNominals[lw] || memberTitles[lw] || honours[lw] {
			after = append(after, strings.TrimRight(words[n-1], ".,")) // "... Ivo Pap KC"
			n--
		} else {
			break
		}
	}
	for _, w := range words[i+1 : n] {
		if !isCapWord(w) && w != "and" && w != "&" && w != "of" {
			return mention{}, false
		}
	}
	first := func(w string) bool { lw := strings.ToLower(w); return isFirstName(lw) && !isEnglishCommon(lw) }
	k := n - 2
	if n-3 > i+1 && first(words[n-3]) {
		k = n - 3
	}
	if k <= i+1 || !isEnglishCommon(strings.ToLower(words[k-1])) && !first(words[k]) || isEnglishCommon(strings.ToLower(words[k])) && !first(words[k]) {
		return mention{}, false // (where the portfolio ends and the name starts is not known)
	}
	for _, w := range words[k:n] {
		if w == "and" || w == "&" || w == "of" || orgWords[strings.ToLower(strings.TrimRight(w, ".,"))] {
			return mention{}, false
		}
	}
	title := strings.Join(words[:k], " ")
	return mention{name: strings.TrimRight(strings.Join(words[k:n], " "), ".,"), kind: attrib.KindPerson, gender: genderOf(strings.ToLower(title)), titles: append([]string{title}, after...)}, true
}

// portfolioTail is how many words open run w that end a portfolio's
// list, the name after them: "Minister for Ferries and Ports Ivo Pap",
// "Minister for Roads, Ports & Shipping Ivo Pap" leave the runs "Ports
// Ivo Pap", "Shipping Ivo Pap" after the text pre (portfolioBefore). The
// portfolio's words are common ones, then a name of two or three words
// opening with no common word; 0 when the run is not so.
func portfolioTail(w []string, pre string) int {
	if len(w) < 3 || !portfolioBefore(pre) {
		return 0
	}
	if strings.HasSuffix(strings.TrimSpace(pre), " from") || strings.HasSuffix(strings.TrimSpace(pre), " of") && placeOffices[strings.ToLower(lastWords(strings.TrimSuffix(strings.TrimSpace(pre), " of"), 1))] {
		// "MP from Dunmore Ivo Pap", "Mayor of Kells Tarun Oru Velkar": a
		// place, one word or two the lexicon knows
		k := 1
		if len(w) >= 4 && placeKind(w[:2]) != "" {
			k = 2
		}
		return k
	}
	k := 0
	for k < len(w) && isCapWord(w[k]) && (isEnglishCommon(strings.ToLower(w[k])) || k < len(w)-2) && !isFirstName(strings.ToLower(w[k])) && (k == 0 || !titleWords[strings.ToLower(w[k])]) {
		k++ // (a word the lexicon lacks, before a name's two words, is the portfolio's too: "on Establishment Ivo Pap"; a title ends it: "for Ports Sheikh Pap")
	}
	if k == 0 || len(w)-k < 2 || len(w)-k > 3 || isEnglishCommon(strings.ToLower(w[k])) && !titleWords[strings.ToLower(w[k])] {
		return 0
	}
	for _, x := range w[k:] {
		if !isCapWord(x) || orgWords[strings.ToLower(strings.TrimRight(x, ".,"))] {
			return 0
		}
	}
	return k
}

// placeOffices are titles held over a place, which "of" joins to the
// place alone ("Mayor of Kells Ivo Pap"), never to a portfolio.
var placeOffices = toSet("mayor governor sarpanch tehsildar collector sheriff mla mp mpp msp mep councillor alderman premier")

// portfolioBefore: does pre end inside a title's portfolio, right after
// its "for" or "of" ("Minister for ") or an "and" or "&" of its list
// ("Minister for Roads, Ports & ")?
func portfolioBefore(pre string) bool {
	f := strings.Fields(pre)
	for i := range f {
		f[i] = strings.TrimRight(f[i], ",")
	}
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "for", "of", "on", "from": // (and "Adviser to the Premier on Trade Ivo Pap", "MP from Dunmore Ivo Pap")
		lt := strings.ToLower(f[len(f)-2])
		return titleWords[lt] && !spokesNouns[lt] && (f[len(f)-1] != "from" || isCapWord(f[len(f)-2]))
	case "and", "&":
		return portfolioOpen(f[:len(f)-1])
	}
	return false
}

// surnameOffices are offices that are surnames too ("Ivo Judge"): a
// name may end in them.
var surnameOffices = toSet("judge bishop leader chief")

// reTicker: a stock's exchange and ticker in brackets, "(NYSE:QF)",
// "(Nasdaq: QFX)".
// reBracketAcronym: a body's short name in brackets after its name
// ("(KBI)", "(DoT)"; two capitals at least, not "(Quist)").
var reBracketAcronym = rx(`(\p{L})\s*\([A-Z][A-Za-z&]{0,6}[A-Z]s?\)`)

// reRetired: "(Retd)", "(retd.)", "(Rtd)" after a name, as South Asian
// papers mark a retired officer.
var reRetired = rx(`\s*\((?i:retd|rtd|retired)\.?\)`)

var reTicker = rx(`\s*\((?i:nyse|nasdaq|lse|tsx|asx|nyse american|otc|xetra|euronext)\s*:\s*[A-Z][A-Z0-9.]{0,6}\)`)

// reHandle: a social media handle, "@kells_ada".
var reHandle = rx(`^@[A-Za-z0-9_]{2,30}[.,]?$`)

// sentenceConjunctions open a sentence before its subject ("And the
// striker said"), capitalised there.
var sentenceConjunctions = toSet("And But Yet Or")

// reAgeSpaced: an age written with spaces, "21 year old", "21-year old".
var reAgeSpaced = rx(`\b(\d{1,3})[ -]years?[ -]old\b`)

// titleModifiers are title words that qualify an office rather than name
// one ("former", "deputy"): after a name they do not make it an office.
var titleModifiers = toSet("first former acting deputy vice senior junior late then assistant interim")

// possessedSource reads "Ada Quist's spokesman", "Quistware's official
// spokeswoman": an unnamed source a name owns, the last run ending in a
// possessive and a source noun among the next three words. A person's is
// a description of the source ("Ada Quist spokesman"), never the person;
// an organisation's spokesman speaks for it.
func possessedSource(runs []capRun, pre []string, known []string) mention {
	if len(runs) == 0 || len(pre) == 0 {
		return mention{}
	}
	last := runs[len(runs)-1]
	if !isPossessive(last.words[len(last.words)-1]) {
		return mention{}
	}
	head := -1 // the last of "official spokesman"
	for i, w := range pre {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if sourceNouns[lw] && i <= 2 {
			head = i
			continue
		}
		if head >= 0 || i >= 2 || isCapWord(w) || npStop[lw] || determiners[lw] {
			break
		}
	}
	if head < 0 && len(pre) <= 2 {
		// "the Kells Courier's reviewer said": an outlet's critic, columnist
		// or editorial speaks for the outlet
		if lw := strings.ToLower(strings.TrimRight(pre[len(pre)-1], ".,")); outletVoices[lw] {
			words := append([]string(nil), last.words...)
			words[len(words)-1] = trimPossessive(words[len(words)-1])
			if m := runMention(capRun{words: words}, known); m.kind == "outlet" {
				return m
			}
		}
	}
	if head >= 0 {
		lw := strings.ToLower(strings.TrimRight(pre[head], ".,"))
		if !speaksFor[lw] || lw == "statement" {
			return mention{} // "Ada Quist's statement", "Ada Quist's aides": the rules read on
		}
		words := append([]string(nil), last.words...)
		words[len(words)-1] = trimPossessive(words[len(words)-1])
		m := runMention(capRun{words: words}, known)
		switch {
		case m.name == "":
			return mention{}
		case m.kind != attrib.KindPerson:
			return voiceOf(m, lw)
		}
		s := mention{name: m.name + " " + lw, kind: kindRole, noun: lw, body: sourceOrgNouns[lw], gender: genderOf(lw)}
		if s.owner, s.ownerKind = spokespersonOf(words, pre[:head+1], known); s.owner != "" {
			s.spokes = lw
		}
		return s
	}
	return mention{}
}

// outletVoices are those whose words are their outlet's view: an
// outlet's critic, reviewer, columnist, editorial.
var outletVoices = toSet("critic reviewer columnist editorial leader")

// voiceOf is organisation m heard through its source noun ("a
// spokeswoman for", "Quistware's spokesman"): the organisation, whom a
// later "she" may mean (not after "a statement from").
func voiceOf(m mention, noun string) mention {
	if m.kind != "outlet" {
		m.kind = attrib.KindOrganization
	}
	if noun == "statement" {
		return m // no one a later he or she may mean
	}
	m.voice, m.gender = true, genderOf(noun)
	if spokesNouns[noun] {
		m.spokes = noun
	}
	return m
}

// bodyNouns are nouns of an organisation that an appositive may name
// ("his firm, Quist Marine").
var bodyNouns = toSet("firm company group campaign charity business agency organisation organization union club team band label studio network party")

// speaksFor: the source nouns of those who speak for an organisation.
var speaksFor = toSet("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople lawyer lawyers official officials source sources statement representative representatives")

// officeOfPlace reads a run of title words, "of" and the capitalised
// words of a place or a body ("Mayor of Kells", "Secretary of State") as
// that office, whose holder the article may name; as written otherwise.
func officeOfPlace(words []string) (mention, bool) {
	k := slices.Index(words, "of")
	if k < 1 || k == len(words)-1 {
		return mention{}, false
	}
	for i, w := range words[:k] {
		lw := strings.ToLower(w)
		if !titleWords[lw] || i == k-1 && titleModifiers[lw] {
			return mention{}, false
		}
	}
	for _, w := range words[k+1:] {
		if !isCapWord(w) && w != "the" {
			return mention{}, false
		}
	}
	name := strings.TrimRight(trimPossessive(strings.Join(words, " ")), ".,")
	return mention{name: name, kind: kindRole, noun: strings.ToLower(words[k-1]), place: strings.ToLower(strings.TrimRight(strings.Join(words[k+1:], " "), ".,")), gender: genderOf(words[k-1])}, true
}

// officeOfBody reads "the", an office or a role in lower case, "of",
// "for" or "at", then a body or place in capitals ("the chairman of the
// Kells board", "the head of the Kells Port Authority", "the press
// secretary for the President of Varnia") as that office, owned: whoever
// the article titled so, never a name inside it; not a kin's tie ("the
// husband of"), nor a role of a person ("the lawyer for Ivo Pap").
func officeOfBody(words []string) (mention, bool) {
	if len(words) < 4 || !strings.EqualFold(words[0], "the") {
		return mention{}, false
	}
	k := 1
	for k < len(words) && k <= 3 && !isCapWord(words[k]) && !officeLinks[words[k]] {
		k++
	}
	if k == 1 || k > 3 || k+1 >= len(words) || !officeLinks[words[k]] {
		return mention{}, false
	}
	head := strings.ToLower(words[k-1])
	press := k == 3 && strings.ToLower(words[1]) == "press" && head == "secretary"
	if !press && !(isOffice(head) || titleWords[head] && !nonOfficeTitles[head] && !titleModifiers[head] || spokesNouns[head] || ownedOffices[head] || head == "head") {
		return mention{}, false
	}
	rest := words[k+1:]
	if strings.EqualFold(rest[0], "the") {
		rest = rest[1:]
	}
	if len(rest) == 0 || !isCapWord(rest[0]) || isFirstName(strings.ToLower(rest[0])) && !isEnglishCommon(strings.ToLower(rest[0])) {
		return mention{}, false
	}
	last := strings.ToLower(strings.TrimRight(rest[len(rest)-1], ".,"))
	body := bodyHeads[last] || orgWords[last]
	for _, w := range rest {
		if !isCapWord(w) && w != "of" && w != "the" && w != "and" && w != "&" && !(body && w == strings.ToLower(w) && allLetters(w)) {
			return mention{}, false // (a clause runs on: "the chairman of Kells said"; lower-case words only before a body's noun: "the Kells ferry select committee")
		}
	}
	noun := head
	if press || spokesNouns[head] {
		noun = "spokesperson" // a press secretary speaks for whoever employs them
	}
	name := strings.TrimRight(strings.Join(words[1:], " "), ".,")
	place := strings.ToLower(strings.TrimRight(strings.Join(rest, " "), ".,"))
	return mention{name: name, kind: kindRole, noun: noun, place: place, gender: genderOf(head), owned: true, definite: true}, true
}

// officeLinks join an office to the body it is of ("the head of", "the
// spokesman for", "the dean at").
var officeLinks = toSet("of for at")

// nonOfficeTitles are title words that hold no office alone: a party, a
// side, a courtesy ("the majority of", "the state of", "Mr").
var nonOfficeTitles = toSet("majority minority state first former prime rear senior dem democrat democratic gop republican u.k. u.n. u.s. st. mr mr. mrs mrs. ms ms. miss messrs. dr dr. sir lady lord dame candidate nominee host")

// ownedOffices are offices that a place or a body has and a person
// never does: "Kells's mayor", "Quistware's chief executive" is someone
// else than Kells or Quistware, whoever the owner is.
var ownedOffices = toSet("mayor governor minister premier president ambassador chancellor envoy ceo executive chairman chairwoman chair king queen chief commissioner sheriff leader frontman frontwoman")

// ownedOffice is the number of words of ws that name an owned office
// (at most three lower-case modifiers, then the office: "foreign
// minister", "chief executive"), else 0.
func ownedOffice(ws []string) int {
	for i, w := range ws {
		if i > 3 || isCapWord(w) {
			return 0
		}
		lw := strings.ToLower(w)
		if ownedOffices[lw] && !(i+1 < len(ws) && ownedOffices[strings.ToLower(ws[i+1])]) { // ("Kells's chief executive": both words)
			return i + 1
		}
		if !allLetters(strings.ReplaceAll(lw, "-", "")) || npStop[lw] || determiners[lw] || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ed") && !strings.Contains(lw, "-") { // ("newly-elected": an adjective, no verb)
			return 0
		}
	}
	return 0
}

// officeOf is the office role words name of the owner whose possessive
// words stand before them ("Kells's mayor"): the one holding it, whom the
// resolver looks for, never the owner.
func officeOf(owner, role []string) mention {
	m := roleMention(owner, role)
	m.place = strings.ToLower(strings.TrimRight(trimPossessive(strings.Join(owner, " ")), ".,"))
	m.gender = genderOf(strings.Join(role, " "))
	m.owned = true
	return m
}

// roleMention is the description of place words and role words.
func roleMention(place, role []string) mention {
	last := strings.ToLower(strings.TrimRight(role[len(role)-1], ".,"))
	name := trimPossessive(strings.TrimRight(strings.Join(append(append([]string(nil), place...), role...), " "), ".,"))
	return mention{name: name, kind: kindRole, noun: strings.TrimSuffix(last, "."), place: strings.ToLower(strings.Join(place, " "))}
}

// capRun is a maximal run of capitalised words in a phrase.
type capRun struct {
	words []string
	pre   []string // the lower-case words before it in the phrase
	alone bool     // the run is the whole phrase but an honorific (a month then is a surname: "May said", "Mrs May")
}

func tokenizeWords(s string) []string {
	if containsRunes(s, "\"\u201c'\u2018") { // a regexp pass only where a nickname can be
		s = reNickname.ReplaceAllString(s, "$1 $2") // Nora "Nan" Lane
	}
	f := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == '(' || r == ')' || r == '"' || r == '\u201c' || r == '\u201d' || r == ':' || r == '\u2014' || r == '\u2013'
	})
	out := f[:0]
	glued := false
	for _, w := range f {
		w = strings.TrimRight(w, "!?")
		if w == "" || w == "-" || w == "--" {
			continue
		}
		glued = glued || gluedInitials(w)
		out = append(out, w)
	}
	if glued {
		var sep []string // (a new slice: the split words are more than f holds)
		for _, w := range out {
			if gluedInitials(w) {
				sep = append(sep, splitGlued(w)...)
			} else {
				sep = append(sep, w)
			}
		}
		return sep
	}
	return out
}

// gluedInitials: is w an honorific or initials written onto a name with
// no space ("Dr.V.Kellsamy", "Mr.Pap"), as some outlets write them?
func gluedInitials(w string) bool {
	i := strings.IndexByte(w, '.')
	if i <= 0 || i >= len(w)-1 || !isCapWord(w) {
		return false
	}
	return (honorifics[strings.ToLower(w[:i])] || w[:i] == "Prof") && gluedWordAt(w, i+1)
}

// gluedWordAt: does a name's word open w at i, a capital and a small
// letter ("Kellsamy"), or an initial glued to one ("V.Kellsamy")? Not
// "U.S", "J.M.": initials alone.
func gluedWordAt(w string, i int) bool {
	for i < len(w) && isCapWord(w[i:]) {
		if i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' {
			return true
		}
		if i+2 >= len(w) || w[i+1] != '.' {
			return false
		}
		i += 2
	}
	return false
}

// splitGlued is w split after each period ("Dr.V.Kellsamy": "Dr.", "V.",
// "Kellsamy").
func splitGlued(w string) []string {
	var out []string
	for {
		i := strings.IndexByte(w, '.')
		if i <= 0 || i >= len(w)-1 || !isCapWord(w[i+1:]) {
			return append(out, w)
		}
		out = append(out, w[:i+1])
		w = w[i+1:]
	}
}

func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// indefinites open a description of someone not named ("one musician").
var indefinites = toSet("a an one another")

// describedPerson reads a tag's noun phrase that describes someone by
// what they do, with "a", "one" or "another" ("one musician", "a retired
// teacher"): someone the article does not name.
func describedPerson(np string) mention {
	words := strings.Fields(np)
	if len(words) < 2 {
		return mention{}
	}
	if !indefinites[strings.ToLower(words[0])] {
		return mention{}
	}
	noun := "" // the last of the description's nouns ("a Democratic strategist": not "democratic")
	for _, w := range words[1:min(len(words), 6)] {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if occupations[lw] || titleWords[lw] && !titleModifiers[lw] || sourceNouns[lw] && !strings.HasSuffix(lw, "s") || personNouns[lw] || describedNouns[lw] || describedOnly[lw] || roleNouns[lw] {
			noun = lw // (a person too: "one local woman", "a passer-by", "one other member")
			continue
		}
		if noun != "" || isCapWord(w) && isFirstName(lw) && !isEnglishCommon(lw) {
			break // the description ended, or a name, not a party's or a place's word
		}
	}
	if noun != "" {
		return mention{kind: "noun", noun: noun, gender: genderOf(np), unnamed: true}
	}
	return mention{}
}

// parseNP reads a name phrase: a pronoun, a person, an organisation, an
// outlet, or an organisation noun. It prefers the run of capitalised words
// nearest the end (the name after its titles) unless first is set.
func parseNP(np string, known []string) mention {
	m := parseNPWords(np, known)
	if m.name != "" && m.kind != "pronoun" && strings.ContainsAny(np, "0123456789") {
		if i := strings.LastIndexByte(m.name, ' '); i > 0 && numberedBodies[strings.ToLower(m.name[i+1:])] {
			// "Kells District 751", "Teamsters Local 89": a branch's number
			// is part of its name
			if j := strings.Index(np, m.name); j >= 0 {
				rest := np[j+len(m.name):]
				k := 0
				for k+1 < len(rest) && rest[0] == ' ' && rest[k+1] >= '0' && rest[k+1] <= '9' {
					k++
				}
				if k > 0 && (k+1 == len(rest) || !unicode.IsLetter(rune(rest[k+1]))) {
					m.name += rest[:k+1]
					m.kind = attrib.KindOrganization
				}
			}
		}
	}
	if m.kind == "noun" && (spokesNouns[m.noun] || m.noun == "statement" || m.noun == "release") && m.owner == "" {
		// "the mayor's spokesman": someone's own, not any spokesman the
		// article titled so; "the company's statement": the company's
		ws := strings.Fields(np)
		for i := 1; i < len(ws); i++ {
			if !strings.EqualFold(strings.Trim(ws[i], ".,"), m.noun) {
				continue
			}
			o := i - 1
			if o > 0 && releaseKinds[strings.ToLower(ws[o])] && m.noun != ws[o] {
				o-- // "the company's press release"
			}
			if isPossessive(ws[o]) {
				m.owner, m.ownerKind = trimPossessive(ws[o]), "description"
				break
			}
		}
	}
	if m.kind == kindRole && m.name != "" && !strings.Contains(m.name, " of ") {
		// "the Kells captain", "in his message the Kells captain":
		// someone named before (not "the Mayor of Kells", an office
		// named in full)
		if ws := strings.Fields(np); len(ws) > 0 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "former") && len(ws) > 1 && isCapWord(ws[1])) {
			m.definite = true // (and "former Quist boss said", news copy's article left out)
		} else if i := strings.Index(np, m.name); i >= 4 && strings.EqualFold(np[i-4:i], "the ") {
			m.definite = true
		}
	}
	return m
}

// unitNouns name a body's branch after its name and place ("the NWS
// Kells office").
var unitNouns = toSet("office branch bureau division unit chapter")

// membersBody reads "the Kells workers' union", "Dunmore teachers'
// association": capitalised words (a place, a firm), a plural in lower
// case with its apostrophe, then a body's noun, as that body.
func membersBody(words []string) (mention, bool) {
	i := 0
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		i = 1
	}
	if i < len(words) && (capStopwords[strings.ToLower(words[i])] || indefinites[strings.ToLower(words[i])]) {
		return mention{}, false // "A heads' union": some union, unnamed
	}
	j := i
	for j < len(words) && isCapWord(words[j]) {
		j++
	}
	if j == i || j+2 != len(words) {
		return mention{}, false
	}
	pl := words[j]
	if !strings.HasSuffix(pl, "s'") && !strings.HasSuffix(pl, "s\u2019") || !isLowerWord(strings.TrimRight(pl, "'\u2019")) {
		return mention{}, false
	}
	if head := strings.TrimRight(words[j+1], ".,"); isLowerWord(head) && orgNouns[head] {
		return mention{name: strings.TrimRight(strings.Join(words[i:], " "), ".,"), kind: attrib.KindOrganization}, true
	}
	return mention{}, false
}

// listedOwners reads a description whose owner is a list of names
// ("the former Kells, Dunmore and Varnel forward", "the Kells, Dunmore,
// and Varnel coach") as the first of them with the words after the list
// ("the former Kells forward"), and true; else false. Each item of the
// list is capitalised words, the words after it are in lower case, the
// words before the first in lower case too.
func listedOwners(np string) (string, bool) {
	i := strings.Index(np, ", ")
	j := strings.LastIndex(np, " and ")
	if i < 0 || j < i+2 {
		return "", false
	}
	head := strings.Fields(np[:i])
	h := 0
	for h < len(head) && isLowerWord(head[h]) {
		h++ // "the former"
	}
	if h == len(head) {
		return "", false
	}
	for _, w := range head[h:] {
		if !isCapWord(w) {
			return "", false // "the Ministry for Ports, Ferries and Roads": one body's name
		}
	}
	for _, item := range strings.Split(strings.TrimSuffix(np[i+2:j], ","), ", ") {
		for _, w := range strings.Fields(item) {
			if !isCapWord(w) {
				return "", false
			}
		}
	}
	tail := strings.Fields(np[j+len(" and "):])
	k := 0
	for k < len(tail) && isCapWord(tail[k]) {
		k++
	}
	if k == 0 || k == len(tail) {
		return "", false
	}
	for _, w := range tail[k:] {
		if !isLowerWord(w) {
			return "", false
		}
	}
	return np[:i] + " " + strings.Join(tail[k:], " "), true
}

// townsman: is w, capitalised, a word for one of a town's or a
// region's people the lexicons lack ("Dunmorekar", "Kellsian",
// "Quistite"): a demonym's ending, and no outlet's, body's, place's,
// people's or first name?
func townsman(w string, known []string) bool {
	lw := strings.ToLower(w)
	if !isCapWord(w) || len(lw) < 7 || strings.ContainsAny(w, "'\u2019.-") || isFirstName(lw) || isEnglishCommon(lw) || orgWords[lw] || groups[lw] || titleWords[lw] || placeKind([]string{w}) != "" {
		return false
	}
	if _, ok := outletName(w, known); ok {
		return false
	}
	for _, suf := range []string{"kar", "ian", "ite", "wala", "walla"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// weekdayNames are the days of the week, which US news copy sets right
// after a name ("Gov. Ivo Pap Monday said").
var weekdayNames = toSet("monday tuesday wednesday thursday friday saturday sunday")

// numberedBodies are a body's branches known by number ("Local 89",
// "District 751", "Lodge 12").
var numberedBodies = toSet("local district lodge chapter precinct division branch")

// thingNouns are machines and documents, which a name before them
// names ("the Quist rocket", "the Kells treaty"): never speakers.
var thingNouns = toSet("spacecraft rocket ship vessel aircraft plane jet helicopter satellite probe capsule drone missile telescope rover car truck train app software device phone bill treaty program programme scheme podcast show series")

// parseNPWords is parseNP, but for the definite mark on a role.
func parseNPWords(np string, known []string) mention {
	np = strings.TrimSpace(np)
	np = reAffiliation.ReplaceAllString(np, " ") // "(R-Wis.)", "(D)", "(Vt.)", ", R-Ky.,"
	if strings.Contains(np, "(") {
		np = reRetired.ReplaceAllString(np, "")          // "Col Ivo Pap (Retd)": retired, no word of the name
		np = reTicker.ReplaceAllString(np, "")           // "Quist Ferries (NYSE:QF) Workers": a stock's ticker, no word of the name
		np = reBracketAcronym.ReplaceAllString(np, "$1") // "the Kells Bureau of Investigations (KBI)": the short name, given once
	}
	np = strings.Trim(np, ",.;:\u2014\u2013- ")
	if i := strings.LastIndexByte(np, ':'); i >= 0 {
		np = np[i+1:] // "Q: Why did you ...": a label, then the phrase
	}
	if strings.Contains(np, " year") {
		np = reAgeSpaced.ReplaceAllString(np, "$1-year-old") // "the 21 year old": the 21-year-old
	}
	words := tokenizeWords(np)
	if k := slices.IndexFunc(words, func(w string) bool { return w == "CM" || w == "DCM" }); k >= 0 && !(k+1 < len(words) && isCapWord(words[k+1]) && isEnglishCommon(strings.ToLower(strings.TrimRight(words[k+1], ".,"))) && !isFirstName(strings.ToLower(words[k+1]))) {
		// (not "CM Tickets", a firm's initials before a common word)
		// "the CM", "DCM Ivo Pap": a chief minister, a deputy one, as
		// Indian news abbreviates them
		var out []string
		for _, w := range words {
			switch w {
			case "CM":
				out = append(out, "Chief", "Minister")
			case "DCM":
				out = append(out, "Deputy", "Chief", "Minister")
			default:
				out = append(out, w)
			}
		}
		words = out
	}
	if len(words) > 2 && sentenceConjunctions[words[0]] {
		words = words[1:] // "And the striker, who ..., said": the striker
	}
	i := slices.Index(words, "from")
	if j := slices.Index(words, "of"); i < 0 && j >= 1 && placeOffices[strings.ToLower(words[j-1])] {
		i = j // "Mayor of Kells Tarun Oru Velkar"
	}
	if i >= 1 && isCapWord(words[i-1]) && titleWords[strings.ToLower(words[i-1])] {
		// "Upper House MP from Dunmore Ivo Pap": the name after the seat's place
		if k := portfolioTail(words[i+1:], strings.Join(words[:i+1], " ")); k > 0 {
			if m := parseNPWords(strings.Join(words[i+1+k:], " "), known); m.kind == attrib.KindPerson {
				m.titles = append(m.titles, strings.Join(words[:i+1+k], " "))
				return m
			}
		}
	}
	if j := slices.Index(words, "of"); j >= 1 && j+3 < len(words) && isCapWord(words[0]) && !slices.ContainsFunc(words[:j], func(w string) bool { return !titleWords[strings.ToLower(w)] }) {
		// "Secretary General of the Kells Council of Antiquities Ivo Pap":
		// titles, "of" and a body whose name ends in an organisation word
		// (or one and "of" a word), then a name of two or three words
		for k := len(words) - 2; k >= len(words)-3 && k > j+1; k-- {
			ends := orgWords[strings.ToLower(words[k-1])] || k-3 > j && words[k-2] == "of" && orgWords[strings.ToLower(words[k-3])]
			if !ends || !isCapWord(words[k]) || slices.ContainsFunc(words[k:], func(w string) bool { return !isCapWord(w) || orgWords[strings.ToLower(strings.TrimRight(w, ".,"))] }) {
				continue
			}
			if m := parseNPWords(strings.Join(words[k:], " "), known); m.kind == attrib.KindPerson && strings.Contains(m.name, " ") {
				m.titles = append(m.titles, strings.Join(words[:k], " "))
				return m
			}
		}
	}
	// "the Kells prosecutor's office": an office's body, named by its
	// place and post, never the place
	if n := slices.IndexFunc(words, func(w string) bool { return strings.EqualFold(strings.TrimRight(w, ".,"), "office") }) + 1; n >= 4 && n <= 6 && strings.EqualFold(words[0], "the") && (n == len(words) || !isCapWord(words[n])) {
		if post := strings.ToLower(trimPossessive(words[n-2])); post != strings.ToLower(words[n-2]) && (titleWords[post] || isOffice(post) || occupations[post] || roleNouns[post] || sourceNouns[post]) {
			caps := true
			for _, w := range words[1 : n-2] {
				caps = caps && isCapWord(w) && !isPossessive(w)
			}
			if caps {
				return mention{name: strings.Join(words[1:n-1], " ") + " office", kind: attrib.KindOrganization}
			}
		}
	}
	if len(words) == 1 && reHandle.MatchString(words[0]) {
		return mention{name: strings.TrimRight(words[0], ".,"), kind: attrib.KindPerson} // "@kells_ada said": a social media handle, whoever holds it
	}
	if len(words) == 0 {
		return mention{}
	}
	if n := len(words); n >= 3 && n <= 5 && strings.EqualFold(words[0], "the") && isCapWord(words[1]) && !slices.ContainsFunc(words[2:], isCapWord) {
		// "the Independent mayoral candidate told reporters": an outlet's
		// name as an adjective before a person's noun, the person
		if last := strings.ToLower(strings.TrimRight(words[n-1], ".,")); (isOffice(last) || titleWords[last] || plainPersonNouns[last]) && !spokesNouns[last] { // (not "the Kells Radio spokeswoman": the outlet speaks through her)
			if _, ok := outletName(words[1], known); ok {
				return parseNPWords(strings.Join(append([]string{"the"}, words[2:]...), " "), known)
			}
		}
	}
	if n := len(words); n >= 3 && n <= 6 && strings.EqualFold(words[0], "the") && unitNouns[strings.TrimRight(words[n-1], ".,")] && acronymWord(words[1]) && !slices.ContainsFunc(words[1:n-1], func(w string) bool { return !isCapWord(w) || isPossessive(w) }) {
		// "the NWS Kells office": a body's branch in a place, named with
		// its unit, no person or place
		return mention{name: strings.TrimRight(strings.Join(words[1:], " "), ".,"), kind: attrib.KindOrganization}
	}
	if k := slices.IndexFunc(words, func(w string) bool { return len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' && companyNouns[w] }); k >= 1 && k+1 < len(words) && len(words)-k-1 <= 3 && !slices.ContainsFunc(words[:k], func(w string) bool { return !isCapWord(w) || isFirstName(strings.ToLower(w)) }) && !slices.ContainsFunc(words[k+1:], func(w string) bool { return !isCapWord(w) }) {
		// "Ticket provider Quistix": a business's kind, its trade before
		// it capitalised as a sentence opens, then its name
		if m := parseNPWords(strings.Join(words[k+1:], " "), known); m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
			m.kind, m.titles = attrib.KindOrganization, nil
			return m
		}
	}
	if len(words) >= 1 && len(words[0]) > 9 && (words[0][0] == 'O' || words[0][0] == 'o') && organiserNouns[strings.ToLower(words[0])] && strings.HasSuffix(words[0], "s") {
		// "Organisers from the Kells-based Quist Events blamed": the body
		// they are from speaks; "Organisers said": people unnamed
		if len(words) >= 3 && (words[1] == "from" || words[1] == "of" || words[1] == "at") {
			if m := parseNPWords(strings.Join(words[2:], " "), known); m.kind == attrib.KindOrganization {
				return m
			}
		}
		return mention{kind: "noun", noun: strings.ToLower(words[0]), many: true}
	}
	if n := len(words); n >= 3 && (strings.HasSuffix(words[n-2], "'") || strings.HasSuffix(words[n-2], "\u2019")) {
		if m, ok := membersBody(words); ok {
			return m // "the Kells workers' union": a body of people of a trade, no one called Kells
		}
	}
	if m := memberFor(words); m.kind != "" {
		return m
	}
	if m := anonymousSource(words); m.kind != "" {
		return m // "two people familiar with the plan": no one named
	}
	if m := oneOfMany(words); m.kind != "" {
		return m // "one of the stranded passengers": someone unnamed
	}
	if len(words) >= 3 && indefinites[strings.ToLower(words[0])] && isCapWord(words[1]) {
		// "One Deputy Commissioner of Police", "a Junior Minister": an
		// unnamed holder of a post, no body or person of that name
		for k := 1; k <= 2 && k < len(words); k++ {
			lw := strings.ToLower(strings.TrimRight(words[k], ".,"))
			if !isCapWord(words[k]) {
				break
			}
			if titleWords[lw] && !nonOfficeTitles[lw] && (k+1 == len(words) || words[k+1] == "of" || !isCapWord(words[k+1])) {
				return mention{kind: "noun", noun: lw, unnamed: true, gender: genderOf(lw)}
			}
		}
	}
	if len(words) >= 2 && indefinites[strings.ToLower(words[0])] {
		// "One woman", "a local man", "one woman who relies on care":
		// someone unnamed, described (not a person called One)
		head := words
		if k := slices.Index(words, "who"); k >= 2 {
			head = words[:k]
		}
		if n := len(head); n <= 4 {
			if m := describedPerson(strings.Join(head, " ")); m.kind != "" && m.noun == strings.ToLower(strings.TrimRight(head[n-1], ".,")) && (personNouns[m.noun] || describedNouns[m.noun] || occupations[m.noun] && (strings.EqualFold(head[0], "one") || strings.EqualFold(head[0], "another")) && isCapWord(head[1]) && !isFirstName(strings.ToLower(head[1]))) {
				return m
			}
		}
	}
	if m, ok := kinOf(words); ok {
		return m // "the husband of Ada Moss": someone tied to her, never she
	}
	if m, ok := describedKin(words); ok {
		return m // "the boy's mother": whom the article names as that relative
	}
	if m, ok := pronounKin(words); ok {
		return m // "her son": whom the article names as having her so
	}
	if m, ok := officeOfBody(words); ok {
		return m // "the chairman of the Kells board": its holder, no name in it
	}
	if len(words) == 4 && strings.EqualFold(words[0], "the") && words[2] == "of" && !isCapWord(words[1]) && !isCapWord(words[3]) && bodyHeads[strings.TrimRight(words[3], ".,")] {
		// "the commissioner of police": the police commissioner
		if m, ok := officeMention(strings.TrimRight(words[3], ".,"), words[1], genderOf(words[1])); ok {
			return m
		}
	}
	if len(words) == 1 && isCapWord(words[0]) {
		// "Sources said", "Officials added": a plural source noun
		// capitalised where a sentence starts, no name
		if lw := strings.ToLower(words[0]); len(lw) > 4 && pluralSource(lw) {
			if m := parseNPWords(lw, known); m.kind == "noun" {
				return m
			}
		}
	}
	if len(words) >= 1 && isCapWord(words[0]) && !slices.ContainsFunc(words[1:], isCapWord) { // (not "Rangers manager Ivo Pap")
		if lw := strings.ToLower(strings.TrimRight(words[0], ".,;:")); len(lw) > 4 && strings.HasSuffix(lw, "s") && occupations[strings.TrimSuffix(lw, "s")] && !sourceNouns[strings.TrimSuffix(lw, "s")] && isEnglishCommon(lw) {
			return mention{} // "Journalists were accused", "Prosecutors had asked": people of a trade, unnamed, no one called so
		}
	}
	// "the President", "the Taoiseach": an office written with a capital
	if len(words) == 2 && strings.EqualFold(words[0], "the") && isCapWord(words[1]) {
		if lw := strings.ToLower(strings.TrimRight(words[1], ".,")); isOffice(lw) && !headOnlyOffice(lw) {
			return mention{name: strings.TrimRight(words[1], ".,"), kind: kindRole, noun: lw, gender: genderOf(lw)}
		}
	}
	// a lone pronoun
	if len(words) <= 2 {
		lw := strings.ToLower(words[0])
		if g, ok := pronouns[lw]; ok && (len(words) == 1 || npStop[strings.ToLower(words[1])]) {
			return mention{name: lw, kind: "pronoun", gender: g}
		}
	}
	// "the Spaniard", "the Irishwoman": one of a people, a description of
	// someone named before, never a name (which person, the article's
	// words on nationality would tell; the resolver does not read them)
	if len(words) == 2 && strings.ToLower(words[0]) == "the" {
		if lw, ok := demonymPerson(words[1]); ok {
			return mention{kind: "noun", noun: lw}
		}
	}
	// "The 40-year-old said:": an age alone opening a sentence, someone
	// named before (not after a quote, "," the 30-year-old said to the
	// paper": the sentence before reads that better)
	if len(words) == 2 && words[0] == "The" && reAgeNoun.MatchString(words[1]) {
		return mention{kind: "noun", noun: "year-old", definite: true, described: true}
	}
	// "the 31-year-old Dane": an age and a people, someone named before
	if len(words) == 3 && strings.EqualFold(words[0], "the") && reAgeNoun.MatchString(words[1]) && isCapWord(words[2]) {
		if lw, ok := demonymPerson(words[2]); ok || isAdjective(words[2]) {
			return mention{kind: "noun", noun: lw, definite: true, described: true}
		}
	}
	// "the" and a people's adjective: "the Austrian", an adjective that
	// names one of a people; "the Spanish goalkeeper", an occupation (not
	// an office: "the Kellish president" may be anyone's), someone named
	// before, described; "the Kellish army", "the Russian foreign
	// ministry", a people's body, an organisation of that name
	if len(words) >= 2 && len(words) <= 5 && strings.EqualFold(words[0], "the") && isCapWord(words[1]) && isAdjective(words[1]) {
		last := strings.ToLower(strings.TrimRight(trimPossessive(words[len(words)-1]), ".,"))
		switch {
		case len(words) == 2 && oneOfAPeople(last):
			return mention{kind: "noun", noun: last} // (as "the Spaniard": read as demonymPersons are)
		case len(words) == 3 && !isCapWord(words[2]) && occupations[last] && !titleWords[last] && !isOffice(last):
			return mention{kind: "noun", noun: last, gender: genderOf(np), definite: true, described: true}
		}
		plain := len(words) >= 3 && !isCapWord(words[len(words)-1]) && peopleBodies[last]
		for i := 2; plain && i < len(words)-1; i++ {
			plain = !isCapWord(words[i]) && !npStop[strings.ToLower(words[i])]
		}
		if plain {
			name := strings.TrimRight(trimPossessive(strings.Join(words[1:], " ")), ".,")
			return mention{name: name, kind: attrib.KindOrganization}
		}
	}
	if len(words) == 2 && strings.EqualFold(words[0], "the") && townsman(strings.TrimRight(words[1], ".,"), known) {
		// "added the Dunmorekar", "said the Kellsian": one of a town's
		// people, someone named before, described (no one called so)
		return mention{kind: "noun", noun: strings.ToLower(strings.TrimRight(words[1], ".,")), definite: true, described: true}
	}
	// "the Kells government", "the Dunmore opposition": a place's body,
	// an organisation of that name (never the place, which speaks not)
	if n := len(words); n >= 2 && n <= 5 && placeBodies[words[n-1]] {
		// (and "Dunmore parish council", "the Kells city council": a
		// kind of place between, the article left out)
		from, to := 0, n-1
		if strings.EqualFold(words[0], "the") {
			from = 1
		}
		if to-from >= 2 && placeLevels[words[to-1]] {
			to--
		}
		caps := to > from && to-from <= 3
		for _, w := range words[from:to] {
			caps = caps && isCapWord(w) && !isPossessive(w) && !isFirstName(strings.ToLower(w)) && !isAdjective(w)
		}
		if caps && (from == 1 || to < n-1) {
			return mention{name: strings.Join(words[from:], " "), kind: attrib.KindOrganization}
		}
	}
	// "a French defence source", "the Kellish official": one of a people's
	// adjective in capitals before a source's noun, read as the noun
	// alone is ("a defence source": no one named)
	if n := len(words); n >= 3 && n <= 6 && (indefinites[strings.ToLower(words[0])] || strings.EqualFold(words[0], "the")) && sourceNouns[strings.ToLower(strings.TrimRight(words[n-1], ".,"))] {
		c := -1
		for i := 1; i < n; i++ {
			if isCapWord(words[i]) {
				if c >= 0 || !isAdjective(words[i]) {
					c = -1
					break
				}
				c = i
			}
		}
		if c > 0 {
			low := slices.Clone(words)
			low[c] = strings.ToLower(low[c])
			if m := parseNPWords(strings.Join(low, " "), known); m.kind == "noun" {
				return m
			}
		}
	}
	// "Welsh" alone names a people, unless the article names someone so:
	// the resolver decides ("the Welsh official" stays a description)
	if len(words) == 1 && isCapWord(words[0]) && isAdjective(words[0]) && !allCaps(words) {
		return mention{name: strings.TrimRight(trimPossessive(words[0]), ".,"), kind: kindGroup, noun: nounDemonym}
	}
	words = portfolioCut(words)
	if m, ok := portfolioTitled(words); ok {
		return m
	}
	if n := len(words); n >= 3 && n <= 4 && strings.EqualFold(words[n-3], "head") && strings.EqualFold(words[n-2], "of") && strings.EqualFold(strings.TrimRight(words[n-1], ".,"), "state") && (n == 3 || strings.EqualFold(words[0], "the")) {
		// "said the Head of State": the country's president, as "the
		// president" names him
		return parseNPWords("the president", known)
	}
	if m := issuedFrom(words, known); m.kind != "" {
		return m
	}
	if m := sourceFor(words, known); m.kind != "" {
		return m
	}
	// cut at words that end a name phrase (verbs, adverbs, relative words)
	cutAtPrep := false // "Kells's minister for harbours Ivo Pap"
	for i, w := range words {
		if i > 0 && npStop[strings.ToLower(w)] && !isCapWord(w) && !(w == "for" && orgWords[strings.ToLower(words[i-1])] && i+1 < len(words) && isCapWord(words[i+1])) && !placeThenName(w, words[i+1:]) {
			cutAtPrep = prepositions[strings.ToLower(w)]
			words = words[:i]
			break
		}
	}
	if n := len(words); n >= 2 && thingNouns[strings.ToLower(words[n-1])] && isCapWord(words[n-2]) {
		// "the Quist spacecraft is carrying": a machine or a document
		// named, which says nothing
		return mention{}
	}
	if len(words) == 2 && (words[0] == "St." || words[0] == "St") && isCapWord(words[1]) {
		// "St. Kells said": a saint's name alone is a church's, a
		// hospital's, a school's or a town's, never a person called Kells
		return mention{name: "St. " + strings.TrimRight(words[1], ".,"), kind: attrib.KindOrganization}
	}
	if len(words) == 2 && strings.EqualFold(words[0], "the") && isCapWord(words[1]) {
		// "the Minister said": an office capitalised, as "the minister"
		if lw := strings.ToLower(strings.TrimRight(words[1], ".,")); headOffices[lw] != nil && !strings.Contains(words[1], "'") {
			return mention{name: lw, kind: kindRole, noun: lw, definite: true}
		}
	}
	var runs []capRun
	var pre []string
	var cur []string
	flush := func() {
		// "Speaker of" before "the House": the connector is not part of the
		// run but of the words before the next one
		n := len(cur)
		for n > 0 && !isCapWord(cur[n-1]) {
			n--
		}
		tail := append([]string(nil), cur[n:]...)
		if n > 0 {
			runs = append(runs, capRun{words: cur[:n], pre: pre})
			pre = nil
		}
		pre = append(pre, tail...)
		cur = nil
	}
	for i, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s"))
		switch {
		case w == "QUOTE": // another quotation in the clause: no name runs across it
			flush()
			pre = nil
		case isCapWord(w) && (!weekdaysMonths[strings.TrimSuffix(lw, ".")] || monthSurname(words, i)):
			if len(cur) == 0 && i == 0 && capStopwords[lw] && !keepsHonorific(words) { // ("Mr Welsh", "Mr Forbes" are surnames)
				pre = append(pre, w)
				continue
			}
			if n := len(cur); n > 0 && strings.HasSuffix(cur[n-1], ".") && firmSuffixes[strings.ToLower(strings.TrimSuffix(cur[n-1], "."))] && isFirstName(lw) {
				flush() // "Quist and Co. Ada Moss": the firm's name ends
			}
			cur = append(cur, w)
		case len(cur) > 0 && w == "&" && i+1 < len(words) && isCapWord(words[i+1]):
			cur = append(cur, w) // "Quist Pellow & Sons": one name
		case len(cur) > 0 && lw == "for" && orgWords[strings.ToLower(cur[len(cur)-1])] && i+1 < len(words) && isCapWord(words[i+1]):
			cur = append(cur, w) // "Department for Ferry Affairs"
		case len(cur) > 0 && (runConnectors[lw] || lw == "and" && i+1 < len(words) && isCapWord(words[i+1]) && (orgWords[strings.ToLower(words[len(words)-1])] || andJoinsBody(cur[max(0, len(cur)-8):], words[i+1:min(len(words), i+8)]))):
			cur = append(cur, w) // ("Ministry of Ferries and Harbours": one body)
		default:
			flush()
			pre = append(pre, w)
		}
	}
	flush()
	gender := genderOf(strings.Join(words, " "))
	if len(runs) == 0 {
		// "the department", "a spokesman", "officials"
		last, at := "", 0
		for i := len(words) - 1; i >= 0; i-- {
			lw := strings.ToLower(words[i])
			if titleWords[lw] && !orgNouns[lw] && !sourceNouns[lw] {
				break // "the police chief": the title heads the phrase, not the body before it
			}
			if orgNouns[lw] || sourceNouns[lw] && !strings.HasSuffix(lw, "s") && possessivePronouns[strings.ToLower(words[0])] {
				last, at = lw, i // (and "his lawyer", "her agent": someone unnamed who speaks for a person)
				break
			}
		}
		if last != "" {
			// definite: its article is "the", after an adverb too ("Later
			// the spokesman said")
			// unnamed: "a" or "one" with a word that sets the body apart
			// ("A heads' union", "a rival union"): another body than
			// one named before
			definite, unnamed := false, false
			for i := at - 1; i >= 0; i-- {
				if lw := strings.ToLower(words[i]); lw == "the" || indefinites[lw] {
					definite = lw == "the"
					unnamed = !definite && orgNouns[last] && !sourceNouns[last] && slices.ContainsFunc(words[i+1:at], otherBodyWord)
					break
				}
			}
			return mention{kind: "noun", noun: last, gender: gender, definite: definite, unnamed: unnamed}
		}
		// "the senator": an office named before in the article
		if len(words) == 2 && strings.ToLower(words[0]) == "the" {
			if lw := strings.ToLower(words[1]); isOffice(lw) {
				return mention{name: words[1], kind: kindRole, noun: lw, gender: gender}
			}
		}
		// "the prop", "the veteran striker": someone the article has
		// named, described (the one the sentence before is about)
		// (not an age alone, "the 30-year-old": after a quote the
		// sentence before reads it better)
		if len(words) == 4 && reWorldRank.MatchString(strings.Join(words, " ")) {
			// "the world number 12": a player the article has named,
			// described by rank
			return mention{kind: "noun", noun: "number", definite: true, described: true}
		}
		if len(words) <= 3 && strings.EqualFold(words[0], "the") && definiteDescription(strings.Join(words, " ")) && !pluralDescription(strings.Join(words, " ")) && !reAgeNoun.MatchString(words[len(words)-1]) {
			if len(words) == 3 && (plainPersonNouns[bare(words[2])] || describedOnly[bare(words[2])]) && ordinals[strings.ToLower(words[1])] {
				// "the first man", "the second caller": one of several
				// people the article does not name, no one named before
				return mention{kind: "noun", noun: bare(words[2]), gender: gender, unnamed: true}
			}
			return mention{kind: "noun", noun: bare(words[len(words)-1]), gender: gender, definite: true, described: true}
		}
		// "the harbour secretary": an office of two words, held by one
		// the article titled so ("Harbour Secretary Ivo Pap")
		for len(words) > 3 && capStopwords[words[len(words)-1]] {
			words = words[:len(words)-1] // "the harbour secretary meanwhile"
		}
		if len(words) == 4 && strings.EqualFold(words[1], "the") && (capStopwords[strings.ToLower(words[0])] || sentenceOpeners[strings.ToLower(words[0])]) {
			words = words[1:] // "Later the harbour secretary"
		}
		if len(words) == 4 && strings.ToLower(words[0]) == "the" && localWords[strings.ToLower(words[1])] {
			words = append([]string{words[0]}, words[2:]...) // "the local police chief"
		}
		if len(words) == 3 && strings.ToLower(words[0]) == "the" {
			if m, ok := officeMention(words[1], words[2], gender); ok {
				return m
			}
		}
		if len(words) == 4 && strings.ToLower(words[0]) == "the" && titleModifiers[strings.ToLower(words[1])] {
			// "the deputy prime minister": an office of three words
			if m, ok := officeMention(words[1]+" "+words[2], words[3], gender); ok {
				return m
			}
		}
		return mention{}
	}
	if n := len(words); n >= 5 && strings.EqualFold(words[0], "the") && !isCapWord(words[n-1]) && (titleWords[words[n-1]] || isOffice(words[n-1])) && slices.Contains(words[1:n-1], "and") {
		// "the Kells and Dunmore Glen councillor": one who serves both
		// places, a role, not a person named Dunmore Glen
		mid := words[1 : n-1]
		ok := true
		for _, w := range mid {
			ok = ok && (isCapWord(w) && !isPossessive(w) || w == "and")
		}
		if ok {
			place := strings.Join(mid, " ")
			return mention{name: place + " " + words[n-1], kind: kindRole, noun: words[n-1], place: strings.ToLower(place), gender: gender, definite: true}
		}
	}
	// choose the run: the last person-like run, else the last run
	best := -1
	var bestM mention
	for i := len(runs) - 1; i >= 0; i-- {
		if lastw := runs[i].words[len(runs[i].words)-1]; i == len(runs)-1 && len(pre) > 0 && isPossessive(lastw) {
			if n := ownedOffice(pre); n > 0 && !cutAtPrep && (n == len(pre) || npStop[strings.ToLower(pre[n])]) {
				return officeOf(runs[i].words, pre[:n])
			}
			continue // "Okafor's former strategist": the possessor is not the one named
		}
		if i > 0 && afterOf(runs[i-1], runs[i]) {
			if pm := runMention(runs[i-1], known); pm.kind == attrib.KindPerson {
				continue // "Jo Lee of the Virgin Islands": the place is not the one named
			}
		}
		run := runs[i]
		run.alone = len(words) == 1 || len(words) == 2 && honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))]
		m := runMention(run, known)
		if m.name == "" {
			continue
		}
		if m.kind == attrib.KindPerson {
			best, bestM = i, m
			break
		}
		if best < 0 {
			best, bestM = i, m
		}
	}
	if len(runs) == 1 && len(runs[0].words) == 2 && endsWithThe(runs[0].pre) && len(pre) == 0 && (best < 0 || !isFirstName(strings.ToLower(runs[0].words[0]))) {
		// "the Harbour Secretary": an office of two words, capitalised
		if m, ok := officeMention(runs[0].words[0], strings.TrimRight(runs[0].words[1], ".,"), gender); ok {
			return m
		}
	}
	if best < 0 && len(runs) == 1 && len(pre) == 0 {
		if m, ok := officeOfPlace(runs[0].words); ok {
			return m
		}
	}
	if best < 0 {
		return possessedSource(runs, pre, known)
	}
	if thingOf(runs[best].pre) {
		return mention{} // "the cost of the Quist plan": the phrase's head is a thing
	}
	if best == len(runs)-1 && (bestM.kind == attrib.KindPerson || bestM.kind == attrib.KindOrganization || bestM.kind == "outlet") {
		// "one Ruiz campaign source", "a senior Okafor aide": the name only
		// modifies the head noun after it, which is the speaker
		head := -1
		for i, w := range pre {
			lw := strings.ToLower(strings.TrimRight(w, ".,"))
			if sourceNouns[lw] {
				head = i // the last of "campaign source"
				continue
			}
			if head >= 0 || i >= 2 || isCapWord(w) || npStop[lw] || determiners[lw] || speechVerbs[lw] || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly") {
				break // "Ivo Pap welcomed the statement": a verb, not a noun the name modifies
			}
		}
		if head >= 0 {
			return sourceMention(runs[best], pre[:head+1], known)
		}
	}
	if best == len(runs)-1 && len(pre) > 0 && (bestM.kind == attrib.KindPerson || bestM.kind == attrib.KindOrganization) && (!isFirstName(strings.ToLower(runs[best].words[0])) || len(runs[best].words) == 1 && endsWithThe(runs[best].pre) || placeNamedRun(runs[best].words) && roleWordsAt(pre) == len(pre)) && !quantifiers[strings.ToLower(runs[best].words[0])] {
		// (a word that is also a first name, alone after "the": "the Quinn chairman")
		// "the Dunmore chairman", "the Quistware boss": a club's or a firm's
		// office, held by someone the article may name
		if n := roleWordsAt(pre); n > 0 {
			bestM = roleMention(runs[best].words, pre[:n])
		}
	}
	if best == len(runs)-1 && len(pre) == 1 && bestM.kind == attrib.KindPerson && !isFirstName(strings.ToLower(runs[best].words[0])) {
		// "the Kells Transport union urged": a body's noun in lower case
		// after the name heads the phrase, the name a body's
		if lw := strings.ToLower(strings.TrimRight(pre[0], ".,")); orgNouns[lw] && !sourceNouns[lw] && !companyNouns[lw] {
			bestM.kind = attrib.KindOrganization
		}
	}
	if (bestM.kind == kindPlace || bestM.kind == kindGroup) && best == len(runs)-1 {
		// "the Ohio senator", "the Tory councillor": the role words follow the
		// place or the party in lower case
		var role []string
		for _, w := range pre {
			lw := strings.ToLower(strings.TrimRight(w, ".,"))
			if !titleWords[lw] && !sourceNouns[lw] && !roleNouns[lw] {
				break
			}
			role = append(role, w)
		}
		if len(role) == 0 && bestM.kind == kindPlace && eventNouns[strings.ToLower(lastWord(bestM.name))] {
			role = pre[:roleWordsAt(pre)] // "the Kells Cup winner": a contest's, as a club's ("the Dunmore chairman")
		}
		if len(role) > 0 {
			bestM = roleMention(strings.Fields(bestM.name), role)
		}
	}
	if bestM.gender == "" {
		bestM.gender = gender
	}
	// titles: what stands before the name in the phrase
	var title []string
	for _, r := range runs[:best] {
		title = append(title, r.pre...)
		title = append(title, r.words...)
	}
	title = append(title, runs[best].pre...)
	if t := cleanTitle(strings.Join(title, " ")); t != "" {
		if n := len(bestM.titles); n > 0 && endsWithThe(strings.Fields(t)) && !strings.Contains(bestM.titles[n-1], " ") {
			// "Shadow leader of the" and "Moot": one title
			bestM.titles = append(bestM.titles[:n-1:n-1], t+" "+bestM.titles[n-1])
		} else if lw := lastWord(t); n > 0 && (lw == "in" || lw == "for") && !strings.Contains(bestM.titles[0], " ") {
			// "Vice President of Operations in" and "Ohio": one title
			bestM.titles = append([]string{t + " " + bestM.titles[0]}, bestM.titles[1:]...)
		} else {
			bestM.titles = append(bestM.titles, t)
		}
	}
	return bestM
}

// placeNamedRun: do a first name and a common word of the land make the
// run ("Tomas Hill", "Kells Glen"), a place's name read before an
// office ("the Tomas Hill councillor")?
func placeNamedRun(w []string) bool {
	return len(w) == 2 && landWords[strings.ToLower(strings.TrimRight(w[1], ".,"))]
}

var landWords = toSet("hill hills park glen vale valley heath green wood woods field fields brook bridge ford cross bay point heights gardens grove lake")

// roleWordsAt: how many of pre, the lower-case words after a name in a
// phrase, name a role and end the phrase: a role noun ("chairman",
// "boss"), or a common word and one ("police chief", "foreign
// minister"); 0 when they do not.
func roleWordsAt(pre []string) int {
	if len(pre) == 0 {
		return 0 // ("the Kells Cup" with no word after it)
	}
	role := func(w string) bool {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		return titleWords[lw] && !titleModifiers[lw] || isOffice(lw) || occupations[lw] || personNouns[lw] || roleNouns[lw]
	}
	ends := func(n int) bool {
		return len(pre) == n || npStop[strings.ToLower(pre[n])] || strings.EqualFold(pre[n], "and")
	}
	if role(pre[0]) && ends(1) {
		return 1
	}
	if len(pre) >= 2 && role(pre[1]) && !sourceNouns[strings.ToLower(strings.TrimRight(pre[1], ".,"))] && ends(2) {
		// (not "a Kells club spokesman": one who speaks for the body)
		lw := strings.ToLower(pre[0])
		if allLetters(lw) && isEnglishCommon(lw) && !npStop[lw] && !determiners[lw] && !prepositions[lw] && !speechVerbs[lw] && !pastVerbs[lw] && !strings.HasSuffix(lw, "ly") && !strings.HasSuffix(lw, "ed") {
			return 2
		}
	}
	return 0
}

func cleanTitle(t string) string {
	t = strings.TrimSpace(t)
	for _, p := range []string{"the ", "The ", "a ", "an ", "A ", "An "} {
		t = strings.TrimPrefix(t, p)
	}
	if n := countFieldsTo(t, 10); n == 0 || n > 10 {
		return ""
	}
	return t
}

// mentionMemo caches runMention's reading of a run of words within one
// article, whose known outlets are fixed once citations are found: entity
// collection and the ranker's mentions read the same runs.
type mentionMemo struct {
	known  []string
	seen   map[string]mention
	opener map[string]int  // runs whose first words open a sentence, not the name: how many (openingWords)
	towns  map[string]bool // names the article gives a state or country after ("Kellsford, Ohio,"): places
}

func newMentionMemo(known []string) *mentionMemo {
	return &mentionMemo{known: known, seen: map[string]mention{}}
}

// get is runMention(capRun{words: words}, known); the titles it returns
// are capped so that a caller's append copies them.
func (mm *mentionMemo) get(words []string) mention {
	k := strings.Join(words, " ")
	if m, ok := mm.seen[k]; ok {
		return m
	}
	w := words[mm.opener[k]:]
	m := runMention(capRun{words: w}, mm.known)
	m.titles = m.titles[:len(m.titles):len(m.titles)]
	mm.seen[k] = m
	return m
}

// lowerCache lowers the few words of one run, each once.
type lowerCache struct {
	n    int
	w, l [8]string
}

func (c *lowerCache) lower(s string) string {
	for i := 0; i < c.n; i++ {
		if c.w[i] == s {
			return c.l[i]
		}
	}
	l := strings.ToLower(s)
	if c.n < len(c.w) {
		c.w[c.n], c.l[c.n] = s, l
		c.n++
	}
	return l
}

// runMention classifies one capitalised run: titles and adjectives are
// stripped from its front, an organisation inside it ends at its last
// organisation word, and what follows that is a person's name.
func runMention(r capRun, known []string) mention {
	var lc lowerCache // (a run of a few words lowers each several times)
	w := r.words
	var titles []string
	gender := ""
	if len(w) > 1 && allCaps(w) || len(w) == 1 && allCaps(w) && utf8.RuneCountInString(w[0]) > 6 {
		return mention{} // a headline, a dateline or a shouted phrase, not a name
	}
	if n := len(r.pre); n > 0 && pluralDemonstrativeBefore(r.pre[n-1]) {
		return mention{} // "these Quistbots": things of a kind, no one's name
	}
	if n := len(w); n >= 2 {
		switch last := lc.lower(strings.TrimRight(trimPossessive(w[n-1]), ".,")); {
		case platforms[last]:
			return mention{} // "the Kells-Fest Facebook page": a page, no one's name
		case streetNouns[last] && placeKind(w[n-2:]) == kindPlace:
			return mention{name: strings.Join(w, " "), kind: kindPlace} // "Dunmore Queen Street": a station's street, no Queen called Street
		case n <= 4 && acronymWord(w[0]) && utf8.RuneCountInString(w[0]) >= 2 && !titleWords[lc.lower(w[0])] && !memberTitles[lc.lower(w[0])] && placeKind(w[1:]) == kindPlace:
			// "the NWS Kells office", "KLO Dunmore said": a body's arm
			// in a place, no person whose surname the place would be
			return mention{name: strings.TrimRight(trimPossessive(strings.Join(w, " ")), ".,"), kind: attrib.KindOrganization}
		case n == 2 && acronymWord(w[1]) && utf8.RuneCountInString(w[1]) >= 2 && !titleWords[last] && !memberTitles[last] && !officerInitials[last] && placeKind(w[:1]) != "":
			// "the Kellia DNR says": a place's body by its initials, no
			// person
			return mention{name: w[0] + " " + strings.TrimRight(trimPossessive(w[1]), ".,"), kind: attrib.KindOrganization}
		case n == 2 && (acronymWord(w[0]) && utf8.RuneCountInString(w[0]) >= 2 && namesRegion(w[1]) || last == "street" && !isFirstName(lc.lower(w[0])) && placeKind(w[:1]) == ""):
			// "KLO America", "Quist UK": a firm's arm in a country (no
			// first name is an acronym), no person called America;
			// "Downing Street said": a seat of power that speaks for the
			// office in it, a body, no one "he" or "she" means
			return mention{name: w[0] + " " + strings.TrimRight(trimPossessive(w[1]), ".,"), kind: attrib.KindOrganization}
		case eventNouns[last] && !isFirstName(lc.lower(w[n-2])):
			// "the New Kells City Marathon", "the Quist Cup": an event,
			// no one's name (not "Ivo Marathon"); read as a place is (no
			// speaker, no one "he" means; "the Quist Cup winner" a role)
			return mention{name: strings.Join(w, " "), kind: kindPlace}
		}
	}
	if lw0 := lc.lower(w[0]); len(w) >= 2 && (companyNouns[lw0] || organiserNouns[lw0]) && !isFirstName(lc.lower(w[1])) {
		// "Airline QFT", "Carrier Quistair": a business's kind, capitalised
		// before its name
		m := runMention(capRun{words: w[1:], pre: append(r.pre, strings.ToLower(w[0]))}, known)
		if m.kind == attrib.KindPerson || m.kind == attrib.KindOrganization {
			m.kind = attrib.KindOrganization
			return m
		}
	}
	if n := len(r.pre); n > 0 && (companyNouns[r.pre[n-1]] || describedBodyNouns[r.pre[n-1]]) && !isFirstName(lc.lower(w[0])) {
		// "mine operator Quistmet said", "the firm Quistware": a business's
		// kind in lower case before its name
		if m := runMention(capRun{words: w, pre: r.pre[:n-1]}, known); m.kind == attrib.KindPerson {
			m.kind = attrib.KindOrganization
			return m
		}
	}
	// "Ada Moss Her speech": a possessive pronoun, capitalised where a
	// sentence's start was lost, ends the name before it
	for i := 2; i < len(w); i++ {
		if capitalPossessives[w[i]] && !isEnglishCommon(lc.lower(w[i-2])) && !isEnglishCommon(lc.lower(w[i-1])) {
			w = w[:i] // (after two words of a name: not "Stars In Their Eyes")
			break
		}
	}
	// "Jo Lee of Kells's Glen Park": a first name and a surname before "of"
	// and a place's possessive name the one who lives there, not the place
	for i := 2; i+1 < len(w) && i <= 3; i++ {
		if w[i] == "of" && isPossessive(w[i+1]) && isFirstName(lc.lower(w[0])) {
			w = w[:i]
			break
		}
	}
	// "Lindqvist's Ohio chairman": a possessive inside the run ends the owner
	// (not a plural one inside a body's name: "Kells Bankers' Association")
	for i := len(w) - 2; i >= 0; i-- {
		if isPossessive(w[i]) && !(strings.HasSuffix(w[i], "s'") && orgWords[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))]) {
			w = w[i+1:]
			break
		}
	}
	// a sentence-opening participle or a weekday is not part of a name:
	// "Speaking Sunday, Carson said", "Monday"
	for len(w) > 0 {
		lw := lc.lower(strings.TrimRight(w[0], ".,"))
		if participleVerbs[lw] || weekdaysMonths[lw] && !(w[0] == "Jan" && len(w) > 1) && !(len(w) == 1 && r.alone && monthNames[lw]) || openingParticiples[lw] || sentenceOpeners[lw] {
			w = w[1:] // ("Jan" without its period before a name is a first name: "Jan Quist")
			continue
		}
		break
	}
	for len(w) > 2 && weekdayNames[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))] {
		w = w[:len(w)-1] // "Gov. Ivo Pap Monday evening urged": the day is no part of the name
	}
	if len(w) == 0 || len(w) == 1 && (eraMark(w[0]) || utf8.RuneCountInString(strings.TrimRight(w[0], ".,;:")) == 1) {
		return mention{} // (nor "A.D." or "GMT" alone, nor one letter: the "Q" of "Q&A")
	}
	if len(w) == 1 && partyTag(w[0]) {
		return mention{} // "(D-Kells)": a party and a state after a name, no one
	}
	if len(w) > 2 && (quantifiers[lc.lower(w[0])] || numberPlurals[lc.lower(w[0])]) && strings.EqualFold(w[1], "of") {
		return mention{} // "Two of Kells's unions", "Millions of Quistians": a number of people, no name
	}
	if lw := lc.lower(strings.TrimRight(trimPossessive(w[len(w)-1]), ".,")); len(w) > 1 && groups[lw] && commonWordsOnly(w[:len(w)-1]) {
		return mention{name: strings.Join(w, " "), kind: kindGroup} // "Angry Tory", "Young Greens": a party's people
	}
	if _, ok := demonymPerson(w[0]); ok && len(w) == 1 {
		return mention{} // "Spaniard": one of a people, no name
	}
	// outlet?
	joined := strings.Join(w, " ")
	if name, ok := outletName(joined, known); ok && !endsInPersonName(w) && !firstNameAndSurname(w, known) && !personOfOutlet(w, &lc) {
		written := strings.TrimRight(trimPossessive(joined), ".,")
		if endsWithThe(r.pre) {
			written = "the " + written // ("The Hill said", not "Hill said")
		}
		return mention{name: name, kind: "outlet", written: written}
	}
	// a place, or a place and a party or title word ("Vermont Republican",
	// "Utah Democratic": the head noun follows in lower case): not a name
	for k := len(w); k > 0; k-- {
		if pk := placeKind(w[:k]); pk != "" {
			if k < len(w) {
				return roleMention(w[:k], w[k:])
			}
			name := strings.TrimRight(trimPossessive(strings.Join(w, " ")), ".,")
			return mention{name: strings.TrimPrefix(name, "The "), kind: pk, country: pk == attrib.KindOrganization}
		}
		lw := lc.lower(strings.TrimRight(w[k-1], ".,"))
		if !titleWords[lw] && !isAdjective(w[k-1]) {
			break
		}
	}
	// "Ivo Pap of Quist Bank": a first name and a surname, then the firm
	// the person is from
	// (and "Dr Ada Moss of Kells University", titled)
	t := 0
	for t < len(w)-3 && (titleWords[lc.lower(w[t])] || titleWords[strings.TrimSuffix(lc.lower(w[t]), ".")]) {
		t++
	}
	for i := t + 2; i <= t+3 && i < len(w)-1; i++ {
		if w[i] == "of" && (isFirstName(lc.lower(w[t])) || i == t+2 && unknownNameOfBody(w[t:], &lc)) && !slices.ContainsFunc(w[t:i], func(x string) bool { return orgWords[lc.lower(x)] || titleWords[lc.lower(x)] }) {
			m := mention{name: strings.Join(w[t:i], " "), kind: attrib.KindPerson, gender: gender}
			if t > 0 {
				m.titles = []string{strings.Join(w[:t], " ")}
				if g := genderOf(m.titles[0]); g != "" {
					m.gender = g
				}
			}
			return m
		}
	}
	// an organisation keeps its whole name: "Russian Foreign Ministry"
	// (and "Quist Trading Co.": a firm's "Co" ends its name, as "Corp."
	// does; not an org word, which opens "Co Kells" too, a county)
	if lastW := lc.lower(strings.TrimRight(w[len(w)-1], ".,")); (orgWords[lastW] || lastW == "co") && len(w) > 1 {
		for len(w) > 2 && bornOrBased(lc.lower(w[0])) {
			w = w[1:] // "Kells-based Quist Holdings": where the firm is, no part of its name
		}
		name := strings.TrimSuffix(strings.TrimSuffix(strings.Join(w, " "), "'s"), "\u2019s")
		if strings.HasSuffix(name, ".") && !abbrevs[lastW] && !strings.Contains(lastW, ".") {
			name = strings.TrimSuffix(name, ".") // "the Harbour Council." ends a sentence
		}
		return mention{name: strings.TrimPrefix(name, "The "), kind: attrib.KindOrganization}
	}
	// split off an organisation prefix: "United Nations Ana Ruiz-Vell"
	cut := -1
	for i := 0; i < len(w)-1; i++ {
		lw := lc.lower(strings.TrimRight(w[i], ".,"))
		if orgWords[lw] {
			cut = i
		}
	}
	if cut >= 0 && !isCapWord(w[cut+1]) {
		if t := titleAfterBody(w, cut, &lc); t > 0 {
			// "Bank of Kells Governor Tiff Quist": the body's name, a
			// title, then a name of two or three words (its first perhaps
			// no first name the lexicon knows)
			titles = append(titles, strings.Join(w[:t+1], " "))
			w, cut = w[t+1:], -1
		} else {
			// "Association of Flight Attendants": the organisation's name goes on
			name := strings.TrimRight(trimPossessive(strings.Join(w, " ")), ".,")
			return mention{name: strings.TrimPrefix(name, "The "), kind: attrib.KindOrganization}
		}
	}
	if lt := lc.lower(strings.TrimRight(trimPossessive(w[len(w)-1]), ".,")); cut >= 0 && cut == len(w)-2 && !isFirstName(lt) && !titleWords[lt] && !groups[lt] && !peopleNoun(lt) && !demonymPlural(lt) && !siteNouns[lt] && lt != "city" && !strings.Contains(lt, "-") {
		// "Network Kells": one word after the org word, no first name nor a
		// word of people ("Kells Council Republicans"), ends the body's
		// name (not "Quist Council Ivo Pap")
		name := strings.TrimRight(trimPossessive(strings.Join(w, " ")), ".,")
		return mention{name: strings.TrimPrefix(name, "The "), kind: attrib.KindOrganization}
	}
	if cut >= 0 {
		titles = append(titles, strings.Join(w[:cut+1], " "))
		w = w[cut+1:]
	}
	// "DPO Ivo Pap", "KPA Ada Moss": an office's or a body's initials
	// before a name of two words, none of them in capitals nor a common
	// word ("EU Common Agricultural Policy" is no one)
	// (and after a place: "Dunmore OCPD Ivo Pap", a name of two or three
	// words after the initials)
	for i := min(len(w)-3, 2); i >= 0; i-- {
		if acronymWord(w[i]) && len(w)-i-1 <= 3 && isCapWord(w[i+1]) && isCapWord(w[i+2]) && !allCaps(w[i+1:]) && !isEnglishCommon(lc.lower(w[i+1])) && !orgWords[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))] && (i == 0 || isFirstName(lc.lower(w[i+1]))) {
			titles = append(titles, strings.Join(w[:i+1], " "))
			w = w[i+1:]
			break
		}
	}
	// "Ferry Under-Secretary Ivo Pap", "New Yorker Ivo Pap", "Second-seeded
	// Swedes Ivo Pap": words that describe before a first name and a
	// surname, none of them a first name
	if i := describedUpTo(w); i > 0 {
		for _, d := range w[:i] {
			if g := genderOf(lc.lower(d)); g != "" {
				gender = g
			}
		}
		titles = append(titles, strings.Join(w[:i], " "))
		w = w[i:]
	}
	// "Kells Ivo Pap" (of "Vice President of Operations in Kells Ivo
	// Pap"): a place, not itself a first name, before a first name and a
	// surname ends a portfolio, no part of the name
	if len(w) == 3 && placeKind(w[:1]) != "" && !isFirstName(lc.lower(w[0])) && isFirstName(lc.lower(w[1])) && !isEnglishCommon(lc.lower(w[1])) && isCapWord(w[2]) {
		titles = append(titles, w[0])
		w = w[1:]
	}
	// strip leading titles and adjectives; a party's name before a name of
	// two words or more ("Tory Ada Moss") describes its member
	for len(w) > 1 {
		lw := lc.lower(w[0])

		if len(w) == 2 && len(w[0]) == 2 && allCaps(w[:1]) && !titleWords[lw] {
			break // "DJ Quist": two initials and a surname, not a disc jockey called Quist
		}
		// a common word before a first name and a surname is a
		// description ("Deckhand Tom Okafor", "Keeper Ivo Pap")
		described := len(w) > 2 && len(w) <= 4 && (isEnglishCommon(lw) || surnameOccupations[lw] || demonymPersons[lw]) && isFirstName(lc.lower(w[1])) && !isEnglishCommon(lc.lower(w[1])) && !isEnglishCommon(lc.lower(strings.TrimRight(w[len(w)-1], ".,")))
		// a common word before a title ("Harbour Correspondent Ada
		// Moss", "Political Adviser Ivo Pap") qualifies the title
		qualifies := len(w) > 2 && isEnglishCommon(lw) && titleWords[lc.lower(w[1])]
		if titleWords[lw] || titleWords[strings.TrimSuffix(lw, ".")] || isAdjective(w[0]) || occupations[lw] || personNouns[lw] && len(w) > 2 || bornOrBased(lw) || hyphenNoun(lw) || groups[lw] && len(w) > 2 && isCapWord(w[1]) && isCapWord(w[2]) || described || qualifies {
			if g := genderOf(lw); g != "" {
				gender = g
			}
			titles = append(titles, w[0])
			w = w[1:]
			continue
		}
		break
	}
	// "leader of the Moot Ivo Pap": a body's one word after "of the",
	// then a first name and a surname
	if len(w) == 3 && endsWithThe(r.pre) && len(r.pre) > 1 && strings.EqualFold(r.pre[len(r.pre)-2], "of") && !isFirstName(lc.lower(w[0])) && isFirstName(lc.lower(w[1])) && !isEnglishCommon(lc.lower(w[1])) {
		titles = append(titles, w[0])
		w = w[1:]
	}
	// "the Dunmore North MP": the member for a seat, not a name
	if lt := lc.lower(strings.TrimRight(w[len(w)-1], ".,")); len(w) > 1 && memberTitles[lt] && len(r.pre) > 0 && strings.EqualFold(r.pre[len(r.pre)-1], "the") {
		return mention{name: w[len(w)-1], kind: kindRole, noun: lt}
	}
	// "Ada Moss MP", "Ivo Pap KC": a member's title or an honour after the
	// name (and "Ivo Pap MS", a member of a senedd, in capitals: not "Ms")
	if lt := lc.lower(strings.TrimRight(w[len(w)-1], ".,")); len(w) > 2 && (memberTitles[lt] || postNominals[lt] || strings.TrimRight(w[len(w)-1], ".,") == "MS") {
		titles = append(titles, strings.TrimRight(w[len(w)-1], ".,"))
		w = w[:len(w)-1]
	}
	// "Finance Minister Karl Berg": a title word inside the run ends the title
	// (and "Ferry Under-Secretary Karl Berg")
	for i := len(w) - 2; i >= 0; i-- {
		lw := lc.lower(w[i])
		if j := strings.LastIndexByte(lw, '-'); j > 0 && i < len(w)-2 && titleWords[lw[j+1:]] && isFirstName(lc.lower(w[i+1])) {
			lw = lw[j+1:]
		}
		// (and an occupation before a first name and a surname: "Kells
		// Fire Captain Ivo Pap")
		if titleWords[lw] || titleWords[strings.TrimSuffix(lw, ".")] || i > 0 && occupations[lw] && !surnameOccupations[lw] && len(w)-i-1 >= 2 && len(w)-i-1 <= 3 && isFirstName(lc.lower(w[i+1])) && !isEnglishCommon(lc.lower(w[i+1])) {
			if g := genderOf(lw); g != "" {
				gender = g
			}
			titles = append(titles, strings.Join(w[:i+1], " "))
			w = w[i+1:]
			break
		}
	}
	if len(w) > 3 && len(titles) > 0 && w[1] == "Class" && ordinals[lc.lower(w[0])] {
		// "Petty Officer First Class Ivo Pap": a rate's class, part of
		// the title
		titles[len(titles)-1] += " " + w[0] + " " + w[1]
		w = w[2:]
	} else if len(w) > 2 && len(titles) > 0 && w[0] == "Class" && ordinals[lc.lower(lastWord(titles[len(titles)-1]))] {
		titles[len(titles)-1] += " " + w[0] // (its ordinal read as a title's word: "First")
		w = w[1:]
	}
	// "President of Dunmore Ivo Pap", "Secretary of Ferries Ivo Pap": a
	// title of a place or a portfolio, then a name of two words or more
	// (a first name and more, after the portfolio; any name after "of
	// Ferries of Kells", a portfolio of a place)
	if len(titles) > 0 && len(w) > 3 && w[0] == "of" {
		for k := min(len(w)-2, 6); k >= 2; k-- {
			if (placeKind(w[1:k]) != "" || k >= 4 && w[k-2] == "of" && placeKind(w[k-1:k]) != "" || isFirstName(lc.lower(w[k])) && len(w)-k >= 2 && !isFirstName(lc.lower(w[k-1]))) && isCapWord(w[k]) && !orgWords[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))] {
				titles[len(titles)-1] += " " + strings.Join(w[:k], " ")
				w = w[k:]
				break
			}
		}
	}
	if len(titles) == 0 && len(w) > 3 && !isFirstName(lc.lower(w[0])) && slices.Contains(w[1:len(w)-2], "of") {
		// "Cost of Living Ada Moss", "University of Kells Ivo Pap": a
		// portfolio's or a body's last words run into the name after them
		for k := 2; k <= len(w)-2; k++ {
			if slices.Contains(w[1:k], "of") && isCapWord(w[k]) && isFirstName(lc.lower(w[k])) && !isFirstName(lc.lower(w[k-1])) && w[k-1] != "of" && !orgWords[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))] {
				titles = append(titles, strings.Join(w[:k], " "))
				w = w[k:]
				break
			}
		}
	}
	if len(w) == 0 || !isCapWord(w[0]) {
		return mention{} // nothing left, or "Democrat of California": a title and a place
	}
	last := lc.lower(strings.TrimRight(w[len(w)-1], ".,"))
	lw0 := lc.lower(w[0])
	if len(w) == 1 && (titleWords[lw0] || titleWords[strings.TrimSuffix(lw0, ".")] || isAdjective(w[0]) && !afterHonorific(titles)) {
		return mention{} // ("Mr Welsh" is a man of that surname)
	}
	if n := len(w); n >= 2 && n <= 3 && len(titles) == 0 {
		// "Garda Commissioner", "Finance Minister": an office and what it
		// is of, no one's name; the holder the article names, if any
		lt := lc.lower(strings.TrimRight(trimPossessive(w[n-1]), ".,"))
		if isOffice(lt) && !surnameOffices[lt] && !slices.ContainsFunc(w[:n-1], func(x string) bool {
			lx := lc.lower(x)
			return !isCapWord(x) || isFirstName(lx) || orgWords[lx] || titleWords[lx]
		}) {
			return roleMention(w[:n-1], w[n-1:])
		}
	}
	if n := len(w); n >= 2 && n <= 3 && len(titles) == 0 && officerInitials[last] && allCaps(w[n-1:]) && !allCaps(w[:n-1]) {
		// "Kellstron CEO", "Delta CFO" (a headline's, with no name after
		// it): a firm's officer, no one called so
		return roleMention(w[:n-1], w[n-1:])
	}
	name := strings.Join(w, " ")
	name = trimPossessive(name)
	name = strings.TrimRight(name, ".,")
	kind := attrib.KindPerson
	if orgWords[last] || (len(w) == 1 && orgWords[lw0]) || isAcronym(name) || len(w) == 1 && len(titles) == 0 && companyShaped(name) || slices.Contains(w, "&") {
		// ("Quist & Moss": a firm's name)
		kind = attrib.KindOrganization
	}
	if cut >= 0 && len(w) > 4 {
		w = w[len(w)-2:]
		name = strings.Join(w, " ")
	}
	if kind == attrib.KindPerson {
		// "Ivo Pap of Kells": the place is no part of the name; "Pap
		// of Kells" (one word, then a place)
		for i := 1; i < len(w); i++ {
			if w[i] == "of" && (i >= 2 || len(titles) > 0 && placeKind(w[i+1:]) != "" && !orgWords[lc.lower(w[0])] && !titleWords[lc.lower(w[0])]) {
				name = strings.TrimRight(strings.Join(w[:i], " "), ".,")
				break
			}
		}
	}
	if kind == attrib.KindPerson && len(w) > 1 && utf8.RuneCountInString(w[0]) >= 4 && allCaps(w[:1]) && !allCaps(w[1:]) && isFirstName(lc.lower(w[0])) {
		// "LENA Marsh": a first name capitalised as a story's
		// first word is printed (not "EADS", "J.M.")
		r, n := utf8.DecodeRuneInString(w[0])
		name = string(r) + strings.ToLower(w[0][n:]) + name[len(w[0]):]
	}
	if kind == attrib.KindPerson && len(w) == 1 && len(titles) == 1 && len(name) > 4 && name[len(name)-1] == 's' && acronymWord(titles[0]) && plainPlural(lc.lower(name)) {
		// "CM Tickets": a firm's initials before a plural, no one titled
		// and called so
		return mention{name: titles[0] + " " + name, kind: attrib.KindOrganization}
	}
	m := mention{name: name, kind: kind, gender: gender}
	if t := strings.Join(titles, " "); t != "" {
		m.titles = []string{t}
	}
	return m
}

// plainPlural: is lw a plural common word, its singular one too, no
// first name ("tickets")?
func plainPlural(lw string) bool {
	return isEnglishCommon(lw) && isEnglishCommon(strings.TrimSuffix(lw, "s")) && !isFirstName(lw)
}

// organiserNouns are a business's role capitalised before its name
// ("Organiser Quistfest Ltd said"); "the organiser said" may be a person.
var organiserNouns = toSet("organiser organizer organisers organizers")

// officerInitials are a firm's officers' titles written as initials.
var officerInitials = toSet("ceo cfo coo cto cio cmo")

// titleAfterBody is the index of a title in w after a body's name that
// goes on with "of" after its org word at cut ("Bank of Kells Governor
// Tiff Quist"), with a name of two or three capitalised words after it;
// else 0.
func titleAfterBody(w []string, cut int, lc *lowerCache) int {
	if cut+1 >= len(w) || w[cut+1] != "of" {
		return 0
	}
	for t := cut + 2; t < len(w)-2; t++ {
		lw := lc.lower(strings.TrimRight(w[t], ".,"))
		if !isCapWord(w[t]) {
			return 0
		}
		if titleWords[lw] && !nonOfficeTitles[lw] && t > cut+2 {
			if n := len(w) - t - 1; n > 3 || orgWords[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))] || slices.ContainsFunc(w[t+1:], func(x string) bool { return !isCapWord(x) || titleWords[lc.lower(x)] }) {
				return 0
			}
			return t
		}
	}
	return 0
}

// unknownNameOfBody: are w's first two words a name whose first name the
// lexicon lacks, "of" and then a body ("Dorrin Pap of Kells Bridge Group"):
// two words written as names are (capitalised, not in capitals, no place's,
// the first no common English word), and the words after "of" end in an
// organisation's word, as a person's firm does. (Not "Bank of Kells", whose
// first part is a body's word, nor "United States of ...", common words.)
// The surname may be double-barrelled ("Dorrin Pap-Quist of ...").
func unknownNameOfBody(w []string, lc *lowerCache) bool {
	if len(w) < 4 || w[2] != "of" || !orgWords[lc.lower(strings.TrimRight(w[len(w)-1], ".,"))] {
		return false
	}
	for k, x := range w[:2] {
		if k == 1 && doubleBarrelled(x) {
			continue
		}
		if !isCapWord(x) || allCaps([]string{x}) || strings.ContainsAny(x, ".&'\u2019-") || k == 0 && isEnglishCommon(lc.lower(x)) || placeKind([]string{x}) != "" {
			return false
		}
	}
	return true
}

// doubleBarrelled: is w a surname of two joined by a hyphen, each
// capitalised and of two letters or more, in lower case after its first
// ("Pap-Quist"; not "Q-Mobile", "KELLS-FM")?
func doubleBarrelled(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	for _, part := range []string{a, b} {
		if len(part) < 2 || !isCapWord(part) || allCaps([]string{part}) {
			return false
		}
	}
	return true
}

// eventNouns end the names of contests and games ("Kells City
// Marathon", "Quist Cup").
var eventNouns = toSet("marathon half-marathon triathlon olympics paralympics games cup championship championships tournament derby trophy regatta")

// releaseKinds are words for what kind of statement or release one is
// ("press release", "written statement").
var releaseKinds = toSet("press news media written official joint")

// personOfOutlet: is w a first name the lexicon knows and a surname (two
// or three words, no body's or title's), "of", then an outlet ("Ada
// Quist of Kells TV"): the person, who works there, not the outlet.
func personOfOutlet(w []string, lc *lowerCache) bool {
	for i := 2; i <= 3 && i < len(w)-1; i++ {
		if w[i] == "of" {
			return isFirstName(lc.lower(w[0])) && !slices.ContainsFunc(w[:i], func(x string) bool { return orgWords[lc.lower(x)] || titleWords[lc.lower(x)] })
		}
	}
	return false
}

// acronymWord: is w initials in capitals, two to five letters ("DPO",
// "UKIP"), no dots?
func acronymWord(w string) bool {
	return len(w) <= 5 && isAcronym(w) && !strings.ContainsAny(w, ".&")
}

// companyShaped: is the one word w written as firms and products are, not
// as people's names: a web address ("Quist.com"), a capital inside the
// word after a small letter ("QuistWare"; not a surname's "McQuist",
// "MacQuist", "DiQuist", "LeQuist"), or one letter and a hyphen
// ("Q-Mobile")?
func companyShaped(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{".com", ".net", ".org", ".co.uk"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf) {
			return true
		}
	}
	if len(w) > 2 && w[1] == '-' && w[0] >= 'A' && w[0] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z' {
		return true
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return !surnamePrefixes[w[:i]]
		}
	}
	return false
}

// surnamePrefixes open surnames written with a capital inside
// ("McQuist", "DiQuist").
var surnamePrefixes = toSet("Mc Mac Fitz Di De Da Du La Le Van Von Ap St")

// honorifics are the titles that come before a person's surname alone.
var honorifics = toSet("mr mrs ms miss mx dr sir dame lord lady")

// afterHonorific: is the last title stripped from a name an honorific?
func afterHonorific(titles []string) bool {
	return len(titles) > 0 && honorifics[strings.TrimSuffix(strings.ToLower(titles[len(titles)-1]), ".")]
}

// describedUpTo: where in w a first name and a surname (two or three
// words, the first a first name no common word, the last no common word)
// begin after words that only describe (describingWord), none a first
// name; 0 when w does not read so ("Ivo Tom Pap" keeps its middle
// name).
func describedUpTo(w []string) int {
	if len(w) < 3 {
		return 0 // (most runs: one word or two)
	}
	last := strings.ToLower(strings.TrimRight(trimPossessive(w[len(w)-1]), ".,"))
	if isEnglishCommon(last) && !agentNoun(strings.ToLower(w[0])) {
		return 0 // ("Grand Junior Cup"; but "Campaigner Ivo Pap": one who campaigns, then a surname that is a word)
	}
	for i := 1; i < len(w)-1 && i < 4; i++ {
		lw := strings.ToLower(w[i-1])
		newPeople := i > 1 && w[i-2] == "New" && (strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "an")) // "New Yorker", "New Mexican"
		if isFirstName(lw) || !describingWord(w[i-1]) && !newPeople {
			return 0
		}
		if n := len(w) - i; n <= 3 && isFirstName(strings.ToLower(w[i])) && !isEnglishCommon(strings.ToLower(w[i])) {
			return i
		}
	}
	return 0
}

// describingWord: can w describe a person before the name, being a common
// word, a title, a body's word ("Ministry"), a people's name in the
// singular or plural, or a compound of common words ("Under-Secretary",
// "Second-seeded")? Not an acronym: "QTX Ivo Pap" may be a firm's name.
func describingWord(w string) bool {
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	if isEnglishCommon(lw) || titleWords[lw] || orgWords[lw] || isAdjective(w) || isAdjective(strings.TrimSuffix(w, "s")) || demonymPersons[lw] || demonymPlural(lw) {
		return true
	}
	parts := strings.Split(lw, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isEnglishCommon(p) && !titleWords[p] {
			return false
		}
	}
	return true
}

// hyphenNoun: is lw a compound whose last part is an occupation or a
// noun for a person ("oscar-winner", "co-founder"), or a phrase joined
// by hyphens ("man-of-the-match", "player-of-the-year": a description,
// while a name's parts are names, "moss-quist")?
func hyphenNoun(lw string) bool {
	i := strings.LastIndexByte(lw, '-')
	if i <= 0 {
		return false
	}
	if occupations[lw[i+1:]] || personNouns[lw[i+1:]] {
		return true
	}
	parts := strings.Split(lw, "-")
	return len(parts) >= 3 && slices.ContainsFunc(parts[1:len(parts)-1], func(p string) bool { return hyphenPhraseWords[p] })
}

// hyphenPhraseWords join the words of a phrase written with hyphens.
var hyphenPhraseWords = toSet("of the in for to a")

// numberPlurals open a number of people ("Millions of ...").
var numberPlurals = toSet("dozens scores hundreds thousands millions billions tens")

// openingIng: is lw an English word in -ing that opens a sentence as a
// participle ("Praising Kells for ..."), not a name or a title ("King")?
func openingIng(lw string) bool {
	return strings.HasSuffix(lw, "ing") && lw != "according" && isEnglishCommon(lw) && !isFirstName(lw) && !titleWords[lw]
}

// commonWordsOnly: are all of ws English words that are no names
// ("Angry", "Young")?
func commonWordsOnly(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !isEnglishCommon(lw) || isFirstName(lw) || titleWords[lw] || orgWords[lw] {
			return false // (not "Harbour Committee Republicans": a body's members)
		}
	}
	return true
}

// keepsHonorific: does the honorific that opens words stay with the
// name after it, which alone would read as something else: a people's
// word ("Mr Welsh") or an outlet's name ("Mr Forbes")?
func keepsHonorific(words []string) bool {
	if acronymTitle(words) {
		return true // "IT Minister Ivo Pap": an acronym before a title, not "It"
	}
	if len(words) < 2 || !honorifics[strings.TrimSuffix(strings.ToLower(words[0]), ".")] {
		return false
	}
	if len(words) == 2 && isAdjective(words[1]) {
		return true
	}
	_, ok := outletCanon[attrib.NormOutlet(trimPossessive(words[1]))] // (an outlet's one-word name: no need of outletName's patterns)
	return ok
}

// acronymTitle: do words open with an acronym that is also a word opening
// sentences ("IT", "US") before a title in capitals ("IT Minister"), or
// with one of three letters or more among words not in capitals ("WHO")?
func acronymTitle(words []string) bool {
	if len(words) > 0 && len(words[0]) >= 3 && isAcronym(words[0]) && (len(words) == 1 || !isAcronym(words[1])) {
		return true // "The WHO has declared": a body's initials, not "who"
	}
	if len(words) < 2 || len(words[0]) < 2 || !isAcronym(words[0]) || !isCapWord(words[1]) || isAcronym(words[1]) {
		return false
	}
	return titleWords[strings.ToLower(strings.TrimRight(words[1], ".,"))]
}

// surnameTitle: is the last title stripped from a name one that comes
// only before a surname ("Mr Pap", never a first name as "Sir Ivo")?
func surnameTitle(titles []string) bool {
	if len(titles) == 0 {
		return false
	}
	switch strings.TrimSuffix(strings.ToLower(titles[len(titles)-1]), ".") {
	case "mr", "mrs", "ms", "miss", "mx":
		return true
	}
	return false
}

// firstNameAndSurname: do the words end in a first name and a surname
// that outletName would take for a paper of that town ("Ivo Telegraph",
// "Mayor Ivo Telegraph")? Not a paper known by that name, or one the
// article named (a paper of a town whose name is also a first name).
func firstNameAndSurname(w []string, known []string) bool {
	if len(w) < 2 || !isCapWord(w[len(w)-2]) || !isFirstName(strings.ToLower(w[len(w)-2])) {
		return false
	}
	for i := range len(w) - 1 {
		key := attrib.NormOutlet(strings.TrimRight(trimPossessive(strings.Join(w[i:], " ")), ".,"))
		if _, ok := outletCanon[key]; ok {
			return false // ("New York Times": "York" is a first name)
		}
		for _, k := range known {
			if kk := attrib.NormOutlet(k); kk == key || strings.HasSuffix(kk, " "+key) {
				return false
			}
		}
	}
	return true
}

func endsInPersonName(w []string) bool {
	if len(w) < 3 {
		return false
	}
	return !orgWords[strings.ToLower(w[len(w)-1])] && !outletSuffixes[strings.ToLower(w[len(w)-1])]
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 || eraMark(s) {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' && r != '&' {
			return false
		}
	}
	return true
}

// eraTimeMarks are capitals that mark an era or a time ("190 A.D.",
// "0300 GMT"), not a body's initials.
var eraTimeMarks = toSet("ad bc bce ce am pm gmt bst est edt cst cdt pst pdt mst mdt cet cest eet eest ist jst kst hkt aest aedt nzst wat eat sast utc")

// eraMark: is w such a mark, with or without its full stops?
func eraMark(w string) bool {
	return eraTimeMarks[strings.ToLower(strings.ReplaceAll(w, ".", ""))]
}

// femaleWords and maleWords tell a sex; "first lady" is found by "lady".
const (
	femaleWords = "ms mrs miss madam spokeswoman chairwoman congresswoman councilwoman businesswoman actress queen princess lady dame baroness countess her she woman mother daughter sister wife grandmother"
	maleWords   = "mr spokesman chairman congressman councilman businessman actor king prince lord sir viscount marquess his he man father son brother husband grandfather"
)

// reFemale and reMale match those words for the rare text whose letters
// (?i) folds (genderOf); "ms." and "mr." with their periods.
var (
	reFemale = rx(`(?i)\b(` + genderAlternation(femaleWords) + `)\b`)
	reMale   = rx(`(?i)\b(` + genderAlternation(maleWords) + `)\b`)
)

// genderAlternation is words as a regexp alternation, a title's period optional.
func genderAlternation(words string) string {
	f := strings.Fields(words)
	for i, w := range f {
		if w == "ms" || w == "mrs" || w == "mr" {
			f[i] = w + `\.?`
		}
	}
	return strings.Join(f, "|")
}

// genderWords are femaleWords ('f') and maleWords ('m'), which genderOf
// looks up word by word.
var genderWords = func() map[string]byte {
	out := map[string]byte{}
	for _, w := range strings.Fields(femaleWords) {
		out[w] = 'f'
	}
	for _, w := range strings.Fields(maleWords) {
		out[w] = 'm'
	}
	return out
}()

// genderOf tells the gender the words of s show: "f", "m", or "" when
// they show none or both.
func genderOf(s string) string {
	var f, m bool
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
		// letters that (?i) folds to k and s
		f, m = reFemale.MatchString(s), reMale.MatchString(s)
	} else {
		// words as \b sees them: runs of ASCII letters, digits and _
		var buf [16]byte
		for i := 0; i < len(s); {
			if !isWordByte(s[i]) {
				i++
				continue
			}
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if j-i <= len(buf) {
				w := buf[:0]
				for k := i; k < j; k++ {
					c := s[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					w = append(w, c)
				}
				switch genderWords[string(w)] {
				case 'f':
					f = true
				case 'm':
					m = true
				}
			}
			i = j
		}
	}
	switch {
	case f && !m:
		return "f"
	case m && !f:
		return "m"
	}
	return ""
}

// surnameOccupations are occupations that are also common surnames, left
// out of lexicon/occupations.txt: only before a first name and a surname
// are they a description ("Singer Ada Moss")
var surnameOccupations = toSet("baker cook farmer singer hunter bishop father")

// firstNames are first names (lexicon/first-names-*.txt, from Faker's
// lists) with the sex they give: "f", "m", or "" for a name of either
// sex; read at first use.
var firstNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for sex, name := range map[string]string{"f": "first-names-female", "m": "first-names-male", "": "first-names-either"} {
		for w := range wordLexicon(name) {
			m[w] = sex
		}
	}
	return m
})

// isFirstName: is lw (lower case) a first name of either sex?
func isFirstName(lw string) bool {
	_, ok := firstNames()[lw]
	return ok
}

// monthSurname: is words[i], a month's name, a surname after a first name
// ("Ivo May", "Ada June"), not a date?
func monthSurname(words []string, i int) bool {
	if strings.HasSuffix(words[i], ".") {
		return false
	}
	if i == 0 {
		// a month alone as a speech verb's subject ("May said"): no date
		// speaks
		return len(words) == 1 && monthNames[strings.ToLower(words[0])]
	}
	prev := strings.ToLower(words[i-1])
	return isCapWord(words[i-1]) && (isFirstName(prev) && !isEnglishCommon(prev) || honorifics[strings.TrimSuffix(prev, ".")])
}

// otherBodyWord: does w, between "a" and a body's noun, set that body
// apart from one named before: whose it is in a plural possessive
// ("heads'") or a word of difference ("rival", "separate")?
func otherBodyWord(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "s'") || strings.HasSuffix(lw, "s\u2019") || otherBodyWords[lw]
}

var otherBodyWords = toSet("rival separate second third smaller larger other breakaway")

// pluralSource: is lw the plural of a source noun ("sources",
// "officials")?
func pluralSource(lw string) bool {
	return strings.HasSuffix(lw, "s") && sourceNouns[lw] && sourceNouns[strings.TrimSuffix(lw, "s")]
}

// reWorldRank is a player's rank for a description ("the world number
// 12", "the world No. 3").
var reWorldRank = rx(`^(?i:the world (?:number|no\.?) (?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten))$`)

// monthNames: the months written in full, those a surname may be.
var monthNames = toSet("january february march april may june july august september october november december")

// nameGender is the sex a person's full name gives by its first name
// ("m", "f"), "" for a name of one word or a first name of either sex.
func nameGender(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return ""
	}
	return firstNames()[strings.ToLower(first)]
}

// allCaps: is every word upper case (two letters or more, no lower case)?
func allCaps(words []string) bool {
	for _, w := range words {
		if upperLetters(w) < 2 {
			return false
		}
	}
	return true
}

// places are never speakers (lexicon/places.txt); countries and their
// capitals speak for their governments, as organisations
// (lexicon/countries.txt). A pronoun never stands for either.
var (
	places    = phraseLexicon("places")
	countries = phraseLexicon("countries")
	parties   = phraseLexicon("parties")
	groups    = union(phraseLexicon("groups"), parties)
)

// placeKind says whether the words name a place (kindPlace), a party or
// a group of people (kindGroup), a country (attrib.KindOrganization) or
// none of them ("").
func placeKind(w []string) string {
	if len(w) == 0 || len(w) > 5 {
		return ""
	}
	s := strings.ToLower(strings.TrimRight(trimPossessive(strings.Join(w, " ")), ".,"))
	t := strings.TrimPrefix(s, "the ")
	switch {
	case places[s] || t != s && places[t]:
		return kindPlace
	case groups[s] || t != s && groups[t]:
		return kindGroup
	case countries[s] || t != s && countries[t]:
		return attrib.KindOrganization
	}
	if len(w) == 2 && (strings.EqualFold(w[0], "county") || strings.EqualFold(w[0], "co") || strings.EqualFold(w[0], "co.") || strings.EqualFold(strings.TrimRight(trimPossessive(w[1]), ".,"), "county")) && isCapWord(w[1]) && !orgWords[strings.ToLower(strings.TrimRight(trimPossessive(w[1]), ".,"))] {
		return kindPlace // "County Kells", "Co Kells", "Kells County": a county (not "County Council", "Quist Co.")
	}
	if len(w) >= 3 && strings.EqualFold(w[1], "of") && waterFeatures[strings.ToLower(w[0])] {
		return kindPlace // "Sea of Kells", "Gulf of Dunmore", "Strait of Quist"
	}
	if n := len(w); n >= 2 && strings.EqualFold(strings.TrimRight(trimPossessive(w[n-1]), ".,"), "hall") && townWords[strings.ToLower(w[n-2])] {
		return kindPlace // "Kells Town Hall", "City Hall": a building (not "Ivo Hall")
	}
	if n := len(w); n >= 2 && titleWords[strings.ToLower(w[n-2])] && !honorifics[strings.ToLower(strings.TrimSuffix(w[n-2], "."))] && streetNouns[strings.ToLower(strings.TrimRight(trimPossessive(w[n-1]), ".,"))] {
		return kindPlace // "Queen Street", "Kells King Lane": a street named for a title (not "Downing Street", a seat of power that speaks)
	}
	if len(w) >= 2 {
		// "Kells Cathedral", "Dunmore Airport": a site (not "Nia Tower", a
		// person, nor "Mr Tower")
		last, first := strings.ToLower(strings.TrimRight(trimPossessive(w[len(w)-1]), ".,")), strings.ToLower(strings.TrimSuffix(w[0], "."))
		if siteNouns[last] && (strings.HasSuffix(last, "s") || !isFirstName(first) && !honorifics[first] && (!titleWords[first] || first == "shri" || streetNouns[last])) && !(last == "state" && (isAdjective(w[len(w)-2]) || strings.HasSuffix(w[len(w)-2], "ic"))) { // ("Shri ... Temple": a temple's honorific; "King Edward Road": a street named for a title; "Kano State" a state, not a movement named with an adjective: "Quistic State")
			return kindPlace
		}
	}
	return ""
}

// townWords name the hall of a town's council before "Hall".
var townWords = toSet("town city county village guild")

// waterFeatures open a place's name before "of" ("Sea of Kells").
var waterFeatures = toSet("sea gulf bay strait straits lake isle isles cape mount sound firth")

// siteNouns end the name of a building or a site (lexicon/site-nouns.txt).
var siteNouns = wordLexicon("site-nouns")

// Participles that open sentences before the subject ("Speaking to
// reporters, ...", "Written in 1960, ...") but are no speech cue themselves.
var openingParticiples = wordLexicon("opening-participles")

// sentenceOpeners open a sentence or clause and never name anyone by
// themselves ("Amid ...", "Given ...", "Like ...", "Do ...").
var sentenceOpeners = wordLexicon("sentence-openers")

// afterOf: does run b follow run a through "of", "at", "from" or "with"
// and at most three more words ("Lee of the Islands", "Lee at the law
// firm Quist Brown")?
func afterOf(a, b capRun) bool {
	if len(b.pre) == 0 || len(b.pre) > 4 || len(a.words) < 2 {
		return false
	}
	switch strings.ToLower(b.pre[0]) {
	case "of", "at", "from", "with": // "Ivo Pap of the law firm Quist Brown"
		return true
	}
	return false
}

// isPossessive: is w a possessive ("Lee's", "Lee’s", "Jones'")?
func isPossessive(w string) bool {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
		return true
	}
	// "Jones'", "Ruiz'": a bare apostrophe after s, z or x
	t := strings.TrimSuffix(strings.TrimSuffix(w, "'"), "\u2019")
	return t != w && t != "" && strings.ContainsAny(t[len(t)-1:], "sSzZxX")
}

// trimPossessive drops a possessive ending from a name.
func trimPossessive(name string) string {
	t := strings.TrimRight(name, ".,;:") // "understood to be Mr Pap's."
	if t == "" || t[len(t)-1] != 's' && t[len(t)-1] != '\'' && t[len(t)-1] != 0x99 {
		return name // (most names: no "s", no apostrophe, no end of a "\u2019")
	}
	for _, suf := range []string{"'s", "\u2019s", "'", "\u2019"} {
		if strings.HasSuffix(t, suf) {
			return strings.TrimSuffix(t, suf)
		}
	}
	return name
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// thingOf: do the words before a name open with "<the> <noun> of" whose
// noun names a thing, not someone ("The cost of the Quist plan", not "The
// head of Quistware", "The wife of Ivo Pap", "One of Quist's aides")?
// Only at the phrase's opening: "In its note about the ban of the
// accounts Quistware said" is an adverbial, then the name.
func thingOf(pre []string) bool {
	i := 1
	if len(pre) > 0 && determiners[strings.ToLower(pre[0])] {
		i = 2
	}
	if len(pre) <= i || strings.ToLower(pre[i]) != "of" {
		return false
	}
	n := strings.ToLower(pre[i-1])
	return !isCapWord(pre[i-1]) && len(n) >= 4 && !quantifiers[n] && !titleWords[n] && !roleNouns[n] && !occupations[n] && !sourceNouns[n] && !orgNouns[n] && !personNouns[n] && !isOffice(n) && !kinNouns[n]
}

// officeMention reads a modifier and an office after "the" ("harbour
// secretary", "Harbour Secretary") as an office only the one titled with
// both words holds; not "the former secretary", "the other minister".
// (and "the chief executive": an office, though "an executive" is none)
func officeMention(modifier, head, gender string) (mention, bool) {
	lw, mw := strings.ToLower(head), strings.ToLower(modifier)
	if !isOffice(lw) && !(mw == "chief" && lw == "executive") || !allLetters(strings.NewReplacer("&", "", " ", "").Replace(mw)) || determiners[mw] || quantifiers[mw] || npStop[mw] || timeQualifiers[mw] {
		return mention{}, false
	}
	return mention{name: modifier + " " + head, kind: kindRole, noun: lw, place: mw, gender: gender, definite: true, office: true}, true
}

// timeQualifiers put an office in another time ("the former secretary"):
// no title of today names its holder.
var timeQualifiers = toSet("former ex acting interim late then future outgoing incoming")

// kinNouns name people by their tie to another ("the wife of Ivo Pap",
// "the members of Quist").
var kinNouns = toSet("wife husband son daughter mother father brother sister widow widower friend friends partner family relatives parents children uncle aunt nephew niece cousin fiancee fiance girlfriend boyfriend members supporters fans staff employees players workers residents colleagues allies")

// inverseKin are the ties, for each word of kin, that the relative it
// names has to the one whose kin they are: "her son" is someone the article
// calls "his mother"'s (or father's) child.
var inverseKin = map[string][]string{
	"son": parentWords, "daughter": parentWords,
	"husband": {"wife"}, "wife": {"husband"}, "widow": {"husband", "late husband"}, "widower": {"wife", "late wife"},
	"mother": childWords, "father": childWords, "mum": childWords, "dad": childWords,
	"brother": siblingWords, "sister": siblingWords,
	"grandson": grandparentWords, "granddaughter": grandparentWords,
	"grandmother": {"grandson", "granddaughter", "grandchildren"}, "grandfather": {"grandson", "granddaughter", "grandchildren"},
}

// The ties back that several words of kin share (inverseKin).
var (
	parentWords      = []string{"mother", "father", "mum", "mom", "dad", "parents"}
	childWords       = []string{"son", "daughter", "child", "children", "sons", "daughters", "baby"}
	siblingWords     = []string{"brother", "sister", "siblings", "brothers", "sisters"}
	grandparentWords = []string{"grandmother", "grandfather", "grandparents", "gran", "grandma", "grandpa"}
)

// familyNouns are the kinNouns of one's family and friends, not of a
// body's people ("the staff of the Kells Courier" speak for it).
var familyNouns = toSet("wife husband son daughter mother father brother sister widow widower friend friends partner family relatives parents children uncle aunt nephew niece cousin fiancee fiance girlfriend boyfriend mum mom dad grandmother grandfather grandson granddaughter stepfather stepmother sons daughters sisters brothers")

// kinOf reads "the husband of Ada Moss", "a friend of Ivo Pap": someone
// tied to the one named, whom the article may name elsewhere, never that
// one (a role owned by its name, resolved to no one named before).
func kinOf(words []string) (mention, bool) {
	if len(words) < 4 || !indefinites[strings.ToLower(words[0])] && !strings.EqualFold(words[0], "the") {
		return mention{}, false
	}
	lw := strings.ToLower(words[1])
	if !familyNouns[lw] || words[2] != "of" || !isCapWord(words[len(words)-1]) {
		return mention{}, false
	}
	return kinMention(lw), true
}

// describedKin reads "the" or "a", one described in the possessive, then
// a word of family ("the boy's mother", "the mayor's wife") as that
// relative of the one described, whom only a name the article gives the
// relative names: an owned role whose owner is a description.
func describedKin(words []string) (mention, bool) {
	if len(words) != 3 || !strings.EqualFold(words[0], "the") && !strings.EqualFold(words[0], "a") || !isPossessive(words[1]) || !isLowerWord(trimPossessive(words[1])) {
		return mention{}, false
	}
	lw := strings.ToLower(strings.TrimRight(words[2], ".,"))
	if !familyNouns[lw] {
		return mention{}, false
	}
	m := kinMention(lw)
	m.name = words[1] + " " + lw
	m.owner, m.ownerKind = trimPossessive(words[1]), "description"
	return m, true
}

// pronounKin reads "his" or "her", at most one word, then a word of
// kin ("her son", "his younger brother") as that relative of whoever the
// pronoun stands for: an owned role whose owner is the pronoun.
func pronounKin(words []string) (mention, bool) {
	if len(words) < 2 || len(words) > 3 {
		return mention{}, false
	}
	p := strings.ToLower(words[0])
	lw := strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))
	if len(words) == 2 && kinGroups[lw] && (p == "his" || p == "her" || p == "their" || p == "the") {
		// "his family", "her children", "the family": relatives as one,
		// unnamed (never the one they are kin to)
		m := kinMention(lw)
		m.many, m.owner, m.ownerKind = true, p, "pronoun"
		return m, true
	}
	if p != "his" && p != "her" {
		return mention{}, false
	}
	if inverseKin[lw] == nil || len(words) == 3 && (isCapWord(words[1]) || !isLowerWord(words[1])) {
		return mention{}, false
	}
	m := kinMention(lw)
	m.owner, m.ownerKind = p, "pronoun"
	return m, true
}

// kinGroups are relatives who speak as one ("his family", "her
// children said").
var kinGroups = toSet("family relatives children parents sons daughters siblings grandchildren")

// kinMention is someone named by a tie to another (kinNouns): an owned
// role, never its owner.
func kinMention(lw string) mention {
	return mention{name: lw, kind: kindRole, noun: lw, owned: true, definite: true, gender: genderOf(lw), many: strings.HasSuffix(lw, "s") && lw != "boss"}
}

// endsWithThe: is the last of words "the"?
func endsWithThe(words []string) bool {
	return len(words) > 0 && strings.EqualFold(words[len(words)-1], "the")
}

// partyTag: is w a party's letter and a state's abbreviation ("D-MA",
// "R-Tex.", "I-Vt")?
func partyTag(w string) bool {
	w = strings.Trim(w, "(),.")
	if len(w) < 3 || len(w) > 8 || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	for _, r := range w[3:] {
		if !unicode.IsLetter(r) && r != '.' {
			return false
		}
	}
	return true
}
