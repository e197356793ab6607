package loader

import "testing"

func TestZZ(t *testing.T) {
	for _, s := range []string{"The police commissioner", "the commissioner of police", "Ivo Pap, commissioner of police in Kells"} {
		m := parseNP(s, nil)
		t.Logf("%q -> %+v", s, m)
	}
}
