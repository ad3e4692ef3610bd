/**
 * `npm run content:audit [-- FILE...]`: per essay and item type, how many candidates were made,
 * what each flaw check removed, and how many items were published or left as drafts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { generateFromEssay, ITEM_TYPES } from "../lib/generate/index";
import { readEssayFile } from "../lib/content/read-essay-file";

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

function main(argv: string[]): number {
  let files = argv.filter((a) => a !== "--");
  if (files.length === 0) {
    const dir = "content";
    try {
      files = readdirSync(dir)
        .filter((f) => /\.(?:md|txt)$/i.test(f))
        .sort()
        .map((f) => join(dir, f));
    } catch {
      process.stderr.write("no files given and no content/ directory\n");
      return 2;
    }
  }
  const lines: string[] = [];
  const totals = { candidates: 0, removed: 0, published: 0, draft: 0 };
  for (const file of files) {
    const essay = readEssayFile(file);
    const r = generateFromEssay({ title: essay.title, text: essay.text });
    const bp = r.paragraphs.filter((p) => p.boilerplate).length;
    lines.push(`\n${essay.slug} — “${essay.title}”`);
    lines.push(
      `  paragraphs ${r.paragraphs.length} (boilerplate ${bp}), claims ${r.claims.length}`,
    );
    lines.push(
      `  ${pad("type", 13)}${pad("candidates", 11, true)}${pad("removed", 9, true)}${pad("published", 11, true)}${pad("draft", 7, true)}   removed by check`,
    );
    for (const t of ITEM_TYPES) {
      const removedBy = Object.entries(r.audit.removed[t]).sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      );
      const removed = removedBy.reduce((n, [, v]) => n + v, 0);
      const pub = r.items.filter((i) => i.type === t && i.status === "published").length;
      const draft = r.items.filter((i) => i.type === t && i.status === "draft").length;
      totals.candidates += r.audit.candidates[t];
      totals.removed += removed;
      totals.published += pub;
      totals.draft += draft;
      lines.push(
        `  ${pad(t, 13)}${pad(r.audit.candidates[t], 11, true)}${pad(removed, 9, true)}${pad(pub, 11, true)}${pad(draft, 7, true)}   ${removedBy.map(([k, v]) => `${k} ${v}`).join(", ") || "—"}`,
      );
    }
  }
  lines.push(
    `\nall essays: candidates ${totals.candidates}, removed ${totals.removed}, published ${totals.published}, draft ${totals.draft}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
