import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * More rules of the second precision round (gate-precision-rules-6.ts): a bare first name for
 * the reader's errand, a what-is card answered by an aside instead of a definition.
 */

/** A question that addresses the reader's own errand ("Who can help you …?", "_____ will send you …"). */
const READER_ERRAND = /\b(?:you|your)\b/iu;

/** "Marta can help you …": a statement whose subject is a bare name that serves the reader. */
const ERRAND_STATEMENT =
  /^According to the essay, (\p{Lu}\p{Ll}+) (?:can|will|may|could|would|should|is happy to)\b.*\byou\b/u;

/** "What was X?" answered by the author's claim about X (an aside, a condition), not what X is. */
export function notADefinition(v: GateView): boolean {
  return (
    /^What\s+(?:is|are|was|were)\s+[^,?]+\?$/iu.test(v.prompt) &&
    (/^(?:a|the)\s+thing\b|\bprovided\b|,\s*and,|,\s*being\b/iu.test(v.answer) ||
      /^(?:something|anything)\b/iu.test(v.answer))
  );
}

export const PRECISION_GATE_RULES_7: Rule<GateView>[] = [
  {
    id: "gate.errand-first-name",
    why: "'Who can help you get a member card? → Marta': a bare first name as the helper for the reader's own errand is a contact detail of the day the text was written, not something to learn from it, and the errand's setting (a card for what?) is seldom in the question; stated ('Marta can help you get a member card') it is the same detail.",
    fires: [
      {
        type: "short_answer",
        prompt: "Who can help you get a member card?",
        answer: "Marta",
        sentence: "If you want a member card, Marta can help you get one.",
        spanKind: "person",
      },
      {
        type: "cloze",
        prompt: "_____ will send you the forms once you have signed up.",
        answer: "Jonas",
        sentence: "Jonas will send you the forms once you have signed up.",
        spanKind: "person",
      },
      {
        type: "true_false",
        prompt: "According to the essay, Marta can help you get a member card if you need one.",
        answer: "True",
        sentence: "Marta can help you get a member card if you need one.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Who founded the reading club in the old mill?",
        answer: "Marta",
        sentence: "Marta founded the reading club in the old mill.",
        spanKind: "person",
      },
      {
        type: "short_answer",
        prompt: "Who can help you get a member card?",
        answer: "the front-desk librarian",
        sentence: "If you want a member card, the front-desk librarian can help you get one.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, Marta founded the reading club in the old mill.",
        answer: "True",
        sentence: "Marta founded the reading club in the old mill.",
      },
    ],
    test: (v) => {
      if (!READER_ERRAND.test(v.prompt)) return false;
      if (v.type === "true_false") {
        // After the lead-in a common word is lower case: a capital is a name.
        const name = ERRAND_STATEMENT.exec(v.prompt)?.[1];
        return name !== undefined && !/^(?:I|It|He|She|We|They|You)$/u.test(name);
      }
      return (
        /^\p{Lu}\p{Ll}+$/u.test(v.answer.trim()) &&
        (v.spanKind === "person" || /^Who\b/u.test(v.prompt))
      );
    },
  },
  {
    id: "gate.not-a-definition",
    why: "'What was the guild?' → 'a world of its own, and, being free of the town's laws, grew slowly'; 'What is a toll?' → 'a fair charge, provided the road is kept up': a what-is question asks for a definition, and an answer with a condition or an aside is the author's claim about the thing, not what it is.",
    fires: [
      {
        type: "flashcard",
        prompt: "What was the guild?",
        answer: "a world of its own, and, being free of the town's laws, grew slowly",
        sentence:
          "The guild was a world of its own, and, being free of the town's laws, grew slowly.",
      },
      {
        type: "short_answer",
        prompt: "What is a toll?",
        answer: "a fair charge on travellers, provided the road is kept up",
        sentence: "A toll is a fair charge on travellers, provided the road is kept up.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is a toll?",
        answer: "a charge paid for the use of a road or a bridge",
        sentence: "A toll is a charge paid for the use of a road or a bridge.",
      },
    ],
    test: notADefinition,
  },
];
