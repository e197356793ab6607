#!/usr/bin/env python3
"""Rewrite a gold set in another house style, to see how attribution carries.

usage: scripts/perturb.py --data DIR --style STYLE [--style STYLE ...] [--out DIR] [--attrib BIN] [--score PATH]

DIR holds articles.jsonl and gold.json (../shared/data/polnear-dev). Each
style rewrites every article's text and headline, and the gold quotes'
texts and speaker mentions, the same way, and writes the set to
OUT/STYLE/{articles.jsonl,gold.json} (gold offsets dropped: the scorer
matches quotes by text). With --attrib, each set and the original are
extracted and scored with score.py, one line each, so the styles compare
with the original in one run. The styles are what other outlets and
scrapers do that the gold set does not:

  brit      Mr. Mrs. Ms. Dr. without the full stop (Mr Moss)
  says      "said" written "says" (present tense, as features write)
  straight  curly double marks straightened
  oneline   every line break joined: a page flattened into one line
  wrap      paragraphs hard-wrapped at 72 columns, blank lines between
  singlenl  paragraphs separated by one line break, not a blank line
  crlf      CR LF line ends
  dblspace  two spaces after a sentence's end
  names     each first name in the loader's lexicon replaced, the same way
            everywhere, by a made-up one it does not know (names from
            other countries and years), so nothing rests on knowing them

The datasets are not ours to publish: write OUT outside the repository.
"""
import argparse, json, os, random, re, subprocess, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "loader", "lexicon")


def lexicon(*names):
    out = set()
    for n in names:
        for line in open(os.path.join(LEX, n), encoding="utf-8"):
            line = line.strip().lower()
            if line and not line.startswith("#"):
                out.add(line)
    return out


class Names:
    """Made-up first names, one per known first name, from a fixed seed."""

    def __init__(self):
        self.first = lexicon("first-names-either.txt", "first-names-female.txt", "first-names-male.txt")
        self.common = lexicon("english-common.txt")
        self.rnd = random.Random(5)
        self.made = {}

    def fake(self, w):
        k = w.lower()
        if k not in self.made:
            taken = set(self.made.values())
            while True:
                s = "".join(self.rnd.choice(c) for c in ("bdgkmnprstvz", "aeiou", "lnrv", "aeiou", "kmnst"))[: self.rnd.choice((4, 5))]
                if s not in self.first and s not in self.common and s not in taken:
                    break
            self.made[k] = s
        s = self.made[k]
        return s.upper() if w.isupper() else s.capitalize()

    def sub(self, t):
        return re.sub(r"\b[A-Z][a-z]+\b", lambda m: self.fake(m.group(0)) if m.group(0).lower() in self.first and m.group(0).lower() not in self.common else m.group(0), t)


def styler(style):
    if style == "brit":
        return lambda t: re.sub(r"\b(Mr|Mrs|Ms|Dr)\.", r"\1", t)
    if style == "says":
        return lambda t: re.sub(r"\bsaid\b", "says", t)
    if style == "straight":
        return lambda t: t.replace("\u201c", '"').replace("\u201d", '"')
    if style == "oneline":
        return lambda t: re.sub(r"\s*\n\s*", " ", t)
    if style == "wrap":
        return lambda t: "\n\n".join(textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False) for p in re.split(r"\n\s*\n", t))
    if style == "singlenl":
        return lambda t: re.sub(r"\n\s*\n", "\n", t)
    if style == "crlf":
        return lambda t: t.replace("\n", "\r\n")
    if style == "dblspace":
        return lambda t: re.sub(r'([.?!]["\u201d]?) (?=[A-Z\u201c"])', r"\1  ", t)
    if style == "names":
        return Names().sub
    raise SystemExit(f"unknown style {style!r}")


def write(data, style, out):
    tf = styler(style)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as f:
        for line in open(os.path.join(data, "articles.jsonl"), encoding="utf-8"):
            a = json.loads(line)
            a["text"] = tf(a["text"])
            if a.get("headline"):
                a["headline"] = tf(a["headline"])
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold = json.load(open(os.path.join(data, "gold.json"), encoding="utf-8"))
    for q in gold["quotes"]:
        q["text"] = tf(q["text"])
        if q.get("speaker"):
            q["speaker"] = tf(q["speaker"])
        for k in ("start", "end", "speaker_spans", "cue_spans"):
            q.pop(k, None)
    json.dump(gold, open(os.path.join(out, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False)


def score(attrib, scorer, folder, out):
    """Extract folder's articles into out/pred.jsonl; score.py's summary line."""
    os.makedirs(out, exist_ok=True)
    pred = os.path.join(out, "pred.jsonl")
    with open(pred, "w") as f:
        subprocess.run([attrib, "extract", os.path.join(folder, "articles.jsonl")], stdout=f, check=True)
    res = subprocess.run([sys.executable, scorer, os.path.join(folder, "gold.json"), pred], capture_output=True, text=True, check=True)
    return res.stdout.strip().splitlines()[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with articles.jsonl and gold.json")
    ap.add_argument("--style", action="append", required=True, help="a style (repeatable); see the usage")
    ap.add_argument("--out", default="/tmp/attrib-perturb", help="folder for the rewritten sets (outside the repository)")
    ap.add_argument("--attrib", default="", help="attrib binary: extract and score each set and the original")
    ap.add_argument("--score", default=os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
    args = ap.parse_args()
    rows = []
    if args.attrib:
        rows.append(("original", score(args.attrib, args.score, args.data, os.path.join(args.out, "original"))))
    for style in args.style:
        folder = os.path.join(args.out, style)
        write(args.data, style, folder)
        if args.attrib:
            rows.append((style, score(args.attrib, args.score, folder, folder)))
        else:
            print(folder)
    for style, line in rows:
        print(f"{style:10} {line}")


if __name__ == "__main__":
    main()
