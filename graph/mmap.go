package graph

import (
	"reflect"
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
