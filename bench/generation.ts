/**
 * Generation throughput: words of essay text turned into items per second, after a warm-up.
 * Run directly with `tsx bench/generation.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateFromEssay } from "../lib/generate/index";
import { readEssayFile } from "../lib/content/read-essay-file";
import { countWords } from "../lib/generate/text-utils";

function corpus(): string[] {
  const root = join(__dirname, "..");
  const fixtures = join(root, "lib/generate/__fixtures__");
  const texts = readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(fixtures, f), "utf8"));
  try {
    for (const f of readdirSync(join(root, "content"))
      .filter((x) => /\.(?:md|txt)$/.test(x))
      .sort())
      texts.push(readEssayFile(join(root, "content", f)).text);
  } catch {
    // No content/ directory: the fixtures alone are the corpus.
  }
  const out: string[] = [];
  // Repeat so the timed run lasts long enough to swamp timer noise.
  for (let i = 0; i < 20; i++) out.push(...texts);
  return out;
}

export async function benchGeneration(): Promise<{
  words: number;
  seconds: number;
  wordsPerSecond: number;
}> {
  const texts = corpus();
  // Steady state, as in a server that generates essay after essay: V8 is still compiling the
  // generator's rules through the first thousands of sentences, so the whole corpus runs once
  // untimed (timed back to back in one process, the first run reads about a sixth lower than the
  // next ones). No sentence's verdict carries from one essay to the next (lib/generate clears its
  // per-essay memos); word lookups stay warm, as they do in a server.
  for (const t of texts) generateFromEssay({ title: "warm-up", text: t });
  let words = 0;
  const t0 = performance.now();
  for (const text of texts) {
    generateFromEssay({ title: "bench", text });
    words += countWords(text);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { words, seconds, wordsPerSecond: Math.round(words / seconds) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchGeneration().then((r) => {
    process.stdout.write(
      `generation: ${r.words} words in ${r.seconds.toFixed(2)} s = ${r.wordsPerSecond} words/s\n`,
    );
  });
}
