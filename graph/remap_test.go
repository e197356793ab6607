package graph

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attrib/attrib"
)

// TestReadersWhileTheFileGrows: readers keep answering while a writer
// grows the bolt file, both those that walk Cayley's iterators (a general
// path query, the whole-store export, a claim by the graph) and those that
// open one transaction at a time (a subgraph, the path chain). Each growth
// past bolt's mapping remaps the file, which waits for every open read
// transaction; a reader holding one while it opens another (Cayley's
// iterators do) then waits for the remap that waits for it, and with it
// every reader after. Without noRemap this hung within a hundred reads.
func TestReadersWhileTheFileGrows(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "g.db")+"?nosync=true")
	if err != nil {
		t.Fatal(err)
	}
	filler := strings.Repeat("a long sentence of made-up words to grow the file ", 40)
	mk := func(i int) *attrib.Article {
		a := article(fmt.Sprintf("g%d", i), "h", fmt.Sprintf("statement %d %s", i, filler), fmt.Sprintf("another %d %s", i, filler))
		a.Text = filler
		return a
	}
	if _, err := s.PutArticles(ctx, []*attrib.Article{mk(0)}, nil); err != nil {
		t.Fatal(err)
	}
	var stop atomic.Bool
	var reads atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	reader := func(read func() error) {
		defer wg.Done()
		for !stop.Load() {
			if err := read(); err != nil {
				errs <- err
				return
			}
			reads.Add(1)
			time.Sleep(200 * time.Microsecond) // leave the writer a core
		}
	}
	person := "person/00000000-0000-5000-8000-0000000000bb"
	wg.Add(5)
	go reader(func() error {
		info, err := s.Export(ctx, io.Discard, attrib.ExportOptions{Format: "nquads", Root: person, Depth: 2, MaxNodes: 200})
		if err == nil && info.Quads == 0 {
			err = fmt.Errorf("subgraph of %s: no quads", person)
		}
		return err
	})
	go reader(func() error {
		_, err := s.Export(ctx, io.Discard, attrib.ExportOptions{Format: "nquads", All: true, MaxNodes: 200})
		return err
	})
	go reader(func() error {
		// a step the count-kept chain does not answer: Cayley's iterators
		res, err := s.Path(ctx, attrib.PathQuery{Start: attrib.PathStart{IDs: []string{person}},
			Steps: []attrib.PathStep{{Op: "out", Predicate: "said"}, {Op: "in", Predicate: "said"}}, Limit: 50})
		if err == nil && len(res.Nodes) == 0 {
			err = fmt.Errorf("path from %s: no nodes", person)
		}
		return err
	})
	go reader(func() error {
		// the chain: one transaction at a time, no lock
		res, err := s.Path(ctx, attrib.PathQuery{Start: attrib.PathStart{IDs: []string{person}},
			Steps: []attrib.PathStep{{Op: "out", Predicate: "said"}, {Op: "out", Predicate: "reported_by"}, {Op: "unique"}}})
		if err == nil && len(res.Nodes) != 1 {
			err = fmt.Errorf("outlets of %s: %d nodes, want 1", person, len(res.Nodes))
		}
		return err
	})
	go reader(func() error {
		c, err := s.ClaimOfQuote(ctx, "g0-q0")
		if err == nil && c == "" {
			err = fmt.Errorf("quote g0-q0: no claim")
		}
		return err
	})
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		defer func() { t.Logf("writer %v", time.Since(start)) }()
		for i := 1; i <= 600; i += 5 {
			if _, err := s.PutArticles(ctx, []*attrib.Article{mk(i), mk(i + 1), mk(i + 2), mk(i + 3), mk(i + 4)}, nil); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		buf := make([]byte, 1<<22)
		panic(fmt.Sprintf("writer and readers hung (%d reads done):\n%s", reads.Load(), buf[:runtime.Stack(buf, true)]))
	}
	stop.Store(true)
	wg.Wait()
	t.Logf("%d reads while 600 articles were written", reads.Load())
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if reads.Load() == 0 {
		t.Error("no read finished while the file grew")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
