import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { perEssay, STOPWORDS } from "./text-utils";

/**
 * Publishing rules from two blind judges' verdicts on real texts the generator was not tuned on
 * (docs/quality/generator-2.5-precision.md): a blank the essay's heading fills, a false statement
 * whose swap any reader spots. More in gate-precision-rules-5.ts.
 */

const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, "");
const contentWords = (s: string) =>
  (s.match(/\p{L}{3,}/gu) ?? []).map(stem).filter((w) => !STOPWORDS.has(w));

/**
 * The essay's heading: the short paragraphs before its first paragraph of prose (a title, a
 * subtitle, "From the founder of …"), where a reader sees what the essay is about.
 */
const headingWords = perEssay((essay) => {
  const words = new Set<string>();
  for (const para of essay.split(/\n\s*\n/)) {
    const n = para.split(/\s+/).filter(Boolean).length;
    if (n >= 20) break;
    if (n > 12) continue;
    for (const w of contentWords(para)) words.add(w);
  }
  return words;
});

/**
 * Evaluative pairs whose swap makes a statement a reader rejects on its face ("the definition
 * of bad town government", "needed, and therefore costly", "the short road is nasty to walk").
 */
const TRANSPARENT_PAIRS: readonly (readonly [string, string])[] = [
  ["good", "bad"],
  ["better", "worse"],
  ["best", "worst"],
  ["nice", "nasty"],
  ["bright", "dull"],
  ["improved", "worsened"],
  ["better", "worsened"],
  ["improve", "worsen"],
  ["included", "excluded"],
  ["include", "exclude"],
  ["wise", "unwise"],
  ["necessary", "unnecessary"],
  ["useful", "useless"],
  ["beautiful", "ugly"],
];

/** Words of one text the other lacks, lower case. */
function missingFrom(a: string, b: string): string[] {
  const other = new Set(b.toLowerCase().match(/\p{L}+/gu) ?? []);
  return (a.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !other.has(w));
}

export const PRECISION_GATE_RULES_4: Rule<GateView>[] = [
  {
    id: "gate.heading-key",
    why: "A blank the essay's heading fills ('_____ was founded to plant trees' → 'Arbor Day' under the subtitle 'From the founder of Arbor Day'; 'the _____ authority' in a text headed 'The Executive Office') is answered by the page's top lines, not by reading.",
    fires: [
      {
        type: "cloze",
        prompt: "To save the coast from floods, _____ was founded.",
        answer: "Dike Week",
        sentence: "To save the coast from floods, Dike Week was founded.",
        essay:
          "ON DIKES.\n\nBy the founder of Dike Week.\n\nThe coast has always flooded, and the people who live on it have always built walls against the sea.",
      },
      {
        type: "cloze",
        prompt: "Delay weakens the _____ in every crisis.",
        answer: "harbour board",
        sentence: "Delay weakens the harbour board in every crisis.",
        essay:
          "No. 7\n\nThe Harbour Further Considered\n\nThere is an idea, which has its friends, that a strong harbour board is at odds with the spirit of a free port.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Delay weakens the _____ in every crisis.",
        answer: "ferry company",
        sentence: "Delay weakens the ferry company in every crisis.",
        essay:
          "No. 7\n\nThe Harbour Further Considered\n\nThere is an idea, which has its friends, that a strong harbour board is at odds with the spirit of a free port.",
      },
      {
        type: "cloze",
        prompt: "_____ and I were baking bread in the kitchen.",
        answer: "Mara Lind",
        sentence: "Mara Lind and I were baking bread in the kitchen.",
        essay:
          "Thanks, and next steps\n\nMara Lind and I were baking bread in the kitchen, tired after the long and noisy meeting of the whole village council the day before.",
      },
    ],
    test: (v) => {
      if (!v.essay || !v.prompt.includes("_____") || /\d/.test(v.answer)) return false;
      const heading = headingWords(v.essay);
      const words = contentWords(v.answer);
      const fromHeading = words.filter((w) => heading.has(w)).length;
      return fromHeading > 0 && fromHeading * 2 >= words.length;
    },
  },
  {
    id: "gate.transparent-swap",
    why: "A false statement made by an evaluative opposite ('good' → 'bad', 'unnecessary' → 'necessary', 'included' → 'excluded') reads false on its face, often against its own sentence ('necessary, and therefore costly'): judges call it a giveaway.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of bad town government.",
        answer: "False",
        sentence: "A strong mayor is the mark of good town government.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a second ferry would be necessary, and therefore costly.",
        answer: "False",
        sentence: "A second ferry would be unnecessary, and therefore costly.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, it is usually dangerous to cross the bay at night.",
        answer: "False",
        sentence: "It is usually safe to cross the bay at night.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of good town government.",
        answer: "True",
        sentence: "A strong mayor is the mark of good town government.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "False") return false;
      const added = missingFrom(v.prompt, v.sentence);
      const removed = missingFrom(v.sentence, v.prompt);
      return TRANSPARENT_PAIRS.some(
        ([a, b]) =>
          (added.includes(a) && removed.includes(b)) || (added.includes(b) && removed.includes(a)),
      );
    },
  },
];
