package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attrib/attrib"
	"github.com/attrib/attrib/api"
	"github.com/chromedp/chromedp"
)

// chromium finds Debian's chromium. CI installs it and sets
// ATTRIB_REQUIRE_CHROMIUM=1, so there the browser test cannot be skipped.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ATTRIB_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("chromium is not installed and ATTRIB_REQUIRE_CHROMIUM=1")
	}
	t.Skip("chromium is not installed (CI installs it)")
	return ""
}

// TestClaimPageInBrowser drives the web page in headless Chromium over the
// seeds: it searches the first words of a claim, opens the claim, and checks the
// timeline (one row per article carrying it, each with its sentence), the
// origin and the provenance graph; then it saves a screenshot (into
// ATTRIB_SCREENSHOT when set, which is how the README's picture is made).
func TestClaimPageInBrowser(t *testing.T) {
	bin := chromium(t)
	st, _ := openLoaded(t, "bolt://"+filepath.Join(t.TempDir(), "a.db"), "../../testdata/seeds")
	srv := httptest.NewServer(validated(t, api.New(st, api.Options{}).Handler()))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.WindowSize(1280, 1100))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	// a claim two seed articles share, by its ID; the browser searches its first words
	var tr attrib.Trace
	getJSON(t, srv, "/api/v1/claims/9aacd170-42f5-5375-8740-55b0e0aff119/trace", 200, &tr)
	phrase := strings.Join(strings.Fields(tr.Text)[:8], " ")
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name=q]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=q]`), phrase),
		chromedp.Submit(chromedp.CSS(`form#search`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`a.claim-link`)), chromedp.Click(chromedp.CSS(`a.claim-link`)), chromedp.WaitVisible(chromedp.CSS(`#timeline tr.report`))); err != nil {
		t.Fatal(err)
	}
	get := func(a chromedp.Action[string]) string {
		v, err := chromedp.Run(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#timeline tr.report').length`))
	if err != nil {
		t.Fatal(err)
	}
	origin := get(chromedp.Text(chromedp.CSS(`#origin`)))
	canonical := get(chromedp.Text(chromedp.CSS(`#canonical`)))
	firstContext := get(chromedp.Text(chromedp.CSS(`#timeline tr.report .ctx`)))
	marked := get(chromedp.Text(chromedp.CSS(`#timeline tr.report .ctx mark`)))
	url := get(chromedp.Evaluate[string](`location.pathname`))
	graph := get(chromedp.Evaluate[string](`document.querySelectorAll('#graph svg rect').length + ' nodes'`))
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if rows != tr.Total || rows < 2 {
		t.Errorf("timeline has %d rows; the claim has %d reports", rows, tr.Total)
	}
	if !strings.HasPrefix(url, "/claims/9aacd170-42f5-5375-8740-55b0e0aff119") {
		t.Errorf("the claim page's URL is %q", url)
	}
	if !strings.Contains(canonical, phrase) {
		t.Errorf("canonical wording %q", canonical)
	}
	if tr.Origin.Outlet == nil || !strings.Contains(origin, "Origin: "+tr.Origin.Outlet.Name) || !strings.Contains(origin, tr.Origin.Reason) {
		t.Errorf("origin box %q", origin)
	}
	if len(tr.Reports) == 0 || !strings.Contains(firstContext, tr.Reports[0].Quote.Text) || marked != tr.Reports[0].Quote.Text {
		t.Errorf("the first report's sentence %q marks %q, not its quote", firstContext, marked)
	}
	if graph == "" || graph == "0 nodes" || graph == "1 nodes" {
		t.Errorf("provenance graph: %s", graph)
	}
	// the page's own URL opens the claim directly (to share)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+url), chromedp.WaitVisible(chromedp.CSS(`#timeline tr.report`))); err != nil {
		t.Fatal(err)
	}
	if direct, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#timeline tr.report').length`)); err != nil || direct != rows {
		t.Errorf("opening %s directly: %d rows, %v", url, direct, err)
	}
	// the origin outlet's page and the speaker's page, through their links
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#origin a`)), chromedp.WaitVisible(chromedp.CSS(`#published`))); err != nil {
		t.Fatal(err)
	}
	if h := get(chromedp.Text(chromedp.CSS(`h1`))); h != tr.Origin.Outlet.Name {
		t.Errorf("outlet page heading %q, want %q", h, tr.Origin.Outlet.Name)
	}
	if err := chromedp.Do(ctx, chromedp.NavigateBack(), chromedp.WaitVisible(chromedp.CSS(`#timeline tr.report`)),
		chromedp.Click(chromedp.CSS(`.card a[href^="/people/"]`)), chromedp.WaitVisible(chromedp.CSS(`#results .result`))); err != nil {
		t.Fatal(err)
	}
	if h := get(chromedp.Text(chromedp.CSS(`h1`))); tr.Speaker == nil || h != tr.Speaker.Name {
		t.Errorf("person page heading %q, want the speaker", h)
	}
	out := filepath.Join(t.TempDir(), "claim.png")
	if p := os.Getenv("ATTRIB_SCREENSHOT"); p != "" {
		out = p
	}
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", out, len(shot))
}
