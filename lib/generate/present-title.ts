import { lexiconTag } from "./nlp";

/**
 * A scraped page's title in capitals ("MINISTER FOR NORTH-WEST HARBOURS is …", "The 12TH VALLEY
 * WOOL FAIR"): where it stands and how it is written for a student (`present.shouted-words`,
 * `unshout`).
 */

/**
 * Words in capitals, one or a run ("COOL-AID" and "NORTH-WEST" are one word each), a number
 * before the first ("12TH").
 */
export const CAPITALS_RUN =
  /(?<![\p{L}\p{N}-])\p{N}*\p{Lu}{2,}(?:-\p{Lu}{2,})*(?:\s+\p{Lu}{2,}(?:-\p{Lu}{2,})*)*(?![\p{L}\p{N}-])/gu;
/** Lexicon tags of a verb: a run with one is stressed words, not a title. */
const VERB_TAG = /Copula|Modal|PastTense|Infinitive|Auxiliary/;
/** The small words a title keeps in lower case: "Minister for North-West Harbours". */
const SMALL_TITLE_WORD = /^(?:FOR|OF|THE|AND|IN|ON|AT|TO|A|AN)$/;

/**
 * A title in capitals where a scraped page sets its subject: opening the sentence or after "the",
 * three words or more or with a small word inside, and no verb ("IT IS NO SECRET" is stress).
 */
export function scrapedTitle(s: string, at: number, ws: string[]): boolean {
  if (at !== 0 && !/\bthe\s$/i.test(s.slice(Math.max(0, at - 4), at))) return false;
  if (ws.length < 3 && !ws.slice(1, -1).some((w) => SMALL_TITLE_WORD.test(w))) return false;
  return !ws.some((w) => VERB_TAG.test(String(lexiconTag(w.toLowerCase()) ?? "")));
}

/** The words of a sentence's scraped titles in capitals ("MINISTER FOR NORTH-WEST HARBOURS"). */
export function titleWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(CAPITALS_RUN)) {
    const ws = m[0].split(/\s+/);
    if (scrapedTitle(sentence, m.index, ws)) for (const w of ws) out.add(w);
  }
  return out;
}

/** "MINISTER FOR NORTH-WEST" → "Minister for North-West". */
export function titleCase(ws: string[]): string {
  return ws
    .map((w, i) =>
      i > 0 && SMALL_TITLE_WORD.test(w)
        ? w.toLowerCase()
        : /^\p{N}/u.test(w)
          ? w.toLowerCase()
          : w.replace(/\p{Lu}+/gu, (part) => part.charAt(0) + part.slice(1).toLowerCase()),
    )
    .join(" ");
}
