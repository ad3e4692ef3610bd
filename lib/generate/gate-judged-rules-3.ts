import { escapeRegExp } from "./text-utils";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { CONFIG } from "./config";
import { ANTONYMS, NEAR_OPPOSITES } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const UN_PREFIXED = /^un(\p{L}{4,})$/u;
const ONE_CAPITALISED_TOKEN = /^\p{Lu}[\p{L}\d]*$/u;
const VARIANT_WITHOUT_OF =
  /^(?:an?|one|another)\s+(?:\p{L}+\s+)?(?:variation|variant|version|form|kind|type)\s+(?!of\b)\p{Ll}/iu;
const LETTER_RUN = /\p{L}+/gu;
const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** Words that are the opposite of `word`, WordNet's and the near-opposites table's, both ways. */
function opposites(word: string): string[] {
  const out = [...(NEAR_OPPOSITES[word] ?? [])];
  const a = ANTONYMS[word];
  if (a) out.push(a);
  out.push(...(OPPOSITE_OF.get(word) ?? []));
  return out;
}

/** The near-opposites table read backwards (word → the keys that list it, in table order): the
 * gate asks for every word of every key, and scanning the whole table each time was a hot spot. */
const OPPOSITE_OF = new Map<string, string[]>();
for (const [k, vs] of Object.entries(NEAR_OPPOSITES))
  for (const v of new Set(vs)) {
    const ks = OPPOSITE_OF.get(v);
    if (ks) ks.push(k);
    else OPPOSITE_OF.set(v, [k]);
  }

/** False only where `opposites(word)` is surely empty (a cheap test, never more). */
const mayHaveOpposite = (word: string) =>
  NEAR_OPPOSITES[word] !== undefined || ANTONYMS[word] !== undefined || OPPOSITE_OF.has(word);

const words = (s: string) => s.toLowerCase().match(LETTER_RUN) ?? [];

/** How often `name` stands in the essay as a word of its own. */
function timesInEssay(name: string, essay: string): number {
  const re = new RegExp(`\\b${escapeRegExp(name)}\\b`, "g");
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
        prompt: "According to the essay, the war began with indirect attacks.",
        answer: "False",
        sentence: "The war began with direct attacks.",
      },
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
        // "un-" makes the everyday evaluative opposites; "indirect", "informal" are real contrasts.
        const m = w.match(UN_PREFIXED);
        return !!m && !source.has(w) && source.has(m[1]!);
      });
    },
  },
  {
    id: "gate.opposite-key",
    why: "'eaten warm, not like the _____ (iced broth)': a key that is the opposite of a word the prompt shows is read off the prompt.",
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
      // Most keys have no word with an opposite: the prompt's words are read only when one may.
      const answer = words(v.answer);
      if (!answer.some(mayHaveOpposite)) return false;
      const prompt = new Set(words(v.prompt));
      return answer.some((w) => !prompt.has(w) && opposites(w).some((o) => prompt.has(o)));
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
      ONE_CAPITALISED_TOKEN.test(v.answer.trim()) &&
      /_____\s+(?:accounts?|profiles?|pages?|channels?|feeds?|hashtags?|groups?)\b/i.test(v.prompt),
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
      ONE_CAPITALISED_WORD.test(v.answer.trim()) &&
      timesInEssay(v.answer.trim(), v.essay) >= CONFIG.judgedGate.topicNameMentions,
  },
  {
    id: "gate.unanchored-variant",
    why: "'A favourite version comes from…': a variant whose thing the sentence never names is vague on its own.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a favourite version comes from the hamlet of Dunmere.",
        answer: "True",
        sentence: "A favourite version comes from the hamlet of Dunmere.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, a favourite version of the pie comes from the hamlet of Dunmere.",
        answer: "True",
        sentence: "A favourite version of the pie comes from the hamlet of Dunmere.",
      },
    ],
    test: (v) => VARIANT_WITHOUT_OF.test(v.sentence.trim()),
  },
];
