import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const HYPHEN_THEN_LETTER = /[-‐‑]\p{L}/u;
const LETTER_THEN_HYPHEN = /\p{L}[-‐‑]$/u;

/**
 * Flips whose form gives them away or makes no English (generator 2.6, precision): an opposite
 * made by adding or removing a negative prefix ("popular" → "unpopular", "appears" →
 * "disappears", "continued" → "discontinued"), a word turned inside a hyphenated compound
 * ("long-lost" → "short-lost"), or a flip that leaves a word presupposing the original
 * ("continued unchanged" → "discontinued unchanged"). Every such flip the blind judges saw was
 * rejected (trivial change, give-away, nonsense); the flip rules skip the word and try the next.
 */

/** Negative prefixes that make WordNet's "direct antonyms" of one word. */
const NEGATIVE_PREFIXES = ["un", "in", "im", "il", "ir", "dis", "non", "non-", "a"] as const;

/** "popular"/"unpopular", "appear"/"disappear", "dependent"/"independent". */
export function prefixOpposite(word: string, opposite: string): boolean {
  const a = word.toLowerCase();
  const b = opposite.toLowerCase();
  return NEGATIVE_PREFIXES.some(
    (p) => (b === p + a || a === p + b) && Math.min(a.length, b.length) >= 4,
  );
}

/** "long-lost", "well-known", "self-made": the word is part of a hyphenated compound. */
export function inCompound(s: string, start: number, end: number): boolean {
  return (
    HYPHEN_THEN_LETTER.test(s.slice(end, end + 2)) || LETTER_THEN_HYPHEN.test(s.slice(0, start))
  );
}

/** Words after a verb that presuppose it happened as the sentence says ("continued unchanged"). */
const PRESUPPOSING_AFTER =
  /^\s+(?:(?:\p{Ll}+ly\s+)?unchanged|unabated|unbroken|uninterrupted|as before|to this day|ever since)\b/u;

/** "grow up", "set out", "broke down": a particle that makes a phrasal verb with the word. */
const PARTICLE_AFTER = /^\s+(?:up|out|off|down|away|back)\b/u;

/** Verbs with no passive: "the launch is failed by …" is no English. */
const NO_PASSIVE = new Set([
  "fail",
  "die",
  "disappear",
  "vanish",
  "fall",
  "sink",
  "rise",
  "arrive",
  "depart",
  "exit",
  "emerge",
  "succeed",
  "sleep",
  "wake",
  "shrink",
  "grow",
  "lose",
]);
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/** "hard to picture": before "to" + verb an adjective means ease or difficulty. */
const BEFORE_TO_VERB = /^\s+to\s+\p{Ll}/u;
const EASE_WORDS = new Set([
  "easy",
  "hard",
  "difficult",
  "simple",
  "possible",
  "impossible",
  "safe",
  "dangerous",
  "pleasant",
  "unpleasant",
  "likely",
  "unlikely",
  "quick",
  "slow",
  "cheap",
  "expensive",
]);

export interface FlipFormView {
  /** The sentence being flipped. */
  sentence: string;
  /** Where the flipped word stands in it. */
  start: number;
  end: number;
  /** The word and its opposite (lemma or surface form). */
  word: string;
  opposite: string;
  /** True when the flipped word is an adjective (not a verb). */
  adjective?: boolean;
}

