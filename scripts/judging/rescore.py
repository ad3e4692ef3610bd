#!/usr/bin/env python3
"""A build's published items scored by an earlier round's verdicts, matched by type, prompt and
answer: how many were judged, how many of those both judges accepted, and what is new.

Usage: scripts/judging/rescore.py ROUND_DIR dump.json [--new]
"""
import json, os, sys
sys.argv, args = sys.argv[:2], sys.argv[2:]
root = sys.argv[1]
exec(open(os.path.join(os.path.dirname(__file__), "score.py")).read().split("\ndef table")[0])
judged = {(r["slug"], r["type"], r["prompt"], r["answer"]): r for r in rows}
dump = json.load(open(args[0]))
ok = n = new = total = 0
for e in dump:
    if e["slug"] not in items:
        continue
    for it in e["items"]:
        if it["status"] != "published":
            continue
        total += 1
        r = judged.get((e["slug"], it["type"], it["prompt"], it["answer"]))
        if r is None:
            new += 1
            if "--new" in args:
                print("NEW", e["slug"][:20], it["type"], "|", it["prompt"][-120:], "=>", it["answer"][:50])
            continue
        n += 1
        ok += r["ok"]
print(f"published {total}; judged {n}, accepted {ok} ({100 * ok / max(1, n):.0f}%); unjudged {new}")
