import { CONFIG } from "./config";
import { askedPart } from "./gate-judged-rules-5";
import { analyze, lexiconTag } from "./nlp";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { escapeRegExp } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * What follows a false statement's change and was written to follow from the true one: a
 * consequence ("resulting in", "and therefore"), an example ("such as"), a concession ("even
 * though") or a contrast it set up ("rather than", "in conjunction with").
 */
const FOLLOWS_FROM =
  /\b(?:and therefore|therefore|thus|so that|resulting in|leading to|which means|such as|even though|although|despite|rather than|instead of|in conjunction)\b|,\s*so\b/i;

const ECHO_STEM = CONFIG.judgedGate.echoStem;
/** A word as written, not a link or a token a scrape glued ("teens](https://…"). */
const ONLY_LETTERS = /^\p{L}+$/u;

/** "the following June", "that year": a time counted from one the item does not show. */
const RELATIVE_TIME =
  /^(?:the\s+)?(?:following|next|previous|preceding|same|that|this)\s+(?:day|week|month|year|season|spring|summer|autumn|fall|winter|decade|century|January|February|March|April|May|June|July|August|September|October|November|December)$/i;
/** "A young fellow", "an old sailor": an unnamed someone the sentence introduces. */
const INDEFINITE_KEY = /^an?\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}$/iu;

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);

/** The statement's words after its last change from the sentence (their common ending). */
function afterChange(statement: string, sentence: string): string {
  const a = wordsOf(statement);
  const b = wordsOf(sentence);
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k >= a.length ? "" : a.slice(a.length - k).join(" ");
}

/** Where the sentence's words stand that the statement no longer has (as many times as taken out). */
function removedAt(statementWords: string[], sentenceWords: string[]): number[] {
  const left = new Map<string, number>();
  for (const w of statementWords) left.set(w, (left.get(w) ?? 0) + 1);
  const at: number[] = [];
  sentenceWords.forEach((w, i) => {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else at.push(i);
  });
  return at;
}

/**
 * "he was attacked by two lawyers, whose speech in his defence …" (for "defended"): a word the
 * change took out still echoes in the statement, so its own words say it is false.
 */
function echoesChanged(statement: string, sentence: string): boolean {
  const now = wordsOf(statement);
  const b = wordsOf(sentence);
  return removedAt(now, b).some((i) => {
    const r = b[i]!;
    return (
      r.length >= ECHO_STEM &&
      ONLY_LETTERS.test(r) &&
      now.some(
        (w) => w !== r && w.length >= ECHO_STEM && w.slice(0, ECHO_STEM) === r.slice(0, ECHO_STEM),
      )
    );
  });
}

/** The sentence's words the false statement changed, each with the words beside it. */
function changedWithNeighbours(statement: string, sentence: string): string[] {
  const b = wordsOf(sentence);
  const pairs: string[] = [];
  for (const i of removedAt(wordsOf(statement), b)) {
    if (!ONLY_LETTERS.test(b[i]!)) continue;
    // The changed word as the first half of a term ("black holes"): a content word after it.
    const next = b[i + 1];
    if (next && ONLY_LETTERS.test(next) && !FUNCTION_WORD.test(next)) pairs.push(`${b[i]} ${next}`);
  }
  return pairs;
}

const FUNCTION_WORD =
  /^(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|is|are|was|were|be|been|that|this|than|as|it|its|their|his|her)$/;

/** Whole-word, case-blind uses of a phrase in the essay. */
function usesIn(essay: string, phrase: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "giu");
  return essay.match(re)?.length ?? 0;
}

