import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * Rules from session 15 on audit 16's verdicts: method questions cut across a second clause, and
 * small counts asked as a choice.
 */

/** A count a reader guesses among four options: "two" prongs, "four" groups. */
const SMALL_COUNT = /^(?:one|two|three|four|both|[1-4])$/i;

export const JUDGED_GATE_RULES_18: Rule<GateView>[] = [
  {
    id: "gate.method-question-run-on",
    why: "'How did the team test the gliders, and concluded that …?', 'How do farmers would …?': a 'How …? → By …' question cut from a sentence with a second clause keeps that clause, or a modal after 'do', and reads as garbled. Over audit 16's rounds both judges accepted 3 of 9 method questions; 5 of the 6 rejected were garbled this way.",
    fires: [
      {
        type: "short_answer",
        rule: "idea.means",
        prompt: "How did the team test the gliders, and concluded that short wings were safer?",
        answer: "By flying them over the dunes",
        sentence:
          "The team tested the gliders by flying them over the dunes, and concluded that short wings were safer.",
      },
      {
        type: "short_answer",
        rule: "idea.means",
        prompt: "How do farmers would keep the soil moist?",
        answer: "By mulching the rows",
        sentence: "He said farmers would keep the soil moist by mulching the rows.",
      },
      {
        type: "flashcard",
        rule: "idea.means",
        prompt: "How can you find out what the course costs?",
        answer: "By asking for one",
        sentence: "You can find out what the course costs by asking for one.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        rule: "idea.means",
        prompt: "Traditionally, how was the cheese made?",
        answer: "By pressing the curds in a linen cloth",
        sentence: "Traditionally, the cheese was made by pressing the curds in a linen cloth.",
      },
    ],
    // A comma before "How" closes a fronted opening ("Traditionally, how …?"): only one after it
    // is a second clause.
    test: (v) =>
      v.rule === "idea.means" &&
      (/\bhow\b[^,]*,/i.test(v.prompt) ||
        /\b(?:do|does|did)\b(?:\s+\S+){1,6}?\s+(?:would|could|will|can|should|might|may|must)\b/i.test(
          v.prompt,
        ) ||
        /\b(?:one|it|them|this|that|these|those)\s*\.?$/i.test(v.answer)),
  },
  {
    id: "gate.small-count-choice",
    why: "'A fork has _____ prongs' with 'two', 'five', 'seven', 'nine': a count of one to four is guessed from the thing counted, and the larger options are implausible. Over audit 16's rounds both judges accepted 4 of 12 number choices; all four small counts offered were rejected.",
    fires: [
      {
        type: "mcq",
        spanKind: "quantity",
        prompt: "Oil and water poured together form _____ layers.",
        answer: "two",
        choices: ["two", "five", "seven", "nine"],
        sentence: "Oil and water poured together form two layers.",
      },
    ],
    passes: [
      {
        type: "mcq",
        spanKind: "quantity",
        prompt: "The reef covers _____ of the bay.",
        answer: "40 hectares",
        choices: ["40 hectares", "25 hectares", "60 hectares", "90 hectares"],
        sentence: "The reef covers 40 hectares of the bay.",
      },
      {
        type: "cloze",
        spanKind: "quantity",
        prompt: "Oil and water poured together form _____ layers.",
        answer: "two",
        sentence: "Oil and water poured together form two layers.",
      },
    ],
    test: (v) =>
      v.type === "mcq" &&
      /^(?:quantity|cardinal|number)$/.test(v.spanKind ?? "") &&
      SMALL_COUNT.test(v.answer.trim()),
  },
];
