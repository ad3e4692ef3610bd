import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { CONFIG } from "./config";
import { ANTONYMS, NEAR_OPPOSITES, STOCK_KEYS } from "./words";

/** Words that are the opposite of `word`, WordNet's and the near-opposites table's, both ways. */
function opposites(word: string): string[] {
  const out = [...(NEAR_OPPOSITES[word] ?? [])];
  const a = ANTONYMS[word];
  if (a) out.push(a);
  for (const [k, vs] of Object.entries(NEAR_OPPOSITES)) if (vs.includes(word)) out.push(k);
  return out;
}

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

const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];

/** How often `name` stands in the essay as a word of its own. */
function timesInEssay(name: string, essay: string): number {
  const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
  return essay.match(re)?.length ?? 0;
}

/**
 * Publishing rules from the second blind judging of generator 2.2 on the dev half: keys a reader
 * guesses from the prompt's own words, and false statements made by negating an adjective.
 */
export const JUDGED_GATE_RULES_3: Rule<GateView>[] = [
  {
    id: "gate.negated-adjective-flip",
    why: "'popular' → 'unpopular', 'important' → 'unimportant': a negated evaluative adjective reads as the obviously wrong statement.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, it is unimportant to check the tyres before a long trip.",
        answer: "False",
        sentence: "It is important to check the tyres before a long trip.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the club's meetings were very unpopular with students.",
        answer: "False",
        sentence: "The club's meetings were very popular with students.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the meetings were unpopular with students.",
        answer: "True",
        sentence: "The meetings were unpopular with students.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the club's meetings were rare.",
        answer: "False",
        sentence: "The club's meetings were frequent.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "False") return false;
      const source = new Set(words(v.sentence));
      return words(v.prompt).some((w) => {
        const m = w.match(/^(?:un|in|im|ir|il|dis|non)(\p{L}{4,})$/u);
        return !!m && !source.has(w) && source.has(m[1]!);
      });
    },
  },
  {
    id: "gate.opposite-key",
    why: "'served hot, not a variation on the _____ (cold soup)': a key that is the opposite of a word the prompt shows is read off the prompt.",
    fires: [
      {
        type: "cloze",
        prompt: "The drink is served hot, not like the _____ tea of the south.",
        answer: "cold sweet",
        sentence: "The drink is served hot, not like the cold sweet tea of the south.",
      },
      {
        type: "flashcard",
        prompt: "Why do people drink it in hot weather?",
        answer: "Because it is cool",
        sentence: "People drink it in hot weather because it is cool.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The drink is served hot with _____ and honey.",
        answer: "lemon",
        sentence: "The drink is served hot with lemon and honey.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false") return false;
      const prompt = new Set(words(v.prompt));
      return words(v.answer).some((w) => !prompt.has(w) && opposites(w).some((o) => prompt.has(o)));
    },
  },
  {
    id: "gate.platform-key",
    why: "'set up a _____ account': the name of a platform before 'account' is guessed from the word, not learned.",
    fires: [
      {
        type: "cloze",
        prompt: "The students set up a _____ account to share their photos.",
        answer: "Flickr",
        sentence: "The students set up a Flickr account to share their photos.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The students set up a joint _____ to share their costs.",
        answer: "account",
        sentence: "The students set up a joint account to share their costs.",
      },
    ],
    test: (v) =>
      /^\p{Lu}[\p{L}\d]*$/u.test(v.answer.trim()) &&
      /_____\s+(?:accounts?|profiles?|pages?|channels?|feeds?|hashtags?|groups?)\b/i.test(v.prompt),
  },
  {
    id: "gate.stock-key",
    why: "'rising _____ (sea levels)', 'four years' for a president's term: a stock phrase completes itself.",
    fires: [
      {
        type: "cloze",
        prompt: "As the ice melts, _____ are rising along the coast.",
        answer: "sea levels",
        sentence: "As the ice melts, sea levels are rising along the coast.",
      },
      {
        type: "cloze",
        prompt: "The president spoke again _____ later.",
        answer: "four years",
        sentence: "The president spoke again four years later.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "As the ice melts, _____ are lost along the coast.",
        answer: "sea levels",
        sentence: "As the ice melts, sea levels are lost along the coast.",
      },
      {
        type: "cloze",
        prompt: "The bridge was built _____ later.",
        answer: "four years",
        sentence: "The bridge was built four years later.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      STOCK_KEYS.some(
        (s) => s.key.test(v.answer.trim()) && (s.cue.test(v.prompt) || s.cue.test(v.essay ?? "")),
      ),
  },
  {
    id: "gate.topic-name-key",
    why: "A name the essay gives again and again is its subject: blanking it ('the people of _____') asks what every reader already knows.",
    fires: [
      {
        type: "cloze",
        prompt: "The people of _____ have always valued peace.",
        answer: "Norland",
        sentence: "The people of Norland have always valued peace.",
        spanKind: "place",
        essay:
          "Norland is old. Norland is cold. Norland trades. Norland sails. The people of Norland have always valued peace.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The people of _____ have always valued peace.",
        answer: "Norland",
        sentence: "The people of Norland have always valued peace.",
        spanKind: "place",
        essay: "The people of Norland have always valued peace. Their king lived in Ostby.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      // A person named again and again is the essay's actor, whose deeds are worth asking.
      v.spanKind !== "person" &&
      !!v.essay &&
      /^\p{Lu}[\p{L}'’-]*$/u.test(v.answer.trim()) &&
      timesInEssay(v.answer.trim(), v.essay) >= CONFIG.judgedGate.topicNameMentions,
  },
  {
    id: "gate.unanchored-variant",
    why: "'A popular variation comes from…': a variant whose thing the sentence never names is vague on its own.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a popular variation comes from the village of Oster.",
        answer: "True",
        sentence: "A popular variation comes from the village of Oster.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, a popular variation of the pie comes from the village of Oster.",
        answer: "True",
        sentence: "A popular variation of the pie comes from the village of Oster.",
      },
    ],
    test: (v) =>
      /^(?:an?|one|another)\s+(?:\p{L}+\s+)?(?:variation|variant|version|form|kind|type)\s+(?!of\b)\p{Ll}/iu.test(
        v.sentence.trim(),
      ),
  },
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
      // "in effect for five years _____ (until 1755)" after a start date: end = start + gap.
      return (
        /^(?:\p{Ll}+\s+)?\d{4}$/u.test(v.answer.trim()) && DURATION_IN.test(v.prompt) && dates >= 1
      );
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
      const m = v.answer.trim().match(/^(?:\p{Lu}[\p{L}'’-]*\s+)+(\p{Lu}\p{Ll}+)$/u);
      if (v.type === "true_false" || !m || !v.essay) return false;
      const head = m[1]!;
      const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+)+)${head}\\b`, "gu");
      for (const x of v.essay.matchAll(re))
        if (!`${x[1]}${head}`.endsWith(v.answer.trim())) return true;
      return false;
    },
  },
];
