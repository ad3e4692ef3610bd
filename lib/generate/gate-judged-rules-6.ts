import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;
const ONE_THING_THAT_ARE = /\ban?\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\s+that\s+(?:are|were|have)\b/u;

/** Trailing zeros of the first number in an option ("100ms delays" → 2). */
function roundness(option: string): number | null {
  const m = /\d[\d,]*/.exec(option);
  if (!m) return null;
  const digits = m[0].replace(/,/g, "");
  return digits.length - digits.replace(/0+$/, "").length;
}

/** Places so large that a reader guesses them without the text. */
const DEFAULT_PLACES = new Set(
  "africa|america|asia|europe|north america|south america|antarctica|united states|united states of america|usa|the united states|the world|earth".split(
    "|",
  ),
);
/** Country names English writes with "the": bare after a preposition they read as a slip. */
const THE_COUNTRIES = [
  "UK",
  "U.K.",
  "US",
  "U.S.",
  "USA",
  "U.S.A.",
  "UAE",
  "Netherlands",
  "Philippines",
  "United States",
  "United Kingdom",
  "Bahamas",
  "Gambia",
  "Czech Republic",
  "Dominican Republic",
  "Maldives",
];
const THE_COUNTRY_KEYS = new Set(THE_COUNTRIES.map((c) => c.toLowerCase()));
/** "in UK disability…": one of them straight after a preposition, in a statement a student reads. */
const BARE_THE_COUNTRY = new RegExp(
  `\\b(?:in|across|throughout)\\s+(?:${THE_COUNTRIES.map((c) => c.replace(/\./g, "\\.")).join("|")})(?![\\p{L}.])`,
  "u",
);

/**
 * Publishing rules from the blind judging of generator 2.4 on thirteen new real texts, continued:
 * keys and options whose form gives them away, and answers that are not what the question asks.
 */
