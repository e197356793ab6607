package graph

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attrib/attrib"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	bleveregexp "github.com/blevesearch/bleve/v2/analysis/tokenizer/regexp"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/lib/pq"
)

// searchDoc is a claim, or reported speech, as the text index holds it.
type searchDoc struct {
	ID       string   `json:"-"`
	Kind     string   `json:"kind,omitempty"` // docReported, or "" for a claim
	Text     string   `json:"text"`           // its wordings, one per line
	Speakers []string `json:"speakers"`       // person IDs
	Outlets  []string `json:"outlets"`        // outlet IDs
	First    string   `json:"first"`          // YYYYMMDD of its earliest dated report
	Last     string   `json:"last"`
}

// docReported marks reported speech in the text index; its IDs are
// reportedDoc(id), claims' are their own.
const docReported = "reported"

func reportedDoc(id string) string { return "r/" + id }

// searcher is a text index over claims and reported speech. search returns
// candidate IDs of one kind (docReported, or "" for claims) holding at
// least need of the words, best first, at most size.
type searcher interface {
	index(ctx context.Context, docs []searchDoc, deletes []string) error
	compact(ctx context.Context) error
	search(ctx context.Context, words []string, need int, q attrib.SearchQuery, size int, kind string) (ids []string, total int, err error)
	close() error
}

// bleveSearch is the text index of the embedded store: Bleve v2 in a folder
// beside the bolt file (in memory for memory://).
type bleveSearch struct{ idx bleve.Index }

func searchMapping() (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	// words as the rest of attrib splits them: runs of letters and digits, lower-cased
	if err := im.AddCustomTokenizer("words", map[string]any{"type": bleveregexp.Name, "regexp": `[\p{L}\p{N}]+`}); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer("words", map[string]any{"type": custom.Name, "tokenizer": "words", "token_filters": []string{lowercase.Name}}); err != nil {
		return nil, err
	}
	// only what term, conjunction and range queries read: no stored
	// text, term vectors (positions), doc values or composite _all field,
	// which nothing asks for and which made the index about twice its size
	lean := func(f *mapping.FieldMapping) *mapping.FieldMapping {
		f.Store, f.IncludeTermVectors, f.DocValues, f.IncludeInAll = false, false, false, false
		return f
	}
	doc := bleve.NewDocumentMapping()
	text := lean(bleve.NewTextFieldMapping())
	text.Analyzer = "words"
	doc.AddFieldMappingsAt("text", text)
	for _, f := range []string{"kind", "speakers", "outlets", "first", "last"} {
		kf := lean(bleve.NewKeywordFieldMapping())
		kf.Analyzer = keyword.Name
		doc.AddFieldMappingsAt(f, kf)
	}
	im.DefaultMapping = doc
	return im, nil
}

func openBleve(path string) (*bleveSearch, error) {
	im, err := searchMapping()
	if err != nil {
		return nil, err
	}
	if path == "" {
		idx, err := bleve.NewMemOnly(im)
		return &bleveSearch{idx}, err
	}
	if _, err := os.Stat(path); err == nil {
		idx, err := bleve.Open(path)
		return &bleveSearch{idx}, err
	}
	idx, err := bleve.New(path, im)
	return &bleveSearch{idx}, err
}

func (b *bleveSearch) index(ctx context.Context, docs []searchDoc, deletes []string) error {
	batch := b.idx.NewBatch()
	for _, d := range docs {
		if err := batch.Index(d.ID, d); err != nil {
			return err
		}
	}
	for _, id := range deletes {
		batch.Delete(id)
	}
	return b.idx.Batch(batch)
}

