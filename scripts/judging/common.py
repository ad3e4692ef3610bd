"""What the judging scripts share: how a packet is written, what kind an item is, and when a
verdict counts as an acceptance."""
import collections
import glob
import json
import os
import re
import sys


def write_packet(outdir, slug, path, items):
    """Numbers `items` in place (their "n") and writes OUTDIR/packets/<slug>.md."""
    text = open(path, encoding="utf-8").read()
    lines = [f"# Essay: {slug}", "", text, "", "# Items to judge", ""]
    for k, it in enumerate(items, 1):
        it["n"] = k
        lines.append(f"## {k}. [{it['type']}]")
        lines.append(f"prompt: {it['prompt']}")
        if it.get("choices"):
            lines.append("choices: " + " | ".join(map(str, it["choices"])))
        lines.append(f"answer: {it['answer']}")
        lines.append(f"cited sentence: {it['sentence']}")
        lines.append("")
    os.makedirs(os.path.join(outdir, "packets"), exist_ok=True)
    open(os.path.join(outdir, "packets", f"{slug}.md"), "w").write("\n".join(lines))


def accepted(v):
    # A union packet holds both builds' versions of one fact; no build publishes both, so a
    # verdict whose only fault is repeating another item of the packet is an acceptance.
    faults = set(v.get("flaws", [])) - {"trivial"}
    repeat = "duplicate" in v.get("flaws", []) or "duplicat" in v.get("note", "").lower()
    return v["acceptable"] or (repeat and faults <= {"duplicate"})


def kind(it):
    """The kind of item the audits count by (an index of a stored round records it)."""
    if "kind" in it:
        return it["kind"]
    p = re.sub(r"^Context: “.*?” ", "", it["prompt"], flags=re.S)
    if it["type"] == "true_false":
        return "true statement" if it["answer"] == "True" else "false statement"
    if it["type"] in ("cloze", "mcq"):
        return it["type"]
    if "_____" in p:
        return "blank card"
    if re.match(r"What does the (?:author|essay|speaker|text) (?:say|argue|claim) about", p):
        return "claim card"
    if p.startswith("What main point") or re.match(r"What point do(?:es)? th(?:ese|is) sentences?", p):
        return "paragraph point"
    return "question"


def load_round(root):
    """A round's items (ROOT/items.json), its verdicts (ROOT/**/verdicts/judge-*.json) as
    slug -> judge -> {n: verdict}, and each judge's list of the text's main ideas per slug."""
    items = json.load(open(os.path.join(root, "items.json")))
    verdicts = collections.defaultdict(dict)
    main_ideas = collections.defaultdict(list)
    for path in glob.glob(os.path.join(root, "**", "verdicts", "judge-*.json"), recursive=True):
        judge = os.path.basename(path)[6:-5]
        for slug, v in json.load(open(path))["essays"].items():
            slug = slug.removesuffix(".md")
            verdicts[slug][judge] = {x["n"]: x for x in v["items"]}
            main_ideas[slug].append(v.get("main_ideas", []))
    return items, verdicts, main_ideas


def load_rows(root):
    """A round's items and one row per item both judges gave a verdict on: its kind,
    both-accept, idea and the flaws named."""
    items, verdicts, _ = load_round(root)
    rows = []
    for slug, rec in items.items():
        js = verdicts.get(slug, {})
        if len(js) < 2:
            print("missing verdicts:", slug, sorted(js), file=sys.stderr)
            continue
        for it in rec["items"]:
            vs = [j[it["n"]] for j in js.values() if it["n"] in j]
            if len(vs) < 2:
                continue
            rows.append(dict(it, slug=slug, kind=kind(it), ok=all(accepted(v) for v in vs),
                             idea=any(v.get("idea") for v in vs),
                             flaws=sorted({f for v in vs for f in v.get("flaws", [])})))
    return items, rows
