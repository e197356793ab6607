#!/usr/bin/env python3
"""Write loader/lexicon/english-common.txt from a SCOWL word list.

usage: english-words.py [/usr/share/dict/american-english] > loader/lexicon/english-common.txt

The list is Debian's wamerican (SCOWL, Kevin Atkinson; permission to use,
copy, modify and distribute, notice below). Kept: the words the list gives
in lower case only: a word it also gives capitalised ("Baker", "Moss") can
be a surname, and the loader keeps such a word as a name.
"""
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english"
words = [w.strip() for w in open(path, encoding="utf-8")]
capital = {w.lower() for w in words if w[:1].isupper()}
keep = sorted({w for w in words if w.isalpha() and w.isascii() and w.islower() and len(w) > 2 and w not in capital})
print("# Common English words, in lower case, that are no capitalised entry of the")
print("# word list (so not a common surname or place): written by")
print("# scripts/english-words.py from Debian's wamerican (SCOWL).")
print("# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,")
print("# modify, distribute and sell these word lists, the associated scripts, the")
print("# output created from the scripts, and its documentation for any purpose is")
print("# hereby granted without fee, provided that the above copyright notice appears")
print("# in all copies and that both that copyright notice and this permission notice")
print("# appear in supporting documentation. Kevin Atkinson makes no representations")
print("# about the suitability of this array for any purpose. It is provided \"as is\"")
print("# without express or implied warranty.")
for w in keep:
    print(w)