func (b *bleveSearch) search(ctx context.Context, words []string, need int, q attrib.SearchQuery, size int, kind string) ([]string, int, error) {
	var terms []query.Query
	for _, w := range words {
		t := bleve.NewTermQuery(w)
		t.SetField("text")
		terms = append(terms, t)
	}
	// at least need of the words: an OR of the ANDs of every need-word
	// subset where there are few, since a conjunction skips through its
	// rarest word's postings while a disjunction with a minimum walks
	// every posting of every word, common ones included
	var text query.Query
	if subs := needSubsets(len(terms), need); subs != nil {
		ors := make([]query.Query, len(subs))
		for i, sub := range subs {
			and := make([]query.Query, len(sub))
			for j, k := range sub {
				and[j] = terms[k]
			}
			ors[i] = bleve.NewConjunctionQuery(and...)
		}
		text = bleve.NewDisjunctionQuery(ors...)
	} else {
		dq := bleve.NewDisjunctionQuery(terms...)
		dq.SetMin(float64(need))
		text = dq
	}
	must := []query.Query{text}
	keyword := func(field, v string) {
		if v != "" {
			t := bleve.NewTermQuery(v)
			t.SetField(field)
			must = append(must, t)
		}
	}
	keyword("speakers", q.Speaker)
	keyword("outlets", q.Outlet)
	incl := true
	if q.From != "" { // a report on or after From: its latest report is
		from := date8(q.From)
		r := bleve.NewTermRangeInclusiveQuery(from, "99999998", &incl, &incl)
		r.SetField("last")
		must = append(must, r)
	}
	if q.To != "" {
		to := date8(q.To)
		r := bleve.NewTermRangeInclusiveQuery("00000000", to, &incl, &incl)
		r.SetField("first")
		must = append(must, r)
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must...)
	kq := bleve.NewTermQuery(docReported)
	kq.SetField("kind")
	if kind == docReported {
		bq.AddMust(kq)
	} else {
		bq.AddMustNot(kq)
	}
	// Claims unscored first: Bleve then intersects and unites the words'
	// posting bitmaps instead of walking each conjunction's postings, and
	// stops once it has more than size. When that finds size or fewer,
	// they are every candidate, which SearchClaims orders by its own
	// ranking: the answer is the one the scored query gives. Only past
	// size does the window come from Bleve's scores. Reported speech is
	// listed in Bleve's order: always scored.
	var res *bleve.SearchResult
	if kind != docReported && unscoredFirst {
		req := bleve.NewSearchRequestOptions(bq, size+1, 0, false)
		req.Score = bleve.ScoreNone
		r, err := b.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		if len(r.Hits) <= size {
			res = r
		}
	}
	if res == nil {
		var err error
		if res, err = b.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(bq, size, 0, false)); err != nil {
			return nil, 0, err
		}
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, int(res.Total), nil
}

func (b *bleveSearch) close() error { return b.idx.Close() }

// compact merges the index's segments into one, which drops the entries
// of documents replaced since (each claim's entry is rewritten whenever a
// report joins it): after a bulk load, a search walked some twenty
// segments and their deletion lists (measured at 100k articles: p99 16-17
// ms against 26-33, one client).
func (b *bleveSearch) compact(ctx context.Context) error {
	ai, err := b.idx.Advanced()
	if err != nil {
		return err
	}
	sc, ok := ai.(*scorch.Scorch)
	if !ok {
		return nil // the in-memory index of memory://
	}
	return sc.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions)
}

// pgSearch is the text index on PostgreSQL: a table of ours in the same
// database with a GIN index on a tsvector, so servers over one database agree.
type pgSearch struct{ db *sql.DB }

const pgSearchSchema = `CREATE TABLE IF NOT EXISTS attrib_search (
	claim text PRIMARY KEY,
	tsv tsvector NOT NULL,
	speakers text[] NOT NULL,
	outlets text[] NOT NULL,
	first text NOT NULL,
	last text NOT NULL);
ALTER TABLE attrib_search ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS attrib_search_tsv ON attrib_search USING GIN (tsv);
CREATE INDEX IF NOT EXISTS attrib_search_speakers ON attrib_search USING GIN (speakers);
CREATE INDEX IF NOT EXISTS attrib_search_outlets ON attrib_search USING GIN (outlets)`

func openPGSearch(ctx context.Context, db *sql.DB) (*pgSearch, error) {
	if _, err := db.ExecContext(ctx, pgSearchSchema); err != nil {
		return nil, err
	}
	return &pgSearch{db}, nil
}

