import type { Rule } from "./rules";

/** What a publishing rule sees of a candidate: the item as a student would, and its source. */
export interface GateView {
  type: string;
  prompt: string;
  answer: string;
  sentence: string;
  /** True for items made by an idea rule. */
  idea?: boolean;
  /** What kind of span the item blanks or changes (person, place, year…), if any. */
  spanKind?: string;
  choices?: string[];
}

const LABEL_BEFORE_NUMBER =
  /\b(?:type|types|stage|phase|grade|level|class|category|title|article|section|chapter|no\.?|number|expedition|crew|apollo|flight|version|generation|step|part|round|act|book|volume|vol\.?|page|route|highway|channel|platform|gate|room|unit)\s*[-–]?\s*$/i;

/**
 * Publishing rules added in generator 2 (the older checks live in publish-gate.ts). An item one
 * of them fires on stays a draft: a teacher may still fix and publish it.
 */
export const GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.number-label",
    why: "A number that labels ('type 2', 'Title IX', 'Crew-11') is a name, not a quantity: changing it is trivially false, blanking it obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "Many people with type _____ have no symptoms.",
        answer: "2 diabetes",
        sentence: "Many people with type 2 diabetes have no symptoms.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, stage 4 of the plan began in May.",
        answer: "False",
        sentence: "Stage 2 of the plan began in May.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "About _____ people have no symptoms.",
        answer: "2 million",
        sentence: "About 2 million people have no symptoms.",
      },
    ],
    test: (v) => {
      for (const m of v.sentence.matchAll(/\d+/g)) {
        const before = v.sentence.slice(0, m.index);
        if (!LABEL_BEFORE_NUMBER.test(before)) continue;
        // The labelled number is what the item asks or changes.
        if (v.answer.includes(m[0]) || !v.prompt.includes(`${before.split(/\s+/).pop()} ${m[0]}`))
          return true;
      }
      return false;
    },
  },
  {
    id: "gate.long-question",
    why: "A generated WH question of more than 18 words has usually swallowed an apposition or a second clause and reads garbled.",
    fires: [
      {
        type: "short_answer",
        prompt:
          "Who signed a peace treaty between the two kingdoms on 1 March 1328 at the abbey near the river the new king?",
        answer: "Edward III",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Who has logged 549 days in space?",
        answer: "Fincke",
        sentence: "",
      },
    ],
    test: (v) =>
      !v.idea &&
      /^(?:who|what|where|when|which|how)\b/i.test(v.prompt) &&
      v.prompt.split(/\s+/).length > 18,
  },
  {
    id: "gate.garbled-question",
    why: "A capital 'The' or 'A' inside a question, or 'What is like', shows the question form broke the sentence.",
    fires: [
      {
        type: "flashcard",
        prompt: "Who had The pope recognised as king in 1305?",
        answer: "Edward",
        sentence: "",
      },
      {
        type: "flashcard",
        prompt: "What is like highways that carry water around the world?",
        answer: "Ocean currents",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "Who founded The Times in 1785?",
        answer: "John Walter",
        sentence: "",
      },
    ],
    test: (v) =>
      !v.idea &&
      /^(?:who|what|where|when|which|how)\b/i.test(v.prompt) &&
      (/^\S+\s+(?:had|has|did|does|was|were|is|are)\s+(?:The|A|An)\s/.test(v.prompt) ||
        /^What (?:is|are|was|were) like\b/.test(v.prompt) ||
        // "What does the ocean cover ’s surface?": a possessive torn from its noun.
        /\s['’]s\b/.test(v.prompt) ||
        // "… on 1 March 1328 the new king?": an apposition left hanging after a date.
        /\d\s+the\s[^?]*\?$/.test(v.prompt)),
  },
  {
    id: "gate.unbalanced-quotes",
    why: "A statement that opens a quotation and never closes it was cut out of a longer quote.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the network “brings together groups in the UK who oppose caste bias.",
        answer: "True",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the network calls itself “the home of the Jats.”",
        answer: "True",
        sentence: "",
      },
    ],
    test: (v) => {
      const t = [v.prompt, v.answer].join(" ");
      return (
        (t.match(/“/g)?.length ?? 0) !== (t.match(/”/g)?.length ?? 0) ||
        (t.match(/"/g)?.length ?? 0) % 2 === 1
      );
    },
  },
];

