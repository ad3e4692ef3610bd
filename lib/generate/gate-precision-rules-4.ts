import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { perEssay, pluralStem, STOPWORDS } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const WORDS_OF_THREE = /\p{L}{3,}/gu;

/**
 * Publishing rules from two blind judges' verdicts on real texts the generator was not tuned on
 * (docs/quality/generator-2.5-precision.md): a blank the essay's heading fills. More in
 * gate-precision-rules-5.ts.
 */

const contentWords = (s: string) =>
  (s.match(WORDS_OF_THREE) ?? []).map(pluralStem).filter((w) => !STOPWORDS.has(w));

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

export const PRECISION_GATE_RULES_4: Rule<GateView>[] = [
  {
    id: "gate.heading-key",
    why: "A blank the essay's heading fills ('_____ was founded to save the coast' → 'Dike Week' under the subtitle 'By the founder of Dike Week'; 'the _____ board' in a text headed 'The Harbour Further Considered') is answered by the page's top lines, not by reading.",
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
];
