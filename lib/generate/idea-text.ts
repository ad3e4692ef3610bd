import nlp from "compromise";
import { CONFIG } from "./config";
import { analyze, lexiconTag, type Analysis } from "./nlp";
import { BACK_REFERENCE } from "./words";
import { PEOPLE_ADJECTIVE } from "./frame-grammar";
import { capitalizeFirst, pluralStem } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_TWO_CAPITALS = /^\p{Lu}{2,}/u;
const CAPITAL = /\p{Lu}/u;
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;
const NEXT_CAPITALISED = /^\s+(\p{Lu}[\p{L}'’-]*)/u;

/** Shapes and small text helpers the idea rules share. */

/** What an idea rule sees: one sentence, cleaned for display, and how to tell names apart. */
export interface IdeaInput {
  text: string;
  /** True when a word is a name and keeps its capital after a question word. */
  isName?: (word: string) => boolean;
  /** True when the essay writes the phrase ("cold water") somewhere: a contrast it draws itself. */
  essayHas?: (phrase: string) => boolean;
  /** The essay as written: for a false statement that swaps in a word of another of its sentences. */
  essay?: string;
  /** Who the questions name as the one who speaks: "the speaker" of a speech, else "the author". */
  voice?: "speaker" | "author";
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
  | "means"
  | "appeal"
  | "claim";

export interface IdeaDraft {
  idea: IdeaKind;
  /**
   * A real question (flashcard front, short-answer prompt) or, for "claim" and "contrast", a
   * false statement.
   */
  question: string;
  answer: string;
  /**
   * The question names what the sentence's "its" and "the other" point to ("Which two ways
   * of drying hay …?" ← "the one, by turning it in the sun; the other, …"): the claim-level
   * referent check, which reads the sentence alone, does not apply (idea-rules-counted.ts).
   */
  selfContained?: boolean;
}

export const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
/** The text without its closing stops, spaces and quote, and without an opening or closing quote. */
export function stripEnd(s: string): string {
  // The closing run is found from the end: the regex it replaces (/[\s.!;:,]+["”’]?$/u) was
  // tried from every space of the sentence, and 32 callers ask it of every clause.
  let end = s.length;
  if (end > 0 && CLOSING_QUOTE.test(s.charAt(end - 1))) end--;
  let from = end;
  while (from > 0 && CLOSING_MARK.test(s.charAt(from - 1))) from--;
  return (from < end ? s.slice(0, from) : s).replace(/^["“‘]|["”’]$/gu, "");
}
const CLOSING_QUOTE = /["”’]/;
const CLOSING_MARK = /[\s.!;:,]/;

/** An adjective and nothing else: the lexicon says so, or knows no other use and the tagger reads one. */
function plainAdjectiveWord(w: string): boolean {
  const tag = lexiconTag(w);
  if (tag !== undefined) return tag === "Adjective";
  return analyze(`the ${w} things`).tokens[1]?.pos === "ADJ";
}

const FUNCTION_WORD =
  /^(?:some|many|most|all|each|every|few|several|both|any|other|such|in|on|at|of|for|with|by|from|to|into|onto|under|within|among|during|after|before|since|as|while|when|if|although|though|because|and|but|or)$/i;

/** Lower the first word of a clause that moves after a question word, unless it is a name. */
export function lowerStart(clause: string, isName?: (w: string) => boolean): string {
  const m = clause.match(/^[\p{L}][\p{L}'’-]*/u);
  if (!m) return clause;
  const w = m[0];
  if (w === "I" || STARTS_TWO_CAPITALS.test(w) || CAPITAL.test(w.slice(1))) return clause;
  // "Unit-7": a word joined to a number is a name; "Glyceraldehyde-3-phosphate", joined on to a
  // lower-case word, is a compound's name.
  const after = clause.slice(w.length);
  if (/-$/.test(w) && /^\d/.test(after) && !/^\d+-\p{Ll}/u.test(after)) return clause;
  const bare = w.replace(/['’]s$/u, "");
  // "Harrowfield Weavers Guild": a capital on the next word too marks a multi-word name.
  // A determiner is never part of the name after it ("the Charter of the Forest").
  if (/^(?:the|a|an|this|that|these|those)$/i.test(w))
    return w.toLowerCase() + clause.slice(w.length);
  // "Modern Scottish nationalists": an everyday adjective before a people's name is no name.
  const next = clause.slice(w.length).match(NEXT_CAPITALISED)?.[1];
  const everyday =
    !isName?.(w) &&
    lexiconTag(w.toLowerCase()) === "Adjective" &&
    next !== undefined &&
    lexiconTag(next.toLowerCase()) === "Demonym";
  // "Massive Soviet forces": an adjective the essay never capitalises mid-sentence, before a
  // word it does, is no part of a name.
  const plainAdjective =
    isName !== undefined &&
    !isName(w) &&
    next !== undefined &&
    isName(next) &&
    plainAdjectiveWord(w.toLowerCase());
  if (everyday || plainAdjective)
    return w.charAt(0).toLowerCase() + w.slice(1) + clause.slice(w.length);
  // Nor is a preposition, conjunction or quantifier ("In human cells", "Some types of …", "In
  // Burma"), whatever the essay's capitals suggest: a heading capitalises it mid-line, and a
  // name after it starts a name of its own.
  if (FUNCTION_WORD.test(w)) return w.toLowerCase() + clause.slice(w.length);
  if (SPACE_THEN_CAPITAL.test(clause.slice(w.length))) return clause;
  if (isName?.(w) || isName?.(bare)) return clause;
  // "British", "Spanish": a people's adjective the lexicon lacks (frame-grammar.ts).
  if (PEOPLE_ADJECTIVE.test(bare)) return clause;
  const tag = lexiconTag(bare);
  if (tag && /Name|Place|City|Country|Region|Organization|Person|Demonym|Month|WeekDay/.test(tag))
    return clause;
  return w.charAt(0).toLowerCase() + w.slice(1) + clause.slice(w.length);
}

/**
 * Does the phrase open with a verb ("conquer the deserts", "keep the soup cold")? Read after "to",
 * as the tagger needs: it takes a bare first word for a noun.
 */
export function startsWithVerb(phrase: string): boolean {
  return analyze(`to ${phrase}`).tokens[1]?.pos === "VERB";
}

/** A clause that opens by pointing back ("This …", "As a result, …") cannot be asked alone. */
export function standsAlone(clause: string): boolean {
  return !BACK_REFERENCE.test(clause.trim()) && !/^["“‘(]/u.test(clause.trim());
}

/**
 * What an answer key keeps: its first statement. A second definition joined by ", and" ("the
 * point where a quake starts, and the epicentre is the point above it") belongs to another term,
 * and a comment after a comma (", who remains stable", ", which took a year") is a clause too
 * many to recall; both go when a recallable answer is left.
 */
export function trimAnswer(answer: string): string {
  const cuts = [SECOND_DEFINITION, TRAILING_COMMENT];
  let a = answer;
  for (const re of cuts) {
    const at = a.search(re);
    if (at > 0 && words(a.slice(0, at)).length >= CONFIG.idea.minTrimmedAnswerWords)
      a = a.slice(0, at);
  }
  return a;
}

/** ", and the epicentre is …", ", while lava is …": a second term defined after the first. */
const SECOND_DEFINITION =
  /,\s+(?:and|while|whereas)\s+(?:the\s+|an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:is|are|was|were)\s+\p{L}/u;
/** ", who remains stable", ", which took nine months": a remark on the answer's last noun. */
const TRAILING_COMMENT = /,\s+(?:who|whom|whose|which)\s/;

/** A recallable answer: cut before a trailing relative clause, or null when still too long. */
export function recallable(answer: string): string | null {
  // "human activities, too": the additive word belongs to the sentence, not to what is recalled.
  let a = trimAnswer(stripEnd(answer).replace(/,?\s+(?:too|as well|also)$/i, ""));
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
  const a = repairVerb(analyze(sentence));
  analysed.set(sentence, a);
  return a;
}

/**
 * "Sea creatures love coral", "Research aboard the station advances knowledge": the tagger
 * reads a verb after a noun as another noun and the clause has no verb at all. A word it tagged
 * as a noun that the lexicon lists only as a verb form is the verb, when it is the first
 * such word after the subject's noun.
 */
export function repairVerb(a: Analysis): Analysis {
  if (a.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return a;
  const at = a.tokens.findIndex(
    (t, k) =>
      k > 0 &&
      t.pos === "NOUN" &&
      /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]!.pos) &&
      /^(?:Infinitive|PresentTense)$/.test(lexiconTag(t.text) ?? ""),
  );
  if (at < 0) return a;
  const t = a.tokens[at]!;
  const lemma =
    lexiconTag(t.text) === "Infinitive"
      ? t.text.toLowerCase()
      : t.text.toLowerCase().replace(/e?s$/, "");
  const fixed = lexiconTag(lemma) === "Infinitive" ? lemma : t.text.toLowerCase().replace(/s$/, "");
  const tokens = a.tokens.map((x, k) => (k === at ? { ...x, pos: "VERB", lemma: fixed } : x));
  return { ...a, tokens };
}

/**
 * "Pennick Bakers is a bakers guild for the Pennick district": when the answer
 * repeats most of the term's own words, the term answers its own question.
 */
export function echoesTerm(term: string, answer: string): boolean {
  const own = words(term)
    .map(pluralStem)
    .filter((w) => w.length >= 3 && !/^(?:the|and|of|for)$/.test(w));
  if (own.length < 2) return false;
  const said = new Set(words(answer).map((w) => pluralStem(w.replace(/[^\p{L}\p{N}-]/gu, ""))));
  const echoed = own.filter((w) => said.has(w)).length;
  return echoed >= Math.ceil((2 * own.length) / 3);
}

/**
 * "The lake is shallow because it fills with silt": when the clause asked about names one thing
 * only (a subject with an adjective, an adverb or nothing after its verb), a reason's "it" or
 * "they" can only be that subject, which the question names.
 */
export function pointsToSubject(main: string, reason: string): boolean {
  const pron = /^\S+(?:\s+of)?\s+(it|they)\b/i.exec(reason)?.[1]?.toLowerCase();
  if (!pron) return false;
  const toks = analyzeOnce(stripEnd(main)).tokens.filter((t) => t.pos !== "PUNCT");
  const v = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (v < 1) return false;
  const subject = toks.slice(0, v);
  if (!subject.every((t) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos))) return false;
  const head = subject[subject.length - 1]!;
  if (!/^(?:NOUN|PROPN)$/.test(head.pos)) return false;
  const plural = head.text.toLowerCase() !== head.lemma.toLowerCase() && /s$/i.test(head.text);
  if ((pron === "they") !== plural) return false;
  // Nothing after the verb that "it" could be: "The river flooded the town because it …" is unclear.
  return toks.slice(v + 1).every((t) => /^(?:AUX|VERB|ADJ|ADV|PART)$/.test(t.pos));
}
