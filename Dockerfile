FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /attrib ./cmd/attrib

FROM debian:bookworm-slim
COPY --from=build /attrib /usr/local/bin/attrib
COPY testdata/seeds /testdata/seeds
ENTRYPOINT ["attrib"]
