import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { escapeRegExp, matchesInEssay } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const WORDS_OF_THREE = /\p{L}{3,}/gu;
const ONE_NAME = /^\p{Lu}\p{Ll}+$/u;
const THE_NEXT_TO_NAME = /_____\s+the\s+\p{Lu}|\p{Lu}\p{Ll}+\s+the\s+_____/u;
const STARTS_UPPER = /^\p{Lu}/u;
const DOUBLED_LAST_LETTER = /(\p{L})\1(?!\p{L})/u;

/** Person words an appositive name follows: "the new king, Harald signed…". */
const APPOSITIVE_HEAD =
  /\b(?:king|queen|president|leader|minister|emperor|empress|pope|chief|director|captain|author|founder|head|governor|mayor|general|bishop|chairman|administrator),\s_____\s+\p{Ll}/iu;

/** The same with the name written out: "the old king, Harald III signed…". */
const APPOSITIVE_NAME = new RegExp(
  APPOSITIVE_HEAD.source.replace("_____\\s+", "(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,3}"),
  // Without "i": a case-blind \p{Lu} would take any word for a name.
  "u",
);

/**
 * More publishing rules from the blind judging of generator 2.2: a blank before an epithet, an
 * appositive that lost its closing comma, "the country" never named, an answer the sentence
 * says is one of several, and a quotation whose speaker the item does not show.
 */
