package graph

import (
	"bufio"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/schemas"
	cgraph "github.com/cayleygraph/cayley/graph"
	kvgraph "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Export writes a subgraph, the nodes within opts.Depth edges of opts.Root
// (either direction) or the whole graph with opts.All, in opts.Format. The
// quads are sorted, so that an export is the same bytes every time. A
// result cut at opts.MaxNodes says so in the output and in the returned
// ExportInfo.
func (s *Store) Export(ctx context.Context, w io.Writer, opts attrib.ExportOptions) (attrib.ExportInfo, error) {
	var info attrib.ExportInfo
	if _, ok := attrib.ExportFormats[opts.Format]; !ok {
		return info, attrib.Errorf(attrib.EINVALID, "format %q: want nquads, jsonld, graphml, dot or cytoscape", clipRunes(opts.Format, 30))
	}
	if opts.Depth < 0 || opts.Depth > attrib.MaxExportDepth {
		return info, attrib.Errorf(attrib.EINVALID, "depth %d: want 0 to %d", opts.Depth, attrib.MaxExportDepth)
	}
	if opts.MaxNodes < 0 || opts.MaxNodes > attrib.MaxExportNodes {
		return info, attrib.Errorf(attrib.EINVALID, "max nodes %d: at most %d", opts.MaxNodes, attrib.MaxExportNodes)
	}
	if opts.MaxNodes == 0 {
		opts.MaxNodes = attrib.DefaultExportNodes
	}
	if !opts.All && opts.Root == "" {
		return info, attrib.Errorf(attrib.EINVALID, "a root node, or all")
	}
	// the graph is read under the locks, the answer written after them
	unlock := s.rlock()
	var quads []quad.Quad
	var err error
	if opts.All {
		unremap := s.noRemap()
		quads, info.Partial, err = s.allQuads(ctx, opts.MaxNodes)
		unremap()
	} else {
		quads, info.Partial, err = s.around(ctx, opts.Root, opts.Depth, opts.MaxNodes)
	}
	unlock()
	if err != nil {
		return info, err
	}
	quads = sortQuads(quads)
	g := newSubgraph(quads, info.Partial)
	info.Nodes, info.Quads = len(g.nodes), len(quads)
	if opts.Ready != nil {
		opts.Ready(info)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	switch opts.Format {
	case "nquads":
		err = writeNQuads(bw, g)
	case "jsonld":
		err = writeJSONLD(bw, g)
	case "graphml":
		err = writeGraphML(bw, g)
	case "dot":
		err = writeDOT(bw, g)
	case "cytoscape":
		err = writeCytoscape(bw, g)
	}
	if err != nil {
		return info, err
	}
	return info, bw.Flush()
}

// allQuads reads every quad, stopping when more than maxNodes subjects
// have been seen.
func (s *Store) allQuads(ctx context.Context, maxNodes int) ([]quad.Quad, bool, error) {
	qs := s.h.QuadStore
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []quad.Quad
	subjects := map[string]bool{}
	partial := false
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		k := quad.StringOf(q.Subject)
		if !subjects[k] {
			if len(subjects) >= maxNodes {
				partial = true
				continue
			}
			subjects[k] = true
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, false, fmt.Errorf("export: %w", err)
	}
	if partial {
		// keep edges inside the nodes kept only
		kept := out[:0]
		for _, q := range out {
			if _, _, ours := splitIRI(q.Object); !ours || subjects[quad.StringOf(q.Object)] {
				kept = append(kept, q)
			}
		}
		out = kept
	}
	return out, partial, nil
}

// around collects the nodes within depth edges of root and the quads among
// them (with their literal values and types).
func (s *Store) around(ctx context.Context, root string, depth, maxNodes int) ([]quad.Quad, bool, error) {
	start, err := s.resolveNode(root)
	if err != nil {
		return nil, false, err
	}
	in := map[string]bool{quad.StringOf(start): true}
	order := []quad.Value{start}
	frontier := []quad.Value{start}
	partial := false
	// values read once for the whole subgraph, and each node's quads in a
	// direction once (its outgoing ones serve the walk and the answer); on
	// PostgreSQL and bolt a level's nodes are read together (pgQuadsOf,
	// kvReader)
	names := map[interface{}]quad.Value{}
	read := [2]map[string]nodeQuads{{}, {}} // by direction: subject, object
	ps, onPG := s.side.(*pgSide)
	side := func(dir quad.Direction) int {
		if dir == quad.Object {
			return 1
		}
		return 0
	}
	// on bolt a level's nodes are read in one transaction (kvReader)
	var kr *kvReader
	if kqs, ok := s.h.QuadStore.(*kvgraph.QuadStore); ok {
		if bs, ok := s.side.(*boltSide); ok && !noKVAround {
			kr = newKVReader(kqs, bs.db)
		}
	}
	prefetch := func(nodes []quad.Value, dirs ...quad.Direction) error {
		if !onPG && kr == nil {
			return nil
		}
		for _, dir := range dirs {
			var ask []quad.Value
			for _, n := range nodes {
				if _, ok := read[side(dir)][quad.StringOf(n)]; !ok {
					ask = append(ask, n)
				}
			}
			var got map[string]nodeQuads
			var err error
			if onPG {
				got, err = pgQuadsOf(ctx, ps, ask, dir, maxNodeQuads)
			} else {
				got, err = kr.quadsOf(ctx, ask, dir, maxNodeQuads)
			}
			if err != nil {
				return err
			}
			for k, v := range got {
				read[side(dir)][k] = v
			}
		}
		return nil
	}
	quadsOf := func(n quad.Value, dir quad.Direction) ([]quad.Quad, bool, error) {
		k := quad.StringOf(n)
		if r, ok := read[side(dir)][k]; ok {
			return r.qs, r.cut, nil
		}
		qs, cut, err := s.quadsNamed(ctx, n, dir, maxNodeQuads, names)
		if err == nil {
			read[side(dir)][k] = nodeQuads{qs, cut}
		}
		return qs, cut, err
	}
	for d := 0; d < depth && len(frontier) > 0 && !partial; d++ {
		if err := prefetch(frontier, quad.Subject, quad.Object); err != nil {
			return nil, false, err
		}
		var next []quad.Value
		for _, n := range frontier {
			for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
				nb, cut, err := quadsOf(n, dir)
				if err != nil {
					return nil, false, err
				}
				partial = partial || cut
				for _, q := range nb {
					other := q.Object
					if dir == quad.Object {
						other = q.Subject
					}
					if _, _, ours := splitIRI(other); !ours {
						continue // a literal or a class
					}
					k := quad.StringOf(other)
					if in[k] {
						continue
					}
					if len(in) >= maxNodes {
						partial = true
						continue
					}
					in[k] = true
					order = append(order, other)
					next = append(next, other)
				}
			}
		}
		frontier = next
	}
	if err := prefetch(order, quad.Subject); err != nil {
		return nil, false, err
	}
	var out []quad.Quad
	for _, n := range order {
		qq, cut, err := quadsOf(n, quad.Subject)
		if err != nil {
			return nil, false, err
		}
		partial = partial || cut
		for _, q := range qq {
			if _, _, ours := splitIRI(q.Object); ours && !in[quad.StringOf(q.Object)] {
				continue // an edge leaving the subgraph
			}
			out = append(out, q)
		}
	}
	return out, partial, nil
}

// maxNodeQuads bounds the quads a subgraph reads of one node in one
// direction: an outlet or a person is named again by every article that
// mentions it, and a subgraph must cost what it shows, not what the store
// holds. A node cut by it makes the export partial.
const maxNodeQuads = 64

func sortQuads(qs []quad.Quad) []quad.Quad {
	type keyed struct {
		key string
		q   quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{quad.StringOf(q.Subject) + "\x00" + quad.StringOf(q.Predicate) + "\x00" + quad.StringOf(q.Object) + "\x00" + quad.StringOf(q.Label), q}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	out := qs[:0]
	for i, k := range ks {
		if i > 0 && k.key == ks[i-1].key {
			continue // an exact repeat
		}
		out = append(out, k.q)
	}
	return out
}

// subgraph is a sorted quad set seen as nodes with properties and edges.
type subgraph struct {
	quads   []quad.Quad
	partial bool
	nodes   []*gnode // sorted by ID
	byIRI   map[quad.IRI]*gnode
	edges   []gedge // sorted
}

type gnode struct {
	iri   quad.IRI
	id    string // "kind/uuid"
	kind  string
	props map[string][]quad.Value // literal properties by predicate short name
}

type gedge struct {
	from, to *gnode
	pred     string
	articles []string // the labels that assert it
}

func (n *gnode) label() string {
	for _, p := range []string{"name", "headline", "text", "source"} {
		if vs := n.props[p]; len(vs) > 0 {
			return valueString(vs[0])
		}
	}
	return n.id
}

func newSubgraph(quads []quad.Quad, partial bool) *subgraph {
	g := &subgraph{quads: quads, partial: partial, byIRI: map[quad.IRI]*gnode{}}
	node := func(v quad.Value) *gnode {
		kind, id, ok := splitIRI(v)
		if !ok {
			return nil
		}
		iri := iriOf(v)
		n := g.byIRI[iri]
		if n == nil {
			n = &gnode{iri: iri, id: kind + "/" + id, kind: kind, props: map[string][]quad.Value{}}
			g.byIRI[iri] = n
			g.nodes = append(g.nodes, n)
		}
		return n
	}
	type ekey struct{ from, to, pred string }
	edges := map[ekey]*gedge{}
	for _, q := range quads {
		s := node(q.Subject)
		if s == nil {
			continue
		}
		pred := shortPredicate(q.Predicate)
		if pred == "type" {
			if c := string(iriOf(q.Object)); strings.HasPrefix(c, schemas.NS) && s.kind != "" {
				s.props["type"] = appendValue(s.props["type"], quad.String(strings.TrimPrefix(c, schemas.NS)))
			}
			continue
		}
		if o := node(q.Object); o != nil {
			k := ekey{s.id, o.id, pred}
			e := edges[k]
			if e == nil {
				e = &gedge{from: s, to: o, pred: pred}
				edges[k] = e
			}
			if _, lid, ok := splitIRI(q.Label); ok {
				e.articles = appendString(e.articles, "article/"+lid)
			}
			continue
		}
		s.props[pred] = appendValue(s.props[pred], q.Object)
	}
	for _, e := range edges {
		g.edges = append(g.edges, *e)
	}
	sort.Slice(g.nodes, func(i, j int) bool { return g.nodes[i].id < g.nodes[j].id })
	sort.Slice(g.edges, func(i, j int) bool {
		a, b := g.edges[i], g.edges[j]
		if a.from.id != b.from.id {
			return a.from.id < b.from.id
		}
		if a.pred != b.pred {
			return a.pred < b.pred
		}
		return a.to.id < b.to.id
	})
	return g
}

func appendValue(vs []quad.Value, v quad.Value) []quad.Value {
	for _, x := range vs {
		if quad.StringOf(x) == quad.StringOf(v) {
			return vs
		}
	}
	return append(vs, v)
}

func appendString(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

const partialNote = "partial: the node cap was reached; nodes beyond it and their edges are left out"

func writeNQuads(w io.Writer, g *subgraph) error {
	if g.partial {
		if _, err := fmt.Fprintf(w, "# %s\n", partialNote); err != nil {
			return err
		}
	}
	nw := nquads.NewWriter(w)
	for _, q := range g.quads {
		if err := nw.WriteQuad(q); err != nil {
			return fmt.Errorf("export n-quads: %w", err)
		}
	}
	return nw.Close()
}

// writeJSONLD writes compact JSON-LD with schemas/' context: one named
// graph per article (the quads' labels), nodes with their properties.
func writeJSONLD(w io.Writer, g *subgraph) error {
	var ctxDoc struct {
		Context json.RawMessage `json:"@context"`
	}
	if err := json.Unmarshal(schemas.Context, &ctxDoc); err != nil {
		return fmt.Errorf("export json-ld: context: %w", err)
	}
	terms := map[string]bool{}
	var ctxMap map[string]json.RawMessage
	_ = json.Unmarshal(ctxDoc.Context, &ctxMap)
	for k := range ctxMap {
		terms[k] = true
	}
	// label -> subject -> property -> values, in quad order (sorted)
	type nodeObj struct {
		id    string
		order []string
		props map[string][]any
	}
	graphs := map[string]map[string]*nodeObj{}
	var labels []string
	for _, q := range g.quads {
		label := ""
		if q.Label != nil {
			label = string(iriOf(q.Label))
		}
		nodes := graphs[label]
		if nodes == nil {
			nodes = map[string]*nodeObj{}
			graphs[label] = nodes
			labels = append(labels, label)
		}
		sid := string(iriOf(q.Subject))
		n := nodes[sid]
		if n == nil {
			n = &nodeObj{id: sid, props: map[string][]any{}}
			nodes[sid] = n
		}
		key, val := jsonldProp(q, terms)
		if _, ok := n.props[key]; !ok {
			n.order = append(n.order, key)
		}
		n.props[key] = append(n.props[key], val)
	}
	sort.Strings(labels)
	var graphsOut []any
	var defaultNodes []any
	for _, label := range labels {
		nodes := graphs[label]
		ids := make([]string, 0, len(nodes))
		for id := range nodes {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		var objs []any
		for _, id := range ids {
			n := nodes[id]
			obj := orderedMap{{"@id", n.id}}
			keys := append([]string(nil), n.order...)
			sort.Strings(keys)
			for _, k := range keys {
				vs := n.props[k]
				if len(vs) == 1 {
					obj = append(obj, kv{k, vs[0]})
				} else {
					obj = append(obj, kv{k, vs})
				}
			}
			objs = append(objs, obj)
		}
		if label == "" {
			defaultNodes = append(defaultNodes, objs...)
			continue
		}
		graphsOut = append(graphsOut, orderedMap{{"@id", label}, {"@graph", objs}})
	}
	doc := orderedMap{{"@context", ctxDoc.Context}}
	if g.partial {
		doc = append(doc, kv{"rdfs:comment", partialNote})
	}
	doc = append(doc, kv{"@graph", append(defaultNodes, graphsOut...)})
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// jsonldProp is a quad's property key and value in compact form.
func jsonldProp(q quad.Quad, terms map[string]bool) (string, any) {
	pred := shortPredicate(q.Predicate)
	if pred == "type" {
		c := string(iriOf(q.Object))
		if short := strings.TrimPrefix(c, schemas.NS); short != c && terms[short] {
			return "@type", short
		}
		return "@type", c
	}
	key := pred
	if !terms[pred] {
		key = string(iriOf(q.Predicate))
	}
	switch v := q.Object.(type) {
	case quad.IRI:
		if terms[pred] {
			return key, string(v) // the context types these as @id
		}
		return key, map[string]string{"@id": string(v)}
	case quad.String:
		return key, string(v)
	case quad.Int:
		return key, int64(v)
	case quad.Bool:
		return key, bool(v)
	case quad.TypedString:
		return key, map[string]string{"@value": string(v.Value), "@type": string(v.Type)}
	case quad.LangString:
		return key, map[string]string{"@value": string(v.Value), "@language": v.Lang}
	}
	return key, quad.StringOf(q.Object)
}

// orderedMap is a JSON object that keeps its keys in order.
type orderedMap []kv

type kv struct {
	k string
	v any
}

func (m orderedMap) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range m {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(p.k)
		b.Write(k)
		b.WriteByte(':')
		v, err := marshalNoEscape(p.v)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// graphML attribute keys: every one used is declared.
type gmlKey struct {
	id, forWhat, name, typ string
}

func writeGraphML(w io.Writer, g *subgraph) error {
	// node property keys in use, with their types
	types := map[string]string{}
	for _, n := range g.nodes {
		for p, vs := range n.props {
			t := "string"
			if len(vs) == 1 {
				switch vs[0].(type) {
				case quad.Int:
					t = "long"
				case quad.Bool:
					t = "boolean"
				}
			}
			if old, ok := types[p]; ok && old != t {
				t = "string"
			}
			types[p] = t
		}
	}
	props := make([]string, 0, len(types))
	for p := range types {
		props = append(props, p)
	}
	sort.Strings(props)
	keys := []gmlKey{{"kind", "node", "kind", "string"}, {"label", "node", "label", "string"}, {"iri", "node", "iri", "string"}}
	for _, p := range props {
		keys = append(keys, gmlKey{"p_" + p, "node", p, types[p]})
	}
	keys = append(keys, gmlKey{"predicate", "edge", "predicate", "string"}, gmlKey{"articles", "edge", "articles", "string"})
	if g.partial {
		keys = append(keys, gmlKey{"partial", "graph", "partial", "string"})
	}
	if _, err := io.WriteString(w, xml.Header+`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`+"\n"); err != nil {
		return err
	}
	for _, k := range keys {
		fmt.Fprintf(w, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.forWhat, k.name, k.typ)
	}
	io.WriteString(w, "  <graph id=\"attrib\" edgedefault=\"directed\">\n")
	if g.partial {
		fmt.Fprintf(w, "    <data key=\"partial\">%s</data>\n", xmlText(partialNote))
	}
	for _, n := range g.nodes {
		fmt.Fprintf(w, "    <node id=\"%s\">\n", xmlText(n.id))
		fmt.Fprintf(w, "      <data key=\"kind\">%s</data>\n", xmlText(n.kind))
		fmt.Fprintf(w, "      <data key=\"label\">%s</data>\n", xmlText(n.label()))
		fmt.Fprintf(w, "      <data key=\"iri\">%s</data>\n", xmlText(string(n.iri)))
		ps := make([]string, 0, len(n.props))
		for p := range n.props {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		for _, p := range ps {
			var parts []string
			for _, v := range n.props[p] {
				parts = append(parts, valueString(v))
			}
			fmt.Fprintf(w, "      <data key=\"p_%s\">%s</data>\n", xmlText(p), xmlText(strings.Join(parts, " | ")))
		}
		io.WriteString(w, "    </node>\n")
	}
	for i, e := range g.edges {
		fmt.Fprintf(w, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(e.from.id), xmlText(e.to.id))
		fmt.Fprintf(w, "      <data key=\"predicate\">%s</data>\n", xmlText(e.pred))
		fmt.Fprintf(w, "      <data key=\"articles\">%s</data>\n", xmlText(strings.Join(e.articles, " ")))
		io.WriteString(w, "    </edge>\n")
	}
	_, err := io.WriteString(w, "  </graph>\n</graphml>\n")
	return err
}

func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		// characters XML 1.0 cannot hold are dropped
		if r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			b.WriteRune(r)
		}
	}
	var out strings.Builder
	_ = xml.EscapeText(&out, []byte(b.String()))
	return out.String()
}

// dotShapes draws each kind of node its own way.
var dotShapes = map[string]string{
	attrib.KindPerson:       "ellipse",
	attrib.KindOrganization: "hexagon",
	attrib.KindOutlet:       "box",
	attrib.KindArticle:      "note",
	attrib.KindQuote:        "box",
	attrib.KindClaim:        "diamond",
	"reported":              "parallelogram",
}

var dotStyles = map[string]string{
	attrib.KindQuote:  `style="rounded,filled", fillcolor="#fff7d6"`,
	attrib.KindClaim:  `style=filled, fillcolor="#ffe0e0"`,
	attrib.KindOutlet: `style=filled, fillcolor="#dfeaff"`,
}

func writeDOT(w io.Writer, g *subgraph) error {
	io.WriteString(w, "digraph attrib {\n")
	if g.partial {
		fmt.Fprintf(w, "  // %s\n  label=%s;\n", partialNote, dotQuote("partial: node cap reached"))
	}
	io.WriteString(w, "  graph [rankdir=LR, fontname=\"Helvetica\"];\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n")
	for _, n := range g.nodes {
		shape := dotShapes[n.kind]
		if shape == "" {
			shape = "ellipse"
		}
		label := wrap(clipRunes(n.label(), 90), 30) + "\n(" + n.kind + ")"
		attrs := fmt.Sprintf("label=%s, shape=%s", dotQuote(label), shape)
		if st := dotStyles[n.kind]; st != "" {
			attrs += ", " + st
		}
		fmt.Fprintf(w, "  %s [%s];\n", dotQuote(n.id), attrs)
	}
	for _, e := range g.edges {
		fmt.Fprintf(w, "  %s -> %s [label=%s];\n", dotQuote(e.from.id), dotQuote(e.to.id), dotQuote(e.pred))
	}
	_, err := io.WriteString(w, "}\n")
	return err
}

// dotQuote writes a DOT string: quotes and backslashes escaped, newlines
// as centred line breaks.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r', '\t':
			b.WriteByte(' ')
		default:
			if r >= 0x20 {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func clipRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// wrap breaks s into lines of about width runes at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	line := 0
	for i, word := range strings.Fields(s) {
		n := len([]rune(word))
		if i > 0 {
			if line+1+n > width {
				b.WriteByte('\n')
				line = 0
			} else {
				b.WriteByte(' ')
				line++
			}
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}

func writeCytoscape(w io.Writer, g *subgraph) error {
	type data map[string]any
	type element struct {
		Data data `json:"data"`
	}
	var nodes, edges []element
	for _, n := range g.nodes {
		d := data{"id": n.id, "label": n.label(), "kind": n.kind, "iri": string(n.iri)}
		for p, vs := range n.props {
			if p == "id" || p == "label" || p == "kind" {
				p = "prop_" + p
			}
			if len(vs) == 1 {
				d[p] = vs[0].Native()
				continue
			}
			var xs []any
			for _, v := range vs {
				xs = append(xs, v.Native())
			}
			d[p] = xs
		}
		nodes = append(nodes, element{d})
	}
	for i, e := range g.edges {
		edges = append(edges, element{data{"id": "e" + strconv.Itoa(i), "source": e.from.id, "target": e.to.id, "label": e.pred, "articles": e.articles}})
	}
	if nodes == nil {
		nodes = []element{}
	}
	if edges == nil {
		edges = []element{}
	}
	doc := map[string]any{"elements": map[string]any{"nodes": nodes, "edges": edges}, "partial": g.partial}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// Import reads N-Quads and stores them. Quads labelled by an article that
// the store already holds are skipped with that article, as loading skips
// it; other quads already stored are skipped one by one (writing a quad
// twice leaks node references in Cayley). Each article is rebuilt from its
// quads for the side index, so an imported graph answers as a loaded one.
// Each batch of up to 10,000 quads is one transaction, and an article's
// quads are never split across two. It returns the quads stored.
func (s *Store) Import(ctx context.Context, r io.Reader) (int, error) {
	rd := nquads.NewReader(r, false)
	defer rd.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	stored := 0
	byLabel := map[string][]quad.Quad{}
	var labels []string
	n := 0
	for {
		q, err := rd.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return stored, attrib.Errorf(attrib.EINVALID, "n-quads line %d: %v", n+1, err)
		}
		n++
		if !q.IsValid() {
			return stored, attrib.Errorf(attrib.EINVALID, "n-quads quad %d: not a valid quad", n)
		}
		l := quad.StringOf(q.Label)
		if _, ok := byLabel[l]; !ok {
			labels = append(labels, l)
		}
		byLabel[l] = append(byLabel[l], q)
		if err := ctx.Err(); err != nil {
			return stored, err
		}
	}
	tx := cgraph.NewTransaction()
	var arts []*attrib.Article
	var quadDelta int64
	seen := map[string]bool{}
	flush := func() error {
		if len(tx.Deltas) == 0 {
			return nil
		}
		if err := s.commitArticles(ctx, tx, arts, 1, quadDelta, nil); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		stored += len(tx.Deltas)
		tx, arts, quadDelta = cgraph.NewTransaction(), nil, 0
		return nil
	}
	for _, l := range labels {
		qq := byLabel[l]
		var art *attrib.Article
		if lv := qq[0].Label; lv != nil {
			if kind, id, ok := splitIRI(lv); ok && kind == attrib.KindArticle {
				if h, err := s.ArticleHash(ctx, id); err != nil {
					return stored, err
				} else if h != "" {
					continue // the article is stored already
				}
				art = articleFromQuads(id, qq)
			} else if old, err := s.labelQuads(ctx, iriOf(lv)); err != nil {
				return stored, err
			} else if len(old) > 0 {
				continue
			}
		}
		added := 0
		for _, q := range qq {
			k := quad.StringOf(q.Subject) + "\x00" + quad.StringOf(q.Predicate) + "\x00" + quad.StringOf(q.Object) + "\x00" + l
			if seen[k] {
				continue
			}
			seen[k] = true
			if q.Label == nil {
				if ok, err := s.hasQuad(ctx, q); err != nil {
					return stored, err
				} else if ok {
					continue
				}
			}
			tx.AddQuad(q)
			added++
		}
		quadDelta += int64(added)
		if art != nil {
			arts = append(arts, art)
		}
		if len(tx.Deltas) >= 10000 {
			if err := flush(); err != nil {
				return stored, err
			}
		}
	}
	return stored, flush()
}

// articleFromQuads rebuilds what an article asserts from its quads: the
// inverse of ArticleQuads, for the side index of an imported graph.
func articleFromQuads(id string, qq []quad.Quad) *attrib.Article {
	a := &attrib.Article{ID: id}
	label := articleIRI(id)
	props := map[string]map[quad.IRI][]quad.Value{}
	node := map[string]quad.Value{}
	var subjects []string
	for _, q := range qq {
		k := quad.StringOf(q.Subject)
		if props[k] == nil {
			props[k] = map[quad.IRI][]quad.Value{}
			node[k] = q.Subject
			subjects = append(subjects, k)
		}
		props[k][iriOf(q.Predicate)] = append(props[k][iriOf(q.Predicate)], q.Object)
	}
	for _, m := range props {
		for _, v := range m {
			sortValues(v)
		}
	}
	sort.Strings(subjects)
	nameOf := func(n quad.Value) string { return str(props[quad.StringOf(n)], predName) }
	idOf := func(n quad.Value) string { _, x, _ := splitIRI(n); return x }
	am := props[quad.StringOf(label)]
	a.Hash, a.Source, a.URL = str(am, predHash), str(am, predSource), str(am, predURL)
	a.Headline, a.Published = str(am, predHeadline), str(am, predPublished)
	if o := am[predPublishedBy]; len(o) > 0 {
		a.OutletID, a.Outlet = idOf(o[0]), nameOf(o[0])
	}
	if o := am[predWire]; len(o) > 0 {
		a.WireID, a.Wire = idOf(o[0]), nameOf(o[0])
	}
	for _, o := range am[predCites] {
		a.Citations = append(a.Citations, attrib.Citation{OutletID: idOf(o), Outlet: nameOf(o)})
	}
	speakerOf := map[string]string{} // quote -> the subject that said it
	for _, k := range subjects {
		for _, q := range props[k][predSaid] {
			speakerOf[quad.StringOf(q)] = k
		}
	}
	for _, k := range subjects {
		m := props[k]
		kind, nid, ok := splitIRI(node[k])
		if !ok {
			continue
		}
		switch kind {
		case attrib.KindPerson:
			p := attrib.Person{ID: nid, Name: str(m, predName), Aliases: strs(m, predAlias), Titles: strs(m, predTitle)}
			for _, n := range strs(m, predName)[min(1, len(m[predName])):] {
				p.Aliases = append(p.Aliases, n)
			}
			a.People = append(a.People, p)
		case attrib.KindQuote:
			q := attrib.Quote{ID: nid, Text: str(m, predText), Start: intOf(m, predStart), End: intOf(m, predEnd), Cue: str(m, predCue)}
			q.Term = len(m[predType]) > 0 && iriOf(m[predType][0]) == classTerm
			q.Continues = len(m[predContinues]) > 0
			if v := m[predVia]; len(v) > 0 {
				q.ViaID, q.Via = idOf(v[0]), nameOf(v[0])
			}
			if c := m[predInstanceOf]; len(c) > 0 {
				q.ClaimID = idOf(c[0])
			}
			if sk, ok := speakerOf[k]; ok {
				_, q.SpeakerID, _ = splitIRI(node[sk])
				q.Speaker = str(props[sk], predName)
				q.SpeakerKind = attrib.KindPerson
				if hasClass(props[sk], classOrganization) {
					q.SpeakerKind = attrib.KindOrganization
				}
			}
			a.Quotes = append(a.Quotes, q)
		}
	}
	sort.Slice(a.Quotes, func(i, j int) bool { return a.Quotes[i].Start < a.Quotes[j].Start })
	return a
}

func intOf(m map[quad.IRI][]quad.Value, p quad.IRI) int {
	for _, v := range m[p] {
		if i, ok := v.(quad.Int); ok {
			return int(i)
		}
	}
	return 0
}

// hasQuad reports whether the store holds q.
func (s *Store) hasQuad(ctx context.Context, q quad.Quad) (bool, error) {
	qq, err := s.quadsOf(ctx, q.Subject, quad.Subject)
	if err != nil {
		return false, err
	}
	for _, x := range qq {
		if quad.StringOf(x.Predicate) == quad.StringOf(q.Predicate) && quad.StringOf(x.Object) == quad.StringOf(q.Object) && quad.StringOf(x.Label) == quad.StringOf(q.Label) {
			return true, nil
		}
	}
	return false, nil
}

func hasClass(m map[quad.IRI][]quad.Value, class quad.IRI) bool {
	for _, c := range m[predType] {
		if iriOf(c) == class {
			return true
		}
	}
	return false
}