/** "failed to break" → "succeeded to break": an opposite that does not take "to" + a verb. */
const NO_TO_INFINITIVE =
  /\b(?:succeed(?:s|ed)?|accept(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?|welcome[sd]?|prevent(?:s|ed)?|stop(?:s|ped)?|avoid(?:s|ed)?)\s+to\s+\p{Ll}/iu;

/** Words a statement opens with that are never a base verb: no tagging needed for them. */
const NOT_A_VERB_START =
  /^(?:the|a|an|this|that|these|those|it|its|they|their|he|his|she|her|we|our|you|your|i|my|in|on|at|by|for|with|from|of|to|as|if|when|while|after|before|since|because|although|there|here|some|many|most|all|each|every|no|not|one|two|three)\b/i;

/** Words that follow a verb as its object: "your doctor", "the dough", "them". */
const OBJECT_NEXT =
  /^(?:your|the|a|an|his|her|their|our|my|this|these|those|it|them|yourself|any|all)$/i;

/**
 * "Eat meals with the TV off or join friends …": a sentence that tells the reader what to do,
 * its first word a base verb and no subject before it ("Start times vary" has one: a noun and
 * its verb follow).
 */
function imperative(statement: string): boolean {
  if (NOT_A_VERB_START.test(statement) || !STARTS_LOWER.test(statement)) return false;
  // Tagging costs: only a first word the lexicon knows as a verb, or one an object follows
  // ("contact your doctor"), is worth it.
  const [w1, w2] = statement.split(/\s+/, 2);
  if (lexiconTag(w1 ?? "") !== "Infinitive" && !OBJECT_NEXT.test(w2 ?? "")) return false;
  // "contact your doctor": no subject stands before "your" in a statement.
  if (/^(?:your|yourself)$/i.test(w2 ?? "")) return true;
  const [first, second, third] = analyze(statement).tokens.filter((x) => x.pos !== "SPACE");
  if (!first || first.pos !== "VERB" || first.lemma.toLowerCase() !== first.text.toLowerCase())
    return false;
  return !(second?.pos === "NOUN" && (third?.pos === "VERB" || third?.pos === "AUX"));
}

/**
 * Publishing rules from the blind rounds of generator 2.8 (session 10): false statements their
 * own words give away, and keys that have no one answer.
 */
export const JUDGED_GATE_RULES_9: Rule<GateView>[] = [
  {
    id: "gate.false-against-what-follows",
    why: "'some can be extremely small, such as the giant kelp': what the sentence says after the changed word was written to follow from the true one — an example, a consequence, a concession — so the false version contradicts itself and gives itself away (judged: 3 of 12 accepted).",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, some seaweeds are tiny, such as the giant kelp.",
        answer: "False",
        sentence: "Some seaweeds are huge, such as the giant kelp.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, he was attacked by two lawyers, whose speech in his defence was long.",
        answer: "False",
        sentence: "He was defended by two lawyers, whose speech in his defence was long.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the body loses heat more slowly than it makes it, resulting in chill.",
        answer: "False",
        sentence: "The body loses heat faster than it makes it, resulting in chill.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the body loses heat more slowly in water.",
        answer: "False",
        sentence: "The body loses heat faster in water.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, some seaweeds are huge, such as the giant kelp.",
        answer: "True",
        sentence: "Some seaweeds are huge, such as the giant kelp.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "False") return false;
      const asked = askedPart(v.prompt).asked;
      return FOLLOWS_FROM.test(afterChange(asked, v.sentence)) || echoesChanged(asked, v.sentence);
    },
  },
  {
    id: "gate.relative-time-key",
    why: "'… promised a concession the _____ (following June)': a time counted from another the item does not show has no answer a student can check.",
    fires: [
      {
        type: "mcq",
        prompt: "The governor promised a new harbour the _____.",
        answer: "following June",
        sentence: "The governor promised a new harbour the following June.",
      },
    ],
    passes: [
      {
        type: "mcq",
        prompt: "The governor promised a new harbour in _____ 1912.",
        answer: "June",
        sentence: "The governor promised a new harbour in June 1912.",
      },
    ],
    test: (v) => v.type !== "true_false" && RELATIVE_TIME.test(v.answer.trim()),
  },
  {
    id: "gate.indefinite-key",
    why: "'_____ had just finished the works of a great historian' → 'A young fellow': a blank on someone the sentence only introduces has many right fillings and tests nothing.",
    fires: [
      {
        type: "cloze",
        prompt: "_____ had just read every book in the village library.",
        answer: "A young fellow",
        sentence: "A young fellow had just read every book in the village library.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "_____ had just read every book in the village library.",
        answer: "Tom Arden",
        sentence: "Tom Arden had just read every book in the village library.",
      },
      {
        type: "flashcard",
        prompt: "What is gazpacho?",
        answer: "a cold soup",
        sentence: "Gazpacho is a cold soup.",
      },
    ],
    test: (v) => (v.type === "cloze" || v.type === "mcq") && INDEFINITE_KEY.test(v.answer.trim()),
  },
  {
    id: "gate.false-breaks-term",
    why: "'black holes' → 'white holes', three times over: a word changed inside a term the essay keeps using breaks the term, and the false version tests the name, not the claim.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, white dwarfs form when a star sheds its outer layers.",
        answer: "False",
        sentence: "Brown dwarfs form when a star sheds its outer layers.",
        essay:
          "Brown dwarfs are faint. Brown dwarfs form when a star sheds its outer layers. Astronomers count brown dwarfs. Brown dwarfs glow red.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, brown dwarfs are bright.",
        answer: "False",
        sentence: "Brown dwarfs are faint.",
        essay:
          "Brown dwarfs are faint. Brown dwarfs form when a star sheds its outer layers. Astronomers count brown dwarfs.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "False" || !v.essay) return false;
      const pairs = changedWithNeighbours(askedPart(v.prompt).asked, v.sentence);
      return pairs.some((p) => usesIn(v.essay!, p) >= CONFIG.judgedGate.termUses);
    },
  },
  {
    id: "gate.false-verb-without-to",
    why: "'failed to break the impasse' → 'succeeded to break the impasse', 'refused to issue' → 'accepted to issue': the opposite verb does not take 'to' and a verb, so the false version is not English.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the talks succeeded to end the strike.",
        answer: "False",
        sentence: "The talks failed to end the strike.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the talks succeeded in ending the strike.",
        answer: "False",
        sentence: "The talks failed to end the strike.",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      v.answer === "False" &&
      NO_TO_INFINITIVE.test(askedPart(v.prompt).asked) &&
      !NO_TO_INFINITIVE.test(v.sentence),
  },
  {
    id: "gate.statement-imperative",
    why: "'According to the essay, eat meals with the TV off': advice to the reader is neither true nor false; as a statement it cannot be judged.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, eat your lunch away from the desk.",
        answer: "True",
        sentence: "Eat your lunch away from the desk.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, call your doctor if the rash spreads.",
        answer: "True",
        sentence: "Call your doctor if the rash spreads.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, keep the dough cold overnight.",
        answer: "True",
        sentence: "Keep the dough cold overnight.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, start times vary from school to school.",
        answer: "True",
        sentence: "Start times vary from school to school.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the dough is kept cold overnight.",
        answer: "True",
        sentence: "The dough is kept cold overnight.",
      },
    ],
    test: (v) => v.type === "true_false" && imperative(askedPart(v.prompt).asked.trim()),
  },
];
