#!/usr/bin/env python3
"""Judging packets holding a text's published items and a sample of its drafts, shuffled together
so a judge cannot tell them apart: the verdicts then say both how good the deck is and what the
deck's caps and gates cost.

Usage: npx tsx scripts/judging/dump.mts FILE... > dump.json
       scripts/judging/packets.py dump.json OUTDIR [--drafts N]
Writes OUTDIR/packets/<slug>.md (what judges see) and OUTDIR/items.json (what each number was).
"""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import write_packet  # noqa: E402

args = sys.argv[1:]
per_kind = 2
if "--drafts" in args:
    i = args.index("--drafts"); per_kind = int(args[i + 1]); del args[i:i + 2]
dump_path, outdir = args[0], args[1]
os.makedirs(os.path.join(outdir, "packets"), exist_ok=True)


def why_draft(it):
    """The first rule that kept a draft out of the deck, by family."""
    rules = [r for r in it["rules"] if r not in ("deck.draft", "deck.published")]
    first = rules[0] if rules else ""
    if first == "deck.true-cap":
        return "true-cap"
    if first in ("deck.same-sentence", "deck.replaced"):
        return "same-sentence"
    if first.startswith("gate."):
        return "gate"
    if not first and 0.4 <= it["quality"] < 0.5:
        return "below-floor"
    return None


record = {}
for e in json.load(open(dump_path)):
    rng = random.Random(20261201)
    pub = [dict(it, pool="published") for it in e["items"] if it["status"] == "published"]
    drafts = []
    for kind in ("true-cap", "same-sentence", "below-floor", "gate"):
        pool = [it for it in e["items"] if it["status"] != "published" and why_draft(it) == kind]
        rng.shuffle(pool)
        drafts += [dict(it, pool=kind) for it in pool[:per_kind]]
    items = pub + drafts
    rng.shuffle(items)
    write_packet(outdir, e["slug"], e["file"], items)
    record[e["slug"]] = {"words": e["words"], "items": items}
    print(e["slug"], len(pub), "published,", len(drafts), "drafts")
json.dump(record, open(os.path.join(outdir, "items.json"), "w"), indent=1)
