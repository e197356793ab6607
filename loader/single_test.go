package loader

import (
	"strings"
	"testing"
)

// quoteTexts is what findSingleQuotes or findQuotes found, as text.
func quoteTexts(text string, qs []qspan) []string {
	var out []string
	for _, q := range qs {
		out = append(out, text[q.start:q.end])
	}
	return out
}

func TestFindSingleQuotes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"curly marks, an apostrophe inside a word and a plural's", "‘The riders’ anger is real, and it’s fair,’ said Ivo Pap.",
			[]string{"The riders’ anger is real, and it’s fair,"}},
		{"straight marks and a contraction", "'We can't go back,' he said. 'Not now.'",
			[]string{"We can't go back,", "Not now."}},
		{"a decade's apostrophe opens no quotation", "Fares were low in the ’90s, he said. ‘They will be again.’",
			[]string{"They will be again."}},
		{"a quotation that runs on into the next paragraph", "‘We tried,’ she said. ‘It failed.\n‘We will try again.’",
			[]string{"We tried,", "It failed.", "We will try again."}},
		{"paragraphs that open quotations and never close them are no quotation", "‘One line\n‘Two lines\nThe end.",
			nil},
		{"paragraphs of one quotation whose breaks were lost", "Ivo Pap said: 'It rained all week. 'Then it snowed, and the boats stayed in.' He left.",
			[]string{"It rained all week.", "Then it snowed, and the boats stayed in."}},
		{"curly marks of one quotation whose breaks were lost", "Ivo Pap said: \u2018It rained all week. \u2018Then it snowed.\u2019 He left.",
			[]string{"It rained all week.", "Then it snowed."}},
		{"a plural's apostrophe in a paragraph that runs on into the next closes nothing", "‘Ada Moss will take charge.\n‘She leads the Kells Rovers’ last two games of the year.\n‘There is no more to say.’",
			[]string{"Ada Moss will take charge.", "She leads the Kells Rovers’ last two games of the year.", "There is no more to say."}},
		{"two apostrophes for a double mark are not single marks", "''We sail,'' said Ivo Pap.",
			nil},
		{"a double mark inside a single-mark quotation stays in it", "‘They called it a “fair deal”,’ she said.",
			[]string{"They called it a “fair deal”,"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := quoteTexts(tc.text, findSingleQuotes(tc.text, splitParas(tc.text)))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSingleStyle(t *testing.T) {
	cases := []struct {
		name, text string
		single     bool
	}{
		{"an article quoting in single marks", "Fares rose.\n\n‘We are sorry for the rise,’ said Ivo Pap. ‘It will pass soon.’",
			true},
		{"a double-mark article with a quote inside a quote", "Fares rose.\n\n\"They said 'we are sorry for it' and left,\" said Ivo Pap. \"It was a shame.\"",
			false},
		{"a double-mark article with a headline in single marks", "Ferry chief: 'Fares will fall soon'\n\n\"We are sorry for the rise,\" said Ivo Pap.",
			false},
		{"single-mark phrases among double-mark terms", "Fares rose.\n\nRiders call it \"robbery\" and \"theft\" and say the 'fair fares for all' and 'fares for the few' pledges failed.",
			false},
		{"one single-mark phrase is not a house style", "Fares rose.\n\nIvo Pap called it 'a very fair rise'.",
			false},
		{"one single-mark sentence with a speech verb, and no double marks, is", "Fares rose.\n\n\u2018The rise will pay for two new boats,\u2019 said Ivo Pap, the harbour master.",
			true},
		{"one single-mark sentence beside double-mark quotes is not", "Fares rose.\n\n\u2018The rise will pay for two new boats,\u2019 said Ivo Pap. Ada Moss called it \"a fair deal\".",
			false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := splitParas(tc.text)
			if _, got := singleStyle(tc.text, ps, findQuotes(tc.text, ps)); got != tc.single {
				t.Errorf("single style %v, want %v", got, tc.single)
			}
		})
	}
}

func TestSingleMarkArticle(t *testing.T) {
	text := "Ferry fares on the Kells crossing will fall by spring, the head of the operator has said.\n\n" +
		"Ivo Pap, chief executive of Quistware Ferries, told the Harbour Times: ‘We know the riders’ anger is real. We have heard it at every meeting.’\n\n" +
		"‘The ’90s were easier, but we can’t go back,’ he added.\n\n" +
		"But Ada Moss, who chairs the Kells Riders Union, said she had heard such promises before.\n\n" +
		"‘In 2019 they told us the same thing,’ she said. ‘They called it a “fair deal”. It was not.\n\n" +
		"‘We will believe it when we see the new fares on the board.’"
	wantQuotes(t, extractText(t, text), []quoteView{
		{"We know the riders’ anger is real. We have heard it at every meeting.", "Ivo Pap", "Harbour Times"},
		{"The ’90s were easier, but we can’t go back,", "Ivo Pap", ""},
		{"In 2019 they told us the same thing,", "Ada Moss", ""},
		{"They called it a “fair deal”. It was not.", "Ada Moss", ""},
		{"We will believe it when we see the new fares on the board.", "Ada Moss", ""},
	})
}

func TestSingleStyleKeepsDoubleMarkTermsOutside(t *testing.T) {
	text := "Fares rose.\n\n‘We are sorry for the rise,’ said Ivo Pap. ‘It will pass soon, the “fair fares” pledge too.’ Riders called it \"robbery\". ‘We will not pay it,’ said Ada Moss."
	ps := splitParas(text)
	qs, ok := singleStyle(text, ps, findQuotes(text, ps))
	want := "We are sorry for the rise,|It will pass soon, the “fair fares” pledge too.|robbery|We will not pay it,"
	if got := strings.Join(quoteTexts(text, qs), "|"); !ok || got != want {
		t.Errorf("single style %v, quotes %q, want %q", ok, got, want)
	}
}

func TestStraightSingleMarksOpenSentences(t *testing.T) {
	text := "Kells won.\n\nAda Moss missed the game. 'Ada is the best keeper we have, and losing her hurts,' said team-mate Ivo Pap. 'She calms the whole side down.' The club did not say when she would return."
	wantQuotes(t, extractTextWith(t, text, &ExtractConfig{}), []quoteView{
		{"Ada is the best keeper we have, and losing her hurts,", "Ivo Pap", ""},
		{"She calms the whole side down.", "Ivo Pap", ""},
	})
}
