/**
 * `npx tsx scripts/false-coverage.ts FILE... [--list]`: where false statements fail. For every
 * sentence whose true statement passes the gate, what became of its false statements: none was
 * written (no flip or swap fired), every one was held by the gate (by which rule), or one passed.
 * The deck's balance lets in one true statement per sound false one, so this says which flips
 * would pay. `--list` prints the sentences with no false candidate at all; `--held` the swaps
 * held because the swapped-in name plays another role in the essay.
 */
import { generateFromEssay } from "../lib/generate/index";
import type { Candidate } from "../lib/generate/make-items";
import { readEssayFile } from "../lib/content/read-essay-file";

function main(argv: string[]): number {
  const list = argv.includes("--list") || argv.includes("--held");
  const heldList = argv.includes("--held");
  const files = argv.filter((a) => !a.startsWith("--"));
  const held = new Map<string, number>();
  let soundTrue = 0;
  let noFalse = 0;
  let soundFalse = 0;
  const lines: string[] = [];
  for (const file of files) {
    const essay = readEssayFile(file);
    const byClaim = new Map<string, { c: Candidate; reason: string | null }[]>();
    generateFromEssay({ title: essay.title, text: essay.text }, (c, reason) => {
      byClaim.set(c.claim.key, [...(byClaim.get(c.claim.key) ?? []), { c, reason }]);
    });
    for (const cs of byClaim.values()) {
      const tf = cs.filter((x) => x.c.type === "true_false");
      if (!tf.some((x) => x.c.truth && x.reason === null)) continue;
      soundTrue++;
      const falses = tf.filter((x) => !x.c.truth);
      if (falses.length === 0) {
        noFalse++;
        if (heldList) continue;
        lines.push(`  ${essay.slug.slice(0, 16)} | ${cs[0]!.c.claim.text.replace(/\s+/g, " ")}`);
        continue;
      }
      if (falses.some((x) => x.reason === null)) {
        soundFalse++;
        continue;
      }
      for (const x of falses) {
        if (heldList && x.reason === "role_mismatch")
          lines.push(
            `  ${essay.slug.slice(0, 16)} ${x.c.span?.kind} ${x.c.span?.text} → ${x.c.swapIn} | ${x.c.prompt}`,
          );
        const k = `${x.c.idea ?? (x.c.swapIn ? "swap" : "?")} ← ${x.reason}`;
        held.set(k, (held.get(k) ?? 0) + 1);
      }
    }
  }
  console.log(`sentences with a sound true statement: ${soundTrue}`);
  console.log(`  with a sound false statement too: ${soundFalse}`);
  console.log(`  with no false candidate reaching the gate: ${noFalse}`);
  console.log(`  false candidates held, by kind ← rule:`);
  for (const [k, n] of [...held].sort((a, b) => b[1] - a[1])) console.log(`    ${n}  ${k}`);
  if (list) console.log(lines.join("\n"));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
