package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/schemas"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// nodeKinds are the kinds node IRIs are minted for (IDBase + kind + "/" + id).
var nodeKinds = []string{attrib.KindPerson, attrib.KindOrganization, attrib.KindOutlet, attrib.KindArticle,
	attrib.KindQuote, attrib.KindClaim, "reported"}

// resolveNode turns a node reference ("kind/uuid", a bare uuid or a full
// IRI) into the IRI of a node the store holds.
func (s *Store) resolveNode(ref string) (quad.IRI, error) {
	ref = strings.Trim(strings.TrimSpace(ref), "<>")
	if ref == "" {
		return "", attrib.Errorf(attrib.EINVALID, "empty node reference")
	}
	var cands []quad.IRI
	switch {
	case strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "https://"):
		cands = []quad.IRI{quad.IRI(ref)}
	case strings.Contains(ref, "/"):
		cands = []quad.IRI{quad.IRI(schemas.IDBase + ref)}
	default:
		for _, k := range nodeKinds {
			cands = append(cands, nodeIRI(k, ref))
		}
	}
	for _, c := range cands {
		if s.h.QuadStore.ValueOf(c) != nil {
			return c, nil
		}
	}
	return "", attrib.Errorf(attrib.ENOTFOUND, "node %q not found", clipRunes(ref, 80))
}

// predicateOf validates a predicate's short name ("said"); "" is any.
func predicateOf(short string, step int) ([]interface{}, error) {
	if short == "" {
		return nil, nil
	}
	iri, ok := PredicateIRI(short)
	if !ok {
		return nil, attrib.Errorf(attrib.EINVALID, "step %d: unknown predicate %q (see schemas/README.md)", step+1, clipRunes(short, 40))
	}
	return []interface{}{quad.IRI(iri)}, nil
}

// classOf validates a class name ("Person" or "person").
func classOf(name string) (quad.IRI, error) {
	for _, c := range []string{schemas.Person, schemas.Organization, schemas.Outlet, schemas.Article, schemas.Quote,
		schemas.Claim, schemas.ReportedClaim, schemas.QuotedTerm} {
		if strings.EqualFold(strings.TrimPrefix(c, schemas.NS), name) {
			return quad.IRI(c), nil
		}
	}
	return "", attrib.Errorf(attrib.EINVALID, "start type %q: want Person, Organization, Outlet, Article, Quote, Claim, ReportedClaim or QuotedTerm", clipRunes(name, 40))
}

// compiled is a path query turned into a Cayley path, with what is needed
// to report the edges walked.
type compiled struct {
	p     *path.Path
	edges []edgeStep // the steps that move, in order
}

type edgeStep struct {
	from, to, pred string // tags
	predicate      string // short name, "" when read from the pred tag
	reverse        bool   // "in": the edge points from to to from
	both           bool
	hops           bool // follow: possibly several edges
}

