import { askedPart } from "./gate-judged-rules-5";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * Rules weighed on every judged round at once (sessions 5–11), not on one round's rejections:
 * a kind of item the judges turned down on text after text, whatever its topic.
 */

/** "What was on 27 May …?", "What is for the town?": a copula and then a preposition. */
const WHAT_BE_PREPOSITION =
  /^What (?:is|was|are|were) (?:on|in|at|for|during|from|since|by|with|to|of)\b/;
/** "… as noticeable as?": a comparison whose other side the question cut off. */
const ENDS_ON_COMPARISON = /\b(?:as|than)\?$/;
/** Items asked as a question with a written answer (flashcards and short answers). */
export const QUESTION_TYPES = new Set(["flashcard", "short_answer"]);

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
  {
    id: "gate.what-be-preposition",
    why: "'The latest eruption was on 27 May' asked as 'What was on 27 May …?', 'For the catfish is the demon of the deep' as 'What is for the catfish?': a question whose 'is' runs straight into a preposition asks for a subject the sentence never had; it reads as garbled.",
    fires: [
      {
        type: "flashcard",
        prompt: "What was on 3 June 1911, at the north pier as reported by the gazette?",
        answer: "The last landing",
        sentence:
          "The last landing was on 3 June 1911, at the north pier as reported by the gazette.",
      },
      {
        type: "short_answer",
        prompt: "What is for the miller?",
        answer: "the river, and keeps the wheel turning",
        sentence: "For the miller the river is everything, and keeps the wheel turning.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What was the last landing at the north pier?",
        answer: "a mail boat",
        sentence: "The last landing at the north pier was a mail boat.",
      },
      {
        type: "flashcard",
        prompt: "When was the last landing at the north pier?",
        answer: "on 3 June 1911",
        sentence: "The last landing at the north pier was on 3 June 1911.",
      },
    ],
    test: (v) => QUESTION_TYPES.has(v.type) && WHAT_BE_PREPOSITION.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.question-ends-on-comparison",
    why: "'When are not all forces as noticeable as?': a question that ends on 'as' or 'than' has lost the other side of its comparison, and cannot be read.",
    fires: [
      {
        type: "short_answer",
        prompt: "When are not all tides as strong as?",
        answer: "When the moon is new",
        sentence: "Not all tides are as strong as when the moon is new.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Which tides are stronger than the rest?",
        answer: "the spring tides",
        sentence: "The spring tides are stronger than the rest.",
      },
    ],
    test: (v) => QUESTION_TYPES.has(v.type) && ENDS_ON_COMPARISON.test(askedPart(v.prompt).asked),
  },
];
