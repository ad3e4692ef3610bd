import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { withoutFrame } from "./speaker-frame";

/**
 * Statements addressed to the reader: "you may want a second opinion", "your doctor will talk
 * with you about next steps". On a health page they are advice anyone marks True; in a speech or a
 * letter "you" is someone the item does not name. Judged over rounds s30a–s30e, true statements
 * with "you" or "your" were accepted 15 of 35 (the other true statements 223 of 324), and all 20
 * rejections were "obvious" or "vague"; round s30f, whose cancer pages address their reader in
 * factual sentences, accepted 9 of 12: 24 of 47 over the six rounds, about half.
 */

/** The reader's own words, in lower case: "Stay as You Are" is a title's. */
const READER = /(?<![\p{L}'’])(?:you|your|yours|yourself|yourselves)(?![\p{L}'’])/u;
/** A quotation or a title in quotation marks: its "you" is its speaker's. */
const QUOTED = /[“"][^”"]*[”"]/gu;

/** The statement as the student reads it, after its frame, without quotations. */
function statementWords(v: GateView): string {
  return withoutFrame(v.prompt).replace(QUOTED, " ");
}

export const READER_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.statement-to-reader",
    why: "'According to the essay, your doctor will talk with you about next steps.': a statement that addresses the reader is advice anyone marks True, or leans on a 'you' the item does not name; judges accepted about half of such true statements (24 of 47 in rounds s30a–s30f), the others about seven in ten.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, if your test result is high, your doctor will talk with you about next steps.",
        answer: "True",
        sentence: "If your test result is high, your doctor will talk with you about next steps.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, you may want a second opinion before surgery.",
        answer: "True",
        sentence: "You may want a second opinion before surgery.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the clinic opens at nine on weekdays.",
        answer: "True",
        sentence: "The clinic opens at nine on weekdays.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the band's first record was Stay as You Are (1978).",
        answer: "True",
        sentence: "The band's first record was Stay as You Are (1978).",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the mayor's slogan was “Your town, your vote.”",
        answer: "True",
        sentence: "The mayor's slogan was “Your town, your vote.”",
      },
      {
        type: "cloze",
        prompt: "You may receive _____ if the tests suggest the cancer has spread.",
        answer: "radiation therapy",
        sentence: "You may receive radiation therapy if the tests suggest the cancer has spread.",
      },
    ],
    test: (v) => v.type === "true_false" && READER.test(statementWords(v)),
  },
];
