package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/attrib/attrib/graph/graphtest"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestPGBulkMatchesCayley: the batched writer leaves the same nodes (with
// their reference counts) and quads as Cayley's own PostgreSQL writer,
// over values of every kind, more rows than one statement takes, nodes
// shared across transactions, and duplicate quads with and without
// IgnoreDup.
func TestPGBulkMatchesCayley(t *testing.T) {
	ours, theirs := graphtest.PostgresURL(t), graphtest.PostgresURL(t)
	open := func(flavor, addr string) cgraph.QuadStore {
		if err := cgraph.InitQuadStore(flavor, addr, nil); err != nil {
			t.Fatal(err)
		}
		qs, err := cgraph.NewQuadStore(flavor, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { qs.Close() })
		return qs
	}
	a, b := open(pgFlavor, ours), open("postgres", theirs)
	when := time.Date(2031, 4, 5, 6, 7, 8, 0, time.UTC)
	objects := []quad.Value{
		quad.IRI("thing/1"), quad.BNode("b1"), quad.String("plain words"), quad.String("with a \x00 null"),
		quad.TypedString{Value: "2031-04-05", Type: "xsd:date"}, quad.LangString{Value: "bonjour", Lang: "fr"},
		quad.Int(42), quad.Bool(true), quad.Float(2.5), quad.Time(when),
	}
	var first []cgraph.Delta
	for i := 0; i < 2600; i++ { // more rows than one statement holds
		q := quad.Quad{Subject: quad.IRI(fmt.Sprintf("s/%d", i%900)), Predicate: quad.IRI(fmt.Sprintf("p/%d", i%3)),
			Object: objects[i%len(objects)]}
		if i%2 == 0 {
			q.Object = quad.String(fmt.Sprintf("text %d", i))
		}
		if i%5 != 0 || i >= 900 { // unlabelled quads only among the first 900: no quad twice
			q.Label = quad.IRI(fmt.Sprintf("article/%d", i%7))
		}
		first = append(first, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	second := []cgraph.Delta{ // nodes the first transaction wrote gain references
		{Quad: quad.Make(quad.IRI("s/1"), quad.IRI("p/9"), quad.IRI("thing/1"), quad.IRI("article/1")), Action: cgraph.Add},
		{Quad: quad.Make(quad.IRI("s/new"), quad.IRI("p/0"), quad.Int(42), nil), Action: cgraph.Add},
	}
	for _, qs := range []cgraph.QuadStore{a, b} {
		for _, ds := range [][]cgraph.Delta{first, second} {
			if err := qs.ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	compareTables(t, ours, theirs)

	// a quad that exists: refused alike, and nothing changes
	dup := []cgraph.Delta{second[0], {Quad: quad.Make(quad.IRI("s/other"), quad.IRI("p/0"), quad.IRI("thing/1"), nil), Action: cgraph.Add}}
	for name, qs := range map[string]cgraph.QuadStore{"ours": a, "cayley's": b} {
		err := qs.ApplyDeltas(dup, cgraph.IgnoreOpts{})
		var de *cgraph.DeltaError
		if !errors.As(err, &de) || !errors.Is(de.Err, cgraph.ErrQuadExists) {
			t.Fatalf("%s writer on a duplicate quad: %v, want ErrQuadExists", name, err)
		}
	}
	compareTables(t, ours, theirs)
	// ignored when asked, alike
	for _, qs := range []cgraph.QuadStore{a, b} {
		if err := qs.ApplyDeltas(dup, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
			t.Fatal(err)
		}
	}
	compareTables(t, ours, theirs)
}

func compareTables(t *testing.T, ours, theirs string) {
	t.Helper()
	dump := func(addr, query string) [][]string {
		u, _ := url.Parse(addr)
		db, err := sql.Open("postgres", u.String())
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.Query(query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		var out [][]string
		for rows.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]interface{}, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			row := make([]string, len(cols))
			for i, v := range vals {
				row[i] = fmt.Sprintf("%v:%s", v.Valid, v.String)
			}
			out = append(out, row)
		}
		return out
	}
	for _, q := range []string{
		`SELECT encode(hash, 'hex'), refs, encode(value, 'hex'), value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time FROM nodes ORDER BY hash`,
		`SELECT encode(subject_hash, 'hex'), encode(predicate_hash, 'hex'), encode(object_hash, 'hex'), encode(label_hash, 'hex') FROM quads ORDER BY 1, 2, 3, 4`,
	} {
		a, b := dump(ours, q), dump(theirs, q)
		if len(a) < 10 {
			t.Fatalf("%d rows from %s", len(a), q)
		}
		if !reflect.DeepEqual(a, b) {
			n := 0
			for i := range a {
				if i < len(b) && !reflect.DeepEqual(a[i], b[i]) && n < 3 {
					t.Errorf("row %d: ours %v, Cayley's %v", i, a[i], b[i])
					n++
				}
			}
			t.Fatalf("%s: %d rows against %d, differing", q, len(a), len(b))
		}
	}
}
