package loader

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Boilerplate: blocks that are not news content. They yield no quotes, no
// citations and no speakers, but some of them show the publisher.
var (
	rePromo = rxKeys(`(?i)\b(sign up|subscribe\b|newsletters?\b|delivered (directly )?to your inbox|daily email|click here|read more (from|at)|download (our|the) app|follow us on|get the best of|all rights reserved|sponsored content|related coverage|recommended stories)`, true, spaced("sign up", "subscribe", "newsletter", "inbox", "daily email", "click here", "read more", "download", "follow us", "best of", "rights reserved", "sponsored", "related coverage", "recommended")...)
	// a photo's caption or credit: the words anywhere, or a label opening the line
	reCaption      = rxKeys(`(?i)(\bfile photo\b|\bphoto by\b|\bphoto:|\bphotograph:|getty images|\| license photo|image caption|image copyright|\(photo)`, true, spaced("photo", "getty", "image caption", "image copyright")...)
	reCaptionHead  = rxKeys(`(?i)^\s*(?:`+strings.Join(captionLabels, "|")+`)s?\s*:`, true, ":").keyNear(captionLabel)
	reBio          = rxKeys(`^[A-Z][\p{L}'.-]+(?: [A-Z][\p{L}'.-]+){0,3} (?:has worked|has been|has written|has covered|is an?|is the|joined|covers|writes|reports on)\b`, false, "has", "is", "joined", "covers", "writes", "reports")
	reBioWork      = rx(`(?i)\b(writer|editor|reporter|correspondent|journalist|columnist|contributor|author)\b`)
	reSeparator    = rx(`^\s*[-\x{2022}*\x{2013}\x{2014}|\x{00b7}]\s*$`)
	reDatePrefix   = rx(`^\s*(?i:date|published|updated|posted)[: ]+(\d{4}-\d{2}-\d{2})\b\s*`)
	reBylineOutlet = rx(`(?:,|\||\x{2014}|\x{2013}| -)\s*((?:The )?[A-Z][\p{L}&.'-]*(?: [A-Z][\p{L}&.'-]*){0,4}):?\s*$`)
	reByline       = rx(`^\s*(?i:by) ([A-Z][\p{L}'.-]+(?: (?:[A-Z][\p{L}'.-]+|de|van|von|la|da|del)){0,4})(?:\s*(?:,|\||and|&).*|\s+[-\x{2013}\x{2014}]\s+[A-Z][\p{L}&.'-]*(?: [A-Z][\p{L}&.'-]*){0,4}:?)?\s*$`)
	// a known agency's dateline in other shapes: "(AP)\u2014Officials",
	// "LONDON (Reuters) -Officials", "Kells [Dunmore], May 3 (ANI):",
	// "(CNN)Officials", "MOSCOW, May 3. /TASS/."
	reDatelineKnown = rxKeys(`^(?:[\p{Lu}][\p{L}\d .,'()\[\]-]{0,60}?)?[(/]([A-Za-z][A-Za-z&.-]{1,15}(?: [A-Z][A-Za-z]+){0,2})[)/]\.?\s*(?:--|\x{2014}|\x{2013}|-|:)?\s*[\p{Lu}"\x{201c}]`, false, ")", "/")
	reDateline      = rxKeys(`^(?:[\p{Lu}][\p{L}\d .,'-]{0,60}?)?\(([A-Z][A-Za-z&.]{1,15}(?: [A-Z][A-Za-z]+){0,2})\)\s*(?:--|\x{2014}|\x{2013}|-)\s`, false, ")")
	reReadMore      = rxKeys(`(?i)read more (?:from|at) (?:the )?([\p{L}0-9 .&'-]+?)\s*[.!]?\s*$`, true, "read")
	reSignUp        = rxKeys(`(?i)sign up for (?:the )?([\p{L} .&'-]+?)['\x{2019}]s\b`, true, "sign")
	reBioAtOutlet   = rx(`^(.*?)\b(?:at|for|with) ((?:the |The )?[A-Z][\p{L}&'-]*(?: [A-Z][\p{L}&'-]*){0,4})`)
	reBioFormer     = rx(`(?i)\b(?:previously|formerly|former|once|used to|was|spent)\b`) // an employer before this one
	reBioOutlet     = rx(`\b(?:at|for|with) ((?:The )?[A-Z][\p{L}&'-]*(?: [A-Z][\p{L}&'-]*){0,4}) (?:since|from \d{4}|for \d+ years)\b`)
	rePublishedIn   = rxKeys(`^\s*(?:(?:First|Originally) )?(?i:published in|published by|appeared in|appeared first in) (?:the |The )?([A-Z][\p{L}&.'-]*(?: [A-Z][\p{L}&.'-]*){0,4})\s*(?:,|\.|$)`, true, "published", "appeared")
	reListHeadToEnd = rx(`(?i)^(?:more (?:from|on) [\p{L} .&'-]{1,40}|more stories|more news|related (?:stories|articles|coverage|news)|recommended(?: stories| articles| for you)?|most (?:read|popular|viewed)|you (?:may|might) also like|read next|trending(?: now| stories)?)\s*:?$`)
	reCopyright     = rxKeys(`(?:\x{00a9}|(?i:copyright))\s*(?:\d{4}(?:-\d{4})?\s*,?\s*)?((?:The )?[A-Z][\p{L}&.'-]*(?: [A-Z][\p{L}&.'-]*){0,4})`, true, "\u00a9", "copyright")
	reContact       = rxKeys(`\b[\w.+-]+@[\w-]+\.[\w.-]*\w\b|(?i:follow) (?:(?i:him|her|them)|[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,2}) (?i:on) (?i:twitter|x|facebook|instagram|threads|bluesky|linkedin|mastodon)\b|\b(?i:can be reached at|can be contacted at)\b|\b(?i:contact|reach|email|e-mail) (?:(?i:the (?:author|reporter|writer)|him|her|them)|[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,2}) (?i:at|on|via)\b`, true, "@", "follow", "reached", "contacted", "contact", "reach", "mail")
	reLinkLine      = rx(`(?i)^(?:read more|related(?: stories| articles| coverage)?|see also|also read|read next|read also|(?:watch|listen)(?: (?:on|at) [\p{L}0-9.&'-]{2,30})?|more)\s*:`)
	reListHead      = rx(`(?i)^(?:related|more|recommended|also read|read (?:more|next|also)|most (?:read|popular|viewed)|popular|trending|top|latest|you (?:may|might) also like|more (?:from|on) [\p{L} .&'-]{1,40}|editor'?s? picks)(?: (?:stories|articles|news|headlines|coverage|links|content|reading|videos|posts|on this story))?\s*:?$`)
	reMetaHeader    = rx(`^\s*(?i:(title|headline|url|link|date|published|publication date|published at|date published|updated|posted|source|publisher|outlet|site|site name|publication|author|authors|by|byline|section|category|tags|keywords|language|lang|id))\s*:\s*(\S.*?)\s*$`)
	reMonthDate     = rxKeys(`\b(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?) (\d{1,2}),? (\d{4})\b`, false, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
)

type meta struct {
	outlet, wire, published, headline, byline string
}

// captionLabel: is the text before the colon at ks a caption's label
// alone ("Image:", "Photo credits :"), as reCaptionHead reads it?
func captionLabel(s string, ks, _ int) bool {
	w := strings.TrimSuffix(strings.ToLower(strings.Trim(s[:ks], " \t\n\f\r")), "s")
	return slices.Contains(captionLabels, strings.ReplaceAll(w, "\u00a0", " ")) // (rx's space matches a no-break space)
}

// captionLabels open a caption's line before a colon (reCaptionHead).
var captionLabels = []string{"image", "picture", "credit", "photo credit", "illustration", "graphic"}

// introducesQuote: does the line t of paragraph h end as a tag that
// introduces a quotation, with a comma ("Ivo Pap, a ferry pilot, said,"),
// or with a colon before a paragraph that opens a quotation mark? Such a
// line opens the story: no headline.
func introducesQuote(t string, ps []para, h int, line func(int) string) bool {
	if strings.HasSuffix(t, ",") {
		return true
	}
	if !strings.HasSuffix(t, ":") || h+1 >= len(ps) {
		return false
	}
	next := strings.TrimSpace(line(h + 1))
	return strings.HasPrefix(next, "\"") || strings.HasPrefix(next, "\u201c")
}

// markBoilerplate classifies each paragraph and reads what the layout shows
// of the publisher, date, headline and byline.
func markBoilerplate(text, low string, ps []para, firstLineIsHeadline bool) meta {
	var m meta
	line := func(i int) string { return text[ps[i].start:ps[i].end] }

	// A header of "Key: value" lines, as scrapers write one ("Title:
	// ...", "Source: ...", "Date: ..."): metadata, not news.
	header := ""
	for i := 0; i < len(ps) && i < 12; i++ {
		mm := reMetaHeader.FindStringSubmatch(line(i))
		if mm == nil {
			break
		}
		val := strings.TrimSpace(mm[2])
		switch strings.ToLower(strings.Join(strings.Fields(mm[1]), " ")) {
		case "title", "headline":
			m.headline = val
		case "source", "publisher", "outlet", "site", "site name", "publication":
			header = val
		case "date", "published", "publication date", "published at", "date published", "posted":
			if d := normDate(val); d != "" {
				m.published = d
			}
		case "author", "authors", "by", "byline":
			m.byline = val
		}
		ps[i].skip = "metadata"
	}
	// Leading metadata: " date 2023-09-05 ..." then a caption, a byline or
	// the story's first paragraph.
	for i := 0; i < len(ps) && i < 3; i++ {
		l := line(i)
		if mm := reDatePrefix.FindStringSubmatchIndex(l); mm != nil {
			m.published = l[mm[2]:mm[3]]
			rest := l[mm[1]:]
			switch {
			case reByline.MatchString(rest):
				m.byline = reByline.FindStringSubmatch(rest)[1]
				ps[i].skip = "byline"
			case countFieldsTo(rest, 3) < 3:
				ps[i].skip = "metadata"
			default:
				// the prefix opens the story's first paragraph (or a
				// caption, read as any other line below): the paragraph
				// starts after it
				ps[i].start += mm[1]
			}
		}
	}
	siteName := "" // "Kells closes its harbour - Harbour Times", a line "Harbour Times" above the story
	// A page's navigation above the story ("Skip to main content",
	// "Menu", "Search", the site's name): the headline is the line after.
	h := 0
	for h < len(ps) && h < 10 && ps[h].skip == "" {
		l := strings.TrimSpace(line(h))
		if reNavLine.MatchString(l) {
			ps[h].skip = "nav"
		} else if siteName == "" && siteNameLine(l) {
			siteName, ps[h].skip = l, "label"
		} else {
			break
		}
		h++
	}
	if firstLineIsHeadline && h < len(ps) && (ps[h].start == 0 || h > 0) && ps[h].skip == "" {
		l := line(h)
		t := strings.TrimSpace(l)
		if countFieldsTo(t, 30) <= 30 && !strings.HasSuffix(t, ".") && !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "\u201c") && !capsDateline(t) && !introducesQuote(t, ps, h, line) {
			if hl, site, ok := headlineSite(t); ok {
				t, siteName = hl, site
			}
			m.headline = t
			ps[h].skip = "headline"
		}
	}
	bylineOutlet, publishedIn := "", ""
	for i := range ps {
		if ps[i].skip != "" {
			continue
		}
		l := strings.TrimSpace(line(i))
		n := countFieldsTo(l, 100) // (no test below reads past 100)
		ls := ps[i].start + len(line(i)) - len(strings.TrimLeftFunc(line(i), unicode.IsSpace))
		lower := lowerOf(text, low, ls, ls+len(l)) // for the patterns that fold case
		switch {
		case mayByline(l) && countFieldsTo(strings.SplitN(l, "|", 2)[0], 8) <= 8 && reByline.MatchString(l): // ("By Ada Moss | Updated 5:32 PM ET, March 3, 2024")
			if m.byline == "" {
				m.byline = reByline.FindStringSubmatch(l)[1]
			}
			if mm := reBylineOutlet.FindStringSubmatch(l); mm != nil && bylineOutlet == "" && outletShaped(mm[1]) {
				bylineOutlet = mm[1] // "By Ada Moss, Harbour Times"
			}
			ps[i].skip = "byline"
		case n <= 60 && (reCaption.matchLower(l, lower) || reCaptionHead.matchLower(l, lower)):
			ps[i].skip = "caption"
		case n <= 40 && (rePromo.matchLower(l, lower) && !quotedWords(l) || reLinkLine.MatchString(l)):
			ps[i].skip = "promo"
		case n <= 30 && i > 0 && !containsRunes(l, "\"\u201c\u201d") && reContact.matchLower(l, lower):
			ps[i].skip = "contact" // "Contact Ada Moss at ...", "Follow her on X", an email address
		case n <= 100 && reBio.MatchString(l) && reBioWork.MatchString(l) && i > 0: // (a bio is a few lines, not a page flattened into one)
			ps[i].skip = "bio"
		case n <= 12 && rePublishedIn.matchLower(l, lower):
			ps[i].skip = "footer" // "Published in the Kells Courier, May 3rd"
			if publishedIn == "" {
				publishedIn = rePublishedIn.FindStringSubmatch(l)[1]
			}
		case n <= 20 && reCopyrightLine.MatchString(l):
			ps[i].skip = "copyright" // "(c) 2024 Harbour Times Media"
		case i <= 2 && siteName == "" && siteNameLine(l):
			siteName, ps[i].skip = l, "label" // the site's name above the story
		case isAllCaps(l) && n >= 3 && !(strings.HasSuffix(l, ":") && capsName(l) > 0): // (not a voice's label: "KELLS COACH, IVO PAP:")
			ps[i].skip = "promo headline"
		case n <= 30 && i > 0 && strings.HasPrefix(l, "On ") && len(l) > 3 && (l[3] >= 'a' && l[3] <= 'z' || topicName(l)) && strings.HasSuffix(l, ":") && (!strings.Contains(l, ",") || strings.Count(l, ",") == 1 && strings.Contains(l, ", and on ")) && nextOpensQuote(text, ps, i) && (!hasSpeechVerb(l) || topicClause(l)):
			// a transcript's topic over an answer: "On the ferry's late
			// fares:", "On what the coach said at halftime:", "On Quist:",
			// "On the record, and on Moss:" (not "On May 6, Ada Moss made
			// this comment:", nor "On the eve of the vote, she wrote:")
			ps[i].skip = "question"
		case n <= 3 && i > 0 && openingStatement(l) && nextOpensQuote(text, ps, i):
			ps[i].skip = "question" // "Opening statement:" over a coach's first answer
		case len(l) <= 3 && reSeparator.MatchString(l): // l is trimmed: one mark and nothing else
			ps[i].skip = "separator"
		}
	}
	// Readers' comments: a heading in the article's second half ("Comments",
	// "Join the conversation"), and everything after it.
	for i := len(ps) / 2; i < len(ps); i++ {
		if i > 0 && ps[i].end-ps[i].start <= 40 && reCommentsHead.MatchString(strings.TrimSpace(line(i))) {
			for j := i; j < len(ps); j++ {
				ps[j].skip = "comments"
			}
			break
		}
	}
	// Lists of other headlines: items between separator lines run to the
	// end of the list; everything from the first separator of a run of at
	// least two is skipped.
	for i := 0; i < len(ps); i++ {
		if ps[i].skip != "separator" {
			continue
		}
		last, seps := i, 1
		for j := i + 1; j < len(ps) && j-last <= 3; j++ {
			if ps[j].skip == "separator" {
				last, seps = j, seps+1
			}
		}
		if seps < 2 {
			continue
		}
		end := last + 1
		for end < len(ps) && end-last <= 3 && (end == len(ps)-1 || ps[end].skip != "") {
			end++
		}
		if last+3 >= len(ps) {
			end = len(ps)
		}
		for j := i; j < end; j++ {
			if ps[j].skip == "" || ps[j].skip == "separator" {
				ps[j].skip = "headline list"
			}
		}
		i = end
	}
	// A heading such as "Related Stories" or "Most Read" and the lines of
	// headlines under it (short, no full stop at the end) are a list of
	// other stories. (A heading is short: longer lines skip the regexp.)
	for i := 0; i < len(ps); i++ {
		if ps[i].skip != "" && ps[i].skip != "promo" || ps[i].end-ps[i].start > 60 || !reListHead.MatchString(strings.TrimSpace(line(i))) {
			continue
		}
		ps[i].skip = "headline list"
		if i >= len(ps)/2 && reListHeadToEnd.MatchString(strings.TrimSpace(line(i))) && (i+1 >= len(ps) || headlineShaped(line(i+1))) {
			// (not a widget's label inside the story: the paragraph after
			// it goes on with the story, a sentence or a quotation)
			// "More from the Harbour Times" in the article's second half:
			// other stories, teasers and all, to the end
			for j := i + 1; j < len(ps); j++ {
				ps[j].skip = "headline list"
			}
			break
		}
		for i+1 < len(ps) && (ps[i+1].skip == "" || ps[i+1].skip == "promo headline") && headlineShaped(line(i+1)) {
			i++
			ps[i].skip = "headline list"
		}
	}
	// Short labels (a site name, a credit line) and lines sandwiched between
	// boilerplate belong to the block around them; not a sentence that
	// holds a quotation (a paragraph of the story between an advertising
	// label and a photo's caption).
	for pass := 0; pass < 2; pass++ {
		for i := range ps {
			if ps[i].skip != "" {
				continue
			}
			l := strings.TrimSpace(line(i))
			if reAdSlot.MatchString(l) {
				ps[i].skip = "nav" // an ad's slot, between paragraphs of the story (of a quotation too)
				continue
			}
			prevBP := i > 0 && ps[i-1].skip != "" && ps[i-1].skip != "headline"
			nextBP := i+1 < len(ps) && ps[i+1].skip != ""
			if isLabel(l) && i > 0 && !signedBelowQuote(text, ps, i, l) {
				ps[i].skip = "label"
				if prevBP && ps[i-1].skip == "byline" && m.outlet == "" && looksLikeOrgName(l) && !pageStampWords[strings.ToLower(firstWord(l))] {
					m.outlet = creditOutlet(l) // credit line under a byline
				}
			} else if prevBP && nextBP && countFieldsTo(l, 25) <= 25 && !quotingSentence(l) {
				ps[i].skip = "promo"
			}
		}
	}

	// Publisher evidence, strongest first: a wire dateline, a "read more
	// from" link, a credit line, a newsletter or bio, a copyright footer.
	var readMore, signUp, bio, copyright string
	for i := range ps {
		l := line(i)
		if ps[i].skip == "" && m.wire == "" && i < 8 {
			if mm := reDateline.FindStringSubmatch(strings.TrimSpace(l)); mm != nil {
				if strings.Contains(mm[1], " ") && !outletShaped(mm[1]) && !isAllCaps(mm[1]) {
					// "KELLS (Ada Moss) –": the reporter's byline, no agency
				} else if !knownOutlet(mm[1]) && placeInText(text, mm[1]) {
					// "(Kells) -- A fire in Kells ...": the dateline's place
				} else if m.wire = canonicalOutlet(mm[1]); strings.Contains(m.wire, " ") && isAllCaps(m.wire) {
					m.wire = titleIfCaps(m.wire) // "(KELLS COURIER) –": the Kells Courier
				}
			} else if mm := reDatelineKnown.FindStringSubmatch(headOf(strings.TrimSpace(l), 120)); mm != nil {
				// (a dateline opens its line: the regexp reads no further)
				if knownOutlet(mm[1]) {
					m.wire = canonicalOutlet(mm[1])
				}
			}
		}
		if ps[i].skip == "" {
			continue
		}
		if mm := reReadMore.FindStringSubmatch(l); mm != nil && readMore == "" {
			readMore = titleIfCaps(mm[1])
		}
		if mm := reSignUp.FindStringSubmatch(l); mm != nil && signUp == "" {
			signUp = strings.TrimSpace(mm[1])
		}
		if ps[i].skip == "bio" && bio == "" {
			if mm := reBioOutlet.FindStringSubmatch(l); mm != nil {
				bio = mm[1]
			} else if mm := reBioAtOutlet.FindStringSubmatch(l); mm != nil && outletShaped(strings.TrimPrefix(mm[2], "the ")) && !reBioFormer.MatchString(mm[1]) {
				bio = strings.TrimPrefix(mm[2], "the ") // "Ada Moss is a reporter for the Kells Courier."
			}
		}
		if mm := reCopyright.FindStringSubmatch(l); mm != nil && copyright == "" {
			copyright = mm[1]
			if k := strings.Index(copyright, ". "); k >= 0 {
				copyright = copyright[:k] // "Harbour Times. All rights reserved."
			}
			if name, _, _, ok := bestOutlet(copyright, nil); ok {
				copyright = name // "Harbour Times Media Network": the outlet
			} else if ps[i].skip == "copyright" && !outletShaped(copyright) {
				copyright = "" // "(c) 2024 Quist Images": a picture's credit, no publisher
			}
		}
	}
	for _, c := range []string{header, m.wire, readMore, m.outlet, siteName, bylineOutlet, bio, signUp, publishedIn, copyright} {
		if c != "" {
			m.outlet = canonicalOutlet(c)
			break
		}
	}
	if m.published == "" {
		// (the first four lines, or more when a page's navigation,
		// site name and byline lines come first)
		body := 0
		for i := 0; i < len(ps) && (i < 4 || i < 14 && body < 3); i++ {
			if ps[i].skip == "" {
				body++
			}
			// a date line ("March 5, 2024", "Published 10:42 am, March
			// 5, 2024"), not a date in a sentence or a caption of the
			// story ("... on Jan. 3, 2023. (Photo: ...)")
			if l := line(i); countFieldsTo(l, 10) <= 10 {
				if d := lineDate(l); d != "" {
					m.published = d
					break
				}
			}
		}
	}
	return m
}

