import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

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

/** What a true statement states, without its lead-in ("According to the essay, …"). */
const stated = (prompt: string) =>
  prompt
    .replace(
      /^(?:According to [^,]+,|The (?:essay|author|text) (?:suggests|says|argues) that)\s*/u,
      "",
    )
    .replace(/[.!]\s*$/u, "");

/** "… give a great study and an unfailing pleasure": praise with no claim in it. */
const PRAISE_ONLY =
  /^[\p{L}\s,'’-]+?\s+(?:affords?|afforded|gives?|provides?|offers?|is|are|was|were)\s+(?:an?\s+)?(?:(?:almost|never|ending|endless|constant|great|real|true|pure|perpetual|unfailing)[\s-]+)*(?:study|delight|pleasure|joy|wonder|charm|source of (?:delight|pleasure|joy|wonder))(?:\s+and\s+(?:an?\s+)?(?:(?:almost|endless|constant|great|real|true|pure|perpetual|unfailing)\s+)*(?:study|delight|pleasure|joy|wonder|charm))?$/iu;

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
        ONE_CAPITALISED_WORD.test(v.answer.trim()) &&
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
  {
    id: "gate.praise-or-maybe-statement",
    why: "'The shells of the shore give a great study and an unfailing pleasure'; 'The essay suggests that maybe a club fills one evening of your week': a true statement that only praises its subject, or only says it may be so, is marked True by anyone — essays praise what they write about, and a 'maybe' is hardly ever false.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the shells of the shore give a great study and an unfailing pleasure.",
        answer: "True",
        sentence: "The shells of the shore give a great study and an unfailing pleasure.",
      },
      {
        type: "true_false",
        prompt: "The essay suggests that maybe a reading club fills one evening of your week.",
        answer: "True",
        sentence: "Maybe a reading club fills one evening of your week.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the shells of the shore were a study of the first naturalists.",
        answer: "True",
        sentence: "The shells of the shore were a study of the first naturalists.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a reading club meets on the first Monday of each month.",
        answer: "True",
        sentence: "A reading club meets on the first Monday of each month.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "True") return false;
      const s = stated(v.prompt);
      return PRAISE_ONLY.test(s) || /^(?:maybe|perhaps|possibly)\b/iu.test(s);
    },
  },
];
