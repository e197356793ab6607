package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/attrib/attrib"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	store := storeFlag(fs)
	root := fs.String("root", "", "the node to start from: kind/UUID, a UUID, or a node IRI")
	depth := fs.Int("depth", 2, fmt.Sprintf("edges from the root, either direction (0 to %d)", attrib.MaxExportDepth))
	all := fs.Bool("all", false, "the whole graph")
	format := fs.String("format", "nquads", "nquads, jsonld, graphml, dot or cytoscape")
	maxNodes := fs.Int("max-nodes", 0, fmt.Sprintf("cap on nodes (default %d; with --all %d)", attrib.DefaultExportNodes, attrib.MaxExportNodes))
	out := fs.String("o", "-", "output file (- for standard output)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attrib export [--store URL] (--root ID [--depth N] | --all) [--format F] [-o FILE]\n\nWrites a subgraph. A result cut at the node cap says so (a comment, a\n\"partial\" field) and on standard error.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || (*root == "") == !*all {
		fmt.Fprintln(stderr, "attrib export: give --root ID or --all")
		fs.Usage()
		return 2
	}
	if *all && *maxNodes == 0 {
		*maxNodes = attrib.MaxExportNodes
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, ok := openStore(ctx, *store, "export", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	w := stdout
	var f *os.File
	var err error
	if *out != "-" {
		f, err = os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "attrib export:", err)
			return 1
		}
		w = f
	}
	info, err := st.Export(ctx, w, attrib.ExportOptions{Format: *format, Root: *root, Depth: *depth, All: *all, MaxNodes: *maxNodes})
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "attrib export:", err)
		return exitFor(err)
	}
	fmt.Fprintf(stderr, "attrib export: %d nodes, %d quads", info.Nodes, info.Quads)
	if info.Partial {
		fmt.Fprintf(stderr, "; partial: the cap of %d nodes was reached", *maxNodes)
	}
	fmt.Fprintln(stderr)
	return 0
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	store := storeFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attrib import [--store URL] FILE.nq...\n\nStores N-Quads (an 'attrib export --all' file, say). Articles already stored are skipped.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, ok := openStore(ctx, *store, "import", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	total := 0
	for _, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(stderr, "attrib import:", err)
			return 1
		}
		n, err := st.Import(ctx, bufio.NewReaderSize(f, 1<<20))
		f.Close()
		total += n
		if err != nil {
			fmt.Fprintf(stderr, "attrib import: %s: %v\n", name, err)
			return 1
		}
	}
	q, err := st.CountQuads(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "attrib import:", err)
		return 1
	}
	fmt.Fprintf(stdout, "imported %d quads; store %s holds %d quads\n", total, *store, q)
	return 0
}

// runDigest prints an order-independent fingerprint of a store: two stores
// holding the same graph print the same lines, however they were loaded.
func runDigest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	store := storeFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx := context.Background()
	st, ok := openStore(ctx, *store, "digest", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	d, err := st.Digest(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "attrib digest:", err)
		return 1
	}
	fmt.Fprintln(stdout, d)
	return 0
}
