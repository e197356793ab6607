package api

import (
	"encoding/json"
	"io"

	ginjson "github.com/gin-gonic/gin/codec/json"
	gojson "github.com/goccy/go-json"
)

// Answers are written with goccy/go-json, the encoder gin itself offers
// (build tag go_json) and already in the build: a person's first page, 50
// quotes, spent a third of its time in encoding/json's Marshal. Request
// bodies are still read with encoding/json, whose errors the API reports.
func init() { ginjson.API = codec{} }

type codec struct{}

func (codec) Marshal(v any) ([]byte, error) { return gojson.Marshal(v) }
func (codec) Unmarshal(data []byte, v any) error {
	return json.Unmarshal(data, v)
}
func (codec) MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	return gojson.MarshalIndent(v, prefix, indent)
}
func (codec) NewEncoder(w io.Writer) ginjson.Encoder { return gojson.NewEncoder(w) }
func (codec) NewDecoder(r io.Reader) ginjson.Decoder { return json.NewDecoder(r) }
