#!/usr/bin/env python3
"""Write loader/lexicon/first-names-{female,male,either}.txt from Faker's name lists.

usage: first-names.py [FAKER_DIR]   (default: Debian's python3-fake-factory,
/usr/lib/python3/dist-packages/faker; apt-get install python3-fake-factory)

Faker (Daniele Faraglia, MIT licence, notice below) lists first names by sex
for many locales, from public name statistics. Kept: the names of the
Latin-script locales below, lower case; a name that any locale lists for
both sexes is dropped from both files (481 of them), so that a
listed name says a person's sex with little doubt, and written to the
third. The loader reads them to let "she" skip a man named in full and
"he" a woman, and to tell a first name from a common word that opens a
sentence ("Six Quists ...").
"""
import importlib, os, sys

faker_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/faker"
sys.path.insert(0, os.path.dirname(faker_dir))
LOCALES = ["en", "en_US", "en_GB", "en_NZ", "es_ES", "es_MX", "fr_FR", "fr_CH", "de_DE", "de_AT",
           "de_CH", "nl_NL", "pt_BR", "pt_PT", "it_IT", "pl_PL", "sv_SE", "no_NO", "dk_DK", "fi_FI",
           "cs_CZ", "hr_HR", "sl_SI", "ro_RO", "hu_HU", "tr_TR", "lt_LT", "lv_LV", "et_EE", "id_ID"]
female, male = set(), set()
for loc in LOCALES:
    try:
        p = importlib.import_module("faker.providers.person." + loc).Provider
    except ImportError:
        continue
    for attr, into in (("first_names_female", female), ("first_names_male", male)):
        for n in getattr(p, attr, None) or ():
            n = n.strip().lower()
            if n.isalpha() and len(n) > 1:
                into.add(n)
# names Faker's Latin-script locales give one sex that South Asian and Arab
# naming gives the other too ("Rana" a woman's name in Arabic, a man's in
# Pakistan and India): of either sex
BOTH_TOO = {"rana"}
both = female & male | (BOTH_TOO & (female | male))
# names that English news writes as something else, capitalised: "Garda"
# is the Irish police and its officers ("Garda Commissioner")
NOT_NAMES = {"garda"}
female, male, both = female - NOT_NAMES, male - NOT_NAMES, both - NOT_NAMES
NOTICE = """# Faker: Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted,
# free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy,
# modify, merge, publish, distribute, sublicense, and/or sell copies of the
# Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions
# of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
# KIND, EXPRESS OR IMPLIED."""
for sex, names in (("female", female - both), ("male", male - both), ("either", both)):
    with open(os.path.join(os.path.dirname(__file__), "..", "loader", "lexicon", f"first-names-{sex}.txt"), "w", encoding="utf-8") as f:
        if sex == "either":
            f.write("# First names given to both sexes, lower case: written by\n")
        else:
            f.write(f"# First names given to {sex}s only, lower case: written by\n")
        f.write("# scripts/first-names.py from Faker's name lists (Debian's\n")
        f.write("# python3-fake-factory); a name listed for both sexes is in the\n")
        f.write("# either file only.\n")
        f.write(NOTICE + "\n")
        for n in sorted(names):
            f.write(n + "\n")
    print(sex, len(names), file=sys.stderr)
print("both (dropped)", len(both), file=sys.stderr)
