/**
 * `npx tsx scripts/judging/dump.mts FILE...`: every stored item of each text, with its quality
 * and the gate, flaw and deck rules that decided it, as JSON for the judging scripts here
 * (packets.py, union.py, score.py, rescore.py). No database, no network.
 */
import { readEssayFile } from "../../lib/content/read-essay-file";
import { generateFromEssay } from "../../lib/generate/index";
import type { TraceEntry } from "../../lib/generate/rules";

const out = [];
for (const file of process.argv.slice(2)) {
  const essay = readEssayFile(file);
  const rulesOf = new Map<string, string[]>();
  // The rule that made each candidate (the idea, statement or blank rule), by item key.
  const madeBy = new Map<string, string>();
  const r = generateFromEssay(
    { title: essay.title, text: essay.text },
    (c) => madeBy.set(c.key, c.rule ?? `${c.type}.${c.span?.kind ?? "plain"}`),
    (t: TraceEntry) => {
      if (t.stage !== "gate" && t.stage !== "deck" && t.stage !== "flaw") return;
      rulesOf.set(t.subject, [...(rulesOf.get(t.subject) ?? []), t.rule]);
    },
  );
  out.push({
    slug: essay.slug,
    file,
    words: essay.text.split(/\s+/).filter(Boolean).length,
    items: r.items.map((i) => ({
      key: i.key,
      type: i.type,
      status: i.status,
      quality: i.quality,
      reason: i.reason ?? null,
      rules: rulesOf.get(i.key) ?? [],
      madeBy: madeBy.get(i.key) ?? null,
      prompt: i.prompt,
      answer: i.answer,
      choices: i.choices ?? null,
      sentence: i.source.sentence,
    })),
  });
}
process.stdout.write(JSON.stringify(out, null, 1));
