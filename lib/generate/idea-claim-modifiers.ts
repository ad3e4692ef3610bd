import type { Token } from "./nlp";

/**
 * The words of a claim card's subject before its head noun. Besides adjectives and nouns, a
 * degree word before an adjective ("the most common source", "a very old mill") and adjectives
 * joined by "and"/"or" ("angry and malignant passions") belong to it: the tagger reads "most" as
 * an adverb and "and" as a conjunction, and the card refused the subject. Does token `i` belong
 * to the subject?
 */
const SUBJECT_POS = /^(?:ADJ|NOUN|PROPN)$/;
/** "most", "very": "more"/"less" compare with something the sentence may not name ("the more important lessons" than what?). */
const DEGREE = /^(?:most|least|very|highly)$/i;

export function inSubject(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (SUBJECT_POS.test(t.pos)) return true;
  const next = toks[i + 1];
  if (DEGREE.test(t.text) && next?.pos === "ADJ") return true;
  // "common and durable": a joined adjective, after an adjective and before one (or a degree word).
  if (!/^(?:and|or)$/i.test(t.text) || toks[i - 1]?.pos !== "ADJ" || !next) return false;
  return next.pos === "ADJ" || (DEGREE.test(next.text) && toks[i + 2]?.pos === "ADJ");
}
