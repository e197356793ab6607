package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/lib/pq"
)

// pgFlavor is Cayley's PostgreSQL backend with one change: a transaction's
// node and quad inserts go as multi-row statements, not as one statement
// (one round trip to the server) per node and per quad, which held loads
// into PostgreSQL to about 20 articles a second. The tables, hashes and
// reference counts are Cayley's own (TestPGBulkMatchesCayley compares
// them); reads are untouched.
const pgFlavor = "attrib-postgres"

// pgRowsPerStatement bounds a statement's rows: PostgreSQL takes at most
// 65,535 parameters, and a row of ours has at most seven (a search row).
const pgRowsPerStatement = 2000

func init() {
	csql.Register(pgFlavor, csql.Registration{
		Driver:             "postgres",
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: runTxBulk,
	})
}

// runTxBulk does what Cayley's postgres.RunTx does, in batches: nodes
// inserted or their reference counts raised, then the quads added.
func runTxBulk(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	// nodes by the columns their value fills
	type nodeRows struct {
		cols []string
		rows [][]interface{}
	}
	byType := map[csql.ValueType]*nodeRows{}
	var order []csql.ValueType
	for _, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("postgres bulk write: node %x loses references in an add", n.Hash[:4])
		}
		key, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		g := byType[key]
		if g == nil {
			g = &nodeRows{cols: key.Columns()}
			byType[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, append([]interface{}{n.RefInc}, values...))
	}
	for _, key := range order {
		g := byType[key]
		head := `INSERT INTO nodes(refs, hash, ` + strings.Join(g.cols, ", ") + `) VALUES `
		row := "(?" + strings.Repeat(", ?", len(g.cols)+1) + ")" // refs, hash, the columns
		tail := ` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
		if err := execRows(context.Background(), tx, head, row, tail, g.rows); err != nil {
			return postgresInsertError(err)
		}
	}
	tail := ""
	if opts.IgnoreDup {
		tail = ` ON CONFLICT DO NOTHING`
	}
	rows := make([][]interface{}, 0, len(quads))
	for _, d := range quads {
		if d.Del {
			return fmt.Errorf("postgres bulk write: a delete among the adds")
		}
		row := make([]interface{}, 0, 4)
		for _, h := range d.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	err := execRows(context.Background(), tx, `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES `, "(?, ?, ?, ?, now())", tail, rows)
	return postgresInsertError(err)
}

// execRows runs "head row, row, ... tail" over rows, pgRowsPerStatement
// rows a statement, where row is SQL with a ? for each of a row's values
// ("(?, to_tsvector('simple', ?), now())"), numbered $1, $2, ... in turn.
func execRows(ctx context.Context, tx *sql.Tx, head, row, tail string, rows [][]interface{}) error {
	parts := strings.Split(row, "?")
	for len(rows) > 0 {
		n := min(len(rows), pgRowsPerStatement)
		var b strings.Builder
		b.WriteString(head)
		args := make([]interface{}, 0, n*(len(parts)-1))
		for i, r := range rows[:n] {
			if len(r) != len(parts)-1 {
				return fmt.Errorf("execRows: %d values for %q", len(r), row)
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(parts[0])
			for j, v := range r {
				args = append(args, v)
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(len(args)))
				b.WriteString(parts[j+1])
			}
		}
		b.WriteString(tail)
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// postgresInsertError is Cayley's reading of a failed insert: a unique
// violation is a quad that exists.
func postgresInsertError(err error) error {
	var pe *pq.Error
	if errors.As(err, &pe) && pe.Code == "23505" {
		return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
	}
	return err
}
