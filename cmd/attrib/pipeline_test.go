package main

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/graph"
	"github.com/attrib/attrib/loader"
)

// TestBatchesDoNotChangeTheStore: a load in batches of one article, where
// matching runs ahead of the writes, ends with the store a one-batch load
// makes (quads and index).
func TestBatchesDoNotChangeTheStore(t *testing.T) {
	ctx := context.Background()
	var digests []graph.Digest
	for _, batch := range []int{1, 250} {
		st, err := graph.Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "a.db"))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := ingest(ctx, st, loader.NewStoredMatcher(st), []string{"../../testdata/seeds", "../../testdata/seeds"}, ingestOptions{Batch: batch})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Articles != 5 || sum.Skipped != 5 {
			t.Fatalf("batch %d: %s", batch, sum)
		}
		d, err := st.Digest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, d)
		st.Close()
	}
	if digests[0] != digests[1] {
		t.Fatalf("batch 1: %s\nbatch 250: %s", digests[0], digests[1])
	}
}

// failingStore fails its second write.
type failingStore struct {
	attrib.Store
	puts int
}

func (f *failingStore) PutArticles(ctx context.Context, arts []*attrib.Article, d *attrib.MatchDelta) (attrib.LoadStats, error) {
	f.puts++
	if f.puts == 2 {
		return attrib.LoadStats{}, errors.New("disk full")
	}
	return f.Store.PutArticles(ctx, arts, d)
}

// TestWriteErrorStopsTheLoad: a failed write ends the load with its error
// and no batch is written after it.
func TestWriteErrorStopsTheLoad(t *testing.T) {
	ctx := context.Background()
	st := testStore(t, "memory://")
	fs := &failingStore{Store: st}
	sum, err := ingest(ctx, fs, loader.NewStoredMatcher(st), []string{"../../testdata/seeds"}, ingestOptions{Batch: 1})
	if err == nil || err.Error() != "disk full" {
		t.Fatalf("err %v", err)
	}
	if fs.puts != 2 || sum.Articles != 1 {
		t.Fatalf("%d writes after the failure, %s", fs.puts, sum)
	}
}
