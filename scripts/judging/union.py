#!/usr/bin/env python3
"""Judging packets for two builds at once: the union of what each publishes on the same texts,
shuffled, so one pair of judges scores both builds blind to which made what.

Usage: scripts/judging/union.py base-dump.json new-dump.json OUTDIR
Writes OUTDIR/packets/<slug>.md and OUTDIR/items.json (each item's builds, as "pool").
"""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import write_packet  # noqa: E402

base, new, outdir = (json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3])
os.makedirs(os.path.join(outdir, "packets"), exist_ok=True)
record = {}
for b, n in zip(base, new):
    assert b["slug"] == n["slug"]
    union = {}
    for build, e in (("base", b), ("new", n)):
        for it in e["items"]:
            if it["status"] != "published":
                continue
            k = (it["type"], it["prompt"], it["answer"])
            union.setdefault(k, dict(it, builds=[]))["builds"].append(build)
    items = list(union.values())
    for it in items:
        it["pool"] = "both" if len(it["builds"]) == 2 else it["builds"][0] + "-only"
    random.Random(20261201).shuffle(items)
    write_packet(outdir, n["slug"], n["file"], items)
    record[n["slug"]] = {"words": n["words"], "items": items}
    print(n["slug"], len(items), "items")
json.dump(record, open(os.path.join(outdir, "items.json"), "w"), indent=1)
