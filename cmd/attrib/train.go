package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/attrib/attrib/loader"
)

// runTrain fits the speaker ranker on annotated articles: DIR holds
// articles.jsonl and gold.json (the PolNeAR layout, ../shared/data/...).
func runTrain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attrib train --data DIR [--only IDS] [--off SIEVES] [--unmarked W] [-o FILE]\n\nFits the speaker ranker on DIR/articles.jsonl against DIR/gold.json and writes its weights\n(loader/ranker.weights is the file attrib ships).")
		fs.PrintDefaults()
	}
	data := fs.String("data", "", "folder with articles.jsonl and gold.json")
	only := fs.String("only", "", "file of article ids, one per line: train on these alone (a cross-validation fold)")
	out := fs.String("o", "-", "where to write the weights (- for standard output)")
	epochs := fs.Int("epochs", 0, "full passes of the fit (default 300)")
	l2 := fs.Float64("l2", 0, "weight decay (default 0.001)")
	unmarked := fs.Float64("unmarked", 0, "weight of a quote the gold leaves out, its right answer no speaker, against one it marks (default 0.2; negative: left out)")
	offFlag := fs.String("off", "", "sieves switched off while training (as attrib extract --off)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	var keep map[string]bool
	if *only != "" {
		b, err := os.ReadFile(*only)
		if err != nil {
			fmt.Fprintln(stderr, "attrib train:", err)
			return 1
		}
		keep = map[string]bool{}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				keep[l] = true
			}
		}
	}
	off, err := sievesFlag(*offFlag)
	if err != nil {
		fmt.Fprintln(stderr, "attrib train:", err)
		return 2
	}
	t, err := loader.TrainDir(*data, keep, off)
	if err != nil {
		fmt.Fprintln(stderr, "attrib train:", err)
		return 1
	}
	r := t.Train(loader.TrainOptions{Epochs: *epochs, L2: *l2, Unmarked: *unmarked})
	fmt.Fprintf(stderr, "attrib train: %d articles, %d quotes with a named speaker (rules right on %d, a right candidate for %d), %d with a right and a wrong candidate, %d the gold leaves out with no speaker by the rules; %d weights\n",
		t.Articles, t.Quotes, t.Correct, t.Reach, t.Useful, t.Unmarked, r.Len())
	var werr error
	if *out == "-" {
		_, werr = io.WriteString(stdout, r.String())
	} else {
		werr = os.WriteFile(*out, []byte(r.String()), 0o644)
	}
	if werr != nil {
		fmt.Fprintln(stderr, "attrib train:", werr)
		return 1
	}
	return 0
}
