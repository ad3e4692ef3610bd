import { analyzeOnce, conjugate, type IdeaDraft } from "./idea-text";
import type { Token } from "./nlp";
import {
  flippable,
  inMainClause,
  NEGATION_HEDGE,
  NEGATION_VERB_STOP,
  type FlipInput,
} from "./flip-guards";

/**
 * "Ocean plants produce oxygen" → "Ocean plants do not produce oxygen": the main predicate of a
 * general claim, denied. Only a claim in the present ("produces", "are putting", "can grow"),
 * with a named subject (no pronoun, no "many" or "some"), one main verb and no hedge: then the
 * denial contradicts the sentence's point and cannot be read as still true. A past event
 * ("retrieved the capsule") denied tests a detail of the story, a passive step ("are peeled")
 * a recipe's detail, and a copula ("is important") a negated adjective: none are flipped.
 */
export function negationFlip(input: FlipInput): IdeaDraft | null {
  const s = flippable(input);
  if (s === null || NEGATION_HEDGE.test(s)) return null;
  const toks = analyzeOnce(s).tokens;
  const v = mainVerb(toks);
  if (v < 1 || !subjectNamed(toks.slice(0, v))) return null;
  const t = toks[v]!;
  const lemma = t.lemma.toLowerCase();
  if (NEGATION_VERB_STOP.has(lemma) || !/^\p{Ll}+$/u.test(t.text)) return null;
  if (!inMainClause(s, t.start, t.end) || !oneMainVerb(toks, v)) return null;
  // "also absorbs" → "does not absorb": the "also" belonged to the positive claim.
  let k = v - 1;
  while (k > 0 && toks[k]!.pos === "ADV") k--;
  const aux = toks[k]!;
  let flipped: string | null = null;
  if (aux.pos === "AUX") {
    const a = aux.text.toLowerCase();
    // "are putting" → "are not putting"; "can grow" → "cannot grow". A passive ("are peeled")
    // or a perfect ("has gathered") reports a step or an event, not a claim.
    if (/^(?:is|are)$/.test(a) && /ing$/i.test(t.text))
      flipped = `${s.slice(0, aux.end)} not${s.slice(aux.end)}`;
    else if (a === "can" && t.text.toLowerCase() === lemma)
      flipped = `${s.slice(0, aux.start)}${aux.text}not${s.slice(aux.end)}`;
    if (flipped) flipped = flipped.replace(/\s+also\b/i, "");
  } else {
    const forms = conjugate(lemma) as Record<string, string> | undefined;
    const w = t.text.toLowerCase();
    const does =
      w !== lemma && forms?.PresentTense === w
        ? "does"
        : w === lemma
          ? "do"
          : forms?.PastTense === w
            ? "did"
            : null;
    if (does)
      flipped = `${s.slice(0, t.start).replace(/\s+also\s*$/i, " ")}${does} not ${lemma}${s.slice(t.end)}`;
  }
  if (!flipped) return null;
  return { idea: "claim", question: `${flipped.replace(/\s{2,}/g, " ")}.`, answer: t.text };
}

/**
 * The sentence's main verb: the first verb or auxiliary, read past a participle that names or
 * describes the subject ("A hormone called insulin helps…", "Oceans warmed by the sun are…").
 */
function mainVerb(toks: Token[]): number {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    const reduced =
      t.pos === "VERB" &&
      /ed$|own$/i.test(t.text) &&
      /^(?:NOUN|PROPN)$/.test(toks[i - 1]?.pos ?? "") &&
      (/^(?:by|as)$/i.test(toks[i + 1]?.text ?? "") || /^(?:call|name|know)$/.test(t.lemma));
    // "Rising rents are…": a participle before its noun describes it.
    const describing = t.pos === "VERB" && /ing$/i.test(t.text) && toks[i + 1]?.pos === "NOUN";
    if (reduced || describing) continue;
    if (t.pos === "AUX") {
      // "are putting", "can grow": the verb after the auxiliary is the one denied.
      let j = i + 1;
      while (toks[j]?.pos === "ADV") j++;
      return toks[j]?.pos === "VERB" ? j : -1;
    }
    return i;
  }
  return -1;
}

/** A subject a reader can name: a noun phrase, no pronoun, quantifier, clause or list of places. */
function subjectNamed(subject: Token[]): boolean {
  const first = subject[0]!;
  const describing = first.pos === "VERB" && /ing$/i.test(first.text);
  if (!/^(?:DET|NOUN|PROPN|ADJ)$/.test(first.pos) && !describing) return false;
  // "The ocean", "Mountain streams": an article or a capital opens it; "some", "each" do not.
  if (first.pos === "DET" ? !/^(?:the|a|an)$/i.test(first.text) : !/^\p{Lu}/u.test(first.text))
    return false;
  return !subject.some(
    (t) =>
      t.pos === "PRON" ||
      t.text === "," ||
      /^(?:who|which|that|whose|where|when|both|each|neither|either|any|every|one)$/i.test(t.text),
  );
}

/**
 * "advances knowledge and demonstrates new tools": a second verb joined to the first would stay
 * asserted, and a second finite verb ("plays a role in whatever happens") brings its own claim.
 */
function oneMainVerb(toks: Token[], v: number): boolean {
  for (let i = v + 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === "CCONJ" && /^(?:VERB|AUX)$/.test(toks[i + 1]?.pos ?? "")) return false;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    let p = i - 1;
    while (p > v && toks[p]!.pos === "ADV") p--;
    if (/^(?:CCONJ|PUNCT)$/.test(toks[p]!.pos) || t.pos === "AUX") return false;
    const forms = conjugate(t.lemma.toLowerCase()) as Record<string, string> | undefined;
    if (forms?.PresentTense === t.text.toLowerCase() && t.text.toLowerCase() !== t.lemma)
      return false;
  }
  return true;
}
