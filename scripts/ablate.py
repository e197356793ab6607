#!/usr/bin/env python3
"""Ablation: what each sieve is worth, by cross-validation on train.

usage: scripts/ablate.py --data DIR [--folds 5] [--attrib BIN] [--jobs 2] [--sieves a,b]

Runs scripts/cv.py once with every sieve on, then once per sieve with
that sieve alone switched off (`--off NAME`, in training and extraction
alike), and prints a table: each sieve's mean speaker accuracy and quote
F1 over the folds, and the change from the baseline (negative: the sieve
helps). The sieve names are those `attrib extract -h` lists.
"""
import argparse, concurrent.futures, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def sieves(binary):
    r = subprocess.run([binary, "extract", "-h"], capture_output=True, text=True)
    for line in r.stderr.splitlines():
        if "sieves to switch off" in line:
            break
    text = r.stderr[r.stderr.index("sieves to switch off"):]
    names = text.split(":", 1)[1].split("\n")[0]
    return [n.strip() for n in names.split(",") if n.strip()]


def cv(binary, data, folds, off):
    cmd = [sys.executable, os.path.join(HERE, "cv.py"), "--data", data, "--folds", str(folds), "--attrib", binary, "--json"]
    if off:
        cmd += ["--off", off]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(r.stdout)["summary"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--attrib", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sieves", default="", help="only these, comma-separated")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        binary = args.attrib
        if not binary:
            binary = os.path.join(tmp, "attrib")
            subprocess.run(["go", "build", "-o", binary, "./cmd/attrib"], cwd=os.path.join(HERE, ".."), check=True)
        names = [n for n in args.sieves.split(",") if n] or sieves(binary)
        runs = [""] + names
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            res = dict(zip(runs, ex.map(lambda off: cv(binary, args.data, args.folds, off), runs)))
    base = res[""]
    print(f"| sieve off | speaker acc | change | quote F1 | change |")
    print(f"|---|---|---|---|---|")
    print(f"| none (all on) | {base['speaker_acc']['mean']:.3f} | | {base['quote_f1']['mean']:.3f} | |")
    for n in names:
        r = res[n]
        ds = r["speaker_acc"]["mean"] - base["speaker_acc"]["mean"]
        dq = r["quote_f1"]["mean"] - base["quote_f1"]["mean"]
        print(f"| {n} | {r['speaker_acc']['mean']:.3f} | {ds:+.3f} | {r['quote_f1']['mean']:.3f} | {dq:+.3f} |")


if __name__ == "__main__":
    main()