export const JUDGED_GATE_RULES_6: Rule<GateView>[] = [
  {
    id: "gate.round-key-among-plain-options",
    why: "'1500' among '1501', '1503', '1505', or '100 ms' among '80', '125', '140': the one round number stands out, and the others are not believable as what a text would say.",
    fires: [
      {
        type: "mcq",
        prompt: "As late as _____, the mill had a single wheel.",
        answer: "1700",
        choices: ["1701", "1700", "1703", "1706"],
        sentence: "As late as 1700, the mill had a single wheel.",
      },
      {
        type: "mcq",
        prompt: "Readers notice any pause longer than _____.",
        answer: "200ms",
        choices: ["170ms", "200ms", "230ms", "245ms"],
        sentence: "Readers notice any pause longer than 200ms.",
      },
    ],
    passes: [
      {
        type: "mcq",
        prompt: "The guild printed its first rule book in _____.",
        answer: "1750",
        choices: ["1745", "1752", "1747", "1750"],
        sentence: "The guild printed its first rule book in 1750.",
      },
      {
        type: "mcq",
        prompt: "The hall seats _____ people.",
        answer: "300",
        choices: ["200", "300", "450", "500"],
        sentence: "The hall seats 300 people.",
      },
    ],
    test: (v) => {
      if (v.type !== "mcq" || !v.choices) return false;
      const key = roundness(v.answer);
      if (key === null || key < 2) return false;
      const others = v.choices.filter((c) => c !== v.answer).map(roundness);
      return others.length > 0 && others.every((r) => r !== null && r < key);
    },
  },
  {
    id: "gate.default-place-key",
    why: "'a new charter for the _____' → 'United States', 'did not reach _____ until…' → 'Europe': a continent or the country a text is written in is everyone's first guess.",
    fires: [
      {
        type: "cloze",
        prompt: "The lute did not become known in _____ until the twelfth century.",
        answer: "Europe",
        sentence: "The lute did not become known in Europe until the twelfth century.",
      },
      {
        type: "cloze",
        prompt: "You are asked to vote on a new charter for the _____.",
        answer: "United States of America",
        sentence: "You are asked to vote on a new charter for the United States of America.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Pedals for the organ were invented in _____ about 1400.",
        answer: "Flanders",
        sentence: "Pedals for the organ were invented in Flanders about 1400.",
      },
      {
        type: "cloze",
        prompt: "Colder winters would hit places like _____ first.",
        answer: "Europe",
        sentence: "Colder winters would hit places like Europe first.",
      },
    ],
    test: (v) =>
      v.prompt.includes("_____") &&
      // "places like _____": one example among many, not the place the sentence is about.
      !/\b(?:like|such as|including)\s+_____/.test(v.prompt) &&
      DEFAULT_PLACES.has(v.answer.trim().toLowerCase()),
  },
  {
    id: "gate.country-without-its-article",
    why: "'in _____ one in five people…' → 'UK', or 'in UK one in five…': a name English writes with 'the', straight after a preposition, reads as a slip.",
    fires: [
      {
        type: "cloze",
        prompt: "For example, in _____ one adult in four cycles to work.",
        answer: "Netherlands",
        sentence: "For example, in Netherlands one adult in four cycles to work.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, in UK one adult in four cycles to work.",
        answer: "True",
        sentence: "In UK one adult in four cycles to work.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, in the UK one adult in four cycles to work.",
        answer: "True",
        sentence: "In the UK one adult in four cycles to work.",
      },
      {
        type: "short_answer",
        prompt: "What did the guides show to us?",
        answer: "the old mill",
        sentence: "The guides showed the old mill to us.",
      },
      {
        type: "cloze",
        prompt: "For example, in the _____ one adult in four cycles to work.",
        answer: "Netherlands",
        sentence: "For example, in the Netherlands one adult in four cycles to work.",
      },
    ],
    test: (v) =>
      BARE_THE_COUNTRY.test(v.prompt) ||
      (THE_COUNTRY_KEYS.has(v.answer.trim().toLowerCase()) &&
        /\b(?:in|of|from|to|across|throughout|for)\s+_____/i.test(v.prompt)),
  },
  {
    id: "gate.definition-not-a-definition",
    why: "'What is every tree?' → 'a storehouse…', 'What are moths?' → 'a kind that is…', 'What is a tax?' → 'a fair duty, provided…': the key is a claim or a figure of speech, or does not agree with the question.",
    fires: [
      {
        type: "short_answer",
        prompt: "What is every seed?",
        answer: "a little larder, in which the young plant finds its first meal",
        sentence: "Every seed is a little larder, in which the young plant finds its first meal.",
      },
      {
        type: "short_answer",
        prompt: "What is a toll?",
        answer: "a fair charge on travellers, provided the road is kept in repair",
        sentence: "A toll is a fair charge on travellers, provided the road is kept in repair.",
      },
      {
        type: "flashcard",
        prompt: "What are moths?",
        answer: "a group of insects that are active at night",
        sentence: "Moths are a group of insects that are active at night.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What are sand bars?",
        answer: "long ridges of sand deposited by waves",
        sentence: "Sand bars are long ridges of sand deposited by waves.",
      },
    ],
    test: (v) => {
      const m = /^What (is|are) (.+)\?$/.exec(v.prompt);
      if (!m || !["short_answer", "flashcard"].includes(v.type)) return false;
      if (/^(?:every|each|all|any|some|most|no)\b/i.test(m[2] ?? "")) return true;
      if (/\b(?:provided|unless|as long as|if)\b/i.test(v.answer)) return true;
      return m[1] === "are" && /^an?\s/i.test(v.answer.trim());
    },
  },
  {
    id: "gate.answer-runs-on",
    why: "'What will the towns control?' → 'each other, at the same time that each…': a short answer that runs on into the sentence's next clause is not the answer.",
    fires: [
      {
        type: "short_answer",
        prompt: "What will the two councils check?",
        answer: "each other, at the same time that each is checked by the voters",
        sentence:
          "The two councils will check each other, at the same time that each is checked by the voters.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What will the two councils check?",
        answer: "each other's spending",
        sentence: "The two councils will check each other's spending.",
      },
    ],
    test: (v) =>
      (v.type === "short_answer" || (v.type === "flashcard" && STARTS_LOWER.test(v.answer))) &&
      /,\s+(?:at the same time|while|whereas|although|though|and yet|but)\b/i.test(v.answer),
  },
  {
    id: "gate.bare-comparison-symbol",
    why: "'users notice any < _____ as slow', 'any < 100ms delays': a bare comparison sign from notes reads as broken text in a sentence a student is shown.",
    fires: [
      {
        type: "cloze",
        prompt: "Players feel any lag of > _____ as slow.",
        answer: "50ms delays",
        sentence: "Players feel any lag of > 50ms delays as slow.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, players feel any lag of > 50ms as slow.",
        answer: "True",
        sentence: "Players feel any lag of > 50ms as slow.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Players feel any lag of more than _____ as slow.",
        answer: "50 milliseconds",
        sentence: "Players feel any lag of more than 50 milliseconds as slow.",
      },
    ],
    test: (v) => /[<>≤≥]\s*(?:_____|\d)/.test(v.prompt),
  },
  {
    id: "gate.one-thing-that-are",
    why: "'Bats are a unique species that are made of…': a single noun with a plural verb is a slip in the source that an item repeats as if it were sound.",
    fires: [
      {
        type: "cloze",
        prompt: "Lichens are a strange plant that are made up of a fungus and _____.",
        answer: "an alga",
        sentence: "Lichens are a strange plant that are made up of a fungus and an alga.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Moths are a group of insects that are active at _____.",
        answer: "night",
        sentence: "Moths are a group of insects that are active at night.",
      },
      {
        type: "cloze",
        prompt: "There are a few birds that are seen only in _____.",
        answer: "winter",
        sentence: "There are a few birds that are seen only in winter.",
      },
    ],
    test: (v) => {
      const m = ONE_THING_THAT_ARE.exec(`${v.prompt} ${v.answer}`);
      return Boolean(
        m && !/^(?:few|lot|number|couple|variety|group|host|range)$/.test(m[1] ?? m[2] ?? ""),
      );
    },
  },
];