func (p *pgSearch) index(ctx context.Context, docs []searchDoc, deletes []string) error {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if len(deletes) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM attrib_search WHERE claim = ANY($1)`, pq.Array(deletes)); err != nil {
			return err
		}
	}
	// one row per claim (the last doc wins), several rows per statement
	last := map[string]int{}
	for i, d := range docs {
		last[d.ID] = i
	}
	var rows [][]interface{}
	for i, d := range docs {
		if last[d.ID] != i {
			continue
		}
		// the words as the rest of attrib splits them, so that a query word is a lexeme
		rows = append(rows, []interface{}{d.ID, strings.Join(words(d.Text), " "), pq.Array(d.Speakers), pq.Array(d.Outlets), d.First, d.Last, d.Kind})
	}
	err = execRows(ctx, tx, `INSERT INTO attrib_search (claim, tsv, speakers, outlets, first, last, kind) VALUES `,
		"(?, to_tsvector('simple', ?), ?, ?, ?, ?, ?)",
		` ON CONFLICT (claim) DO UPDATE SET tsv = EXCLUDED.tsv, speakers = EXCLUDED.speakers,
			outlets = EXCLUDED.outlets, first = EXCLUDED.first, last = EXCLUDED.last, kind = EXCLUDED.kind`, rows)
	if err != nil {
		return err
	}
	return tx.Commit()
}

func (p *pgSearch) search(ctx context.Context, ws []string, need int, q attrib.SearchQuery, size int, kind string) ([]string, int, error) {
	sqlq := `SELECT claim FROM attrib_search, to_tsquery('simple', $1) AS query WHERE tsv @@ query AND kind = $2`
	args := []any{atLeast(ws, need), kind}
	add := func(cond string, v any) {
		args = append(args, v)
		sqlq += fmt.Sprintf(" AND "+cond, len(args))
	}
	if q.Speaker != "" {
		add("speakers @> ARRAY[$%d]::text[]", q.Speaker)
	}
	if q.Outlet != "" {
		add("outlets @> ARRAY[$%d]::text[]", q.Outlet)
	}
	if q.From != "" {
		add("last >= $%d", date8(q.From))
	}
	if q.To != "" {
		add("first <= $%d", date8(q.To))
	}
	args = append(args, size)
	sqlq += fmt.Sprintf(" ORDER BY ts_rank_cd(tsv, query) DESC, claim LIMIT $%d", len(args))
	rows, err := p.db.QueryContext(ctx, sqlq, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, 0, err
		}
		ids = append(ids, id)
	}
	return ids, len(ids), rows.Err()
}

// atLeast writes "at least need of the words ws" as a tsquery, as Bleve's
// minimum-should-match asks it: an OR of the ANDs of every need-word
// subset, which the GIN index answers by intersecting posting lists. Past
// 64 subsets it asks for any word, and the ranking sorts the rest.
func atLeast(ws []string, need int) string {
	quoted := make([]string, len(ws))
	for i, w := range ws {
		quoted[i] = "'" + w + "'"
	}
	subs := needSubsets(len(ws), need)
	if subs == nil {
		return strings.Join(quoted, " | ")
	}
	ors := make([]string, len(subs))
	for i, sub := range subs {
		pick := make([]string, len(sub))
		for j, k := range sub {
			pick[j] = quoted[k]
		}
		ors[i] = "(" + strings.Join(pick, " & ") + ")"
	}
	return strings.Join(ors, " | ")
}

// needSubsets lists the need-element subsets of n words (as indexes, in
// order), nil when need asks for one word or fewer, for more than n, or
// when there would be more than 64 subsets.
func needSubsets(n, need int) [][]int {
	if need <= 1 || need > n || binomial(n, need) > 64 {
		return nil
	}
	var out [][]int
	var pick []int
	var rec func(from int)
	rec = func(from int) {
		if len(pick) == need {
			out = append(out, append([]int(nil), pick...))
			return
		}
		for i := from; i <= n-(need-len(pick)); i++ {
			pick = append(pick, i)
			rec(i + 1)
			pick = pick[:len(pick)-1]
		}
	}
	rec(0)
	return out
}

func binomial(n, k int) int {
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
		if r > 1<<20 {
			return r
		}
	}
	return r
}

func (p *pgSearch) close() error { return nil }

// compact is left to PostgreSQL's autovacuum.
func (p *pgSearch) compact(ctx context.Context) error { return nil }

// reindex redoes the search entries of claims a write touched, then clears
// their marks; a crash before that leaves the marks for reindexDirty.
func (s *Store) reindex(ctx context.Context, claims map[string]bool) error {
	if len(claims) == 0 {
		return nil
	}
	var docs []searchDoc
	var deletes []string
	ids := make([]string, 0, len(claims))
	for id := range claims {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var claimIDs, reported []string
	for _, id := range ids {
		if strings.HasPrefix(id, "r/") {
			reported = append(reported, id)
		} else {
			claimIDs = append(claimIDs, id)
		}
	}
	if len(reported) > 0 {
		keys := make([]string, len(reported))
		for i, id := range reported {
			keys[i] = keyReportedDoc(strings.TrimPrefix(id, "r/"))
		}
		vals, err := s.side.getMany(ctx, keys)
		if err != nil {
			return err
		}
		for i, v := range vals {
			if v == nil {
				deletes = append(deletes, reported[i])
				continue
			}
			var e attrib.ReportedAt
			if err := decode(v, &e); err != nil {
				return fmt.Errorf("read %s: %w", keys[i], err)
			}
			d := searchDoc{ID: reported[i], Kind: docReported, Text: e.Text, First: date8(e.Published), Last: date8(e.Published), Speakers: []string{}, Outlets: []string{}}
			if e.Source != nil {
				d.Speakers = append(d.Speakers, e.Source.ID)
			}
			if e.Outlet != nil {
				d.Outlets = append(d.Outlets, e.Outlet.ID)
			}
			docs = append(docs, d)
		}
	}
	heads, err := s.claimHeads(ctx, claimIDs)
	if err != nil {
		return err
	}
	for i, id := range claimIDs {
		h := heads[i]
		if h == nil {
			deletes = append(deletes, id)
			continue
		}
		d := searchDoc{ID: id, Text: strings.Join(sortedKeys(h.Wordings), "\n"), First: h.First, Last: h.Last, Speakers: []string{}, Outlets: []string{}}
		for sp := range h.Speakers {
			d.Speakers = append(d.Speakers, sp)
		}
		for o := range h.Outlets {
			d.Outlets = append(d.Outlets, o)
		}
		sort.Strings(d.Speakers)
		sort.Strings(d.Outlets)
		docs = append(docs, d)
	}
	if err := s.search.index(ctx, docs, deletes); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return s.side.update(ctx, func(w sideWriter) error {
		for _, id := range ids {
			if err := w.del(keySearchDirty(id)); err != nil {
				return err
			}
		}
		return nil
	})
}

// reindexDirty redoes the search entries a crash left undone.
func (s *Store) reindexDirty(ctx context.Context) error {
	for {
		claims := map[string]bool{}
		err := s.side.scan(ctx, "sd|", "", 5000, func(k string, v []byte) error {
			claims[strings.TrimPrefix(k, "sd|")] = true
			return nil
		})
		if err != nil || len(claims) == 0 {
			return err
		}
		if err := s.reindex(ctx, claims); err != nil {
			return err
		}
	}
}

// indexer redoes search entries in the background, so that neither a
// load's writer nor a search waits for the text index; the claims stay
// marked (sd|) in the side index until done, so a crash loses none. A
// load or an ingest request calls Sync before it returns, so what it
// wrote is searchable when it says it is stored.
type indexer struct {
	s        *Store
	mu       sync.Mutex
	cond     *sync.Cond
	pending  map[string]bool
	enq      uint64 // writes handed over
	done     uint64 // writes indexed
	stopping bool
	err      error
	exited   chan struct{}
}

func newIndexer(s *Store) *indexer {
	x := &indexer{s: s, pending: map[string]bool{}, exited: make(chan struct{})}
	x.cond = sync.NewCond(&x.mu)
	go x.run()
	return x
}

func (x *indexer) add(claims map[string]bool) {
	if len(claims) == 0 {
		return
	}
	x.mu.Lock()
	for id := range claims {
		x.pending[id] = true
	}
	x.enq++
	x.mu.Unlock()
	x.cond.Broadcast()
}

func (x *indexer) run() {
	defer close(x.exited)
	x.mu.Lock()
	for {
		for len(x.pending) == 0 && !x.stopping {
			x.cond.Wait()
		}
		if len(x.pending) == 0 && x.stopping {
			x.mu.Unlock()
			return
		}
		claims, gen := x.pending, x.enq
		x.pending = map[string]bool{}
		x.mu.Unlock()
		err := x.s.reindex(context.Background(), claims)
		x.mu.Lock()
		if err != nil {
			x.err = err // the marks stay: the next open redoes them
		}
		x.done = gen
		x.cond.Broadcast()
	}
}

// Sync returns when the writes handed over before the call are indexed.
func (s *Store) Sync(ctx context.Context) error { return s.idx.wait(ctx) }

// wait blocks until the writes handed over before the call are indexed.
func (x *indexer) wait(ctx context.Context) error {
	x.mu.Lock()
	gen := x.enq
	x.mu.Unlock()
	stop := context.AfterFunc(ctx, func() { x.mu.Lock(); x.cond.Broadcast(); x.mu.Unlock() })
	defer stop()
	x.mu.Lock()
	defer x.mu.Unlock()
	for x.done < gen && ctx.Err() == nil {
		x.cond.Wait()
	}
	return ctx.Err()
}

func (x *indexer) stop() error {
	x.mu.Lock()
	x.stopping = true
	x.mu.Unlock()
	x.cond.Broadcast()
	<-x.exited
	return x.err
}

// unscoredFirst: claim searches try the unscored query first (off only to
// test that it changes no answer).
var unscoredFirst = true

// searchWindow is how many candidates the text index returns for ranking.
const searchWindow = 200

// SearchClaims finds claims holding at least 80% of the query's words on
// the text index, then ranks the candidates: every word present first,
// then the words as a phrase, then closeness of length (a fragment finds
// the full quote). Pages run over the ranked candidates.
func (s *Store) SearchClaims(ctx context.Context, q attrib.SearchQuery, p attrib.Page) (*attrib.ClaimList, error) {
	qw, ids, total, offset, err := s.candidates(ctx, q, p, "")
	if err != nil {
		return nil, err
	}
	type ranked struct {
		id                   string
		cover, phrase, score float64
	}
	var rs []ranked
	heads := map[string]*head{}
	hs, err := s.claimHeads(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		h := hs[i]
		if h == nil {
			continue
		}
		heads[id] = h
		best := ranked{id: id}
		for w := range h.Wordings {
			r := rankWording(qw, w)
			if r.cover > best.cover || r.cover == best.cover && (r.phrase > best.phrase || r.phrase == best.phrase && r.score > best.score) {
				best.cover, best.phrase, best.score = r.cover, r.phrase, r.score
			}
		}
		if best.cover >= 0.8 {
			rs = append(rs, best)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.cover != b.cover {
			return a.cover > b.cover
		}
		if a.phrase != b.phrase {
			return a.phrase > b.phrase
		}
		if a.score != b.score {
			return a.score > b.score
		}
		return a.id < b.id
	})
	if len(ids) < searchWindow {
		total = len(rs) // the whole answer was ranked
	}
	out := &attrib.ClaimList{Claims: []attrib.ClaimSummary{}, Total: total}
	limit := pageLimit(p)
	for i := offset; i < len(rs) && i < offset+limit; i++ {
		cs, err := s.summary(ctx, rs[i].id, heads[rs[i].id], rs[i].score)
		if err != nil {
			return nil, err
		}
		out.Claims = append(out.Claims, *cs)
	}
	if offset+limit < len(rs) {
		out.Next = encodeCursor(fmt.Sprintf("s|%d", offset+limit))
	}
	return out, nil
}

var reDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

type wordingRank struct{ cover, phrase, score float64 }

// rankWording scores one wording against the query words: the share of
// them it holds, whether it holds them as a run, and (as before) coverage
// weighted by closeness of length.
func rankWording(qw []string, wording string) wordingRank {
	ww := words(wording)
	hit := 0
	for _, w := range qw { // a query has a few words: no set of the wording's
		if slices.Contains(ww, w) {
			hit++
		}
	}
	cover := float64(hit) / float64(len(qw))
	r := wordingRank{cover: cover, score: round3(cover * (0.5 + 0.5*float64(len(qw))/float64(max(len(qw), len(ww)))))}
	if hasRun(ww, qw) {
		r.phrase = 1
	}
	return r
}

func hasRun(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// commonWords are left out of what the text index is asked.
var commonWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of to in on at by for with from and or but not no is are was were be been am
	it its this that these those he she they we i you him her them us me my our your his their there here
	as if so do does did has have had will would can could should just than then also about into over all any`) {
		commonWords[w] = true
	}
}

