import { BLANK_GATE_RULES } from "./gate-blank-rules";
import { BLANK_GATE_RULES_2 } from "./gate-blank-rules-2";
import { BLANK_GATE_RULES_3 } from "./gate-blank-rules-3";
import { FORM_GATE_RULES } from "./gate-form-rules";
import { ITEM_GATE_RULES } from "./gate-item-rules";
import { JUDGED_GATE_RULES } from "./gate-judged-rules";
import { JUDGED_GATE_RULES_2 } from "./gate-judged-rules-2";
import { JUDGED_GATE_RULES_3 } from "./gate-judged-rules-3";
import { JUDGED_GATE_RULES_4 } from "./gate-judged-rules-4";
import { JUDGED_GATE_RULES_5 } from "./gate-judged-rules-5";
import { JUDGED_GATE_RULES_6 } from "./gate-judged-rules-6";
import { JUDGED_GATE_RULES_7 } from "./gate-judged-rules-7";
import { JUDGED_GATE_RULES_8 } from "./gate-judged-rules-8";
import { JUDGED_GATE_RULES_9 } from "./gate-judged-rules-9";
import { JUDGED_GATE_RULES_10 } from "./gate-judged-rules-10";
import { JUDGED_GATE_RULES_11 } from "./gate-judged-rules-11";
import { JUDGED_GATE_RULES_12 } from "./gate-judged-rules-12";
import { JUDGED_GATE_RULES_13 } from "./gate-judged-rules-13";
import { JUDGED_GATE_RULES_14 } from "./gate-judged-rules-14";
import { JUDGED_GATE_RULES_15 } from "./gate-judged-rules-15";
import { JUDGED_GATE_RULES_16 } from "./gate-judged-rules-16";
import { JUDGED_GATE_RULES_17 } from "./gate-judged-rules-17";
import { JUDGED_GATE_RULES_18 } from "./gate-judged-rules-18";
import { JUDGED_GATE_RULES_19 } from "./gate-judged-rules-19";
import { JUDGED_GATE_RULES_20 } from "./gate-judged-rules-20";
import { JUDGED_GATE_RULES_21 } from "./gate-judged-rules-21";
import { JUDGED_GATE_RULES_22 } from "./gate-judged-rules-22";
import { NAME_GATE_RULES } from "./gate-name-rules";
import { PRECISION_GATE_RULES } from "./gate-precision-rules";
import { PRECISION_GATE_RULES_2 } from "./gate-precision-rules-2";
import { PRECISION_GATE_RULES_3 } from "./gate-precision-rules-3";
import { PRECISION_GATE_RULES_4 } from "./gate-precision-rules-4";
import { PRECISION_GATE_RULES_5 } from "./gate-precision-rules-5";
import { PRECISION_GATE_RULES_6 } from "./gate-precision-rules-6";
import { PRECISION_GATE_RULES_7 } from "./gate-precision-rules-7";
import { GRAMMAR_GATE_RULES } from "./gate-grammar-rules";
import { CLAUSE_GATE_RULES } from "./gate-clause-rules";
import { READER_GATE_RULES } from "./gate-reader-rules";
import type { Rule } from "./rules";