export const JUDGED_GATE_RULES_2: Rule<GateView>[] = [
  {
    id: "gate.epithet-blank",
    why: "'_____ the Great': a first name before its epithet is guessed from the epithet, not learned from the essay.",
    fires: [
      {
        type: "cloze",
        prompt: "The treaty lifted the ban on _____ the Bold.",
        answer: "Charles",
        sentence: "The treaty lifted the ban on Charles the Bold.",
      },
      {
        type: "cloze",
        prompt: "The treaty lifted the ban on Charles the _____.",
        answer: "Bold",
        sentence: "The treaty lifted the ban on Charles the Bold.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The treaty lifted the ban on _____.",
        answer: "Charles the Bold",
        sentence: "The treaty lifted the ban on Charles the Bold.",
      },
    ],
    test: (v) => ONE_NAME.test(v.answer.trim()) && THE_NEXT_TO_NAME.test(v.prompt),
  },
  {
    id: "gate.appositive-no-comma",
    why: "'the new king, _____ signed': a name set off by one comma and not the other reads as broken punctuation.",
    fires: [
      {
        type: "cloze",
        prompt: "In 1410 the old king, _____ signed a truce with the north.",
        answer: "Harald",
        sentence: "In 1410 the old king, Harald signed a truce with the north.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, in 1410 the old king, Harald III signed a truce.",
        answer: "True",
        sentence: "In 1410 the old king, Harald III signed a truce.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "In 1410 the old king, _____, signed a truce with the north.",
        answer: "Harald",
        sentence: "In 1410 the old king, Harald, signed a truce with the north.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, in 1410 the old king, Harald III, signed a truce.",
        answer: "True",
        sentence: "In 1410 the old king, Harald III, signed a truce.",
      },
    ],
    // Both patterns need a comma: most items have none, and the patterns are tried at every word.
    test: (v) =>
      (v.prompt.includes(",") && v.prompt.includes("_____") && APPOSITIVE_HEAD.test(v.prompt)) ||
      ((v.prompt.includes(",") || v.sentence.includes(",")) &&
        APPOSITIVE_NAME.test(`${v.prompt} ${v.sentence}`)),
  },
  {
    id: "gate.unnamed-country",
    why: "'the values of the country were censored': with no name anywhere in the sentence, which country and when is left to a text the item does not show.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, any book critical of the country was banned.",
        answer: "True",
        sentence: "Any book critical of the country was banned.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, any book critical of the country was banned under Lindqvist.",
        answer: "True",
        sentence: "Any book critical of the country was banned under Lindqvist.",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      /\bthe\s+(?:country|regime)\b/i.test(v.sentence) &&
      !/\s\p{Lu}/u.test(v.sentence.replace(/^\s*\S+/, "")) &&
      !/Context:/.test(v.prompt),
  },
  {
    id: "gate.one-of-several",
    why: "'However, a lot of it comes from farms, too.': 'too' or 'as well' says the answer is one of several, so a question asking for it has more than one right answer.",
    fires: [
      {
        type: "short_answer",
        prompt: "Where does a lot of the dust come from?",
        answer: "farms",
        sentence: "However, a lot of the dust comes from farms, too.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Where does most of the dust come from?",
        answer: "farms",
        sentence: "Most of the dust comes from farms.",
      },
    ],
    test: (v) =>
      (v.type === "short_answer" || v.type === "flashcard") &&
      /\b(?:too|as\s+well)\s*[.!]?\s*$/i.test(v.sentence.trim()),
  },
  {
    id: "gate.other-name-same-phrase",
    why: "'off the coast of _____' with the essay saying 'off the coast of' two different places: the other one is a second right answer.",
    fires: [
      {
        type: "cloze",
        prompt: "The boat landed off the coast of _____ at noon.",
        answer: "Port Ellen",
        sentence: "The boat landed off the coast of Port Ellen at noon.",
        essay:
          "The boat landed off the coast of Port Ellen at noon. A photo shows it off the coast of Bowmore.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The boat landed off the coast of _____ at noon.",
        answer: "Port Ellen",
        sentence: "The boat landed off the coast of Port Ellen at noon.",
        essay:
          "The boat landed off the coast of Port Ellen at noon. A photo shows it off the coast of Port Ellen.",
      },
    ],
    test: (v) => {
      if (!v.essay || !STARTS_UPPER.test(v.answer)) return false;
      const blank = v.prompt.indexOf("_____");
      // The three words before the blank; the regex is run on the text just before it only.
      const m = blank < 0 ? null : threeWordsBefore(v.prompt, blank);
      if (!m) return false;
      const lead = escapeRegExp(m[1]!.trim()).replace(/\s+/g, "\\s+");
      const first = v.answer.split(/\s+/)[0]!;
      return matchesInEssay(v.essay, `\\b${lead}\\s+(\\p{Lu}[\\p{L}'’-]*)`).some(
        ([w]) => w !== first,
      );
    },
  },
  {
    id: "gate.dropped-letter",
    why: "'126 smal groups' beside 'small groups': a source typo copied into a question reads as the item's own mistake.",
    fires: [
      {
        type: "cloze",
        prompt: "The town has _____ small shops and nine smal cafes.",
        answer: "twelve",
        sentence: "The town has twelve small shops and nine smal cafes.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The town has _____ small shops and nine small cafes.",
        answer: "twelve",
        sentence: "The town has twelve small shops and nine small cafes.",
      },
    ],
    test: (v) => {
      const lower = v.prompt.toLowerCase();
      // No word ends in a doubled letter (most prompts): nothing to look for.
      if (!DOUBLED_LAST_LETTER.test(lower)) return false;
      const words = new Set(lower.match(WORDS_OF_THREE) ?? []);
      // Only a word ending in a doubled letter can be another word plus its last letter: no
      // string is built for the others.
      for (const w of words)
        if (w.length > 3 && w.at(-1) === w.at(-2) && words.has(w.slice(0, -1))) return true;
      return false;
    },
  },
  {
    id: "gate.quote-fragment",
    why: "A sentence that closes a quotation it did not open is someone's words whose speaker the item does not show: the essay's claim it is not.",
    fires: [
      {
        type: "short_answer",
        prompt: "What do trips like this show?",
        answer: "the strength of our program",
        sentence: "Trips like this show the strength of our program.”",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What do trips like this show?",
        answer: "the strength of the program",
        sentence: "“Trips like this show the strength of our program,” the director said.",
      },
    ],
    test: (v) => (v.sentence.match(/”/g)?.length ?? 0) > (v.sentence.match(/“/g)?.length ?? 0),
  },
];

/**
 * The match of /((?:[\p{L}'’-]+\s+){3})_____/u on the 200 characters before the blank. A match
 * holds three runs of spaces, so it starts after the fourth run back from the blank: the regex is
 * run from there, not tried at each of the 200 places.
 */
function threeWordsBefore(prompt: string, blank: number): RegExpMatchArray | null {
  const from = Math.max(0, blank - 200);
  let i = blank;
  let runs = 0;
  while (i > from) {
    if (SPACE.test(prompt.charAt(i - 1))) {
      if (++runs === 4) break;
      while (i > from && SPACE.test(prompt.charAt(i - 1))) i--;
    } else i--;
  }
  return prompt.slice(runs === 4 ? i : from, blank + 5).match(THREE_WORDS_BLANK);
}
const SPACE = /\s/;
const THREE_WORDS_BLANK = /((?:[\p{L}'’-]+\s+){3})_____/u;
