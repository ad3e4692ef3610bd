import { escapeRegExp } from "./text-utils";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LIST_AROUND_BLANK =
  /(?:_____,\s+\p{Lu}[\p{L}.-]*,|\p{Lu}[\p{L}.-]*,\s+_____[,\s]|\p{Lu}[\p{L}.-]*,\s+\p{Lu}[\p{L}.-]*,?\s+(?:and|or)\s+_____)/u;
const NAME_WORD_BEFORE_BLANK =
  /(?:^|[^.!?]\s)(?!(?:The|A|An|In|On|At|By|For|From|To|With|Of|And|But|As|If|When|While|After|Before|Since|Unlike|Like|Under|Over|During|Through|Whatever|Not)\b)\p{Lu}[\p{L}'’-]*\s+_____/u;
const NAME_WORD_AFTER_BLANK = /_____\s+\p{Lu}\p{Ll}/u;

/**
 * Publishing rules about names: a name swapped, blanked in a list, cut before its numeral, or
 * offered twice as options. A name is a detail; these keep name items from being the trivia or
 * the typos a judge rejects.
 */
export const NAME_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.name-swap-false",
    why: "A false statement made by swapping one name for another tests a name, not an idea, and the swapped name often cannot play the role ('training center in Okafor').",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the crew will return to the space center in Okafor.",
        answer: "False",
        sentence: "The crew will return to the space center in Tampere.",
        spanKind: "place",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the bridge carries 3,800 cars a day.",
        answer: "False",
        sentence: "The bridge carries 38,000 cars a day.",
        spanKind: "quantity",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      v.answer === "False" &&
      !v.idea &&
      /^(?:person|place|org|name)$/.test(v.spanKind ?? ""),
  },

  {
    id: "gate.list-blank",
    why: "A blank in a list of names ('_____, Okafor, Moreau and Haddad') is answered by whoever is missing, not by understanding.",
    fires: [
      {
        type: "cloze",
        prompt: "_____, Okafor, Moreau and Haddad are returning after 212 days.",
        answer: "Lindqvist",
        sentence: "",
      },
      {
        type: "cloze",
        prompt: "Ghent, _____, and Leuven were all flooded.",
        answer: "Bruges",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The crew, led by _____, returned after 212 days.",
        answer: "Lindqvist",
        sentence: "",
      },
    ],
    // Every form of the list needs a comma and the blank: most prompts skip the pattern.
    test: (v) =>
      v.type !== "true_false" &&
      v.prompt.includes(",") &&
      v.prompt.includes("_____") &&
      LIST_AROUND_BLANK.test(v.prompt),
  },

  {
    id: "gate.nested-options",
    why: "Options where one holds another ('Okafor', 'Ngozi Okafor') are near-duplicates: either both are right or the pair gives the game away.",
    fires: [
      {
        type: "mcq",
        prompt: "The crew will return to the space center in _____.",
        answer: "Tampere",
        sentence: "",
        choices: ["Okafor", "Lindqvist", "Tampere", "Ngozi Okafor"],
      },
    ],
    passes: [
      {
        type: "mcq",
        prompt: "The crew will return to the space center in _____.",
        answer: "Tampere",
        sentence: "",
        choices: ["Tampere", "Orlando", "Denver", "Seattle"],
      },
    ],
    test: (v) => {
      if (v.type !== "mcq" || !v.choices) return false;
      const o = v.choices.map((c) => c.toLowerCase());
      return o.some((a, i) =>
        // The word-bounded pattern can match only where `a` occurs literally in `b`.
        o.some(
          (b, j) => i !== j && b.includes(a) && new RegExp(`\\b${escapeRegExp(a)}\\b`).test(b),
        ),
      );
    },
  },

  {
    id: "gate.name-numeral",
    why: "A blank before a regnal numeral ('_____ II of Aragon') holds half a name.",
    fires: [
      {
        type: "cloze",
        prompt: "The council had recognised _____ II of Aragon's claim.",
        answer: "Peter",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The council had recognised _____ in 1402.",
        answer: "Peter II",
        sentence: "",
      },
    ],
    test: (v) => /_____\s+(?:[IVX]{1,4})\b/.test(v.prompt),
  },

  {
    id: "gate.name-list-swap",
    why: "A false statement that swaps one name inside a list of names reads as a typo, not a claim.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, Tampere, Okafor, Moreau, Haddad are returning after 212 days.",
        answer: "False",
        sentence: "Lindqvist, Okafor, Moreau and Haddad are returning after 212 days.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, Okafor is returning after 212 days.",
        answer: "False",
        sentence: "Lindqvist is returning after 212 days.",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      v.answer === "False" &&
      !v.idea &&
      v.prompt.includes(",") &&
      /\p{Lu}[\p{L}.-]*,\s+\p{Lu}[\p{L}.-]*,\s+(?:and\s+)?\p{Lu}/u.test(v.prompt),
  },
  {
    id: "gate.name-part",
    why: "A blank right beside another capitalised word ('Fennick _____ wants…') holds half of a longer name: the rest of the name gives it away or makes it ambiguous.",
    fires: [
      {
        type: "cloze",
        prompt: "Weavers _____ says the market is the best place to trade.",
        answer: "Guild",
        sentence: "",
      },
      {
        type: "cloze",
        prompt: "Rohan _____ has spoken about the dispute in the valley.",
        answer: "Mehta",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Not surprisingly, _____ has only a few small groups.",
        answer: "Chatterly",
        sentence: "",
      },
      {
        type: "cloze",
        prompt: "The copy is held by the archives in _____.",
        answer: "Ghent",
        sentence: "",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      v.prompt.includes("_____") &&
      (NAME_WORD_BEFORE_BLANK.test(v.prompt) || NAME_WORD_AFTER_BLANK.test(v.prompt)),
  },
];
