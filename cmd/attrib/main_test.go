package main

import (
	"os"
	"testing"
)

// TestMain lets a test run the attrib binary as a child process: the test
// binary itself, with ATTRIB_TEST_MAIN=1, is attrib (for signals and
// crashes, which an in-process run cannot take).
func TestMain(m *testing.M) {
	if os.Getenv("ATTRIB_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