func isAllCaps(s string) bool { return upperLetters(s) >= 10 }

// reAdSlot is the line an ad's slot leaves inside a story.
var reAdSlot = rx(`(?i)^(?:advertisement(?: \d+)?|hide ad|(?:story|article) continues below)$`)

// reNavLine: a line of a page's navigation or sharing buttons.
var reNavLine = rx(`(?i)^(?:skip to (?:main )?content|skip navigation|menu|main menu|search|sign in|log in|login|subscribe|home|share|share (?:on|via) \w+|share this (?:article|story)|email|print|close|advertisement|listen to (?:this )?(?:article|story)|\d+ min(?:ute)? read)$`)

// reCommentsHead: the heading of readers' comments under a story.
var reCommentsHead = rx(`(?i)^(?:\d+\s+)?(?:comments?|reader comments|readers' comments|join the (?:conversation|discussion)|leave a (?:comment|reply)|show comments|view comments)\s*:?$`)

// siteNameLine: is l a line with an outlet's name only (a site's name
// above its story)?
func siteNameLine(l string) bool {
	return isLabel(l) && isOutletName(l) && !pageStampWords[strings.ToLower(firstWord(l))] // (not "Share the News", a button's words)
}

// reCopyrightLine: a line that opens with a copyright notice.
var reCopyrightLine = rx(`^(?:\x{00a9}|\((?i:c)\)|(?i:copyright)\b)`)

