package loader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/attrib/attrib"
)

// MaxArticleBytes bounds one article's text. Larger inputs are refused with
// an error naming them rather than read into memory.
const MaxArticleBytes = 4 << 20

// Doc is one article as read, before extraction.
type Doc struct {
	Source    string // file path, or "file.jsonl:LINE" style name for errors
	Name      string // the "file" key of extract output: base name or record id/url
	ID        string // record id, if any
	URL       string
	Outlet    string // publisher from metadata
	Published string
	Headline  string
	Text      string
	Format    string // "txt", "jsonl", "json", "html"
}

// InputError is a bad input: it names the input (file, and line for JSON
// Lines) and says what is wrong. Reading goes on after one.
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(input, format string, args ...any) error {
	return &attrib.Error{Code: attrib.EINVALID, Message: input + ": " + fmt.Sprintf(format, args...),
		Err: &InputError{Input: input, Err: fmt.Errorf(format, args...)}}
}

// Extensions read from folders.
var readable = map[string]string{".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".html": "html", ".htm": "html"}

// Files expands paths (files or folders) to the readable files under them,
// folders walked in lexical order. A path that does not exist is an error.
func Files(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, attrib.Errorf(attrib.EINVALID, "%s: %w", p, errors.Unwrap(err))
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && readable[strings.ToLower(filepath.Ext(path))] != "" {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, attrib.Errorf(attrib.EINVALID, "%s: %v", p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// ReadFile reads one file and calls fn for every article in it, in order.
// A bad article (malformed JSON line, binary data, invalid UTF-8, too large)
// is passed to fn as an error naming it, and reading goes on with the next;
// an error returned by fn stops reading and is returned.
func ReadFile(path string, fn func(*Doc, error) error) error {
	format := readable[strings.ToLower(filepath.Ext(path))]
	if format == "" {
		format = "txt"
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, inputErr(path, "cannot open: %v", errors.Unwrap(err)))
	}
	defer f.Close()
	switch format {
	case "jsonl", "json":
		return ReadStream(path, format, f, fn)
	case "html":
		b, err := readAll(path, f)
		if err != nil {
			return fn(nil, err)
		}
		d, err := parseHTML(path, b)
		return fn(d, err)
	default:
		b, err := readAll(path, f)
		if err != nil {
			return fn(nil, err)
		}
		if err := checkText(path, b); err != nil {
			return fn(nil, err)
		}
		return fn(&Doc{Source: path, Name: filepath.Base(path), Text: string(b), Format: "txt"}, nil)
	}
}

func readAll(path string, r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return nil, inputErr(path, "read failed: %v", err)
	}
	if len(b) > MaxArticleBytes {
		return nil, inputErr(path, "larger than %d bytes; split it or use JSON Lines", MaxArticleBytes)
	}
	return b, nil
}

// checkText refuses binary data and invalid UTF-8: offsets are byte offsets
// into UTF-8 text, and a quote cut from garbage would be garbage.
func checkText(input string, b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return inputErr(input, "binary data (NUL byte at offset %d), not an article", i)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return inputErr(input, "invalid UTF-8 at byte offset %d", off)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return inputErr(input, "empty article")
	}
	return nil
}

// record is one JSON Lines article. Unknown keys are ignored.
type record struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Published *string         `json:"published"`
	Headline  *string         `json:"headline"`
	Text      *string         `json:"text"`
	// Format "txt" or "html" says that text is a file's content, to be read
	// as that file would be (named Name): how attrib load --server sends
	// files, so that the server gives them the IDs a local load would.
	Format string `json:"format"`
	Name   string `json:"name"`
	// Other scrapers' names for the same fields, read when the field
	// itself is absent; a value that is not a string is ignored, as an
	// unknown key is.
	Body        json.RawMessage `json:"body"`
	Content     json.RawMessage `json:"content"`
	MainText    json.RawMessage `json:"maintext"`
	ArticleText json.RawMessage `json:"article_text"`
	Title       json.RawMessage `json:"title"`
	Publisher   json.RawMessage `json:"publisher"`
	Source      json.RawMessage `json:"source"`
	SiteName    json.RawMessage `json:"site_name"`
	Date        json.RawMessage `json:"date"`
	DatePublish json.RawMessage `json:"date_publish"`
	PublishDate json.RawMessage `json:"publish_date"`
	PublishedAt json.RawMessage `json:"published_at"`
}

// aliases fills text, headline, outlet and published from other
// scrapers' keys ("body", "maintext", "title", "publisher",
// "date_publish" ...) where the record lacks them.
func (rec *record) aliases() {
	pick := func(dst **string, raws ...json.RawMessage) {
		for _, raw := range raws {
			var s string
			if *dst == nil && len(raw) > 0 && json.Unmarshal(raw, &s) == nil {
				*dst = &s
			}
		}
	}
	pick(&rec.Text, rec.Body, rec.Content, rec.MainText, rec.ArticleText)
	pick(&rec.Headline, rec.Title)
	pick(&rec.Published, rec.DatePublish, rec.PublishDate, rec.PublishedAt, rec.Date)
	if rec.Outlet == "" {
		var o *string
		pick(&o, rec.Publisher, rec.SiteName, rec.Source)
		if o != nil {
			rec.Outlet = *o
		}
	}
}

