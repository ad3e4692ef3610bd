import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";
import { splitSentences } from "./split-text";

const sentences = ["boilerplate-essay.txt", "numbers-essay.txt", "opinion-essay.txt"].flatMap((f) =>
  readFileSync(join(__dirname, "__fixtures__", f), "utf8")
    .split(/\n\s*\n/)
    .flatMap((p) => splitSentences(p.trim()))
    .filter((s) => s.length > 0),
);

// Essays made by recombining fixture sentences (and some scraped-page furniture) into paragraphs.
const essayArb = fc
  .array(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((paras) => paras.map((p) => p.join(" ")).join("\n\n"));

const wordArb = fc.constantFrom(
  "river",
  "Council",
  "grew",
  "by",
  "12%",
  "in",
  "1990",
  "the",
  "Orla",
  "paid",
  "$4 million",
  "for",
  "new",
  "roads",
  "and",
  "schools",
  "it",
);
const randomProseArb = fc
  .array(
    fc.array(wordArb, { minLength: 3, maxLength: 30 }).map((w) => `${w.join(" ")}.`),
    { minLength: 1, maxLength: 8 },
  )
  .map((ss) => ss.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(" "));

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

function checkInvariants(text: string) {
  const r = generateFromEssay({ title: "p", text });
  for (const c of r.claims) expect(text.includes(c.text)).toBe(true);
  for (const i of r.items) {
    expect(text.includes(i.source.sentence)).toBe(true);
    expect(i.explanation).toContain("The essay says:");
    if (
      i.type === "cloze" ||
      i.type === "mcq" ||
      i.type === "short_answer" ||
      i.type === "flashcard"
    ) {
      expect(norm(i.source.sentence)).toContain(norm(i.answer));
    }
    if (i.type === "mcq") {
      expect(i.choices).toHaveLength(4);
      expect(new Set(i.choices!.map((o) => o.toLowerCase())).size).toBe(4);
      expect(i.choices!.filter((o) => o === i.answer)).toHaveLength(1);
      expect(i.prompt).toContain("_____");
    }
    if (i.type === "true_false") {
      expect(i.choices).toEqual(["True", "False"]);
      expect(["True", "False"]).toContain(i.answer);
      if (i.answer === "True") {
        const stmt = i.prompt.replace(/^According to the essay, /, "");
        // An additive "also" or closing "too" may be left out of what is asked.
        const src = i.source.sentence
          .replace(/\s?\[\d+\]/g, "")
          .replace(/(?<!\bbut)\s+also\b(?=\s)/gi, "")
          .replace(/,?\s+(?:too|as well)(?=[.!?]?["”’]?$)/i, "");
        // The statement is the sentence itself, up to a dropped leading connective and the first
        // letter's case — or with an opening pronoun replaced by the name it refers to.
        const restOf = (x: string) => norm(x).replace(/^\S+\s/, "");
        expect(norm(src).endsWith(norm(stmt)) || norm(stmt).endsWith(restOf(src))).toBe(true);
      }
    }
  }
  return r;
}

describe("generation properties", () => {
  it("holds on recombined essays: verbatim sources, supported answers, sound options", () => {
    fc.assert(
      fc.property(essayArb, (text) => void checkInvariants(text)),
      { numRuns: 40 },
    );
  });

  it("holds on random sentence-like text", () => {
    fc.assert(
      fc.property(randomProseArb, (text) => void checkInvariants(text)),
      { numRuns: 60 },
    );
  });

  it("is deterministic: same input, same bytes", () => {
    fc.assert(
      fc.property(essayArb, (text) => {
        const a = JSON.stringify(generateFromEssay({ title: "x", text }));
        const b = JSON.stringify(generateFromEssay({ title: "x", text }));
        expect(a).toBe(b);
      }),
      { numRuns: 15 },
    );
  });
});
