package loader

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/attrib/attrib"
)

func extractText(t *testing.T, text string) []quoteView {
	t.Helper()
	return extractTextWith(t, text, nil)
}

// extractTextWith is extractText as cfg says (nil: Extract's defaults).
func extractTextWith(t *testing.T, text string, cfg *ExtractConfig) []quoteView {
	t.Helper()
	d := &Doc{Name: "t.txt", Text: text, Format: "jsonl"}
	a, err := Extract(d)
	if cfg != nil {
		a, err = ExtractWith(d, *cfg)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []quoteView
	for _, q := range a.Quotes {
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %q: offsets [%d,%d) hold %q", q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		sp := q.Speaker
		if q.Term {
			if sp != "" || q.ClaimID != "" {
				t.Fatalf("term %q has speaker %q", q.Text, sp)
			}
			sp = "(term)"
		}
		out = append(out, quoteView{q.Text, sp, q.Via})
	}
	return out
}

type quoteView struct{ text, speaker, via string }

// TestRulesAlonePatterns: cases the rules must decide themselves, which the
// ranker would otherwise mend (or hide) in TestAttributionPatterns.
func TestRulesAlonePatterns(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []quoteView
	}{
		{"a verb after a quote with a clause after it is no tag put first", "Ferry\n\nHarbour counsel Ada Moss wrote to the board that the poster \u201cfalsely and unfairly\u201d suggests that Kells and its staff endorse the scheme.",
			[]quoteView{{"falsely and unfairly", "Ada Moss", ""}}},
		{"a number with a decimal point ends a sentence", "Running.\n\nAda Moss won the women's race in the rain. Ivo Pap of Kells was never troubled, winning in 30.26. Moss said of her run: \"I felt strong from the start to the finish.\"",
			[]quoteView{{"I felt strong from the start to the finish.", "Ada Moss", ""}}},
		{"he inside a sentence whose subject is a common word is not that word", "Ferries.\n\nIvo Pap said the strike would not last. Bookings were \"flat for about a month\" as travellers waited, he said.",
			[]quoteView{{"flat for about a month", "Ivo Pap", ""}}},
		{"a span of time opening a sentence is no subject", "Ferries.\n\nIvo Pap lost the vote to Ada Moss. Days after the vote and the recount, Pap threw out the count as \"a farce from start to end\".",
			[]quoteView{{"a farce from start to end", "Ivo Pap", ""}}},
		{"a noun between a capitalised word and a full name is part of the subject", "Music.\n\nThe show lost two guests this week. Kells icon Ada Moss quit the show over what she called \"shabby\" treatment.",
			[]quoteView{{"shabby", "Ada Moss", ""}}},
		{"an irregular past verb between a body and a full name is the verb", "Awards.\n\nThe harbour club held a vote. Kells chose Ada Moss as its \"best in the harbour\" for the year.",
			[]quoteView{{"best in the harbour", "Kells", ""}}},
		{"a chairman is a woman when her first name says so", "Ferries.\n\nHarbour Party chairman Nia Kroll asked both councillors to resign in a letter.\n\nShe said: \"Our lawyers believe we could act against you.\"",
			[]quoteView{{"Our lawyers believe we could act against you.", "Nia Kroll", ""}}},
		{"a dash attribution with a handle and a date, as an embedded post ends", "Votes.\n\nThe vote went on late.\n\n\u201cWe did it. Thank you, Kells!\u201d \u2014 Nia Quist (@niaquist) March 5, 2024\n\nThe count ended at two.",
			[]quoteView{{"We did it. Thank you, Kells!", "Nia Quist", ""}}},
		{"a quotation read from a written thing is its writer's", "Ferries.\n\nThe mayor said nothing on Monday. \"Fix the pier before the vote,\" read a text message from Ivo Pap to the mayor.",
			[]quoteView{{"Fix the pier before the vote,", "Ivo Pap", ""}}},
		{"a clause of its own after while has its own subject", "Ferries.\n\nThe mayor, Ivo Pap, called the plan \"a fine idea for the whole island\", while the Kells Courier's reviewer said it was \"the worst plan in many years\".",
			[]quoteView{{"a fine idea for the whole island", "Ivo Pap", ""}, {"the worst plan in many years", "Kells Courier", ""}}},
		{"one reviewer is an unnamed source", "Film.\n\n\"It is a triumph,\" said Ivo Pap. \"It drags on for three long hours,\" wrote one reviewer in the Kells Courier.",
			[]quoteView{{"It is a triumph,", "Ivo Pap", ""}, {"It drags on for three long hours,", "", ""}}},
		{"the holder of an office of two words is the one titled with both", "Ferries.\n\nEarlier Harbour Secretary Ivo Pap said the fares would rise. Home Secretary Tom Moss disagreed. The harbour secretary meanwhile said the \"fairness\" of the rise was plain.",
			[]quoteView{{"fairness", "Ivo Pap", ""}}},
		{"an office of two words is not the deputy's", "Ferries.\n\nDeputy Harbour Secretary Ada Moss spoke first. \"We will wait for the vote,\" the harbour secretary said.",
			[]quoteView{{"We will wait for the vote,", "", ""}}},
		{"an office read as the person the sentence before is about stays his", "Ferries.\n\nIvo Pap says the fares will not rise.\n\n\"They are fair,\" the harbour secretary said. Ada Moss disagreed.\n\nLater the harbour secretary added: \"The boats keep their timetable.\"",
			[]quoteView{{"They are fair,", "Ivo Pap", ""}, {"The boats keep their timetable.", "Ivo Pap", ""}}},
		{"a word that is also a first name, alone after the and before an office, is a club's", "Football.\n\nThe club's chairman Ivo Vane offered the pair a deal. Vane said they had \"agreed in principle\". And the Quinn chairman said: \"They went back on their word after a week.\"",
			[]quoteView{{"agreed in principle", "Ivo Vane", ""}, {"They went back on their word after a week.", "Ivo Vane", ""}}},
		{"a body's one word after of the, then a full name, is the title's", "Politics.\n\nShadow leader of the Moot Ivo Pap said: \"This will cut the size of the harbour board.\"",
			[]quoteView{{"This will cut the size of the harbour board.", "Ivo Pap", ""}}},
		{"the subject of the clause after but is the clause's, not the sentence's first", "Football.\n\nIvo Pap scored twice. Kells beat Dunmore on Friday, but Ada Moss was far from pleased with the \"poor finish\" of her side.",
			[]quoteView{{"poor finish", "Ada Moss", ""}}},
		{"but with no subject of its own leaves the sentence's", "Football.\n\nIvo Pap lost the first set, but was content with the \"fast and lively\" court.",
			[]quoteView{{"fast and lively", "Ivo Pap", ""}}},
		{"he after a speaker of no known sex whose name is all common words is the man before", "Radio.\n\n\"We start at six,\" said Ivo Pap. \"Tune in at dawn,\" said Morning Sea. \"It will be a long day,\" he said.",
			[]quoteView{{"We start at six,", "Ivo Pap", ""}, {"Tune in at dawn,", "Morning Sea", ""}, {"It will be a long day,", "Ivo Pap", ""}}},
		{"a sister event named after a woman's name gives the event no sex", "Film.\n\n\"We asked our partners,\" said festival director Ivo Pap. \"We went on.\"\n\nMr Pap's view was backed by Ada Moss, head of the fair's sister show, the Kells Film Market. \"We took great care,\" she said.",
			[]quoteView{{"We asked our partners,", "Ivo Pap", ""}, {"We went on.", "Ivo Pap", ""}, {"We took great care,", "Ada Moss", ""}}},
		{"he after a speaker whose name is not all common words is that speaker", "World.\n\n\"We start at six,\" said Ivo Pap. \"Tune in at dawn,\" said Secretary General Ban Kiso. \"It will be a long day,\" he said.",
			[]quoteView{{"We start at six,", "Ivo Pap", ""}, {"Tune in at dawn,", "Ban Kiso", ""}, {"It will be a long day,", "Ban Kiso", ""}}},
		{"a firm named with & is the subject whole", "Markets.\n\nQuist & Moss has classed the harbour bonds as \"junk grade\", down from \"safe\".",
			[]quoteView{{"junk grade", "Quist & Moss", ""}, {"safe", "Quist & Moss", ""}}},
		{"a capitalised office of two words after the is its holder's", "Politics.\n\nHarbour Secretary Ivo Pap spoke to the board. Ada Moss left early.\n\nThe Harbour Secretary told the Kells Courier: \"I was making a point about the tides.\"",
			[]quoteView{{"I was making a point about the tides.", "Ivo Pap", "Kells Courier"}}},
		{"an according-to aside does not hide who the sentence before is about", "Football.\n\nIvo Pap was angry after the game. Then, according to the Dunmore Courier, Pap met three reporters in a bar. \"I have no time for him,\" the Kells manager was quoted as saying.",
			[]quoteView{{"I have no time for him,", "Ivo Pap", ""}}},
		{"a clause after and with a quote of its own is no tag", "Ivo Pap spoke.\n\nAda Moss accuses the council of \"sleeping at the wheel\" and Ivo Pap says it is \"losing the harbour,\" part of a row.",
			[]quoteView{{"sleeping at the wheel", "Ada Moss", ""}, {"losing the harbour,", "Ivo Pap", ""}}},
		{"a name and a verb after a full stop that ends a run-on quotation's part are a sentence of their own", `Ada Moss said: "The quay was empty. "The last boat had gone." Ivo Pap laughed.`,
			[]quoteView{{"The quay was empty.", "Ada Moss", ""}, {"The last boat had gone.", "Ada Moss", ""}}},
		{"a clause after a comma and and, with a quote of its own, is no tag", "Ivo Pap spoke.\n\nAda Moss said she would make the harbour \"the busiest on the coast,\" for example, and Pap promised to \"double the ferries\" by spring.",
			[]quoteView{{"the busiest on the coast,", "Ada Moss", ""}, {"double the ferries", "Ivo Pap", ""}}},
		{"he as the subject of the sentence before is the name a sentence before it has as subject", "Fares rose.\n\nAda Moss spoke of the storm. Ivo Pap admitted the crossing had scared him. But he said the crew had been calm throughout. \"Nobody on the deck panicked at any point in the night.\"",
			[]quoteView{{"Nobody on the deck panicked at any point in the night.", "Ivo Pap", ""}}},
		{"he after a subject that is someone else is nobody", "Fares rose.\n\nIvo Pap spoke of the storm. The ferry left port at dawn. He said the crew had been calm throughout. \"Nobody on the deck panicked at any point in the night.\"",
			[]quoteView{{"Nobody on the deck panicked at any point in the night.", "", ""}}},
		{"a tag that describes its speaker after a sentence about someone else does not continue the quote before", "Rugby.\n\nCoach Ada Moss named her side. \"We are ready,\" Moss said. Meanwhile, Kells striker Ivo Pap is thrilled by his first place in the squad. \"It feels unreal,\" the youngster said. \"Nobody had told me it was coming.\"",
			[]quoteView{{"We are ready,", "Ada Moss", ""}, {"It feels unreal,", "Ivo Pap", ""}, {"Nobody had told me it was coming.", "Ivo Pap", ""}}},
		{"an occupation between a club's name and a name is part of the subject", "Football.\n\nDunmore manager Ivo Pap was not impressed with the referee. \"It was a poor decision by anyone's standards.\"",
			[]quoteView{{"It was a poor decision by anyone's standards.", "Ivo Pap", ""}}},
		{"he after a sentence about no one reads back to the sentence reporting someone's words", "Tennis.\n\n\"We lost the key points today,\" said Ada Moss. Ivo Pap insisted he was still focused on the final. The tournament ends on Sunday. \"I have never felt better on this court,\" he said.",
			[]quoteView{{"We lost the key points today,", "Ada Moss", ""}, {"I have never felt better on this court,", "Ivo Pap", ""}}},
		{"a side named after the, with a plural verb, is no one between a reported sentence and he added", "Football.\n\nAnd Quist boss Tom Moss backed the view. \"They have time to build a better team,\" he told Dunmore Radio.\n\nIvo Pap insisted he was still focused on the league. The Kellsmen are third in the table and face Quist in the final. \"It is a big month for the whole club,\" he added.",
			[]quoteView{{"They have time to build a better team,", "Tom Moss", "Dunmore Radio"}, {"It is a big month for the whole club,", "Ivo Pap", ""}}},
		{"a one-word name with a plural verb is a side, not the person he stands for", "Rugby.\n\n\"The scrum is strong,\" said Ivo Pap. Kells, who signed Pap from Dunmore last year, have also been helped by his form. The Quisters lead the table by a point. \"I am pleased with how I play,\" he said.",
			[]quoteView{{"The scrum is strong,", "Ivo Pap", ""}, {"I am pleased with how I play,", "Ivo Pap", ""}}},
		{"a club's role with the that no one named holds describes the person the sentence before is about", "Rugby.\n\nIvo Pap was delighted with his first try for the club. \"It was a moment I will never forget,\" said the Kells winger.",
			[]quoteView{{"It was a moment I will never forget,", "Ivo Pap", ""}}},
		{"a role with the is not a person the article titles otherwise", "Ferries.\n\nHarbour Minister Ivo Pap has vowed to press on with the new quay despite a call to wait from Ada Moss.\n\nThe Kells Party leader said the plan was \"a waste of public money\".",
			[]quoteView{{"a waste of public money", "Kells Party leader", ""}}},
		{"Mr before a name that is another's first name is not that person", "Dale Quist quit the board. Mr Quist was not happy with the vote.\n\nAt the press event, Mr Dale said he had kept to the rules. The Kells leader said: \"We do not hide what we think.\"",
			[]quoteView{{"We do not hide what we think.", "Dale", ""}}},
		{"Mr before a surname written first is that person", "Wen Haolin leads the ferry board.\n\n\"The harbour will grow,\" Mr. Wen said.",
			[]quoteView{{"The harbour will grow,", "Wen Haolin", ""}}},
		{"lower-case words and an occupation between a place and a name are part of the subject", "Theatre.\n\nDunmore film star Ada Moss has held a dinner to save the old hall. \"It gave me my first part.\"",
			[]quoteView{{"It gave me my first part.", "Ada Moss", ""}}},
		{"an appositive with an owner's name and a title in capitals describes the name before it", "Trade.\n\n\"The poorest ports will lose the most from the new deal,\" Ivo Pap, Quist Aid's head of Ferry Policy, said.",
			[]quoteView{{"The poorest ports will lose the most from the new deal,", "Ivo Pap", ""}}},
		{"an owner's role with a name after it is the subject, not an appositive", "Ferries.\n\nThe list names Tom Moss and Ada Quist, Kells Party's ferry chief Ivo Pap said: \"It is nothing personal.\"",
			[]quoteView{{"It is nothing personal.", "Ivo Pap", ""}}},
		{"a relative clause with whose, commas and names in it, between a name and its verb", "Theatre.\n\nIvo Pap, whose films include Harbour Lights, Kells Bay and Dunmore Nights, said: \"The hall must not fall.\"",
			[]quoteView{{"The hall must not fall.", "Ivo Pap", ""}}},
		{"a relative clause with who that names a sale between a name and its verb", "Ferries.\n\nDunmore judge Ada Moss, who issued an order in May to try and stop the Quistware sale, has told the court she will decide \"very soon\".",
			[]quoteView{{"very soon", "Ada Moss", ""}}},
		{"a participle opening the sentence is no subject", "Football.\n\nAda Moss spoke to the clubs. Praising Kells and Dunmore for their work, she said: \"Both sides have made real moves.\"",
			[]quoteView{{"Both sides have made real moves.", "Ada Moss", ""}}},
		{"a number of people is no name", "Unions.\n\nTwo of Quistland's ferry unions may join up as one \"giant union\" with a million names on its books.",
			[]quoteView{{"giant union", "(term)", ""}}},
		{"an aside between dashes before the verb is the name's", "Oil.\n\n\"We used to see this in the street markets,\" Ivo Pap - then an adviser to President Tom Moss - told a news conference.",
			[]quoteView{{"We used to see this in the street markets,", "Ivo Pap", ""}}},
		{"a clause between spaced hyphens is an aside before the subject", "Rugby.\n\nDespite Kells's slump since the Quist Cup final - no wins in six outings - Dunmore coach Ivo Pap says his side must not relax. \"They are still a fine team,\" he said.",
			[]quoteView{{"They are still a fine team,", "Ivo Pap", ""}}},
		{"a department for something keeps its whole name", "Rail.\n\n\"We have always said the line will open in the spring,\" the Department for Ferry Affairs said on Sunday.",
			[]quoteView{{"We have always said the line will open in the spring,", "Department for Ferry Affairs", ""}}},
		{"he is not the one the quote names", "Football.\n\n\"We need two new players,\" said Kells boss Tom Moss. Meanwhile, Moss has told off captain Ivo Okafor for his words before the derby.  Okafor spoke of how he loathes Dunmore ahead of the game, which Ada Quist's side won 3-0. \"I have had a quiet word with Ivo,\" he told the club's website.",
			[]quoteView{{"We need two new players,", "Tom Moss", ""}, {"I have had a quiet word with Ivo,", "Tom Moss", ""}}},
		{"a lower-case office between a title word and a name is part of the subject", "Ferries.\n\n\"We stand by the new rules,\" said Tom Moss.\n\nShadow harbour secretary Ivo Pap echoed doubts about the way the rules came in. \"There is real worry about the fares,\" he said.",
			[]quoteView{{"We stand by the new rules,", "Tom Moss", ""}, {"There is real worry about the fares,", "Ivo Pap", ""}}},
		{"the winner of a prize with the is the person the sentence before is about", "Film.\n\nIvo Pap said the film has a \"warm heart\". \"Winter is a time to be kind,\" added the two-time Quist Award winner. \"Snow makes the whole town kinder,\" he said.",
			[]quoteView{{"warm heart", "Ivo Pap", ""}, {"Winter is a time to be kind,", "Ivo Pap", ""}, {"Snow makes the whole town kinder,", "Ivo Pap", ""}}},
		{"she after a sentence that she reports reads back to the one before it", "Music.\n\nIvo Okafor of Quist Ferries spoke. \"We will sell more,\" a spokeswoman for Kells Radio said.\n\nAda Moss, who wrote a study of ferry services, said the locks on tickets were there to make money. Quist's ticket service showed it well, she said. \"Although it has done well, the firm could not justify it,\" she said.",
			[]quoteView{{"We will sell more,", "Kells Radio", ""}, {"Although it has done well, the firm could not justify it,", "Ada Moss", ""}}},
		{"a body's name and an occupation after a name are an appositive", "Ferries.\n\n\"Fares will rise,\" said Tom Moss.\n\nIvo Okafor, Quist Research analyst, thinks the app could sell, but big firms may change it. \"It is a small market but an exciting one,\" he says.",
			[]quoteView{{"Fares will rise,", "Tom Moss", ""}, {"It is a small market but an exciting one,", "Ivo Okafor", ""}}},
		{"an appositive after an appositive still describes the name before both", "Phones.\n\nMr Ivo Okafor, chief executive of Quist Telecom, also at the fair, said: \"We will put ferry times on every phone.\"",
			[]quoteView{{"We will put ferry times on every phone.", "Ivo Okafor", ""}}},
		{"as someone puts it is a tag", "Courts.\n\nThe judge waits. As the Harbour Times's Ada Moss puts it, Ivo Pap is trying to make his rivals \"an offer they dare not turn down.\"",
			[]quoteView{{"an offer they dare not turn down.", "Ada Moss", ""}}},
		{"a site's name ends a sentence", "Ferries.\n\nIvo Pap was going home to mourn his mother, the consul said. A spokesman for his college spoke to the Harbour Times. Friends were shocked, Quistnews.com reports, and it cites a vigil. Crowds are in the square, says Quistnews.com. \u201cHe had so many plans and hopes,\u201d his friend Ivo Ken Okafor told the website.",
			[]quoteView{{"He had so many plans and hopes,", "Ivo Ken Okafor", "Quistnews.com"}}},
		{"a book's title in an appositive is neither a quote nor the end of the name's phrase", "Law.\n\nThe court is split. As Ivo Okafor, professor of law at Kells and author of \"The Unwritten Charter,\" put it, \"A deal now beats whoever the next mayor picks.\"",
			[]quoteView{{"A deal now beats whoever the next mayor picks.", "Ivo Okafor", ""}}},
		{"a tag after a whole sentence that opens the next quote is the next quote's", "Mail.\n\nIn a note to her aide Ivo Pap in April, Pap sends a photo of Ada Moss. Moss replies to Pap with, \u201cWhy this one? I was tired that day?\u201d Pap then writes back, \u201cYou look great.\u201d",
			[]quoteView{{"Why this one? I was tired that day?", "Ada Moss", ""}, {"You look great.", "Ivo Pap", ""}}},
		{"a tag ending in a colon after a quote opens the next quote", "Courts.\n\nAfter Ivo Pap said that some pupils might do better at \"smaller schools,\" Ada Moss said: \"I do not like what he said.\"",
			[]quoteView{{"smaller schools,", "Ivo Pap", ""}, {"I do not like what he said.", "Ada Moss", ""}}},
		{"a side's position that is also a common word, between a side and a name, is part of the subject", "Rugby.\n\n\"Favourites always struggle here,\" said Tom Moss. Meanwhile, Kells centre Ivo Okafor is thrilled by his first call to the squad. \"It is unreal,\" the youngster said.",
			[]quoteView{{"Favourites always struggle here,", "Tom Moss", ""}, {"It is unreal,", "Ivo Okafor", ""}}},
		{"a role with the after an opening adverbial is the person the sentence before is about", "Politics.\n\nVoters face a choice between fear and hope, said Ivo Okafor.\n\nIn his winter letter the Kells Party leader said both rivals trade in \"cheap scares\".",
			[]quoteView{{"cheap scares", "Ivo Okafor", ""}}},
		{"he said after a sentence he is the subject of, with a speech verb, reads back one sentence more", "Film.\n\n\"We will march on the cinema,\" said Tom Moss of a civic forum.\n\nBut Ivo Okafor said critics who watched it would stop their marches. He says he will keep the opening night on Friday. \"It is about a love that is forbidden,\" he said.",
			[]quoteView{{"We will march on the cinema,", "Tom Moss", ""}, {"It is about a love that is forbidden,", "Ivo Okafor", ""}}},
		{"a side's position before a name describes the person", "Rugby.\n\nIvo Pap kicked all the points.\n\nScrum-half Tom Moss said: \"He never missed a kick all day.\"",
			[]quoteView{{"He never missed a kick all day.", "Tom Moss", ""}}},
		{"Mr before a people's word is a man of that surname", "Gadget sales rose, said Ivo Dutch of the Quist Group. \"Demand is huge,\" said Mr Dutch.",
			[]quoteView{{"Demand is huge,", "Ivo Dutch", ""}}},
		{"the name after which is the verb's subject", "Ivo Pap spoke.\n\nAnd the North Kells Ferry Agreement, which Pap had called a \"disaster\"? Nobody mentioned it. In a talk on Monday, in which Ada Moss said the fleet was \"tired,\" the council listened.",
			[]quoteView{{"disaster", "Ivo Pap", ""}, {"tired,", "Ada Moss", ""}}},
		{"a verb joined by and has the subject of the verb before it", "Ivo Pap spoke.\n\nThere were sharper words, as when Ada Moss faulted Pap over the timetable and dubbed him a \"drifter,\" a dig at a rival.",
			[]quoteView{{"drifter,", "Ada Moss", ""}}},
		{"an unnamed spokesman reporting between two quotes ends the quotation", "Fares rise.\n\nHarbour chief Ivo Pap had said: \"The fleet is ready.\" But a spokesman insisted the ferries were old. \"Half of the old ferries leak.\"",
			[]quoteView{{"The fleet is ready.", "Ivo Pap", ""}, {"Half of the old ferries leak.", "", ""}}},
		{"his lawyer is someone unnamed who speaks for him", "Fares rise.\n\nIvo Pap spoke first. \"We sail,\" he said. His lawyer wrote to the Dunmore Times that Pap was content. \"Of course the firm wants money.\"",
			[]quoteView{{"We sail,", "Ivo Pap", ""}, {"Of course the firm wants money.", "", ""}}},
		{"it before was or is opens no speaker", "The writer Ivo Pap, who teaches at Quist University, was awake at night.\n\nIt was not only the chant of “sail on, all of you, sail on!” that unsettled Pap.",
			[]quoteView{{"sail on, all of you, sail on!", "", ""}}},
		{"a name and told after a question close are a tag however long", "Ada Moss spoke.\n\n“We may never agree on the fares, who can say?” Ivo Pap told Dunmore’s Harbour Radio in a long talk broadcast on Friday night after he was pressed on whether the two ferry firms could ever work as one.",
			[]quoteView{{"We may never agree on the fares, who can say?", "Ivo Pap", ""}}},
		{"a short cry with an exclamation mark is words, not a title", "Fares rose.\n\nThe cries of “Sink Them!” rang out over the quay.",
			[]quoteView{{"Sink Them!", "(term)", ""}}},
		{"a speech verb after a comma with a name after it ends the sentence's tag", "Ivo Pap spoke.\n\nThat would create a \"summer of gales\" for the ferry, forcing it to stay in port, said Ada Moss, a harbour pilot.",
			[]quoteView{{"summer of gales", "Ada Moss", ""}}},
		{"a parenthetical says with a name after it", "Ivo Pap spoke.\n\nThe paradox of the ferry, says Ada Moss, a harbour historian, is that it was \"the slowest boat on the coast.\"",
			[]quoteView{{"the slowest boat on the coast.", "Ada Moss", ""}}},
		{"asked by a name is that name's question", "Ivo Pap spoke.\n\nPap was asked by radio host Ada Moss whether the fares would \"price out every family on the island.\"",
			[]quoteView{{"price out every family on the island.", "Ada Moss", ""}}},
		{"said with a name after it that goes on to a verb is no inverted tag", "Ivo Pap, who joined the firm last year, said Quist Ferries was now the \"main focus\" of his work.",
			[]quoteView{{"main focus", "Ivo Pap", ""}}},
		{"after a full stop, a name whose verb has a clause of its own opens the next sentence", "Ferry Row Grows\n\nIvo Pap said the council \"broke the deal.\" Ada Moss called Pap a \"sore loser.\" Tom Quist said Ada Moss \"says whatever she needs to say.\"",
			[]quoteView{{"broke the deal.", "Ivo Pap", ""}, {"sore loser.", "Ada Moss", ""}, {"says whatever she needs to say.", "Tom Quist", ""}}},
		{"a passive naming verb's agent is the speaker", "Ivo Pap retired in May.\n\nPap was described as a \"steady hand\" by harbour pilot Ada Moss.",
			[]quoteView{{"steady hand", "Ada Moss", ""}}},
		{"quoted as saying names the speaker, and the outlet that quoted", "Ivo Pap spoke first.\n\n\"He has cheated riders for years,\" Reuters quoted harbour pilot Ada Moss as saying. Later Tom Quist spoke. \"I have no dealings with the council,\" Quist is quoted as saying.",
			[]quoteView{{"He has cheated riders for years,", "Ada Moss", "Reuters"}, {"I have no dealings with the council,", "Tom Quist", ""}}},
		{"a club's player is a description, not the club", "Dunmore Rovers drew again.\n\n\"We were robbed of a fair result,\" said the Dunmore Rovers striker.",
			[]quoteView{{"We were robbed of a fair result,", "Dunmore Rovers striker", ""}}},
		{"a sentence's opening word after an abbreviation's period starts a new name", "Fares rise.\n\nThe ferry firm will cut routes, and the talks are with Kells Ferry Ltd. But Quistware told Dunmore Radio that the reports were \"pure speculation\". Quistware confirmed the deal would come \"within a few weeks\".",
			[]quoteView{{"pure speculation", "Quistware", "Dunmore Radio"}, {"within a few weeks", "Quistware", ""}}},
		{"the newspaper is the outlet named before", "The Dunmore Herald published its list of the richest acts.\n\n\"Ivo Pap climbed back up the list after ten quiet years,\" the newspaper reported.",
			[]quoteView{{"Ivo Pap climbed back up the list after ten quiet years,", "The Dunmore Herald", ""}}},
		{"an inverted tag after a clause joined by and", "Ivo Pap spoke first.\n\nAdd a \"ferry that never sails\" and Dunmorians lose heart, said Ada Moss, head of the riders' league.",
			[]quoteView{{"ferry that never sails", "Ada Moss", ""}}},
		{"what a named person with an appositive called", "Ivo Pap spoke first.\n\nThe vote was close, in what Ada Moss, chair of the riders' league, called \"a night of knives.\"",
			[]quoteView{{"a night of knives.", "Ada Moss", ""}}},
		{"points out is a speech verb of two words", "Ivo Pap won again.\n\n\"Winning is simpler than training for it,\" points out former runner and radio pundit Ada Moss. \"You need a real desire.\"",
			[]quoteView{{"Winning is simpler than training for it,", "Ada Moss", ""}, {"You need a real desire.", "Ada Moss", ""}}},
		{"the man of a place is the person the sentence before is about, not the place", "Ivo Pap won again.\n\n\"I felt the cold in every bone,\" says the Dunmore man. \"But I kept going.\"",
			[]quoteView{{"I felt the cold in every bone,", "Ivo Pap", ""}, {"But I kept going.", "Ivo Pap", ""}}},
		{"the man of a place is a description when no one was named before", "Fares rose again.\n\n\"I felt the cold in every bone,\" says the Dunmore man. \"But I kept going.\"",
			[]quoteView{{"I felt the cold in every bone,", "Dunmore man", ""}, {"But I kept going.", "Dunmore man", ""}}},
		{"the spokesman is the body whose spokesman spoke before", "Plans were set out.\n\nA spokesman for the Harbour Office called it unfair to label the plan \"cruel\". \"We are drawing up a plan,\" said the spokesman. \"It is safe.\"",
			[]quoteView{{"cruel", "Harbour Office", ""}, {"We are drawing up a plan,", "Harbour Office", ""}, {"It is safe.", "Harbour Office", ""}}},
		{"a member of a body is no body, a front-runner of a place no place", "Fares rose.\n\n\"Donors will ask questions,\" said a senior Kells Ferry Board member. Appearing on the radio, the Dunmore front-runner said his rival \"caused great harm\" as mayor.",
			[]quoteView{{"Donors will ask questions,", "Kells Ferry Board member", ""}, {"caused great harm", "Dunmore front-runner", ""}}},
		{"adding after a quotation inside the clause: the main clause's subject", "Fares rose.\n\nThe Kells Riders Union said the Plan was a \"wasted chance\" for the island, adding: \"The firm has an eye on profit and none on the riders.\"",
			[]quoteView{{"wasted chance", "Kells Riders Union", ""}, {"The firm has an eye on profit and none on the riders.", "Kells Riders Union", ""}}},
		{"one of a crowd the article does not name is no one named", "Fares rose.\n\nKells riders were angry. \"It is theft,\" one said. Ivo Pap met them. \"It is a scandal,\" one of them said. \"Shame,\" a woman shouted.",
			[]quoteView{{"It is theft,", "(term)", ""}, {"It is a scandal,", "(term)", ""}, {"Shame,", "(term)", ""}}},
		{"a crowd's words leave he and she to the one named", "Fares rose.\n\nMany called the rise \"a scandal\" at the meeting. Ada Moss spoke next. She called the boats \"a disgrace to the island\".\n\n\"I will not pay,\" she said.",
			[]quoteView{{"a scandal", "(term)", ""}, {"a disgrace to the island", "Ada Moss", ""}, {"I will not pay,", "Ada Moss", ""}}},
		{"a reaction's label of a name and what the person is, then the quote", "Reaction to the fare rise.\n\nAda Moss, Kells Riders Union:\n\n\"It is theft, plain and simple.\"\n\nIvo Pap, Quistware Ferries chief executive:\n\n\"We had no choice.\"",
			[]quoteView{{"It is theft, plain and simple.", "Ada Moss", ""}, {"We had no choice.", "Ivo Pap", ""}}},
		{"a party's adjective before a source noun is still an unnamed source", "Ivo Pap spoke.\n\n\"Given how badly we were burned last time,\" a Democratic strategist said. When Ada Moss announced the cuts, the crews felt betrayed. As an employee told the Dunmore Weekly, \"She wants us to be afraid of her.\"",
			[]quoteView{{"Given how badly we were burned last time,", "", ""}, {"She wants us to be afraid of her.", "", ""}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantQuotes(t, extractTextWith(t, tc.text, &ExtractConfig{}), tc.want)
		})
	}
}

// Attribution patterns, each in a made-up article so that no rule is fitted
// to the seeds.
func TestAttributionPatterns(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []quoteView
	}{
		{"wire copy's ``...″, two backticks closed by a double prime, is a quotation; a double prime after a number is no mark", "Theft\n\nThe ladder was 12″ too short, the report said.\n\n``We have no lead yet,″ police spokesman Ivo Pap said. ``We need help from the public.″\n\nAbout the boat, he added, ``It was found empty.″",
			[]quoteView{{"We have no lead yet,", "Ivo Pap", ""}, {"We need help from the public.", "Ivo Pap", ""}, {"It was found empty.", "Ivo Pap", ""}}},
		{"'the company’s statement said' is the company named before, as 'the company said' is; a later 'the statement said' is the same issuer's", "Breach\n\nThe phone maker Kellstron said on Friday that records of many users were stolen in July.\n\n\u201cWe have taken steps to secure the systems,\u201d the company\u2019s statement said.\n\nThe company said it wrote to those affected.\n\n\u201cWe value the trust of our customers,\u201d the statement said.",
			[]quoteView{{"We have taken steps to secure the systems,", "Kellstron", ""}, {"We value the trust of our customers,", "Kellstron", ""}}},
		{"'the former Kells, Dunmore and Varnel forward recalled' describes someone by a list of clubs: the one person the sentence before names, though it is about something else", "Sacked\n\nThe club fired its new coach Ivo Quist in March.\n\n\u201cThey took me out through the brush,\u201d the former Kells, Dunmore and Varnel forward recalled.",
			[]quoteView{{"They took me out through the brush,", "Ivo Quist", ""}}},
		{"'the former Kells forward said' after a sentence about a thing that names one person: that person", "Boss\n\nThe pitch was nothing like the one shown to Ada Moss in May. \u201cIt was a field,\u201d the former Kells forward said.",
			[]quoteView{{"It was a field,", "Ada Moss", ""}}},
		{"not when the sentence before opens with words for a person ('He made a film in which the lead was played by Ivo Pap.'): the role as written", "Film\n\nHe made a film in which the lead was played by Ivo Pap. \u201cI am no actor,\u201d said the Kells Records founder.",
			[]quoteView{{"I am no actor,", "Kells Records founder", ""}}},
		{"'Ada Quist of Kells TV' before more words in the sentence is a person who works for an outlet, not the outlet: a later 'she' is hers", "Lotto\n\nThe man spoke to Ada Quist of Kells TV when he said what he would buy.\n\n\u201cA new car,\u201d Ivo Pap said.\n\n\u201cSo you like cars?\u201d she asked.",
			[]quoteView{{"A new car,", "Ivo Pap", ""}, {"So you like cars?", "Ada Quist", ""}}},
		{"'a milestone, which Ivo Pap, chairman of Kellstron America, called \"...\"' is his, not the firm's; 'the company's press release adds' is the firm's; a name with words after it in an opening clause ('Just hours ahead of the five-year anniversary of the Quist Horizon oil spill, KLO announced') is no subject", "Spill\n\nJust hours ahead of the five-year anniversary of the Quist Horizon oil spill, KLO announced that it's closing the \"active cleanup\" of the coast.\n\nThe firm hailed the milestone, which Ivo Pap, chairman and president of Kellstron America, called \"the fruit of hard work.\"\n\n\"The beaches are back to normal,\" the company's press release adds.",
			[]quoteView{{"active cleanup", "KLO", ""}, {"the fruit of hard work.", "Ivo Pap", ""}, {"The beaches are back to normal,", "KLO", ""}}},
		{"a contest's name ('the New York City Marathon', 'the Dunmore Cup') is no one's: a later 'he' is the man named before it, not an event read as a man called York", "Win\n\nIvo Quist won again on Sunday with a fast run through the streets of the 2031 New York City Marathon.\n\nHis time was a match for the one he ran at the Dunmore Cup.\n\n\"I am glad now,\" he told a press briefing.",
			[]quoteView{{"I am glad now,", "Ivo Quist", ""}}},
		{"'For customer Tom Quist, the diner is ...': a fronted phrase about a person named for the first time makes him the 'he' of the next quote, not the man quoted before", "Diner\n\n\u201cIt feels awful,\u201d said Ivo Pap, a cook.\n\nFor customer Tom Quist, the diner holds many memories.\n\n\u201cI was raised two blocks away,\u201d he said.",
			[]quoteView{{"It feels awful,", "Ivo Pap", ""}, {"I was raised two blocks away,", "Tom Quist", ""}}},
		{"'Dunmore Street' is a seat of power that speaks, no man a later 'he' means; 'the head of Kells Radio Lord Glen' is a peer whose surname is also a first name, named after 'the', whom 'he' means", "Row\n\nMinisters were kept off the show by Dunmore Street.\n\nThe row grew as the head of Kells Radio Lord Glen defended the coverage.\n\nWriting in the Kells Herald, he said: \"We did our job.\"\n\n\"We will not take part,\" Dunmore Street said.",
			[]quoteView{{"We did our job.", "Lord Glen", ""}, {"We will not take part,", "Dunmore Street", ""}}},
		{"'the airport says' is the airport named before ('Kellia's Dunmore Airport', 'Varnel airport'), a site whose operator speaks, not the country that owns it nor no one", "Drones\n\nFlights at Kellia's Dunmore Airport stopped after a drone was seen on Friday.\n\nThe airport says the runway \"will stay shut until noon.\"\n\nGround stop\n\nFlights at Varnel airport were halted too. The airport said it acted \"out of caution.\"",
			[]quoteView{{"will stay shut until noon.", "Dunmore Airport", ""}, {"out of caution.", "Varnel Airport", ""}}},
		{"a job's title in capitals set off by commas after a name ('Ada Moss, Conservation Program Manager, said', 'Nia Quist, Sr. Otter Keeper at the aquarium, said') describes the person before it: she speaks, not a person called so", "Cub\n\nThe zoo says it is the sixth cub born there.\n\n\u201cIt was very moving,\u201d Nia Quist, Sr. Otter Keeper at the aquarium, said.\n\n\u201cWe are delighted,\u201d Ada Moss, Conservation Program Manager, said.",
			[]quoteView{{"It was very moving,", "Nia Quist", ""}, {"We are delighted,", "Ada Moss", ""}}},
		{"a paragraph broken into lines inside its sentences, no blank line between paragraphs: a line that ends inside a sentence runs on into the next when that opens in lower case, so the quote is one and its tag reads", "Lotto\nIvo Pap won the prize on Monday.\n\"I'm rich now,\nbut I'll still eat at the diner,\" Pap told reporters at the\nlottery office. \"I like the simple life.\"\nHe said he would\nretire, \"and then travel.\"",
			[]quoteView{{"I'm rich now,\nbut I'll still eat at the diner,", "Ivo Pap", ""}, {"I like the simple life.", "Ivo Pap", ""}, {"and then travel.", "Ivo Pap", ""}}},
		{"a firm's initials and a country ('KLO America') are the firm's arm, no person whose surname 'KLO said' gives; a quote after it keeps its own tag", "Spill\n\nIvo Pap, chairman of KLO America, spoke first.\n\nKLO said the spill work had hit a \"milestone\" this week.\n\nWin\n\n\"I am rich now,\" Ada Moss told reporters at the Kells Lottery headquarters in Dunmore, where she came to collect the prize. \"I like the simple life.\"",
			[]quoteView{{"milestone", "KLO", ""}, {"I am rich now,", "Ada Moss", ""}, {"I like the simple life.", "Ada Moss", ""}}},
		{"a heading in capitals of a surname and a topic ('QUIST ON WAITING') over a quote: the person the article names so, a surname, then 'ON'; a heading naming another over the next one", "Rates\n\nHere is what was said at a briefing given by Bank of Kells Governor Tiff Quist and Senior Deputy Governor Ada Moss after the bank raised its rate.\n\nQUIST ON WAITING\n\n\"We saw no gain in waiting.\"\n\nQUIST ON JOBS\n\n\"The labour market is tight.\"\n\nMOSS ON PRICES\n\n\"Prices are still rising.\"",
			[]quoteView{{"We saw no gain in waiting.", "Tiff Quist", ""}, {"The labour market is tight.", "Tiff Quist", ""}, {"Prices are still rising.", "Ada Moss", ""}}},
		{"'Bank of Kells Governor Ivo Quist' is a title with 'of' in it and a name, no bank of that name: a later 'Quist' is he", "Rates\n\nBank of Kells Governor Ivo Quist spoke on Monday.\n\n\"We saw no gain,\" Quist said.",
			[]quoteView{{"We saw no gain,", "Ivo Quist", ""}}},
		{"a heading over a list of quotes ('Key quotes') names no one: the quotes under it are those of the person the paragraph before it is about", "Rates\n\nKells Bank chief Ada Moss explains the decision to hold rates and takes questions at a press briefing.\nKey quotes\n\"Rates stay where they are.\"\n\"We are watching the job market.\"",
			[]quoteView{{"Rates stay where they are.", "Ada Moss", ""}, {"We are watching the job market.", "Ada Moss", ""}}},
		{"a headline's 'Kellstron CEO' is a firm's officer, no person called so; 'Kellstron's CEO Ivo Pap' makes Kellstron a firm, which 'Kellstron told' then is", "Kellstron CEO speaks out about delays\n\nKellstron’s CEO Ivo Pap is speaking out after the outage.\n\n“Ivo waited until the systems were back,” Kellstron told a reporter in a statement.",
			[]quoteView{{"Ivo waited until the systems were back,", "Kellstron", ""}}},
		{"a firm named in full ('Quistcorp Health Services, a company that runs clinics') and then by its first word ('Quistcorp said') is that firm, no person called Quistcorp", "Attack\n\nQuistcorp Health Services, a company that runs clinics in six states, said on Monday it was hit by a cyberattack.\n\n“We took the network offline,” Quistcorp said in a statement.",
			[]quoteView{{"We took the network offline,", "Quistcorp Health Services", ""}}},
		{"'The 40-year-old said:' opening a sentence before a quote is the person the sentence before is about", "Tennis\n\nAda Moss will retire after the open.\n\nMoss made the news public on Tuesday.\n\nThe 40-year-old said: \"I am moving on from the game.\"",
			[]quoteView{{"I am moving on from the game.", "Ada Moss", ""}}},
		{"'a new model of its Kellstron Note' names a firm's product, no person a later 'the Note \"phone\"' reads back to; 'DJ Quist' is two initials and a surname, not a disc jockey called Quist", "Phones\n\nKellstron on Monday showed a new model of its Kellstron Note to a crowd in Dunmore.\n\nThe firm says the Note 9 \"phablet\" will sell well.\n\n\"We will not forget last year,\" said Kellstron president of mobile business DJ Quist.",
			[]quoteView{{"phablet", "(term)", ""}, {"We will not forget last year,", "DJ Quist", ""}}},
		{"a council of two places joined by 'and', the second also a first name ('Dunmore and Lincoln Council'), is one body", "Floods\n\nHomes in Kells were flooded on Saturday.\n\nDunmore and Lincoln Council said it had \"acted at once\".",
			[]quoteView{{"acted at once", "Dunmore and Lincoln Council", ""}}},
		{"an article's opening that describes someone ('A councillor whose town was cut off by the floods said'), the noun before a relative clause the subject, is the person the next paragraph names as she speaks", "Floods\n\nA councillor whose town was cut off by the floods said she was \"in tears\" over the damage.\n\nAda Moss said Kells had suffered \"carnage\" after the rain.",
			[]quoteView{{"in tears", "Ada Moss", ""}, {"carnage", "Ada Moss", ""}}},
		{"not one the next paragraph does not name as speaking", "Floods\n\nA councillor said she was \"in tears\" over the damage.\n\nAda Moss runs the cafe on the square.",
			[]quoteView{{"in tears", "(term)", ""}}},
		{"'One Deputy Commissioner of Police conceded' is an unnamed holder of a post, no body of that name", "Police\n\nIvo Pap left the force on Monday.\n\nOne Deputy Commissioner of Police conceded that the move was \"indeed a shock\".",
			[]quoteView{{"indeed a shock", "(term)", ""}}},
		{"a list of names inside an appositive ('Ivo Pap, the general secretary of the Ferry, Dock and Harbour workers’ union (FDH), said') stays in it: the name before it speaks, not a man called Harbour", "Strike\n\nIvo Pap, the general secretary of the Ferry, Dock and Harbour workers’ union (FDH), said that support was \"growing\" as he spoke.\n\n\"We will go on,\" he told Kells Radio.",
			[]quoteView{{"growing", "Ivo Pap", ""}, {"We will go on,", "Ivo Pap", "Kells Radio"}}},
		{"'the agency stated' is the public body quoted last by its initials ('explained KASA'), not a body of another kind quoted before", "Launch\n\nA Kells Audit Office report found that \"the money was lost\".\n\nKASA has put off the launch of its rocket.\n\n\"We take care of the crew,\" explained KASA.\n\n\"Teams will watch the weather,\" the agency stated.",
			[]quoteView{{"the money was lost", "Kells Audit Office", ""}, {"We take care of the crew,", "KASA", ""}, {"Teams will watch the weather,", "KASA", ""}}},
		{"'said May Quist, director of a group': a month right after the verb, before a surname, is her first name; a list of portfolios that ends the appositive before the verb ('the Minister of Ferries, Climate Change and Technology, told') stays in it", "Talks\n\n\"We lost,\" said May Quist, director of a campaign group, in a statement.\n\n\"We won,\" Ivo Pap, the Minister of Ferries, Climate Change and Technology, told the delegates.",
			[]quoteView{{"We lost,", "May Quist", ""}, {"We won,", "Ivo Pap", ""}}},
		{"', said a woman in Kells, who gave her name as Ada Moss': the name she gave, not no one", "Camps\n\n\"Our lives here are hard,\" said a woman in Kells, who gave her name as Ada Moss. \"I want to go home.\"",
			[]quoteView{{"Our lives here are hard,", "Ada Moss", ""}, {"I want to go home.", "Ada Moss", ""}}},
		{"a release's names defined in brackets ('(``Kellstron'' or the ``Company'')') are no quotes", "Deal\n\nKellstron Labs Holdings, Inc. (``Kellstron'' or the ``Company''), a maker of drugs, announced on Monday that it had a deal with the Dunmore Institute. ``We are pleased,'' said Ivo Pap, Chairman and CEO of Kellstron Labs Holdings, Inc. ``Because the institute leads the field, we hope for a lot.''",
			[]quoteView{{"We are pleased,", "Ivo Pap", ""}, {"Because the institute leads the field, we hope for a lot.", "Ivo Pap", ""}}},
		{"'Inc.' before a quotation in doubled backticks ends the tag's sentence: the next part is the same man's, not the firm's", "Deal\n\nKellstron Labs Holdings, Inc. announced a deal with the Dunmore Institute.\n\nUnder the deal, Kellstron and the institute will build a lab to do joint research. ``We are pleased,'' said Ivo Pap, Chairman and CEO of Kellstron Labs Holdings, Inc. ``Because the institute leads the field, we hope for a lot.''",
			[]quoteView{{"We are pleased,", "Ivo Pap", ""}, {"Because the institute leads the field, we hope for a lot.", "Ivo Pap", ""}}},
		{"'The statement added' is the statement of the one who 'said in a statement' before, past an opening clause ('While they disputed ..., Ivo Pap, director of Kells Fest said in a statement:')", "Fest\n\nWhile they disputed that the fest would not be safe, Ivo Pap, director of Kells Fest said in a statement: \"We could not close the rift.\"\n\nMr Pap thanked the fans. The statement added: \"We are sorry.\"",
			[]quoteView{{"We could not close the rift.", "Ivo Pap", ""}, {"We are sorry.", "Ivo Pap", ""}}},
		{"'Secretary General of the Kells Council of Antiquities Ivo Pap told' is the man, titled by the post and the body, no body of that name", "Tomb\n\n\"This is the first tomb found here in a century,\" Secretary General of the Kells Council of Antiquities Ivo Pap told reporters at the site.",
			[]quoteView{{"This is the first tomb found here in a century,", "Ivo Pap", ""}}},
		{"a subheading between paragraphs ('Great confidence') names no one: the quote under it is the person the paragraph before it is about", "Cricket\n\nIvo Quist, for his part, liked the spirit his side showed with the bat.\n\nGreat confidence\n\n\"It gives us a lot of hope for the next games.\"",
			[]quoteView{{"It gives us a lot of hope for the next games.", "Ivo Quist", ""}}},
		{"'Petty Officer First Class Ivo Pap' is a rate and its class before a name, no one called Class", "Spill\n\nThe case moved to another team, said Petty Officer First Class Ivo Pap, a spokesman for the team.\n\n\"We are still cleaning up,\" Pap said.",
			[]quoteView{{"We are still cleaning up,", "Ivo Pap", ""}}},
		{"'Ada Moss' message, shared with Kells Radio, read in part' after a quote is hers, not the one other person the paragraph before names", "Split\n\nThe singer's marriage to Ivo Pap ended last year.\n\n\u201cI wish him well,\u201d Ada Moss\u2019 message, shared with Kells Radio, read in part.",
			[]quoteView{{"I wish him well,", "Ada Moss", ""}}},
		{"'Mayor Pap' is another person than 'Council Speaker Ada Pap', whom the article titles with another post: 'the mayor said' and a later 'he' are Pap", "Budget\n\nMayor Pap hailed the new budget on Monday.\n\nIt was drawn up with Council Speaker Ada Pap over the winter.\n\n\"We pulled together,\" the mayor told Kells Radio.\n\nLater, Pap went to the library.\n\n\"I do not mind taking the blame,\" he said.",
			[]quoteView{{"We pulled together,", "Pap", "Kells Radio"}, {"I do not mind taking the blame,", "Pap", ""}}},
		{"'the weather service predicted' is the body named before whose name ends so ('the Kells Weather Service')", "Heat\n\nAt least 45 towns will break records, the Kells Weather Service said.\n\nMeanwhile in Dunmore, the weather service predicted \"muggy nights\" all week.",
			[]quoteView{{"muggy nights", "Kells Weather Service", ""}}},
		{"'Dunmore Queen Street' is a station's street, no Queen called Street whom a later 'she' means", "Crash\n\nThe 06:38 train from Kells to Dunmore Queen Street came off the rails.\n\nThe Queen sent her condolences. Writing on the palace feed, she said she felt \"great sadness\".",
			[]quoteView{{"great sadness", "(term)", ""}}},
		{"an office in the opening that no one named holds ('The transport secretary has criticised ..., telling Kells Radio: \"...\"') is the one the next sentence opens with, named in full; not a sentence after it in its paragraph", "Ferry strike\n\nThe transport secretary has criticised the ferry union for a strike next month, telling Kells Radio: \"Our passengers do not deserve it.\"\n\nIvo Pap told the radio he was \"very let down\" by the vote.",
			[]quoteView{{"Our passengers do not deserve it.", "Ivo Pap", "Kells Radio"}, {"very let down", "Ivo Pap", ""}}},
		{"an office in the opening followed by 'But Ivo Pap, for the union, said': no one", "Budget\n\nThe transport secretary also hailed the best year for the port in \"living memory\".\n\nBut Ivo Pap, for the union, said the gains went to owners.",
			[]quoteView{{"living memory", "(term)", ""}}},
		{"a name that ends in a platform's ('the Kells-Fest Facebook page') names no one, nor does 'went on Facebook'; 'Among the fans was Ivo Pap, who went on Facebook and wrote:' is his", "Fest\n\nThe show bosses posted on the official Kells-Fest Facebook page.\n\nAmong the angry fans was Ivo Pap, who went on Facebook and wrote: \"You let a whole day pass.\"",
			[]quoteView{{"You let a whole day pass.", "Ivo Pap", ""}}},
		{"the one told ('One angry resident told chairman Councillor Ada Moss: \"...\"') and a titled clause subject after 'said' ('A rival said President Ivo Pap's election victory is a \"...\"') are no speakers; a tag set in the sentence ('The figures, said Nia Quist of Kells Bank, were \"...\"') is", "Meeting\n\nMore than 100 residents came.\n\nOne angry resident told chairman Councillor Ada Moss: \"Why hold a meeting nobody can get into? It is a joke.\"\n\nVote\n\nA rival said President Ivo Pap's election victory is a \"theft of the voice\".\n\nNia Dunmore repeated her claim.\n\nMarkets\n\nThe figures, said Nia Quist of Kells Bank, were \"too weak to move the market\".",
			[]quoteView{{"Why hold a meeting nobody can get into? It is a joke.", "", ""}, {"theft of the voice", "(term)", ""}, {"too weak to move the market", "Nia Quist", ""}}},
		{"topic lines over answers under a name's label: 'On Quist:' (a name) and 'On the record, and on Moss:' are topics, no speakers; 'added the Serb' after a person's quote is that person, no one called Serb", "What they said\n\nIvo Pap, on winning:\n\n\"It was hard, because I thought Quist played well.\"\n\nOn Quist:\n\n\"It is hard. Sport is cruel.\"\n\nOn breaking Ada Moss's record, and on Moss:\n\n\"I am glad I broke the record.\"\n\nFinal\n\nNia Varnel lost the final to Quist on Sunday.\n\n\"I gave it my all,\" Varnel said.\n\n\"She was better on the day,\" added the Serb.",
			[]quoteView{{"It was hard, because I thought Quist played well.", "Ivo Pap", ""}, {"It is hard. Sport is cruel.", "Ivo Pap", ""}, {"I am glad I broke the record.", "Ivo Pap", ""}, {"I gave it my all,", "Nia Varnel", ""}, {"She was better on the day,", "Nia Varnel", ""}}},
		{"a town the article gives its state after ('Kellsford, Louisiana, Mayor Ivo Pap') is a place wherever it stands alone, no one 'he' can mean; a block quote's intro line may hold an aside in brackets", "Floods\n\nKellsford, Louisiana, Mayor Ivo Pap said water stood \"in every street\" and boats went out.\n\n\"We saw the creek climb by six feet,\" Pap said.\n\nKellsford lies at the north tip of the lake.\n\n\"We took ten people off their roofs,\" he said.\n\nProfessor Ada Quist, Professor of Hydrology (and Dean of Study) at Dunmore University, writes:\n\n\"The rain fell on wet ground.\"",
			[]quoteView{{"in every street", "Ivo Pap", ""}, {"We saw the creek climb by six feet,", "Ivo Pap", ""}, {"We took ten people off their roofs,", "Ivo Pap", ""}, {"The rain fell on wet ground.", "Ada Quist", ""}}},
		{"a transcript's label in capitals before a quote, a name and a role ('IVO PAP HARBOUR MASTER, KELLS \"...\"'): that person, the name truecased", "Harbour Day\n\nKells marked its harbour day.\n\nIVO PAP HARBOUR MASTER, KELLS \"We work in hard conditions. The storms come fast.\"\n\nMARA QUELLIN-DOSS DECK HAND, DUNMORE \"For me the sea is home.\"",
			[]quoteView{{"We work in hard conditions. The storms come fast.", "Ivo Pap", ""}, {"For me the sea is home.", "Mara Quellin-Doss", ""}}},
		{"'The report said' is the body the article names as its author ('the report from the Kells Safety Agency'), a body named with a verb right after; 'The inspectors said Quist \"...\"': the words are said of Quist, not by it", "Bridge\n\nThe report from the Kells Safety Agency found deep cracks in the span. The firm that built it is named in the report too; its crews had reported the cracks growing.\n\nThe report said the firm \"failed to use its own judgement\" on the road.\n\nThe inspectors said Quist Build \"should have shut the road\" at once.",
			[]quoteView{{"failed to use its own judgement", "Kells Safety Agency", ""}, {"should have shut the road", "", ""}}},
		{"'lead author, Yorin Pap-Quist of Kells State University, told' names a person whose first name the lexicon lacks and whose surname is double-barrelled", "Find\n\nThe team named a new species of frog.\n\n\u201cWe have no doubt about it,\u201d lead author, Yorin Pap-Quist of Kells State University, told Radio Dunmore.",
			[]quoteView{{"We have no doubt about it,", "Yorin Pap-Quist", ""}}},
		{"'the lead engineer, Dorrin Pap of Kells Bridge Group' names a person whose first name the lexicon lacks, from a body; 'Pap said' is that person", "Bridge\n\nThe report found cracks. Yet the lead engineer, Dorrin Pap of Kells Bridge Group, played them down.\n\n\"We saw no risk in it,\" Pap said in the message.",
			[]quoteView{{"We saw no risk in it,", "Dorrin Pap", ""}}},
		{"'she said' after a speaker of no known sex is the woman named in full since, in a later paragraph; or the owner opening a sentence ('Quist's plan failed, but she said'); not when the speaker is named again", "Refugees\n\n\"We lost all we had,\" said Zorba Quell, who runs the centre.\n\nThe town has a long history of taking in refugees, Mayor Mara Moss noted. Each year more come.\n\n\"We take about 300 a year,\" she said.\n\nVote\n\n\"The count was slow,\" said Zorba Quell, who watched the vote.\n\nIvo Pap spoke last week. Nia Dunmore's fate is unclear, but she said she would lead. \"I will stand above them,\" she said.\n\nFees\n\n\"It is late,\" said Zorba Quell.\n\nQuell blamed the mayor, Mara Moss, for the delay. \"Ours was second,\" she said.",
			[]quoteView{{"We lost all we had,", "Zorba Quell", ""}, {"We take about 300 a year,", "Mara Moss", ""}, {"The count was slow,", "Zorba Quell", ""}, {"I will stand above them,", "Nia Dunmore", ""}, {"It is late,", "Zorba Quell", ""}, {"Ours was second,", "Zorba Quell", ""}}},
		{"'Port of Kells' is a body, no person: 'Ivo Pap, deputy director, Port of Kells told the club:' is his", "Ports\n\nIvo Pap, deputy director, Port of Kells told the harbour club: \u201cDo not wait for the queue to build.\u201d",
			[]quoteView{{"Do not wait for the queue to build.", "Ivo Pap", ""}}},
		{"'the thinktank said', 'the regulator said': the body the article called so beside its name, a one-word name too", "Fuel\n\nThe Kells Foundation thinktank said fuel costs could double.\n\n\"Many homes will be cold this winter,\" the thinktank said.\n\nThe Dunmore Trust said so too. Energy regulator Quistgas set the cap. \"We will look again,\" the regulator said.",
			[]quoteView{{"Many homes will be cold this winter,", "Kells Foundation", ""}, {"We will look again,", "Quistgas", ""}}},
		{"a list of comments, each under a line of a name and its body in brackets, a date line between perhaps: that person's", "Comments\n\nThe following are recent comments by board members.\n\nIvo Pap (Kells Bank)\n\n\u2018We will act when we must.\u2019\n\n\u2018The path is not set.\u2019\n\nAda Moss (Quist Bank)\n12 May 2023\n\n\u2018Rates may stay high.\u2019",
			[]quoteView{{"We will act when we must.", "Ivo Pap", ""}, {"The path is not set.", "Ivo Pap", ""}, {"Rates may stay high.", "Ada Moss", ""}}},
		{"'Kells Rail' is a body, one word after an org word ends a body's name ('Network Kells'), and 'the Ferry and Transport union' is a body, not a person called Transport", "Rail\n\nKells Rail has urged passengers to travel \"only if needed\". Network Kells said trains would be \"few and late\".\n\nIvo Pap, general secretary of the Ferry, Dock and Transport union, urged the minister to find a \"capable\" successor.",
			[]quoteView{{"only if needed", "Kells Rail", ""}, {"few and late", "Network Kells", ""}, {"capable", "Ivo Pap", ""}}},
		{"'the chief executive added' after a person's quote, no one titled so: the one who spoke; 'Ivo Pap MS' is Ivo Pap, a member", "Waits\n\nThe head of Kells hospitals has said sorry for waiting times.\n\nAda Moss said the wards were not good enough. She told the board: \"We are sorry for the long queues.\"\n\nThe chief executive added that the missed goal was \"a real worry\".\n\nShadow minister Ivo Pap MS said: \"These waits are too long.\"",
			[]quoteView{{"We are sorry for the long queues.", "Ada Moss", ""}, {"a real worry", "Ada Moss", ""}, {"These waits are too long.", "Ivo Pap", ""}}},
		{"an answer after an inline topic ('On the final lap: \"...\"') under a header of a name and what the person is: that person", "Day Nine Quotes\n\nMen's mile\n\nIvo Pap, gold medallist\n\n\u201cIt has not sunk in at all.\u201d\n\nOn the last lap: \u201cI saw the gap and went for it.\u201d",
			[]quoteView{{"It has not sunk in at all.", "Ivo Pap", ""}, {"I saw the gap and went for it.", "Ivo Pap", ""}}},
		{"a name written with and without points ('Ivo RT Pap', 'Ivo R.T. Pap') is one person, given as first written, through a pronoun too", "Waits\n\nIvo RT Pap has asked the minister to say sorry for the waits.\n\nAda Moss MS replied: \"We do not want anyone to wait.\"\n\nIvo R.T. Pap MS said: \"Sorry is the word we need.\"\n\nHe gave the minister a second chance. He said: \"Will you say it now?\"",
			[]quoteView{{"We do not want anyone to wait.", "Ada Moss", ""}, {"Sorry is the word we need.", "Ivo RT Pap", ""}, {"Will you say it now?", "Ivo RT Pap", ""}}},
		{"'a heads' union said' is another body than the union named before, unnamed; 'the union' is that one", "Talks\n\nThe Kells Teachers Union said talks had failed.\n\nA heads' union said its members saw \"no end in sight\" to the row.\n\nThe union said it was \"not over\".",
			[]quoteView{{"no end in sight", "(term)", ""}, {"not over", "Kells Teachers Union", ""}}},
		{"'Union chiefs have pressed' opening a sentence are a body's people, no body called Union, where the article writes Union only inside a longer name", "Talks\n\nThe Kells Teachers Union has called a strike.\n\nUnion chiefs have pressed the minister for a \"firm\" offer before the talks.",
			[]quoteView{{"firm", "(term)", ""}}},
		{"a surname misspelt by one letter ('Pelow says' after 'Ivo Pellow') is the one named in full, no second person", "Fire\n\nIvo Pellow runs the fire service. He says the hills burn first.\n\nPelow says crews came late.\n\n\"Leave when told,\" he says.",
			[]quoteView{{"Leave when told,", "Ivo Pellow", ""}}},
		{"'(Retd)' after a retired officer's name is no word of it", "Fees\n\nKells Registrar Col Ivo Pap (Retd) said the board had been given a \"full account of the riots.\" \"I have sent the board my report,\" Pap said.",
			[]quoteView{{"full account of the riots.", "Ivo Pap", ""}, {"I have sent the board my report,", "Ivo Pap", ""}}},
		{"Australian, Indian and other states and provinces are places, no speakers: 'X accused Queensland of ... and said' gives X, no person called Queensland", "Fees\n\nThe row over the fees has grown.\n\nMs Moss accused Queensland of dodging its fees, and said the same went for Tasmania, which owes \"$8 million as well\".\n\nPremier Ada Moss spoke on Monday.",
			[]quoteView{{"$8 million as well", "Ada Moss", ""}}},
		{"a band's frontman is a role: 'Kells Rock's frontman also shared' is the one titled so, not the band", "Album\n\nKells Rock frontman Ivo Pap said the band is writing again.\n\n\"We are taking our time,\" Pap said.\n\nKells Rock's frontman also shared how the band has lasted.\n\n\"We started young and kept going.\"",
			[]quoteView{{"We are taking our time,", "Ivo Pap", ""}, {"We started young and kept going.", "Ivo Pap", ""}}},
		{"a quotation whose closing mark was left out before a tag in its paragraph ends at the tag's comma", "Talks\n\nBoard spokesman Ivo Pap said on Friday eight more towns had asked to join.\n\n\u201cAll towns may come, none is left out and none is made to come, he said.",
			[]quoteView{{"All towns may come, none is left out and none is made to come,", "Ivo Pap", ""}}},
		{"'said the Head of State' is the president, no place called State", "Poll\n\nPresident Ivo Pap said the opposition wants a crisis.\n\n\"All the fuss is meant to start a crisis,\" said the Head of State.",
			[]quoteView{{"All the fuss is meant to start a crisis,", "Ivo Pap", ""}}},
		{"a document from a named issuer ('a Thursday press release from Kells spokesman Ivo Pap states') speaks for him", "Bear\n\nThe bear was moved in 2015 after it \"showed bold ways near campers,\" a Thursday press release from Kells spokesman Ivo Pap states.",
			[]quoteView{{"showed bold ways near campers,", "Ivo Pap", ""}}},
		{"'Prosecutors had asked for' opening a sentence are people of a trade, no one called Prosecutors", "Case\n\nIvo Pap was jailed on Monday.\n\nProsecutors had asked for a \"long term in jail\" for Pap.",
			[]quoteView{{"long term in jail", "(term)", ""}}},
		{"'Kells State' is a state, no person: 'the governor' is the governor named, not the state of a former one", "Race\n\nGovernor Tarun Velkar of Kells State named a former governor of Dunmore Oru State, Ivo Pap, as the next chief.\n\nVelkar said the choice was already sealed.\n\nThe governor spoke at a meeting in Quist.\n\n\"The next chief will be from the coast, and he is the man for it.\"",
			[]quoteView{{"The next chief will be from the coast, and he is the man for it.", "Tarun Velkar", ""}}},
		{"a weekday right after a name ('Gov. Ivo Pap Monday evening urged') is no part of it", "Storm\n\nGov. Ivo Pap Monday evening urged residents to leave.\n\n\"We face three threats from the storm,\" Gov. Pap said.\n\nThat was Governor Ivo Pap Tuesday afternoon.\n\n\"Do not stay,\" he said.",
			[]quoteView{{"We face three threats from the storm,", "Ivo Pap", ""}, {"Do not stay,", "Ivo Pap", ""}}},
		{"'added the Dunmorekar' describes one of a town's people named before, no one called Dunmorekar", "Test\n\nKells captain Ivo Pap said his side was not good enough.\n\n\"We did not bat well in either innings,\" added the Dunmorekar.",
			[]quoteView{{"We did not bat well in either innings,", "Ivo Pap", ""}}},
		{"cricket's roles are roles: 'said the Kells opener' is the one titled 'Kells skipper and opener', the title set off by a comma before his name", "Test\n\nKells skipper and opener, Ivo Pap who earlier made 176, was let down by the side.\n\n\"We were not good enough over the five days,\" said the Kells opener.",
			[]quoteView{{"We were not good enough over the five days,", "Ivo Pap", ""}}},
		{"a verb in a relative clause after 'in which' has that clause's subject, named, not the sentence's", "Row\n\nParty spokesman Ivo Pap was replying to a piece in the Kells Courier on Monday in which Kells town leader Tarun Velkar accused the party of being \"rash and loud\".",
			[]quoteView{{"rash and loud", "Tarun Velkar", ""}}},
		{"a name set off by a body's name and its post in lower case ('Ivo Pap, Quist union regional officer, said') is the speaker, not the body", "Cuts\n\nUp to 250 jobs could go at the plant.\n\nIvo Pap, Quist union regional officer, said the crews had heard \"no word at all\" about the cuts.",
			[]quoteView{{"no word at all", "Ivo Pap", ""}}},
		{"an inverted tag with its title in lower case ('..., said union chairman Ivo Pap, who ...') names the one a he after it is, not a month before the comma", "Cuts\n\nKells Ferries is cutting 100 jobs.\n\nThe cuts have been planned since June, said union chairman Ivo Pap, who speaks for the crews.\n\n\"It is not a good day for the town,\" he said.",
			[]quoteView{{"It is not a good day for the town,", "Ivo Pap", ""}}},
		{"a quotation's paragraph that says 'sign up' is someone's words, no newsletter box: the quotation running over three paragraphs is kept whole", "Vote\n\nParty leader Ivo Pap says the plan is a lie.\n\n\"Nothing will change in Kells until the old guard loses its hold. This is why we say it is us or them.\n\n\"Once they fall, a whole new field opens for a new centre in the town.\n\n\"Any group that wants to sign up for the plan is welcome,\" Pap said.",
			[]quoteView{{"Nothing will change in Kells until the old guard loses its hold. This is why we say it is us or them.", "Ivo Pap", ""}, {"Once they fall, a whole new field opens for a new centre in the town.", "Ivo Pap", ""}, {"Any group that wants to sign up for the plan is welcome,", "Ivo Pap", ""}}},
		{"Irish offices before a name ('Leas Ceann Comhairle') are titles, no part of it; 'the Independent mayoral candidate' is a candidate, an outlet's name only an adjective before the noun", "Race\n\nLeas Ceann Comhairle Ada Moss, who is standing for the post, spoke on Monday.\n\n\"There is no rule I can see against it,\" Ms Moss said.\n\nAsked about the plan, the Independent mayoral candidate told reporters she \"might back it later\".",
			[]quoteView{{"There is no rule I can see against it,", "Ada Moss", ""}, {"might back it later", "Ada Moss", ""}}},
		{"an age in brackets after a name is no part of the subject; 'Sarpanch of Kells' and 'Mayor of Kells' are a post over one place, the three words after it the holder's name", "Floods\n\nThe rains went on all week.\n\nIvo Dallan (58) of Kells village in Dunmore said, \"The water came into my tent on Sunday night.\"\n\nSarpanch of Kells Tarun Oru Velkar said the rain had made things worse. \"We have not had any help from the state,\" he said.",
			[]quoteView{{"The water came into my tent on Sunday night.", "Ivo Dallan", ""}, {"We have not had any help from the state,", "Tarun Oru Velkar", ""}}},
		{"a name ending in Falls or Springs is a town's, never the one a he is", "Buses\n\nThe plans the mayor announced include a depot in Kells Falls large enough for 40 buses, and a hub in Dunmore Springs with links to the train.\n\n\"The new buses will make trips simpler for riders in both towns,\" he said.",
			[]quoteView{{"The new buses will make trips simpler for riders in both towns,", "", ""}}},
		{"a quotation in backticks and doubled apostrophes running over paragraphs, each opening with two backticks: each part is the quotation's, no words between two quotes read as one", "Fire\n\nKells fire chief Ivo Pap said the blaze was set on purpose.\n\n``The fire started in two places at once,'' the chief said. ``We found fuel cans near both.\n\n``No one was hurt, and for that we are thankful.\n\n``The owner has been told of what we found,'' the chief said. ``We ask anyone who saw a car near the mill to call us.''",
			[]quoteView{{"The fire started in two places at once,", "Ivo Pap", ""}, {"We found fuel cans near both.", "Ivo Pap", ""}, {"No one was hurt, and for that we are thankful.", "Ivo Pap", ""}, {"The owner has been told of what we found,", "Ivo Pap", ""}, {"We ask anyone who saw a car near the mill to call us.", "Ivo Pap", ""}}},
		{"'the ferries minister' is the one set off as 'The Minister of Ferries, Mr. Ivo Pap,', not the party spokesman quoted between; 'the statement said' after 'But in a statement ..., X told' is X's", "Row\n\nThe Minister of Ferries, Mr. Ivo Pap, has denied claims by the opposition party that the government bugged its offices.\n\nThe party's spokesman, Tom Brack, said \"The party knows of wicked plots to spy on its officials.\"\n\nBut the ferries minister, hitting back, said the government \"does not as a rule bug the offices of parties.\"\n\nBut in a statement that evening, Ada Moss, the party's press officer, told all members \"not to comment on the minister's words.\"\n\n\"Under no circumstance should any member comment on the denial,\" the statement said.",
			[]quoteView{{"The party knows of wicked plots to spy on its officials.", "Tom Brack", ""}, {"does not as a rule bug the offices of parties.", "Ivo Pap", ""}, {"not to comment on the minister's words.", "Ada Moss", ""}, {"Under no circumstance should any member comment on the denial,", "Ada Moss", ""}}},
		{"'Kells Council's newly-elected coalition leader says ...' is the one titled the council's leader, not the council; 'said the Dunmore Centre MPP' is the one named with that riding in brackets", "New Kells Council leader Ivo Dallan on his first week\n\nKells Council's newly-elected coalition leader has said he will not stoop to \"petty squabbles\" in his first month. He will lead a 13-strong alliance which ousted the old guard on Tuesday.\n\nParty deputy leader Ada Moss (Dunmore Centre) was called a fool by the minister.\n\n\"I am a little let down, but my task here is to put questions to him,\" said the Dunmore Centre MPP.",
			[]quoteView{{"petty squabbles", "Ivo Dallan", ""}, {"I am a little let down, but my task here is to put questions to him,", "Ada Moss", ""}}},
		{"'The Minister' after a minister's quote, another minister named in between, is the minister quoted, her title read where she is named in full", "Row\n\nThe Minister for Kells Ada Moss has denied claims that she helped the Minister of State for Ports Ivo Pap to hide a gun.\n\nMoss told the chamber that she never saw the gun with Minister Ivo Pap.\n\n\"For the paper to print this as fact is wholly reckless,\" Moss said.\n\nThe Minister asked the chamber to call the paper to account.\n\n\"I ask this house to summon the paper and remind it of its duty.\"",
			[]quoteView{{"For the paper to print this as fact is wholly reckless,", "Ada Moss", ""}, {"I ask this house to summon the paper and remind it of its duty.", "Ada Moss", ""}}},
		{"a quote alone after a one-sentence paragraph 'He said ...' is the one the paragraph before, with no quote, ends about, not the last one quoted", "Row\n\nEarlier today, Oru Delamby said the report had been changed.\n\n\"Tarun seems a little excited by the report,\" Delamby said.\n\nTarun Velkar later told the paper he had spoken about it on Monday.\n\nHe said the report was changed only after he had spoken.\n\n\"Three days went by. Did none of your aides ask for a fix?\"",
			[]quoteView{{"Tarun seems a little excited by the report,", "Oru Delamby", ""}, {"Three days went by. Did none of your aides ask for a fix?", "Tarun Velkar", ""}}},
		{"'what the superintendent called' names the one who called it so, no one the sentence named before; a state as news style shortens it after a town ('in Kells, Ore.,') is no speaker", "Row\n\nAnd in Kells, Ore., the board shut its meetings, after what the superintendent called a \"spiral of bad conduct\" that had made comment a \"stage for party fights.\"",
			[]quoteView{{"spiral of bad conduct", "(term)", ""}, {"stage for party fights.", "(term)", ""}}},
		{"'Journalists' opening a sentence are people of a trade, unnamed, no one called Journalists", "Row\n\nA clash between Kells Premier Ada Moss and reporters marked the briefing.\n\nJournalists were accused of not being \"on top of the facts\" when the Premier was pushed for answers and Ms Moss said anger \"coming from the capital\" was to blame.",
			[]quoteView{{"on top of the facts", "Ada Moss", ""}, {"coming from the capital", "Ada Moss", ""}}},
		{"'Led by their chairman Ivo Pap, ...' opens with a participle, no person called Led", "Row\n\nLed by their chairman Ivo Pap, the tenants handed a letter to the mayor on Friday.\n\n\"Our rents have doubled in a year and the repairs never come,\" he said.",
			[]quoteView{{"Our rents have doubled in a year and the repairs never come,", "Ivo Pap", ""}}},
		{"'the legislator' is the one person the story titled 'legislator' before his name, not the subject of the sentence before", "Row\n\nKELLS: QP legislator Ivo Pap, who upset his party last week, on Monday said his speech stood. On Sunday, Kells QP president Ada Moss said the party has sent him a warning.\n\n\"I will not back down from a word of it,\" the legislator said when asked.",
			[]quoteView{{"I will not back down from a word of it,", "Ivo Pap", ""}}},
		{"a dateline with its country in brackets and an agency before a colon ('Kells [Norland], May 3 (KNA):') names no one, nor May; 'Quist Party (QP) Upper House MP from Dunmore Ivo Pap' is Ivo Pap, the seat's place no part of his name", "Row\n\nKells [Norland], May 3 (KNA): Quist Party (QP) Upper House MP from Dunmore Ivo Ramesh Pap on Wednesday slammed the plan and said that it was a \"sham\".\n\nThe party, he said, should be \"ashamed\" of it.\n\nOn Friday, MP from Kells Ada Moss called the plan a \"farce\".",
			[]quoteView{{"sham", "Ivo Ramesh Pap", ""}, {"ashamed", "Ivo Ramesh Pap", ""}, {"farce", "Ada Moss", ""}}},
		{"a name before a thing's noun ('the Talk Time program', 'the 'Talk Time' show') is no one's, and no one 'he' can be; a party's 'supremo' is a role", "Row\n\nThe QP supremo mocked the Quist Party's Talk Time program, calling it \"Lies Time\".\n\nAt a rally on Monday, he said: \"To me the 'Talk Time' show is a sham.\"",
			[]quoteView{{"Lies Time", "QP supremo", ""}, {"To me the 'Talk Time' show is a sham.", "QP supremo", ""}}},
		{"'the federal minister' and 'the ferries minister' are the one titled 'Federal Minister for Ferries', an honorific and a one-word name after it ('Sheikh Pap') or not, the nearest so titled", "Rally\n\nFederal Minister for Roads Ada Moss said the rally failed.\n\nFederal Minister for Ferries Sheikh Pap came at the former premier, saying he would lose.\n\n\"Your career will end in Kells. Your party will not last,\" the federal minister said at a rally in Quist.\n\nThe ferries minister dared the party to resign. \"Hand in your seats,\" said the ferries minister.",
			[]quoteView{{"Your career will end in Kells. Your party will not last,", "Pap", ""}, {"Hand in your seats,", "Pap", ""}}},
		{"a one-word name after 'in' ('a rally in Quist') is a place, not the speaker no one else is", "Rally\n\nThe rally was a flop, officials said.\n\n\"Your party will not last the year,\" the federal minister said at a rally in Quist.\n\n\"Hand in your seats before the vote,\" he said.",
			[]quoteView{{"Your party will not last the year,", "", ""}, {"Hand in your seats before the vote,", "", ""}}},
		{"'Trade and Ports Minister Nia Kroll' and 'Information and Broadcasting Minister' are one post each, no person named Trade or Information; 'after it began,' is no tag", "Rally\n\nLater, Trade and Ports Minister Nia Kroll termed the plan \"a feeble attempt\".\n\nMinutes after it began, Information and Broadcasting Minister Senator Ivo Quist termed the meeting a \"flop\".\n\n\"The nation has seen through it,\" he added.",
			[]quoteView{{"a feeble attempt", "Nia Kroll", ""}, {"flop", "Ivo Quist", ""}, {"The nation has seen through it,", "Ivo Quist", ""}}},
		{"a portfolio's words before a name ('Union Minister of State for Ports Ivo Pap') title him, so 'the minister said' is he; a 'More From This Section' line in the story's second half, a paragraph of the story after it, ends no story", "Ports\n\nUnion Minister of State for Ports Ivo Pap today asked why some states sent no one to the meeting.\n\n\"Tell me who stayed away and why,\" he told his secretary.\n\n\"If they act like this, we will act alike,\" the minister said.\n\nMore From This Section\n\n\"Some states of the east could not come. We will hear their problems,\" the minister said.\n\nPap said the last meeting had been held in the east.",
			[]quoteView{{"Tell me who stayed away and why,", "Ivo Pap", ""}, {"If they act like this, we will act alike,", "Ivo Pap", ""}, {"Some states of the east could not come. We will hear their problems,", "Ivo Pap", ""}}},
		{"a nickname in straight single marks inside a name ('Senator Ivo 'Kip' Pap Jr.') is no part of it, and no break in it", "Senate\n\nSenator Ivo 'Kip' Pap Jr. spoke to the press on Monday.\n\nPap said he was \"quite sure\" of the vote.",
			[]quoteView{{"quite sure", "Ivo Pap Jr", ""}}},
		{"'the Kells and Dunmore Glen councillor' is a role, not a person named Dunmore Glen: the one councillor the story names before, though his title names no place (a party's name or a sentence's opener in it none either); an ad slot's line ('Hide Ad') between paragraphs of a quotation that runs on leaves it whole", "Towers\n\nAround 90 neighbours objected to the plan.\n\nToday local Labour councillor Ivo Pap said the plan was \"too tall\".\n\nThe Kells and Dunmore Glen councillor said: \"I am glad the panel turned the plan down.\n\nHide Ad\n\n\"It would have blocked the light of a whole street.\"",
			[]quoteView{{"too tall", "Ivo Pap", ""}, {"I am glad the panel turned the plan down.", "Ivo Pap", ""}, {"It would have blocked the light of a whole street.", "Ivo Pap", ""}}},
		{"'a representative of applicants Quist Homes' speaks for the firm, as its spokesman would", "Homes\n\nOn behalf of the builder, a representative of applicants Quist Homes said: \"We hear the worry of the street.\"",
			[]quoteView{{"We hear the worry of the street.", "Quist Homes", ""}}},
		{"a spokesperson of a place run by a body ('a Kells Park spokesperson', 'a Quist Airport spokesman') speaks for it; a quote standing alone after a paragraph whose last sentence has such a one speak ('A Kells Park spokesperson remarked on the loss.') is the body's", "Bear\n\n\"Rangers closed the trail,\" a Kells Park spokesperson said.\n\nThe walker had a job at a clinic near the lake. A Kells Park spokesperson remarked on the loss.\n\n\"We found marks of a struggle on his arms.\"\n\n\"No flights were hit,\" a Quist Airport spokesman said.",
			[]quoteView{{"Rangers closed the trail,", "Kells Park", ""}, {"We found marks of a struggle on his arms.", "Kells Park", ""}, {"No flights were hit,", "Quist Airport", ""}}},
		{"'the chief said' is the one titled Police Chief, not an Assistant Chief named after him (a deputy's title holds the office only when no one else does)", "Arrest\n\nKells Police Chief Ivo Pap caught a suspect on Tuesday.\n\nAmong the officers who came was Assistant Chief Tom Brack, who was also on patrol.\n\n\"I got lucky,\" Pap said.\n\n\"My team did the hard part,\" the chief said.",
			[]quoteView{{"I got lucky,", "Ivo Pap", ""}, {"My team did the hard part,", "Ivo Pap", ""}}},
		{"a first name and a surname before 'of' and a place's possessive ('said Ivo Pap of Kells's Quist Glen neighborhood') is the one who lives there, not the place", "Floods\n\n\"We are moving out,\" said Ivo Pap of Kells's Quist Glen neighborhood Thursday.",
			[]quoteView{{"We are moving out,", "Ivo Pap", ""}}},
		{"'the police commissioner' and 'the commissioner of police' are the one set off after his name as 'commissioner of police in Kells'", "Clash\n\nAn inspector has been killed in a clash in Kells.\n\nIvo Pap, commissioner of police in Kells, gave the news on Wednesday.\n\nThe police commissioner deplored the clash and \"said such attacks on officers must stop\".\n\n\"We will find them,\" the commissioner of police said.",
			[]quoteView{{"said such attacks on officers must stop", "Ivo Pap", ""}, {"We will find them,", "Ivo Pap", ""}}},
		{"'The statement added' after 'In a written statement on Friday, the company's vice president, Ada Moss, commented' is hers: the subject after the opener that tells of the statement", "Cuts\n\nQuistware will cut one job in fifty.\nIn a written statement on Friday, the company's vice president of communications, Ada Moss, commented, \"We review our business often.\"\nThe statement added that the cuts \"are part of a steady process of making the company simpler.\" Shares fell.",
			[]quoteView{{"We review our business often.", "Ada Moss", ""}, {"are part of a steady process of making the company simpler.", "Ada Moss", ""}}},
		{"a speech verb capitalised after a closing mark (', Said Pap.', '. Suggested Ada Moss.' after the mark) is the tag's verb, no word of the name after it; one followed by another speech verb in its sentence (', Said Ivo told the crowd.') is a name", "Market\n\nTraders led by Ivo Pap, a grocer, want a roof over the stalls.\n\n\"The rain spoils our stock,\" Said Pap.\n\n\"A roof would pay for itself.\" Suggested Ada Moss, a baker.\n\n\"We will wait,\" Said Ivo told the crowd.",
			[]quoteView{{"The rain spoils our stock,", "Ivo Pap", ""}, {"A roof would pay for itself.", "Ada Moss", ""}, {"We will wait,", "Said Ivo", ""}}},
		{"an appositive opening with an acronym in capitals and a lower-case word ('Ivo Pap, CEO of parent company Quistbet, wrote') describes the name before it; the firm at its end is no speaker", "Memos\n\n\"We will part with some fine people this spring. I regret it,\" Ivo Pap, CEO of parent company Quistbet, wrote.",
			[]quoteView{{"We will part with some fine people this spring. I regret it,", "Ivo Pap", ""}}},
		{"a name before 'of the' and a body, before a participle ('..., Ivo Pap of the Kells Growers Union stating that the \"...\"'), is the participle's subject, not the body", "Farms\n\nReaction from the growers was one of worry, Ivo Pap of the Kells Growers Union stating that the \"future of the farms is in our hands\" and urging members to act.",
			[]quoteView{{"future of the farms is in our hands", "Ivo Pap", ""}}},
		{"'the Kells prosecutor's office' is that office, never the place it is named after, and no person a later 'he' stands for; 'Me' before a French lawyer's name (Maître) is a title, no part of it", "Trial\n\nAfter the hearing, Me Ivo Pap told the press: \"I think of the family.\"\n\nEarlier, the Kells prosecutor's office had said in a release that the accused \"never spoke of any sale\".\n\nThe lawyer also dismissed the idea: \"There too it is nonsense\", he insisted.",
			[]quoteView{{"I think of the family.", "Ivo Pap", ""}, {"never spoke of any sale", "Kells prosecutor's office", ""}, {"There too it is nonsense", "Ivo Pap", ""}}},
		{"'the navy said' after 'The Kellish navy, which runs the search, said' is the Kellish navy, a body named by a people's word and its noun", "Quake\n\nThe Kellish navy, which runs the search, said on Friday that every pupil was safe.\n\nBut \"there are signs of life under the school,\" the navy said on its website.",
			[]quoteView{{"there are signs of life under the school,", "Kellish navy", ""}}},
		{"a quote standing alone after a paragraph that names one person and a pronoun for him ('For Nia Kroll, keeping to the plan has helped her ...') is hers, not the next paragraph's; after a paragraph about no one between two of his quotes, it goes on with the one quoted before", "Series\n\nKells captain Ivo Pap is proud of his side after the series win over Dunmore.\n\n\u201cThe boys showed great heart on hard pitches,\u201d Pap said after the match.\n\nThe first game in Quistown was one to forget for the home side, with many catches dropped.\n\n\u201cWe let a few chances go, yet we stayed calm.\u201d\n\nFor Nia Kroll, keeping to the plan has helped her take wickets in every game.\n\n\u201cI am not thinking about the result, just my rhythm.\u201d\n\nTom Brack, the Dunmore captain, said the defeat hurt.",
			[]quoteView{{"The boys showed great heart on hard pitches,", "Ivo Pap", ""}, {"We let a few chances go, yet we stayed calm.", "Ivo Pap", ""}, {"I am not thinking about the result, just my rhythm.", "Nia Kroll", ""}}},
		{"an office set off before an honorific and a surname ('the Minister for Ports, Mr Pap, told the chamber') titles him, so 'The Minister said' is he; a portfolio's 'for' ends the title's head as 'of' does", "Ferries\n\nThere was no sign that a port worker was involved, the Minister for Ports, Mr Pap, told the chamber.\n\nHe was answering the Kells spokesman, Mr Tom Brack, who said a paper made the claim.\n\n\"He was a busy man,\" Mr Brack said.\n\nThe Minister said the claim \"is a very serious matter\".",
			[]quoteView{{"He was a busy man,", "Tom Brack", ""}, {"is a very serious matter", "Pap", ""}}},
		{"a nickname in single curly marks inside a name ('Senator Ivo \u2018Kip\u2019 Pap III') is no part of it, and no break in it", "Senate\n\nReports said Leader Ada Moss might take over from Senator Ivo \u2018Kip\u2019 Pap III as head of the chamber.\n\nBut Pap said he was \"quite sure\" of his support.",
			[]quoteView{{"quite sure", "Ivo Pap III", ""}}},
		{"a spokesperson with no word of whose ('A spokesperson said:') speaks for the body the sentences before are about, past one about 'it' ('Quistair has apologised ... It came after ...'), not for a body before a sentence about a person; a business's kind capitalised before its name ('Airline QFT') is no part of it; 'a spokesperson for the ferry company' is the business named before", "Flights\n\nQuistair has apologised to customers after delays tonight.\n\nIt came after reports of delays at Kells Airport.\n\nA spokesperson said: \"Two flights were delayed.\"\n\nHolidaymakers were told late, say Airline QFT. QFT said it would provide hotels \"where needed\".\n\nA spokesperson for the ferry company said: \"We are sorry for the delays.\"\n\nThe Kells Port Board met on Monday. Harbour master Ivo Pap spoke after it.\n\n\"We will reopen soon,\" a spokesman said.",
			[]quoteView{{"Two flights were delayed.", "Quistair", ""}, {"where needed", "QFT", ""}, {"We are sorry for the delays.", "QFT", ""}, {"We will reopen soon,", "(term)", ""}}},
		{"a transcript's speaker label in capitals before the answer's quote ('KROLL: \"...\"', 'NIA KROLL:') names the speaker, recased; 'Q:' and 'OPENING STATEMENT:' name no one", "Postgame\n\nOPENING STATEMENT: \"It was a long night.\"\n\nQ: How was it?\n\nKROLL: \"It was hard.\"\n\nQ: And the call?\n\nNIA KROLL: \"It was fair.\"",
			[]quoteView{{"It was a long night.", "", ""}, {"It was hard.", "Kroll", ""}, {"It was fair.", "Nia Kroll", ""}}},
		{"'the official' after a titled one's quote ('Agency Director of Readiness Ada Moss told reporters', then 'The official conceded there was \"...\"') is she; not after an unnamed official the text brings in between ('A senior Kells official told us ...')", "Virus\n\n\"This is not a worry,\" Agency Director of Readiness Ada Moss told reporters.\n\nThe official conceded there was \"an odd case\" for the agency.\n\n\"We will watch it,\" Ivo Pap, the agency's chief, said.\n\nA senior Kells official told us later that the board backed the plan. \"We welcome it,\" the official said.",
			[]quoteView{{"This is not a worry,", "Ada Moss", ""}, {"an odd case", "Ada Moss", ""}, {"We will watch it,", "Ivo Pap", ""}, {"We welcome it,", "(term)", ""}}},
		{"a body's initials of three letters that spell a word ('The WHO') are its name, not 'who', so 'the organisation' after is that body; director-general is an office one holds by title; a tag that ends the sentence past a clause's own verb ('... if the data suggests so, the director-general said') names the speaker, not the subject before the quote", "Virus\n\nThe WHO has declared an emergency. The outbreak is of \"great concern,\" Kells Health Agency Director-General Ivo Pap said Monday.\n\nThe organisation thanked Dunmore, saying \"the agency trusts Dunmore\".\n\nThe KHA \"will not hesitate\" to act if the data suggests so, the director-general said.",
			[]quoteView{{"great concern,", "Ivo Pap", ""}, {"the agency trusts Dunmore", "WHO", ""}, {"will not hesitate", "Ivo Pap", ""}}},
		{"a place's body with its kind of place ('Kells Glen parish council then drew up') is an organisation, though a word of the place is a first name; 'Local police said' and 'Two military officers said' name no body; a spokesman for a run of capitals with no first name ('Quist Bespoke Homes') speaks for that firm", "Homes\n\nKells Glen parish council then drew up a \"strong case\" against the plan.\n\nLocal police said they were \"surprised\" by the turnout.\n\nA spokesman for Quist Bespoke Homes said the firm understood the worries, adding: \"We will talk to the village.\"",
			[]quoteView{{"strong case", "Kells Glen parish council", ""}, {"surprised", "(term)", ""}, {"We will talk to the village.", "Quist Bespoke Homes", ""}}},
		{"'v.' between a case's parties ends no sentence, so an opener naming the case ('During the Dunmore v. Quist Store hearing,') is no subject of what the sentence says after it", "Hearing\n\nDuring the long Dunmore v. Quist Store hearing, Kellsify referred to the platform as a \"power grab.\"",
			[]quoteView{{"power grab.", "Kellsify", ""}}},
		{"a title in capitals after 'the' that the article gave someone word for word ('Environment CEC Ivo Pap', then 'The Environment CEC stated:') is that one, no one called so; conveyed is a speech verb", "Quarantine\n\nTwo officials, Ada Moss and Environment CEC Ivo Pap, flew home on Friday.\n\n\"I was tested twice,\" Ms Moss conveyed.\n\nThe Environment CEC stated: \"We were careful.\"",
			[]quoteView{{"I was tested twice,", "Ada Moss", ""}, {"We were careful.", "Ivo Pap", ""}}},
		{"a fragment whose words before the quote are no clause's ('Just \"hard work\".') is read as a quote standing alone, after a paragraph whose tag names its speaker", "Retreat\n\nThere will be no time for games at the party's retreat in the hills, Premier Ada Moss said.\n\nJust \"hard work\".\n\nThe caucus heads to the Kells lodge on Tuesday.",
			[]quoteView{{"hard work", "Ada Moss", ""}}},
		{"a place's body ('The Kells opposition claims', 'the Kells government said') is an organisation of that name, never the place", "Row\n\nThe Kells opposition claims Premier Ada Moss heads a split camp, with a \"crowd of rivals\" in it.\n\nThe Kells government said the claim was \"nonsense\".",
			[]quoteView{{"crowd of rivals", "Kells opposition", ""}, {"nonsense", "Kells government", ""}}},
		{"she opening a paragraph reads back past a subheading set in the story ('Crews come first') to the paragraph that reports her words, not to a woman the lexicon knows as one named before", "Ferries\n\nKells Premier Gladys Quist has been vocal about the strike.\n\nBut Dunmore Premier Zelvan Okonkwo has stood firm, saying she will not be pushed into a deal.\n\nCrews come first\n\n\u201cI will not be pushed,\u201d she said on Friday.",
			[]quoteView{{"I will not be pushed,", "Zelvan Okonkwo", ""}}},
		{"an acronym opening a sentence before a title ('IT Minister Ivo Pap said') is part of the title, not the word 'It', so 'the IT minister' is he, not another minister named after", "Ports\n\nIT Minister Ivo Pap said on Sunday that the port authority is not under his ministry.\n\nHe was answering Science and Technology Minister Tom Brack, who wants a ban. \"We need the ban,\" Brack wrote.\n\n\"Only the Harbour Division could comment,\" the IT minister told the board.",
			[]quoteView{{"We need the ban,", "Tom Brack", ""}, {"Only the Harbour Division could comment,", "Ivo Pap", ""}}},
		{"a portfolio's 'on' ends a title too: the word after it the lexicon lacks ('Adviser to the Premier on Establishment Arbab Quist') is the portfolio's, not the name's", "Ports\n\nIvo Pap wrote a letter to Special Adviser to the Premier on Establishment Arbab Quist, voicing his fears.\n\nLater, Quist said the report was fair. \"It is based on the data,\" he added.",
			[]quoteView{{"It is based on the data,", "Arbab Quist", ""}}},
		{"the Ministry, the Commission, the Council written alone with a capital ('the Ministry said on its website') stand for the body named in full before ('The Ministry of Ports and Ferries'), and it after for that body too", "Ports\n\nThe Ministry of Ports and Ferries on Sunday denied any plan to close it, the Ministry said on its website. \"There is no plan to close the ministry,\" it added.\n\n\"The harbour will stay open,\" the Ministry said.",
			[]quoteView{{"There is no plan to close the ministry,", "Ministry of Ports and Ferries", ""}, {"The harbour will stay open,", "Ministry of Ports and Ferries", ""}}},
		{"a description ('the 2019 Kells Cup winner told') after a sentence of several people's deeds is the one the story names most, not the sentence's first subject; a name after a verb ('praised Ivo Pap for') is no such subject", "Derby\n\nKells striker Ivo Pap said he was proud after scoring twice as Kells beat Dunmore 3-2 on Saturday.\n\nPap had scored nine goals this season.\n\nAn own goal put Dunmore ahead but Pap levelled before the break. Tom Brack scored a fine solo goal before Nia Kroll equalised again and Pap sealed it late on.\n\n\u201cIt was a crazy goal,\u201d the 2019 Kells Cup winner told reporters.\n\nKells coach Ada Moss praised Pap for his work.\n\n\u201cHe gives us a lot,\u201d former Quist boss said.",
			[]quoteView{{"It was a crazy goal,", "Ivo Pap", ""}, {"He gives us a lot,", "Ada Moss", ""}}},
		{"a former post ('former Quist boss said', news copy leaving out 'the') describes the one the sentence before is about, whatever his present title ('Kells coach Ivo Pap'); never a name 'Quist boss'", "Win\n\nMeanwhile, Kells coach Ivo Pap has praised Tom Brack for his two goals against Dunmore.\n\n\u201cHe is a threat every week,\u201d former Quist boss said after the match.",
			[]quoteView{{"He is a threat every week,", "Ivo Pap", ""}}},
		{"a transcript's topics with the answer on the same line ('Opening statement \u201c...\u201d', 'On the late foul \u201c...\u201d') are the one the lead has speak ('Kells Head Coach Ivo Pap spoke after ...'), never the player a topic names; 'Opening statement:' alone on a line is a topic too, never a name", "Post-game: Ivo Pap\n\nKells Head Coach Ivo Pap spoke after the Kells Rovers beat Dunmore 3-2 on Friday night.\n\nOpening statement \u201cThat was a hard game. We kept going.\u201d\n\nOn the late foul by Tom Brack \u201cIt was a fair call. We move on.\u201d\n\nOpening Statement:\n\u201cI am proud of the bench.\u201d",
			[]quoteView{{"That was a hard game. We kept going.", "Ivo Pap", ""}, {"It was a fair call. We move on.", "Ivo Pap", ""}, {"I am proud of the bench.", "Ivo Pap", ""}}},
		{"the minister is the one a post and its portfolio in capitals set off after his name ('Ivo Pap, Minister of Ports, said') titles so", "Ferry talks\n\nThe talks will go on, Ivo Pap, Minister of Ports, said on Sunday.\n\nThe minister also said, \"We hold the whole harbour now.\"",
			[]quoteView{{"We hold the whole harbour now.", "Ivo Pap", ""}}},
		{"he opening a paragraph after one that reports a newly named person's words reads back past a promo line set in the story ('ALSO READ: ...'), which is none of it", "Talks\n\nMinister Ivo Pap announced on Monday that the talks would go on.\n\n\"Talks are going well,\" he said in a recorded clip.\n\nIvo Pap made it clear that the talks began after Premier Tom Brack's speech last month.\n\nIn an interview with Kells TV in October, Premier Tom Brack had said the talks were taking place in Dunmore.\n\nALSO READ: KELLS IN TALKS WITH GROUPS: PREMIER BRACK\n\nAsked by the host whether his side was talking to them, he said: \"There are many groups. We talk to some.\"",
			[]quoteView{{"Talks are going well,", "Ivo Pap", ""}, {"There are many groups. We talk to some.", "Tom Brack", ""}}},
		{"a whole statement signed after its closing mark with its author's post and name, the paragraph's end and no stop after them, is theirs ('... for us all.\u201d KPD Chief Ada Moss'), not the body's initials", "Chase\n\nOfficers of the KPD and the Dunmore sheriff held a briefing on Friday.\n\n\u201cThis was a long night for the city. I am proud of the crews who ended it for us all.\u201d KPD Chief Ada Moss\n\nA video of the chase was shared online.",
			[]quoteView{{"This was a long night for the city. I am proud of the crews who ended it for us all.", "Ada Moss", ""}}},
		{"a post and its portfolio in capitals after a name ('Ivo Pap, Head of Harbours in Kells Council, said:', 'Cabinet Member for Parks') is an appositive, never the speaker; with a first name in it, it titles that name", "Floods\n\nIvo Pap, Head of Harbours in Kells Council, said: \"The pumps ran all night.\"\n\nAda Moss, Cabinet Member for Parks in Kells Council, said: \"We thank the crews.\"\n\nAfter the storm, Head of Roads Nia Kroll said: \"Two bridges are shut.\"",
			[]quoteView{{"The pumps ran all night.", "Ivo Pap", ""}, {"We thank the crews.", "Ada Moss", ""}, {"Two bridges are shut.", "Nia Kroll", ""}}},
		{"guillemets with spaces inside, as French sets them ('\u00ab Non \u00bb', plain, no-break or narrow no-break), are quotation marks; the spaces are no part of the quote", "Talks\n\n\u00ab We want the ferry back soon. \u00bb said Ivo Pap, who runs the Kells harbour board.\n\nHe added that the crews were \u00ab\u00a0tired of waiting\u00a0\u00bb and that \u00ab\u202fthe town\u202f\u00bb would wait no more, \u00ab Talks go on, \u00bb he said.",
			[]quoteView{{"We want the ferry back soon.", "Ivo Pap", ""}, {"tired of waiting", "Ivo Pap", ""}, {"the town", "Ivo Pap", ""}, {"Talks go on,", "Ivo Pap", ""}}},
		{"a name inside a relative clause about the noun before the verb ('The head of the jury that convicted former ferry captain Ivo Pap of fraud on Monday said') is no subject of it: the words are not his", "Verdict\n\nThe head of the jury that convicted former ferry captain Ivo Pap of fraud on Monday said that reaching a verdict was \"the toughest task\" of her life.",
			[]quoteView{{"the toughest task", "(term)", ""}}},
		{"he after a quote in the paragraph of one titled and named in full whose sex the lexicon does not know ('Chief Ferry Secretary Zelvan Okonkwo declined ...') is that one, not a man named in a paragraph before; a temple with an honorific ('Shri Kells Mandir Temple') is a place", "Talks\n\nThe idea was put about as plans look back on track for a meeting between President Tom Brack and leader Nia Quist.\n\nChief Ferry Secretary Zelvan Okonkwo declined to confirm the reports. \"Our team has seen the reports. Nothing is settled,\" he told a briefing.\n\nParty leader Ivo Pap will visit the Shri Kells Mandir Temple in Dunmore. He will say the town \"has been forgotten for too long\".",
			[]quoteView{{"Our team has seen the reports. Nothing is settled,", "Zelvan Okonkwo", ""}, {"has been forgotten for too long", "Ivo Pap", ""}}},
		{"an office capitalised after the ('the Minister said, as the Kells TV Channel put it') is the one titled so, as 'the minister' is", "Talks\n\nTalks with Dunmore are moving on, Kells Foreign Minister Ivo Pap said after meeting his Dunmore counterpart, the Courier reported.\n\n\u201cThe mood has changed. We agree on the key points now,\u201d the Minister said, as quoted on the Kells TV Channel.",
			[]quoteView{{"The mood has changed. We agree on the key points now,", "Ivo Pap", ""}}},
		{"an outlet that quoted her (or him) as saying or telling, a few words of the quote run on before ('of it, Kells News quoted her as telling the crews'), gives the quote to the one she stands for, the outlet its via", "Talks\n\nAda Moss, who is touring all four ports, said she did not expect a deal.\n\n\"I have no great hopes\" of it, Kells News quoted her as telling the crews on Monday.",
			[]quoteView{{"I have no great hopes", "Ada Moss", "Kells News"}}},
		{"a line announcing a statement from someone about something ('The following is a statement from Quist Administrator Ivo Pap regarding the Kells Harbour Mission') names its writer, not its subject; administrator is a title", "Ferry\n\nThe following is a statement from Quist Administrator Ivo Pap regarding today's Kells Harbour Mission at the Dunmore docks.\n\n\"We are heartened by the news from the docks, despite the rough landing of the ferry.\"",
			[]quoteView{{"We are heartened by the news from the docks, despite the rough landing of the ferry.", "Ivo Pap", ""}}},
		{"a trail and a village are places, never the subject of a tag later in the sentence ('found \"half buried\" near Kells Ridge Trail, near Dunmore Village, on Friday, the Quist Park Service said')", "Hiker\n\nThe walker was found \"half buried\" near Kells Ridge Trail, near Dunmore Village, on Friday, the Quist Park Service said late on Saturday.",
			[]quoteView{{"half buried", "Quist Park Service", ""}}},
		{"rangers who said are a group no one names, not the officials of a place the paragraph before is about", "Bear\n\nThe walker was flown to hospital. Dunmore officials did not give his name.\n\n\u201cWe will not hunt down the bear,\u201d rangers said.",
			[]quoteView{{"We will not hunt down the bear,", "", ""}}},
		{"a firm set off by 'the company' ('Summit, the company that runs the quarry, said'), though its name is a common word, is the company a later 'the company said' means", "Quarry\n\nSummit, the company that runs the quarry, said all the crew would be out by noon.\n\nThe crew came up on foot by \"the old service stairs,\" the company said.",
			[]quoteView{{"the old service stairs,", "Summit", ""}}},
		{"a spokesperson for the airline, a statement from the zoo, the company are the body the article named so before ('Quist Airlines', 'Kells Zoo'), never a broadcaster that reported ('WDUN reported') nor a thing after an article; a zoo is a body, not a person", "Ferries\n\nHolidaymakers were stuck in Dunmore on Friday when Quist Airlines grounded its fleet.\n\nA spokesperson for the airline blamed \"a bad week of fog\" for the trouble.\n\nOne family slept on the terminal floor, WDUN reported.\n\nIn a later note, the company called talk of a pilots' walkout \"pure invention.\"\n\nKeepers at the Kells Zoo blame a broken latch for the escape of an ostrich. A statement from the zoo insists the bird \"was never a danger to visitors.\"",
			[]quoteView{{"a bad week of fog", "Quist Airlines", ""}, {"pure invention.", "Quist Airlines", ""}, {"was never a danger to visitors.", "Kells Zoo", ""}}},
		{"a name before a body's place of work ('the Dunmore office') is where, no speaker the ranker may choose; a possessive one ('Pap's office') stays Pap's", "Offices\n\nThe Premier welcomed plans to open four offices, in addition to the Dunmore office.\n\n\u201cThis will bring us closer to the towns.\u201d",
			[]quoteView{{"This will bring us closer to the towns.", "", ""}}},
		{"a place after a portfolio's 'in' and before a first name and a surname ends the title ('Vice President of Operations in Ohio Ivo Pap'), no part of the name, and the tag after the quote is read", "Storm\n\n\u201cThe winds knocked out power in every town we serve,\u201d Quistpower Vice President of Operations in Ohio Ivo Pap said. \u201cWe know how hard it is.\u201d",
			[]quoteView{{"The winds knocked out power in every town we serve,", "Ivo Pap", ""}, {"We know how hard it is.", "Ivo Pap", ""}}},
		{"answers under topic lines ('On what the coach said at halftime:') are the one a header of a position and a name above names ('Quarterback Ivo Pap'), not the coach the topic names", "Locker room\n\nMay 3, 2014\n\nQuarterback Ivo Pap\n\nOn what Head Coach Tom Brack said at halftime:\n\u201cHe just walked over and told me to get ready.\u201d\n\nOn his long wait for a start:\n\u201cThis league is hard. I am thankful to still be playing.\u201d",
			[]quoteView{{"He just walked over and told me to get ready.", "Ivo Pap", ""}, {"This league is hard. I am thankful to still be playing.", "Ivo Pap", ""}}},
		{"a body's short name in brackets ('the Kells Bureau of Investigations (KBI)') is no word of its name; 'the OCPD' after 'Dunmore OCPD Ivo Pap' is the one titled with those initials; a plural possessive inside a body's name ('Kells Bankers' Association') is part of it", "Arrests\n\n\u201cThe suspects are in custody,\u201d the Kells Bureau of Investigations (KBI) said in a statement.\n\nDunmore OCPD Ivo Pap said the men had been held overnight.\n\n\u201cWe handed the suspects over on Sunday,\u201d the OCPD said.\n\nThe Kells Bankers' Association (KBA) said lending was \"weaker\".",
			[]quoteView{{"The suspects are in custody,", "Kells Bureau of Investigations", ""}, {"We handed the suspects over on Sunday,", "Ivo Pap", ""}, {"weaker", "Kells Bankers' Association", ""}}},
		{"CM and DCM are a chief minister and a deputy one ('the CM said', 'DCM Pap said'), resolved to the one titled so; Shri is an honorific, no part of the name", "Meeting\n\nKells Chief Minister Ada Moss met the district officials on Thursday, with her deputy Ivo Pap.\n\nThe state has done well in the floods, the CM said, adding that the \"Kells model\" was now talked of everywhere.\n\nSpeaking at the meeting, DCM Pap said, \"Tell people early when the rain is coming.\"\n\nShri Tom Brack said: \"The roads will be ready by June.\"",
			[]quoteView{{"Kells model", "Ada Moss", ""}, {"Tell people early when the rain is coming.", "Ivo Pap", ""}, {"The roads will be ready by June.", "Tom Brack", ""}}},
		{"a quoted title before a work's kind ('\"Harbour Notes\" blog reported') is the work's name, no quote", "Cramps\n\nThe Kells Courier (3/4, Moss) \"Harbour Notes\" blog reported, \"There is no good cure for\" cramps.",
			[]quoteView{{"There is no good cure for", "Kells Courier", ""}}},
		{"an office named before its holder ('The Premier hopes for ...'), when no one is named before, is the first person named in full after, titled so ('Premier Ada Moss')", "Budget\n\nThe Premier hopes for \"a fairer share for Kells\" in next year's budget.\n\nPremier Ada Moss said on Tuesday the state was \"still talking\" with its partners.",
			[]quoteView{{"a fairer share for Kells", "Ada Moss", ""}, {"still talking", "Ada Moss", ""}}},
		{"a line of a title and a name alone above a statement ('The Honourable Zelvina Moss', a first name the lexicon may not know) names her in full for the surname after", "Budget\n\nPremier and Minister for Trade\nThe Honourable Zelvina Moss\n\nThe Moss Government will use the budget to renew its focus, the Premier said today.\n\n\u201cOur budget gives us a rare chance to focus our funding,\u201d Ms Moss said.",
			[]quoteView{{"Our budget gives us a rare chance to focus our funding,", "Zelvina Moss", ""}}},
		{"a label of a name, a comma and a title ('Ada Moss, Kells Premier:') before a quote names the person, the title apart", "Fund\n\nThe Kells Premier has set up a fund for new firms.\n\nAda Moss, Kells Premier: \u201cThe fund is the heart of the plan.\u201d\n\nShe said it would bring in investment.\n\nAda Moss, Kells Premier: \u201cI want to reassure the farmers.\u201d",
			[]quoteView{{"The fund is the heart of the plan.", "Ada Moss", ""}, {"I want to reassure the farmers.", "Ada Moss", ""}}},
		{"a month and a day opening a line ('March 3, 2021 9:10 am') are a date, no subject a quote after it could be given to", "Ferry\n\nMarch 3, 2021 9:10 am\n\n\u201cThe ferry is late again, and the crew knows it.\u201d",
			[]quoteView{{"The ferry is late again, and the crew knows it.", "", ""}}},
		{"a watch-on link line ('Watch on KellsTV.ca: ...') between two quotes of one speaker is no news: the second quote goes on the first's words", "Results\n\nQuist chief executive Ivo Pap is frustrated by the reaction of investors.\n\n\"They have not heard a word of my plan,\" Pap told reporters on Friday.\n\nWatch on KellsTV.ca: One-on-one with Quist CEO Ivo Pap\n\n\"They give me more credit than I deserve.\"",
			[]quoteView{{"They have not heard a word of my plan,", "Ivo Pap", ""}, {"They give me more credit than I deserve.", "Ivo Pap", ""}}},
		{"a quoted title in capitals right after told ('told \u201cHarbour Morning Live\u201d') is the programme told, no quote", "Shares\n\n\u201cWe see a great chance ahead of us,\u201d Ivo Pap told \u201cHarbour Morning Live\u201d on Friday.",
			[]quoteView{{"We see a great chance ahead of us,", "Ivo Pap", ""}}},
		{"a spokesman of a body whose name opens with a nation's adjective ('the National Ferry spokesman') speaks for the body, not for a person called Ferry", "Sales\n\nNational Ferry Corp. chief executive Ivo Pap left the script on Thursday.\n\n\u201cWe are not an ordinary firm,\u201d the National Ferry spokesman said.",
			[]quoteView{{"We are not an ordinary firm,", "National Ferry", ""}}},
		{"the man, the woman, the caller who said after a quote are someone described: the one the sentence before names, else no one (not the body or paper the paragraph before names); the first man, the second caller are one of several, no one", "Flood\n\nThe coastguard put out two recordings on Friday. The first, the Courier said, was made by a man on the pier.\n\n\u201cThe water is over the wall now,\u201d the first man tells the operator.\n\n\u201cSend a boat,\u201d the caller says.\n\nIvo Pap was arrested on Monday after a brawl in Dunmore.\n\n\u201cI did nothing wrong,\u201d the man told reporters.",
			[]quoteView{{"The water is over the wall now,", "", ""}, {"Send a boat,", "(term)", ""}, {"I did nothing wrong,", "Ivo Pap", ""}}},
		{"a capitalised word after these or those ('offered by these Quistbots') names things of a kind, no speaker, by the rules or the ranker; commented is a speech verb", "Games\n\nI play every game on my computer.\n\nDespite having little value, the \"prizes\" offered by these Quistbots are enough to hook players for hours daily.\n\n\"We are glad to offer the game free,\" commented Quist chief executive Ada Moss.",
			[]quoteView{{"prizes", "(term)", ""}, {"We are glad to offer the game free,", "Ada Moss", ""}}},
		{"an occupation inside a name's run before a first name and a surname ('Dunmore Fire Captain Ivo Pap') ends the title, as a title word does", "Heat\n\n\u201cWe will see more calls this week,\u201d said Dunmore Fire Captain Ivo Pap.",
			[]quoteView{{"We will see more calls this week,", "Ivo Pap", ""}}},
		{"she opening the paragraph after one whose relative clause ('which also had room for shops,') runs into a name with its own who said ('including Councillor Ada Moss, who said') is that name, not the last quoted", "Depot\n\nNia Kroll, of the Dunmore residents group, said: \u201cWe are all let down tonight.\u201d\n\nFour councillors voted against the plan, which also had room for shops and parking, including Councillor Ada Moss, who said the report had tied their hands.\n\nShe said: \u201cThe builder listened but it is still too big for the site.\u201d",
			[]quoteView{{"We are all let down tonight.", "Nia Kroll", ""}, {"The builder listened but it is still too big for the site.", "Ada Moss", ""}}},
		{"a work's title between the and one who made or played in it ('the \"Harbour Lights\" star') is no quote", "Film\n\nThe \"Harbour Lights\" star was thrilled with the trailer, Ada Moss said. \"I could watch it again,\" she said.",
			[]quoteView{{"I could watch it again,", "Ada Moss", ""}}},
		{"a participle after with and words in lower case ('with a man at the back calling him') has a subject no one names, not the name before; with a spokesperson stays the body's", "Video\n\nA video showed a crowd around Ivo Pap, with a man at the back calling him a \"corrupt liar.\"\n\nThe Harbour Board defended the fares, with a spokesperson saying: \"They are fair.\"",
			[]quoteView{{"corrupt liar.", "(term)", ""}, {"They are fair.", "Harbour Board", ""}}},
		{"one or another of a place's residents who said is someone unnamed ('Another Dunmore resident said:'), never a person called Another Dunmore; a road ('Dunmore Valley Road') is a place", "Protest\n\nRoads were closed, including Dunmore Valley Road.\n\nAnother Dunmore resident said: \"The ward needs a new face.\"\n\nOne Kells resident said: \"Nothing has been fixed.\"",
			[]quoteView{{"The ward needs a new face.", "", ""}, {"Nothing has been fixed.", "(term)", ""}}},
		{"he after a sentence whose subject stood by what he said ('..., Pap stood by what he said.') is that subject, after a place's abbreviation too ('in Dunmore, Que.,'), not the last quoted; Cpt is a title", "Vote\n\nIvo Pap called the country \"artificial\" on Friday.\n\n\"I reject that completely,\" Tom Brack said.\n\nQuestioned at a rally in Dunmore, Que., on Sunday, Pap stood by what he said.\n\n\"I meant every word of it,\" he said.\n\nPolice spokesperson Cpt Ada Moss said officers were deployed. \"No one has been arrested,\" she said.",
			[]quoteView{{"artificial", "Ivo Pap", ""}, {"I reject that completely,", "Tom Brack", ""}, {"I meant every word of it,", "Ivo Pap", ""}, {"No one has been arrested,", "Ada Moss", ""}}},
		{"a name set off by commas before said ('Another resident, Nia Kroll, said Moss was ...') is the subject whose she follows, not the name opening what she said", "Protest\n\n\"We want a new councillor,\" Ada Moss said.\n\nAnother resident, Nia Kroll, said Moss was hard to reach and residents had nobody to complain to.\n\n\"The council never answers our letters,\" she said.",
			[]quoteView{{"We want a new councillor,", "Ada Moss", ""}, {"The council never answers our letters,", "Nia Kroll", ""}}},
		{"the ranker gives no named person a quote whose tag's description the rules could not resolve ('the American said:'), and a county ('County Kells', 'Co Kells') is a place, no speaker", "Tennis\n\nWorld number one Ada Moss has criticised the club over prize money.\n\nAsked about a plan of club chairman Tom Brack to trim the purse, the American said: \"Cutting the prize fund would be an insult to us.\"\n\nA family at a farm near County Kells suffered \"violent\" deaths, police have said.",
			[]quoteView{{"Cutting the prize fund would be an insult to us.", "", ""}, {"violent", "(term)", ""}}},
		{"a title and a name in capitals opening a lede ('MAYOR IVO PAP has praised') are read as a name, the surname alone naming him after", "Tribute\n\nMAYOR IVO PAP has praised the lifeboat crew who rescued two boys on Sunday.\n\n\"This requires courage,\" said Pap.",
			[]quoteView{{"This requires courage,", "Ivo Pap", ""}}},
		{"Supt before a name, without its period, is a title ('Supt Ada Moss'), not part of the name", "Deaths\n\nSupt Ada Moss told reporters the deaths were a homicide. A man remains in custody and Supt Moss said police were \"not looking for anyone else\".",
			[]quoteView{{"not looking for anyone else", "Ada Moss", ""}}},
		{"a name with a quoted nickname inside ('Ivo \u201cBim\u201d Pap') is one person's, whom the surname alone names after", "Senate\n\nHarbour Board chairman Ivo \u201cBim\u201d Pap says his peers were not worried.\n\nPap said: \u201cNobody on the board lost any sleep.\u201d",
			[]quoteView{{"Nobody on the board lost any sleep.", "Ivo Pap", ""}}},
		{"the singer, the star, the presenter who said are someone described, the one the sentence before is about (not the capitalised-front occupations, as 'Ada Singer' is a surname)", "Prize\n\nAda Moss won the top prize on Monday.\n\nThe acclaimed singer said she \"could not sleep\" for a year.",
			[]quoteView{{"could not sleep", "Ada Moss", ""}}},
		{"she at the end of a pronoun chain is one known by one name alone ('Zendra'), written mid-sentence too, not the last quoted", "Music\n\n\"The show was great,\" Ada Moss said.\n\nThe top prize went to the singer Zendra on Sunday night. Zendra won three prizes in all. She thanked her fans in a long speech.\n\n\"I did not expect this at all,\" she said.",
			[]quoteView{{"The show was great,", "Ada Moss", ""}, {"I did not expect this at all,", "Zendra", ""}}},
		{"a sound or words someone heard ('heard a loud \"bang\"') are not the hearer's, by the rules or the ranker", "Fire\n\nNeighbour Ada Moss heard a loud \"crack\" from the back of the house just before eight.\n\n\"The whole yard was in flames,\" Moss said.",
			[]quoteView{{"crack", "(term)", ""}, {"The whole yard was in flames,", "Ada Moss", ""}}},
		{"a branch's number is part of its name ('Kells District 751', 'Teamsters Local 89')", "Strike\n\nIn a statement posted online, Kells District 751 said the firm had \"snubbed the whole union.\"\n\n\"We will strike,\" said Teamsters Local 89 in a statement.",
			[]quoteView{{"snubbed the whole union.", "Kells District 751", ""}, {"We will strike,", "Teamsters Local 89", ""}}},
		{"words a passive naming verb gives with no agent name no speaker after it either ('has been labelled \"a wrecker\" after he called'); a name before a model's code ('the Quist 3G S') is the product's, no one's", "Budget\n\nTreasurer Ivo Pap has been labelled \"a wrecker\" after he called for the port to be sold.\n\nAda Moss runs the Kells phone shop. The trouble is that the Quist 3G S simply lacks the extras that would make buying it a \"must have.\"",
			[]quoteView{{"a wrecker", "(term)", ""}, {"must have.", "(term)", ""}}},
		{"he after a sentence opening with an adverbial phrase then he ('But on Sunday he finally backed') goes on the chain to the one named before it, not the last quoted", "Port\n\n\"The port needs a leader,\" Tom Brack said at the rally.\n\nIvo Pap, a former docker, had close ties to the mayor. But on Sunday he finally backed Ada Moss.\n\n\"We need someone who is tested,\" he said.",
			[]quoteView{{"The port needs a leader,", "Tom Brack", ""}, {"We need someone who is tested,", "Ivo Pap", ""}}},
		{"words a passive naming verb gives with no agent ('who was described as \"tireless\"', 'who has been called') are no one's: the ranker never gives them the one they describe", "Pier\n\nAda Moss ran the Kells ferry for forty years until her death in May.\n\nFlowers were laid at the pier for Mrs Moss, who, with her brother, was described as \"tireless\".\n\nThe ferryman Ivo Pap, who has been called \"the last of the old crews\", retired on Monday.",
			[]quoteView{{"tireless", "(term)", ""}, {"the last of the old crews", "", ""}}},
		{"one word that is the middle name of a person named in full before ('Azmar' of 'Ivo Azmar Pellow') is that person; 'Menteri Besar' is a title", "Port\n\nKells Menteri Besar Ivo Azmar Pellow tweeted on Monday about the port. \"Is it true that the port will close? Tell us,\" Azmar wrote.",
			[]quoteView{{"Is it true that the port will close? Tell us,", "Ivo Azmar Pellow", ""}}},
		{"he opening the paragraph after one whose last sentence, about no one named, names one person for the first time (a participle's object: ', prompting Mayor Tom Brack to') is that one, not the last quoted", "Port\n\nKELLS - Ivo Pap, the harbour chief, said the port would close for a week. \"It is over for this season,\" Pap said.\n\nHundreds of dock workers marched through the town on Monday, prompting Mayor Tom Brack to call for calm.\n\n\"Nobody will lose a job,\" he said.",
			[]quoteView{{"It is over for this season,", "Ivo Pap", ""}, {"Nobody will lose a job,", "Tom Brack", ""}}},
		{"he after a sentence whose subject is he is the one a closing inverted tag names the sentence before ('..., said Transport Minister Tom Brack.'), after another speech verb too", "Port\n\nKELLS - Ivo Pap tweeted, \"Is the port closing? Tell us.\"\n\nDock workers are urged not to listen to rumours of a closure, said Transport Minister Tom Brack.\n\nHe said the rumours were spread by people with an axe to grind.\n\n\"We will get through this together,\" he told reporters.",
			[]quoteView{{"Is the port closing? Tell us.", "Ivo Pap", ""}, {"We will get through this together,", "Tom Brack", ""}}},
		{"an inverted tag before ', Courier reports.' reports that person's words, not the paper's; a title of a portfolio of a place ('Deputy Minister of Defence of Norway') ends before any name", "Bridge\n\nDunmore, Kells, June 3\nBy Ivo Pap - Courier:\nThe fire at the Dunmore bridge has been put out, said Deputy Minister of Defence of Norway Zhanbol Pellow, Courier reports.\n\"Engineers are checking every beam. The work will take a week,\" he said.",
			[]quoteView{{"Engineers are checking every beam. The work will take a week,", "Zhanbol Pellow", ""}}},
		{"an honorific and initials glued to a name ('Dr.V.Kellsamy', 'Mr.Ivo Pap') are read apart; 'formerly' ends the name before a post", "Drought\n\n\u201cAny forecast of late rain must be taken seriously,\u201d says Dr.V.Kellsamy formerly Director of Kells Crop Research Institute (KCRI) Dunmore and a drought expert.\n\n\u201cThe ministry must plan now,\u201d said Mr.Ivo Pap, the director.",
			[]quoteView{{"Any forecast of late rain must be taken seriously,", "V. Kellsamy", ""}, {"The ministry must plan now,", "Ivo Pap", ""}}},
		{"the ranker never overrides a passive naming verb's agent the rules named ('was described as a \"...\" by NAME')", "Obit\n\nThe presenter Tom Brack has died aged 99.\n\nHe married the actress Nia Kroll in 1941 and they put on shows. In the 1990s, Brack said his career had been a \"grand ride\" from start to end.\n\nHe was last seen on a garden show. Brack was described as a \"consummate pro\" by his friend and fellow presenter Ivo Quist. \"It was a joy to work with him,\" Quist said.",
			[]quoteView{{"grand ride", "Tom Brack", ""}, {"consummate pro", "Ivo Quist", ""}, {"It was a joy to work with him,", "Ivo Quist", ""}}},
		{"a name holding a digit ('the Quist S6') is a product's, no speaker; a participle's phrase opening a sentence ('Largely encouraged by it,') leaves its subject the one he stands for", "Phones\n\nSEOUL \u2015 Kells Electronics took aim at a rival, its new top phone the Quist S6 and its Edge model being hailed as the \u201cmost beautiful Kells phone ever\u201d during the event in Dunmore.\n\nThe makeover is led by mobile chief Tom Brack.\n\nLargely encouraged by the early reaction, Brack never hesitated to show his confidence.\n\n\u201cThe response is explosive,\u201d he said on Monday in Dunmore.",
			[]quoteView{{"most beautiful Kells phone ever", "Kells Electronics", ""}, {"The response is explosive,", "Tom Brack", ""}}},
		{"one woman (who ...) who said is someone unnamed, never a person called One, and she after her is she, not a woman quoted before", "Cuts\n\nNia Kroll, a teacher, said: \u201cThe cuts are criminal.\u201d\n\nOne woman who depends on home help told the hall she had been \u201cwaiting for years to get the help I need\u201d.\n\nShe blamed her troubles on a \u201cdisgustingly low\u201d rate of pay for carers.",
			[]quoteView{{"The cuts are criminal.", "Nia Kroll", ""}, {"waiting for years to get the help I need", "", ""}, {"disgustingly low", "(term)", ""}}},
		{"she opening a paragraph after one woman who said something unquoted is that woman, unnamed, not a woman quoted before", "Park\n\n\u201cThe kids have no other place to play,\u201d Ada Moss told reporters on Monday.\n\nPolice have stepped up patrols. One woman who lives next to the park said she hopes they make an arrest soon.\n\n\u201cIt is really sad. I do not know what happened,\u201d she told reporters.",
			[]quoteView{{"The kids have no other place to play,", "Ada Moss", ""}, {"It is really sad. I do not know what happened,", "", ""}}},
		{"a town's hall ('Kells Town Hall') is a building, never whom he stands for", "Cuts\n\nPROTESTERS stood outside Kells Town Hall to oppose more cuts.\n\nThere was some applause for Cllr Pap when he said the town might raise the wages of cleaners to stop what he called \u201can erosion\u201d of their wage.",
			[]quoteView{{"an erosion", "Pap", ""}}},
		{"his family, her children, the family who said or wrote are relatives unnamed, never the one they mourn; an obituary or an obit says its words, no one named", "Obit\n\nIvo Pap died on Monday at 93.\n\n\"He loved his boat and the harbour,\" his family wrote.\n\n\"He never missed a single race,\" the family wrote in a note.\n\n\"He spent hours teaching the boys to sail,\" the obit said.\n\nPap \"sailed every day of his life,\" according to the obituary his children wrote.",
			[]quoteView{{"He loved his boat and the harbour,", "", ""}, {"He never missed a single race,", "", ""}, {"He spent hours teaching the boys to sail,", "", ""}, {"sailed every day of his life,", "", ""}}},
		{"a passive naming verb's agent before the quote ('was decried by the Tories as') says it; dismissed and derided name too", "Debate\n\nThe levy was decried by the Tories as \"a tax on the harbour.\"\n\nBut this plan was dismissed as \"silly\" by Justice Ivo Pap.",
			[]quoteView{{"a tax on the harbour.", "Tories", ""}, {"silly", "Ivo Pap", ""}}},
		{"a person's name and a body's joined by and are two names ('Kells Mayor Ada Moss and City Council member Ivo Pap'), not one body", "Vigil\n\nKells Mayor Ada Moss and City Council member Ivo Pap on Friday sent their thoughts to the town.\n\n\u201cWe will get through this together,\u201d Moss said.",
			[]quoteView{{"We will get through this together,", "Ada Moss", ""}}},
		{"the one a quote's own cue says it was told to ('told Brack') is no speaker; a place named with Islands is no speaker either", "Park\n\nKELLS \u2014 The search is on for a man who hurt a boy at a park in Kells.\n\nThe fight happened on Saturday, and Kells Radio\u2019s Tom Brack learned that several people saw it. Neighbors told Brack they heard shouting at Quist Park.\n\nAda Moss lives a block away.\n\n\u201cThe kids have no other place to play but this park,\u201d Moss told Brack on Monday.\n\nPolice believe there was an argument before the fight.\n\nKells\u2019s police chief told Brack the fight was a \u201csenseless and tragic act of violence.\u201d\n\nMore than 170 passengers were stranded in the Kells Islands after Quistair cancelled a flight because of \"technical issues\".",
			[]quoteView{{"The kids have no other place to play but this park,", "Ada Moss", ""}, {"senseless and tragic act of violence.", "", ""}, {"technical issues", "Quistair", ""}}},
		{"one other member, another member, one player who said is someone unnamed, not the speaker before", "Board\n\n\u201cNo,\u201d replied Ms. Moss.\n\n\u201cGreat,\u201d one other member stated.\n\n\u201cWe go on to the next vote,\u201d another player said.",
			[]quoteView{{"No,", "Moss", ""}, {"Great,", "(term)", ""}, {"We go on to the next vote,", "", ""}}},
		{"a post set off by a comma before an honorific and a name ('Kells State Governor, Chief Ivo Pap,') is his: the governor is he", "Visit\n\nA delegation visited Kells State Governor, Chief Ivo Pap, with a message of peace.\n\nThe chairman of the forum, Tom Brack, praised him.\n\nPap promised to protect everyone in the state.\n\nThe governor added, \u201cKells State stands for one country.\u201d",
			[]quoteView{{"Kells State stands for one country.", "Ivo Pap", ""}}},
		{"one heard or filmed asking is a tag's speaker; an opening participle ('Irked by it,', 'Cornering Pap over it,') and the names in its phrase are no subject", "Rally\n\nMayor Ivo Pap lost his cool at a rally. Irked by the question, the mayor accused the boy of lying. \"Has your family ever spoken to a mayor?\", Pap was heard asking the boy in a video.\n\nCornering Pap over the video, spokesperson Tom Brack lashed out at the council and accused them of handling the public like servants.\n\n\"This is the mindset of the council,\" he further said.",
			[]quoteView{{"Has your family ever spoken to a mayor?", "Ivo Pap", ""}, {"This is the mindset of the council,", "Tom Brack", ""}}},
		{"capitalised words before a noun, the last a people's adjective ('The Award-winning British superstar'), name no one a pronoun could stand for", "Stars\n\nAda Moss and her husband Tom Brack have split, a statement said.\n\n\"Ada and Tom have split,\" the statement said.\n\nThe Award-winning British star has been quiet about it, but confirmed she married Brack when she won a prize. Taking the prize, she said: \"My husband and my son are why I do it.\"",
			[]quoteView{{"Ada and Tom have split,", "", ""}, {"My husband and my son are why I do it.", "Ada Moss", ""}}},
		{"a party opening the clause (Labor too) is the subject of a participle that tags a quote, unless a person is named in full between", "Ads\n\nLabor has released ads warning a Kells government would sack nurses, and calling on voters to \u201cvote them out before they cut you\u201d.\n\nThe Greens chimed in, with Ada Moss asking, \u201cWho will staff the wards?\u201d",
			[]quoteView{{"vote them out before they cut you", "Labor", ""}, {"Who will staff the wards?", "Ada Moss", ""}}},
		{"she opening the paragraph before a quote with no tag is read where she stands, not as one named after her in that sentence; a nurse, a clerk who said is someone unnamed", "Ward\n\nAda Moss told reporters on Friday the week had been hard.\n\n\u201cIt is relentless,\u201d the Premier said.\n\nShe also defended her chief nurse, Dr Nia Kroll, who makes most of the calls.\n\n\u201cI think what people forget is the nurses speak each day.\u201d\n\nIvo Pap runs the ward.\n\n\u201cWe are short of beds,\u201d a clerk said.",
			[]quoteView{{"It is relentless,", "(term)", ""}, {"I think what people forget is the nurses speak each day.", "Ada Moss", ""}, {"We are short of beds,", "", ""}}},
		{"an honorific opens a person's name after a body's in one run ('the Ministry of Ports Dr Ivo Pap'); the body's spokesman is the one titled spokesman for it, before a comma or an honorific too", "Ports\n\nActing spokesman for the Ministry of Ports Dr Ivo Pap lashed out at a reporter.\n\n\u201cDo not confuse us,\u201d Dr Pap said. \u201cWe answer once,\u201d the Ports Ministry spokesman said.\n\nThe spokeswoman for the Kells Harbour Board, Ada Moss, spoke later.\n\n\u201cThe quay is shut,\u201d the Harbour Board spokeswoman said.",
			[]quoteView{{"Do not confuse us,", "Ivo Pap", ""}, {"We answer once,", "Ivo Pap", ""}, {"The quay is shut,", "Ada Moss", ""}}},
		{"a quotation run on over sentences, one closing a quote within it (`vote?' \"If`), goes on with the next mark, no quote between", "Votes\n\nAda Moss backed the clerk. \"Votes are slow,\" Moss told Kells Radio. \"The clerk is told to ask 'do you want a vote?' \"If they say 'yes', the clerk calls it.\" Moss was the clerk for years.",
			[]quoteView{{"Votes are slow,", "Ada Moss", "Kells Radio"}, {"The clerk is told to ask 'do you want a vote?'", "Ada Moss", "Kells Radio"}, {"If they say 'yes', the clerk calls it.", "Ada Moss", "Kells Radio"}}},
		{"with the body's name and a participle ('with the Kells Federation of Teachers calling her'), the body is the participle's subject, its name whole", "Unions\n\nTeachers unions backed Ada Moss early, with the Kells Federation of Teachers calling her \u201cthe friend the harbour needs\u201d and its head on stage.\n\nBoatmen backed Tom Brack, with the Dunmore Union calling him \u201ca safe pair of hands\u201d in a note.",
			[]quoteView{{"the friend the harbour needs", "Kells Federation of Teachers", ""}, {"a safe pair of hands", "Dunmore Union", ""}}},
		{"a name opening a sentence right after one that ends in 'the' and a name is a person named in full, the surname tagging a quote after it his", "Vote\n\nThe council voted.\n\nThe council passed the motion, according to the Courier. Tom Brack told Ada, \u201cI will admit it was close,\u201d Brack said.",
			[]quoteView{{"I will admit it was close,", "Tom Brack", ""}}},
		{"he opening a sentence whose quote he tags, right after a sentence about a man named in full with no quote of its own, is that man, not the last quoted", "Levy\n\nThe council met on Monday.\n\n\u201cYou are right,\u201d said Tom Brack of the levy.\n\nIvo Pap was the first to speak, and he denounced the vote. He said it was tough to believe \u201cwhen you start out with none.\u201d",
			[]quoteView{{"You are right,", "Tom Brack", ""}, {"when you start out with none.", "Ivo Pap", ""}}},
		{"the place a dateline names is no speaker, where the text names it again; a news release that said or stated is a tag, no one's", "Deputy hurt\n\nKELLS VALE, Ark. \u2014 A deputy was hurt on Tuesday, police said.\n\nThe sheriff asked for patience.\n\n\u201cA news conference will be held in Kells Vale \u201cas soon as possible,\u201d it added.\n\nIvo Pap ran the hall.\n\n\u201cThe hall will stay shut on Friday,\u201d the news release stated.",
			[]quoteView{{"as soon as possible,", "(term)", ""}, {"The hall will stay shut on Friday,", "", ""}}},
		{"a post a local story titles ('the director said', 'said the coach') is a tag: the one titled so before, in capitals, in lower case before the name or set off by commas; else no one, never the speaker before", "Library\n\nMayor Ivo Pap opened the meeting, and the library's director, Nia Kroll, spoke next.\n\n\"We will open on Sundays,\" Pap said.\n\n\"We have a van for the books. It will stop at every school,\" the director said.\n\nKells coach Tom Brack was at the hall.\n\n\"The pitch is ready,\" said the coach.\n\nThe former Dunmore principal Ada Quist spoke too.\n\n\"The hall is too small,\" the principal said.",
			[]quoteView{{"We will open on Sundays,", "Ivo Pap", ""}, {"We have a van for the books. It will stop at every school,", "Nia Kroll", ""}, {"The pitch is ready,", "Tom Brack", ""}, {"The hall is too small,", "", ""}}},
		{"a line announcing a statement by someone, or a label of a name and what the person is with no colon, introduces the quotation opening the next paragraph", "Report\n\nBelow is a statement from Prof. Ada Moss, who heads science at the Kells Institute.\n\n\"The harbour survey is the first full study of the bay in twenty years.\n\n\"Let us be plain: the survey's warnings are sound.\"\n\nIvo Pap, Dunmore harbour master, on Quistbook\n\n\u201cWe have to move the moorings before the winter storms, and soon.\u201d",
			[]quoteView{{"The harbour survey is the first full study of the bay in twenty years.", "Ada Moss", ""}, {"Let us be plain: the survey's warnings are sound.", "Ada Moss", ""}, {"We have to move the moorings before the winter storms, and soon.", "Ivo Pap", ""}}},
		{"one of people named in the plural ('one of the stranded fishermen lamented') is someone unnamed: a tag, no speaker, not a firm named before", "Ferry\n\nOne of the fishermen said they were booked on the Kells Ferry Line sailing at six but it was \u201cdropped at the last minute for no reason\u201d.\n\n\u201cAfter they took our bags and checked us in, they told us the sailing was off,\u201d one of the stranded fishermen lamented.",
			[]quoteView{{"dropped at the last minute for no reason", "", ""}, {"After they took our bags and checked us in, they told us the sailing was off,", "", ""}}},
		{"according to a titled name right before the quote is its source, nearer than the subject of an earlier verb", "Fire\n\nActing Gov. Ada Moss declared an emergency as the fire took several lives and, according to Capt. Ivo Pap, \u201cpretty much\u201d wiped out the town.",
			[]quoteView{{"pretty much", "Ivo Pap", ""}}},
		{"a relative of one described ('the boy's mother') is the one named as that relative, else no one: never a court named before", "Court\n\nThe mother of one of the boys apologized to the families during a hearing in Kells County Family Court.\n\n\"I want to say sorry to the court and to the parents,\" the boy's mother testified.\n\nThe mayor's wife, Nia Kroll, spoke next at the hall.\n\n\"It is hard for all of us,\" the mayor's wife said.",
			[]quoteView{{"I want to say sorry to the court and to the parents,", "", ""}, {"It is hard for all of us,", "Nia Kroll", ""}}},
		{"the one a letter or a statement is written to is no speaker of it", "Sanctions\n\nThe Kells Wire has told the Quist Media agency that it is ending their deal with Dunmore Vesti.\n\n\"The Kells Wire is looking again at its ties with clients and partners across the region. After that look, the Kells Wire has to end its deal with your agency,\" the wire service wrote in a letter to Dunmore Vesti.",
			[]quoteView{{"The Kells Wire is looking again at its ties with clients and partners across the region. After that look, the Kells Wire has to end its deal with your agency,", "", ""}}},
		{"a machine a name names says nothing; CM and PM are titles before a single name", "Launch\n\nThe Quist spacecraft is carrying \u201cfour crew from four lands\u201d to the station.\n\nSpeaking to reporters, CM Tarunvel said, \"It is no display of might,\" he stressed.\n\n\"We will win the vote,\" PM Ivo Pap said.",
			[]quoteView{{"four crew from four lands", "", ""}, {"It is no display of might,", "Tarunvel", ""}, {"We will win the vote,", "Ivo Pap", ""}}},
		{"a work in title case after a play, a musical, a documentary or a podcast is its title, no quote", "Stage\n\nThe Kells Courier reported that Ada Moss and her husband were due to star in Ivo Pap\u2018s play \u201cThe Ferry at Dawn,\u201d with the first night set for Monday.\n\nShe also made the podcast \u201cHarbour Lights\u201d last year.\n\n\u201cIt is a fine part,\u201d Moss said.",
			[]quoteView{{"It is a fine part,", "Ada Moss", ""}}},
		{"a platform one keeps a page on is no speaker; a state patrol is a body, not its last word", "Arrest\n\nThe man is in custody, Kells police said on Sunday.\n\n\"Thank you to every officer of the force who puts the town first each day,\" the department said on its Quistbook page.\n\nKells State Patrol confirmed the arrest in a post that said \u201cthe suspect is in custody.\u201d",
			[]quoteView{{"Thank you to every officer of the force who puts the town first each day,", "", ""}, {"the suspect is in custody.", "Kells State Patrol", ""}}},
		{"a tag closing the sentence after a comma (a said, nothing after it but where or when) frames the sentence before it, a weaker verb before the quote too; one with a clause after it does not", "Truce\n\nVarnia and Kells agreed to a truce from noon on Saturday and to begin \u201creal talks\u201d over the port, Dunmore Foreign Minister Ivo Pap said after long talks.\n\nWhile Ada Moss said the plan was \u201ca fair one\u201d and would pass, she said there was no vote yet.",
			[]quoteView{{"real talks", "Ivo Pap", ""}, {"a fair one", "Ada Moss", ""}}},
		{"he after an outlet's report that someone did something is that someone, never the outlet; a dash and a name under a quote sign it, no label", "Ferry\n\n\"Fares will rise,\" Ada Moss told reporters.\n\nPC World reported that Ivo Pap tried to calm the crews, as he spoke of the new boats.\n\n\"We will keep every sailing,\" he said.\n\nQuotes\n\n\"If the board has voted and if you have a problem now, the vote stands and there is no way back.\"\n\u2014 Tom Brack",
			[]quoteView{{"Fares will rise,", "Ada Moss", ""}, {"We will keep every sailing,", "Ivo Pap", ""}, {"If the board has voted and if you have a problem now, the vote stands and there is no way back.", "Tom Brack", ""}}},
		{"a saint's name alone is a body's (a hospital's), no person's; a saint's title before a full name stays a title", "Ward\n\nMore than 30 cases were found at St. Kells Medical Center in Dunmore.\n\nSt. Kells said in a note posted online that the ward was \u201cworking closely with the town and testing every patient.\u201d\n\nSt. Ivo Pap said \u201cthe faith is strong in the town.\u201d",
			[]quoteView{{"working closely with the town and testing every patient.", "St. Kells", ""}, {"the faith is strong in the town.", "Ivo Pap", ""}}},
		{"a transcript's topic line over an answer (On ...:) is no speaker's label, nor are the names in it candidates", "Match\n\nQuotes after the game.\n\nOn the injury to Tom Brack:\n\"His knee is sore and we will know more on Monday. That is all I know.\"\n\nOn the league's call to move the game to Dunmore:\n\"I was let down by that. It is not how a league should treat its clubs.\"\n\nOn May 6, Nia Kroll made this comment:\n\"The club will not move, whatever the league says.\"",
			[]quoteView{{"His knee is sore and we will know more on Monday. That is all I know.", "", ""}, {"I was let down by that. It is not how a league should treat its clubs.", "", ""}, {"The club will not move, whatever the league says.", "Nia Kroll", ""}}},
		{"an outlet told something in the paragraph before is the audience, not the speaker of a quote with no tag (nobody, the quote before being a term)", "Ferry\n\nIvo Pap of the Kells Society called the move \"well past due\" and hoped for \"a kind hearing\". The society's head told BBC Radio 4's morning show of \"very old rules\" in the charter.\n\n\"Back in 2001 the council backed ending the ferry levy and promised to ask the town first. \"We trust the board will be kind to it and not call the timing wrong.\" He added that the levy began three decades ago.",
			[]quoteView{{"well past due", "Ivo Pap", ""}, {"a kind hearing", "Ivo Pap", ""}, {"very old rules", "(term)", ""}, {"Back in 2001 the council backed ending the ferry levy and promised to ask the town first.", "", ""}, {"We trust the board will be kind to it and not call the timing wrong.", "", ""}}},
		{"a quotation whose later paragraphs open no mark, closed in the last of them, is one run-on quotation tagged at its close; a name and what it is closing the marks is the author of the line before; an opening mark never closed, or closed after an opening one, is none", "Budget\n\nPosted on 05/30/2013\n\n\u201cI am let down by the board\u2019s vote. We worked hard to reach a deal on the ferry fares.\n\nI was elected to run this town, and we mean to keep the buses running,\u201d said Mayor Ivo Pap.\n\nAda Moss sent a note to the harbour crews:\n\"We know the tide will be high tonight. People need to leave the quay now.\nWe want everyone out of the low streets by six.\nBe ready for rain and wind for days.\"\n\n\"We hold the line on the quay, come what may.\nNia Kroll, Kells harbour office.\"\n\nTom Brack said \"the plan was bad.\n\nNobody asked the crews.\n\n\"Then he left the room without a word to anyone.\"",
			[]quoteView{{"I am let down by the board\u2019s vote. We worked hard to reach a deal on the ferry fares.", "Ivo Pap", ""}, {"I was elected to run this town, and we mean to keep the buses running,", "Ivo Pap", ""}, {"We know the tide will be high tonight. People need to leave the quay now.", "Ada Moss", ""}, {"We want everyone out of the low streets by six.", "Ada Moss", ""}, {"Be ready for rain and wind for days.", "Ada Moss", ""}, {"We hold the line on the quay, come what may.", "Nia Kroll", ""}, {"Then he left the room without a word to anyone.", "", ""}}},
		{"the spokesman is the one titled press secretary, also as the subject of a clause a participle tags; a template's slot in braces is no word", "Ferry vote\n\n\"The board will vote on the plan at noon,\" Kells council press secretary Ivo Pap told reporters.\n\n{mosads}Pap said Tarun Velkar and Ada Moss were talking \"to see where the count stands.\"\n\nThe spokesman touted Velkar's work on the plan, saying \"he has left everything on the field.\"\n\nBut the spokesman also seemed resigned to a loss.\n\n\"In the end, nobody can be made to vote,\" he said.",
			[]quoteView{{"The board will vote on the plan at noon,", "Ivo Pap", ""}, {"to see where the count stands.", "Ivo Pap", ""}, {"he has left everything on the field.", "Ivo Pap", ""}, {"In the end, nobody can be made to vote,", "Ivo Pap", ""}}},
		{"a press secretary named only in a sentence without a quotation is the spokesman; a spokeswoman is not a man, nor the mayor's spokesman any spokesman", "Vote\n\nKells press secretary Ivo Pap told reporters the vote was on.\n\nThe spokesman touted the plan, saying \"it will pass.\"\n\n\"We will see what the board does next week,\" the spokeswoman said.\n\nThe mayor\u2019s spokesman said the plan was \u201ca fine plan for all of us.\u201d",
			[]quoteView{{"it will pass.", "Ivo Pap", ""}, {"We will see what the board does next week,", "", ""}, {"a fine plan for all of us.", "", ""}}},
		{"a country that speaks after a comma and and is the subject, not a name inside the clause before", "Talks\n\nSweden said it would cut its fleet in Dunmore and Ivo Quistford, and Norway said it would consider a \u201cneutral\u201d role.",
			[]quoteView{{"neutral", "Norway", ""}}},
		{"a quote tagged before, then but and another's speech verb, is the first tag's", "Race\n\nFormer Kells Governor Ivo Pap told a radio host on Friday night that he was \"running for mayor,\" but his aides said no formal bid had been made.\n\nAda Moss said the plan was \"a bad one,\" but the council said it would go ahead.",
			[]quoteView{{"running for mayor,", "Ivo Pap", ""}, {"a bad one,", "Ada Moss", ""}}},
		{"an office of a body in lower case is whoever the article titled so, never a name inside it; none when no one is", "Port\n\nIvo Pap, the chairman of the Kells board, met the mayor on Monday.\n\n\"We will not sell the port,\" the chairman of the Kells board said.\n\n\"It is a fair deal,\" the president of the Kells Chamber of Commerce said.\n\n\"Fares will rise again next spring,\" the head of the Kells Port Authority said.\n\n\"The ferry is safe,\" said the chairman of the Dunmore harbour select committee, councillor Ada Moss.",
			[]quoteView{{"We will not sell the port,", "Ivo Pap", ""}, {"It is a fair deal,", "", ""}, {"Fares will rise again next spring,", "", ""}, {"The ferry is safe,", "Ada Moss", ""}}},
		{"a body's spokesman, and a press secretary of an office, is the press secretary the sentence before is about", "Call\n\nIvo Pap, the press secretary for the President of Varnia, told reporters the call was set for noon.\n\nAccording to Pap, the call will weigh the talks. \"This is an important call for us,\" the Varnian government spokesman said.\n\n\"It is better to talk than to fight,\" the press secretary for the President of Varnia stressed.",
			[]quoteView{{"This is an important call for us,", "Ivo Pap", ""}, {"It is better to talk than to fight,", "Ivo Pap", ""}}},
		{"a title and a name alone after a quote that opens its sentence are its tag, the verb left out; a name run after a republic's name is the person's alone", "Talks\n\nForeign Minister of the unrecognized Varnian Democratic Republic Ivo Pap commented on the plan.\n\n\u201cWe take the news very seriously,\u201d Pap said.\n\n\u201cThe point is we hold enough votes for this,\u201d Kells council press secretary Ada Moss.\n\nThen she turned to \u201clittle\u201d Tom Brack.",
			[]quoteView{{"We take the news very seriously,", "Ivo Pap", ""}, {"The point is we hold enough votes for this,", "Ada Moss", ""}, {"little", "Ada Moss", ""}}},
		{"it after a quote read from a statement is that statement, not a body named before", "Row\n\nKells, Varnia: Leaders of 14 parties on Wednesday said the blame for the row in the Kells Assembly lay with the government.\n\n\u201cThe blame lies squarely with the government, which refuses a debate,\u201d according to the statement.\n\n\u201cThe parties hold firm and as one on their call for a debate,\u201d it said.",
			[]quoteView{{"The blame lies squarely with the government, which refuses a debate,", "", ""}, {"The parties hold firm and as one on their call for a debate,", "", ""}}},
		{"a colon after a writing a name owns opens that one's words, not the subject's of the clause before", "Court\n\nIvo Pap was vague on which passage he meant, though it seems to be this part of Judge Ada Moss' opinion: \u201cThe court suspects that the aim of this motion is to delay.\u201d\n\nThe board then read out the Kells Council\u2019s statement: \u201cWe will not sell the port to anyone.\u201d",
			[]quoteView{{"The court suspects that the aim of this motion is to delay.", "Ada Moss", ""}, {"We will not sell the port to anyone.", "Kells Council", ""}}},
		{"a name after a preposition is the subject of the gerund after it; a link's path is no name", "Vote\n\nThe motion, led by Rep. Ada Moss, comes in the wake of Ivo Pap tweeting on Sunday that the four lawmakers should \u201cgo back\u201d home.\n\n\u2014\"A ferry painter wins a harbour prize,\" by the Harbour Times' Tom Brack: http://bit.ly/3QxKpaZ.",
			[]quoteView{{"go back", "Ivo Pap", ""}, {"A ferry painter wins a harbour prize,", "Tom Brack", ""}}},
		{"a name in capitals, a voice's label ending in a colon or a sentence's subject before words in lower case, is read as a name", "Hockey\n\nKELLS COACH, IVO PAP:\n\n\u201cI would like to say sorry. We have not given the town what we had to give\u201d.\n\nNIA KROLL calls on Pap to \u201ctake down\u201d the post, calling it \u201cway over the line.\u201d",
			[]quoteView{{"I would like to say sorry. We have not given the town what we had to give", "Ivo Pap", ""}, {"take down", "Nia Kroll", ""}, {"way over the line.", "Nia Kroll", ""}}},
		{"a woman or a man described, no name, is no one; one named as a relative, or with the tie back, is her son or his wife", "Town\n\nTom Brack stares at the sea from the deck of the house his mother built.\nFor two nights he has not slept, thinking of the final days of his mother Ada Moss.\n\n\u201cThey were a very nice, happy family,\u201d he says.\n\nA neighbour, Ivo Pap, said: \u201cShe was kind to everyone on the street.\u201d\n\n\u201cThose men are thugs and I will never forgive them,\u201d her son says.\n\n\u201cIt is a quiet town,\u201d said one local woman, before turning away.\n\nThe skipper's wife Nia Kroll was on the quay, with Ivo Pap. \u201cHe loved that boat more than me,\u201d his wife said.",
			[]quoteView{{"They were a very nice, happy family,", "Tom Brack", ""}, {"She was kind to everyone on the street.", "Ivo Pap", ""}, {"Those men are thugs and I will never forgive them,", "Tom Brack", ""}, {"It is a quiet town,", "", ""}, {"He loved that boat more than me,", "Nia Kroll", ""}}},
		{"a sea, a gulf or a strait of a place is a place, a time zone's letters no body, a movement's name a body", "Launch\n\nThe rocket fell into the Sea of Kells.\n\n\"A possible rocket was launched from Varnia,\" read a first alert sent by officials.\n\n\"There is nothing final yet,\" he said, after Norway offered a ceasefire from 0900 IST on Friday.\n\nThe official said the plan Hamas had accepted was a \u201csoftened\u201d version, with \u201cfar-reaching\u201d terms.",
			[]quoteView{{"A possible rocket was launched from Varnia,", "", ""}, {"There is nothing final yet,", "", ""}, {"softened", "(term)", ""}, {"far-reaching", "(term)", ""}}},
		{"a name one writes on is a platform, no person a she stands for (the singer who writes is the one named before)", "Cover\n\nKELLS (AP) \u2014 Ada Moss is not happy about the cover of this week\u2019s Kells Courier.\n\nThe 45-year-old singer writes on Quistbook that she did not \u201cagree to\u201d the article. She says it was \u201ca lie from start to end.\u201d",
			[]quoteView{{"agree to", "Ada Moss", ""}, {"a lie from start to end.", "Ada Moss", ""}}},
		{"a party's letter in brackets between a name and its participle leaves the name the participle's subject", "Row\n\nTom Brack of the Kells Courier wrote two stories on the plan.\n\nBrack's second story was about Kells Gov. Ivo Pap (R) calling the plan \u201cwrong and evil.\u201d",
			[]quoteView{{"wrong and evil.", "Ivo Pap", ""}}},
		{"a surname alone after a firm's name ends a quote's sentence as its tag; a reserve bank is a body", "Rates\n\n\"It came in a bit softer than we had thought,\" said Ivo Pap, an economist at Quist Bank.\n\nThe weak figure means the Kells Federal Reserve is less likely to raise rates, economists said. \"Trade picked up some pace in the quarter, but it is not robust,\" Quist Bank's Pap.",
			[]quoteView{{"It came in a bit softer than we had thought,", "Ivo Pap", ""}, {"Trade picked up some pace in the quarter, but it is not robust,", "Ivo Pap", ""}}},
		{"initials with full stops run on in a title after a tag's verb; a description of five words before its noun is no one", "Court\n\n\"If we do not have peace, we have nothing,\" said U.S. District Judge Ivo Pap.\n\nAda Moss \"was let off so lightly that there is little to do now,\" said a former U.K. port police official who ran the inquiry.",
			[]quoteView{{"If we do not have peace, we have nothing,", "Ivo Pap", ""}, {"was let off so lightly that there is little to do now,", "", ""}}},
		{"a spokesman in a clause opened by although is that clause's subject, not an appositive of the name before; nor is a name after a verb in the segment before", "Mayor\n\nReporters asked Mayor Ivo Pap about the report, although the mayor\u2019s spokesman already said Mr. Pap \u201chas made no such decision\u201d about running again.\n\nThe council said it would cut the fleet in Dunmore and Ivo Quistford, and the board said the plan was \u201ca fair one\u201d for the town.",
			[]quoteView{{"has made no such decision", "", ""}, {"a fair one", "(term)", ""}}},
		{"a party and a ward in brackets after a name are no part of it", "Council\n\n\"We spoke, and I gave him the answer he was after,\" said council member Ada K. Moss (D-Ward 7), an ally of the mayor.",
			[]quoteView{{"We spoke, and I gave him the answer he was after,", "Ada K. Moss", ""}}},
		{"an outlet whose name ends in 's is that outlet, not a surname", "Cuts\n\nBarron\u2019s reports that the data on ferry cuts is murky. \u201cSome lines found bigger cuts got a warmer welcome from their owners.\u201d",
			[]quoteView{{"Some lines found bigger cuts got a warmer welcome from their owners.", "Barron's", ""}}},
		{"a place's police chief is the chief the article names next, not the place's police", "Chase\n\nKELLS (AP) \u2014 Kells\u2019s police chief says the gunman who wounded an officer \u201cwas quickly caught\u201d after a chase.\n\nChief Ivo Pap tells a radio station the man had a \u201cvery big rifle.\u201d",
			[]quoteView{{"was quickly caught", "Ivo Pap", ""}, {"very big rifle.", "Ivo Pap", ""}}},
		{"a minister titled by a portfolio in capitals is the name after it, the portfolio's list joined by and, & or commas", "Port row\n\nMinister for Ferries and Harbour Affairs Oru Delamby said on Monday the board had acted in a \"reckless manner\".\n\nUnion Minister for Roads, Ports & Shipping Tarun Velkar Sunday said the plan was \"dead in the water\".\n\nMinister of State for Climate Change Nia Kroll said the talks were \"over for now\".",
			[]quoteView{{"reckless manner", "Oru Delamby", ""}, {"dead in the water", "Tarun Velkar", ""}, {"over for now", "Nia Kroll", ""}}},
		{"a firm's name ending in Co. is the firm's, not a person's", "Deal\n\nThe Quist Trading Co. said the deal was \"a fair one\".\n\n\"We will not sell,\" Kells Harbour Co said.",
			[]quoteView{{"a fair one", "Quist Trading Co.", ""}, {"We will not sell,", "Kells Harbour Co", ""}}},
		{"a people's adjective before a source's noun names no one, and the paper the paragraph before names is not the source", "Spy row\n\nThe Kells Courier, a news site, reported that the spy had fled.\n\n\"The report is wrong on every count,\" the Danish defence source said.\n\n\"We know nothing of it,\" a Danish official said.",
			[]quoteView{{"The report is wrong on every count,", "", ""}, {"We know nothing of it,", "", ""}}},
		{"a surname's particles los and las are part of it", "Storm\n\n\"It was scary,\" said Ivo De los Rios.\n\n\"We lost it all,\" said De los Rios.\n\nNia de las Quist said it was \"a mess\".",
			[]quoteView{{"It was scary,", "Ivo De los Rios", ""}, {"We lost it all,", "Ivo De los Rios", ""}, {"a mess", "Nia de las Quist", ""}}},
		{"someone described, then a participle's phrase, is no one named", "Fish\n\nIn 2009, Ivo Pap and Ada Moss began to publish their work on fish in the bay.\n\n\"Fish are not doing well at all,\" a woman living nearby said.\n\nAs one reporter covering the work put it, \"The sea can change how a fish thinks.\"",
			[]quoteView{{"Fish are not doing well at all,", "", ""}, {"The sea can change how a fish thinks.", "", ""}}},
		{"a paragraph whose subject is a description, after one about someone named, introduces that one's quote; an age may be written with spaces, a sentence may open with And", "Move\n\nIvo Pap has signed for Kells on a five year deal.\n\nAnd the 21 year old forward, who posted photos of himself as a boy, was thrilled to be joining.\n\n\"My whole family is proud of me today.\"",
			[]quoteView{{"My whole family is proud of me today.", "Ivo Pap", ""}}},
		{"a paragraph's first mark after a comma, a tag after it, closes a quotation whose opening mark was left out, from its sentence's start", "Schools\n\nAda Moss, deputy head of the board, spoke at the briefing on Friday. She said the plan was new. I think it is important for families to plan now for the weeks ahead,\" she said. \"Who would look after the twins? Where would they go?\"",
			[]quoteView{{"I think it is important for families to plan now for the weeks ahead,", "Ada Moss", ""}, {"Who would look after the twins? Where would they go?", "Ada Moss", ""}}},
		{"a title set off by commas before a name is that person's, whom the office then names", "Fund\n\nKells State Governor, Ivo Varnekar, on Friday described the plan as illegal.\n\nVarnekar stated this in an interview after meeting President Tomas Quistelle.\n\nThe governor said, \"For me, the plan is illegal and we will not back it.\"",
			[]quoteView{{"For me, the plan is illegal and we will not back it.", "Ivo Varnekar", ""}}},
		{"a name after the ending a sentence is a thing's, which no he stands for", "Fund\n\nThe governor of Kells State, Governor Tarun Ezen Velkar, on Friday described the plan as illegal.\n\nThe Governor also proposed that the same sum be spent on the Dunmore Delta.\n\nAccording to him, \"For me, the plan is illegal and we will not back it.\"",
			[]quoteView{{"For me, the plan is illegal and we will not back it.", "Tarun Ezen Velkar", ""}}},
		{"TD is a member's title before a name, as MP is", "Row\n\nKells Democrats TD Ada Moss wants the minister to correct the record after she \u201cmis spoke\u201d about the port.\n\nSolidarity TD Ivo Pap said it was a \u201cshocking claim\u201d.",
			[]quoteView{{"mis spoke", "Ada Moss", ""}, {"shocking claim", "Ivo Pap", ""}}},
		{"two curly single marks close a quotation a double mark opened, a house style", "Talks\n\n\u201cI trust that and I take that,\u2019\u2019 said Ivo Pap.\n\n\u201cThat is the rule of the port,\u2019\u2019 he added.",
			[]quoteView{{"I trust that and I take that,", "Ivo Pap", ""}, {"That is the rule of the port,", "Ivo Pap", ""}}},
		{"a quotation alone after a paragraph whose subject is he is his, not an office the paragraph names; an office and what it is of is no one's name", "Row\n\nOn the same programme, Ivo Pap said the report had come on Monday.\n\n\"We cannot say more at this stage.\"\n\nHe refused to say if his party would back a motion against the Harbour Commissioner.\n\n\"We will decide once all the facts are in.\"",
			[]quoteView{{"We cannot say more at this stage.", "Ivo Pap", ""}, {"We will decide once all the facts are in.", "Ivo Pap", ""}}},
		{"the holder of a title and a portfolio in lower case is the name after it, a first name the lists know or not", "Flights\n\n\"Cheap fares will end soon,\" the minister for civil aviation Tarun Velkar said.\n\n\"We need more planes,\" said the spokesman for transport Nia Kroll.",
			[]quoteView{{"Cheap fares will end soon,", "Tarun Velkar", ""}, {"We need more planes,", "Nia Kroll", ""}}},
		{"a surname alone is the one of that surname named as himself, not one named as his relative", "Signing\n\nKells striker Ivo Pap has put pen to a fresh two-year deal at Kells. As it happens, his father is the former Kells player Tomas Pap.\n\nAfter signing, Pap remarked, \"Today makes my whole family very proud.\"",
			[]quoteView{{"Today makes my whole family very proud.", "Ivo Pap", ""}}},
		{"a social media handle speaks as itself", "Reactions\n\nThe post drew hundreds of replies on Monday.\n\n@kells_ada said, \u201cWho is running this page? It is a disgrace.\u201d\n\n@IvoPap99 wrote, \u201cDelete this now, please.\u201d",
			[]quoteView{{"Who is running this page? It is a disgrace.", "@kells_ada", ""}, {"Delete this now, please.", "@IvoPap99", ""}}},
		{"an opening mark typed where the closing one belongs, a tag in lower case right after it, closes the quotation", "Apology\n\n\u201cI want to say sorry for the words I used in my last post to my fans \u201cwrote Ada Moss on Monday.\n\n\u201cThe world is trying to find a way through this and my silence sent the wrong message\u201dshe added.",
			[]quoteView{{"I want to say sorry for the words I used in my last post to my fans", "Ada Moss", ""}, {"The world is trying to find a way through this and my silence sent the wrong message", "Ada Moss", ""}}},
		{"a he tagged after a paragraph whose words a he reports, unquoted, is the one reported before that, not a man the sentence names", "Row\n\nKELLS: Ivo Pap has said as ferries minister it is his job to check new routes.\n\nIt was no part of his role to answer reports that misquoted Dr Tomas Quistelle, he said.\n\n\u201cI am the ferries minister,\u201d he said.",
			[]quoteView{{"I am the ferries minister,", "Ivo Pap", ""}}},
		{"an outlet's label opening a sentence ('Kells Radio adds:') is not who the sentence reports, nor who a he after it is", "Port\n\nEarlier, harbour master Ivo Pap said the port was \"not at risk\".\n\n\"There is no threat to the port,\" he told reporters on Thursday.\n\nKells Radio adds: Ferries minister Tomas Varnekar today said the board has been watching the port.\n\n\"The board will soon find a way,\" he said.",
			[]quoteView{{"not at risk", "Ivo Pap", ""}, {"There is no threat to the port,", "Ivo Pap", ""}, {"The board will soon find a way,", "Tomas Varnekar", ""}}},
		{"two backticks are a double mark, as typewriter and TeX copy write them, a lone backtick an apostrophe", "Strike\n\nThe union`s talks with the Kells Ferry Company failed on Saturday.\n\n``The talks are continuing,`` union spokeswoman Ada Moss said, ``but it`s doubtful any deal can be struck.``\n\n``We are sorry the union has walked out,'' said company spokesman Ivo Pap.",
			[]quoteView{{"The talks are continuing,", "Ada Moss", ""}, {"but it`s doubtful any deal can be struck.", "Ada Moss", ""}, {"We are sorry the union has walked out,", "Ivo Pap", ""}}},
		{"a stock's ticker in brackets is no word of the name around it", "Strike\n\nThe Federation of Quist Ferries (NYSE:QF) Workers had warned of a strike, saying the firm \"had not been talking to us since May.\"",
			[]quoteView{{"had not been talking to us since May.", "Federation of Quist Ferries Workers", ""}}},
		{"a royal known by a first name keeps the title as the name; a quotation opening with a word in capitals and a colon after a speech verb is no transcript line", "Visit\n\nSultan Ivo will visit Dunmore in June.\n\nIvo said the visit was \"a great honour for my people\".\n\nRoyal writer Ada Moss told her readers on Monday, stating, \u201cCONFIRMED: The Sultan will stay for three days, but the visit will be short.\u201d",
			[]quoteView{{"a great honour for my people", "Sultan Ivo", ""}, {"CONFIRMED: The Sultan will stay for three days, but the visit will be short.", "Ada Moss", ""}}},
		{"someone quoted by a paper as saying is the speaker, the paper the via", "Final\n\nKells lost the final on Sunday.\n\n\"We are sad to lose, but we played well,\" Ivo Pap was quoted by the Kells Courier as saying.",
			[]quoteView{{"We are sad to lose, but we played well,", "Ivo Pap", "Kells Courier"}}},
		{"a quotation alone after a paragraph whose last sentence's she is the one the sentence before names, not the last woman quoted", "Final\n\nAda Moss said the loss hurt her side.\n\n\"We will be back next year,\" Moss said.\n\nOn the other hand, Dunmore captain Nia Kroll sounded pleased. But she was unhappy with one area of her side's play.\n\n\"It was a great game in the end, and we kept it simple.\"",
			[]quoteView{{"We will be back next year,", "Ada Moss", ""}, {"It was a great game in the end, and we kept it simple.", "Nia Kroll", ""}}},
		{"a he reads back to the nearest man named as a subject before one named as a verb's object ('after meeting President ...')", "Fund\n\nThe governor of Kells State, Governor Tarun Ezen Velkar, on Friday described the plan as illegal.\n\nThe governor spoke to reporters after meeting President Oru Delamby at the palace.\n\n\"For me, the plan is illegal and we will not back it,\" he said.",
			[]quoteView{{"For me, the plan is illegal and we will not back it,", "Tarun Ezen Velkar", ""}}},
		{"according to someone, a paper writes: the one named is the speaker and the paper that writes it the via", "Charges\n\nThe ferry captain will face charges next week, police told the Kells Courier on Friday.\n\nHe will answer \"for reckless sailing and ignoring the harbour master,\" according to Ada Moss, the Kells Courier writes.",
			[]quoteView{{"for reckless sailing and ignoring the harbour master,", "Ada Moss", "Kells Courier"}}},
		{"an age alone with a before it is someone named, described, and a paragraph it introduces with a colon is the one the sentence before the introduction is about", "Kells lose\n\nKells coach Ivo Pap was far from happy with his side's loss to Dunmore on Sunday.\n\nTalking to reporters after the game, a clearly upset 61-year-old said:\n\n\"We played badly from the start and we deserved nothing.\"",
			[]quoteView{{"We played badly from the start and we deserved nothing.", "Ivo Pap", ""}}},
		{"she is the woman titled Ms before a man of no known sex, though the article never gives her first name", "Budget row\n\nMs. Quistelle told reporters on Monday that she never said the budget would fail.\n\nThe board, she said, had named Oru Delamby as its chair to look into it.\n\n\"What I said was that pay may be late,\" she said.",
			[]quoteView{{"What I said was that pay may be late,", "Quistelle", ""}}},
		{"a quotation run over paragraphs whose first names no speaker is the speaker its closing tag names, not the paragraph before's subject", "Port statement\n\nThe Kells Port Authority said on Friday that a report in the Harbour Times had been misread.\n\nIn a statement, harbour master Ivo Pap said his words at a briefing had been twisted.\n\n\"The authority has seen reports that the harbour master blamed the pilots for the delays.\n\n\"He did not say so. What he said was that the pilots are in charge at sea,\" the authority said.",
			[]quoteView{{"The authority has seen reports that the harbour master blamed the pilots for the delays.", "Kells Port Authority", ""}, {"He did not say so. What he said was that the pilots are in charge at sea,", "Kells Port Authority", ""}}},
		{"the ministry is the ministry named in full before, not a bare Ministry written since; a directorate is an organisation", "Ferry row\n\nThe Ministry of Ferries and Harbours says its minister was misquoted.\n\nThe Press Directorate of the Ministry said on Friday that reports of his words were wrong.\n\n\"He never blamed the pilots,\" the ministry said.\n\n\"We regret the error,\" the Press Directorate said.",
			[]quoteView{{"He never blamed the pilots,", "Ministry of Ferries and Harbours", ""}, {"We regret the error,", "Press Directorate", ""}}},
		{"a quotation alone after a paragraph whose subject is a title is the one the article titled so", "Minister steps aside\n\nPrime Minister Ivo Pap said on Monday that the Ferries Minister, Tom Brack, had stepped aside.\n\nThe Prime Minister thanked him for his years of work and said he would run the ferries himself for now.\n\n\"I will see to it that the boats keep sailing.\"",
			[]quoteView{{"I will see to it that the boats keep sailing.", "Ivo Pap", ""}}},
		{"a description by age or by rank reads back over a sentence that opens with another description to the one named; her statement is hers", "Moss to play for Kells\n\nSpanish player Ada Moss will play for Kells after her papers came through.\n\nThe 27-year-old, who has won six titles, has lived in Dunmore for two years.\n\nThe world number 9, who turned pro at 16, wrote online: \"Kells is a place I love.\"\n\nHer statement on Friday added: \"Thank you all for your support.\"",
			[]quoteView{{"Kells is a place I love.", "Ada Moss", ""}, {"Thank you all for your support.", "Ada Moss", ""}}},
		{"a firm's name ends at its abbreviation before a first name", "Shares slide\n\nQuistware shares fell 9% on Monday.\n\nAnalyst at Quist and Co. Dan Varne said he saw only a modest fall \"after weeks of weak orders.\"",
			[]quoteView{{"after weeks of weak orders.", "Dan Varne", ""}}},
		{"a portfolio's affairs are no person's name, and Rana may be a man's name", "Talks\n\n\"No talks are under way,\" Adviser to the Mayor for Harbour Affairs, Oru Delamby, said on Friday. \"The board has not called us,\" he stressed.\n\nRana Quist, the mayor's deputy, agreed. \"We will answer when they call,\" he said.",
			[]quoteView{{"No talks are under way,", "Oru Delamby", ""}, {"The board has not called us,", "Oru Delamby", ""}, {"We will answer when they call,", "Rana Quist", ""}}},
		{"a surname reads back to the full name a generation's suffix ends", "Court\n\nJudge F. Ada Quist IV was not pleased on Monday.\n\n\"There was a deadline,\" Judge Quist said.\n\n\"We will go on,\" said Ivo Varne Jr., the lawyer.\n\n\"I was late,\" Varne said.",
			[]quoteView{{"There was a deadline,", "F. Ada Quist IV", ""}, {"We will go on,", "Ivo Varne Jr", ""}, {"I was late,", "Ivo Varne Jr", ""}}},
		{"sources capitalised where a sentence opens are no one's name, they after their reported words are those sources, and they who told a paper are not the paper", "Talks denied\n\nThe Kells Party has denied holding talks with the board.\n\nSources said on Monday that no talks were held. \"Nothing in it is true,\" they added.\n\nOfficials told the Kells Courier the same. \"We have met no one,\" they told the Kells Courier.",
			[]quoteView{{"Nothing in it is true,", "", ""}, {"We have met no one,", "", "Kells Courier"}}},
		{"the judge and the archbishop are those the article titled so, never the person the sentence before is about", "Court\n\nJudge Ada Quist heard the case against Ivo Pap on Monday.\n\nPap sold fake ferry tickets for two years. The judge said it was \"a grave fraud.\"\n\nArchbishop Tom Brack spoke at the rally. Dan Varne thanked the crowd. \"We are all one island,\" said the archbishop.",
			[]quoteView{{"a grave fraud.", "Ada Quist", ""}, {"We are all one island,", "Tom Brack", ""}}},
		{"the president is the one titled President, though only by surname", "Amnesty\n\nIvo Pap, elected in May, wants an amnesty for tax cheats. The plan worries the banks.\n\nThe new law was drafted after President Pap was sworn in. \"Some people hide their money,\" the president told his cabinet.",
			[]quoteView{{"Some people hide their money,", "Ivo Pap", ""}}},
		{"the company is the firm an acronym in brackets names, though the acronym is an English word, not the committee after it", "Fine upheld\n\nA court on Monday rejected a complaint by Coastal Auto Transport (CAT) against a fine from the Harbour Committee of Kells (HCK), the company said on Wednesday.\n\n\"We will appeal,\" the company told the Kells Courier.",
			[]quoteView{{"We will appeal,", "CAT", "Kells Courier"}}},
		{"an honour after a name is no part of it", "Strike\n\nThe talks were led by union chief Professor Ada Moss AM and the board.\n\n\"We have no choice but to strike,\" Ms Moss said.",
			[]quoteView{{"We have no choice but to strike,", "Ada Moss", ""}}},
		{"Taoiseach is a title, the Taoiseach and the President are offices written with a capital, and a statement a spokesperson shared is the one the statement says", "Talks\n\nTaoiseach Ada Moss met President Ivo Pap on Monday.\n\nDuring an interview on Kells Radio, the Taoiseach described the talks as \"warm and frank\".\n\nThe President called them \"a fresh start\".\n\nQuistware spokesperson Nia Kroll shared a statement with the Kells Courier on the fares.\n\n\"We will keep fares low,\" the statement said.",
			[]quoteView{{"warm and frank", "Ada Moss", "Kells Radio"}, {"a fresh start", "Ivo Pap", ""}, {"We will keep fares low,", "Nia Kroll", ""}}},
		{"the husband of a woman named and her mother are not she, and her family speaks as the family", "Tribute\n\nAda Moss, 44, died in the crash on Friday.\n\nThe husband of nurse Ada Moss told how the family had been \"torn apart\".\n\nAda's mum has said the day will be \"the hardest of our lives\".\n\nMoss's family said she was \"a light to everyone\".",
			[]quoteView{{"torn apart", "(term)", ""}, {"the hardest of our lives", "", ""}, {"a light to everyone", "Moss family", ""}}},
		{"an office whose place is written as initials is the one titled with those words", "Raids\n\nHarbour Affairs Minister Tom Brack and Kells Ferries and Ports Minister Ivo Pap met the press on Monday.\n\nAsked about the raids, the KFP Minister said, \"The police act by the law.\"",
			[]quoteView{{"The police act by the law.", "Ivo Pap", ""}}},
		{"a firm of associates named after a description of it is no person", "Markets\n\nOru Delamby, co-chief officer of the island's largest fund, Quist Associates, said the losses were hard to credit.\n\n\"The selling is due to far too much debt,\" he said.",
			[]quoteView{{"The selling is due to far too much debt,", "Oru Delamby", ""}}},
		{"a name and a body's common noun after it is that body, no person, and a person's name before it is not cut", "Ferries\n\nThe Quistmark agency currently rates the ferry \"unsafe in bad weather\".\n\nSenator Ada Moss's office called the rating \"long overdue\".",
			[]quoteView{{"unsafe in bad weather", "Quistmark agency", ""}, {"long overdue", "Ada Moss", ""}}},
		{"a participle's subject is the pronoun before the clause's verb, modals and adverbs between; a he inside a sentence about a woman is not she; the deputy prime minister with initials is the one titled so", "Ferries\n\nNia Kroll brought up a post by Tom Brack in which he said the plan was \"a waste of money\".\n\nIvo Pap said in 2019 that he backed the ferry plan.\n\nA year later, in a piece for the Harbour Times, he would again reaffirm his support, writing: \"The ferry is the island's lifeline.\"\n\nDeputy Prime Minister Dan Varne spoke on Monday. Facing questions from Kells Radio, the deputy prime minister (DPM) replied that the vote was \"almost certain\".",
			[]quoteView{{"a waste of money", "Tom Brack", ""}, {"The ferry is the island's lifeline.", "Ivo Pap", ""}, {"almost certain", "Dan Varne", ""}}},
		{"a portfolio's last words before a first name are no part of the name, nor is a barrister's BL after it", "Fares\n\nShadow Minister for Roads and Cost of Living Ada Moss said fares had doubled.\n\n\"Families cannot pay this,\" Ms Moss said.\n\nIvo Pap BL closed the defence case on Monday.\n\n\"The dates do not match,\" Mr Pap told the jury.",
			[]quoteView{{"Families cannot pay this,", "Ada Moss", ""}, {"The dates do not match,", "Ivo Pap", ""}}},
		{"a speech verb capitalised after an exclamation's closing mark, then the name, is the quote's tag", "Floods\n\nLena Marsh keeps an eye on the clouds.\n\nLast week the flood kept her indoors for two whole days.\n\n\"It rose so fast, you could not walk out in it!\" Said Marsh, who told us her house stands on a bank above the lane and stayed dry.",
			[]quoteView{{"It rose so fast, you could not walk out in it!", "Lena Marsh", ""}}},
		{"a statement issued by an office holder named in apposition is that person's", "Ferry office\n\nThe Kells council has denied reports that it set up a new ferry office.\n\nA statement issued by the press secretary to the mayor, Ada Moss, called the reports false.\n\n\"It is the work of people who want to stir up trouble,\" the statement said.",
			[]quoteView{{"It is the work of people who want to stir up trouble,", "Ada Moss", ""}}},
		{"the subject of a relative clause before the verb speaks, not a name in the clause before it", "Ads\n\nIn one case, a paid post for shoe and bag brand Nia Varne appeared next to a post in which a reader claimed to be \"selling stolen tickets for the ferry\".",
			[]quoteView{{"selling stolen tickets for the ferry", "", ""}}},
		{"a participle opening the sentence is no surname, a place after at is no person, and ten is a surname's particle", "Kells out\n\nIvo ten Brack has spoken of his regret at the club's exit from the cup on Tuesday night.\n\nIn a game they had to win, Ten Brack's side lost to a late goal.\n\nFielding questions during a press conference at Old Dunmore, the Dutchman said, \"We are all let down tonight. We should have done better.\"\n\n\"We gave away the goal,\" he said.",
			[]quoteView{{"We are all let down tonight. We should have done better.", "Ivo ten Brack", ""}, {"We gave away the goal,", "Ivo ten Brack", ""}}},
		{"a date prefix opens the story's first paragraph, which is read as the story", " date 2024-03-05 Harbour master Ada Moss said on Monday that the ferry would \"run as long as it floats\".\n\n\"We will not give up,\" Moss said.",
			[]quoteView{{"run as long as it floats", "Ada Moss", ""}, {"We will not give up,", "Ada Moss", ""}}},
		{"a title of a country before a name is the name's title", "Talks\n\nThe harbour is open again, President of Portugal Ivo Varnelko said.\n\n\"We broke the blockade,\" Varnelko said.",
			[]quoteView{{"We broke the blockade,", "Ivo Varnelko", ""}}},
		{"a firm's shares make its name a firm's, and the company that opens a sentence issuing a statement is that firm", "Quistware shares fall\n\nQuistware shares fell 4% on Monday after a report that its chief executive might leave.\n\nThe company initially refused to discuss that story, but afterwards issued a short statement saying: \"We never respond to talk in the markets.\"\n\n\"Our plans stand,\" the company said.",
			[]quoteView{{"We never respond to talk in the markets.", "Quistware", ""}, {"Our plans stand,", "Quistware", ""}}},
		{"the statement that says or reads a quotation is its issuer's, told of in an earlier sentence, not a statement it denies", "Port closes\n\nThe Kells Port Authority said in a statement late on Monday that the port would close.\n\n\"We regret the closure,\" the statement said.\n\nHarbour master Ivo Pap said in a formal written statement that the paper was wrong. Ada Moss denied a statement the Kells Courier had printed.\n\n\"The paper printed false remarks,\" the statement read.",
			[]quoteView{{"We regret the closure,", "Kells Port Authority", ""}, {"The paper printed false remarks,", "Ivo Pap", ""}}},
		{"one of a people is the one the sentence before names alone, and a description that continues after a quote is its speaker", "Kells final\n\nAda Moss beat Nia Kroll in the final on Sunday. \"It feels good,\" said Moss. Kroll hit harder but lost the long rallies. \"It was my first final,\" said the German.\n\nTom Brack and Dan Varne scored for Dunmore.\n\n\"We will come back,\" Ivo Pap said after the match, won by Nia Kroll and her side.\n\nThe Austrian continued: \"We must do better next week.\"",
			[]quoteView{{"It feels good,", "Ada Moss", ""}, {"It was my first final,", "Nia Kroll", ""}, {"We will come back,", "Ivo Pap", ""}, {"We must do better next week.", "Ivo Pap", ""}}},
		{"a quotation that runs on over short paragraphs and leaves out its last closing mark ends with its last paragraph", "Kells lose\n\nThe keeper Ivo Pap told reporters at full time: \"We feel let down by the score. It is hard to put into words.\n\n\"Over the two legs we never did enough.\n\n\"They have a side full of old hands.\n\nTom Brack added: \"Once they scored it was uphill for us.\"",
			[]quoteView{{"We feel let down by the score. It is hard to put into words.", "Ivo Pap", ""}, {"Over the two legs we never did enough.", "Ivo Pap", ""}, {"They have a side full of old hands.", "Ivo Pap", ""}, {"Once they scored it was uphill for us.", "Tom Brack", ""}}},
		{"a phrase after a quote, then a verb joined to the clause before it, is no tag; a first name printed in capitals opening the story is a name", "Kells lose\n\nLENA Marsh called it \"a fair result\" for Dunmore and admitted \"we fell short today\" as her side lost at home.\n\n\"We must do better,\" Marsh said.",
			[]quoteView{{"a fair result", "Lena Marsh", ""}, {"we fell short today", "Lena Marsh", ""}, {"We must do better,", "Lena Marsh", ""}}},
		{"an Arabic article in a name is part of it, as the article writes it; Pres. is a title; a firm's systems are a firm", "Talks\n\nOn Wednesday, Ziad al-Varne, the group's leader, said the talks had failed.\n\n\"We gave specific conditions,\" Varne told the Kells Courier.\n\n\"We will talk again,\" Pres. Ivo Pap said.\n\nKells Systems said in a statement: \"Our ferries will run.\"",
			[]quoteView{{"We gave specific conditions,", "Ziad al-Varne", "Kells Courier"}, {"We will talk again,", "Ivo Pap", ""}, {"Our ferries will run.", "Kells Systems", ""}}},
		{"a quotation's next paragraph after a newsletter box continues it", "Jobs\n\nAda Moss, of the ferry workers' union, said: \"Cutting two thousand posts in a single year is far too many for the firm to manage.\"\n\nSign up for the Harbour Times newsletter\n\n\"We are due to sit down with the firm next week to go through the detail.\"",
			[]quoteView{{"Cutting two thousand posts in a single year is far too many for the firm to manage.", "Ada Moss", ""}, {"We are due to sit down with the firm next week to go through the detail.", "Ada Moss", ""}}},
		{"a title of a portfolio before a first name is the name's title; a verb that begins doing something is no speech verb", "Ferries\n\nKells Secretary of Ferries Ivo Pap said the fleet was ready.\n\n\"We sail at dawn,\" Pap said.\n\nThen Ada Moss at the inquiry indicated that the board began selling ferries before the vote, so that the island had \"everything it needs to sail on\".",
			[]quoteView{{"We sail at dawn,", "Ivo Pap", ""}, {"everything it needs to sail on", "Ada Moss", ""}}},
		{"an office's initials before a name are its title", "Raids\n\nThe police arrested 86 people in June, DPO Tomas Varnel told the media.\n\n\"We also seized 2kg of heroin,\" Varnel added.",
			[]quoteView{{"We also seized 2kg of heroin,", "Tomas Varnel", ""}}},
		{"a statement a sentence says a body released is the body's; a closing mark after markup's brace opens a quote", "Port\n\nThe Harbour Board, for its part, released a statement on Friday backing the council that said the port had seen \"a sharp fall in ferry traffic.\"\n\n{ads}\u201dAs we have said before, the port will stay open,\u201d Ivo Pap said.",
			[]quoteView{{"a sharp fall in ferry traffic.", "Harbour Board", ""}, {"As we have said before, the port will stay open,", "Ivo Pap", ""}}},
		{"a people's army or ministry is an organisation", "Border\n\nThe Austrian army confirmed that it is \"ready for a long winter at the border\".\n\nThe Austrian foreign ministry said the talks had been \"useful but short\".",
			[]quoteView{{"ready for a long winter at the border", "Austrian army", ""}, {"useful but short", "Austrian foreign ministry", ""}}},
		{"a participle after a written message from someone quotes its writer", "Email row\n\nIvo Pap said Ada Moss is \"plainly\" an honest woman.\n\nThe Cabinet minister was pressed on the timeline, and shown a note from Ms Moss asking: \"Could you bin that file and forget it?\"\n\nHe said: \"I am sure people will read all kinds of things into it.\"",
			[]quoteView{{"plainly", "Ivo Pap", ""}, {"Could you bin that file and forget it?", "Ada Moss", ""}, {"I am sure people will read all kinds of things into it.", "Ivo Pap", ""}}},
		{"the local police chief is the one titled police chief", "Arrest\n\n\"We have made an arrest,\" Police Chief Ivo Pap said in a release.\n\n\"This was no random act, and I want that to be clear,\" the local police chief said.",
			[]quoteView{{"We have made an arrest,", "Ivo Pap", ""}, {"This was no random act, and I want that to be clear,", "Ivo Pap", ""}}},
		{"a capitalised possessive after a name, where a sentence's start was lost, ends the name", "Rally\n\nmeanwhile, Vice President Ada Moss Her speech at a fundraiser drew a warm response. She called him \"our mayor\" and repeated, \"We will carry this vote in the end.\"",
			[]quoteView{{"our mayor", "Ada Moss", ""}, {"We will carry this vote in the end.", "Ada Moss", ""}}},
		{"a surname after an honorific ends an inverted tag later in the sentence, unless a quotation follows it", "Harbour row\n\nThe mayor Ivo Pap is in a row over remarks he made to a reporter. Ada Moss has asked the mayor to say sorry. Mr Pap \"should have withdrawn the remark at once\" when he saw the reporter was local, said Ms Moss. \"I am sure that is what he wants to do.\"\n\nBut Tom Brack, who was fined last year, said Ms Moss \"should stay out of\" the row.",
			[]quoteView{{"should have withdrawn the remark at once", "Ada Moss", ""}, {"I am sure that is what he wants to do.", "Ada Moss", ""}, {"should stay out of", "Tom Brack", ""}}},
		{"a full name a quotation follows after an inverted verb is the subject of what is quoted", "Harbour row\n\nThe mayor is in a row over remarks he made to a reporter.\n\nBut Tom Brack, who was fined last year, said Ada Moss \"should stay out of\" the row.",
			[]quoteView{{"should stay out of", "Tom Brack", ""}}},
		{"a club's star, a side's international and a firm's police chief are roles, not the club, the side or the firm", "Kells win\n\nKells beat Dunmore 2-0 on Saturday. Man-of-the-match Pap scored twice.\n\n\"The ball skidded off the wet grass,\" said the Kells star.\n\nTom Brack struck late for Dunmore. The Varne international said the side had been \"unlucky\".\n\nThe Harbour police chief said the crowd was \"peaceful\".",
			[]quoteView{{"The ball skidded off the wet grass,", "Pap", ""}, {"unlucky", "Tom Brack", ""}, {"peaceful", "Harbour police chief", ""}}},
		{"a role of two common words resolves to the one who holds it", "Talks\n\nDunmore Foreign Minister Ivo Pap arrived in Kells on Monday with Ada Moss.\n\nThe Dunmore foreign minister said the talks were \"useful\".",
			[]quoteView{{"useful", "Ivo Pap", ""}}},
		{"a plural of an occupation before a name describes the firm named", "Ferries\n\nKells Ferries will cut fares in May.\n\nHarbour analysts Varne welcomed the move, saying the firm had \"yielded far too much\".",
			[]quoteView{{"yielded far too much", "Varne", ""}}},
		{"a dateline with a date names nobody, for the rules or the ranker", "Ferry\n\nKELLS, March 3 (Reuters) - Asked about the plan, a spokesman said: \u201cWe must hold the line.\u201d\n\nDUNMORE, Dec. 8 (UPI) \u2014 In response to the plan to close the ferry, the union called its members out, saying: \u201cWe will shut the port if we must.\u201d",
			[]quoteView{{"We must hold the line.", "", ""}, {"We will shut the port if we must.", "", ""}}},
		{"a body that opens its clause is the subject, not a group in the phrase before it", "Ferry\n\nAddressing supporters, the union urged them on, saying: \u201cWe must hold the line.\u201d\n\nAngry supporters gathered outside, and the union urged them on, saying: \u201cWe will not move from this harbour until the ferry runs.\u201d",
			[]quoteView{{"We must hold the line.", "", ""}, {"We will not move from this harbour until the ferry runs.", "", ""}}},
		{"a dateline closed by a colon names nobody", "Ferry\n\nDUNMORE: Speaking to reporters, the minister said the ferry would close. \u201cWe must plan for the worst,\u201d she said.",
			[]quoteView{{"We must plan for the worst,", "", ""}}},
		{"a dated dateline closed by a colon names nobody", "Ferry\n\nDunmore, March 3: Addressing supporters, the union urged them on, saying: \u201cWe must plan for the worst.\u201d",
			[]quoteView{{"We must plan for the worst.", "", ""}}},
		{"a name in a clause before a body's tag is not the body's subject, nor she", "Ferry to close\n\nThe Kells ferry will close in May, the harbour board said.\n\n\u201cIt is a sad day for the town,\u201d she said.",
			[]quoteView{{"It is a sad day for the town,", "", ""}}},
		{"a body inside another clause leaves the subject before it", "Ferry\n\nIvo Pap condemned the plan, which the Harbour Office says cost a fortune to print. \u201cWho are they trying to fool with this?\u201d\n\nBut Ada Moss would not give ground, issuing a statement that, while regretting the scuffles, accused the board of using \u201cits power to stop a fair and open vote.\u201d",
			[]quoteView{{"Who are they trying to fool with this?", "Ivo Pap", ""}, {"its power to stop a fair and open vote.", "Ada Moss", ""}}},
		{"a line telling how to reach the author is no speaker's mention", "Ferry to close\n\nThe ferry will close in May, the board said on Monday after a vote.\n\n\u201cIt is a sad day for the town,\u201d the mayor said. \u201cWe fought hard for the crossing and we lost.\u201d\n\nContact Ada Moss at amoss@kells.example. Follow her on X.",
			[]quoteView{{"It is a sad day for the town,", "", ""}, {"We fought hard for the crossing and we lost.", "", ""}}},
		{"a byline with its time and a picture's credit name no speaker", "Ferry to close\n\nBy Ivo Pap | Updated 5:32 PM ET, Tue March 3, 2024\n\nImage: Tom Brack/Reuters\n\nThe ferry will close in May, the board said on Monday after a long vote.\n\n\u201cIt is a sad day for the town,\u201d he said.",
			[]quoteView{{"It is a sad day for the town,", "", ""}}},
		{"the company is the business named last before", "Results\n\nShares in Quistware fell 5% after the chipmaker warned on profits. \u201cDemand is weak in every market we serve,\u201d the company said in a statement.\n\nThe Harbour Office fined Kells Ferries Ltd on Monday. \u201cWe will appeal against the fine,\u201d the firm said.",
			[]quoteView{{"Demand is weak in every market we serve,", "Quistware", ""}, {"We will appeal against the fine,", "Kells Ferries Ltd", ""}}},
		{"a one-word name that acts as no business does is not the company", "Results\n\nAda Moss met Quist at the harbour on Monday. \u201cWe will appeal against the ruling,\u201d the company said.",
			[]quoteView{{"We will appeal against the ruling,", "", ""}}},
		{"an unnamed source's quote goes on unnamed", "Markets.\n\nThe Quist Party leads the polls. The harbour index climbed by noon. \"Call it a peace bonus,\" smiles one trader. \"We will know by the spring.\"",
			[]quoteView{{"Call it a peace bonus,", "", ""}, {"We will know by the spring.", "", ""}}},
		{"a quote opening a paragraph after a sentence reporting someone else's words is not the quote before's", "Ferries.\n\n\"The fares will fall,\" said Ivo Pap. \"Nobody pays more.\" The harbour board met on Monday. Then the board's chairwoman Ada Moss said the fares would stay.\n\n\"We cannot run the boats at a loss.\"",
			[]quoteView{{"The fares will fall,", "Ivo Pap", ""}, {"Nobody pays more.", "Ivo Pap", ""}, {"We cannot run the boats at a loss.", "Ada Moss", ""}}},
		{"an unnamed spokesman's words after the quote before are his, not the quote before's speaker's", "Ferries.\n\n\"The fares are a scandal,\" said Ivo Pap. \"Nobody can pay them.\" The harbour master had noted the fares were under review, the spokesman said.\n\n\"The boats must run on time.\"",
			[]quoteView{{"The fares are a scandal,", "Ivo Pap", ""}, {"Nobody can pay them.", "Ivo Pap", ""}, {"The boats must run on time.", "", ""}}},
		{"a name after a thing and of is no speaker", "Films.\n\n\"It took two years,\" said Ivo Pap. The repair of the old Quist Saga reels revealed more.\n\n\"You can see every scratch now.\"",
			[]quoteView{{"It took two years,", "Ivo Pap", ""}, {"You can see every scratch now.", "Ivo Pap", ""}}},
		{"a film's title run into a surname is the person named in full", "Film.\n\nActor Ivo Pap is suing the studio. In Tears of the Sea Pap plays a captain who \"never gives up on his crew\".",
			[]quoteView{{"never gives up on his crew", "Ivo Pap", ""}}},
		{"quote then name said", `"We will build the bridge," Maria Lopez said on Tuesday.`,
			[]quoteView{{"We will build the bridge,", "Maria Lopez", ""}}},
		{"a tag that describes someone names no one after the quote", "Tennis.\n\nThe season starts soon. \"I feel strong again after the long and cold winter,\" said the 44-year-old, who plays at the Kells Open next.",
			[]quoteView{{"I feel strong again after the long and cold winter,", "", ""}}},
		{"an outlet told something is the audience, never the speaker", "Ferry news.\n\nThe harbour league's general secretary told Dunmore Radio there were some \"very old rules in the charter.\"",
			[]quoteView{{"very old rules in the charter.", "", ""}}},
		{"quote then said name with titles", `"The budget is balanced," said Finance Minister Karl Berg.`,
			[]quoteView{{"The budget is balanced,", "Karl Berg", ""}}},
		{"name said colon", `Governor Ann Reyes said: "Nobody will be left behind."`,
			[]quoteView{{"Nobody will be left behind.", "Ann Reyes", ""}}},
		{"name said comma before", `Tom Hale, the mayor, said, "The roads are safe."`,
			[]quoteView{{"The roads are safe.", "Tom Hale", ""}}},
		{"appositive between name and verb", `"It was a mistake," Paul Grant, a former treasury official, told reporters.`,
			[]quoteView{{"It was a mistake,", "Paul Grant", ""}}},
		{"told outlet is a via", `"The talks failed," Lena Fox told the Associated Press.`,
			[]quoteView{{"The talks failed,", "Lena Fox", "Associated Press"}}},
		{"according to a report is a via", `"Prices will rise," said economist Ravi Shah, according to a Reuters report.`,
			[]quoteView{{"Prices will rise,", "Ravi Shah", "Reuters"}}},
		{"surname resolves to full name", "Senator Joan Miller spoke first.\n\n\"We need the votes,\" Miller said.",
			[]quoteView{{"We need the votes,", "Joan Miller", ""}}},
		{"pronoun resolves to last speaker", "\"First point,\" Dana White said.\n\n\"Second point,\" she said.",
			[]quoteView{{"First point,", "Dana White", ""}, {"Second point,", "Dana White", ""}}},
		{"pronoun skips a speaker of the other gender", "Spokeswoman Ada Moss spoke. \"One,\" said Mr. Ben Cole.\n\n\"Two,\" she said.",
			[]quoteView{{"One,", "Ben Cole", ""}, {"Two,", "Ada Moss", ""}}},
		{"organisation speaker", `"The visit is confirmed," the Foreign Ministry said in a statement.`,
			[]quoteView{{"The visit is confirmed,", "Foreign Ministry", ""}}},
		{"continuation in the next sentence", `"It rained," Ivo Pap said. "Then it snowed."`,
			[]quoteView{{"It rained,", "Ivo Pap", ""}, {"Then it snowed.", "Ivo Pap", ""}}},
		{"fragment after a that-clause", `Officer Jan Kos told reporters that the unit "acted within the rules" last night.`,
			[]quoteView{{"acted within the rules", "Jan Kos", ""}}},
		{"subject before a fragment is not the speaker", `The plan is "moving fast," analyst Eve Lund said. Rivera "wants more time."`,
			[]quoteView{{"moving fast,", "Eve Lund", ""}, {"wants more time.", "Eve Lund", ""}}},
		{"multi-paragraph quote", "\"The first part,\" said Omar Diaz. \"It goes on\n\n\"and ends here.\"",
			[]quoteView{{"The first part,", "Omar Diaz", ""}, {"It goes on", "Omar Diaz", ""}, {"and ends here.", "Omar Diaz", ""}}},
		{"curly quotes", "\u201cWe are ready,\u201d said Coach Lee Park.",
			[]quoteView{{"We are ready,", "Lee Park", ""}}},
		{"a run-on quotation whose paragraph break was lost", `Ivo Pap said: "The ferry was late again. "Then the bus broke down. "By noon we went home." Tom Okafor laughed.`,
			[]quoteView{{"The ferry was late again.", "Ivo Pap", ""}, {"Then the bus broke down.", "Ivo Pap", ""}, {"By noon we went home.", "Ivo Pap", ""}}},
		{"a tag with a colon after a quotation opens the next one", `Ivo Pap said: "The crew did well in the storm." Tom Okafor added: "We walked home in the rain."`,
			[]quoteView{{"The crew did well in the storm.", "Ivo Pap", ""}, {"We walked home in the rain.", "Tom Okafor", ""}}},
		{"the next part of a run-on quotation keeps its speaker", `Ada Moss praised the crew, and Ivo Pap said: "They did well. "The ferry was late but nobody was hurt, and the crew kept everyone calm."`,
			[]quoteView{{"They did well.", "Ivo Pap", ""}, {"The ferry was late but nobody was hurt, and the crew kept everyone calm.", "Ivo Pap", ""}}},
		{"a mark after a sentence that closes a quote is no new quotation", `Ivo Pap said the ferry was "late again." Then the bus broke down.`,
			[]quoteView{{"late again.", "Ivo Pap", ""}}},
		{"curly marks inside a straight quotation are part of it", "Ivo Pap said: \"It is not about \u201cneat tricks\u201d any more. It is about money.\"",
			[]quoteView{{"It is not about \u201cneat tricks\u201d any more. It is about money.", "Ivo Pap", ""}}},
		{"curly marks inside pasted text marked at each paragraph's start stay quotes", "\"The ferry left at noon. Ivo Pap called it \u201ca fine day for it.\u201d\n\n\"The crossing was calm.",
			[]quoteView{{"a fine day for it.", "Ivo Pap", ""}}},
		{"doubled apostrophes as quotation marks", "''We will rebuild the pier,'' said Mayor Tess Orwin. ''It is 'our' harbour.''",
			[]quoteView{{"We will rebuild the pier,", "Tess Orwin", ""}, {"It is 'our' harbour.", "Tess Orwin", ""}}},
		{"doubled apostrophes after a quote inside, and across a lost paragraph break", "Ferries.\n\n''She told me, 'the pier is ours,''' said Ada Moss. ''It rained all week. ''Then it snowed, and the boats stayed in.'' Ivo Pap disagreed: ''A fine week.''",
			[]quoteView{{"She told me, 'the pier is ours,'", "Ada Moss", ""}, {"It rained all week.", "Ada Moss", ""}, {"Then it snowed, and the boats stayed in.", "Ada Moss", ""}, {"A fine week.", "Ivo Pap", ""}}},
		{"doubled apostrophes opening a sentence after a full stop", "Ferries.\n\nIn a statement, Quistware said it began telling staff of the cuts on Friday and would go on for ten days. ''We will keep every engineer we have,'' Quistware's chief executive Ivo Pap said.",
			[]quoteView{{"We will keep every engineer we have,", "Ivo Pap", ""}}},
		{"low-high marks", "\u201eThe border stays open,\u201c said Minister Ivo Rask, meaning \"for now\".",
			[]quoteView{{"The border stays open,", "Ivo Rask", ""}, {"for now", "Ivo Rask", ""}}},
		{"curly marks of one quotation whose paragraph break was lost", "Ivo Pap said: \u201cIt rained all week. \u201cThen it snowed, and the boats stayed in.\u201d He left. \u201cApparently not,\u201c Ada Moss said. \u201cA leopard keeps its spots.\u201d",
			[]quoteView{{"It rained all week.", "Ivo Pap", ""}, {"Then it snowed, and the boats stayed in.", "Ivo Pap", ""}, {"Apparently not,", "Ada Moss", ""}, {"A leopard keeps its spots.", "Ada Moss", ""}}},
		{"an opening mark typed to close a quotation closes it, before a space or a stop; one after a space opens", "Fares\n\nThe board asked for an \u201cexpedited review\u201c of the fares. \u201cIt is unusual,\u201c said Ada Moss. \u201cWe will look again.\u201d\n\nIvo Pap wrote: \u201cThe boats are late. \u201cThe fares are high.\u201d",
			[]quoteView{{"expedited review", "(term)", ""}, {"It is unusual,", "Ada Moss", ""}, {"We will look again.", "Ada Moss", ""}, {"The boats are late.", "Ivo Pap", ""}, {"The fares are high.", "Ivo Pap", ""}}},
		{"a closing mark typed to open a quotation opens it, after a space and before a word", "Fares\n\nThe board said the plan would \u201dget close to the crews\u201d on pay.\n\n\u201dFear. I am truly afraid of the fares,\u201d said Ada Moss.",
			[]quoteView{{"get close to the crews", "", ""}, {"Fear. I am truly afraid of the fares,", "Ada Moss", ""}}},
		{"one questioner, after an opening phrase that names a place, is someone unnamed", "Forum\n\nIvo Pap spoke about the army.\n\nAfter the debate in Varne, one questioner told the hall that the \u201cforces of correctness\u201d were hurting the army.",
			[]quoteView{{"forces of correctness", "(term)", ""}}},
		{"a definite description in a tag before the quote is the one the sentence before is about", "Kells\n\nIvo Pap says the forwards are ready for the Dunmore pack.\n\nThe prop said: \"If we lose the front five we are done.\"\n\nAda Moss won the title in Kells on Sunday. Speaking to the Kells Courier, the 31-year-old Dane added: \"There will not be many people there.\"",
			[]quoteView{{"If we lose the front five we are done.", "Ivo Pap", ""}, {"There will not be many people there.", "Ada Moss", "Kells Courier"}}},
		{"the subject of a passive speech verb is spoken of, not speaking", "Kells\n\nTom Brack spoke to the crowd. The actor was criticised after a show led viewers to complain he was \"rude\" on stage.",
			[]quoteView{{"rude", "(term)", ""}}},
		{"guillemets", "\u00abThe border stays open,\u00bb said Minister Ivo Rask.",
			[]quoteView{{"The border stays open,", "Ivo Rask", ""}}},
		{"single marks inside double ones are part of the quote", `"She told me 'wait here' and left," said Pia Lund.`,
			[]quoteView{{"She told me 'wait here' and left,", "Pia Lund", ""}}},
		{"scare quote is a term, not a statement", `The so-called "deal" was signed in the capital by both parties on Monday.`,
			[]quoteView{{"deal", "(term)", ""}}},
		{"a title is dropped", `The band played "Born In The Night" as the doors opened on Monday.`,
			nil},
		{"markup attribute values are not quotes", `<tweet id="77311" author="@someone">Polls close at eight</tweet>.`,
			nil},
		{"list of quoted words shares the sentence's speaker", `Senator Ana Ruiz called the plan "reckless," "cruel" and "doomed."`,
			[]quoteView{{"reckless,", "Ana Ruiz", ""}, {"cruel", "Ana Ruiz", ""}, {"doomed.", "Ana Ruiz", ""}}},
		{"speech tag after a question mark", "\u201cWhy now?\u201d Dana Holt asked. \u201cWe waited a year.\u201d",
			[]quoteView{{"Why now?", "Dana Holt", ""}, {"We waited a year.", "Dana Holt", ""}}},
		{"dash attribution closes a list entry", "\u201cThe schools need more teachers.\u201d \u2015 Maria Solis\n\u201cWe deserve better roads.\u201d \u2015 Tom Beck",
			[]quoteView{{"The schools need more teachers.", "Maria Solis", ""}, {"We deserve better roads.", "Tom Beck", ""}}},
		{"appositive after the name is a title", "\u201cWe will appeal,\u201d Lena Fox, a senior Vance campaign adviser, said.",
			[]quoteView{{"We will appeal,", "Lena Fox", ""}}},
		{"nickname inside a name is no quote", `State Del. Teodora "Teo" Lane spoke first at the meeting on Monday.`,
			nil},
		{"a quoted pronoun is a word under discussion", `Critics asked whether the word should be "she" in the new rules.`,
			nil},
		{"transcript lines and stage directions are not quotes", "Partial transcript:\n\n\"HOST: Welcome back to the show tonight.\n\n\"(CROSSTALK)\"",
			nil},
		{"block quotation after a colon-ended paragraph", "Mayor Ruth Ames said in a statement:\n\n\u201cThe bridge will reopen in May.\u201d",
			[]quoteView{{"The bridge will reopen in May.", "Ruth Ames", ""}}},
		{"inverted tag opening the sentence", "Said Omar Pell, a farmer from the valley, \u201cWe lost half the crop.\u201d",
			[]quoteView{{"We lost half the crop.", "Omar Pell", ""}}},
		{"no speech verb: the clause subject", `Governor Nina Holm condemned the vote as "a betrayal of every family."`,
			[]quoteView{{"a betrayal of every family.", "Nina Holm", ""}}},
		{"party and state tags are not part of the name", `"We will not wait," said Sen. Rosa Vell (D-Ore.), who leads the panel.`,
			[]quoteView{{"We will not wait,", "Rosa Vell", ""}}},
		{"a pronoun inside a sentence about a named person", `Senator Abe Lund said on Monday that he had met the governor, whom he called "a good partner."`,
			[]quoteView{{"a good partner.", "Abe Lund", ""}}},
		{"a new sentence after the quote is no tag", "Ola Brant says that \u201cthe plan works.\u201d And he added that the staff \u201cagreed.\u201d",
			[]quoteView{{"the plan works.", "Ola Brant", ""}, {"agreed.", "Ola Brant", ""}}},
		{"a capitalised Former opens the name", `On Twitter, Former Gov. Dale Moss called the bill "reckless."`,
			[]quoteView{{"reckless.", "Dale Moss", ""}}},
		{"subordinate tag after the quote", `Analyst Joan Pike said the mayor was "entirely right" when he said on Monday that the budget was balanced.`,
			[]quoteView{{"entirely right", "Joan Pike", ""}}},
		{"unbalanced mark is dropped", `He said "this never closes and the paragraph ends`,
			nil},
		{"name, appositive, then a verb that is no speech cue", `Ida Kern, the head of debate at the state college, likened the mayor to a referee who is "calling every foul" now.`,
			[]quoteView{{"calling every foul", "Ida Kern", ""}}},
		{"a show's name in an opening adverbial", "On \"Morning Desk,\" Rep. Lars Boyd (Vt.), who chairs the panel, praised the farmers. \"They kept the state fed through the worst winter.\"",
			[]quoteView{{"They kept the state fed through the worst winter.", "Lars Boyd", ""}}},
		{"an untagged quote after a tagged sentence", "\"It was close,\" said Rosa Vell.\n\nThe board may wait until spring, Vell said. \"The other issue is the cost of the new roof and the heating.\"",
			[]quoteView{{"It was close,", "Rosa Vell", ""}, {"The other issue is the cost of the new roof and the heating.", "Rosa Vell", ""}}},
		{"a long tag after an exclamation", "\"Vote early and vote often!\" Lane's sister, state Del. Nora \"Nan\" Lane (D-Clay), shouted to the crowd.",
			[]quoteView{{"Vote early and vote often!", "Nora Lane", ""}}},
		{"a place after of is not the speaker", `"This is a waste of time," said Del. Ruth Amos of the Pacific Islands.`,
			[]quoteView{{"This is a waste of time,", "Ruth Amos", ""}}},
		{"party tag in commas before said", `"The ferry toll will be dropped," Senate Leader Hal Voss, R-Ky., said Tuesday.`,
			[]quoteView{{"The ferry toll will be dropped,", "Hal Voss", ""}}},
		{"a dash sets off an aside before the tag", "When Ava Ruiz noted that the firm paid no tax \u2015 as was true for years \u2015 Omar Gantt boasted, \u201cThat makes me clever.\u201d",
			[]quoteView{{"That makes me clever.", "Omar Gantt", ""}}},
		{"a possessive makes a noun of a speech verb", `With a week to go, Nia Bell, an adviser to the campaign, called Mr. Pratt's remarks on Sunday "a real wake-up call" for voters.`,
			[]quoteView{{"a real wake-up call", "Nia Bell", ""}}},
		{"according to later in the sentence", `Crowds joined a "walk-in" at 200 schools across the state, according to the organizer Parents United.`,
			[]quoteView{{"walk-in", "Parents United", ""}}},
		{"the person a colon follows", `The timing of the surge does not surprise pollster Dara Shaw: "Late entrants often gain the most in the spring."`,
			[]quoteView{{"Late entrants often gain the most in the spring.", "Dara Shaw", ""}}},
		{"a programme's name after on is no statement", `Rep. Ida Moss said on "Evening Desk With Tom Reyes," that the vote "will not happen this year."`,
			[]quoteView{{"will not happen this year.", "Ida Moss", ""}}},
		{"a possessive appositive after the name", `"We raised more than we hoped," Jo Marsh, Ruiz' campaign manager, said on Friday.`,
			[]quoteView{{"We raised more than we hoped,", "Jo Marsh", ""}}},
		{"a dateline is no speaker", "SPRINGFIELD \u2014 Mayor Ida Lund opened the session on Monday, saying \"the budget is balanced.\"",
			[]quoteView{{"the budget is balanced.", "Ida Lund", ""}}},
		{"a party tag with a period before the verb after an exclamation", `"Perpetual motion!" Rep. Ann Ross, R-Pa., said of the party.`,
			[]quoteView{{"Perpetual motion!", "Ann Ross", ""}}},
		{"role words before the name", `Republican presidential nominee Ada Price, during interviews on Monday, referred to the mayor as "the best player" in town.`,
			[]quoteView{{"the best player", "Ada Price", ""}}},
		{"a sentence with no speaker after one with a speech verb", `Ben Hale has argued that the toll rule was weak from the start. So today there is still "a very loud lobby that asks for anything."`,
			[]quoteView{{"a very loud lobby that asks for anything.", "Ben Hale", ""}}},
		{"a dash attribution in the next paragraph", "\"I was the one warning about the banks before the crash.\"\n\n- Ben Hale.",
			[]quoteView{{"I was the one warning about the banks before the crash.", "Ben Hale", ""}}},
		{"a sentence opening with Asked by is no inverted tag", "Asked by host Ivo Marr about the vote, Senator Ada Price said, \"We will win it.\"",
			[]quoteView{{"We will win it.", "Ada Price", ""}}},
		{"a relative clause between the subject and the verb", `"It was sold," Omar Pell, who works as a pilot, told the local paper.`,
			[]quoteView{{"It was sold,", "Omar Pell", ""}}},
		{"a city and its state between the subject and the verb", `Ada Price, during a town hall in Dunmore, Ohio, said she felt "sure to carry the county."`,
			[]quoteView{{"sure to carry the county.", "Ada Price", ""}}},
		{"an organisation named with of", `In a statement, the Association of Bus Drivers called the mayor a "champion" of transit.`,
			[]quoteView{{"champion", "Association of Bus Drivers", ""}}},
		{"the place-and-office description is the office holder named before", "Sen. Ada Brennick (R-Ohio) spoke in Zanesville.\n\n\"We will vote no,\" the Ohio senator said.",
			[]quoteView{{"We will vote no,", "Ada Brennick", ""}}},
		{"of two senators, the one whose title names the place", "Ohio Sen. Ada Brennick met Sen. Ines Valdor on Monday.\n\n\"No deal yet,\" the Ohio senator said.",
			[]quoteView{{"No deal yet,", "Ada Brennick", ""}}},
		{"an unnamed source described by place and party stays a description", `"We lost the county," a Utah Republican said.`,
			[]quoteView{{"We lost the county,", "Utah Republican", ""}}},
		{"he never stands for a place", "Officials in New Mexico waited for the count.\n\n\"It will pass by a wide margin in every county of the state,\" he said.",
			[]quoteView{{"It will pass by a wide margin in every county of the state,", "", ""}}},
		{"a state is never the speaker", "\"The river is rising faster than anyone in the valley expected,\" Nebraska said on Monday.",
			[]quoteView{{"The river is rising faster than anyone in the valley expected,", "", ""}}},
		{"a name that modifies an unnamed source is not the speaker", "Tomas Velk spoke on Monday.\n\n\"We will not endorse him,\" one Velk campaign source said.",
			[]quoteView{{"We will not endorse him,", "Velk campaign source", ""}}},
		{"an unnamed aide keeps the adjective before the name", "Ada Brennick spoke on Monday.\n\n\"She has not decided,\" a senior Brennick aide said.",
			[]quoteView{{"She has not decided,", "senior Brennick aide", ""}}},
		{"her husband is a man: she is not him", "Ada Brennick and her husband Tomas Velk arrived.\n\n\"We are very happy to be here with all of our friends tonight,\" she said.",
			[]quoteView{{"We are very happy to be here with all of our friends tonight,", "Ada Brennick", ""}}},
		{"an organisation at a sentence's end keeps no period", "\"The company will not comment on the merger talks this week,\" said a spokeswoman for the Harbour Council.",
			[]quoteView{{"The company will not comment on the merger talks this week,", "Harbour Council", ""}}},
		{"a party with a role is a description", "\"We will oppose the bill at every stage in the chamber,\" the Tory councillor said.",
			[]quoteView{{"We will oppose the bill at every stage in the chamber,", "Tory councillor", ""}}},
		{"a group alone is no speaker", "\"The bill will fail at the second reading next month,\" critics said.",
			[]quoteView{{"The bill will fail at the second reading next month,", "", ""}}},
		{"no-break space before outlet", "\"Yes,\" said Kay Ito, according to a\u00a0CNN report.",
			[]quoteView{{"Yes,", "Kay Ito", "CNN"}}},
		{"a place after a preposition is not the subject", "Here in Millbrook, Lena Marsh pressed her case for the ferry, saying, \"The crossing has to run all winter.\"",
			[]quoteView{{"The crossing has to run all winter.", "Lena Marsh", ""}}},
		{"names in an opening adverbial are not the subject", "Sen. Lena Marsh ran the hearing.\n\nOn a call with podcasters Dan Varne and Mara Quill, the senator said that the levy was \"out of reach\" for most towns.",
			[]quoteView{{"out of reach", "Lena Marsh", ""}}},
		{"two-word speech verb after a question", "Ivo Pap and Ada Moss met on Monday.\n\n\"Is that all?\" Pap shot back.\n\n\"Shall we vote on the harbour now?\" Moss went on, turning to the clerk.",
			[]quoteView{{"Is that all?", "Ivo Pap", ""}, {"Shall we vote on the harbour now?", "Ada Moss", ""}}},
		{"a two-word verb in a sentence of its own is no tag", "Last spring Ivo Pap called Ada Moss \"a spent force.\" Moss fired back in April, blaming Pap for \"the chaos\" in the council.",
			[]quoteView{{"a spent force.", "Ivo Pap", ""}, {"the chaos", "Ada Moss", ""}}},
		{"a surname that is also a people's name", "Sen. Ivo Pap met shipbuilder Nia Welsh on Sunday.\n\n\"The yard will stay open through the spring,\" Welsh told a radio host.",
			[]quoteView{{"The yard will stay open through the spring,", "Nia Welsh", ""}}},
		{"a participle opening a sentence is nobody", "Wrapped in a wool scarf, the volunteer counted ballots by the door of the hall.\n\n\"We will count every one of them twice before midnight.\"",
			[]quoteView{{"We will count every one of them twice before midnight.", "", ""}}},
		{"a one-word name the article writes mid-sentence stays, after a participle's phrase", "The council heard from Varne twice. Reading the letter aloud, Varne paused.\n\n\"We will not close the library this year or next, whatever it costs.\"",
			[]quoteView{{"We will not close the library this year or next, whatever it costs.", "Varne", ""}}},
		{"an occupation before a name is no part of it", "\"The curtain rises at eight,\" Actress Dana Vell said.\n\nOslo-born Tove Lind agreed. \"It will,\" Lind said.",
			[]quoteView{{"The curtain rises at eight,", "Dana Vell", ""}, {"It will,", "Tove Lind", ""}}},
		{"a state's abbreviation after a town is no speaker", "Tom Okafor, 51, of Dunmore, Mich., said the march was \"long overdue.\"",
			[]quoteView{{"long overdue.", "Tom Okafor", ""}}},
		{"a compound ending in a lower-case word is no name", "In the poll, Dunmore-leaning voters said the result was \"a turning point for every family in the valley.\"",
			[]quoteView{{"a turning point for every family in the valley.", "", ""}}},
		{"a quotation's closing full stop ends its sentence", "\"We are done with this council for good.\" Celebrating outside, fans said the result was \"a miracle nobody here expected tonight.\"",
			[]quoteView{{"We are done with this council for good.", "", ""}, {"a miracle nobody here expected tonight.", "", ""}}},
		{"a name right after the is a thing's, not a person's", "Supporters boarded the Quist Wagon in Dunmore on Friday.\n\nQuist said: \"We ride at dawn and we ride for every town on this line.\"",
			[]quoteView{{"We ride at dawn and we ride for every town on this line.", "Quist", ""}}},
		{"one of a people is a description, not a name", "Teo Marsk beat Ivo Pap in four sets on Sunday.\n\n\"I played my best tennis of the year today and I am very happy,\" the Spaniard said.",
			[]quoteView{{"I played my best tennis of the year today and I am very happy,", "", ""}}},
		{"a pronoun and a verb in one word is nobody", "The club lost again on Sunday.\n\nWe've said it before: \"nobody is safe in this league, nobody at all.\"",
			[]quoteView{{"nobody is safe in this league, nobody at all.", "", ""}}},
		{"a hyphenated title is no part of a name", "\"The harbour will reopen in May,\" said Vice-President Ada Moss.",
			[]quoteView{{"The harbour will reopen in May,", "Ada Moss", ""}}},
		{"a party's name before a name is no part of it", "Tory Ada Moss said the plan was \"a disgrace to the whole of the town.\"",
			[]quoteView{{"a disgrace to the whole of the town.", "Ada Moss", ""}}},
		{"the party leader is the leader named before", "\"We will win the vote,\" said Tory leader Ada Moss. Nia Welsh, a cousin of the Tory leader, sat beside her.\n\nThe Tory leader said the plan was \"a gift to every harbour town on the coast.\"",
			[]quoteView{{"We will win the vote,", "Ada Moss", ""}, {"a gift to every harbour town on the coast.", "Ada Moss", ""}}},
		{"an English word opening a sentence is no name", "The harbour board met on Monday.\n\nSteep new ferry fares are \"a tax on every family that lives on the islands,\" it was said.",
			[]quoteView{{"a tax on every family that lives on the islands,", "", ""}}},
		{"an English word opening the line under a heading is no name", "Ferry fares to rise in May\n\nSteep new ferry fares are \"a tax on every family that lives on the islands,\" it was said.",
			[]quoteView{{"a tax on every family that lives on the islands,", "", ""}}},
		{"one unnamed source opening a sentence is nobody", "The yard is for sale.\n\nSource close to the board says the sale is \"settled for the whole of the fleet and its crews.\"",
			[]quoteView{{"settled for the whole of the fleet and its crews.", "", ""}}},
		{"an English word as a group of people or a body stays", "The trial opened on Monday.\n\nProsecutors said the firm had \"hidden the losses for years from every one of its investors.\"",
			[]quoteView{{"hidden the losses for years from every one of its investors.", "Prosecutors", ""}}},
		{"an organisation's noun opening a sentence stays", "The fire started at dawn.\n\nPolice say the cause was \"a cigarette left burning in a bin by the back door.\"",
			[]quoteView{{"a cigarette left burning in a bin by the back door.", "Police", ""}}},
		{"an English word after the is a name", "The crowd was small.\n\nThe Lantern reported that the mayor had been \"absent from every meeting of the council since May.\"",
			[]quoteView{{"absent from every meeting of the council since May.", "Lantern", ""}}},
		{"a word that qualifies what follows is no name", "The plan was shelved on Monday.\n\nSuch critics say it was \"a waste of money that nobody in this town asked for.\"",
			[]quoteView{{"a waste of money that nobody in this town asked for.", "", ""}}},
		{"a member's title before a name is no part of it", "\"The bill will fall at the first vote in the spring,\" said Labour MP Tom Okafor.",
			[]quoteView{{"The bill will fall at the first vote in the spring,", "Tom Okafor", ""}}},
		{"a member's title after a name is no part of it", "\"The bill will fall at the first vote in the spring,\" said Tom Okafor MP.",
			[]quoteView{{"The bill will fall at the first vote in the spring,", "Tom Okafor", ""}}},
		{"a rank or an honour after a name is no part of it", "Tom Brack KC said the case was \"weak from the very first day of the trial.\"\n\n\"We will appeal at once,\" Mr Brack said.",
			[]quoteView{{"weak from the very first day of the trial.", "Tom Brack", ""}, {"We will appeal at once,", "Tom Brack", ""}}},
		{"a surname of two words is the person named before", "Moot's foreign minister, Ana Velo Quist, said her side had made \"every effort in good faith.\" Velo Quist added: \"The door remains open.\"",
			[]quoteView{{"every effort in good faith.", "Ana Velo Quist", ""}, {"The door remains open.", "Ana Velo Quist", ""}}},
		{"a hyphenated office is a title", "\"Talks are the only path,\" said Secretary-General Ivo Brack. Brack added: \"Nobody gains from this.\"",
			[]quoteView{{"Talks are the only path,", "Ivo Brack", ""}, {"Nobody gains from this.", "Ivo Brack", ""}}},
		{"people named by common words are nobody the article names, or a group as written where a sentence opens with them", "According to the Harbour Office, the new pier would cost $40 million. Fiscal hawks said that sum was \"wildly hopeful at the very best.\" Asked about it on the quay, some local fishermen called it \"money thrown into the sea.\"",
			[]quoteView{{"wildly hopeful at the very best.", "Fiscal hawks", ""}, {"money thrown into the sea.", "", ""}}},
		{"a tag after a quotation's full stop with a quotation of its own is its own sentence's", "The vote is on Monday. Ada Moss said the count was close: \"I am pleased with the result today.\" Ivo Pap called it \"a win for the whole of the island.\"",
			[]quoteView{{"I am pleased with the result today.", "Ada Moss", ""}, {"a win for the whole of the island.", "Ivo Pap", ""}}},
		{"an agency that quoted someone unnamed is the via", "The board met on Monday. \"We will sell the ferry to the highest bidder,\" the Harbour Times quoted a board member as saying.",
			[]quoteView{{"We will sell the ferry to the highest bidder,", "", "Harbour Times"}}},
		{"a titled person of a body named in one run is the person", "The trial was run by Dr Nia Quist of Kells University and two colleagues.\n\n\"This is a big step for the whole island,\" Quist said.",
			[]quoteView{{"This is a big step for the whole island,", "Nia Quist", ""}}},
		{"a name that ends an opening phrase without its comma is the subject", "The judges threw out the appeal on Friday. After the ruling Nia Kroll, legal director of the rights group Harbourwatch, said: \"Our fight for the families goes on from here.\"",
			[]quoteView{{"Our fight for the families goes on from here.", "Nia Kroll", ""}}},
		{"a participle after a description's verb is not a name in the clause", "\"We will be ready for them,\" Pap said. The 29-year-old conceded that demand for the Kells series was huge, describing it as \"the largest event on the island in years\".",
			[]quoteView{{"We will be ready for them,", "Pap", ""}, {"the largest event on the island in years", "Pap", ""}}},
		{"a titled name after an opening phrase with a day is the subject", "The ferry board met on Monday.\n\nIn a statement released late on Friday Lord Quist said: \"My door stays open to every member of the crew.\"",
			[]quoteView{{"My door stays open to every member of the crew.", "Lord Quist", ""}}},
		{"an outlet's name alone is the surname of a person the article names", "Ada Hill, a farmer from Kells, lost her barn in the storm.\n\n\"It is gone, all of it, in one night,\" Hill said. \"It is a disgrace,\" The Hill said in an editorial.",
			[]quoteView{{"It is gone, all of it, in one night,", "Ada Hill", ""}, {"It is a disgrace,", "The Hill", ""}}},
		{"people named by common words doing something with the words are nobody", "Head teacher Lena Quist said the pupils had earned the prize. \"I could not be prouder of them,\" she said.\n\nThe judges praised the school's \"bold and fearless way with hard questions\" in their report.",
			[]quoteView{{"I could not be prouder of them,", "Lena Quist", ""}, {"bold and fearless way with hard questions", "", ""}}},
		{"a tag after a semicolon opens a clause of its own", "The two have clashed before.\n\nAda Moss accused the board of \"sleeping through every winter\" last spring; Ivo Pap called that \"a cheap shot from the shop.\"",
			[]quoteView{{"sleeping through every winter", "Ada Moss", ""}, {"a cheap shot from the shop.", "Ivo Pap", ""}}},
		{"she is no organisation heard through a statement", "Lena Quist chairs the ferry board.\n\nAccording to a statement from the Harbour Office, the ministry will \"study the figures with great care.\"\n\nThe vote, she added, was \"a lesson for every one of us.\"",
			[]quoteView{{"study the figures with great care.", "Harbour Office", ""}, {"a lesson for every one of us.", "Lena Quist", ""}}},
		{"a party that a tag makes the subject speaks", "Ivo Pap unveiled the ferry plan on Monday.\n\nThe Greens said the plan was \"a gift to the ferry companies and nobody else.\" Pap said: \"We will see.\"",
			[]quoteView{{"a gift to the ferry companies and nobody else.", "Greens", ""}, {"We will see.", "Ivo Pap", ""}}},
		{"a party near a quote is not its speaker", "The Greens lost two seats on Sunday night. It was \"a grim evening for the whole of the island\".",
			[]quoteView{{"a grim evening for the whole of the island", "", ""}}},
		{"a surname's particles are part of the name", "The board met on Monday.\n\n\"Fares will rise in the spring,\" said board chair Ada van der Moss. \"We cannot wait,\" Van der Moss added.",
			[]quoteView{{"Fares will rise in the spring,", "Ada van der Moss", ""}, {"We cannot wait,", "Ada van der Moss", ""}}},
		{"a member's seat after a name is an appositive", "Party spokesman Tom Okafor, MP for Dunmore, added: \"The new timetable is a muddle from start to finish, frankly.\"",
			[]quoteView{{"The new timetable is a muddle from start to finish, frankly.", "Tom Okafor", ""}}},
		{"the member for a seat is the member named before", "Labour MP Tom Okafor spoke first.\n\nThe MP for Dunmore and Kells said the party had been \"trying very hard all year to win them back.\"",
			[]quoteView{{"trying very hard all year to win them back.", "Tom Okafor", ""}}},
		{"a conjunction opening the sentence is no part of a name", "Once Dunmore United scored, the crowd sang \"we are staying up.\"",
			[]quoteView{{"we are staying up.", "Dunmore United", ""}}},
		{"he after a sentence reporting someone's words is that someone", "\"The ferry will run,\" Ivo Pap said.\n\nTom Okafor said the crossing would close in May. \"It cannot go on,\" he said.",
			[]quoteView{{"The ferry will run,", "Ivo Pap", ""}, {"It cannot go on,", "Tom Okafor", ""}}},
		{"he after an inverted report is its speaker", "\"The ferry will run,\" Ivo Pap said.\n\nThe crossing would close in May, said Tom Okafor. \"It cannot go on,\" he said.",
			[]quoteView{{"The ferry will run,", "Ivo Pap", ""}, {"It cannot go on,", "Tom Okafor", ""}}},
		{"a report through according to names no one for he", "\"The ferry will run,\" Ivo Pap said.\n\nAccording to Ivo Pap, Tom Okafor promised the crossing would stay open. \"I told him it would,\" he said.",
			[]quoteView{{"The ferry will run,", "Ivo Pap", ""}, {"I told him it would,", "Ivo Pap", ""}}},
		{"she of another gender than the reporter is not the reporter", "\"The ferry will run,\" Lena Marsh said.\n\nMr Tom Okafor said the crossing would close in May. \"It cannot go on,\" she said.",
			[]quoteView{{"The ferry will run,", "Lena Marsh", ""}, {"It cannot go on,", "Lena Marsh", ""}}},
		{"the source is the unnamed source quoted before", "A Millbrook source said the fares would \"climb steeply\" in spring.\n\n\"They have no choice,\" the source told reporters.",
			[]quoteView{{"climb steeply", "Millbrook source", ""}, {"They have no choice,", "Millbrook source", ""}}},
		{"an aide is not the aide quoted before", "A Millbrook aide said the fares would \"climb steeply\" in spring.\n\n\"They have no choice,\" an aide told reporters.",
			[]quoteView{{"climb steeply", "Millbrook aide", ""}, {"They have no choice,", "(term)", ""}}},
		{"critics of an organisation are not the organisation", `"Fares will climb again next spring," critics of Quistware said.`,
			[]quoteView{{"Fares will climb again next spring,", "Quistware critics", ""}}},
		{"a lawyer for someone is not that someone", "Ada Moss was charged on Monday.\n\n\"She will fight the charge all the way,\" a lawyer for Ada Moss said.",
			[]quoteView{{"She will fight the charge all the way,", "Ada Moss lawyer", ""}}},
		{"an unnamed official is no one named near", "Ada Moss chairs the ferry board. \"The winter timetable is fixed for good,\" an official told reporters.",
			[]quoteView{{"The winter timetable is fixed for good,", "", ""}}},
		{"she skips a man whose first name says he is one", "\"The vote is lost,\" Tom Okafor said.\n\nSarah Quist, the treasurer, was in the room. \"We will try again next week,\" she said.",
			[]quoteView{{"The vote is lost,", "Tom Okafor", ""}, {"We will try again next week,", "Sarah Quist", ""}}},
		{"he is the man named, not a programme of no known sex named after him", "Ivo Pap hosts Harbour Morning Show on the radio. \"It is the best job in the town,\" he said.",
			[]quoteView{{"It is the best job in the town,", "Ivo Pap", ""}}},
		{"a common word before a first name and a surname describes the person", `"We were lucky to get home," Deckhand Tom Okafor said.`,
			[]quoteView{{"We were lucky to get home,", "Tom Okafor", ""}}},
		{"he opening a paragraph after one that reports someone's words is that someone", "\"The ferry will run,\" Ivo Pap said.\n\nTom Okafor, the harbour master, said the crossing would close in May.\n\n\"It cannot go on,\" he said.",
			[]quoteView{{"The ferry will run,", "Ivo Pap", ""}, {"It cannot go on,", "Tom Okafor", ""}}},
		{"an affiliation with a preposition is not the name before an appositive", `"The new hull is twice as strong," Ivo Pap, from Quistware's Harbour Laboratories, one of the designers, told reporters.`,
			[]quoteView{{"The new hull is twice as strong,", "Ivo Pap", ""}}},
		{"pressed is a speech verb", "\"It will run,\" Tom Okafor said.\n\n\"Will it run on Saturday as well?\" Ivo Pap pressed.",
			[]quoteView{{"It will run,", "Tom Okafor", ""}, {"Will it run on Saturday as well?", "Ivo Pap", ""}}},
		{"a name after the description in a tag after the quote", "\"The ferry is late,\" Tom Okafor said. \"The crossing will close for the winter,\" said the harbour's longest-serving pilot, Ivo Pap.",
			[]quoteView{{"The ferry is late,", "Tom Okafor", ""}, {"The crossing will close for the winter,", "Ivo Pap", ""}}},
		{"a firm after a name and a description of it is the name's affiliation", "\"The crossing will close for the winter,\" said Ivo Pap of the law firm Quist Brown.",
			[]quoteView{{"The crossing will close for the winter,", "Ivo Pap", ""}}},
		{"he after a sentence reporting an unnamed spokesman's words is that spokesman", "\"The ferry will run,\" Tom Okafor said.\n\nBut a spokesman said the board had not decided. \"We will know more next month,\" he said.",
			[]quoteView{{"The ferry will run,", "Tom Okafor", ""}, {"We will know more next month,", "", ""}}},
		{"an occupation that is also a surname describes a first name and a surname after it", `"The harvest came in early this year," Farmer Sarah Quist said.`,
			[]quoteView{{"The harvest came in early this year,", "Sarah Quist", ""}}},
		{"a referee before a name is an occupation", `"The second goal was offside by a yard," Referee Ivo Pap said.`,
			[]quoteView{{"The second goal was offside by a yard,", "Ivo Pap", ""}}},
		{"he after a sentence about someone named as its subject is that someone", "\"The ferry will run,\" Ivo Pap said.\n\nTom Okafor was far from pleased. \"It cannot go on,\" he said.",
			[]quoteView{{"The ferry will run,", "Ivo Pap", ""}, {"It cannot go on,", "Tom Okafor", ""}}},
		{"Jan without its period before a surname is a first name", `"The night ferry was full again," said harbour master Jan Quist.`,
			[]quoteView{{"The night ferry was full again,", "Jan Quist", ""}}},
		{"a common word opening a sentence is not part of the name after it", "Tom Quist spoke on Monday.\n\nSix Quist aides resigned. \"It is over,\" Quist said.",
			[]quoteView{{"It is over,", "Tom Quist", ""}}},
		{"a common word opening a sentence before a first name", "Wherever Ada Moss goes, crowds follow. \"We are ready,\" Moss said.",
			[]quoteView{{"We are ready,", "Ada Moss", ""}}},
		{"it after a sentence reporting an organisation's words is that organisation", "Quistware has said that the HMT version of its ferry will not sail in May. \"The engines need more work,\" it said.",
			[]quoteView{{"The engines need more work,", "Quistware", ""}}},
		{"someone described by what they do is not the person named before", "Tom Okafor runs the Harbour Trust.\n\n\"Ferries have killed the old trade,\" said one teacher.",
			[]quoteView{{"Ferries have killed the old trade,", "", ""}}},
		{"someone described by what they do opens a tag before a quote", "Tom Okafor runs the Harbour Trust.\n\nAs one weary teacher said before the vote: \"Ferries have killed the old trade.\"",
			[]quoteView{{"Ferries have killed the old trade.", "", ""}}},
		{"a verb after a titled name ends the name phrase", `Quistware senior policy adviser Ivo Pap praised the timetable and said the ferry had "passed its first test".`,
			[]quoteView{{"passed its first test", "Ivo Pap", ""}}},
		{"an adverb after a titled name ends the name phrase", `President Quist sharply rebuked critics and said: "We will sail."`,
			[]quoteView{{"We will sail.", "Quist", ""}}},
		{"a peer's title before a surname", "Ada Quist opened the debate.\n\n\"We must act,\" said Baroness Quist.",
			[]quoteView{{"We must act,", "Ada Quist", ""}}},
		{"a pronoun before a name gives it no sex", "Ivo Pap, head of sales at Quist Lantern, said it would not buy the site. He said Quist Lantern wanted readers.\n\n\"Readers matter more,\" he said.",
			[]quoteView{{"Readers matter more,", "Ivo Pap", ""}}},
		{"an occupation before a first name of either sex", `"We play loud," said Singer Jamie Quist.`,
			[]quoteView{{"We play loud,", "Jamie Quist", ""}}},
		{"military ranks are titles", `Rear Admiral Ada Quist said: "The fleet is ready."`,
			[]quoteView{{"The fleet is ready.", "Ada Quist", ""}}},
		{"a person's spokesman is not the person", `Prime Minister Ada Quist's official spokesman said: "We are ready."`,
			[]quoteView{{"We are ready.", "Ada Quist spokesman", ""}}},
		{"a month's name after a first name is a surname", "Drummer Ivo May has joined the band.\n\nMay said: \"We start in April.\"",
			[]quoteView{{"We start in April.", "Ivo May", ""}}},
		{"an \"and\" inside a body's name joins it", "Fares rose.\n\nIn a statement, the Department of Ferries and Harbours said the plan meant a \"sixfold cut in sailings\".\n\n\"Conditions will stay poor,\" the Finance and Shipping Ministry said.\n\nThe Kells Fares and Timetables Authority (KFTA) told the council not to \"compromise\".\n\nA Department for Ports and Piers spokeswoman said: \"We will look again.\"",
			[]quoteView{{"sixfold cut in sailings", "Department of Ferries and Harbours", ""}, {"Conditions will stay poor,", "Finance and Shipping Ministry", ""}, {"compromise", "Kells Fares and Timetables Authority", ""}, {"We will look again.", "Department for Ports and Piers", ""}}},
		{"an English word capitalised mid-sentence before a spokeswoman is a firm's name", "Kites sold out.\n\nA Jumbo spokeswoman said: \"We are making more.\" \"They will be in the shops by May,\" she added.",
			[]quoteView{{"We are making more.", "Jumbo", ""}, {"They will be in the shops by May,", "Jumbo", ""}}},
		{"a full name before a possessive in a run of capitals names the person", "Ada Moss's Harbour Lights has won the prize.\n\n\"It was a long night,\" Moss said.",
			[]quoteView{{"It was a long night,", "Ada Moss", ""}}},
		{"no he or she reads back to a name before a possessive in a run of capitals", "Ivo Pap spoke first.\n\nA rival on the panel, former minister Zorvia Quist, took another line, arguing that the warnings - as Tom Fox, who once chaired President Velo Brack's Council of Advisers, had put them - deserved a hearing.\n\n\"I do take what Tom Fox said seriously,\" she said.",
			[]quoteView{{"I do take what Tom Fox said seriously,", "Zorvia Quist", ""}}},
		{"the tag that ends a sentence is each of its quotes'", "Ivo Pap should \"stick to his plan\" and not resign over his \"rude\" remark, Tory MP Ada Moss has insisted.\n\n\"We are ready,\" Tom Fox said. \"The fares will fall.\" \"We will see,\" Nia Quist said.",
			[]quoteView{{"stick to his plan", "Ada Moss", ""}, {"rude", "Ada Moss", ""}, {"We are ready,", "Tom Fox", ""}, {"The fares will fall.", "Tom Fox", ""}, {"We will see,", "Nia Quist", ""}}},
		{"a body named last in its sentence has no period; the company is a firm, not a ministry", "Fares rose.\n\n\"We are reviewing the plan,\" according to a statement from the Kells Ministry of Transport.\n\nIvo Pap, a spokesman for Quistware, would not talk to us then. The company later said in a statement: \"We stand by the plan.\"",
			[]quoteView{{"We are reviewing the plan,", "Kells Ministry of Transport", ""}, {"We stand by the plan.", "Quistware", ""}}},
		{"an unnamed source of wire copy names no one, whatever clause follows it", "The Harbour Department said on Tuesday it would review the ferry deal.\n\nA person familiar with the talks, who asked to stay unnamed as they had no leave to talk about them, said: \"The deal is not dead yet, whatever the board says.\"\n\nIvo Pap said: \"We are ready.\" Two people with knowledge of the plan said: \"It is nearly done and will be signed soon.\"\n\n\"It is close, closer than it has ever been,\" said one person close to the negotiations.",
			[]quoteView{{"The deal is not dead yet, whatever the board says.", "", ""}, {"We are ready.", "Ivo Pap", ""}, {"It is nearly done and will be signed soon.", "", ""}, {"It is close, closer than it has ever been,", "", ""}}},
		{"a plural description is a group no one named before stands for", "The prize went to Ivo Pap's novel Harbour Lights, which beat Ada Moss's Kells Road.\n\n\"It is a book of rare warmth,\" said the judges. \"We read it twice, and then once more.\"\n\nThe artists behind the show, Tom Fox and Nia Quist, used old maps of Dunmore.\n\n\"The river made the town,\" said the artists.",
			[]quoteView{{"It is a book of rare warmth,", "", ""}, {"We read it twice, and then once more.", "", ""}, {"The river made the town,", "", ""}}},
		{"a spokesperson's portfolio, then the name: the person speaks", "Fares rose.\n\nHarbour Party spokeswoman for transport Nia Quist said: \"The rise is unfair to all.\"\n\nA spokesman for ferry firm Quistware said: \"We will look again.\"",
			[]quoteView{{"The rise is unfair to all.", "Nia Quist", ""}, {"We will look again.", "Quistware", ""}}},
		{"a month's name alone or after an honorific is a surname, not in a date", "Prime Minister Nia May has called an election for March.\n\nMrs May said: \"We start in April.\" \"It will be fine,\" May said.\n\nIn March the board said: \"We agree with the date she chose.\"",
			[]quoteView{{"We start in April.", "Nia May", ""}, {"It will be fine,", "Nia May", ""}, {"We agree with the date she chose.", "", ""}}},
		{"an owner's description before a name", `The Harbour Times's ferry critic Ivo Pap felt that there "could yet be" a strike on Saturday.`,
			[]quoteView{{"could yet be", "Ivo Pap", ""}}},
		{"a club's office is the person given that title", "Dunmore Rovers coach Ivo Pap named his side.\n\n\"We are ready,\" said the Dunmore Rovers coach.",
			[]quoteView{{"We are ready,", "Ivo Pap", ""}}},
		{"a club's office nobody was named for is a description, not the club", "Dunmore Rovers lost again.\n\nBut the Dunmore Rovers chairman added: \"We will decide soon.\"",
			[]quoteView{{"We will decide soon.", "Dunmore Rovers chairman", ""}}},
		{"a party's name and a clause's opening word before a member's seat", "Ivo Pap MP said the bill was \"largely useless\".\n\nBut the Tory MP for Dunmore and North Kells admitted its purpose \"must not be left to rust\".",
			[]quoteView{{"largely useless", "Ivo Pap", ""}, {"must not be left to rust", "Ivo Pap", ""}}},
		{"a headline's common words are no part of a name", "Quistware Fires Quist Over Ferry Remarks\n\n\"We acted fast,\" Quistware said in a statement.",
			[]quoteView{{"We acted fast,", "Quistware", ""}}},
		{"he after an unnamed dealer is that dealer", "\"Sales held up,\" said Ivo Pap, an analyst at Quist Securities. However, one dealer, who would not give his name, told reporters the season was \"well short of what the ferry firms wanted\". \"It has been a hard winter for every shop,\" he said.",
			[]quoteView{{"Sales held up,", "Ivo Pap", ""}, {"well short of what the ferry firms wanted", "", ""}, {"It has been a hard winter for every shop,", "", ""}}},
		{"the member for a seat is the member named before", "Ivo Pap MP spoke first.\n\n\"I felt no guilt at all,\" said the Dunmore North MP.",
			[]quoteView{{"I felt no guilt at all,", "Ivo Pap", ""}}},
		{"Mrs. before a surname is the woman of that name", "Ada Quist and her husband, Tom Quist, arrived.\n\n\"We sail at dawn,\" Mrs. Quist said.",
			[]quoteView{{"We sail at dawn,", "Ada Quist", ""}}},
		{"Mr. before a surname is the man of that name", "Tom Quist and his daughter, Ada Quist, arrived.\n\n\"We sail at dawn,\" Mr. Quist said.",
			[]quoteView{{"We sail at dawn,", "Tom Quist", ""}}},
		{"a participle's speaker is the clause's subject, not the person it names", "Ivo Pap spoke first.\n\nHe left no doubt of his support for Ada Moss, saying she was \"the ablest of us all\".",
			[]quoteView{{"the ablest of us all", "Ivo Pap", ""}}},
		{"one of a people before a first name is a description", `"It feels like my second harbour," said Spaniard Ivo Quist.`,
			[]quoteView{{"It feels like my second harbour,", "Ivo Quist", ""}}},
		{"a common word before a title qualifies it", `"We will sail," said Harbour Correspondent Ada Quist.`,
			[]quoteView{{"We will sail,", "Ada Quist", ""}}},
		{"another with a title is an unnamed writer", "\"He plays all night,\" one reader wrote. Another correspondent wrote: \"I believe he cannot stop playing.\"",
			[]quoteView{{"He plays all night,", "(term)", ""}, {"I believe he cannot stop playing.", "", ""}}},
		{"a first name that is also a word opens a name", "Will Quist spoke first.\n\n\"We are ready,\" Quist said.",
			[]quoteView{{"We are ready,", "Will Quist", ""}}},
		{"a country's word and a lower-case title open an appositive", `Dan Quist, UK fares director of ferry firm Millbrook, said: "Fares will rise."`,
			[]quoteView{{"Fares will rise.", "Dan Quist", ""}}},
		{"a tag after an exclamation keeps its long clause", "Ivo Pap read the list aloud.\n\n\"Sail on!\" Ada Moss shouted, a cry that the crowd on the quay took up at once for the rest of the evening.",
			[]quoteView{{"Sail on!", "Ada Moss", ""}}},
		{"what a named person called is that person's word", "Kelso bid for the regatta hoping to lose what Pap called \"a sleepy name.\"",
			[]quoteView{{"a sleepy name.", "Pap", ""}}},
		{"a quotation inside a later paragraph of a quotation that runs on", "Ada Moss stated:\n\n\"The fares are too high.\n\n\"The council calls them “fair fares” in every leaflet.\n\n\"The next step is a strike.\"\n\nThe council met.",
			[]quoteView{{"The fares are too high.", "Ada Moss", ""}, {"The council calls them “fair fares” in every leaflet.", "Ada Moss", ""}, {"The next step is a strike.", "Ada Moss", ""}}},
		{"a name written with combining accents (decomposed) is one name", "Ivo Pe\u0301rez, a ferry pilot, spoke first.\n\n\"There was no fog,\" Pe\u0301rez said.",
			[]quoteView{{"There was no fog,", "Ivo Pe\u0301rez", ""}}},
		{"a dateline is no part of the sentence after it", "Fares rise.\n\nDunmore (AFP) – Ada Moss has attacked the new fares, saying that “steep fares” harm the town.\n\nDUNMORE, Kells – Ivo Pap has backed them, saying they were “a fair price”.",
			[]quoteView{{"steep fares", "Ada Moss", ""}, {"a fair price", "Ivo Pap", ""}}},
		{"a description, the name it describes, then the verb", "Fares rise.\n\nIn May, Quistware's Dunmore ferry director, Ivo Pap, reached out to the council, writing in a letter: “We want to sail.”",
			[]quoteView{{"We want to sail.", "Ivo Pap", ""}}},
		{"a description inside a clause does not hand the sentence to the name after it", "Fares rise.\n\nIvo Pap started Monday listening to the ferry director, Ada Moss, speak at a dinner before a \"unity\" toast.",
			[]quoteView{{"unity", "Ivo Pap", ""}}},
		{"a label of a name and its description opens a list's voice", "What the bosses said\n\nDunmore boss Ivo Pap \"We lost.\"\n\n - Kells manager Ada Moss \"We earned the points. \"We played well.\"",
			[]quoteView{{"We lost.", "Ivo Pap", ""}, {"We earned the points.", "Ada Moss", ""}, {"We played well.", "Ada Moss", ""}}},
		{"a boss before a name describes the person", "Cranes sell well.\n\nBoss Ivo Pap blames the weak market. \"Growth is slow here,\" he says.",
			[]quoteView{{"Growth is slow here,", "Ivo Pap", ""}}},
		{"a no-break space after a full stop ends the sentence", "Fares rose.\n\nIvo Pap, the ferry chief, said the fares were fair.\u00a0Then Ada Moss described the rise as \"steep,\" a word riders use too.",
			[]quoteView{{"steep,", "Ada Moss", ""}}},
		{"the alliance is the alliance named before", "Ivo Pap said fares were fair. \"We need them,\" he said. The Dunmore Riders Alliance said the rise was too steep. \"It will hurt every family on the island,\" the alliance said on its website.",
			[]quoteView{{"We need them,", "Ivo Pap", ""}, {"It will hurt every family on the island,", "Dunmore Riders Alliance", ""}}},
		{"a sentence reporting another's words ends the quotation before it", "\"We will sail,\" said Ivo Pap. \"The fleet is ready.\" But the harbour master, Ada Moss, said the ferries were old. \"Half of the old ferries leak.\"",
			[]quoteView{{"We will sail,", "Ivo Pap", ""}, {"The fleet is ready.", "Ivo Pap", ""}, {"Half of the old ferries leak.", "Ada Moss", ""}}},
		{"Mr before a people's word is a man of that surname", "Gadget sales rose, said Ivo Dutch of the Quist Group.\n\nAda Moss, a rival seller, disputed each of his figures. \"Demand is huge,\" said Mr Dutch.",
			[]quoteView{{"Demand is huge,", "Ivo Dutch", ""}}},
		{"a firm's spokesperson speaks for the firm, and she and the spokeswoman after are the firm too", "Ferry fares rose.\n\n\"We are sorry,\" a Quistware spokeswoman said. \"It will pass.\" The spokeswoman added that fares would fall. \"We will cut them,\" she said.",
			[]quoteView{{"We are sorry,", "Quistware", ""}, {"It will pass.", "Quistware", ""}, {"We will cut them,", "Quistware", ""}}},
		{"a council's spokesman, a person's and a former one", "Ferry fares rose.\n\nA Harbour Council spokesman said the rise was fair. \"It pays for the pier,\" he added. Later the spokesman said: \"We will review it.\"\n\nIvo Pap spoke at the pier. A Pap spokesman said: \"He is well.\"\n\nA former Quistware spokesman said: \"It was bad.\"",
			[]quoteView{{"It pays for the pier,", "Harbour Council", ""}, {"We will review it.", "Harbour Council", ""}, {"He is well.", "Pap spokesman", ""}, {"It was bad.", "former Quistware spokesman", ""}}},
		{"it is not the firm a spokeswoman spoke for", "The Kells Institute said fares would rise. A Quistware spokeswoman said: \"We are sorry.\"\n\nIt said the rise would \"hurt the poor\".",
			[]quoteView{{"We are sorry.", "Quistware", ""}, {"hurt the poor", "Kells Institute", ""}}},
		{"told the newspaper: the paper named last, never the unnamed source's voice", "Fares rose, the Harbour Times reported on Monday.\n\n\"We are looking at the matter,\" a spokesman for the harbour attorney told the newspaper.\n\n\"It is fair,\" Ivo Pap told the paper.",
			[]quoteView{{"We are looking at the matter,", "", "Harbour Times"}, {"It is fair,", "Ivo Pap", "Harbour Times"}}},
		{"an Olympian is no part of the name", "Ivo Pap won the heat.\n\nOlympian Pap tried to catch up. \"I ran hard,\" said Pap.",
			[]quoteView{{"I ran hard,", "Ivo Pap", ""}}},
		{"a name right before a participle is its subject", "Ivo Pap met Ada Moss.\n\nBoth issued a statement, Ivo Pap saying he was \"quite hopeful\" and Ada Moss calling it a \"fine start.\"",
			[]quoteView{{"quite hopeful", "Ivo Pap", ""}, {"fine start.", "Ada Moss", ""}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantQuotes(t, extractText(t, tc.text), tc.want)
		})
	}
}

func wantQuotes(t *testing.T, got, want []quoteView) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d quotes %+v, want %d %+v", len(got), got, len(want), want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("quote %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestPublisherAndBoilerplate(t *testing.T) {
	cases := []struct {
		name, text, outlet, date string
		quotes                   int
	}{
		{"wire dateline", "PARIS, May 3 (AFP) -- Officials met.\n\n\"We agree,\" said Luc Blanc.", "AFP", "", 1},
		{"an agency's dateline without spaces", "(AP)\u2014Officials met.\n\n\"We agree,\" said Luc Blanc.", "Associated Press", "", 1},
		{"an agency's dateline closed by a colon", "Kells [Dunmore], May 3 (ANI): Officials met.\n\n\"We agree,\" said Luc Blanc.", "ANI", "", 1},
		{"an agency's dateline between slashes", "KELLS, May 3. /TASS/. Officials met.\n\n\"We agree,\" said Luc Blanc.", "TASS", "", 1},
		{"an agency's dateline whose name opens in lower case", "KELLS (dpa-AFX) - Quist Ferries said on Monday that fares would rise.\n\n\"We agree,\" said Luc Blanc.", "dpa-AFX", "", 1},
		{"an outlet's dateline in capitals is written as a name", "(KELLS COURIER) \u2013 Officials met.\n\n\"We agree,\" said Luc Blanc.", "Kells Courier", "", 1},
		{"a first line opening with a dateline in capitals and a dash ('KELLS \u2014 Ivo Pap ...') is the story's first sentence, no headline", "KELLS \u2014 Ivo Pap apologized on Friday for his remark on the ferry crews, calling it \u201ca mistake\u201d\n\n\u201cI feel bad,\u201d Pap said.", "", "", 2},
		{"a button's words that look like an outlet's name ('Share the News') are no site name", "Virus update\n\nShare the News\n\nCases rose on Monday.\n\n\"We agree,\" said Luc Blanc.", "", "", 1},
		{"a page's stamp under a byline ('Updated', 'Published') is no credit line, no outlet", "Ferry fares rise\n\nBy Ada Moss\nUpdated\n\nFerry fares rose on Monday.\n\n\"We agree,\" said Luc Blanc.", "", "", 1},
		{"a credit line under a byline ends with the writer's role ('Kells Press Writer'): the outlet is the rest", "Gorilla bites keeper\nBy Ada Moss\nKells Press Writer\nMay 5, 2005\nA gorilla bit a keeper on Tuesday.\n\n\"We are relieved,\" said Luc Blanc.", "Kells Press", "2005-05-05", 1},
		{"a place in brackets before a dash, named again as a place, is no agency ('(Kells) -- ... in Kells')", "(Kells) -- Firefighters battled a fire in Kells late Monday.\n\n\"We had heavy fire,\" said Luc Blanc.", "", "", 1},
		{"a reporter's name in brackets is no agency", "KELLS (Ada Moss) \u2013 Officials met.\n\n\"We agree,\" said Luc Blanc.", "", "", 1},
		{"a place in brackets is no agency", "Kells (Dunmore): Officials met.\n\n\"We agree,\" said Luc Blanc.", "", "", 1},
		{"a published-in footer names the outlet", "Fares rose.\n\n\"We agree,\" said Luc Blanc.\n\nPublished in the Kells Courier, May 3rd, 2024\n", "Kells Courier", "", 1},
		{"other stories' teasers after a more-from heading yield nothing", "Fares rose.\n\n\"We agree,\" said Luc Blanc.\n\nThe vote is next week.\n\nMore from the Kells Courier\n\nKells Courier 2 min read\nDunmore's police chief Ada Moss told a radio show her force had \"far too few officers\" for the task.\n", "", "", 1},
		{"a page title's last part that only opens like an outlet's name ('... | Kells Pre-Match Media Conference') names no outlet", "The Coach | Kells Pre-Match Media Conference\n\nThe coach spoke to the press on Thursday.\n\n\u201cThe harbour wall needs fixing.\u201d", "", "", 1},
		{"read more link", "Talks went on.\n\n\"Fine,\" said Jo Park.\n\nCLICK HERE TO READ MORE FROM THE DENVER HERALD\n", "Denver Herald", "", 1},
		{"byline credit line", " date 2021-04-02 By Sam Roe\n\nMidwest Press Service\n\nThe council voted.\n", "Midwest Press Service", "2021-04-02", 0},
		{"a date prefix before a caption yields nothing", " date 2021-04-02 Ada Moss (L) said \"no\" to the plan. File Photo by Tom Brack/Kells Courier | License Photo\n\nThe council voted.\n", "", "2021-04-02", 0},
		{"a date prefix before the story's first paragraph", " date 2021-04-02 The council voted, and Ada Moss said \"no\" to the plan.\n\nThe vote was close.\n", "", "2021-04-02", 1},

		{"newsletter box yields nothing", "Body text here.\n\nSign up for The Daily Ledger's newsletter\nGet \"the best\" stories delivered to your inbox.\n", "Daily Ledger", "", 0},
		{"a list under a related-stories heading yields nothing", "Fares rose.\n\nRelated Stories\nCouncil calls ferry plan \"unworkable\"\nRiders vow to \"fight every penny\"\n\n\"We agree,\" said Luc Blanc.", "", "", 1},
		{"a paragraph of the story between an advertising label and a caption", "Fares rose.\n\nADVERTISEMENT\n\nRiders were angry. \"It is a scandal,\" said Ada Moss.\n\nPhoto: the pier at dusk. (Lena Kroll/Harbour Times)\n\nThe vote is next week.", "", "", 1},
		{"a copyright footer names the outlet, not its sentence", "Fares rose.\n\n\"We agree,\" said Luc Blanc.\n\n\u00a9 2024 Harbour Times. All rights reserved.", "Harbour Times", "", 1},
		{"a bio that says who the writer is yields nothing", "Fares rose.\n\n\"We agree,\" said Luc Blanc.\n\nTom Brack is the Harbour Times' transport correspondent. He covered the \"port wars\" for years.", "", "", 1},
		{"a scraper's header of key and value lines", "Title: Ferry fares to rise\nURL: https://harbour.example/fares\nDate: 2024-03-05\nSource: Harbour Times\nAuthor: Tom Brack\n\nFares will rise.\n\n\"We cannot run at a loss,\" said Ivo Pap.", "Harbour Times", "2024-03-05", 1},
		{"a date line gives the date", "Ferry fares to rise\n\nMarch 5, 2024\n\nFares will rise.\n\n\"We cannot run at a loss,\" said Ivo Pap.", "", "2024-03-05", 1},
		{"a date in a sentence or a caption is no publication date", "Ferry fares to rise\n\nFares will rise from April, the board said, its third rise since it was formed on March 5, 2019.\n\nA ferry at the pier in Kells on Jan. 3, 2023. (Photo: Ivo Pap)\n\n\"We cannot run at a loss,\" said Ivo Pap.", "", "", 1},
		{"a byline with an outlet names the outlet", "Ferry fares to rise\n\nBy Nia Quist and Tom Brack, Kells Courier\n\nFares will rise.\n\n\"We cannot run at a loss,\" said Ivo Pap.", "Kells Courier", "", 1},
		{"a byline with a dash and an outlet ('By Nia Quist - Kells Courier:') names the outlet", "Ferry fares to rise\n\nBy Nia Quist - Kells Courier:\n\nFares will rise.\n\n\"We cannot run at a loss,\" said Ivo Pap.", "Kells Courier", "", 1},
		{"a byline with a role names no outlet", "Ferry fares to rise\n\nBy Nia Quist, Transport Reporter\n\nFares will rise.\n\n\"We cannot run at a loss,\" said Ivo Pap.", "", "", 1},
		{"headline list yields nothing", "Body.\n-\nOne story\nFeature A \"quoted\" thing here\n-\nTwo story\nFeature B\n-\nThree\nFeature C\n", "", "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(&Doc{Name: "x.txt", Text: tc.text, Format: "txt"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Outlet != tc.outlet {
				t.Errorf("outlet %q, want %q", a.Outlet, tc.outlet)
			}
			if a.Published != tc.date {
				t.Errorf("published %q, want %q", a.Published, tc.date)
			}
			if len(a.Quotes) != tc.quotes {
				t.Errorf("%d quotes %+v, want %d", len(a.Quotes), a.Quotes, tc.quotes)
			}
		})
	}
}

func TestCitations(t *testing.T) {
	text := "The New York Times reported on Friday that talks began. Aides told The Washington Post that it was true. " +
		"According to a CNN report, the deal is near. The Times report said more. State-run Xinhua News Agency said it too. " +
		"Analyst Bo Li of Fox News spoke."
	a, err := Extract(&Doc{Name: "x", Text: text, Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	mentions := map[string]bool{}
	for _, c := range a.Citations {
		got[c.Outlet] = true
		mentions[text[c.Start:c.End]] = true
	}
	for _, m := range []string{"The New York Times", "The Washington Post", "CNN", "The Times", "Xinhua News Agency"} {
		if !mentions[m] {
			t.Errorf("no citation's offsets hold %q: %v", m, mentions)
		}
	}
	for _, want := range []string{"The New York Times", "The Washington Post", "CNN", "Xinhua"} {
		if !got[want] {
			t.Errorf("missing citation %q in %v", want, got)
		}
	}
	if got["Fox News"] {
		t.Errorf("an analyst's employer is not a citation: %v", got)
	}
}

// An outlet's one-word name inside a longer name is that name's: a
// person's surname ("Ivo Forbes", "Mr Forbes"), or the first word of a firm's
// name when it is a common English word ("Time Quistware").
func TestCitationsLeaveOutOtherNames(t *testing.T) {
	text := "Harbour chief Ivo Forbes said the quay would open in May. Mr Forbes said the cost was fair. " +
		"Time Quistware says it now owns a second ferry. Forbes reported that the ferry was late, and Ada Moss told Reuters. The ferry sailed."
	a, err := Extract(&Doc{Name: "x", Text: text, Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Citations {
		got = append(got, text[c.Start:c.End]+"@"+strconv.Itoa(c.Start))
	}
	want := []string{"Forbes@" + strconv.Itoa(strings.Index(text, "Forbes reported")), "Reuters@" + strconv.Itoa(strings.Index(text, "Reuters"))}
	if !slices.Equal(got, want) {
		t.Errorf("citations %v, want %v", got, want)
	}
}

func TestSurnameThatIsAnOutletsName(t *testing.T) {
	a, err := Extract(&Doc{Name: "x", Text: "Harbour chief Ivo Forbes spoke to the board.\n\nMr Forbes said: \"The quay will open in May.\"\n\n\"It is on time,\" he added.", Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 2 || a.Quotes[0].Speaker != "Ivo Forbes" || a.Quotes[1].Speaker != "Ivo Forbes" {
		t.Errorf("got %+v, want both quotes Ivo Forbes's", a.Quotes)
	}
}

func TestClaimMatching(t *testing.T) {
	arts := []*articleSpec{
		{"a", []quoteSpec{{"We ask the N.F.B. to end its water talks with Ostria now,", "Ann Lee", false}}},
		{"b", []quoteSpec{{"We ask [the fishing board] to end its water talks with Ostria now", "Ann Lee", false}}},
		{"c", []quoteSpec{{"water talks", "Ann Lee", false}, {"water talks", "Bob Ray", false}}},
		{"d", []quoteSpec{{"It is over,", "Cy Dow", false}, {"Nothing more to add.", "Cy Dow", true}}},
	}
	got := assign(arts)
	if got["a"][0] != got["b"][0] {
		t.Error("editorial variant did not join its claim")
	}
	if got["c"][0] != got["a"][0] {
		t.Error("fragment by the same speaker did not join the full quote's claim")
	}
	if got["c"][1] == got["a"][0] {
		t.Error("the same words from another speaker joined the claim")
	}
	if got["d"][0] != got["d"][1] {
		t.Error("an untagged continuation did not join the quote it continues")
	}
}

type articleSpec struct {
	id     string
	quotes []quoteSpec
}

type quoteSpec struct {
	text, speaker string
	continues     bool
}

// A short phrase two utterances share must not chain them into one claim,
// whatever order the articles are loaded in (one Assign call per batch).
func TestClaimMatchingNoChaining(t *testing.T) {
	quote := func(id, text string) *attrib.Article {
		return &attrib.Article{ID: id, Quotes: []attrib.Quote{{Text: text, Speaker: "Ann Lee"}}}
	}
	m := NewMatcher()
	batches := [][]*attrib.Article{
		{quote("a", "We will win the fight against rising costs, and we will win it this year"), quote("f1", "rising costs")},
		{quote("f2", "rising costs.")},
		{quote("b", "Nobody in this room believes that rising costs are the fault of the workers who built this town")},
		{quote("c", "We will win the fight against rising costs")},
	}
	for _, b := range batches {
		m.Assign(b)
	}
	claim := map[string]string{}
	for _, b := range batches {
		for _, a := range b {
			claim[a.ID] = a.Quotes[0].ClaimID
		}
	}
	if claim["a"] == claim["b"] {
		t.Error("two utterances sharing a short phrase were chained into one claim")
	}
	if claim["c"] != claim["a"] {
		t.Error("a fragment of one utterance did not join its claim")
	}
	if claim["f1"] != claim["a"] {
		t.Error("a fragment of the only utterance holding it did not join its claim")
	}
	if claim["f2"] != claim["f1"] {
		t.Error("the same fragment again did not join the claim of its first occurrence")
	}
}

func TestContainsWildcards(t *testing.T) {
	cases := []struct {
		hay, needle string
		want        bool
	}{
		{"We ask [the board] to halt", "we ask the NFB to halt", true},
		{"We ask the NFB to halt now", "ask [the board] to halt", true},
		{"For the tally, I have sailed 10 [ferries]. She has sailed three", "What do I have?", false},
		{"I have sailed 10 [ferries]. She has sailed three", "[ferries] she has", true},
	}
	for _, c := range cases {
		if got := contains(normWords(c.hay), normWords(c.needle)); got != c.want {
			t.Errorf("contains(%q, %q) = %v, want %v", c.hay, c.needle, got, c.want)
		}
	}
}

// A short phrase quoted on its own long after the full version is a
// catchphrase in use: it does not join; near in time, it does.
func TestClaimMatchingFragmentDates(t *testing.T) {
	art := func(id, date, text string) *attrib.Article {
		return &attrib.Article{ID: id, Published: date, Quotes: []attrib.Quote{{Text: text, Speaker: "Ann Lee"}}}
	}
	m := NewMatcher()
	full := art("full", "2024-03-01", "We must stop the rising costs before the winter comes to this town")
	soon := art("soon", "2024-03-05", "rising costs")
	late := art("late", "2024-09-30", "rising costs")
	for _, a := range []*attrib.Article{full, soon, late} {
		m.Assign([]*attrib.Article{a})
	}
	if soon.Quotes[0].ClaimID != full.Quotes[0].ClaimID {
		t.Error("a fragment published four days after the full version did not join it")
	}
	if late.Quotes[0].ClaimID == full.Quotes[0].ClaimID {
		t.Error("a fragment published seven months later joined the full version")
	}
	// the other way round: a phrase first, a full sentence holding it months later
	phrase := art("phrase", "2024-01-10", "open borders")
	speech := art("speech", "2024-08-01", "They want open borders and we will never accept that in this country")
	m.Assign([]*attrib.Article{phrase})
	m.Assign([]*attrib.Article{speech})
	if phrase.Quotes[0].ClaimID == speech.Quotes[0].ClaimID {
		t.Error("a sentence published months after a short phrase it holds joined the phrase's claim")
	}
}

// TestRunMentionPlacesAndOpeners: a run's reading drops the words that
// open a sentence, tells places, countries and place-and-role
// descriptions from names.
func TestRunMentionPlacesAndOpeners(t *testing.T) {
	cases := []struct {
		words      string
		name, kind string
	}{
		{"Given Velk's", "Velk", attrib.KindPerson},
		{"Amid Tomas Velk", "Tomas Velk", attrib.KindPerson},
		{"Shortly", "", ""},
		{"New Hampshire", "New Hampshire", kindPlace},
		{"The United States", "United States", attrib.KindOrganization},
		{"Moscow", "Moscow", attrib.KindOrganization},
		{"Idaho Democratic", "Idaho Democratic", kindRole},
		{"Ohio Sen. Ada Brennick", "Ada Brennick", attrib.KindPerson},
		{"Ada Brennick", "Ada Brennick", attrib.KindPerson},
		{"Tories", "Tories", kindGroup},
		{"Critics", "Critics", kindGroup},
		{"I'm", "", ""},
		{"Privately", "", ""},
		{"Christmas", "", ""},
		{"General Pap of Portugal", "Pap", attrib.KindPerson},   // a titled name, then where from
		{"Ivo Pap of Quist Bank", "Ivo Pap", attrib.KindPerson}, // a full name, then the firm
		{"Bank of Portugal", "Bank of Portugal", attrib.KindOrganization},
		{"Duke of Portugal", "Duke of Portugal", attrib.KindPerson},
		{"Q", "", ""}, // one letter: the "Q" of "Q&A"
		{"Quist & Moss", "Quist & Moss", attrib.KindOrganization}, // a firm
		{"D-KS", "", ""}, // a party and a state
		{"R-Kells.", "", ""},
		{"X-Men", "X-Men", attrib.KindOrganization},
		{"A.D", "", ""}, // an era or a time, not initials
		{"GMT", "", ""},
		{"QTV", "QTV", attrib.KindOrganization},
		{"Dunmore Cathedral", "Dunmore Cathedral", kindPlace}, // a site
		{"Kells Airport", "Kells Airport", kindPlace},
		{"Shri Kells Mandir Temple", "Shri Kells Mandir Temple", kindPlace}, // a temple's honorific, no person's title
		{"Nia Tower", "Nia Tower", attrib.KindPerson},                       // a first name, then a site's noun: a person
		{"Nia Hills", "Nia Hills", kindPlace},                               // (not a plural)
	}
	for _, c := range cases {
		m := runMention(capRun{words: strings.Fields(c.words)}, nil)
		if m.name != c.name || m.kind != c.kind {
			t.Errorf("%q: got %q (%s), want %q (%s)", c.words, m.name, m.kind, c.name, c.kind)
		}
	}
}

// The rules alone read "the organisation said" as the organisation named
// last before (not the outlet the article cites).
func TestTheOrganisationSaid(t *testing.T) {
	text := "Ferry fares\n\nFares rose on Monday, the Harbour Times reported.\n\nThe Kells Ferry Users Association said fares were too high, and Ivo Pap, a ferry pilot, agreed. \"We will fight it in the courts,\" the organisation said."
	a, err := ExtractWith(&Doc{Name: "made-up.txt", Text: text, Format: "txt"}, ExtractConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Kells Ferry Users Association" || a.Quotes[0].SpeakerKind != attrib.KindOrganization {
		t.Errorf("quotes %+v", a.Quotes)
	}
}

// TestUnnamedSourcesStayInTheirArticle: "a senior Brennick aide" in two
// articles are two people (the articles do not say they are one), while a
// named speaker is one person across articles.
func TestUnnamedSourcesStayInTheirArticle(t *testing.T) {
	ids := func(text string) (unnamed, named string) {
		a, err := Extract(&Doc{Name: "t.txt", Text: text, Format: "txt"})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			switch q.Speaker {
			case "senior Brennick aide":
				unnamed = q.SpeakerID
			case "Ines Valdor":
				named = q.SpeakerID
			}
		}
		if unnamed == "" || named == "" {
			t.Fatalf("quotes %+v", a.Quotes)
		}
		return unnamed, named
	}
	u1, n1 := ids("Ada Brennick spoke on Monday.\n\n\"She has not decided on the bridge,\" a senior Brennick aide said.\n\n\"We expect a vote by the end of the month,\" Ines Valdor said.")
	u2, n2 := ids("Ada Brennick toured the port.\n\n\"She will announce the plan next week,\" a senior Brennick aide said.\n\n\"The harbour needs the money now,\" Ines Valdor said.")
	if u1 == u2 {
		t.Errorf("the two articles' unnamed aides share the ID %s", u1)
	}
	if n1 != n2 || n1 != PersonID("Ines Valdor") {
		t.Errorf("the named speaker has IDs %s and %s", n1, n2)
	}
}

// TestSubjectAfterQuestion: a question mark ends the words that can hold
// a tag's subject ("So, which count did better? - Dorn Research notes that").
func TestSubjectAfterQuestion(t *testing.T) {
	a := attribute("So, which count did better? - Dorn Research notes that the counts it checked were", "in every ward but two.", "close to exact,", nil)
	if a.rule != "tag-before" || a.m.name != "Dorn Research" || a.cue != "notes" {
		t.Errorf("got rule %q, mention %q, cue %q", a.rule, a.m.name, a.cue)
	}
}

// TestLoneNameBetweenCommas: a tag set between commas inside the
// sentence after the quote, a surname alone (", said Moss, hinted"),
// names the speaker; a lone name that ends the sentence does not (a
// firm's as often: ", said Quistco.").
func TestLoneNameBetweenCommas(t *testing.T) {
	a := attribute("The", "they found, said Moss, hinted at a new world.", "huge, clean curve", nil)
	if !a.explicit || a.m.name != "Moss" || a.cue != "said" {
		t.Errorf("got rule %q, mention %q, cue %q", a.rule, a.m.name, a.cue)
	}
	a = attribute("The", "was here to stay, said Quistco.", "new normal", nil)
	if a.m.name == "Quistco" {
		t.Errorf("got rule %q, mention %q at the sentence's end", a.rule, a.m.name)
	}
}

// TestSubordinateSubjectOfParticiple: "It came after X, a clerk, resigned
// saying": the participle's subject is X, the subordinate clause's, not
// the empty "it"; an "it" with no such clause stays the subject; "While
// ..., X, she appealed ... by calling" is hers.
func TestSubordinateSubjectOfParticiple(t *testing.T) {
	a := attribute("It came after Tom Brack, the top clerk at the harbour board, resigned saying he was now the", "which, he alleged, Ada Moss was behind.", "target of a vicious campaign", nil)
	if a.rule != "tag-before" || a.m.name != "Tom Brack" {
		t.Errorf("got rule %q, mention %q", a.rule, a.m.name)
	}
	a = attribute("Meanwhile, it attacked Ivo Pap, saying he", "with his insults.", "has offended everyone", nil)
	if a.m.name != "it" {
		t.Errorf("got rule %q, mention %q, want it", a.rule, a.m.name)
	}
	// the subject right before the clause's verb, not a name in the
	// subordinate clause before it; a pronoun of the first person's sex
	// is that person
	a = attribute("While she did not address the row facing her running mate, Ivo Pap, she appealed to the crowd by calling him", "and more.", "our next mayor", nil)
	if a.m.name != "she" {
		t.Errorf("got rule %q, mention %q, want she", a.rule, a.m.name)
	}
	a = attribute("In a speech in praise of Tom Brack, the nominee that year, Mr. Pap decried the plan, and he set out his theme by urging", "", "a politics of hope", nil)
	if a.m.name != "Pap" {
		t.Errorf("got rule %q, mention %q, want Pap", a.rule, a.m.name)
	}
}

// TestOneOfAPeopleAndDescribedOccupation: "the Austrian" and "the
// Israeli" name one of a people, "the French" the whole people; "the
// Spanish goalkeeper" is someone described, "the Kellish president" no one.
func TestOneOfAPeopleAndDescribedOccupation(t *testing.T) {
	for np, want := range map[string]string{"the Austrian": "austrian", "The Israeli": "israeli", "the Spanish goalkeeper": "goalkeeper"} {
		if m := parseNP(np, nil); m.kind != "noun" || m.noun != want {
			t.Errorf("%q: got %+v, want the noun %q", np, m, want)
		}
	}
	for _, np := range []string{"the French", "the Chinese", "the Russian president"} {
		if m := parseNP(np, nil); m.kind == "noun" && m.described {
			t.Errorf("%q: got a described person %+v", np, m)
		}
	}
}

// TestPersonIDIgnoresMiddleNames: a middle name or initial makes no new
// person; two initials, a suffix or an organisation's name do.
func TestPersonIDIgnoresMiddleNames(t *testing.T) {
	same := [][2]string{{"Ada B. Moss", "Ada Moss"}, {"Ada Quist Moss", "Ada Moss"}, {"ADA MOSS", "Ada Moss"}, {"Ada B. C. Moss", "Ada B.C. Moss"}, {"Ivo R. Pap Jr.", "Ivo Pap Jr."}}
	for _, p := range same {
		if PersonID(p[0]) != PersonID(p[1]) {
			t.Errorf("%q and %q are two people", p[0], p[1])
		}
	}
	other := [][2]string{{"Ada B. C. Moss", "Ada C. Moss"}, {"Ivo Pap Jr.", "Ivo Pap"}, {"Harbour Quist Council", "Harbour Council"}, {"Quist Brown Moss", "Quist Moss"}}
	for _, p := range other {
		if PersonID(p[0]) == PersonID(p[1]) {
			t.Errorf("%q and %q are one person", p[0], p[1])
		}
	}
}

// TestRecommendedIsACue: a report's "it recommended" tags the quote before
// it, as "it said" would.
func TestRecommendedIsACue(t *testing.T) {
	at := attribute("", ", it recommended.", "Keep the night ferry running,", nil)
	if !at.explicit || at.cue != "recommended" || at.m.name != "it" {
		t.Fatalf("got %+v", at)
	}
}

// A one-word name written as firms and products are is an organisation:
// "he said" after it goes to the person named before, never to it.
func TestCompanyShapedNames(t *testing.T) {
	for w, want := range map[string]bool{
		"QuistWare": true, "Quist.com": true, "Q-Mobile": true, "Ferry.co.uk": true,
		"McQuist": false, "MacQuist": false, "DiQuist": false, "LeQuist": false,
		"Quist": false, "Okafor": false, "O'Neill": false, "Ruiz-Vell": false,
	} {
		if got := companyShaped(w); got != want {
			t.Errorf("companyShaped(%q) = %v", w, got)
		}
	}
	a, err := Extract(&Doc{Name: "made-up.txt", Text: "Ferry news\n\nResearcher Ivo Okafor said the new app would never match QuistWare for users. \"It cannot stop the fake files from spreading,\" he said.", Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ivo Okafor" {
		t.Errorf("quotes %+v", a.Quotes)
	}
}

// A run of capitals that is a number of people or a party's people names
// no one the ranker may offer as a speaker.
func TestRunsThatNameNoPerson(t *testing.T) {
	for _, c := range []struct {
		words []string
		kind  string
	}{
		{[]string{"Two", "of", "Quistland's"}, ""},
		{[]string{"Millions", "of", "Quistians"}, ""},
		{[]string{"Angry", "Tory"}, kindGroup},
		{[]string{"Angry", "Republicans"}, kindGroup},
		{[]string{"Ivo", "Pap"}, attrib.KindPerson},
		{[]string{"Department", "for", "Ferry", "Affairs"}, attrib.KindOrganization},
		{[]string{"Teenager", "Zorvia", "Okafor"}, attrib.KindPerson},
	} {
		if m := runMention(capRun{words: c.words}, nil); m.kind != c.kind || c.kind == attrib.KindPerson && m.name != strings.Join(c.words[len(c.words)-2:], " ") {
			t.Errorf("%q: %q (%q), want kind %q", c.words, m.name, m.kind, c.kind)
		}
	}
}

func TestRankerGuessIsNoAntecedent(t *testing.T) {
	for _, c := range []struct {
		rule     string
		explicit bool
		qt, sent string
		want     bool
	}{
		{"ranker:prev-para:4 person > name (rules: none)", false, "good copies", "doubts remain that the files are  as sold", false},
		{"ranker:prev-para:4 person > name (rules: none)", false, "a non-story", "Pap told Dunmore Radio he thought it was ", true},
		{"ranker:prev-para:4 person > name (rules: none)", false, "We will not sell the ferry to anyone,", "", true},
		{"tag-before > name", true, "good copies", "Pap said the files were ", true},
		{"previous-sentence-speech > name", false, "good copies", "doubts remain that the files are ", true},
	} {
		if got := antecedent(c.rule, c.explicit, c.qt, c.sent); got != c.want {
			t.Errorf("antecedent(%q, %v, %q, %q) = %v", c.rule, c.explicit, c.qt, c.sent, got)
		}
	}
}

func TestNamedInQuote(t *testing.T) {
	for _, c := range []struct {
		name, qt string
		want     bool
	}{
		{"Ivo Okafor", "I have had a quiet word with Ivo.", true},
		{"Ivo Okafor", "Okafor is our best debater.", true},
		{"Ivo Okafor", "You have a fine candidate, but it is not Ivo Okafor.", false},
		{"Ivo Okafor", "Ivorian ferries are late.", false},
		{"Quistware", "We beat Quistware on price.", true},
	} {
		if got := namedInQuote(c.name, c.qt); got != c.want {
			t.Errorf("namedInQuote(%q, %q) = %v", c.name, c.qt, got)
		}
	}
}

func TestTrimPossessive(t *testing.T) {
	for in, want := range map[string]string{"Pap's": "Pap", "Pap's.": "Pap", "Moss'": "Moss", "Moss\u2019s,": "Moss", "Jr.": "Jr.", "Pap": "Pap", "Moss\u2019.": "Moss", "Kells.": "Kells.", "": "", ".": "."} {
		if got := trimPossessive(in); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}

// "The company said": the ranker may not give the words to a person the
// article names; a firm's name it reads as a person's is the firm's, and
// a name after a firm's kind in lower case ("mine operator Varnel") a firm.
func TestBodyDescribedIsNoPerson(t *testing.T) {
	for _, c := range []struct{ text, speaker, kind string }{
		{"Ferries\n\nQuist Ferries has named a new director. Ada Moss is to run its routes. The company said Ms Moss would make \"big changes to the timetable and the fares\".", "", ""},
		{"Ferries\n\nKells Coal said output fell. It had brought in new shifts at its pits. The company said these steps should \"lift earnings a great deal\".", "Kells Coal", attrib.KindOrganization},
		{"Fares\n\nDunmore Economics, which tracks ferry prices, called the rise a \"passing blip\" in a note.", "Dunmore Economics", attrib.KindOrganization},
		{"Fares\n\nThe Kells Institution said fares had risen \"faster than wages\".", "Kells Institution", attrib.KindOrganization},
		{"Fares\n\nShares in Varnel rose 3%. Varnel, which runs the night boats, said the fares were \"fair for everyone\".", "Varnel", attrib.KindOrganization},
		{"Fares\n\nShares in Varnel rose 3% on Monday. The firm was set up by Mr Varnel in 1990. Varnel said the fares were \"fair for everyone\".", "Varnel", attrib.KindPerson},
		{"Fares\n\nVarnel's profits fell by a third. Varnel said the fares were \"fair for everyone\".", "Varnel", attrib.KindOrganization},
		{"Mine\n\nIn a statement, mine operator Varnel said the crew was \"safe and well\".", "Varnel", attrib.KindOrganization},
		{"Calls\n\n\"Callers hang up sooner,\" says Ada Moss of IT firm Quist Data, which ran the poll.", "Ada Moss", attrib.KindPerson},
		{"Bridge\n\nKells Bridge Engineers said it was \"deeply sorry\" for the fall.", "Kells Bridge Engineers", attrib.KindOrganization},
		{"Fares\n\nVarnel's CEO Ada Moss spoke on Monday. Varnel said the fares were \"fair for everyone\".", "Varnel", attrib.KindOrganization},
		{"Clinics\n\nQuistcorp Health Services, which runs clinics, was hit by a cyberattack. Quistcorp said it took the network offline \"out of caution\".", "Quistcorp Health Services", attrib.KindOrganization},
		{"Strike\n\nThe Kells dockers’ union said it would \"fight on\".", "Kells dockers’ union", attrib.KindOrganization},
		{"Strike\n\nDunmore teachers' association said the plan was \"a disgrace\".", "Dunmore teachers' association", attrib.KindOrganization},
		{"Whales\n\nThe Ohio DNR says such a stranding is \"very rare\".", "Ohio DNR", attrib.KindOrganization},
		{"Heat\n\nThe KWS New Orleans office backed the warning on Friday, stating, \"Stay indoors and drink water.\"", "KWS New Orleans", attrib.KindOrganization},
		{"Drugs\n\nQuist Enterprises said the trial was \"going well\".", "Quist Enterprises", attrib.KindOrganization},
		{"Fest\n\nCM Quist Tickets is asking people to wait. CM Tickets said the firm was \"reviewing its plans\".", "CM Tickets", attrib.KindOrganization},
		{"Fest\n\nTicket provider Quistix said its \"many requests\" went unheard.", "Quistix", attrib.KindOrganization},
		{"Fest\n\nOrganiser Kellsfest Ltd told fans it was \"unable to go on\" with the shows.", "Kellsfest Ltd", attrib.KindOrganization},
		{"Fest\n\nOrganisers from the Kells-based Quist House Events said there was \"no money left\".", "Quist House Events", attrib.KindOrganization},
		{"Fest\n\nThe rain came on Friday. Dunmorefest festival described its site as \"a sea of mud\".", "Dunmorefest", attrib.KindOrganization},
		{"Sorry\n\nOrganisers of the Harvest North festival have said sorry.\n\nHarvest said the show \"fell short\" of its standard.", "Harvest", attrib.KindOrganization},
	} {
		a, err := Extract(&Doc{Name: "x", Text: c.text, Format: "jsonl"})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker != c.speaker || a.Quotes[0].SpeakerKind != c.kind {
			t.Errorf("got %+v, want %q (%q)", a.Quotes, c.speaker, c.kind)
		}
	}
}

// A person's page shows titles and descriptions, not the words of a
// clause caught beside the name.
func TestPersonTitles(t *testing.T) {
	for _, ok := range []string{"Harbour Minister", "chief economist at Quist Bank", "Mr", "Ms.", "Sir", "Kells coach", "Tory", "former state ferry chief", "of Quist Securities"} {
		if !personTitle(beforeRelative(ok)) {
			t.Errorf("%q refused", ok)
		}
	}
	for _, bad := range []string{"who had", "in his ruling", "leader of the", "company says the report", "58", "Meanwhile", "Irish", "was a rate of growth", "During his speech", "has"} {
		if personTitle(beforeRelative(bad)) {
			t.Errorf("%q taken as a title", bad)
		}
	}
	for in, want := range map[string]string{"Earlier Harbour Secretary": "Harbour Secretary", "Meanwhile": "", "Mr": "Mr", "Kells coach": "Kells coach"} {
		if got := openerTrimmed(in); got != want {
			t.Errorf("openerTrimmed(%q) = %q, want %q", in, got, want)
		}
	}
	if got := beforeRelative("ferry pollster who now helps Quist"); got != "ferry pollster" {
		t.Errorf("beforeRelative: %q", got)
	}
}

// A role a speaker was read from is a title on their page, not an alias;
// an alias is a form of their name, never another person's.
func TestAliasesAndRoleTitles(t *testing.T) {
	a, err := Extract(&Doc{Name: "x", Text: "Rugby.\n\nIvo Pap was delighted with his first try for the club. \"It was a moment I will never forget,\" said the Kells winger.", Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.People) != 1 || a.People[0].Name != "Ivo Pap" || len(a.People[0].Aliases) != 0 || !slices.Contains(a.People[0].Titles, "Kells winger") {
		t.Errorf("people %+v", a.People)
	}
	for _, c := range []struct {
		alias, speaker string
		want           bool
	}{{"Pap", "Ivo Pap", true}, {"Ivo B. Pap", "Ivo Pap", true}, {"Quistware", "Quistware Ltd", true}, {"Tom Moss", "Ivo Pap", false}, {"Kells Rovers", "Ivo Pap", false}} {
		if got := sameName(c.alias, c.speaker); got != c.want {
			t.Errorf("sameName(%q, %q) = %v", c.alias, c.speaker, got)
		}
	}
}

// A firm's name keeps its ampersand; a compound of a prize and a noun for
// a person, or such a noun, before a first name and a surname is a title.
func TestNamesWithAmpersandsAndCompoundTitles(t *testing.T) {
	for np, want := range map[string]string{
		"economist Ivo Okafor of Quist Pellow & Sons": "Ivo Okafor",
		"Oscar-winner Ada Moss":                       "Ada Moss",
		"Teenager Ada Moss":                           "Ada Moss",
		"Boy Quist":                                   "Boy Quist",
		"Quist Pellow & Sons":                         "Quist Pellow & Sons",
	} {
		if m := parseNP(np, nil); m.name != want {
			t.Errorf("parseNP(%q) = %q (%s), want %q", np, m.name, m.kind, want)
		}
	}
}

// A citation names the outlet alone: not a word of the sentence before,
// an owner, a person of the outlet or a modifier; an agency is a news
// agency only as one, and a body whose name goes on is no outlet.
// TestCitationsOfOpenersAndOtherMedia: a word opening the sentence is
// no part of the outlet's name; "X and other media reported" cites X;
// a people's media keep the people's name; bare "media", a body's network
// and a press secretary cite no outlet.
func TestCitationsOfOpenersAndOtherMedia(t *testing.T) {
	text := "As The Harbour Times reported, fares will rise. But Kells Courier said more. " +
		"The Dunmore Gazette and other media reported the vote. Turkish media reported a deal. " +
		"One owner was named in media reports. The Kells Action Network said it would march. " +
		"\"We will see,\" Harbour Press Secretary Ivo Pap said. \"We will wait,\" Ada Moss told the Kells-headquartered Al Mayadeen TV channel."
	got, a := citedSpans(t, text)
	want := []string{"The Harbour Times", "Kells Courier", "The Dunmore Gazette", "Turkish media", "Al Mayadeen TV"}
	if !slices.Equal(got, want) {
		t.Errorf("citations %q, want %q", got, want)
	}
	var names []string
	for _, c := range a.Citations {
		names = append(names, c.Outlet)
	}
	if want := []string{"The Harbour Times", "Kells Courier", "The Dunmore Gazette", "Turkish media", "Al Mayadeen"}; !slices.Equal(names, want) {
		t.Errorf("outlets %q, want %q", names, want)
	}
}

func TestCitationsNameTheOutletAlone(t *testing.T) {
	text := "Fans backed Kells Utd. The Harbour Times says the board met. Quist's Harbour Times said more on Monday. " +
		"According to Ada Moss of Dunmore Trade Magazine, fares will rise. A Harbour Times report said the same. " +
		"The Federal Ferry Agency said the port was safe. The Dunmore Media Council said the show was crude."
	got, _ := citedSpans(t, text)
	want := []string{"The Harbour Times", "Harbour Times", "Dunmore Trade Magazine", "Harbour Times"}
	if !slices.Equal(got, want) {
		t.Errorf("citations %q, want %q", got, want)
	}
}

func TestToldAudience(t *testing.T) {
	text := "Yes, a minister said earlier on QTV public television, and Quistware told Kells Radio; QTV said so too. Speaking to Le Quist, she added it; speaking to Ada Moss, he said so. Pap told the Dunmore Post."
	cases := []struct {
		name, kind string
		want       bool
	}{
		{"QTV public", attrib.KindOrganization, true}, // after "on": the medium
		{"Kells Radio", "outlet", true},               // after "told": the audience
		{"Dunmore Post", "outlet", true},              // after "told the"
		{"QTV said", attrib.KindOrganization, false},  // a subject
		{"Quistware", attrib.KindOrganization, false},
		{"QTV public", attrib.KindPerson, false}, // only bodies and outlets
		{"Le Quist", attrib.KindPerson, true},    // a paper spoken to, read as a name
		{"Ada Moss", attrib.KindPerson, false},   // a person spoken to may answer
	}
	for _, c := range cases {
		at := strings.Index(text, c.name)
		if got := toldAudience(text, 0, candidate{start: at, kind: c.kind, speaker: c.name}); got != c.want {
			t.Errorf("toldAudience(%q, %s) = %v, want %v", c.name, c.kind, got, c.want)
		}
	}
}

// A clause after a later joiner that opens a clause of its own ("and as
// ...") is where the quote is: an earlier "but Ivo Pap ..." clause's
// subject is not its speaker.
func TestLaterJoinerDecides(t *testing.T) {
	a, err := ExtractWith(&Doc{Name: "t.txt", Text: "Night.\n\nAda Moss sat down, but Ivo Pap was drifting off, and as Tom Moss stood under the \"long hard night\" banner the hall fell quiet.", Format: "txt"}, ExtractConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker == "Ivo Pap" {
		t.Errorf("got %+v, want one quote, not Ivo Pap's", a.Quotes)
	}
}

// A tag that describes its speaker ("the defender told ...") lets the
// ranker name a person written in full before the quote, not a one-word
// name (a ground, a town read as a name).
func TestDescribedFits(t *testing.T) {
	for _, c := range []struct {
		c    candidate
		want bool
	}{
		{candidate{kind: attrib.KindPerson, speaker: "Ivo Pap", pos: "para-before", dist: "1"}, true},
		{candidate{kind: attrib.KindPerson, speaker: "Dunmoor", pos: "para-before", dist: "1"}, false},
		{candidate{kind: attrib.KindPerson, speaker: "Ivo Pap", pos: "sent-after", dist: "1"}, false},
		{candidate{kind: attrib.KindOrganization, speaker: "Kells Rovers", pos: "prev-para", dist: "2"}, false},
	} {
		if got := describedFits(c.c); got != c.want {
			t.Errorf("describedFits(%+v) = %v, want %v", c.c, got, c.want)
		}
	}
}

// The words between two quotations, read as one after a stray mark,
// are no quotation: they open with a full stop or a comma and a space, a
// space and a tag, or open and end with a space.
func TestInvertedSpan(t *testing.T) {
	for qt, want := range map[string]bool{
		". She added: ":                  true,
		", A spokesman dismissed it.":    true,
		" with her crew to agree a ":     true,
		" said Mr Pap. Later Ada Moss":   true,
		". . . I just want a fair deal.": false, // an ellipsis opens it
		" … if the vote were today":      false,
		"We will wait.":                  false,
		" you know, well, we will see.":  false,
	} {
		if got := invertedSpan(qt); got != want {
			t.Errorf("invertedSpan(%q) = %v, want %v", qt, got, want)
		}
	}
	a, err := Extract(&Doc{Name: "t.txt", Text: "Ferries.\n\nIvo Pap said the new quay plan was \"unfair\" and \"wrong. He called on the minister to \"enter into talks\" with her crew to agree a \"fairer timetable\". The minister declined.", Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Text, " with her crew") {
			t.Errorf("narrative between quotations kept as a quote: %q", q.Text)
		}
	}
}

func TestSpokespersonForAFirmAnAppositiveNames(t *testing.T) {
	a, err := Extract(&Doc{Name: "t.txt", Text: "Fares rose.\n\nA spokesperson for his firm, Moss Marine, said the contract \"was awarded fairly.\"", Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Moss Marine" || a.Quotes[0].SpeakerKind != attrib.KindOrganization {
		t.Fatalf("quotes %+v, want one by the organisation Moss Marine", a.Quotes)
	}
}

func TestCitationsOfOutletsWithoutANewsWord(t *testing.T) {
	text := "Fares rose.\n\nIvo Pap told Semafor the rise was fair. According to The Hollywood Reporter, shooting of the ferry film stopped. " +
		"Ada Moss told ITV: \"It is too steep.\" Quist said on Tuesday that its servers were fine."
	a, err := Extract(&Doc{Name: "x", Text: text, Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Citations {
		got = append(got, c.Outlet)
	}
	if strings.Join(got, "|") != "Semafor|The Hollywood Reporter|ITV News" {
		t.Errorf("citations %q", got)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Via != "ITV News" {
		t.Errorf("quotes %+v, want one via ITV News", a.Quotes)
	}
}

// TestGluedHeadline: a record whose text opens with its headline and goes
// on in the same line (a scraper that joined the page's elements) reads
// the headline as one, so its full name is the surname's later.
func TestGluedHeadline(t *testing.T) {
	text := "Ada Moss Walks Out Of Kells Ferry Talks. KELLS - The ferry talks broke up on Monday without a deal, and the board said it would meet the union again next week. The crossing has run at half its timetable since the spring, and the harbour office has asked both sides to settle before the summer season begins in earnest. \"We came here to settle and they came here to stall,\" Moss said after the meeting."
	d := &Doc{Name: "glued", Text: text, Format: "jsonl", Headline: "Ada Moss Walks Out Of Kells Ferry Talks."}
	a, err := Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ada Moss" {
		t.Fatalf("quotes %+v, want one by Ada Moss", a.Quotes)
	}
	if got := splitHeadline(text, splitParas(text), d.Headline); len(got) != 2 || text[got[0].start:got[0].end] != d.Headline || !strings.HasPrefix(text[got[1].start:], "KELLS") {
		t.Errorf("paragraphs %v", got)
	}
	if got := splitHeadline("Kells Ferry Talks\n\nThe talks broke up.", splitParas("Kells Ferry Talks\n\nThe talks broke up."), "Kells Ferry Talks"); len(got) != 2 {
		t.Errorf("a headline on its own line: paragraphs %v", got)
	}
}

// TestLongParagraphIsNoBio: a paragraph that opens as an author's bio does
// ("Kells is the ...") and names a writer is a bio only when it is a few
// lines; a page flattened into one long line is news.
func TestLongParagraphIsNoBio(t *testing.T) {
	body := "Kells is the last port on the coast with a daily ferry, and the talks that broke up on Monday were meant to keep it that way."
	for i := 0; i < 8; i++ {
		body += " The board and the union met for six hours in the harbour office, and neither side would say what had been offered or refused."
	}
	body += " \"We came here to settle and they came here to stall,\" said Ada Moss, a writer who sits on the union's committee."
	got := extractText(t, "Ferry Talks Fail\n\n"+body)
	if len(got) != 1 || got[0].speaker != "Ada Moss" {
		t.Fatalf("got %v, want the quote by Ada Moss", got)
	}
	short := "Ferry Talks Fail\n\nThe talks broke up.\n\nNia Quist is a writer who covers the harbour for the Kells Courier."
	ps := splitParas(short)
	markBoilerplate(short, lowerInPlace(short), ps, true)
	if ps[2].skip != "bio" {
		t.Errorf("a short bio: skip %q", ps[2].skip)
	}
}

// TestDatelineLen: a dateline may give a date after its place.
func TestDatelineLen(t *testing.T) {
	for _, s := range []string{"KELLS (Reuters) - ", "KELLS, March 3 (Reuters) - ", "KELLS, Dec. 8 (UPI) \u2014 ", "DUNMORE, Kells, Dec. 8, 2024 \u2014 ", "KELLS, 3 March 2024 \u2013 ", "Kells, Jan 5 (AFP) \u2013 "} {
		if got := datelineLen(s + "The ferry stopped."); got != len(s) {
			t.Errorf("%q: dateline of %d bytes, want %d", s, got, len(s))
		}
	}
	for _, s := range []string{"Ada Moss, 42, said - not now.", "March 3 - the ferry stopped.", "KELLS, 33 and rising - the count."} {
		if got := datelineLen(s); got != 0 {
			t.Errorf("%q: a dateline of %d bytes", s, got)
		}
	}
}

// TestMarkDatelines: a dateline closed by a colon opens only the first
// body paragraph, and not where other paragraphs open with a speaker's
// label (a transcript's "MOSS: ").
func TestMarkDatelines(t *testing.T) {
	cases := []struct {
		text string
		want []int
	}{
		{"Ferry\n\nKELLS: The ferry stopped.\n\nThe board met.", []int{0, 7, 0}},
		{"Ferry\n\nKELLS: The ferry stopped.\n\nPAP: It did not.", []int{0, 0, 0}},
		{"Ferry\n\nThe board met.\n\nIt voted.\n\nKELLS: The ferry stopped.", []int{0, 0, 0, 0}},
		{"Ferry\n\nNEW KELLS, Harbour State, Dec. 8: The ferry stopped.", []int{0, 34}},
		{"Ferry\n\nKells, March 3: The ferry stopped.", []int{0, 16}},
		{"Ferry\n\nKells: The ferry stopped.", []int{0, 0}},
		{"Debate\n\nMOSS: We will win.\n\nPAP: You will not.", []int{0, 0, 0}},
		{"Ferry\n\nKELLS (AP) \u2014 The ferry stopped.\n\nDUNMORE, Kells \u2013 It stopped there too.", []int{0, 15, 19}},
	}
	for _, tc := range cases {
		ps := splitParas(tc.text)
		markBoilerplate(tc.text, "", ps, true)
		markDatelines(tc.text, ps)
		var got []int
		for _, p := range ps {
			got = append(got, p.dl)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: datelines %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestContactLines: short lines that tell how to reach the author are
// boilerplate; a sentence of the story that mentions an email is not.
func TestContactLines(t *testing.T) {
	text := "Ferry\n\nThe ferry will close in May, the board said.\n\nContact Ada Moss at amoss@kells.example.\n\nFollow Ivo Pap on Twitter @ivopap.\n\nNia Quist can be reached at 555-0100.\n\nThe board said in an email on Monday that the ferry would stop.\n\nWe emailed Ivo Pap at the weekend.\n\n\"Follow Ada Moss on X,\" the board told staff."
	ps := splitParas(text)
	markBoilerplate(text, lowerInPlace(text), ps, true)
	var got []string
	for _, p := range ps {
		got = append(got, p.skip)
	}
	if want := []string{"headline", "", "contact", "contact", "contact", "", "", ""}; !slices.Equal(got, want) {
		t.Errorf("skips %q, want %q", got, want)
	}
}

// TestOwnedOffices: "Kells's harbour minister", "Quistware's chief
// executive" is someone who holds the office, never the place or the firm
// that has it: the holder the article names before, else the one a lead
// names right after, else nobody.
func TestOwnedOffices(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"named in the next paragraph of a lead", "Ferry row\n\nKells's harbour minister has told a school assembly that a late ferry \"does no harm now and then\".\n\nAda Moss was speaking at Kells High School on Friday.", "Ada Moss"},
		{"a quote ends the paragraph before the name", "Bill row\n\nDunmore's governor said the bill was \"a disgrace to the whole state.\"\n\nAda Moss has opposed it for years.", "Ada Moss"},
		{"titled before", "Strike\n\nTransport Minister Nia Quist spoke in Kells on Monday.\n\nKells's transport minister said the strike was \"a disgrace to the nation.\"", "Nia Quist"},
		{"a firm's office, titled before", "Results\n\nQuistware chief executive Ada Moss spoke on Monday.\n\n\"The results were better than we hoped,\" Quistware's chief executive said.", "Ada Moss"},
		{"nobody named: nobody, not the country", "Strike\n\nBritain's transport minister said the strike was \"a disgrace to the nation.\"\n\nThe union disagreed.", ""},
		{"nobody named: nobody, not the firm", "Results\n\nQuistware's chief executive said the results were \"better than we hoped for.\"\n\nShares rose.", ""},
		{"the name after the office's words is the speaker", "Votes\n\nKells's deputy minister for harbours Ada Moss accused the council of offering \"false promises\" to the town.", "Ada Moss"},
		{"someone else named before: not the one named next", "Strike\n\nIvo Pap led the march.\n\nKells's transport minister said the strike was \"a disgrace to the nation.\"\n\nAda Moss was speaking in the town hall.", ""},
	}
	for _, c := range cases {
		got := extractText(t, c.text)
		if len(got) != 1 || got[0].speaker != c.want && !(c.want == "" && got[0].speaker == "(term)") {
			t.Errorf("%s: got %+v, want one quote by %q", c.name, got, c.want)
		}
	}
}

// TestLabelIsNoName: an interview's "Q:" and the capitalised word after
// it are no one's name; "she" is the person interviewed.
func TestLabelIsNoName(t *testing.T) {
	got := extractText(t, "Q&A with the mayor\n\nAda Moss has been mayor of Kells since 2020. We spoke to her about the harbour.\n\nQ: Why did you back the plan?\n\nA: \"Because the town needs jobs,\" she said.")
	if len(got) != 1 || got[0].speaker != "Ada Moss" {
		t.Fatalf("got %+v, want one quote by Ada Moss", got)
	}
}

// TestOfficeNamedInFull: "the Mayor of Kells" is an office, held by the
// one titled so before, else named as written; and a name, a speech verb
// and a clause after a quotation closed by a full stop open a sentence of
// their own, which is no tag of the quotation.
func TestOfficeNamedInFull(t *testing.T) {
	cases := []speakerCase{
		{"as written", "Wedding\n\nThe Mayor of Kells said: \"The town has waited long enough.\" Ivo Pap said he was \"thrilled\" as well.", []string{"Mayor of Kells", "Ivo Pap"}},
		{"held by the one titled so", "Wedding\n\nMayor Ada Moss spoke first.\n\nThe Mayor of Kells said: \"The town has waited long enough.\" Ivo Pap said he was \"thrilled\" as well.", []string{"Ada Moss", "Ivo Pap"}},
		{"not the person the sentence before is about", "Wedding\n\n\"It was a lovely day,\" said Ivo Pap, who wrote a book on the town. The Mayor of Kells said: \"The town has waited long enough.\"", []string{"Ivo Pap", "Mayor of Kells"}},
		{"a sentence of its own after a full stop", "Cup\n\n\"The pass was poor,\" Ivo Pap said. \"I saw the gap too late.\" Tom Brack said he would go over the match with the players.", []string{"Ivo Pap", "Ivo Pap"}},
	}
	checkSpeakers(t, cases)
}

// TestRanksAndOfficesBeforeANameAreTitles: a police rank, a cleric's or a
// local office before a name is no part of it ("Chief Inspector Ivo Pap"
// is Ivo Pap, later "Pap"), and a first name that is also a title word
// stays a name.
func TestRanksAndOfficesBeforeANameAreTitles(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Burglary\n\nDetective Inspector Ivo Pap said the house had been empty. \"Nothing of value was left behind,\" Pap said.", "Ivo Pap"},
		{"Vote\n\n\"The numbers look good on paper,\" said Kells City Councillor Ada Moss.", "Ada Moss"},
		{"Vote\n\n\"We will not tell people how to vote,\" said Cardinal Ivo Pap, head of the church in Kells.", "Ivo Pap"},
		{"Vote\n\n\"We will not tell people how to vote,\" said Alderman Ada Moss.", "Ada Moss"},
		{"Jazz\n\n\"We played all night,\" said Earl Brack, the band's pianist.", "Earl Brack"},
	}
	for _, c := range cases {
		got := extractText(t, c.text)
		if len(got) != 1 || got[0].speaker != c.want {
			t.Errorf("%q: got %+v, want one quote by %q", c.text, got, c.want)
		}
	}
}

// TestOutletBeforeWhatItPublished: "in a Harbour Times interview", "per
// a Harbour Times report", "per Harbour Times" cite the outlet, and a
// quote's tag so worded has it as its via; "per" before a name that is no
// outlet's cites nothing.
func TestOutletBeforeWhatItPublished(t *testing.T) {
	text := "Fares\n\n\"It is good,\" Ada Moss said in a Harbour Times interview on Sunday. In a Kells Courier op-ed, Ivo Pap disagreed. " +
		"Fares will rise, per a Harbour Times report. Fares will rise again, per Kells Courier. Fares will fall, per Ivo Pap."
	got, a := citedSpans(t, text)
	want := []string{"Harbour Times", "Kells Courier", "Harbour Times", "Kells Courier"}
	if !slices.Equal(got, want) {
		t.Errorf("citations %q, want %q", got, want)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Via != "Harbour Times" {
		t.Errorf("quotes %+v, want one via Harbour Times", a.Quotes)
	}
}

// TestSexOfASpeaker: a "she" read as the person a sentence names makes
// her a woman, and a speaker once given a sex keeps it, so a later "he"
// is not her, whatever her first name (unknown to the lexicon) tells.
func TestSexOfASpeaker(t *testing.T) {
	cases := []speakerCase{
		{"a she read as a name", "Talks\n\nThandiwe Okonkwo chaired the meeting with Tom Brack. \"It went well,\" she said.\n\n\"I disagree,\" he said.", []string{"Thandiwe Okonkwo", "Tom Brack"}},
		{"quoted by name, then as she", "Talks\n\n\"We start today,\" Tom Brack said.\n\n\"We are ready,\" said Nkem Abara, the chair. \"We have waited long enough,\" she said.\n\n\"It will not be easy,\" he said.", []string{"Tom Brack", "Nkem Abara", "Nkem Abara", "Tom Brack"}},
	}
	checkSpeakers(t, cases)
}

// TestReportInAClauseOfTime: a speech verb in a clause of time or cause
// is not what the sentence reports: a later "he" is the person the main
// clause is about, or the one who speaks in the clause after it; "As X
// told ..." does report X.
func TestReportInAClauseOfTime(t *testing.T) {
	cases := []speakerCase{
		{"main clause first", "Debate\n\nIvo Pap was angry when Ada Moss questioned his figures at the hearing. He later called her \"a poor judge of numbers\" on the radio.", []string{"Ivo Pap"}},
		{"clause of time first", "Transfer\n\nEven before Kells said the goalkeeper was staying, Ivo Pap insisted he had never asked to go. \"This town is my home,\" he said.", []string{"Ivo Pap"}},
		{"as reports", "Ferries\n\nAs Ada Moss told the Kells Courier, the ferry grant depends on the timetable. There was, she said, \"a deal everyone could live with.\"", []string{"Ada Moss"}},
	}
	checkSpeakers(t, cases)
}

// TestNewcomer: a "he" or "she" right after a sentence about no one that
// names one person for the first time is that person; not one named
// after "to" or "with", nor when the sentence names two people or is
// about someone named before.
func TestNewcomer(t *testing.T) {
	lead := "Macs\n\n\"The new model is not ready yet,\" said Ivo Pap, an analyst at Quist Research.\n\n"
	cases := []struct{ name, text, want string }{
		{"from", lead + "A sceptical note came from Tom Brack, who heads research at Kells Analytics. He said: \"It will not sell many copies.\"", "Tom Brack"},
		{"the subject", lead + "Tom Brack, head of research at Kells Analytics, was less sure. \"It changes nothing,\" he said.", "Tom Brack"},
		{"after to", lead + "The first review went to Tom Brack of Kells Analytics. \"It changes nothing,\" he said.", "Ivo Pap"},
		{"two people", lead + "The first reviews came from Tom Brack and Lena Kroll. \"It changes nothing,\" he said.", "Ivo Pap"},
	}
	for _, c := range cases {
		got := extractText(t, c.text)
		if len(got) != 2 || got[1].speaker != c.want {
			t.Errorf("%s: got %+v, want the second quote by %q", c.name, got, c.want)
		}
	}
}

// TestSamePronounChain: a "he" after a sentence whose subject is "he"
// with no speech verb is the person the sentence before that reports.
func TestSamePronounChain(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"inside a paragraph", "Tennis\n\n\"The court suits me,\" said Tom Brack after his win.\n\nIvo Pap said the court had been relaid in the spring. But he would not accept that it had helped Brack. \"Tom plays well anywhere,\" he said.", []string{"Tom Brack", "Ivo Pap"}}})
}

// TestAgeBeforeAnAppositive: "Ivo Pap, 49, a ferry pilot, said": the
// age aside, the description is Ivo Pap's, who speaks.
func TestAgeBeforeAnAppositive(t *testing.T) {
	for _, text := range []string{
		"Ferries\n\nIvo Pap, 49, a ferry pilot, said: \"The timetable is a mess.\"",
		"Ferries\n\nIvo Pap, 61, a Kells fisherman, said the council owed the town \"a straight answer\".",
	} {
		got := extractText(t, text)
		if len(got) != 1 || got[0].speaker != "Ivo Pap" {
			t.Errorf("%q: got %+v, want one quote by Ivo Pap", text, got)
		}
	}
}

// TestSamePronounChainAcrossParagraphs: a paragraph that opens with a
// quote tagged "he said", after one that ends "He says ...", is the
// person the sentence before that reports.
func TestSamePronounChainAcrossParagraphs(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"across paragraphs", "Play\n\n\"It should be pulled,\" Tom Brack, head of a local forum, said in a statement.\n\nBut Ivo Pap said the critics would change their minds once they saw the play. He says he will not call off the opening night.\n\n\"It is a story about two families,\" he said.", []string{"Tom Brack", "Ivo Pap"}}})
}

// TestReportedSubjectWithACommonFirstName: a sentence that reports no
// one is about its subject, whose first name may be a common word
// ("Azalea" is both), but not a common word alone ("Officials").
func TestReportedSubjectWithACommonFirstName(t *testing.T) {
	for text, want := range map[string]string{
		"Azalea Brack is head of research at Kells Analytics.": "Azalea Brack",
		"Officials waited for the count.":                      "",
	} {
		if got := reportedSpeaker(text, sentence{0, len(text)}, nil, nil); got.name != want {
			t.Errorf("%q: got %q, want %q", text, got.name, want)
		}
	}
}

// TestPublisherFromPageFurniture: the outlet a scraped page shows in its
// title ("... - Harbour Times"), a site-name line above the story, an
// opening "(CNN) -" without a place, or a copyright line; a picture's
// credit is no publisher, nor a date line under a byline.
func TestPublisherFromPageFurniture(t *testing.T) {
	cases := []struct{ text, outlet, headline string }{
		{"Kells closes its harbour - Harbour Times\n\nThe harbour at Kells will close, officials said.", "Harbour Times", "Kells closes its harbour"},
		{"Kells closes its harbour | CNN Politics\n\nThe harbour at Kells will close, officials said.", "CNN", "Kells closes its harbour"},
		{"Kells closes its harbour - Kells Council\n\nThe harbour at Kells will close, officials said.", "", "Kells closes its harbour - Kells Council"},
		{"Kells closes its harbour\n\nKells Courier\n\nThe harbour at Kells will close, officials said.", "Kells Courier", "Kells closes its harbour"},
		{"Kells closes its harbour\n\n(CNN) \u2014 The harbour at Kells will close, officials said.", "CNN", "Kells closes its harbour"},
		{"Kells closes its harbour\n\nThe harbour at Kells will close, officials said.\n\n\u00a9 2024 Harbour Times Media Group", "Harbour Times", "Kells closes its harbour"},
		{"Kells closes its harbour\n\nThe harbour at Kells will close, officials said.\n\n\u00a9 2024 Quist Images", "", "Kells closes its harbour"},
		{"Kells closes its harbour\n\nBy Lena Kroll, Harbour Times\n\nPublished 12 May 2024\n\nThe harbour at Kells will close, officials said.", "Harbour Times", "Kells closes its harbour"},
		// an author's bio under the story: the paper she writes for, not
		// one she wrote for before
		{"Kells closes its harbour\n\nThe harbour at Kells will close, officials said.\n\nLena Kroll is a reporter for the Kells Courier, covering the harbour.", "Kells Courier", "Kells closes its harbour"},
		{"Kells closes its harbour\n\nThe harbour at Kells will close, officials said.\n\nLena Kroll is a freelance writer who was a reporter for the Kells Courier.", "", "Kells closes its harbour"},
	}
	for _, c := range cases {
		a, err := Extract(&Doc{Name: "t.txt", Text: c.text, Format: "txt"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet || a.Headline != c.headline {
			t.Errorf("%q: outlet %q headline %q, want %q and %q", c.text, a.Outlet, a.Headline, c.outlet, c.headline)
		}
	}
}

// TestDateLines: a short date line near the top gives the date written
// month first, day first or as ISO; an impossible date gives none.
func TestDateLines(t *testing.T) {
	for line, want := range map[string]string{
		"Updated 3:12 PM EST, Tue March 5, 2024": "2024-03-05",
		"Published 5 March 2024":                 "2024-03-05",
		"Tue 5 Mar 2024 10.00 GMT":               "2024-03-05",
		"2024-03-05":                             "2024-03-05",
		"31 February 2024":                       "",
	} {
		a, err := Extract(&Doc{Name: "t.txt", Text: "Kells closes its harbour\n\n" + line + "\n\nThe harbour at Kells will close, officials said.", Format: "txt"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != want {
			t.Errorf("%q: published %q, want %q", line, a.Published, want)
		}
	}
}

// TestScrapedPageFurniture: a page's navigation, site name and sharing
// buttons above the story are no headline; a date line under a byline
// further down still dates it; readers' comments under it are no news.
func TestScrapedPageFurniture(t *testing.T) {
	text := "Skip to main content\nHarbour Times\nMenu\nSearch\nKells harbour to close with loss of 300 jobs\nShare on Facebook\nEmail\nBy Lena Kroll\nSenior reporter\nMay 12, 2024 at 10:42 a.m. EDT\n" +
		"The harbour at Kells will close next year with the loss of 300 jobs, its owner said on Monday.\n" +
		"\"Closing the harbour was not an easy choice for anyone,\" said Ada Moss, chief executive of Quistware.\n" +
		"Workers were told at a meeting on Monday morning.\nThe closure will be phased over 12 months, Moss said.\nComments\nNia Quist: \"This is a disgrace. Shame on them.\""
	a, err := Extract(&Doc{Name: "t.txt", Text: text, Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Kells harbour to close with loss of 300 jobs" || a.Outlet != "Harbour Times" || a.Published != "2024-05-12" {
		t.Errorf("headline %q outlet %q published %q", a.Headline, a.Outlet, a.Published)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ada Moss" {
		t.Errorf("quotes %+v, want one by Ada Moss", a.Quotes)
	}
}

// TestFirstNameAloneHasASex: a speaker named by a first name alone has
// that name's sex, so a later "he" is not her.
func TestFirstNameAloneHasASex(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"a first name alone", "Forum\n\n\"We need more ferries,\" said Tom Brack on Monday.\n\n\"Not again,\" Nia said from the floor.\n\n\"We will build them,\" he said.", []string{"Tom Brack", "Nia", "Tom Brack"}}})
}

// TestPronounInASentenceAboutARole: a "he" inside a sentence whose
// subject is a role the article gave someone ("the Tory leader") is that
// someone, not the last speaker.
func TestPronounInASentenceAboutARole(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"a role's holder", "Budget\n\n\"We will cut ferry fares,\" said Tory leader Ivo Pap on Monday.\n\n\"That is a fantasy,\" said Ada Moss, the chancellor.\n\nThe Tory leader named no price for the scheme, but he said \"savings elsewhere\" would cover it.", []string{"Ivo Pap", "Ada Moss", "Ivo Pap"}}})
}

// TestOneOfAPeopleIsThePreviousSubject: "said the Frenchman", no one so
// described by name, is the person the sentence before is about; nobody
// when that sentence is about no one.
func TestOneOfAPeopleIsThePreviousSubject(t *testing.T) {
	for text, want := range map[string]string{
		"Cup\n\n\"We were poor,\" said Dunmore coach Tom Brack.\n\nIvo Pap scored twice as Kells beat Dunmore.\n\n\"It was a great night,\" the Frenchman said.": "Ivo Pap",
		"Cup\n\n\"We were poor,\" said Dunmore coach Tom Brack.\n\nThe referee sent off two players.\n\n\"It was a great night,\" the Frenchman said.":           "",
	} {
		got := extractText(t, text)
		if len(got) != 2 || got[1].speaker != want {
			t.Errorf("%q: got %+v, want the second quote by %q", text, got, want)
		}
	}
}

// TestPluralsNameNoSpeaker: the plural of a common word in British
// spelling ("Rumours") or of one of a people ("The Britons") opening a
// sentence is no one-word speaker; a band after "the" still is.
func TestPluralsNameNoSpeaker(t *testing.T) {
	for text, want := range map[string]string{
		"Rift\n\nThe Britons were held as part of the \"war on fares\" in the town.":                                                   "(term)",
		"Rift\n\nRumours of a split grew when the two men held rival meetings on one night about a new \"harbour plan\" for the town.": "(term)",
		"Band\n\n\"We will tour in May,\" the Quistones said.":                                                                         "Quistones",
	} {
		got := extractText(t, text)
		if len(got) != 1 || got[0].speaker != want {
			t.Errorf("%q: got %+v, want one quote by %q", text, got, want)
		}
	}
}

// speakerCase is a made-up article and the speakers of its quotes, in
// order.
type speakerCase struct {
	name, text string
	want       []string
}

// checkSpeakers extracts each case's article and compares its quotes'
// speakers with the case's.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		got := extractText(t, c.text)
		var sp []string
		for _, q := range got {
			sp = append(sp, q.speaker)
		}
		if !slices.Equal(sp, c.want) {
			t.Errorf("%s: got %+v, want speakers %q", c.name, got, c.want)
		}
	}
}

// citedSpans extracts text as a JSON Lines record and gives the text of
// each citation's span, with the article.
func citedSpans(t *testing.T, text string) ([]string, *attrib.Article) {
	t.Helper()
	a, err := Extract(&Doc{Name: "x", Text: text, Format: "jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Citations {
		got = append(got, text[c.Start:c.End])
	}
	return got, a
}

// TestPronounAfterARoleThatReports: "he said" after a sentence whose
// subject is a role the article gave someone ("The Tory leader countered
// ...") is that someone, not the man named last.
func TestPronounAfterARoleThatReports(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"a role that reports", "Fares\n\n\"Fares must fall,\" said Tory leader Ivo Pap on Monday.\n\n\"It will never pay,\" said Tom Brack, who ran the Dunmore ferries.\n\nThe Tory leader countered that the costs were small. He declared: \"This is a plan for every family.\"", []string{"Ivo Pap", "Tom Brack", "Ivo Pap"}}})
}

// TestCommonWordSurnameAsSubject: "Pap was less sure. '...,' he said":
// a subject that is a surname and a common word ("pap") is the person
// the article names in full, and a later "she" is not him.
func TestCommonWordSurnameAsSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"a common-word surname", "Talks\n\nOluwaseun Adebayo, the health minister, met Ivo Pap on Monday. Adebayo said she was \"hopeful about the deal.\"\n\nPap was less sure. \"We will see,\" he said.\n\n\"I think it will work,\" she said.", []string{"Oluwaseun Adebayo", "Ivo Pap", "Oluwaseun Adebayo"}}})
}

// TestPronounAfterSurnameAlone: a he with no speaker before it is the man
// named last, a surname alone ("Mr Brack") naming again the man named in
// full before it; not one owning a thing ("Mr Brack's plan"), nor one
// named after a he in his sentence, whom that he is not.
func TestPronounAfterSurnameAlone(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a surname alone, last", "Ferry row\n\nTom Brack and Ivo Pap are said to be at odds again.\n\nThe row is over fares. The vote on Monday, which left Mr Brack red in the face as he was pressed again and again about his rival, ran late. He told reporters: \"We are still friends.\"", []string{"Tom Brack"}},
		{"a possessive", "Ferry row\n\nTom Brack and Ivo Pap are said to be at odds again.\n\nBut Mr Pap - who has run the ferries for years - dismissed Mr Brack's plan on Monday. \"It will not float,\" he said.", []string{"Ivo Pap"}},
		{"after a he", "Ferry row\n\nTom Brack wants more boats. Ivo Pap, a pilot from Kells, backs him.\n\nHe calls it unfair that Brack gets the blame for the harbour. Last year he took six pilots to the council. In his view, he said, \"Tom Brack is a fair man.\"", []string{"Ivo Pap"}},
	})
}

// TestSurnameKeepsItsPerson: a surname the article has written alone for
// one person stays that person's when a relative of that surname is
// named later ("her husband, Tom Quist").
func TestSurnameKeepsItsPerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a relative named later", "Quist's bid\n\nNia Quist won the vote in Kells on Tuesday. Quist now leads the race.\n\nHer husband, Tom Quist, campaigned for her at the harbour.\n\nOn the ferry fares, Quist said, \"We got it wrong.\"", []string{"Nia Quist"}},
		{"the relative is the subject", "Quist's bid\n\nNia Quist won the vote in Kells on Tuesday. Quist now leads the race.\n\nHer husband, Tom Quist, campaigned for her at the harbour. \"She will win,\" Mr Quist said.", []string{"Tom Quist"}},
	})
}

// TestItAfterAFirm: "it said" right after quotes of a one-word name that
// nothing gave a sex is that name, a body: its quotes and its node are an
// organisation's, not the acronym of an award named before.
func TestItAfterAFirm(t *testing.T) {
	checkBodySpeaks(t, "Drives\n\nA drive made by Quistware took a KTE prize last week. \"Nobody will see it in a bag,\" said Quistware. \"It weighs less than a phone.\" \"This is a first for a drive this size,\" it said.", "Quistware", 3)
	// a person of one name who spoke last is no "it"
	checkSpeakers(t, []speakerCase{{"a named man", "Drives\n\n\"It is small,\" said Pap. He was pleased. \"It is the first of its kind,\" it said.", []string{"Pap", ""}}})
}

// TestPronounChain: a he after sentences whose subject is that same he
// reads back to the person the sentence before them is about, over one
// sentence about a thing of his; not to a
// man quoted before, and not to a common word that opens a sentence.
func TestPronounChain(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a chain", "Ferries\n\n\"Fares will rise,\" said Ivo Pap, a pilot.\n\nBut Tom Brack is not so sure. He drew the hull of the first ferry. Boats from Dunmore still use his lines because they ride the swell. He also keeps the oldest harbour log in Kells. He thinks its future lies in visitors.\n\n\"Whichever way you count it, the new fares will not pay,\" he says.", []string{"Ivo Pap", "Tom Brack"}},
		{"no chain", "Ferries\n\n\"Fares will rise,\" said Ivo Pap, a pilot.\n\nTom Brack was not so sure. The ferries are old.\n\n\"Nobody will pay,\" he says.", []string{"Ivo Pap", "Ivo Pap"}},
		{"a common word", "Ferries\n\n\"Fares will rise,\" said Ivo Pap, a pilot.\n\nOne Brack-backed plan is cheaper. He wants it passed.\n\n\"Nobody will pay,\" he says.", []string{"Ivo Pap", "Ivo Pap"}},
	})
}

// TestSurnameThatNamesAnOutlet: where the article names Tom Fox or
// Mayor Ivo Telegraph, "Fox said" and "Telegraph said" are those men, not
// the network or the paper: no citation, a he after "Fox told ... that"
// is Fox, and a first name before a paper's word makes no paper ("Ivo
// Telegraph"). "Fox says its ratings rose" is still the network, and a
// paper's own name with a first name in it ("the New York Times") still
// a paper.
func TestSurnameThatNamesAnOutlet(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"told", "Fishing quotas\n\nThe skipper Tom Fox has fished out of Kells for thirty years.\n\nThe harbour master Ivo Pap came later. Fox told the Kells Courier that on his first trip out he saw a whale. \"The sea was full then,\" he said.", []string{"Tom Fox"}},
		{"a mayor", "Harbour deal\n\nMayor Ivo Telegraph welcomed the ferry.\n\n\"The harbour has had hard years,\" Telegraph said. \"This is a good story for the town,\" said Kells Mayor Ivo Telegraph.", []string{"Ivo Telegraph", "Ivo Telegraph"}},
	})
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"said", "Fishing quotas\n\nThe skipper Tom Fox has fished out of Kells for thirty years. Fox said that the quotas were fair.", nil},
		{"a mayor", "Harbour deal\n\nMayor Ivo Telegraph welcomed the ferry. Telegraph said the harbour had had hard years.", nil},
		{"its", "Fox ratings\n\nThe skipper Tom Fox watches the network every night. Fox says its ratings rose.", []string{"Fox"}},
		{"a paper's own name", "Harbour deal\n\nThe New York Times reported that the ferry was sold.", []string{"The New York Times"}},
	} {
		got, _ := citedSpans(t, c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: cited %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDescriptionThenNameAsSubject: "Computer specialist at the agency,
// Tom Brack, would like ..." has Tom Brack for subject, the description's
// head read before its "at" or "for"; a he right after is he.
func TestDescriptionThenNameAsSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a description with at", "Inspectors\n\n\"We check every crate,\" said Ivo Pap, the chief inspector.\n\nComputer specialist at the agency, Tom Brack, would like to put game graphics in every toolkit. \"Every advert now shows people walking through a virtual town,\" he said.", []string{"Ivo Pap", "Tom Brack"}},
	})
	for _, s := range []string{"A spokesman for the agency, Tom Brack, wrote back.", "Historian of the port, Tom Brack, wrote back."} {
		if m := sentenceSubject(s, nil); m.name != "Tom Brack" {
			t.Errorf("%q: subject %q, want Tom Brack", s, m.name)
		}
	}
}

// TestQuoteAfterASentenceAboutAnother: an untagged quote after a sentence
// of its paragraph about another person named in full does not go on
// from the quote before it; unless the quotes after it name that person,
// whom they are about.
func TestQuoteAfterASentenceAboutAnother(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"another's speech", "Awards\n\nHer director Ivo Pap told the audience: \"It was a surprise. \"It is an honour to win.\" Best actor Tom Brack was ill in Kells, so his co-star Nia Quist spoke for him. \"I'm honoured to win. I thank my mother.\" He apologised for not being there, joking: \"I am stuck in a car.\"", []string{"Ivo Pap", "Ivo Pap", "Tom Brack", "Tom Brack"}},
		{"about him", "Squad\n\n\"I have spoken to the captain,\" said coach Ivo Pap. Winger Tom Brack looks set to play, if he recovers from a knee injury. \"I learned from last year. \"Tom Brack is a fine winger and he will be ready.\"", []string{"Ivo Pap", "Ivo Pap", "Ivo Pap"}},
	})
}

// TestDescriptionBeforeAName: words that only describe, before a first
// name and a surname, are no part of the person's name, which a gold
// writes in full and nothing more: an office with a hyphen ("Ferry
// Under-Secretary"), a people in the plural after an adjective, "New"
// and a people. A first name or an acronym first keeps the run whole
// ("Grant Tom Brack", "QTX Nia Quist" may be a firm).
func TestDescriptionBeforeAName(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"descriptions", "Names\n\n\"We will,\" said Ferry Under-Secretary Tom Brack. \"No,\" said Second-seeded Swedes Nia Quist. \"Good,\" said New Yorker Nia Kroll. \"Fine,\" said Grant Tom Brack. \"At last,\" said Campaigner Ivo Pap.", []string{"Tom Brack", "Nia Quist", "Nia Kroll", "Grant Tom Brack", "Ivo Pap"}}})
}

// TestOneKindPerName: a one-word name that speaks as a body in one quote
// ("according to a statement from Quistware") and with no sex in another
// ("Quistware said") is a body in both, one node of one kind.
func TestOneKindPerName(t *testing.T) {
	checkBodySpeaks(t, "Fares\n\n\"Fares will rise,\" according to a statement from Quistware.\n\n\"Costs are up,\" Quistware said in a statement.", "Quistware", 2)
}

// checkBodySpeaks extracts text and wants n quotes, each the organisation
// name's, and name's node an organisation.
func checkBodySpeaks(t *testing.T, text, name string, n int) {
	t.Helper()
	a, err := Extract(&Doc{Name: "t.txt", Text: text, Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != n {
		t.Fatalf("got %d quotes, want %d", len(a.Quotes), n)
	}
	for _, q := range a.Quotes {
		if q.Speaker != name || q.SpeakerKind != attrib.KindOrganization {
			t.Errorf("%q: speaker %q (%s), want %s (organization)", q.Text, q.Speaker, q.SpeakerKind, name)
		}
	}
	for _, p := range a.People {
		if p.Name == name && p.Kind != attrib.KindOrganization {
			t.Errorf("%s is a %s", name, p.Kind)
		}
	}
}

// TestPeerKeepsTitle: a peer the article names only as "Lord Pap" is Lord
// Pap, the name such a person goes by, there and where the article
// writes "Pap" alone; a first name and a surname stay as they are.
func TestPeerKeepsTitle(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"peers", "Peers\n\n\"It is lawful,\" said Lord Pap. \"We will see,\" said Baroness Quist.\n\n\"No,\" Pap said. \"Yes,\" said Sir Tom Brack.", []string{"Lord Pap", "Baroness Quist", "Lord Pap", "Tom Brack"}}})
}

// TestPronounAfterASpokesmanReported: "A spokesman for Quistware said
// that ... '...,' he said." is Quistware speaking, as "said a spokesman
// for Quistware" is, not the man quoted before; a she after a
// spokeswoman's sentence is her body too, and a he after it is not.
func TestPronounAfterASpokesmanReported(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a spokesman", "Words\n\n\"Ferry is the word,\" said Ivo Pap.\n\nA spokesman for Quistware said that the word was in wide use. \"It was last year's word,\" he said.", []string{"Ivo Pap", "Quistware"}},
		{"a spokeswoman", "Words\n\n\"Ferry is the word,\" said Ivo Pap. A spokeswoman for the Kells Ferry Company said that the word was in wide use. \"It was last year's word,\" she said. \"Yes,\" he said.", []string{"Ivo Pap", "Kells Ferry Company", "Ivo Pap"}},
	})
}

// TestPlaceAt: a name after "at" that opens with a common word, or after
// a place's noun and "of", is a place's, no speaker's.
func TestPlaceAt(t *testing.T) {
	cases := []struct {
		pre, name string
		want      bool
	}{
		{"the storm hit the far northern province of ", "Kellsia", true},
		{"they met in the town of ", "Dunmore", true},
		{"the fans gathered at ", "Market Square", true},
		{"the storm was worse for the family of ", "Ivo Pap", false},
		{"the plan won the backing of ", "Kellsia", false},
		{"he spoke at length with ", "Ada Moss", false},
	}
	for _, c := range cases {
		m := mention{name: c.name, kind: attrib.KindPerson}
		if got := placeAt(c.pre, m); got != c.want {
			t.Errorf("placeAt(%q, %q) = %v, want %v", c.pre, c.name, got, c.want)
		}
	}
}

// A person the headline names in full ("Ada Moss calls loss painful") is
// whom the story's surname alone stands for, though the headline is no
// story a quote's speaker is taken from; a modal word before a name
// ("Will Quistware Win?") names no one.
func TestHeadlineNamesForSurname(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ada Moss calls loss painful, urges calm\n\nWiping a tear, Mrs. Moss thanked her crew.\n\nOf the vote, Mrs. Moss said she hopes the winner \"will serve all of Kells.\"", "Ada Moss"},
		{"Will Quistware Win the Ferry Contract?\n\nShares rose on Monday.\n\nQuistware said the bid was \"the best on the table.\"", "Quistware"},
	} {
		a, err := Extract(&Doc{Name: "t.txt", Text: c.text, Format: "txt"})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker != c.want {
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Speaker)
			}
			t.Errorf("%q: speakers %q, want one quote of %q", c.text[:30], got, c.want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"pellow", "pelow", true}, {"pelow", "pellow", true}, {"pellow", "pellaw", true},
		{"pellow", "pelolw", true}, {"pellow", "epllow", true}, {"pellow", "pellow", false},
		{"pellow", "pel", false}, {"pellow", "pallaw", false}, {"pellow", "lepolw", false},
	} {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestTagLineIsNoHeadline: a text file whose first line ends as a tag
// introducing the quotation below it ("..., said,") opens with the story,
// not a headline, and that line's subject speaks.
func TestTagLineIsNoHeadline(t *testing.T) {
	text := "Speaking of the rise in ferry fees, Ivo Pap, Deputy Secretary of the Kells Ferry Users Group, said,\n\u201cThe fees have doubled in two years.\n\u201cNo one was asked.\u201d"
	a, err := Extract(&Doc{Name: "t.txt", Text: text, Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "" || len(a.Quotes) != 2 || a.Quotes[0].Speaker != "Ivo Pap" || a.Quotes[1].Speaker != "Ivo Pap" {
		t.Errorf("headline %q, quotes %+v: want none, and two by Ivo Pap", a.Headline, a.Quotes)
	}
}

// TestClauseSubjectBefore: a name right after "said" (titles between
// perhaps) or "said that", the quote after it with no pause, is what the
// words are about; a name set off by commas or a colon is no such subject.
func TestClauseSubjectBefore(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{`It has said that Quist Feeders has been "very helpful".`, "Quist Feeders", true},
		{`A rival said President Ivo Pap's win is a "theft".`, "Ivo Pap", true},
		{`The agency said Quist "failed to act".`, "Quist", true},
		{`The figures, said Ivo Pap of Kells Bank, were "weak".`, "Ivo Pap", false},
		{`He said Ivo Pap: "We will win."`, "Ivo Pap", false},
		{`Ivo Pap said that "we will win".`, "Ivo Pap", false},
	} {
		i := strings.Index(c.text, c.name)
		open := strings.IndexAny(c.text, "\"")
		if got := clauseSubjectBefore(c.text, 0, candidate{start: i, end: i + len(c.name)}, open); got != c.want {
			t.Errorf("%q, %q: got %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
