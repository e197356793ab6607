package graph

import (
	"bytes"
	"os"
	"reflect"
	"strconv"
	"syscall"
	"unsafe"

	"github.com/boltdb/bolt"
)

// releaseMapped drops bolt's memory-mapped pages from the process: bolt
// maps the whole file read-only and writes through write(2), so the pages
// are clean page cache that every write batch touches all over; left
// mapped they count as the process's memory and grow with the store.
// Dropped, they stay in the page cache and fault back in when read.
//
// It must run where no write transaction can remap the file (under
// Store.mu); concurrent readers are safe, they fault pages back in.
// bolt does not export the mapping: its address and size are read from
// the unexported fields of bolt v1.3.1 (data, datasz); if they are not
// there, nothing is done.
func releaseMapped(db *bolt.DB) {
	v := reflect.ValueOf(db).Elem()
	data, size := v.FieldByName("data"), v.FieldByName("datasz")
	if !data.IsValid() || !size.IsValid() || data.Kind() != reflect.Ptr || data.IsNil() || size.Int() <= 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(data.Pointer())), int(size.Int()))
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}

// mappedFileBytes reads how much of mapped files the process holds in
// memory (RssFile in /proc/self/status); ok is false where there is no
// such file.
func mappedFileBytes() (int64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	_, rest, found := bytes.Cut(b, []byte("\nRssFile:"))
	if !found {
		return 0, false
	}
	line, _, _ := bytes.Cut(rest, []byte("\n"))
	f := bytes.Fields(line) // "123456 kB"
	if len(f) != 2 || string(f[1]) != "kB" {
		return 0, false
	}
	kb, err := strconv.ParseInt(string(f[0]), 10, 64)
	if err != nil {
		return 0, false
	}
	return kb << 10, true
}
