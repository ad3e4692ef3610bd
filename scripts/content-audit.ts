/**
 * `npm run content:audit [-- FILE...]`: per essay and item type, how many candidates were made,
 * what each flaw check removed, and how many items were published or left as drafts.
 * `--by-rule` instead counts, over all files, how often each stage's rules decided something;
 * `--by-sentence` counts what stopped each sentence that publishes nothing.
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
  const byRule = argv.includes("--by-rule");
  const bySentence = argv.includes("--by-sentence");
  let files = argv.filter((a) => a !== "--" && a !== "--by-rule" && a !== "--by-sentence");
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
  if (byRule) return countRules(files);
  if (bySentence) return countSentenceStops(files);
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

/** How often each rule fired over the files, by stage in pipeline order. */
function countRules(files: string[]): number {
  const counts = new Map<string, number>();
  for (const file of files) {
    const essay = readEssayFile(file);
    generateFromEssay({ title: essay.title, text: essay.text }, undefined, (t) => {
      const k = `${t.stage}\t${t.rule}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    });
  }
  const order = ["claims", "lead-in", "idea", "flaw", "gate", "deck"];
  const rows = [...counts].sort((a, b) => {
    const [sa, ra] = a[0].split("\t") as [string, string];
    const [sb, rb] = b[0].split("\t") as [string, string];
    return order.indexOf(sa) - order.indexOf(sb) || b[1] - a[1] || ra.localeCompare(rb);
  });
  const out = [`${pad("stage", 8)}${pad("rule", 34)}${pad("fired", 7, true)}`];
  for (const [k, n] of rows) {
    const [stage, rule] = k.split("\t") as [string, string];
    out.push(`${pad(stage, 8)}${pad(rule, 34)}${pad(n, 7, true)}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

/**
 * For each sentence (claim) of the files, what stopped it: published, a deck rule that left out a
 * sound item, a gate rule, a draft that never reached the gate (under the quality floor or needing
 * context it cannot show), or no candidate that survived the flaw checks.
 */
function countSentenceStops(files: string[]): number {
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  let sentences = 0;
  for (const file of files) {
    const essay = readEssayFile(file);
    const rules = new Map<string, string[]>();
    const r = generateFromEssay({ title: essay.title, text: essay.text }, undefined, (t) => {
      rules.set(t.subject, [...(rules.get(t.subject) ?? []), t.rule]);
    });
    for (const claim of r.claims) {
      sentences++;
      const items = r.items.filter((i) => i.claimKey === claim.key);
      if (items.some((i) => i.status === "published")) {
        add("published");
        continue;
      }
      const fired = items.map((i) => rules.get(i.key) ?? []);
      const held = (rs: string[]) => rs.some((x) => /^(?:gate|flaw)\./.test(x));
      const deckRule = fired
        .filter((rs) => !held(rs))
        .flatMap((rs) => rs.filter((x) => x.startsWith("deck.") && x !== "deck.draft"))[0];
      const gateRule = fired.flatMap((rs) => rs.filter((x) => x.startsWith("gate.")))[0];
      if (deckRule) add(`left out by ${deckRule}`);
      else if (gateRule) add("held by a gate rule");
      else if (items.length) add("drafts under the quality floor or needing unshown context");
      else add("no candidate survived the flaw checks");
    }
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = [`${pad("sentences", 11, true)}  stopped by`];
  for (const [k, n] of rows) out.push(`${pad(n, 11, true)}  ${k}`);
  out.push(`${pad(sentences, 11, true)}  all sentences`);
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
