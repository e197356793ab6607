// Package graphtest holds what the tests of graph and of the binary share
// about stores: a fresh PostgreSQL schema per test.
package graphtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the PostgreSQL driver
)

// PostgresURL returns a store URL in a fresh schema of the machine's
// PostgreSQL (ATTRIB_TEST_POSTGRES, default the local trust-auth server),
// dropped when the test ends. ATTRIB_TEST_POSTGRES=off skips, visibly.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("ATTRIB_TEST_POSTGRES")
	if base == "off" {
		t.Skip("ATTRIB_TEST_POSTGRES=off")
	}
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "attrib_test_" + hex.EncodeToString(b)
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("PostgreSQL at %s: %v (start it, or set ATTRIB_TEST_POSTGRES)", base, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", base)
		if err == nil {
			_, _ = db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
