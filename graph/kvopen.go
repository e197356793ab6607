package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/attrib/attrib"
	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley"
	cgraph "github.com/cayleygraph/cayley/graph"
	kvgraph "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// hookKV lets our own index entries ride in Cayley's write transaction:
// while a write runs (under Store.mu), hook is set, and the one read-write
// transaction Cayley's kv layer opens for ApplyDeltas runs it just before
// it commits. Quads and index entries are then one bolt commit: a crash
// keeps both or neither.
//
// remap keeps a commit from remapping the file under a reader that holds
// two read transactions at once. A commit that grows the file past bolt's
// mapping remaps it, and waits for every open read transaction to end,
// while bolt makes every new read transaction wait for the remap. Cayley's
// iterators keep a transaction open from their first result to their
// Close and open others meanwhile (each iterator its own, NameOf and Quad
// one per call): such a reader waits for the remap that waits for it, and
// every reader after it waits too. So readers that walk Cayley's
// iterators hold remap for reading (Store.noRemap), and every commit holds
// it for writing: a commit waits for the walks in flight, and they wait at
// most one commit. Readers that open one transaction at a time (the side
// index, a node's quads, a subgraph, the path chain) take no lock.
type hookKV struct {
	hkv.KV
	mu    sync.Mutex
	hook  func(hkv.Tx) error
	remap sync.RWMutex
}

func (h *hookKV) setHook(fn func(hkv.Tx) error) {
	h.mu.Lock()
	h.hook = fn
	h.mu.Unlock()
}

func (h *hookKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := h.KV.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	h.mu.Lock()
	fn := h.hook
	h.mu.Unlock()
	return &hookTx{Tx: tx, hook: fn, remap: &h.remap}, nil
}

type hookTx struct {
	hkv.Tx
	hook  func(hkv.Tx) error
	remap *sync.RWMutex
}

func (t *hookTx) Commit(ctx context.Context) error {
	if t.hook != nil {
		if err := t.hook(t.Tx); err != nil {
			return err
		}
	}
	t.remap.Lock()
	defer t.remap.Unlock()
	return t.Tx.Commit(ctx)
}

// labelIndexes are Cayley's default kv indexes plus one on the label: an
// article's quads are then an index lookup (replacing or removing an
// article), not a scan of the whole store, which is what the kv layer
// falls back to for a direction no index starts with.
var labelIndexes = append(append([]kvgraph.QuadIndex{}, kvgraph.DefaultQuadIndexes...),
	kvgraph.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// LockWait is how long opening a bolt store waits for another process
// (a running server, say) to release the file.
var LockWait = 3 * time.Second

// holderFile, beside the bolt file, names the process that holds it.
const holderFile = "holder"

// openBolt opens (creating if needed) Cayley's kv quad store on the bolt
// file PATH/indexes.bolt, with the hook and the label index.
func openBolt(ctx context.Context, dir string, nosync bool) (*cayley.Handle, *hookKV, *bolt.DB, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, nil, err
	}
	file := filepath.Join(dir, "indexes.bolt")
	db, err := hbolt.Open(file, &bolt.Options{Timeout: LockWait})
	if errors.Is(err, bolt.ErrTimeout) {
		holder := "another process (an attrib serve?)"
		if b, err := os.ReadFile(filepath.Join(dir, holderFile)); err == nil && len(b) > 0 {
			holder = "process " + strings.TrimSpace(string(b))
		}
		return nil, nil, nil, attrib.Errorf(attrib.ECONFLICT, "%s is held by %s and was not released within %s; stop it, or send articles to a running server with attrib load --server URL", file, holder, LockWait)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	// who holds the file, for the message another process gets
	_ = os.WriteFile(filepath.Join(dir, holderFile), []byte(fmt.Sprintf("%d (%.200s)", os.Getpid(), strings.Join(os.Args, " "))), 0o644)
	bdb := db.DB()
	bdb.NoSync, bdb.NoGrowSync = nosync, nosync
	hk := &hookKV{KV: db}
	opts := cgraph.Options{kvgraph.OptNoBloom: true}
	fresh := false
	switch err := kvgraph.Init(hk, opts); {
	case err == nil:
		fresh = true
	case errors.Is(err, cgraph.ErrDatabaseExists):
	default:
		db.Close()
		return nil, nil, nil, fmt.Errorf("initialise: %w", err)
	}
	if fresh {
		data, err := json.Marshal(labelIndexes)
		if err == nil {
			err = hkv.Update(ctx, hk, func(tx hkv.Tx) error {
				for _, ind := range labelIndexes {
					if err := tx.Put(hkv.Key{indexBucket(ind), nil}, nil); err != nil {
						return err
					}
				}
				return tx.Put(hkv.Key{[]byte("meta"), []byte("indexes")}, data)
			})
		}
		if err != nil {
			db.Close()
			return nil, nil, nil, fmt.Errorf("initialise indexes: %w", err)
		}
	}
	qs, err := kvgraph.New(hk, opts)
	if err != nil {
		db.Close()
		return nil, nil, nil, err
	}
	qw, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		qs.Close()
		return nil, nil, nil, err
	}
	return &cayley.Handle{QuadStore: qs, QuadWriter: qw}, hk, bdb, nil
}

// indexBucket is the kv bucket name Cayley gives an index (its direction prefixes).
func indexBucket(ind kvgraph.QuadIndex) []byte {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return b
}