func (s *Store) compile(q attrib.PathQuery, qs cgraph.QuadStore) (*compiled, error) {
	if len(q.Steps) > attrib.MaxPathSteps {
		return nil, attrib.Errorf(attrib.EINVALID, "%d steps; at most %d", len(q.Steps), attrib.MaxPathSteps)
	}
	// Cayley builds a both step as the union of an out and an in step, each
	// holding its own copy of everything before: k both steps are 2^k
	// copies of the first, which its planner walks before reading anything.
	boths := 0
	for _, st := range q.Steps {
		if st.Op == "both" {
			boths++
		}
	}
	if boths > attrib.MaxPathBoth {
		return nil, attrib.Errorf(attrib.ETOOLARGE, "%d both steps: each doubles the query's work, so at most %d; use out or in where the direction is known", boths, attrib.MaxPathBoth)
	}
	var p *path.Path
	if len(q.Start.IDs) > 0 {
		if len(q.Start.IDs) > attrib.MaxPathNodes {
			return nil, attrib.Errorf(attrib.EINVALID, "%d start IDs; at most %d", len(q.Start.IDs), attrib.MaxPathNodes)
		}
		var vals []quad.Value
		for _, id := range q.Start.IDs {
			iri, err := s.resolveNode(id)
			if err != nil {
				return nil, err
			}
			vals = append(vals, iri)
		}
		p = path.StartPath(qs, vals...)
	} else if q.Start.Type != "" || q.Start.Name != "" {
		p = path.StartPath(qs)
	} else {
		return nil, attrib.Errorf(attrib.EINVALID, "start needs ids, type or name")
	}
	if q.Start.Type != "" {
		c, err := classOf(q.Start.Type)
		if err != nil {
			return nil, err
		}
		p = p.Has(predType, c)
	}
	if q.Start.Name != "" {
		p = p.Has(predName, quad.String(q.Start.Name))
	}
	out := &compiled{}
	cur := "n0"
	p = p.Tag(cur)
	for i, st := range q.Steps {
		via, err := predicateOf(st.Predicate, i)
		if err != nil {
			return nil, err
		}
		next := "n" + strconv.Itoa(i+1)
		predTag := "p" + strconv.Itoa(i+1)
		switch st.Op {
		case "out", "in", "both":
			e := edgeStep{from: cur, to: next, predicate: st.Predicate, reverse: st.Op == "in", both: st.Op == "both"}
			tags := []string(nil)
			if st.Predicate == "" {
				tags, e.pred = []string{predTag}, predTag
			}
			switch st.Op {
			case "out":
				p = p.OutWithTags(tags, via...)
			case "in":
				p = p.InWithTags(tags, via...)
			default:
				p = p.BothWithTags(tags, via...)
			}
			p = p.Tag(next)
			out.edges = append(out.edges, e)
			cur = next
		case "has":
			if st.Predicate == "" {
				return nil, attrib.Errorf(attrib.EINVALID, "step %d: has needs a predicate", i+1)
			}
			var v quad.Value
			switch {
			case st.Node != "":
				iri, err := s.resolveNode(st.Node)
				if err != nil {
					return nil, err
				}
				v = iri
			case st.Predicate == "type":
				c, err := classOf(st.Value)
				if err != nil {
					return nil, err
				}
				v = c
			case st.Predicate == "start" || st.Predicate == "end":
				n, err := strconv.Atoi(st.Value)
				if err != nil {
					return nil, attrib.Errorf(attrib.EINVALID, "step %d: %s takes a whole number", i+1, st.Predicate)
				}
				v = quad.Int(n)
			default:
				v = quad.String(st.Value)
			}
			p = p.Has(via[0], v)
		case "follow":
			if st.Predicate == "" {
				return nil, attrib.Errorf(attrib.EINVALID, "step %d: follow needs a predicate", i+1)
			}
			if st.Max < 1 || st.Max > attrib.MaxFollowHops {
				return nil, attrib.Errorf(attrib.EINVALID, "step %d: follow max is %d; want 1 to %d", i+1, st.Max, attrib.MaxFollowHops)
			}
			p = p.FollowRecursive(via[0], st.Max, nil).Tag(next)
			out.edges = append(out.edges, edgeStep{from: cur, to: next, predicate: st.Predicate, hops: true})
			cur = next
		case "unique":
			p = p.Unique()
		case "limit":
			if st.N < 1 || st.N > attrib.MaxPathNodes {
				return nil, attrib.Errorf(attrib.EINVALID, "step %d: limit n is %d; want 1 to %d", i+1, st.N, attrib.MaxPathNodes)
			}
			p = p.Limit(int64(st.N))
		default:
			return nil, attrib.Errorf(attrib.EINVALID, "step %d: unknown op %q (want out, in, both, has, follow, unique, limit)", i+1, clipRunes(st.Op, 20))
		}
	}
	out.p = p
	return out, nil
}

