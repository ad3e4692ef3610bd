#!/usr/bin/env python3
"""A build's published items scored by an earlier round's verdicts, matched by the generator's
stable item key (and by prompt, where the round kept it): how many were judged, how many of those both judges accepted, and what is new.

Usage: scripts/judging/rescore.py ROUND_DIR dump.json [--new]
       (ROUND_DIR as score.py reads it, or a stored round with items-index.json copied to items.json)
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import load_rows  # noqa: E402

root, dump_path, show_new = sys.argv[1], sys.argv[2], "--new" in sys.argv[3:]
items, rows = load_rows(root)
judged = {(r["slug"], r["key"]): r for r in rows}
ok = n = new = total = 0
for e in json.load(open(dump_path)):
    if e["slug"] not in items:
        continue
    for it in e["items"]:
        if it["status"] != "published":
            continue
        total += 1
        r = judged.get((e["slug"], it["key"]))
        # One key can carry reworded text in a later build: only the words judged count as judged.
        if r is not None and r.get("prompt", it["prompt"]) != it["prompt"]:
            r = None
        if r is None:
            new += 1
            if show_new:
                print("NEW", e["slug"][:20], it["type"], "|", it["prompt"][-120:], "=>", it["answer"][:50])
            continue
        n += 1
        ok += r["ok"]
print(f"published {total}; judged {n}, accepted {ok} ({100 * ok / max(1, n):.0f}%); unjudged {new}")
