// This file is hidalgo's bolt adapter (github.com/hidal-go/hidalgo
// kv/bolt, Apache License 2.0, copyright The Cayley Authors) with
// go.etcd.io/bbolt in place of github.com/boltdb/bolt: bbolt is the
// maintained fork, reads the same files, and can skip writing its
// freelist on every commit (NoFreelistSync), a cost that grows with the
// file in boltdb. hidalgo's own bbolt adapter imports the fork's old path
// (github.com/coreos/bbolt), which no longer builds beside the new one.

package graph

import (
	"bytes"
	"context"

	bolt "go.etcd.io/bbolt"

	hkv "github.com/hidal-go/hidalgo/kv"
)

type bboltKV struct {
	db *bolt.DB
}

func (db *bboltKV) DB() *bolt.DB {
	return db.db
}

func (db *bboltKV) Close() error {
	return db.db.Close()
}

func (db *bboltKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := db.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &bboltTx{tx: tx}, nil
}

type bboltTx struct {
	tx *bolt.Tx
}

func (tx *bboltTx) root() *bolt.Bucket {
	// a hack to get the root bucket
	c := tx.tx.Cursor()
	return c.Bucket()
}

func (tx *bboltTx) bucket(key hkv.Key) (*bolt.Bucket, hkv.Key) {
	if len(key) <= 1 {
		return tx.root(), key
	}
	b := tx.tx.Bucket(key[0])
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

func (tx *bboltTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (tx *bboltTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		if b, k := tx.bucket(k); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

func (tx *bboltTx) Commit(ctx context.Context) error {
	return tx.tx.Commit()
}

func (tx *bboltTx) Close() error {
	return tx.tx.Rollback()
}

func (tx *bboltTx) Put(k hkv.Key, v hkv.Value) error {
	var (
		b   *bolt.Bucket
		err error
	)
	if len(k) <= 1 {
		b = tx.root()
	} else {
		b, err = tx.tx.CreateBucketIfNotExists(k[0])
		k = k[1:]
	}
	for err == nil && b != nil && len(k) > 1 {
		b, err = b.CreateBucketIfNotExists(k[0])
		k = k[1:]
	}
	if err != nil {
		return err
	} else if len(k[0]) == 0 && len(v) == 0 {
		return nil // bucket creation, no need to put value
	}
	return b.Put(k[0], v)
}

func (tx *bboltTx) Del(k hkv.Key) error {
	b, k := tx.bucket(k)
	if b == nil || len(k) != 1 {
		return nil
	}
	return b.Delete(k[0])
}

func (tx *bboltTx) Scan(pref hkv.Key) hkv.Iterator {
	kpref := pref
	b, p := tx.bucket(pref)
	if b == nil || len(p) > 1 {
		// if the prefix key is still longer than 1, it means that
		// a bucket mentioned in the prefix does not exists and
		// we can safely return an empty iterator
		return &bboltIter{}
	}
	// the key for bucket we iterate
	kpref = kpref[:len(kpref)-len(p)]
	return &bboltIter{
		b:    []*bolt.Bucket{b},
		pref: p,
		root: kpref.Clone(), // we will append to it
	}
}

type bboltIter struct {
	root hkv.Key // used to reconstruct a full key
	pref hkv.Key // prefix to check all keys against
	b    []*bolt.Bucket
	c    []*bolt.Cursor
	k, v []byte
}

func (it *bboltIter) Next(ctx context.Context) bool {
	for len(it.b) > 0 {
		i := len(it.b) - 1
		cb := it.b[i]
		if len(it.c) < len(it.b) {
			c := cb.Cursor()
			it.c = append(it.c, c)
			if i >= len(it.pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(it.pref[i])
			}
		} else {
			c := it.c[i]
			it.k, it.v = c.Next()
		}
		if it.k != nil {
			// found a key, check prefix
			if i >= len(it.pref) || bytes.HasPrefix(it.k, it.pref[i]) {
				// prefix matches, or is not specified
				if it.v == nil {
					// it's a bucket
					cb := it.b[len(it.b)-1]
					if b := cb.Bucket(it.k); b != nil {
						it.b = append(it.b, b)
						it.root = append(it.root, it.k)
						continue
					}
					// or maybe it's a key after all
				}
				// return this value
				return true
			}
		}
		// iterator is ended, or we reached the end of the prefix
		// return to top-level bucket
		it.c = it.c[:len(it.c)-1]
		it.b = it.b[:len(it.b)-1]
		if len(it.root) > 0 { // since we hide top-level bucket it can be smaller
			it.root = it.root[:len(it.root)-1]
		}
	}
	return false
}

func (it *bboltIter) Key() hkv.Key {
	if len(it.b) == 0 {
		return nil
	}
	k := it.root.Clone()
	k = append(k, append([]byte{}, it.k...))
	return k
}

func (it *bboltIter) Val() hkv.Value {
	return it.v
}

func (it *bboltIter) Err() error {
	return nil
}

func (it *bboltIter) Close() error {
	*it = bboltIter{}
	return nil
}
