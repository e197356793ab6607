#!/usr/bin/env python3
"""K-fold cross-validation of attribution, by article, with the shared scorer.

usage: scripts/cv.py --data DIR [--folds 5 | --by-outlet] [--keep DIR] [--attrib BIN] [--score PATH] [--skip-outlet NAME] [--rules-only] [--extract-arg ARG] [--json]

DIR holds articles.jsonl and gold.json (../shared/data/polnear-train).
Articles are split into folds by a hash of their id, so a fold is the same
on every run and every machine. For each fold, the speaker ranker is
trained on the other folds (`attrib train --only IDS`), the fold's articles
are extracted with those weights and scored with score.py against the
fold's share of the gold; the script prints each fold's scores, then the
mean and the spread (population standard deviation, min, max) of each.
With --rules-only nothing is trained: the folds are extracted with the
rules alone.
"""
import argparse, hashlib, json, os, shutil, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
METRICS = ["quote_precision", "quote_recall", "quote_f1", "speaker_acc", "speaker_acc_all"]


def fold_of(article_id, k):
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with articles.jsonl and gold.json")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--attrib", default="", help="attrib binary (default: built from this checkout)")
    ap.add_argument("--score", default=os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    ap.add_argument("--rules-only", action="store_true", help="no ranker: the rules alone")
    ap.add_argument("--off", default="", help="sieves switched off in training and extraction (attrib extract --off)")
    ap.add_argument("--train-arg", action="append", default=[], help="passed to attrib train (repeatable): --train-arg=--l2=0.01")
    ap.add_argument("--extract-arg", action="append", default=[], help="passed to attrib extract (repeatable): --extract-arg=--explain")
    ap.add_argument("--keep", default="", help="folder to keep each fold's extraction in (predK.jsonl), for scripts/diffgold.py")
    ap.add_argument("--by-outlet", action="store_true", help="leave one outlet out: a fold per outlet, the ranker trained on the others (how the attribution carries to an outlet it never saw)")
    ap.add_argument("--skip-outlet", action="append", default=[], help="leave out the articles of this outlet (repeatable): for an outlet whose gold leaves a quotation style unmarked")
    args = ap.parse_args()
    if args.folds < 2:
        sys.exit("cv.py: --folds must be at least 2")

    with open(os.path.join(args.data, "gold.json")) as f:
        gold = json.load(f)
    with open(os.path.join(args.data, "articles.jsonl")) as f:
        articles = [json.loads(line) for line in f if line.strip()]
    skip = {a["file"] for a in gold["articles"] if a.get("outlet") in set(args.skip_outlet)}
    articles = [a for a in articles if a["id"] not in skip]

    with tempfile.TemporaryDirectory() as tmp:
        binary = args.attrib
        if not binary:
            binary = os.path.join(tmp, "attrib")
            subprocess.run(["go", "build", "-o", binary, "./cmd/attrib"], cwd=os.path.join(HERE, ".."), check=True)
        rows = []
        outlet_of = {a["file"]: a.get("outlet") or "?" for a in gold["articles"]}
        outlets = sorted({outlet_of.get(a["id"], "?") for a in articles})
        for k in range(len(outlets) if args.by_outlet else args.folds):
            if args.by_outlet:
                test = [a for a in articles if outlet_of.get(a["id"], "?") == outlets[k]]
            else:
                test = [a for a in articles if fold_of(a["id"], args.folds) == k]
            ids = {a["id"] for a in test}
            arts = os.path.join(tmp, f"fold{k}.jsonl")
            with open(arts, "w") as f:
                for a in test:
                    f.write(json.dumps(a) + "\n")
            sub = {key: val for key, val in gold.items() if key not in ("articles", "quotes")}
            sub["articles"] = [a for a in gold["articles"] if a["file"] in ids]
            sub["quotes"] = [q for q in gold["quotes"] if q["file"] in ids]
            gpath = os.path.join(tmp, f"gold{k}.json")
            with open(gpath, "w") as f:
                json.dump(sub, f)
            off = ["--off", args.off] if args.off else []
            how = ["--rules-only"]
            if not args.rules_only:
                train_ids = os.path.join(tmp, f"train{k}.txt")
                with open(train_ids, "w") as f:
                    f.write("\n".join(a["id"] for a in articles if a["id"] not in ids) + "\n")
                weights = os.path.join(tmp, f"weights{k}.txt")
                subprocess.run([binary, "train", "--data", args.data, "--only", train_ids, "-o", weights] + off + args.train_arg, check=True, capture_output=True)
                how = ["--weights", weights]
            pred = os.path.join(tmp, f"pred{k}.jsonl")
            with open(pred, "w") as out:
                r = subprocess.run([binary, "extract"] + how + off + args.extract_arg + [arts], stdout=out, stderr=subprocess.PIPE, text=True)
            if r.returncode not in (0, 1):  # 1: some input refused, reported on stderr
                sys.exit(f"cv.py: attrib extract failed on fold {k}: {r.stderr}")
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                shutil.copy(pred, os.path.join(args.keep, f"pred{k}.jsonl"))
            s = subprocess.run([sys.executable, args.score, gpath, pred, "--json"], capture_output=True, text=True, check=True)
            res = json.loads(s.stdout)
            res["fold"], res["articles"], res["gold_quotes"] = (outlets[k] if args.by_outlet else k), len(test), len(sub["quotes"])
            rows.append(res)

    summary = {}
    for m in METRICS:
        xs = [r[m] for r in rows]
        summary[m] = {"mean": round(statistics.mean(xs), 3), "sd": round(statistics.pstdev(xs), 3), "min": min(xs), "max": max(xs)}
    if args.json:
        print(json.dumps({"folds": rows, "summary": summary}))
        return
    print("fold articles gold_quotes " + " ".join(METRICS))
    for r in rows:
        print(f"{str(r['fold'])[:20]:>4} {r['articles']:>8} {r['gold_quotes']:>11} " + " ".join(f"{r[m]:>{len(m)}.3f}" for m in METRICS))
    for stat in ("mean", "sd", "min", "max"):
        print(f"{stat:>4} {'':>8} {'':>11} " + " ".join(f"{summary[m][stat]:>{len(m)}.3f}" for m in METRICS))


if __name__ == "__main__":
    main()
