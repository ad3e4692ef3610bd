/**
 * `npx tsx scripts/deck-coverage.ts FILE... [--list]`: what the deck does with the claims the
 * engine already judges sound. Per essay: published items, the true/false balance, how many of
 * the main ideas (the most central sentences, centrality.ts) get a published item, and the sound
 * true statements left out for want of a false partner — with, for each, whether the claim has
 * any other sound item the deck could ask instead. `--list` prints those claims.
 * Main ideas are counted among the claims that reach the deck (a claim none of whose candidates
 * clears the quality floor is not seen here).
 */
import { generateFromEssay } from "../lib/generate/index";
import type { Candidate } from "../lib/generate/make-items";
import type { Claim } from "../lib/generate/extract-claims";
import { readEssayFile } from "../lib/content/read-essay-file";

interface Figures {
  published: number;
  trues: number;
  falses: number;
  mainIdeas: number;
  mainCovered: number;
  orphanTrues: number;
  orphanWithOther: number;
}

function measure(file: string, list: string[]): Figures & { slug: string; words: number } {
  const essay = readEssayFile(file);
  const sound = new Map<string, Candidate[]>();
  const claims = new Map<string, Claim>();
  const r = generateFromEssay({ title: essay.title, text: essay.text }, (c, reason) => {
    claims.set(c.claim.key, c.claim);
    if (reason === null) sound.set(c.claim.key, [...(sound.get(c.claim.key) ?? []), c]);
  });
  const pub = r.items.filter((i) => i.status === "published");
  const asked = new Set(pub.map((i) => i.claimKey));
  const main = [...claims.values()].filter((c) => c.mainIdea);
  let orphanTrues = 0;
  let orphanWithOther = 0;
  for (const [key, cs] of sound) {
    if (asked.has(key) || !cs.some((c) => c.type === "true_false" && c.truth)) continue;
    orphanTrues++;
    const other = cs.filter((c) => c.type !== "true_false");
    if (other.length) orphanWithOther++;
    list.push(
      `  ${essay.slug.slice(0, 16)} ${claims.get(key)!.mainIdea ? "M" : " "} ${other.map((c) => c.type).join(",") || "-"} | ${cs[0]!.claim.text.replace(/\s+/g, " ").slice(0, 100)}`,
    );
  }
  return {
    slug: essay.slug,
    words: r.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0),
    published: pub.length,
    trues: pub.filter((i) => i.type === "true_false" && i.answer === "True").length,
    falses: pub.filter((i) => i.type === "true_false" && i.answer === "False").length,
    mainIdeas: main.length,
    mainCovered: main.filter((c) => asked.has(c.key)).length,
    orphanTrues,
    orphanWithOther,
  };
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith("--"));
  if (files.length === 0) {
    process.stderr.write("usage: npx tsx scripts/deck-coverage.ts FILE... [--list]\n");
    return 2;
  }
  const list: string[] = [];
  const total: Figures = {
    published: 0,
    trues: 0,
    falses: 0,
    mainIdeas: 0,
    mainCovered: 0,
    orphanTrues: 0,
    orphanWithOther: 0,
  };
  const head =
    "essay                                    pub  T/F true/false  main ideas  unasked true (other sound item)";
  const rows = [head];
  for (const file of files) {
    const f = measure(file, list);
    for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += f[k];
    rows.push(
      `${f.slug.slice(0, 40).padEnd(40)} ${String(f.published).padStart(4)}  ${`${f.trues}/${f.falses}`.padStart(14)}  ${`${f.mainCovered}/${f.mainIdeas}`.padStart(10)}  ${f.orphanTrues} (${f.orphanWithOther})`,
    );
  }
  rows.push(
    `${"all".padEnd(40)} ${String(total.published).padStart(4)}  ${`${total.trues}/${total.falses}`.padStart(14)}  ${`${total.mainCovered}/${total.mainIdeas}`.padStart(10)}  ${total.orphanTrues} (${total.orphanWithOther})`,
  );
  process.stdout.write(`${rows.join("\n")}\n`);
  if (argv.includes("--list")) process.stdout.write(`${list.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
