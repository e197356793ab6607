package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
)

// Digest is an order-independent fingerprint of a store: two stores with
// the same quads (and the same side index) have the same digest, however
// and in whatever order they were written.
type Digest struct {
	Quads     int64
	QuadSum   string // hex of the sum of the quads' SHA-256
	IndexKeys int64
	IndexSum  string // the same over the side index's entries
}

func (d Digest) String() string {
	return fmt.Sprintf("quads %d %s\nindex %d %s", d.Quads, d.QuadSum, d.IndexKeys, d.IndexSum)
}

// sum256 adds SHA-256 digests as 256-bit numbers (mod 2^256): commutative.
type sum256 [4]uint64

func (s *sum256) add(b []byte) {
	h := sha256.Sum256(b)
	var carry uint64
	for i := 3; i >= 0; i-- {
		s[i], carry = bits.Add64(s[i], binary.BigEndian.Uint64(h[i*8:]), carry)
	}
}

func (s sum256) String() string {
	return fmt.Sprintf("%016x%016x%016x%016x", s[0], s[1], s[2], s[3])
}

// Digest reads every quad and every side index entry once, in constant memory.
func (s *Store) Digest(ctx context.Context) (Digest, error) {
	defer s.rlock()()
	defer s.noRemap()()
	var d Digest
	var qsum, isum sum256
	qs := s.h.QuadStore
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		qsum.add([]byte(q.NQuad()))
		d.Quads++
	}
	if err := it.Err(); err != nil {
		return d, err
	}
	if err := ctx.Err(); err != nil {
		return d, err
	}
	err := s.side.scan(ctx, "", "", 0, func(k string, v []byte) error {
		if strings.HasPrefix(k, "sd|") { // search marks: work in flight, not content
			return nil
		}
		isum.add([]byte(k + "\x00" + string(v)))
		d.IndexKeys++
		return nil
	})
	d.QuadSum, d.IndexSum = qsum.String(), isum.String()
	return d, err
}
