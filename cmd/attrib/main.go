// Command attrib loads news articles into a source-attribution graph and
// serves it: load, extract, serve, query, export, import and bench.
//
// Configuration is read here only: flags first, then ATTRIB_* environment
// variables; the packages take typed values.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

const usage = `attrib: who said this, who reported it, and where it first appeared.

usage: attrib COMMAND [flags] [args]

commands:
  load PATH...       extract articles and store them in the graph
  extract PATH...    print extraction as JSON Lines (no store)
  train --data DIR   fit the speaker ranker's weights on annotated articles
  serve              serve the API and web page
  query QUESTION     ask the graph: reporters "TEXT", trace ID, shared [N]
  bench load|extract measure load (per-article cost as the store grows) or extraction
  export             write a subgraph: nquads, jsonld, graphml, dot, cytoscape
  import FILE.nq     store N-Quads (an export of the whole graph, say)
  digest             print a fingerprint of the store (equal graphs, equal lines)
  help               this text

Run 'attrib COMMAND -h' for a command's flags.
`

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// a soft cap: the collector works harder near it rather than let
		// a long load or a busy server grow its heap to twice what it holds
		debug.SetMemoryLimit(1 << 30)
	}
	if f := os.Getenv("ATTRIB_CPUPROFILE"); f != "" { // for measuring, not a feature
		if out, err := os.Create(f); err == nil {
			_ = pprof.StartCPUProfile(out)
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			out.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// extractionGC lets the heap grow to five times what it holds between
// collections (GOGC=400) for the commands that only extract: their live
// heap is the lexicons and one article, so this costs about 55 MB more
// at most (139 to 194 MB extracting BBC and PolNeAR train), and the
// collector's share of an extraction falls from about a sixth; the soft
// memory limit above still holds. GOGC in the environment wins.
// (GOGC=1000 was tried: 3.4% fewer instructions, but about 10% more
// wall time on one core, the larger heap's page faults and cache misses
// costing more than the collections it spares.)
func extractionGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "train":
		return runTrain(args[1:], stdout, stderr)
	case "extract":
		extractionGC()
		return runExtract(args[1:], stdout, stderr)
	case "load":
		return runLoad(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "export":
		return runExport(args[1:], stdout, stderr)
	case "import":
		return runImport(args[1:], stdout, stderr)
	case "digest":
		return runDigest(args[1:], stdout, stderr)
	case "bench":
		return runBench(args[1:], stdout, stderr)
	case "query":
		return runQuery(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "attrib: unknown command %q\n\n%s", args[0], usage)
	return 2
}
