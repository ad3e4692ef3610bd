import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { withoutFrame } from "./speaker-frame";
import { sameStem } from "./text-utils";

/**
 * Rules from session 17 on round s29b's verdicts: a definition that names its own subject twice,
 * and a blank whose gloss stands right after it.
 */

/** "Coastal erosion is erosion of the coast": a modifier, its noun, then the copula and the noun again. */
const NAMES_ITSELF =
  /^(\p{L}+)\s+(\p{L}+)\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)??(\p{L}+)\b(.*)$/u;

/** "What is coastal erosion?": a definition asked of a two-word term. */
const WHAT_IS = /^What (?:is|are) (\p{L}+ \p{L}+)\?$/u;

/** "(also called …)", "(also known as …)", "(or …)": a second name for what stands before it. */
const GLOSS_AFTER_BLANK =
  /_____\s*\((?:also\s+(?:called|known\s+as|termed|named)|or|i\.e\.,?|that\s+is,?|aka)\s/i;

export const JUDGED_GATE_RULES_19: Rule<GateView>[] = [
  {
    id: "gate.statement-names-itself",
    why: "'Coastal erosion is erosion of the coast', 'Lung disease is a disease of the lungs': a definition that repeats its own noun and its own modifier is true on its face; judged in round s29b, both judges called it obvious.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, coastal erosion is erosion that wears away the coast.",
        answer: "True",
        sentence: "Coastal erosion is erosion that wears away the coast.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, lung disease is a disease of the lungs.",
        answer: "True",
        sentence: "Lung disease is a disease of the lungs.",
      },
      {
        type: "flashcard",
        prompt: "What is coastal erosion?",
        answer: "erosion that wears away the coast",
        sentence: "Coastal erosion is erosion that wears away the coast.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is coastal erosion?",
        answer: "erosion caused by waves and storms",
        sentence: "Coastal erosion is erosion caused by waves and storms.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, coastal erosion is erosion caused by waves and storms.",
        answer: "True",
        sentence: "Coastal erosion is erosion caused by waves and storms.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, river sand is a sand of rounded grains.",
        answer: "False",
        sentence: "River sand is a sand of sharp grains.",
      },
    ],
    test: (v) => {
      // "What is coastal erosion?" → "erosion that wears away the coast" says the same.
      const asked = WHAT_IS.exec(v.prompt);
      const stated =
        v.type === "true_false"
          ? v.answer === "True" && withoutFrame(v.prompt)
          : asked && `${asked[1]} is ${v.answer}`;
      if (!stated) return false;
      const m = NAMES_ITSELF.exec(stated);
      if (!m) return false;
      const [, modifier, noun, again, rest] = m as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      if (noun.toLowerCase() !== again.toLowerCase()) return false;
      return (rest.match(/\p{L}{4,}/gu) ?? []).some((w) => sameStem(w, modifier));
    },
  },
  {
    id: "gate.gloss-after-blank",
    why: "'farmers who grow _____ (also called field beans)': the other name for the key stands right after the blank and gives it away; both judges called it obvious in round s29b. (A blank inside the gloss, 'Broad beans (also called _____)', asks the second name and stays.)",
    fires: [
      {
        type: "cloze",
        prompt: "Farmers who grow _____ (also called field beans) rotate them with wheat.",
        answer: "broad beans",
        sentence: "Farmers who grow broad beans (also called field beans) rotate them with wheat.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Broad beans (also called _____) are rotated with wheat.",
        answer: "field beans",
        sentence: "Broad beans (also called field beans) are rotated with wheat.",
      },
    ],
    test: (v) => v.type !== "true_false" && GLOSS_AFTER_BLANK.test(v.prompt),
  },
];
