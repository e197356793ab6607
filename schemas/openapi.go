package schemas

import _ "embed"

// OpenAPI is the OpenAPI 3.1 description of every route of the HTTP API,
// served at GET /api/v1/openapi.json. It is generated from the API's Go
// types and route table: go test ./api -run TestOpenAPI -update.
//
//go:embed openapi.json
var OpenAPI []byte