export const FLIP_FORM_RULES: Rule<FlipFormView>[] = [
  {
    id: "false.prefix-opposite",
    why: "'popular' → 'unpopular', 'appears' → 'disappears', 'continued' → 'discontinued': an opposite made with a negative prefix is the change a reader spots without the text (the judges' 'trivial change', 'give-away'), and in set phrases ('It appears', 'continued to') it is no English at all.",
    fires: [
      {
        sentence: "The market stall is popular with tourists.",
        start: 21,
        end: 28,
        word: "popular",
        opposite: "unpopular",
      },
      {
        sentence: "It appears, on the whole, that both sides must give way.",
        start: 3,
        end: 10,
        word: "appear",
        opposite: "disappear",
      },
    ],
    passes: [
      {
        sentence: "The harbour is busy in summer.",
        start: 15,
        end: 19,
        word: "busy",
        opposite: "idle",
      },
      {
        sentence: "Prices rose after the flood.",
        start: 7,
        end: 10,
        word: "rise",
        opposite: "fall",
      },
    ],
    test: (v) => prefixOpposite(v.word, v.opposite),
  },
  {
    id: "false.inside-compound",
    why: "'long-lost brothers' → 'short-lost brothers', 'well-known' → 'ill-known': a word turned inside a hyphenated compound breaks the compound; the result is no English and reads False on its face.",
    fires: [
      {
        sentence: "The two singers are long-lost cousins.",
        start: 20,
        end: 24,
        word: "long",
        opposite: "short",
      },
    ],
    passes: [
      {
        sentence: "The two singers are distant cousins.",
        start: 20,
        end: 27,
        word: "distant",
        opposite: "close",
      },
    ],
    test: (v) => inCompound(v.sentence, v.start, v.end),
  },
  {
    id: "false.presupposed-by-next",
    why: "'the trade continued unchanged' → 'the trade discontinued unchanged': a word after the verb that presupposes it happened ('unchanged', 'unabated', 'ever since') contradicts the flip inside its own sentence.",
    fires: [
      {
        sentence: "The river trade continued unchanged under the new rulers.",
        start: 16,
        end: 25,
        word: "continue",
        opposite: "stop",
      },
    ],
    passes: [
      {
        sentence: "The river trade continued under the new rulers.",
        start: 16,
        end: 25,
        word: "continue",
        opposite: "stop",
      },
    ],
    test: (v) => PRESUPPOSING_AFTER.test(v.sentence.slice(v.end)),
  },
  {
    id: "false.phrasal-verb",
    why: "'divide and grow up into classes' → 'shrink up into classes', 'broke down' → 'repaired down': a verb that makes a phrasal verb with its particle has no opposite that keeps the particle; the flip is no English.",
    fires: [
      {
        sentence: "The villages grow up around the market square.",
        start: 13,
        end: 17,
        word: "grow",
        opposite: "shrink",
      },
    ],
    passes: [
      {
        sentence: "The villages grow around the market square.",
        start: 13,
        end: 17,
        word: "grow",
        opposite: "shrink",
      },
    ],
    test: (v) => PARTICLE_AFTER.test(v.sentence.slice(v.end)),
  },
  {
    id: "false.passive-intransitive",
    why: "'The launch is managed by the agency' → 'The launch is failed by the agency': an opposite that takes no object ('fail', 'die', 'disappear') cannot stand in the passive; the flip reads as nonsense.",
    fires: [
      {
        sentence: "The ferry is managed by the harbour board.",
        start: 13,
        end: 20,
        word: "manage",
        opposite: "fail",
      },
    ],
    passes: [
      {
        sentence: "The harbour board manages the ferry.",
        start: 18,
        end: 25,
        word: "manage",
        opposite: "fail",
      },
      {
        sentence: "The ferry is managed by the harbour board.",
        start: 13,
        end: 20,
        word: "manage",
        opposite: "neglect",
      },
    ],
    test: (v) =>
      NO_PASSIVE.has(v.opposite) &&
      !/ing$/u.test(v.sentence.slice(v.start, v.end)) &&
      BE_BEFORE.test(v.sentence.slice(0, v.start)),
  },
  {
    id: "false.tough-sense",
    why: "'it is hard to picture' → 'it is soft to picture': before 'to' + a verb an adjective speaks of ease or difficulty, and an opposite of its other sense ('soft', 'light') is no English.",
    fires: [
      {
        sentence: "With the roads flooded, it is hard to picture a market this week.",
        start: 30,
        end: 34,
        word: "hard",
        opposite: "soft",
        adjective: true,
      },
    ],
    passes: [
      {
        sentence: "With the roads flooded, it is difficult to picture a market this week.",
        start: 30,
        end: 39,
        word: "difficult",
        opposite: "easy",
        adjective: true,
      },
      {
        sentence: "The bread of the valley is hard and dark.",
        start: 27,
        end: 31,
        word: "hard",
        opposite: "soft",
        adjective: true,
      },
    ],
    test: (v) =>
      v.adjective === true &&
      BEFORE_TO_VERB.test(v.sentence.slice(v.end)) &&
      !EASE_WORDS.has(v.opposite),
  },
];

/** True when a flip of this word in this sentence would read as nonsense or a give-away. */
export function badFlipForm(v: FlipFormView): boolean {
  for (const r of FLIP_FORM_RULES) if (r.test(v)) return true;
  return false;
}