// capsDateline: does l open with a dateline in capitals and a dash
// ("KELLS — Ivo Pap said ..."), a story's first sentence, no headline?
func capsDateline(l string) bool {
	i := strings.Index(l, " \u2014 ")
	if i < 0 {
		i = strings.Index(l, " -- ")
	}
	if i < 2 || i > 40 {
		return false
	}
	head := strings.TrimRight(l[:i], " ,.")
	return strings.ToUpper(head) == head && strings.ContainsFunc(head, unicode.IsLetter)
}

// topicClause: does the topic line l open with "On" and a question word
// ("On what ...", "On how ...", "On whether ..."), whose clause a speech
// verb inside belongs to?
func topicClause(l string) bool {
	for _, w := range []string{"On what ", "On how ", "On why ", "On whether ", "On if ", "On who ", "On when "} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// topicName: is the topic line l "On" and a name, a word or two in
// capitals before its colon ("On Quist:", "On Ada Moss:"), not a day or a
// month ("On Monday:", "On May 6:"), which opens a telling, no topic?
func topicName(l string) bool {
	f := strings.Fields(strings.TrimSuffix(l, ":"))
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	for _, w := range f[1:] {
		if !isCapWord(w) {
			return false
		}
	}
	lw := strings.ToLower(f[1])
	return !weekdaysMonths[strings.TrimRight(lw, ".,")]
}

// openingStatement: is l a transcript's heading over the first answer
// ("Opening statement:", "Opening Remarks", "Opening comments")?
func openingStatement(l string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(l, ": ")))
	if len(f) != 2 || f[0] != "opening" {
		return false
	}
	switch f[1] {
	case "statement", "statements", "remarks", "comments", "comment":
		return true
	}
	return false
}

