#!/usr/bin/env python3
"""Per genre, for each build of union rounds: texts, words, published, per 1,000 words, both
judges' acceptance, texts at 12 or more per 1,000 words, the idea share of the accepted, and
texts where both judges' lists of five main ideas have four tested by an accepted item.

Usage: scripts/judging/genres.py ROUND_DIR...   (union rounds: items.json + verdicts/judge-*.json;
       the genre is read off the file name's prefix)
"""
import collections, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import accepted, load_round  # noqa: E402

GENRES = [
    ("speech-", "speech"),
    ("wikipedia-", "encyclopedia scrape"),
    ("openstax-", "textbook section"),
    ("gov-", "government history"),
    ("news-", "news"),
    ("health-", "health explainer"),
]


def genre(slug):
    return next((g for p, g in GENRES if slug.startswith(p)), "essay before 1930")


rounds = [load_round(root) for root in sys.argv[1:]]
for build in ("base", "new"):
    acc = collections.defaultdict(collections.Counter)
    for items, verdicts, main_ideas in rounds:
        for slug, rec in items.items():
            mine = [it for it in rec["items"] if it["pool"] in ("both", f"{build}-only")]
            a = acc[genre(slug)]
            a["texts"] += 1
            a["words"] += rec["words"]
            a["published"] += len(mine)
            a["dense"] += 1000 * len(mine) / rec["words"] >= 12
            judges = verdicts.get(slug, {}).values()
            ok_ns = set()
            for it in mine:
                vs = [j[it["n"]] for j in judges if it["n"] in j]
                if len(vs) == 2 and all(accepted(v) for v in vs):
                    ok_ns.add(it["n"])
                    a["idea"] += any(v.get("idea") for v in vs)
            a["ok"] += len(ok_ns)
            covered = [sum(1 for m in ideas if set(m.get("tested_by", [])) & ok_ns)
                       for ideas in main_ideas.get(slug, [])]
            a["ideas4"] += len(covered) == 2 and min(covered) >= 4
    print(f"\n{build}")
    print(f"  {'genre':<22}{'texts':>6}{'words':>8}{'pub':>6}{'/1000':>7}{'accepted':>14}{'≥12':>6}{'idea':>8}{'4/5':>5}")
    tot = collections.Counter()
    for g, a in sorted(acc.items()) + [("all", None)]:
        a = a or tot
        if g != "all":
            tot.update(a)
        pct = 100 * a["ok"] / max(1, a["published"])
        print(f"  {g:<22}{a['texts']:>6}{a['words']:>8}{a['published']:>6}{1000 * a['published'] / a['words']:>7.1f}"
              f"{a['ok']:>7} ({pct:3.0f}%){a['dense']:>6}{a['idea']:>5}/{a['ok']}{a['ideas4']:>5}")
