package attrib

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
)

// Graph answers questions over the raw graph and moves it in and out.
type Graph interface {
	// Path runs a path query. EINVALID for a query that breaks the caps or
	// names an unknown predicate, class or op; ENOTFOUND for an unknown start ID.
	Path(ctx context.Context, q PathQuery) (*PathResult, error)
	// Gizmo runs a Gizmo (JavaScript) query, at most limit results; partial
	// when the limit cut it. ETIMEOUT when ctx ended first; EINVALID for a
	// script that does not run.
	Gizmo(ctx context.Context, code string, limit int) (results []any, partial bool, err error)
	// Export writes a subgraph in a format (ExportFormats). EINVALID for a
	// format, depth or cap out of range; ENOTFOUND for an unknown root.
	Export(ctx context.Context, w io.Writer, opts ExportOptions) (ExportInfo, error)
	// Import stores N-Quads, skipping articles and quads already stored;
	// it returns the quads written. EINVALID for a line that is not N-Quads.
	Import(ctx context.Context, r io.Reader) (int, error)
}

// PathQuery is a walk over the graph: start nodes, then steps, each a
// Cayley path morphism (schemas/README.md documents it with examples).
type PathQuery struct {
	Start PathStart  `json:"start"`
	Steps []PathStep `json:"steps"`
	// Edges asks for the edges walked by out, in, both and follow steps.
	Edges bool `json:"edges,omitempty"`
	// Limit caps the nodes returned (default and maximum: MaxPathNodes).
	Limit int `json:"limit,omitempty"`
}

// PathStart picks the start nodes: by IDs ("kind/uuid", a bare uuid, or a
// full node IRI), by type (a class: "Person", "Outlet", ...), by name, or a
// combination (all must hold).
type PathStart struct {
	IDs  []string `json:"ids,omitempty"`
	Type string   `json:"type,omitempty"`
	Name string   `json:"name,omitempty"`
}

// PathStep is one move:
//
//	{"op":"out","predicate":"said"}        along a predicate (none: any)
//	{"op":"in","predicate":"said"}         against it
//	{"op":"both","predicate":"cites"}      either way
//	{"op":"has","predicate":"name","value":"CNN"}   keep nodes with that value
//	{"op":"has","predicate":"published_by","node":"outlet/UUID"}
//	{"op":"follow","predicate":"instance_of","max":3}  repeatedly, up to max times
//	{"op":"unique"}                        drop repeated nodes
//	{"op":"limit","n":10}                  keep the first n
type PathStep struct {
	Op        string `json:"op"`
	Predicate string `json:"predicate,omitempty"`
	Value     string `json:"value,omitempty"`
	Node      string `json:"node,omitempty"`
	Max       int    `json:"max,omitempty"`
	N         int    `json:"n,omitempty"`
}

// Caps on a path query.
const (
	MaxQueryBytes = 64 << 10 // a path query's JSON, or a Gizmo script
	MaxPathSteps  = 20
	// MaxPathWork caps the index steps a path query or a Gizmo script
	// takes on the embedded stores: a query past it stops with ETOOLARGE.
	MaxPathWork = 5_000_000
	// MaxPathBoth caps the both steps of a path query (each doubles it).
	MaxPathBoth   = 8
	MaxPathNodes  = 1000
	MaxFollowHops = 10
)

// PathResult is what a path query reached.
type PathResult struct {
	Nodes []PathNode `json:"nodes"`
	Edges []PathEdge `json:"edges,omitempty"`
	// Partial is set when the result was cut at the node limit.
	Partial bool `json:"partial"`
	Limit   int  `json:"limit"`
}

// PathNode is a node reached: a graph node with its kind and label, or a
// literal value (Kind "value").
type PathNode struct {
	ID    string `json:"id"` // "kind/uuid" for our nodes; the IRI or the literal otherwise
	Kind  string `json:"kind"`
	Label string `json:"label,omitempty"`
}

// PathEdge is an edge walked: From -Predicate-> To (node IDs as in
// PathNode). Hops > 1 marks a follow step that went several edges deep.
type PathEdge struct {
	From      string `json:"from"`
	Predicate string `json:"predicate"`
	To        string `json:"to"`
	Hops      int    `json:"hops,omitempty"`
}

// ExportOptions choose a subgraph and its format.
type ExportOptions struct {
	Format   string // nquads, jsonld, graphml, dot, cytoscape
	Root     string // a node ID as PathStart.IDs takes; "" with All
	Depth    int    // edges from the root, either direction
	All      bool   // the whole graph
	MaxNodes int    // cap on nodes (0: DefaultExportNodes)
	// Ready, when set, is called once the subgraph is gathered and before
	// the first byte is written: errors come before it, so a caller can
	// still answer with an error until then, and stream after.
	Ready func(ExportInfo)
}

// Caps on an export.
const (
	MaxExportDepth     = 6
	DefaultExportNodes = 5000
	MaxExportNodes     = 100000
)

// ExportInfo says what an export wrote.
type ExportInfo struct {
	Nodes, Quads int
	Partial      bool // cut at MaxNodes: nodes beyond it and their edges are left out
}

// ExportFormats lists the formats with their media types.
var ExportFormats = map[string]string{
	"nquads":    "application/n-quads",
	"jsonld":    "application/ld+json",
	"graphml":   "application/graphml+xml",
	"dot":       "text/vnd.graphviz",
	"cytoscape": "application/json",
}

// ParsePathQuery decodes a path query, refusing unknown fields and trailing
// data so that a typo is an error, not a silently different query.
func ParsePathQuery(b []byte) (*PathQuery, error) {
	if len(b) > MaxQueryBytes {
		return nil, Errorf(EINVALID, "path query is over %d bytes", MaxQueryBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var q PathQuery
	if err := dec.Decode(&q); err != nil {
		return nil, Errorf(EINVALID, "path query: %v", err)
	}
	if dec.More() {
		return nil, Errorf(EINVALID, "path query: data after the JSON object")
	}
	return &q, nil
}