// headlineSite splits a page title that ends with its site's name ("Kells
// closes its harbour - Harbour Times", "... | Harbour Times") into the
// headline and the outlet the lexicon knows.
func headlineSite(t string) (headline, site string, ok bool) {
	for _, sep := range []string{" | ", " - ", " \u2013 ", " \u2014 "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			tail := strings.TrimSpace(t[i+len(sep):])
			if name, _, e, ok := bestOutlet(tail, nil); ok && (e >= len(strings.TrimRight(tail, ".")) || knownOutlet(name)) {
				// ("CNN Politics": CNN, an outlet the lexicon knows; not
				// "Kells Pre-Match Media Conference", a page's own title
				// whose first words only look like an outlet's name)
				return strings.TrimSpace(t[:i]), name, true
			}
		}
	}
	return t, "", false
}

// headlineShaped: is l a headline in a list (30 words or fewer, no full
// stop at its end, a capital first)?
func headlineShaped(l string) bool {
	l = strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(l)
	if l == "" || countFieldsTo(l, 30) > 30 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpenMark(r) && r != '"' {
		return false
	}
	l = strings.TrimRight(l, "\"'\u201d\u2019 ")
	return !strings.HasSuffix(l, ".")
}

// quotingSentence: does l hold a quotation and end as a sentence does?
func quotingSentence(l string) bool {
	if !containsRunes(l, "\"\u201c\u2018") {
		return false
	}
	l = strings.TrimRight(strings.TrimSpace(l), "\"'\u201d\u2019")
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}

