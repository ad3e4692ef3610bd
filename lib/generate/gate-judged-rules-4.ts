import { CONFIG } from "./config";
import type { GateView } from "./gate-rules";
import { matchesInEssay } from "./text-utils";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const YEAR_ANSWER = /^(?:\p{Ll}+\s+)?\d{4}$/u;
const NAME_LAST_WORD = /^(?:\p{Lu}[\p{L}'’-]*\s+)+(\p{Lu}\p{Ll}+)$/u;

const LEAD_IN_REACH = CONFIG.judgedGate.leadInDateReach;

/** A month name or a four-digit year: a point in time an item shows. */
const DATE_WORD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/g;

/** Dates in the essay's few hundred characters before the sentence: what a lead-in shows. */
function datesJustBefore(v: GateView): number {
  const at = v.essay?.indexOf(v.sentence) ?? -1;
  if (at <= 0) return 0;
  return (v.essay!.slice(Math.max(0, at - LEAD_IN_REACH), at).match(DATE_WORD) ?? []).length;
}

/** A span of time as a key ("two months") and inside a prompt ("for five years"). */
const DURATION = /^(?:\p{L}+|\d+)\s+(?:days?|weeks?|months?|years?|decades?)$/iu;
const DURATION_IN = /\b(?:\p{L}+|\d+)\s+(?:days|weeks|months|years|decades)\b/iu;

/**
 * Publishing rules from the second blind judging of generator 2.2 on the dev half, continued:
 * keys the dates around them compute, and names the essay gives the same thing twice.
 */
export const JUDGED_GATE_RULES_4: Rule<GateView>[] = [
  {
    id: "gate.computable-interval",
    why: "'On 1 May… _____ later, in July': a gap between two dates the item shows is worked out, not learned.",
    fires: [
      {
        type: "cloze",
        prompt:
          "Context: “The fair opened on 1 May 1750.” _____ later, in July 1750, the fair was closed.",
        answer: "Two months",
        sentence: "Two months later, in July 1750, the fair was closed.",
      },
      {
        type: "cloze",
        prompt: "The ban was in force for _____ until 1755.",
        answer: "five years",
        sentence: "The ban was in force for five years until 1755.",
        essay: "The king banned the fair in 1750. The ban was in force for five years until 1755.",
      },
      {
        type: "cloze",
        prompt: "The ban was in force for five years _____.",
        answer: "until 1755",
        sentence: "The ban was in force for five years until 1755.",
        essay: "The king banned the fair in 1750. The ban was in force for five years until 1755.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "_____ later, the fair was closed.",
        answer: "Two months",
        sentence: "Two months later, the fair was closed.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false") return false;
      const dates = (v.prompt.match(DATE_WORD) ?? []).length + datesJustBefore(v);
      if (DURATION.test(v.answer.trim())) return dates >= 2;
      // "in force for six years _____ (until 1642)" after a start date: end = start + gap.
      return YEAR_ANSWER.test(v.answer.trim()) && DURATION_IN.test(v.prompt) && dates >= 1;
    },
  },
  {
    id: "gate.other-name-same-head",
    why: "'the _____ (Ash Act) itself' when the essay also calls it 'the Clean Air Act': another name with the same head fits the blank.",
    fires: [
      {
        type: "cloze",
        prompt: "Protesters marched against the _____ in the capital.",
        answer: "Ash Act",
        sentence: "Protesters marched against the Ash Act in the capital.",
        essay:
          "The Clean Air Act was proposed in May. Protesters marched against the Ash Act in the capital.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Protesters marched against the _____ in the capital.",
        answer: "Ash Act",
        sentence: "Protesters marched against the Ash Act in the capital.",
        essay:
          "The Ash Act was proposed in May. Protesters marched against the Ash Act in the capital.",
      },
    ],
    test: (v) => {
      const m = v.answer.trim().match(NAME_LAST_WORD);
      if (v.type === "true_false" || !m || !v.essay) return false;
      const head = m[1]!;
      const named = matchesInEssay(v.essay, `((?:\\p{Lu}[\\p{L}'’-]*\\s+)+)${head}\\b`);
      return named.some(([before]) => !`${before}${head}`.endsWith(v.answer.trim()));
    },
  },
];