/** What a publishing rule sees of a candidate: the item as a student would, and its source. */
export interface GateView {
  type: string;
  prompt: string;
  answer: string;
  sentence: string;
  /** True for items made by an idea rule. */
  idea?: boolean;
  /** The idea rule that made the item ("idea.claim-frequency"), if one did. */
  rule?: string;
  /** What kind of span the item blanks or changes (person, place, year…), if any. */
  spanKind?: string;
  choices?: string[];
  /** The whole essay, for rules that look for the same phrase elsewhere. */
  essay?: string;
  /** The essay's title, for rules about keys the title gives away. */
  title?: string;
  /** The lead-in shown before the prompt ("Context: “…”"), when the item has one. */
  leadIn?: string;
  /**
   * A true statement whose sentence has another item the gate holds back for showing its answer
   * (a give-away false twin, a what-is card answered by an aside, a famous name's blank).
   */
  twinGivesAway?: boolean;
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
    why: "A number that labels ('stage 3', 'Title IX', 'Flight 9') is a name, not a quantity: changing it is trivially false, blanking it obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "Patients with stage _____ have no symptoms.",
        answer: "3 disease",
        sentence: "Patients with stage 3 disease have no symptoms.",
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
        prompt: "About _____ patients have no symptoms.",
        answer: "2 million",
        sentence: "About 2 million patients have no symptoms.",
      },
      {
        type: "short_answer",
        prompt: "Why did Flight-9 land early?",
        answer: "Because of a storm over the coast",
        sentence: "Flight-9 landed early because of a storm over the coast.",
      },
    ],
    test: (v) => {
      for (const m of v.sentence.matchAll(/\d+/g)) {
        const before = v.sentence.slice(0, m.index);
        if (!LABEL_BEFORE_NUMBER.test(before)) continue;
        // The labelled number is what the item asks or changes.
        // "stage 3", "Unit-7": the label as the sentence writes it, space or hyphen.
        const labelled = `${before.match(/\S+\s*$/)?.[0] ?? ""}${m[0]}`.toLowerCase();
        if (v.answer.includes(m[0]) || !v.prompt.toLowerCase().includes(labelled)) return true;
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
          "Who agreed a lasting truce between the two kingdoms on 9 June 1411 at the abbey near the river the new king?",
        answer: "Henry of Lys",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Who has logged 418 days at sea?",
        answer: "Okafor",
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
        prompt: "Who had The council recognised as mayor in 1402?",
        answer: "Peter",
        sentence: "",
      },
      {
        type: "flashcard",
        prompt: "What is like roads that carry goods across the country?",
        answer: "Canals",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "Who founded The Ledger in 1885?",
        answer: "Ada Brandt",
        sentence: "",
      },
    ],
    test: (v) =>
      !v.idea &&
      /^(?:who|what|where|when|which|how)\b/i.test(v.prompt) &&
      (/^\S+\s+(?:had|has|did|does|was|were|is|are)\s+(?:The|A|An)\s/.test(v.prompt) ||
        /^What (?:is|are|was|were) like\b/.test(v.prompt) ||
        // "What does the lake cover ’s area?": a possessive torn from its noun.
        /\s['’]s\b/.test(v.prompt) ||
        // "… on 9 June 1411 the new king?": an apposition left hanging after a date.
        /\d\s+the\s[^?]*\?$/.test(v.prompt)),
  },
  {
    id: "gate.unbalanced-quotes",
    why: "A statement that opens a quotation and never closes it was cut out of a longer quote.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the guild “brings together weavers from every valley.",
        answer: "True",
        sentence: "",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the guild calls itself “the home of the weavers.”",
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
  why: "A false statement that only moves a year is trivially or arguably false: nobody learns a text for that.",
  fires: [
    {
      type: "true_false",
      prompt: "According to the essay, the act was issued in 1952 and ended free speech.",
      answer: "False",
      sentence: "Issued in 1957, the act ended free speech.",
    },
  ],
  passes: [
    {
      type: "true_false",
      prompt: "According to the essay, the act was issued in 1957 and ended free thought.",
      answer: "False",
      sentence: "Issued in 1957, the act ended free speech.",
    },
  ],
  test: (v) => {
    if (v.type !== "true_false" || v.answer !== "False" || v.idea) return false;
    const years = (t: string) =>
      [...t.matchAll(/\b(1[0-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
    const mine = new Set(years(v.sentence));
    return years(v.prompt).some((y) => !mine.has(y) && mine.size > 0);
  },
});

GATE_RULES.push({
  id: "gate.day-of-month",
  why: "A multiple choice between days of the year ('March 3rd', 'July 14th') tests a date no teacher would ask.",
  fires: [
    {
      type: "mcq",
      prompt: "On _____ a fair took place in the capital.",
      answer: "March 3rd",
      sentence: "On March 3rd a fair took place in the capital.",
    },
  ],
  passes: [
    {
      type: "mcq",
      prompt: "The fair took place in _____.",
      answer: "the capital city",
      sentence: "The fair took place in the capital city.",
    },
  ],
  test: (v) =>
    (v.type === "mcq" || v.type === "cloze") &&
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$|^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?$/i.test(
      v.answer.trim(),
    ),
});

GATE_RULES.push({
  id: "gate.demonstrative-pronoun",
  why: "'able to do this', 'because of that.' — a demonstrative standing alone points to a sentence the item does not show.",
  fires: [
    {
      type: "true_false",
      prompt: "",
      answer: "True",
      sentence: "Most farmers manage to do this by rotating their crops.",
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
      sentence: "Most farmers manage to do this work by hand.",
    },
    // The card's back leaves the opening tie out: the student never reads "all this".
    {
      type: "flashcard",
      prompt:
        "What main point does the author make in the paragraph that ends “… before the harvest”?",
      answer: "Every council has a habit of delay that wears out the town.",
      sentence: "Besides all that, every council has a habit of delay that wears out the town.",
    },
  ],
  test: (v) =>
    /\b(?:do|did|does|of|to|with|for|about|like|after|before|against|all)\s+(?:this|that|these|those)\s*(?:[,.;]|\s(?:by|in|to|is|was|are|were|will|can|may|and|but)\b)/i.test(
      shownSentence(v),
    ),
});

/**
 * What the student reads of the sentence: a card whose back is the sentence without its opening
 * tie ("Besides all that, every council …" → "Every council …") shows only the back.
 */
function shownSentence(v: { type: string; answer: string; sentence: string }): string {
  const flat = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  const back = flat(v.answer);
  return v.type === "flashcard" && back.length > 0 && flat(v.sentence).endsWith(back)
    ? v.answer
    : v.sentence;
}

GATE_RULES.push({
  id: "gate.one-as-key",
  why: "'more than _____ of medicine' → 'one type': 'one' is what anybody writes in such a blank.",
  fires: [
    {
      type: "cloze",
      prompt: "Some farmers grow more than _____ of wheat.",
      answer: "one kind",
      sentence: "Some farmers grow more than one kind of wheat.",
    },
  ],
  passes: [
    {
      type: "cloze",
      prompt: "Some farmers grow more than _____ of wheat.",
      answer: "nine kinds",
      sentence: "Some farmers grow more than nine kinds of wheat.",
    },
  ],
  test: (v) => v.type !== "true_false" && !v.idea && /^(?:one|1)(?:\s|$)/i.test(v.answer.trim()),
});

GATE_RULES.push(
  ...NAME_GATE_RULES,
  ...ITEM_GATE_RULES,
  ...BLANK_GATE_RULES,
  ...BLANK_GATE_RULES_2,
  ...BLANK_GATE_RULES_3,
  ...JUDGED_GATE_RULES,
  ...JUDGED_GATE_RULES_2,
  ...JUDGED_GATE_RULES_3,
  ...JUDGED_GATE_RULES_4,
  ...JUDGED_GATE_RULES_5,
  ...JUDGED_GATE_RULES_6,
  ...JUDGED_GATE_RULES_7,
  ...JUDGED_GATE_RULES_8,
  ...JUDGED_GATE_RULES_9,
  ...JUDGED_GATE_RULES_10,
  ...JUDGED_GATE_RULES_11,
  ...JUDGED_GATE_RULES_12,
  ...JUDGED_GATE_RULES_13,
  ...JUDGED_GATE_RULES_14,
  ...JUDGED_GATE_RULES_15,
  ...JUDGED_GATE_RULES_16,
  ...JUDGED_GATE_RULES_17,
  ...JUDGED_GATE_RULES_18,
  ...JUDGED_GATE_RULES_19,
  ...JUDGED_GATE_RULES_20,
  ...JUDGED_GATE_RULES_21,
  ...JUDGED_GATE_RULES_22,
  ...FORM_GATE_RULES,
  ...PRECISION_GATE_RULES,
  ...PRECISION_GATE_RULES_2,
  ...PRECISION_GATE_RULES_3,
  ...PRECISION_GATE_RULES_4,
  ...PRECISION_GATE_RULES_5,
  ...PRECISION_GATE_RULES_6,
  ...PRECISION_GATE_RULES_7,
  ...GRAMMAR_GATE_RULES,
  ...CLAUSE_GATE_RULES,
  ...READER_GATE_RULES,
);

export function gateRejection(v: GateView): string | null {
  for (const r of GATE_RULES) if (r.test(v)) return r.id;
  return null;
}
