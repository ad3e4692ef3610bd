import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { STOPWORDS } from "./text-utils";

/**
 * Publishing rules about keys anyone could give without reading the essay: a blank whose
 * answer is a function word or a contraction ("I'm", "they"), which the grammar around the blank
 * settles, and the author of a named work, which is general knowledge for a famous work and
 * trivia for any other.
 */

const BLANK = "_____";
/** Contractions and the words they join: "I'm", "don't", "they'll", "it's". */
const CONTRACTION = /^\p{L}+['’](?:m|s|re|ve|ll|d|t)$/iu;

function isBlank(v: GateView): boolean {
  return v.type !== "true_false" && v.prompt.includes(BLANK);
}

/** A work named in the prompt: set in italics (_…_), in quotation marks, or in Title Case. */
const WORK = String.raw`(?:_[^_]{2,80}_|“[^”]{2,80}”|"[^"]{2,80}"|(?:\p{Lu}[\p{L}’'-]*\s+){1,6}\p{Lu}[\p{L}’'-]*)`;
const AUTHOR_BLANK = new RegExp(
  String.raw`${WORK}\s*,?\s+(?:\([^)]*\)\s+)?(?:(?:was\s+)?(?:written|composed|painted|directed)\s+)?by\s+${BLANK}|${BLANK}['’]s\s+(?:novel|book|poem|play|film|song|essay|story|opera)?\s*${WORK}|${BLANK}\s+(?:wrote|composed|painted|directed)\s+${WORK}`,
  "u",
);

export const FORM_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.function-word-key",
    why: "A blank answered by a pronoun, an auxiliary or a contraction ('_____ never seen such a flood' → 'I'd') is filled from the grammar around it, not from the essay.",
    fires: [
      {
        type: "cloze",
        prompt: "“_____ never seen the river this high,” the ferryman said.",
        answer: "I'd",
        sentence: "“I'd never seen the river this high,” the ferryman said.",
      },
      {
        type: "cloze",
        prompt: "The mill closed because _____ could not pay the workers.",
        answer: "they",
        sentence: "The mill closed because they could not pay the workers.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The mill closed because the owners could not pay the _____.",
        answer: "weavers",
        sentence: "The mill closed because the owners could not pay the weavers.",
      },
      {
        type: "short_answer",
        prompt: "Who said the river had never been this high?",
        answer: "the ferryman",
        sentence: "“I'd never seen the river this high,” the ferryman said.",
      },
    ],
    test: (v) => {
      if (!isBlank(v)) return false;
      const key = v.answer.trim().replace(/[.!?]$/, "");
      if (CONTRACTION.test(key)) return true;
      const ws = key.toLowerCase().split(/\s+/).filter(Boolean);
      return ws.length > 0 && ws.every((w) => STOPWORDS.has(w));
    },
  },
  {
    id: "gate.work-author-blank",
    why: "'_The Long Winter_ by _____': who wrote a named work is general knowledge when the work is famous and trivia when it is not; either way the essay's ideas are not what is asked.",
    fires: [
      {
        type: "cloze",
        prompt: "The ferryman kept a copy of _The River Road_ by _____ in his cabin.",
        answer: "Anna Lind",
        spanKind: "person",
        sentence: "The ferryman kept a copy of The River Road by Anna Lind in his cabin.",
      },
      {
        type: "mcq",
        prompt: "Critics compared the town to the one in _____'s novel “Salt and Iron”.",
        answer: "Tom Berg",
        spanKind: "person",
        sentence: "Critics compared the town to the one in Tom Berg's novel “Salt and Iron”.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The levee was designed by _____ after the flood of 1910.",
        answer: "Anna Lind",
        spanKind: "person",
        sentence: "The levee was designed by Anna Lind after the flood of 1910.",
      },
      {
        type: "cloze",
        prompt: "The ferryman kept a copy of _The River Road_ by Anna Lind in his _____.",
        answer: "cabin",
        sentence: "The ferryman kept a copy of The River Road by Anna Lind in his cabin.",
      },
    ],
    test: (v) => isBlank(v) && v.spanKind === "person" && AUTHOR_BLANK.test(v.prompt),
  },
];