// upperLetters counts the letters of s, or returns -1 when one is lower case.
func upperLetters(s string) int {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return -1
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters
}

// isLabel: a short line without sentence punctuation, like a section label
// or a credit line.
func isLabel(s string) bool {
	if n := countFieldsTo(s, 5); n == 0 || n > 5 {
		return false
	}
	if containsRunes(s, ".?!:\"\u201c\u201d,") {
		return false
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !smallWords[w] {
			return false
		}
	}
	return true
}

var smallWords = toSet("of the and for in on at to a an de")

// signedBelowQuote: is line i (l, trimmed), a dash then a name ("— Ada
// Moss"), set under a paragraph that ends a quotation? Then it signs
// the quotation, not a label over the page.
func signedBelowQuote(text string, ps []para, i int, l string) bool {
	if !strings.HasPrefix(l, "\u2014") && !strings.HasPrefix(l, "\u2013") && !strings.HasPrefix(l, "- ") || i == 0 {
		return false
	}
	prev := strings.TrimRight(text[ps[i-1].start:ps[i-1].end], " \t\u00a0")
	return strings.HasSuffix(prev, "\"") || strings.HasSuffix(prev, "\u201d") || strings.HasSuffix(prev, "\u00bb")
}

// outletShaped: is s an outlet the lexicon knows, or a name that ends
// as outlets' names do ("Harbour Times", "Kells Courier"), not a role
// or a place ("Transport Reporter", "Dunmore")?
func outletShaped(s string) bool {
	f := strings.Fields(s)
	return isOutletName(s) || len(f) >= 2 && len(f) <= 5 && outletSuffixes[strings.ToLower(f[len(f)-1])]
}

