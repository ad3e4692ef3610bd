import type { Rule } from "./rules";
import { STOPWORDS } from "./text-utils";

/**
 * The claims stage: a sentence that is not prose the essay asserts (a caption, a reference
 * entry, a fragment left by a bad split, a quotation in another language) is kept verbatim in
 * the essay but never quizzed. The first rule that fires names the reason.
 */
export const CLAIM_RULES: Rule<string>[] = [
  {
    id: "claim.unfinished",
    why: "Captions and credits end without a full stop; a claim ends with . or ! (and maybe a quote).",
    fires: [
      "Harbour at dawn, image by a reader from Flickr (cc licensed)",
      "The mayor speaking in 2019 (photo)",
    ],
    passes: [
      "The harbour was rebuilt after the storm.",
      "He said it was “the end of an era.”",
      "The canal was finished in 1843.[4]",
    ],
    test: (s) => !/[.!][”"’)\]]*$/.test(s.replace(/(?:\[[^\]]{1,20}\])+$/, "").trim()),
  },
  {
    id: "claim.fragment-start",
    why: "A sentence that starts lower case, with a digit or a bracket is the tail of a bad split.",
    fires: [
      "69 (1845) the recipe is described in full.",
      "m. on the following day, the crew landed.",
      "(see below) the plan was dropped.",
    ],
    passes: ["In 1845 the recipe was described in full.", "The crew landed on the following day."],
    test: (s) => /^[\p{Ll}\p{N}(\[]/u.test(s.trim()),
  },
  {
    id: "claim.reference-entry",
    why: "A bibliography entry ('Retrieved 6 July 2007', 'ed.', 'pp.') is apparatus, not the essay.",
    fires: [
      "Smith's notes on the harbour Retrieved 6 July 2007.",
      "Oxford History, 2nd ed. cites the survey.",
      "Journal of Soups 12, pp. 4–9.",
    ],
    passes: ["The harbour was surveyed again in 2007."],
    test: (s) => /\bRetrieved\b|\b\d+(?:st|nd|rd|th)\.? ed\b|\bpp?\.\s*\d|\bISBN\b|\bdoi:/i.test(s),
  },
  {
    id: "claim.not-english",
    why: "A quotation left in another language cannot be asked in English.",
    fires: [
      "A lógica é a mesma da dos órgãos de repressão do passado.",
      "La sopa se sirve fría en verano con pan.",
    ],
    passes: ["The soup is served cold in summer with bread."],
    test: (s) => {
      const ws = s.toLowerCase().match(/[\p{L}']+/gu) ?? [];
      if (ws.length < 6) return false;
      const common = ws.filter((w) => STOPWORDS.has(w)).length;
      return common / ws.length < 0.2;
    },
  },
  {
    id: "claim.leading-connective",
    why: "A sentence that opens with 'Because…' or 'And…' is half of an argument begun before it.",
    fires: [
      "Because such quarrels are more often caused by a part than by the whole.",
      "And so the matter rested.",
    ],
    passes: ["Because of the storm, the launch slipped by a week."],
    test: (s) => /^(?:because|and|or|nor|but|for)\b(?! of\b)(?![^,]{0,60},)/i.test(s.trim()),
  },
];

/** The id of the first claim rule that fires on a sentence, or null when it may be quizzed. */
export function claimRejection(sentence: string): string | null {
  for (const r of CLAIM_RULES) if (r.test(sentence)) return r.id;
  return null;
}
