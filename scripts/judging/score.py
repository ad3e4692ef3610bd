#!/usr/bin/env python3
"""Both-judges acceptance of a round's items, by pool (published, or why a draft stayed one),
by kind and by text.

Usage: scripts/judging/score.py ROUND_DIR   (ROUND_DIR/items.json; verdicts in
       ROUND_DIR/**/verdicts/judge-*.json, two judges per text)
"""
import collections, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import load_rows  # noqa: E402

root = sys.argv[1]
items, rows = load_rows(root)


def table(title, key, subset):
    c = collections.defaultdict(lambda: [0, 0])
    for r in subset:
        c[key(r)][0] += r["ok"]
        c[key(r)][1] += 1
    print(f"\n{title}")
    for k, (a, n) in sorted(c.items(), key=lambda x: -x[1][1]):
        print(f"  {str(k):<40} {a:>4} / {n:<4} {100 * a / n:5.0f}%")


if any(r["pool"] in ("both", "base-only", "new-only") for r in rows):
    # A union round (union.py): each build is scored on what it published.
    for build in ("base", "new"):
        mine = [r for r in rows if r["pool"] in ("both", f"{build}-only")]
        words = sum(items[s]["words"] for s in {r["slug"] for r in rows})
        ok = sum(r["ok"] for r in mine)
        print(f"{build}: {ok} of {len(mine)} accepted ({100 * ok / max(1, len(mine)):.0f}%),"
              f" {1000 * len(mine) / words:.1f} per 1,000 words")
    for r in rows:
        if r["pool"] != "new-only":
            r["pool"] = "published" if r["pool"] == "both" else r["pool"]
pub = [r for r in rows if r["pool"] == "published"]
table("by pool", lambda r: r["pool"], rows)
table("published, by kind", lambda r: r["kind"], pub)
table("drafts, by pool and kind", lambda r: (r["pool"], r["kind"]), [r for r in rows if r["pool"] != "published"])
table("published, by text", lambda r: r["slug"][:40], pub)
table("published, by quality", lambda r: round(min(r["quality"], 0.99) * 10) / 10, pub)
flaws = collections.Counter(f for r in pub if not r["ok"] for f in r["flaws"])
print("\nflaws on rejected published items:", flaws.most_common(8))

if "--show" in sys.argv:
    want = sys.argv[sys.argv.index("--show") + 1]
    for r in rows:
        if r["kind"] == want or r["pool"] == want:
            mark = "OK " if r["ok"] else "NO "
            p = re.sub(r"^Context: “.*?” ", "[ctx] ", r["prompt"], flags=re.S)
            print(mark, r["pool"][:8], f"{r['quality']:.2f}", "|", p[:140], "=>", str(r["answer"])[:60], r["flaws"])
