package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

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
		fmt.Fprintln(stderr, "usage: attrib extract [--explain] [--weights FILE | --rules-only] PATH...\n\nPrints each article's publisher, quotes, speakers, vias, claims and citations as JSON Lines.")
		fs.PrintDefaults()
	}
	explain := fs.Bool("explain", false, "give each quote a \"rule\": the stages that chose its speaker (the reading of its sentence, then how the mention was resolved)")
	weights := fs.String("weights", "", "speaker ranker weights written by attrib train (default: those shipped with attrib)")
	rulesOnly := fs.Bool("rules-only", false, "speakers from the rules alone, without the learned ranker")
	offFlag := fs.String("off", "", "sieves to switch off, comma-separated, to measure what each is worth: "+sieveNames())
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	ranker, err := rankerFlag(*weights, *rulesOnly)
	if err != nil {
		fmt.Fprintln(stderr, "attrib extract:", err)
		return 2
	}
	off, err := sievesFlag(*offFlag)
	if err != nil {
		fmt.Fprintln(stderr, "attrib extract:", err)
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
				a, err = loader.ExtractWith(d, loader.ExtractConfig{Ranker: ranker, Off: off})
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

// rankerFlag is the speaker ranker --weights and --rules-only ask for.
func rankerFlag(path string, rulesOnly bool) (*loader.Ranker, error) {
	switch {
	case rulesOnly && path != "":
		return nil, fmt.Errorf("--weights and --rules-only: give one")
	case rulesOnly:
		return nil, nil
	case path == "":
		return loader.DefaultRanker(), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r, err := loader.ParseRanker(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// sievesFlag reads --off: sieve names, comma-separated.
func sievesFlag(v string) (map[string]bool, error) {
	if strings.TrimSpace(v) == "" {
		return nil, nil
	}
	off := map[string]bool{}
	for _, n := range strings.Split(v, ",") {
		if n = strings.TrimSpace(n); n != "" {
			off[n] = true
		}
	}
	return off, loader.CheckSieves(off)
}

func sieveNames() string {
	var ns []string
	for _, s := range loader.Sieves {
		ns = append(ns, s.Name)
	}
	return strings.Join(ns, ", ")
}