func contentOnly(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !commonWords[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}

func uniq(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// reBracket is an editor's insertion in a quote ("[the agency]"): the
// words a reader types for it need not be in the wording stored.
var reBracket = regexp.MustCompile(`\[[^\]]*\]`)

// queryWords are the words of a search: an editor's bracketed insertions
// are left out, unless they are all there is.
func queryWords(q string) []string {
	if ws := words(reBracket.ReplaceAllString(q, " ")); len(ws) > 0 {
		return ws
	}
	return words(q)
}

// words are the lower-cased runs of letters and digits of s: what
// strings.FieldsFunc(strings.ToLower(s), not a letter or digit) gives, in
// one pass that copies nothing of an ASCII word already in lower case (a
// search ranks up to 200 candidates' wordings).
func words(s string) []string {
	var out []string
	start := -1 // the current word's first byte; -1 between words
	var buf []byte
	lowered := false // the current word is in buf, lowered
	end := func(i int) {
		if start >= 0 {
			if lowered {
				out = append(out, string(buf))
			} else {
				out = append(out, s[start:i])
			}
		}
		start, lowered, buf = -1, false, buf[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if start < 0 {
					start = i
				}
				if lowered {
					buf = append(buf, c)
				}
			case 'A' <= c && c <= 'Z':
				if start < 0 {
					start = i
				}
				if !lowered {
					buf, lowered = append(buf[:0], s[start:i]...), true
				}
				buf = append(buf, c+'a'-'A')
			default:
				end(i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if !unicode.IsLetter(lr) && !unicode.IsDigit(lr) {
			end(i)
			i += n
			continue
		}
		if start < 0 {
			start = i
		}
		if !lowered {
			buf, lowered = append(buf[:0], s[start:i]...), true
		}
		buf = utf8.AppendRune(buf, lr)
		i += n
	}
	end(len(s))
	return out
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// candidates checks a search and its cursor and asks the text index for
// the IDs of one kind (docReported, or "" for claims) that may match, best
// first: the query's words, the candidates, how many the index counts,
// and the offset the cursor gives.
func (s *Store) candidates(ctx context.Context, q attrib.SearchQuery, p attrib.Page, kind string) (qw, ids []string, total, offset int, err error) {
	qw = queryWords(q.Text)
	if len(qw) == 0 {
		return nil, nil, 0, 0, attrib.Errorf(attrib.EINVALID, "query %q has no words", clipRunes(q.Text, 60))
	}
	if len(qw) > 64 {
		qw = qw[:64]
	}
	for _, d := range []string{q.From, q.To} {
		if d != "" && !reDate.MatchString(d) {
			return nil, nil, 0, 0, attrib.Errorf(attrib.EINVALID, "date %q: want YYYY-MM-DD", clipRunes(d, 20))
		}
	}
	if p.Cursor != "" {
		c, err := decodeCursor(p.Cursor, "s|")
		if err != nil {
			return nil, nil, 0, 0, err
		}
		if _, err := fmt.Sscanf(c, "s|%d", &offset); err != nil || offset < 0 || offset > searchWindow {
			return nil, nil, 0, 0, attrib.Errorf(attrib.EINVALID, "cursor %q is not one this list gave", clipRunes(p.Cursor, 40))
		}
	}
	// the text index is asked for the words that tell texts apart: a
	// common word's posting list grows with the store, so it is left to the
	// ranking (unless the query has nothing else)
	ask := contentOnly(uniq(qw))
	need := int(math.Ceil(0.8 * float64(len(ask))))
	ids, total, err = s.search.search(ctx, ask, need, q, searchWindow, kind)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, 0, 0, ctx.Err()
		}
		return nil, nil, 0, 0, fmt.Errorf("search: %w", err)
	}
	return qw, ids, total, offset, nil
}

// SearchReported finds reported speech holding the words of q.Text (80% of
// the words that tell texts apart), with the same filters as claims.
func (s *Store) SearchReported(ctx context.Context, q attrib.SearchQuery, p attrib.Page) (*attrib.ReportedPage, error) {
	_, ids, total, offset, err := s.candidates(ctx, q, p, docReported)
	if err != nil {
		return nil, err
	}
	out := &attrib.ReportedPage{Items: []attrib.ReportedAt{}, Total: total}
	limit := pageLimit(p)
	end := min(len(ids), offset+limit)
	if offset < end {
		keys := make([]string, 0, end-offset)
		for _, id := range ids[offset:end] {
			keys = append(keys, keyReportedDoc(strings.TrimPrefix(id, "r/")))
		}
		vals, err := s.side.getMany(ctx, keys)
		if err != nil {
			return nil, err
		}
		for i, v := range vals {
			if v == nil {
				continue // removed since it was indexed
			}
			var e attrib.ReportedAt
			if err := decode(v, &e); err != nil {
				return nil, fmt.Errorf("read %s: %w", keys[i], err)
			}
			out.Items = append(out.Items, e)
		}
	}
	if end < len(ids) {
		out.Next = encodeCursor(fmt.Sprintf("s|%d", end))
	}
	return out, nil
}
