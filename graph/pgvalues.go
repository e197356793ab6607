package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// Cayley's SQL backend reads each value with its own query (upstream
// #447): 4 per quad. Where attrib still reads Cayley on PostgreSQL (a
// node's quads, path query results) it collects the refs first and
// resolves them here, all distinct hashes in one query.

// resolve returns the values of refs, in order: on SQL backends in one
// query, elsewhere by the store's own lookup.
func (s *Store) resolve(ctx context.Context, refs []cgraph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(refs))
	ps, ok := s.side.(*pgSide)
	if !ok {
		for i, r := range refs {
			out[i] = s.h.QuadStore.NameOf(r)
		}
		return out, nil
	}
	want := map[cgraph.ValueHash]bool{}
	var keys [][]byte
	for _, r := range refs {
		h, ok := hashOf(r)
		if ok && !want[h] {
			want[h] = true
			keys = append(keys, append([]byte(nil), h[:]...))
		}
	}
	vals, err := pgNodeValues(ctx, ps.db, keys)
	if err != nil {
		return nil, err
	}
	for i, r := range refs {
		if h, ok := hashOf(r); ok {
			out[i] = vals[h]
		} else {
			out[i] = s.h.QuadStore.NameOf(r)
		}
	}
	return out, nil
}

func hashOf(r cgraph.Ref) (cgraph.ValueHash, bool) {
	switch h := r.(type) {
	case csql.NodeHash:
		return h.ValueHash, h.Valid()
	case cgraph.ValueHash:
		return h, h.Valid()
	}
	return cgraph.ValueHash{}, false
}

// quadsResolved turns SQL quad refs into quads with one value query.
func (s *Store) quadsResolved(ctx context.Context, refs []cgraph.Ref) ([]quad.Quad, error) {
	var nodes []cgraph.Ref
	for _, r := range refs {
		qh, ok := r.(csql.QuadHashes)
		if !ok {
			return nil, fmt.Errorf("unexpected quad ref %T", r)
		}
		for _, d := range quad.Directions {
			nodes = append(nodes, qh.Get(d))
		}
	}
	vals, err := s.resolve(ctx, nodes)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(refs))
	for i := range refs {
		v := vals[4*i : 4*i+4]
		out[i] = quad.Quad{Subject: v[0], Predicate: v[1], Object: v[2], Label: v[3]}
	}
	return out, nil
}

// pgNodeValues reads the values of Cayley's nodes table for hashes, as
// Cayley's NameOf decodes one.
func pgNodeValues(ctx context.Context, db *sql.DB, hashes [][]byte) (map[cgraph.ValueHash]quad.Value, error) {
	out := make(map[cgraph.ValueHash]quad.Value, len(hashes))
	if len(hashes) == 0 {
		return out, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
		value_int, value_bool, value_float, value_time FROM nodes WHERE hash = ANY($1)`, pq.ByteaArray(hashes))
	if err != nil {
		return nil, fmt.Errorf("read values: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			hash, data []byte
			str        sql.NullString
			typ, lang  sql.NullString
			iri, bnode sql.NullBool
			vint       sql.NullInt64
			vbool      sql.NullBool
			vfloat     sql.NullFloat64
			vtime      sql.NullTime
		)
		if err := rows.Scan(&hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime); err != nil {
			return nil, fmt.Errorf("read values: %w", err)
		}
		var val quad.Value
		switch {
		case str.Valid && iri.Bool:
			val = quad.IRI(str.String)
		case str.Valid && bnode.Bool:
			val = quad.BNode(str.String)
		case str.Valid && lang.Valid:
			val = quad.LangString{Value: quad.String(unescapeNull(str.String)), Lang: lang.String}
		case str.Valid && typ.Valid:
			val = quad.TypedString{Value: quad.String(unescapeNull(str.String)), Type: quad.IRI(typ.String)}
		case str.Valid:
			val = quad.String(unescapeNull(str.String))
		case vint.Valid:
			val = quad.Int(vint.Int64)
		case vbool.Valid:
			val = quad.Bool(vbool.Bool)
		case vfloat.Valid:
			val = quad.Float(vfloat.Float64)
		case vtime.Valid:
			val = quad.Time(vtime.Time.In(time.UTC))
		default:
			if val, err = pquads.UnmarshalValue(data); err != nil {
				return nil, fmt.Errorf("read value: %w", err)
			}
		}
		var h cgraph.ValueHash
		copy(h[:], hash)
		out[h] = val
	}
	return out, rows.Err()
}

func unescapeNull(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
