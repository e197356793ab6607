package graph

import gojson "github.com/goccy/go-json"

// decode reads a side index value (JSON written by encoding/json) into x.
// Reads decode with goccy/go-json, already in the build through gin: a
// page of fifty quotes or two hundred search candidates' headers spent
// half its time in encoding/json's decoder (profile of the person route).
// Writes keep encoding/json, so the index's bytes are as before.
func decode(v []byte, x any) error { return gojson.Unmarshal(v, x) }
