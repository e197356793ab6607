package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/loader"
)

// runExtract prints one JSON line per article, as ../shared/eval/FORMAT.md
// fixes. Bad inputs are reported on stderr and skipped; the exit status is
// 1 if any input was bad.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attrib extract [--explain] PATH...\n\nPrints each article's publisher, quotes, speakers, vias, claims and citations as JSON Lines.")
		fs.PrintDefaults()
	}
	explain := fs.Bool("explain", false, "give each quote a \"rule\": the stages that chose its speaker (the reading of its sentence, then how the mention was resolved)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	files, err := loader.Files(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "attrib extract:", err)
		return 1
	}
	var arts []*attrib.Article
	bad := 0
	for _, f := range files {
		_ = loader.ReadFile(f, func(d *loader.Doc, err error) error {
			if err == nil {
				var a *attrib.Article
				a, err = loader.Extract(d)
				if err == nil {
					arts = append(arts, a)
					return nil
				}
			}
			bad++
			fmt.Fprintln(stderr, "attrib extract:", err)
			return nil
		})
	}
	loader.NewMatcher().Assign(arts)
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		rec := loader.Record(a)
		if *explain {
			rec = loader.ExplainedRecord(a)
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(stderr, "attrib extract:", err)
			return 1
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "attrib extract:", err)
		return 1
	}
	if bad > 0 {
		return 1
	}
	return 0
}