func looksLikeOrgName(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 1 && len(f) <= 6 && !strings.ContainsAny(s, "0123456789") // (not "Published 12 May 2024")
}

func titleIfCaps(s string) string {
	s = strings.TrimSpace(s)
	if !isAllCaps(s) && strings.ToUpper(s) != s {
		return s
	}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if i > 0 && smallWords[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

var dateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "January 2, 2006", "January 2 2006", "Jan. 2, 2006", "Jan 2, 2006", "Sept. 2, 2006", "2 January 2006", "02/01/2006"}

// normDate returns YYYY-MM-DD for a full date, else "".
// reDayMonthDate is a date with the day first ("5 March 2024", "Tue 5
// Mar 2024"), reISODate one written 2024-03-05.
var (
	reDayMonthDate = rxKeys(`\b(\d{1,2}) (Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,? (\d{4})\b`, false, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
	reISODate      = rx(`\b(\d{4}-\d{2}-\d{2})\b`)
)

// lineDate is the date a short line gives, month first, day first or
// ISO, as YYYY-MM-DD; "" when none.
func lineDate(l string) string {
	if mm := reMonthDate.FindString(l); mm != "" {
		return normDate(mm)
	}
	if mm := reDayMonthDate.FindStringSubmatch(l); mm != nil {
		mon := mm[2]
		if len(mon) > 3 {
			mon = mon[:3]
		}
		if t, err := time.Parse("2 Jan 2006", mm[1]+" "+mon+" "+mm[3]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if mm := reISODate.FindString(l); mm != "" {
		return normDate(mm)
	}
	return ""
}

func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return s[:10]
		}
	}
	s2 := strings.Replace(s, "Sept.", "Sep.", 1)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s2); err == nil {
			return t.Format("2006-01-02")
		}
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if mm := reMonthDate.FindStringSubmatch(s); mm != nil {
		mon := strings.TrimSuffix(mm[1], ".")
		if len(mon) > 3 {
			mon = mon[:3]
		}
		if t, err := time.Parse("Jan 2 2006", mon+" "+mm[2]+" "+mm[3]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// countFieldsTo is len(strings.Fields(s)), without the list, counted no
// further than limit+1: a paragraph's, a quote's or a name's length is
// asked only against a bound, and a long one need not be read to its end.
func countFieldsTo(s string, limit int) int {
	n := 0
	for i := 0; n <= limit; n++ {
		start, end := nextField(s, i)
		if start == end {
			return n
		}
		i = end
	}
	return n
}

// creditOutlet is the outlet a credit line under a byline names, its
// writer's role cut ("Kells Press Writer": Kells Press; "Kells Courier
// Staff Writer": Kells Courier).
// pageStampWords open a page's lines that stamp or frame the story, never
// a credit line's outlet ("Updated", "Published 5:32 PM", "Advertisement").
var pageStampWords = toSet("updated published posted modified edited reviewed advertisement share print listen watch follow subscribe")

func creditOutlet(l string) string {
	for _, suf := range []string{" Staff Writer", " Writer", " Correspondent", " Staff Reporter", " Reporter", " Contributor"} {
		if o := strings.TrimSuffix(l, suf); o != l && (strings.Contains(o, " ") || outletShaped(o)) {
			return canonicalOutlet(o)
		}
	}
	return l
}

// placeInText: does text name name as a place ("in Kells", "near
// Kells", "of Kells")?
func placeInText(text, name string) bool {
	for _, p := range []string{"in ", "near ", "of ", "at "} {
		if i := strings.Index(text, p+name); i >= 0 {
			if j := i + len(p) + len(name); j == len(text) || !unicode.IsLetter(rune(text[j])) {
				return true
			}
		}
	}
	return false
}

// mayByline: can reByline match s? It opens with "by" and a space (or a
// no-break space: rx reads a space so) after white space.
func mayByline(s string) bool {
	s = strings.TrimLeft(s, " \t\n\f\r")
	return len(s) >= 3 && s[0]|0x20 == 'b' && s[1]|0x20 == 'y' && (s[2] == ' ' || strings.HasPrefix(s[2:], "\u00a0"))
}

// headOf is s cut to at most n bytes, at a rune's start.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// quotedWords: is paragraph l someone's words, not a promotion's, though
// it says "sign up" or "subscribe": it opens with a quotation mark, or
// holds one and a speech verb (`"Any group that wants to sign up for
// the plan is welcome," Ivo Pap said`)?
func quotedWords(l string) bool {
	if strings.HasPrefix(l, "\"") || strings.HasPrefix(l, "\u201c") || strings.HasPrefix(l, "''") || strings.HasPrefix(l, "``") {
		return true
	}
	return containsRunes(l, "\"\u201c\u201d") && hasSpeechVerb(l)
}