GATE_RULES.push({
  id: "gate.year-nudged",
  why: "A false statement that moves a year by less than a decade is trivially or arguably false: nobody learns a text for that.",
  fires: [
    {
      type: "true_false",
      prompt: "According to the essay, the act was issued in 1963 and ended free speech.",
      answer: "False",
      sentence: "Issued in 1968, the act ended free speech.",
    },
  ],
  passes: [
    {
      type: "true_false",
      prompt: "According to the essay, the act was issued in 1868 and ended free speech.",
      answer: "False",
      sentence: "Issued in 1968, the act ended free speech.",
    },
  ],
  test: (v) => {
    if (v.type !== "true_false" || v.answer !== "False" || v.idea) return false;
    const years = (t: string) =>
      [...t.matchAll(/\b(1[0-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
    const mine = new Set(years(v.sentence));
    return years(v.prompt).some((y) => !mine.has(y) && [...mine].some((x) => Math.abs(x - y) < 10));
  },
});

GATE_RULES.push({
  id: "gate.day-of-month",
  why: "A multiple choice between days of the year ('May 14th', 'July 14th') tests a date no teacher would ask.",
  fires: [
    {
      type: "mcq",
      prompt: "On _____ a protest took place in the capital.",
      answer: "May 14th",
      sentence: "On May 14th a protest took place in the capital.",
    },
  ],
  passes: [
    {
      type: "mcq",
      prompt: "The protest took place in _____.",
      answer: "São Paulo",
      sentence: "The protest took place in São Paulo.",
    },
  ],
  test: (v) =>
    (v.type === "mcq" || v.type === "cloze") &&
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$|^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?$/i.test(
      v.answer.trim(),
    ),
});

GATE_RULES.push({
  id: "gate.name-swap-false",
  why: "A false statement made by swapping one name for another tests a name, not an idea, and the swapped name often cannot play the role ('Johnson Space Center in Fincke').",
  fires: [
    {
      type: "true_false",
      prompt: "According to the essay, the crew will return to the space center in Fincke.",
      answer: "False",
      sentence: "The crew will return to the space center in Houston.",
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
});

GATE_RULES.push({
  id: "gate.list-blank",
  why: "A blank in a list of names ('_____, Fincke, Yui and Platonov') is answered by whoever is missing, not by understanding.",
  fires: [
    {
      type: "cloze",
      prompt: "_____, Fincke, Yui and Platonov are returning after 167 days.",
      answer: "Cardman",
      sentence: "",
    },
    {
      type: "cloze",
      prompt: "Lisbon, _____, and Porto were all flooded.",
      answer: "Braga",
      sentence: "",
    },
  ],
  passes: [
    {
      type: "cloze",
      prompt: "The crew, led by _____, returned after 167 days.",
      answer: "Cardman",
      sentence: "",
    },
  ],
  test: (v) =>
    v.type !== "true_false" &&
    /(?:_____,\s+\p{Lu}[\p{L}.-]*,|\p{Lu}[\p{L}.-]*,\s+_____[,\s]|\p{Lu}[\p{L}.-]*,\s+\p{Lu}[\p{L}.-]*,?\s+(?:and|or)\s+_____)/u.test(
      v.prompt,
    ),
});

GATE_RULES.push({
  id: "gate.nested-options",
  why: "Options where one holds another ('Fincke', 'Mike Fincke') are near-duplicates: either both are right or the pair gives the game away.",
  fires: [
    {
      type: "mcq",
      prompt: "The crew will return to the space center in _____.",
      answer: "Houston",
      sentence: "",
      choices: ["Fincke", "Cardman", "Houston", "Mike Fincke"],
    },
  ],
  passes: [
    {
      type: "mcq",
      prompt: "The crew will return to the space center in _____.",
      answer: "Houston",
      sentence: "",
      choices: ["Houston", "Orlando", "Denver", "Seattle"],
    },
  ],
  test: (v) => {
    if (v.type !== "mcq" || !v.choices) return false;
    const o = v.choices.map((c) => c.toLowerCase());
    return o.some((a, i) =>
      o.some(
        (b, j) =>
          i !== j && new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(b),
      ),
    );
  },
});

GATE_RULES.push({
  id: "gate.name-numeral",
  why: "A blank before a regnal numeral ('_____ I of England') holds half a name.",
  fires: [
    {
      type: "cloze",
      prompt: "The pope had recognised _____ I of England's claim.",
      answer: "Edward",
      sentence: "",
    },
  ],
  passes: [
    {
      type: "cloze",
      prompt: "The pope had recognised _____ in 1305.",
      answer: "Edward I",
      sentence: "",
    },
  ],
  test: (v) => /_____\s+(?:[IVX]{1,4})\b/.test(v.prompt),
});

GATE_RULES.push({
  id: "gate.name-list-swap",
  why: "A false statement that swaps one name inside a list of names reads as a typo, not a claim.",
  fires: [
    {
      type: "true_false",
      prompt:
        "According to the essay, Houston, Fincke, Yui, Platonov are returning after 167 days.",
      answer: "False",
      sentence: "Cardman, Fincke, Yui and Platonov are returning after 167 days.",
    },
  ],
  passes: [
    {
      type: "true_false",
      prompt: "According to the essay, Fincke is returning after 167 days.",
      answer: "False",
      sentence: "Cardman is returning after 167 days.",
    },
  ],
  test: (v) =>
    v.type === "true_false" &&
    v.answer === "False" &&
    !v.idea &&
    /\p{Lu}[\p{L}.-]*,\s+\p{Lu}[\p{L}.-]*,\s+(?:and\s+)?\p{Lu}/u.test(v.prompt),
});

GATE_RULES.push({
  id: "gate.demonstrative-pronoun",
  why: "'able to do this', 'because of that.' — a demonstrative standing alone points to a sentence the item does not show.",
  fires: [
    {
      type: "true_false",
      prompt: "",
      answer: "True",
      sentence: "Many people are able to do this by living a healthy life.",
    },
    {
      type: "cloze",
      prompt: "",
      answer: "x",
      sentence: "The council voted against all of these, and the plan died.",
    },
  ],
  passes: [
    {
      type: "true_false",
      prompt: "",
      answer: "True",
      sentence: "Many people are able to do this work by living nearby.",
    },
  ],
  test: (v) =>
    /\b(?:do|did|does|of|to|with|for|about|like|after|before|against|all)\s+(?:this|that|these|those)\s*(?:[,.;]|\s(?:by|in|to|is|was|are|were|will|can|may|and|but)\b)/i.test(
      v.sentence,
    ),
});

export function gateRejection(v: GateView): string | null {
  for (const r of GATE_RULES) if (r.test(v)) return r.id;
  return null;
}
