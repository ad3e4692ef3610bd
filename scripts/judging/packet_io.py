"""Writing one judging packet: the text, then its numbered items (what judges see)."""
import os


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