func readJSONL(path string, r io.Reader, fn func(*Doc, error) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br)
		if err == io.EOF && len(b) == 0 {
			return nil
		}
		if err != nil && err != io.EOF {
			return fn(nil, inputErr(fmt.Sprintf("%s:%d", path, line), "read failed: %v", err))
		}
		input := fmt.Sprintf("%s:%d", path, line)
		var d *Doc
		var perr error
		switch {
		case tooLong:
			perr = inputErr(input, "line longer than %d bytes", MaxArticleBytes)
		case len(bytes.TrimSpace(b)) == 0:
			// blank lines are allowed between records
		default:
			d, perr = parseRecord(path, input, b)
		}
		if d != nil || perr != nil {
			if ferr := fn(d, perr); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line, bounded by MaxArticleBytes (the rest of a longer
// line is discarded and tooLong set).
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxArticleBytes {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, e
	}
}

func parseRecord(path, input string, b []byte) (*Doc, error) {
	if !utf8.Valid(b) {
		return nil, inputErr(input, "invalid UTF-8")
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return nil, inputErr(input, "malformed JSON: %v", err)
	}
	if dec.More() {
		return nil, inputErr(input, "malformed JSON: more than one value on the line")
	}
	return recordDoc(input, rec)
}

func recordDoc(input string, rec record) (*Doc, error) {
	rec.aliases()
	if rec.Text == nil {
		return nil, inputErr(input, `missing "text" (or "body", "content", "maintext", "article_text")`)
	}
	if err := checkText(input, []byte(*rec.Text)); err != nil {
		return nil, err
	}
	switch rec.Format {
	case "", "json", "jsonl":
	case "txt":
		return &Doc{Source: input, Name: firstOf(rec.Name, input), Text: *rec.Text, Format: "txt"}, nil
	case "html":
		return parseHTML(firstOf(rec.Name, input), []byte(*rec.Text))
	default:
		return nil, inputErr(input, "format %q: want txt or html, or none for a JSON record", rec.Format)
	}
	id := ""
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if json.Unmarshal(rec.ID, &s) == nil {
			id = s
		} else {
			id = strings.TrimSpace(string(rec.ID)) // a number
		}
	}
	d := &Doc{Source: input, ID: id, URL: rec.URL, Outlet: strings.TrimSpace(rec.Outlet), Text: *rec.Text, Format: "jsonl"}
	if rec.Format == "" && looksHTML(d.Text) {
		// a scraper's record whose text is the page's markup ("<p>...</p>"):
		// read as a "format": "html" record is, offsets into the text the
		// HTML reader makes of it
		h, err := parseHTML(input, []byte(d.Text))
		if err != nil {
			return nil, err
		}
		d.Text, d.Format = h.Text, "html"
		d.Outlet = firstOf(d.Outlet, h.Outlet)
		d.Published, d.Headline = h.Published, h.Headline
	}
	if rec.Published != nil {
		d.Published = normDate(*rec.Published)
	}
	if rec.Headline != nil {
		d.Headline = strings.TrimSpace(*rec.Headline)
	}
	d.Name = id
	if d.Name == "" {
		d.Name = rec.URL
	}
	if d.Name == "" {
		d.Name = input
	}
	return d, nil
}

// looksHTML: is s markup, not text ("<p>" or "<br>" and other tags,
// three at least)?
func looksHTML(s string) bool {
	head := s[:min(len(s), 4096)]
	if strings.IndexByte(head, '<') < 0 {
		return false // (most texts: no markup, nothing to lower)
	}
	head = strings.ToLower(head)
	if !strings.Contains(head, "<p>") && !strings.Contains(head, "<p ") && !strings.Contains(head, "<br") && !strings.Contains(head, "<div") {
		return false
	}
	return strings.Count(head, "</") >= 2
}

func readJSON(path string, b []byte, fn func(*Doc, error) error) error {
	trim := bytes.TrimSpace(b)
	if len(trim) > 0 && trim[0] == '[' {
		var recs []record
		if err := json.Unmarshal(trim, &recs); err != nil {
			return fn(nil, inputErr(path, "malformed JSON: %v", err))
		}
		for i, rec := range recs {
			d, err := recordDoc(fmt.Sprintf("%s[%d]", path, i), rec)
			if ferr := fn(d, err); ferr != nil {
				return ferr
			}
		}
		return nil
	}
	d, err := parseRecord(path, path, trim)
	if d != nil && d.Name == path {
		d.Name = filepath.Base(path)
	}
	return fn(d, err)
}

// ReadStream reads articles from r as format "jsonl" (one JSON record a
// line) or "json" (one record or an array), naming them after name: the
// body of a request, say. fn is called as ReadFile calls it.
func ReadStream(name, format string, r io.Reader, fn func(*Doc, error) error) error {
	switch format {
	case "jsonl":
		return readJSONL(name, r, fn)
	case "json":
		b, err := readAll(name, r)
		if err != nil {
			return fn(nil, err)
		}
		return readJSON(name, b, fn)
	}
	return fmt.Errorf("format %q: want jsonl or json", format)
}

func firstOf(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
