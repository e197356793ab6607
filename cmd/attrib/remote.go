package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
	"github.com/attrib/attrib/graph"
	"github.com/attrib/attrib/loader"
)

// ingestHandler stores a request body's articles as attrib load does (the
// same extraction, matching and dedup/replace), one request at a time, and
// says what became of each article. An internal error refusing an
// article is written to log, not to the client. One extraction worker:
// the readers keep the other core.
func ingestHandler(st *graph.Store, log io.Writer) func(context.Context, io.Reader, string) ([]attrib.IngestResult, error) {
	var mu sync.Mutex // one writer: matching sees every earlier batch
	m := loader.NewStoredMatcher(st)
	return func(ctx context.Context, body io.Reader, format string) ([]attrib.IngestResult, error) {
		mu.Lock()
		defer mu.Unlock()
		var results []attrib.IngestResult
		var hashErr error
		// hashes of the body's earlier articles: their batch may not be
		// written yet when a later copy is looked at
		earlier := map[string]string{}
		_, err := ingestDocs(ctx, st, m, func(emit func(*loader.Doc, error) error) error {
			return loader.ReadStream("body", format, body, emit)
		}, ingestOptions{Batch: 100, Workers: 1, OnResult: func(seq int, a *attrib.Article, err error) {
			r := attrib.IngestResult{Input: fmt.Sprintf("body:%d", seq+1)}
			if err != nil {
				r.Status, r.Reason = attrib.IngestRefused, attrib.ErrorMessage(err)
				if attrib.ErrorCode(err) == attrib.EINTERNAL {
					fmt.Fprintf(log, "attrib serve: %s refused: %v\n", r.Input, err)
				}
				results = append(results, r)
				return
			}
			r.Article, r.Quotes = a.ID, len(a.Quotes)
			r.Input += " " + a.Source
			old, herr := earlier[a.ID], error(nil)
			if _, ok := earlier[a.ID]; !ok {
				old, herr = st.ArticleHash(ctx, a.ID)
			}
			earlier[a.ID] = a.Hash
			switch {
			case herr != nil:
				hashErr = herr
			case old == "":
				r.Status = attrib.IngestStored
			case old == a.Hash:
				r.Status = attrib.IngestUnchanged
			default:
				r.Status = attrib.IngestReplaced
			}
			results = append(results, r)
		}})
		if err == nil {
			err = hashErr
		}
		return results, err
	}
}

// loadToServer sends the articles under paths to a running server as JSON
// Lines, a batch a request, and prints what the server did with them.
func loadToServer(ctx context.Context, server, token string, paths []string, batch int, stdout, stderr io.Writer) int {
	files, err := loader.Files(paths)
	if err != nil {
		fmt.Fprintln(stderr, "attrib load:", err)
		return 2
	}
	if batch <= 0 {
		batch = 250
	}
	url := strings.TrimRight(server, "/") + "/api/v1/articles"
	client := &http.Client{Timeout: 15 * time.Minute}
	var sum api.IngestResponse
	bad := 0
	start := time.Now()
	var buf bytes.Buffer
	n := 0
	send := func() error {
		if n == 0 {
			return nil
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(buf.Bytes()))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/x-ndjson")
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := client.Do(req)
		if err != nil {
			return fmt.Errorf("%s: %w", url, err)
		}
		defer resp.Body.Close()
		var r api.IngestResponse
		if resp.StatusCode != http.StatusOK {
			var e api.ErrorBody
			_ = json.NewDecoder(resp.Body).Decode(&e)
			return fmt.Errorf("%s: %s: %s", url, resp.Status, e.Message)
		}
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
			return fmt.Errorf("%s: reading the answer: %w", url, err)
		}
		for _, x := range r.Results {
			if x.Status == attrib.IngestRefused {
				fmt.Fprintf(stderr, "attrib: refused by the server: %s: %s\n", x.Input, x.Reason)
			}
		}
		sum.Stored += r.Stored
		sum.Unchanged += r.Unchanged
		sum.Replaced += r.Replaced
		sum.Refused += r.Refused
		buf.Reset()
		n = 0
		return nil
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		err := loader.ReadFile(f, func(d *loader.Doc, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != nil {
				bad++
				fmt.Fprintln(stderr, "attrib: skipped:", err)
				return nil
			}
			var rec map[string]any
			switch d.Format {
			case "txt": // the file as it is, read by the server as a local load reads it
				rec = map[string]any{"format": "txt", "name": d.Name, "text": d.Text}
			case "html":
				raw, err := os.ReadFile(f)
				if err != nil {
					bad++
					fmt.Fprintln(stderr, "attrib: skipped:", f, err)
					return nil
				}
				rec = map[string]any{"format": "html", "name": d.Source, "text": string(raw)}
			default:
				rec = map[string]any{"id": d.ID, "text": d.Text, "outlet": d.Outlet, "headline": d.Headline, "url": d.URL, "published": nil}
				if d.Published != "" {
					rec["published"] = d.Published
				}
			}
			if err := enc.Encode(rec); err != nil {
				return err
			}
			n++
			if n >= batch {
				return send()
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(stderr, "attrib load:", err)
			return 1
		}
	}
	if err := send(); err != nil {
		fmt.Fprintln(stderr, "attrib load:", err)
		return 1
	}
	el := time.Since(start).Seconds()
	total := sum.Stored + sum.Unchanged + sum.Replaced + sum.Refused
	fmt.Fprintf(stdout, "sent %d articles to %s: stored %d, unchanged %d, replaced %d, refused %d, bad %d; %.2f s wall (%.1f articles/s)\n",
		total, server, sum.Stored, sum.Unchanged, sum.Replaced, sum.Refused, bad, el, float64(total)/el)
	if bad > 0 || sum.Refused > 0 {
		return 1
	}
	return 0
}
