import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * Rules weighed on every judged round at once (sessions 5–11), not on one round's rejections:
 * a kind of item the judges turned down on text after text, whatever its topic.
 */

/** The idea rules that make a false statement by one word's dictionary opposite. */
const ANTONYM_FLIPS = new Set(["idea.claim-antonym", "idea.claim-verb-antonym"]);

export const JUDGED_GATE_RULES_10: Rule<GateView>[] = [
  {
    id: "gate.false-by-antonym",
    why: "A false statement made by one adjective or verb turned into its dictionary opposite ('safe' → 'dangerous', 'reduce' → 'gain', 'enjoyed' → 'suffered') reads as arguable or as broken English far more often than as a plain falsehood: the opposite rarely fits the words around it ('gain your risk'). Over every judged round both judges accepted 8 of 54 distinct statements made so (a frequency turned: 10 of 20), so they stay drafts; a comparative, a frequency or a swapped contrast still makes a false statement.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the old bridge was dangerous for carts.",
        answer: "False",
        sentence: "The old bridge was safe for carts.",
        rule: "idea.claim-antonym",
      },
      {
        type: "true_false",
        prompt: "According to the essay, regular walks can gain your risk of a fall.",
        answer: "False",
        sentence: "Regular walks can reduce your risk of a fall.",
        rule: "idea.claim-verb-antonym",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the old bridge was safe for carts.",
        answer: "True",
        sentence: "The old bridge was safe for carts.",
        rule: "idea.claim-antonym",
      },
      {
        type: "true_false",
        prompt: "According to the essay, river water is rarely used for the mill.",
        answer: "False",
        sentence: "River water is often used for the mill.",
        rule: "idea.claim-frequency",
      },
      {
        type: "true_false",
        prompt: "According to the essay, salt water is lighter than fresh water.",
        answer: "False",
        sentence: "Salt water is heavier than fresh water.",
        rule: "idea.claim-comparative",
      },
    ],
    test: (v) => v.type === "true_false" && v.answer === "False" && ANTONYM_FLIPS.has(v.rule ?? ""),
  },
];
