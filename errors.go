package attrib

import (
	"errors"
	"fmt"
)

// Error codes. The api package maps each to one HTTP status.
const (
	ECONFLICT = "conflict"
	EINTERNAL = "internal"
	EINVALID  = "invalid"
	ENOTFOUND = "not_found"
	ETIMEOUT  = "timeout"
	ETOOLARGE = "too_large"
	EUNAUTH   = "unauthorized" // no or wrong credentials
	EDENIED   = "forbidden"    // not allowed at all (writes off)
	EMEDIA    = "unsupported_media_type"
)

// Error is the one error type of the project: a code for machines, a message
// for people. Wrapped errors stay reachable through errors.Unwrap but are
// never shown to API clients.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error is the message, which already says what the wrapped error says
// (Errorf formats it in); only an Error without a message shows the
// wrapped one.
func (e *Error) Error() string {
	if e.Message == "" && e.Err != nil {
		return e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code. A %w verb in format wraps
// the argument: it stays reachable but the message shows only its text.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, and
// a generic message for other errors, whose text may hold internals.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
