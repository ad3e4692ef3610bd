import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { INSTRUCTION_VERBS } from "./words";

/**
 * Rules from session 19 on rounds s29a–s29d's verdicts: the source's own slips copied into an
 * item, and an instruction to the reader asked as a true statement.
 */

/** "after after", "the the": a word typed twice. "had had" and "that that" are English. */
const DOUBLED_WORD = /\b(?!(?:had|that|is|do|can|will)\b)(\p{Ll}{2,})\s+\1\b/u;
/** "[feeling of]", "[sic]", "[3]": an editor's or a page's brackets inside the sentence. */
const EDITORIAL_BRACKET = /\[[^\]]{1,60}\]/u;
/** "– (;", "(, ", ",,", "( )": punctuation left where a link or a footnote was cut out. */
const CUT_PUNCTUATION = /\(\s*[;,.:]|[,;]\s*[,;]|\(\s*\)/u;

/**
 * "If your plan does not cover it, check with your insurer.": after a fronted clause, a bare
 * verb and what it acts on. An instruction is neither true nor false.
 */
const FRONTED_IMPERATIVE = new RegExp(
  `^(?:If|When|Before|After|Once|Unless|Until|While|To|For|Whenever|Wherever|As\\s+soon\\s+as)\\b[^,]{3,120},\\s+(?:please\\s+|always\\s+|also\\s+|then\\s+|first\\s+)?(?:${INSTRUCTION_VERBS}|be|do|don['’]t|never)\\s+(?!(?:to|of|and|or|is|are|was|were|has|have|had|will|would|can|may|might)\\b)`,
  "u",
);

/** The statement or prompt a student reads, without the frame. */
const shown = (v: GateView) => v.prompt;

export const JUDGED_GATE_RULES_20: Rule<GateView>[] = [
  {
    id: "gate.source-slip",
    why: "'after after', '[feeling of]', '– (;': a slip or an editor's mark copied from the page. Judges in rounds s29c and s29d rejected every such item as broken formatting; the student cannot tell a typo from a trap.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the mill closed after after the flood of May.",
        answer: "True",
        sentence: "The mill closed after after the flood of May.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the crowd felt a [kind of] pride in the mill.",
        answer: "True",
        sentence: "The crowd felt a [kind of] pride in the mill.",
      },
      {
        type: "cloze",
        prompt: "The miller – (; born 1901) ran the _____ for forty years.",
        answer: "mill",
        sentence: "The miller – (; born 1901) ran the mill for forty years.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the miller had had two mills before the flood.",
        answer: "True",
        sentence: "The miller had had two mills before the flood.",
      },
      {
        type: "cloze",
        prompt: "The miller (born 1901) ran the _____ for forty years.",
        answer: "mill",
        sentence: "The miller (born 1901) ran the mill for forty years.",
      },
    ],
    test: (v) =>
      DOUBLED_WORD.test(shown(v)) ||
      EDITORIAL_BRACKET.test(shown(v)) ||
      CUT_PUNCTUATION.test(shown(v)),
  },
  {
    id: "gate.fronted-instruction",
    why: "'If your plan does not cover it, check with your insurer': an instruction to the reader after a fronted clause is neither true nor false; both judges rejected it as a statement in round s29d.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, if your plan does not cover the drug, check with your insurer.",
        answer: "True",
        sentence: "If your plan does not cover the drug, check with your insurer.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, to hear the difference, place the two recordings side by side.",
        answer: "True",
        sentence: "To hear the difference, place the two recordings side by side.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, if the drug is not covered, patients pay for it themselves.",
        answer: "True",
        sentence: "If the drug is not covered, patients pay for it themselves.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, when prices fell, use of the drug rose sharply.",
        answer: "True",
        sentence: "When prices fell, use of the drug rose sharply.",
      },
    ],
    test: (v) => v.type === "true_false" && FRONTED_IMPERATIVE.test(v.sentence.trim()),
  },
];
