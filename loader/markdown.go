package loader

import (
	"bytes"
	"strings"
)

// Scrapers that write Markdown leave its marks in the text: "# " before a
// headline, "> " before a quoted paragraph, "**By Tom Brack**", and links
// written "[the Harbour Times](https://...)" inside sentences, which cut
// "told the Harbour Times" in two. The rules read a copy of such a text
// with the marks blanked, byte for byte, so that every offset still points
// into the text as written; quotes keep the text's own bytes.

// looksMarkdown: does text hold a Markdown link or a heading line?
func looksMarkdown(text string) bool {
	if strings.Contains(text, "](http") || strings.Contains(text, "](/") {
		return true
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		line := text[i:]
		if j >= 0 {
			line = text[i : i+j]
		}
		if k := strings.IndexFunc(line, func(r rune) bool { return r != '#' }); k >= 1 && k <= 6 && line[k] == ' ' {
			return true
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// unmark blanks the Markdown marks of text with spaces, keeping its
// length: heading and quotation marks opening a line, emphasis asterisks,
// an image whole, and a link's brackets and target. A link's words move
// one byte left onto its "[" ("told [the Harbour Times](...)" reads
// "told the Harbour Times"); labels lists those spans of the copy, whose
// bytes stand one byte further on in text (see unshift).
func unmark(text string) (string, [][2]int) {
	b := []byte(text)
	var labels [][2]int
	lineStart := true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if lineStart {
			j := i
			for j < len(b) && (b[j] == '#' || b[j] == '>') {
				j++
			}
			if j > i && j < len(b) && b[j] == ' ' {
				for k := i; k < j; k++ {
					b[k] = ' '
				}
			}
		}
		lineStart = c == '\n'
		switch c {
		case '*':
			b[i] = ' '
		case '[':
			end, target := linkAt(text, i)
			if end < 0 {
				continue
			}
			image := i > 0 && b[i-1] == '!'
			if image {
				b[i-1] = ' '
				for k := i; k < end; k++ {
					b[k] = ' '
				}
			} else {
				copy(b[i:target-1], text[i+1:target])
				for k := target - 1; k < end; k++ {
					b[k] = ' '
				}
				labels = append(labels, [2]int{i, target - 1})
			}
			i = end - 1
		}
	}
	return string(b), labels
}

// unshift maps an offset of unmark's copy to text: one byte on inside a
// moved label. end says the offset ends a span (it moves when the span's
// last byte is in a label).
func unshift(labels [][2]int, off int, end bool) int {
	for _, l := range labels {
		if !end && off >= l[0] && off < l[1] || end && off > l[0] && off <= l[1] {
			return off + 1
		}
	}
	return off
}

// linkAt reads a link "[words](target)" opening at i, on one line: the
// offset after its closing parenthesis and the offset of "](", else -1.
func linkAt(text string, i int) (end, target int) {
	for j := i + 1; j < len(text) && text[j] != '\n' && text[j] != '['; j++ {
		if text[j] != ']' {
			continue
		}
		if j+1 >= len(text) || text[j+1] != '(' {
			return -1, -1
		}
		for k := j + 2; k < len(text) && text[k] != '\n' && k-j < 2048; k++ {
			if text[k] == ')' {
				return k + 1, j
			}
			if strings.HasPrefix(text[k:], " \"") {
				// a title: [words](target "title")
				q := strings.IndexByte(text[k+2:], '"')
				if q < 0 || k+2+q+1 >= len(text) || text[k+2+q+1] != ')' {
					return -1, -1
				}
				return k + 2 + q + 2, j
			}
			if text[k] == ' ' {
				return -1, -1 // not a target: "[sic] (he said)"
			}
		}
		return -1, -1
	}
	return -1, -1
}

// hardWrapped: are text's paragraphs broken into lines of a set width
// (plain text wrapped at 70 or 80 columns), rather than written one a
// line? Most lines are then short (nine in ten of 100 bytes or less),
// and most lines followed by another line run to near the width and end
// inside a sentence.
func hardWrapped(text string) bool {
	// first pass, without allocating: the longest line, and how many of
	// the lines with text are longer than 100 bytes (most articles, a
	// paragraph a line, stop here)
	longest, lines, over := 0, 0, 0
	for rest := text; rest != ""; {
		l, r, _ := strings.Cut(rest, "\n")
		rest = r
		n := len(strings.TrimRight(l, " \r"))
		if n > longest {
			longest = n
		}
		if strings.TrimSpace(l) != "" {
			lines++
			if n > 100 {
				over++
			}
		}
	}
	if lines < 3 || over*10 > lines {
		return false
	}
	joined, long, open := 0, 0, 0
	for rest := text; rest != ""; {
		l, r, _ := strings.Cut(rest, "\n")
		rest = r
		l = strings.TrimRight(l, " \r")
		next, _, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(l) == "" || strings.TrimSpace(next) == "" {
			continue
		}
		joined++
		if len(l) >= longest*6/10 {
			long++
		}
		if !strings.ContainsAny(l[len(l)-1:], ".!?:\"") && !strings.HasSuffix(l, "\u201d") {
			open++
		}
	}
	return joined >= 2 && long*10 >= joined*6 && open*2 >= joined
}

// unwrap joins the lines of each paragraph of hard-wrapped text, keeping
// its length: a line break between two lines with text becomes a space.
func unwrap(text string) string {
	b := []byte(text)
	start := 0 // of the line that ends at the next break
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		end := bytes.IndexByte(b[i+1:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += i + 1
		}
		if len(bytes.TrimSpace(b[start:i])) > 0 && len(bytes.TrimSpace(b[i+1:end])) > 0 {
			b[i] = ' '
		}
		start = i + 1
	}
	return string(b)
}

// joinBrokenLines joins each line of text that ends inside a sentence (no
// stop, colon, semicolon, closing mark or bracket last) to the next when
// that one opens with a small letter ("I'm a millionaire now,\nbut I'll
// still go"): a paragraph broken into lines by a page's layout, with no
// blank line between paragraphs for unwrap to go by. The break becomes a
// space, so offsets hold; false when no line is joined.
func joinBrokenLines(text string) (string, bool) {
	var b []byte
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		if i > 0 && i+1 < len(text) && text[i+1] >= 'a' && text[i+1] <= 'z' {
			j := i
			for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
				j--
			}
			if j > 0 && !strings.ContainsRune(".!?:;\"')", rune(text[j-1])) && !strings.HasSuffix(text[:j], "\u201d") && !strings.HasSuffix(text[:j], "\u2019") && text[j-1] != '\n' {
				if b == nil {
					b = []byte(text)
				}
				b[i] = ' '
			}
		}
		k := strings.IndexByte(text[i+1:], '\n')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}
