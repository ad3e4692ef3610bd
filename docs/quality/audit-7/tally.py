#!/usr/bin/env python3
"""tally.py PACKETDIR judge-a.json judge-b.json — per text: published(in packet), both accept, idea share, main ideas covered."""
import json, sys, os, re
pdir, a, b = sys.argv[1:4]
A = json.load(open(a))["essays"]; B = json.load(open(b))["essays"]
tot = dict(n=0, acc=0, idea=0, ia=0, ib=0, triv=0)
flaws = {}
for f in sorted(os.listdir(pdir)):
    stem = f[:-3]
    n = len(re.findall(r"^## \d+\. ", open(os.path.join(pdir, f)).read(), re.M))
    ea, eb = A.get(stem, {"items": [], "main_ideas": []}), B.get(stem, {"items": [], "main_ideas": []})
    va = {i["n"]: i for i in ea["items"]}; vb = {i["n"]: i for i in eb["items"]}
    both = [k for k in range(1, n + 1) if va.get(k, {}).get("acceptable") and vb.get(k, {}).get("acceptable")]
    idea = [k for k in both if va[k].get("idea") and vb[k].get("idea")]
    triv = [k for k in both if va[k].get("trivial") or vb[k].get("trivial")]
    cov = lambda e: sum(1 for m in e.get("main_ideas", []) if any(t in both for t in m.get("tested_by", [])))
    ca, cb = sum(1 for k in range(1, n+1) if va.get(k, {}).get("acceptable")), sum(1 for k in range(1, n+1) if vb.get(k, {}).get("acceptable"))
    for v in (va, vb):
        for k, it in v.items():
            for fl in it.get("flaws", []): flaws[fl] = flaws.get(fl, 0) + 1
    print(f"{stem:40s} n={n:3d} A={ca:3d} B={cb:3d} both={len(both):3d} ({100*len(both)/max(n,1):.0f}%) idea={len(idea)}/{len(both)} trivial={len(triv)} main ideas A/B={cov(ea)}/{cov(eb)}")
    tot["n"] += n; tot["acc"] += len(both); tot["idea"] += len(idea); tot["ia"] += ca; tot["ib"] += cb; tot["triv"] += len(triv)
print(f"ALL n={tot['n']} A={tot['ia']} B={tot['ib']} both={tot['acc']} ({100*tot['acc']/max(tot['n'],1):.0f}%) idea={tot['idea']}/{tot['acc']} trivial={tot['triv']}")
print("flaws:", sorted(flaws.items(), key=lambda x: -x[1]))