// Path runs a path query.
func (s *Store) Path(ctx context.Context, q attrib.PathQuery) (*attrib.PathResult, error) {
	if q.Limit > attrib.MaxPathNodes {
		return nil, attrib.Errorf(attrib.EINVALID, "limit %d; at most %d", q.Limit, attrib.MaxPathNodes)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = attrib.MaxPathNodes
	}
	defer s.rlock()()
	if res, ok, err := s.chainPath(ctx, q, limit); ok {
		return res, err
	}
	defer s.noRemap()()
	qs, b := s.budgeted(ctx, attrib.MaxPathWork, "the path query")
	c, err := s.compile(q, qs)
	if err != nil {
		return nil, err
	}
	res := &attrib.PathResult{Nodes: []attrib.PathNode{}, Limit: limit}
	seenNode := map[string]bool{}
	seenEdge := map[attrib.PathEdge]bool{}
	var nodes []quad.Value
	rows := 0
	// one row per way of reaching a node; the edges of every row are kept
	handle := func(m map[string]quad.Value) {
		rows++
		last := "n0"
		if len(c.edges) > 0 {
			last = c.edges[len(c.edges)-1].to
		}
		v := m[last]
		if v == nil {
			return
		}
		key := quad.StringOf(v)
		if !seenNode[key] {
			if len(nodes) >= limit {
				res.Partial = true
				return
			}
			seenNode[key] = true
			nodes = append(nodes, v)
		}
		if !q.Edges {
			return
		}
		for _, e := range c.edges {
			from, to := m[e.from], m[e.to]
			if from == nil || to == nil {
				continue
			}
			pred := e.predicate
			if e.pred != "" {
				pred = shortPredicate(m[e.pred])
			}
			if e.reverse {
				from, to = to, from
			}
			edge := attrib.PathEdge{From: nodeID(from), Predicate: pred, To: nodeID(to)}
			if e.hops && from != to {
				edge.Hops = 2 // at least: the recursion does not say how deep
			}
			if !seenEdge[edge] && len(res.Edges) < 10*limit {
				seenEdge[edge] = true
				res.Edges = append(res.Edges, edge)
			}
		}
	}
	// rows of refs first, then their values in one batch (one query on SQL)
	var rowRefs []map[string]cgraph.Ref
	err = c.p.Iterate(ctx).On(qs).Limit(limit*10 + 1).TagEach(func(m map[string]cgraph.Ref) {
		cp := make(map[string]cgraph.Ref, len(m))
		for k, v := range m {
			cp[k] = v
		}
		rowRefs = append(rowRefs, cp)
	})
	if err == nil {
		err = b.Err()
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("path query: %w", err)
	}
	// only the tags the answer shows, each distinct value once
	last := "n0"
	if len(c.edges) > 0 {
		last = c.edges[len(c.edges)-1].to
	}
	at := map[cgraph.Ref]int{}
	var flat []cgraph.Ref
	for _, m := range rowRefs {
		for k, r := range m {
			if !q.Edges && k != last {
				continue
			}
			if _, ok := at[r]; !ok {
				at[r] = len(flat)
				flat = append(flat, r)
			}
		}
	}
	vals, err := s.resolve(ctx, flat)
	if err != nil {
		return nil, fmt.Errorf("path query: %w", err)
	}
	for _, m := range rowRefs {
		vm := make(map[string]quad.Value, len(m))
		for k, r := range m {
			if i, ok := at[r]; ok && (q.Edges || k == last) {
				vm[k] = vals[i]
			}
		}
		handle(vm)
	}
	if rows > limit*10 {
		res.Partial = true
	}
	for _, v := range nodes {
		n, err := s.pathNode(ctx, v)
		if err != nil {
			return nil, err
		}
		res.Nodes = append(res.Nodes, n)
	}
	sort.Slice(res.Nodes, func(i, j int) bool { return res.Nodes[i].ID < res.Nodes[j].ID })
	sort.Slice(res.Edges, func(i, j int) bool {
		a, b := res.Edges[i], res.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.To < b.To
	})
	return res, nil
}

// nodeID names a value in results: "kind/uuid" for our nodes, else the
// IRI or the literal's text.
func nodeID(v quad.Value) string {
	if kind, id, ok := splitIRI(v); ok {
		return kind + "/" + id
	}
	return valueString(v)
}

func shortPredicate(v quad.Value) string {
	iri := string(iriOf(v))
	if iri == schemas.Type {
		return "type"
	}
	return strings.TrimPrefix(iri, schemas.NS)
}

// pathNode describes a value reached: its kind and a readable label.
func (s *Store) pathNode(ctx context.Context, v quad.Value) (attrib.PathNode, error) {
	kind, _, ok := splitIRI(v)
	if !ok {
		if _, isIRI := v.(quad.IRI); isIRI {
			return attrib.PathNode{ID: valueString(v), Kind: "iri", Label: shortPredicate(v)}, nil
		}
		return attrib.PathNode{ID: valueString(v), Kind: "value", Label: valueString(v)}, nil
	}
	_, id, _ := splitIRI(v)
	switch kind { // hubs: their names from the side index, not from every article's quads
	case attrib.KindPerson, attrib.KindOutlet, attrib.KindClaim:
		h, err := s.readHead(ctx, kind, id)
		if err != nil {
			return attrib.PathNode{}, err
		}
		label := ""
		if h != nil {
			label = topKey(h.Names)
			if kind == attrib.KindClaim {
				label = clipRunes(claimText(h), 120)
			}
		}
		return attrib.PathNode{ID: nodeID(v), Kind: kind, Label: label}, nil
	}
	m, err := s.props(ctx, v)
	if err != nil {
		return attrib.PathNode{}, err
	}
	return attrib.PathNode{ID: nodeID(v), Kind: kind, Label: labelOf(m)}, nil
}

// labelOf is a node's readable label: its name, headline or words.
func labelOf(m map[quad.IRI][]quad.Value) string {
	for _, p := range []quad.IRI{predName, predHeadline, predText, predSource} {
		if v := str(m, p); v != "" {
			return clipRunes(v, 120)
		}
	}
	return ""
}
