package attrib

import (
	"errors"
	"testing"
)

// TestErrorSaysItOnce: a wrapped cause is in the message once, and still
// reachable.
func TestErrorSaysItOnce(t *testing.T) {
	cause := errors.New("disk full")
	err := Errorf(EINTERNAL, "write batch 3: %w", cause)
	if err.Error() != "write batch 3: disk full" || !errors.Is(err, cause) || ErrorMessage(err) != "write batch 3: disk full" {
		t.Fatalf("%q", err.Error())
	}
	if e := (&Error{Err: cause}); e.Error() != "disk full" {
		t.Fatalf("%q", e.Error())
	}
}
