import nlp from "compromise";
import { CONFIG } from "./config";
import { analyze, lexiconTag, type Analysis } from "./nlp";
import { BACK_REFERENCE } from "./words";
import { capitalizeFirst } from "./text-utils";

/** Shapes and small text helpers the idea rules share. */

/** What an idea rule sees: one sentence, cleaned for display, and how to tell names apart. */
export interface IdeaInput {
  text: string;
  /** True when a word is a name and keeps its capital after a question word. */
  isName?: (word: string) => boolean;
  /** True when the essay writes the phrase ("cold water") somewhere: a contrast it draws itself. */
  essayHas?: (phrase: string) => boolean;
}

export type IdeaKind =
  | "cause"
  | "purpose"
  | "caused"
  | "consequence"
  | "definition"
  | "enumeration"
  | "contrast"
  | "interpretation"
  | "claim";

export interface IdeaDraft {
  idea: IdeaKind;
  /**
   * A real question (flashcard front, short-answer prompt) or, for "claim" and "contrast", a
   * false statement.
   */
  question: string;
  answer: string;
}

export const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
export const stripEnd = (s: string) =>
  s.replace(/[\s.!;:,]+["”’]?$/u, "").replace(/^["“‘]|["”’]$/gu, "");

/** Lower the first word of a clause that moves after a question word, unless it is a name. */
export function lowerStart(clause: string, isName?: (w: string) => boolean): string {
  const m = clause.match(/^[\p{L}][\p{L}'’-]*/u);
  if (!m) return clause;
  const w = m[0];
  if (w === "I" || /^\p{Lu}{2,}/u.test(w) || /\p{Lu}/u.test(w.slice(1))) return clause;
  // "Unit-7": a word joined to a number is a name.
  if (/-$/.test(w) && /^\d/.test(clause.slice(w.length))) return clause;
  const bare = w.replace(/['’]s$/u, "");
  // "Harrowfield Weavers Guild": a capital on the next word too marks a multi-word name.
  // A determiner is never part of the name after it ("the Charter of the Forest").
  if (/^(?:the|a|an|this|that|these|those)$/i.test(w))
    return w.toLowerCase() + clause.slice(w.length);
  // "Modern Scottish nationalists": an everyday adjective before a people's name is no name.
  const next = clause.slice(w.length).match(/^\s+(\p{Lu}[\p{L}'’-]*)/u)?.[1];
  const everyday =
    !isName?.(w) &&
    lexiconTag(w.toLowerCase()) === "Adjective" &&
    next !== undefined &&
    lexiconTag(next.toLowerCase()) === "Demonym";
  if (everyday) return w.charAt(0).toLowerCase() + w.slice(1) + clause.slice(w.length);
  if (/^\s+\p{Lu}/u.test(clause.slice(w.length))) return clause;
  if (isName?.(w) || isName?.(bare)) return clause;
  const tag = lexiconTag(bare);
  if (tag && /Name|Place|City|Country|Region|Organization|Person|Demonym|Month|WeekDay/.test(tag))
    return clause;
  return w.charAt(0).toLowerCase() + w.slice(1) + clause.slice(w.length);
}

/** A clause that opens by pointing back ("This …", "As a result, …") cannot be asked alone. */
export function standsAlone(clause: string): boolean {
  return !BACK_REFERENCE.test(clause.trim()) && !/^["“‘(]/u.test(clause.trim());
}

/** A recallable answer: cut before a trailing relative clause, or null when still too long. */
export function recallable(answer: string): string | null {
  // "human activities, too": the additive word belongs to the sentence, not to what is recalled.
  let a = stripEnd(answer).replace(/,?\s+(?:too|as well|also)$/i, "");
  if (words(a).length > CONFIG.idea.maxAnswerWords) {
    const cut = a.search(/,\s+(?:which|who|where|while|and|but|as)\b|;|\s[—–]\s/);
    if (cut > 0) a = a.slice(0, cut);
  }
  const n = words(a).length;
  if (n < CONFIG.idea.minAnswerWords || n > CONFIG.idea.maxAnswerWords) return null;
  return capitalizeFirst(a);
}

const conjugated = new Map<string, unknown>();

/** A verb's forms (compromise is slow to build them; the verbs asked about are few, so remember). */
export function conjugate(verb: string): unknown {
  if (conjugated.has(verb)) return conjugated.get(verb);
  if (conjugated.size >= 2048) conjugated.clear();
  // Tagged as a verb first: compromise reads a bare "emit" as a noun.
  const doc = nlp(verb).tag("Infinitive") as unknown as ReturnType<typeof nlp>;
  const forms = doc.verbs().conjugate()[0];
  conjugated.set(verb, forms);
  return forms;
}

const analysed = new Map<string, Analysis>();

/**
 * Several idea rules tag the same cleaned sentence: tag it once. The cache is bounded and only
 * remembers results of a pure function, so output never depends on it.
 */
export function analyzeOnce(sentence: string): Analysis {
  const hit = analysed.get(sentence);
  if (hit) return hit;
  if (analysed.size >= 256) analysed.clear();
  const a = analyze(sentence);
  analysed.set(sentence, a);
  return a;
}

/**
 * "Pennick Bakers is a bakers guild for the Pennick district": when the answer
 * repeats most of the term's own words, the term answers its own question.
 */
export function echoesTerm(term: string, answer: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, "");
  const own = words(term)
    .map(stem)
    .filter((w) => w.length >= 3 && !/^(?:the|and|of|for)$/.test(w));
  if (own.length < 2) return false;
  const said = new Set(words(answer).map((w) => stem(w.replace(/[^\p{L}\p{N}-]/gu, ""))));
  const echoed = own.filter((w) => said.has(w)).length;
  return echoed >= Math.ceil((2 * own.length) / 3);
}
