#!/usr/bin/env python3
"""Show where an `attrib extract` output disagrees with a gold file.

usage: diffgold.py GOLD.json PRED.jsonl [--speakers] [--quotes] [--limit N]
Uses the scorer's own matching (../shared/eval/score.py, path via SCORE_PY).
"""
import json, os, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", os.environ.get("SCORE_PY", os.path.join(os.path.dirname(__file__), "../../shared/eval/score.py")))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = json.load(open(sys.argv[1]))
preds = {os.path.basename(o["file"]): o for o in map(json.loads, open(sys.argv[2]))}
limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 10**9
n = 0
for a in gold["articles"]:
    f = a["file"]; p = preds.get(f, {})
    if "--outlets" in sys.argv and score.norm_outlet(p.get("outlet")) != score.norm_outlet(a.get("outlet")):
        print(f"OUTLET {f}: pred={p.get('outlet')!r} gold={a.get('outlet')!r}")
    gq = [q for q in gold["quotes"] if q["file"] == f]
    pq = p.get("quotes") or []
    used = set()
    for g in gq:
        hit = next((i for i, q in enumerate(pq) if i not in used and score.same_quote(q.get("text"), g["text"])), None)
        if hit is None:
            if "--quotes" in sys.argv and n < limit:
                n += 1; print(f"MISS {f} @{g.get('start')}: {g['text'][:90]!r} ({g['speaker']})")
            continue
        used.add(hit)
        q = pq[hit]
        ok = score.lenient_speaker(q.get("speaker"), g["speaker"]) if "speaker_named" in g else score.norm_name(q.get("speaker")) == score.norm_name(g["speaker"])
        if "speaker_named" in g and not g["speaker_named"]:
            continue
        if not ok and "--speakers" in sys.argv and n < limit:
            n += 1; print(f"SPK {f} @{q['start']}: pred={q.get('speaker')!r} gold={g['speaker']!r} cue={q.get('cue')!r} | {q['text'][:70]!r}")
        if "via_outlet" in g and "via" in q and score.norm_outlet(q.get("via")) != score.norm_outlet(g.get("via_outlet")) and "--via" in sys.argv:
            print(f"VIA {f} @{q['start']}: pred={q.get('via')!r} gold={g.get('via_outlet')!r}")
    if "--quotes" in sys.argv:
        for i, q in enumerate(pq):
            if i not in used and n < limit:
                n += 1; print(f"EXTRA {f} @{q['start']}: {q['text'][:90]!r} ({q.get('speaker')})")
    if "--citations" in sys.argv and "outlet_citations" in gold:
        gc = {score.norm_outlet(c["cited_outlet"]) for c in gold["outlet_citations"] if c["file"] == f}
        pc = {score.norm_outlet(c["outlet"]) for c in p.get("citations") or []}
        if gc != pc:
            print(f"CIT {f}: missing={gc - pc} extra={pc - gc}")
