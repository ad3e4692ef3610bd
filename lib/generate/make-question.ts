import type { Claim } from "./extract-claims";
import type { Span } from "./find-spans";
import { lexiconTag, type Token } from "./nlp";
import { stripCitations } from "./text-utils";

export interface WhQuestion {
  prompt: string;
  answer: string;
  form: "subject" | "inverted";
}

const PERSON_NOUNS =
  /^(?:people|person|leader|official|voter|student|teacher|worker|citizen|soldier|author|writer|president|minister|man|woman|child|children|parent|expert|scientist|member|resident|farmer|doctor|nurse|critic|commentator|oligarch|politician|journalist|researcher|user|customer|employee|owner|player)s?$/i;
const SKIP_TOKEN_POS = new Set(["PUNCT"]);

function firstContentIndex(toks: Token[]): number {
  let i = 0;
  const t0 = toks[0];
  if (
    t0 &&
    /^(?:but|and|yet|so|or|however|moreover|still|indeed|also|thus|hence|therefore|meanwhile|instead)$/i.test(
      t0.text,
    )
  ) {
    i = 1;
    if (toks[1]?.text === ",") i = 2;
  }
  return i;
}

/** Lowercase a sentence-initial word unless it is a name (lexicon or seen capitalised mid-sentence). */
function decapitalize(word: Token, properWords: Set<string>): string {
  const w = word.text;
  if (/^\p{Lu}{2,}/u.test(w) || w === "I") return w;
  if (properWords.has(w)) return w;
  const tag = lexiconTag(w);
  if (
    tag &&
    /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym|Month|WeekDay/.test(tag)
  )
    return w;
  return w.charAt(0).toLowerCase() + w.slice(1);
}

function tidy(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?%])/g, "$1")
    .replace(/[,;:\s]+\?$/, "?")
    .replace(/\(\s*\)/g, "")
    .trim();
}

function whForSubject(span: Span): string | null {
  switch (span.kind) {
    case "person":
      return "Who";
    case "place":
      return span.subtype === "Country"
        ? "Which country"
        : span.subtype === "City"
          ? "Which city"
          : null;
    case "org":
      return "Which organisation";
    case "money":
      return "How much money";
    case "quantity":
      return span.head && span.plural ? `How many ${pluralOf(span)}` : null;
    case "np":
      if (span.plural || (span.head && PERSON_NOUNS.test(span.head))) return null;
      return "What";
    default:
      return null;
  }
}

function pluralOf(span: Span): string {
  const last = span.text.split(/\s+/).pop() ?? "";
  return last.toLowerCase();
}

function whForObject(span: Span, prep: string | null): string | null {
  const P = prep ? prep.charAt(0).toUpperCase() + prep.slice(1).toLowerCase() : "";
  const p = prep?.toLowerCase() ?? null;
  switch (span.kind) {
    case "person":
      return p ? (/^(?:to|with|for|from|by|about|against)$/.test(p) ? `${P} whom` : null) : "Who";
    case "place":
      if (p && /^(?:in|at)$/.test(p)) return "Where";
      if (!p && span.subtype === "Country") return "Which country";
      return null;
    case "year":
      return !p || /^(?:in|during)$/.test(p)
        ? "In what year"
        : p === "since"
          ? "Since what year"
          : null;
    case "date":
      return !p || /^(?:in|on|during)$/.test(p) ? "When" : null;
    case "money":
      return p ? (/^(?:for|by|of|to|at)$/.test(p) ? `${P} how much` : null) : "How much";
    case "percent":
      return p && /^(?:by|to|of|at)$/.test(p) ? `${P} what percentage` : null;
    case "quantity":
      return span.plural ? `${p ? P + " how" : "How"} many ${pluralOf(span)}` : null;
    case "np":
      return p ? null : "What";
    default:
      return null;
  }
}

/**
 * A WH-question whose answer is the span, built only where the sentence has a plain
 * subject–verb shape: the span as subject ("Who …?"), or after the main verb with do-support or
 * auxiliary inversion ("When did …?"). Anything more tangled returns null (cloze is safer).
 */
export function buildWhQuestion(
  claim: Claim,
  span: Span,
  properWords: Set<string>,
): WhQuestion | null {
  const toks = claim.analysis.tokens;
  const text = claim.text;
  const s0 = firstContentIndex(toks);
  const last = toks[toks.length - 1];
  const endAt = last && last.pos === "PUNCT" ? last.start : text.length;
  const answer = span.text.replace(/^(?:a|an)\s+/i, "");

  // Subject questions: [DET]? SPAN VERB …
  let subjStart = span.tokenStart;
  while (subjStart > s0 && toks[subjStart - 1]!.pos === "DET") subjStart--;
  const after = toks[span.tokenEnd + 1];
  if (
    subjStart === s0 &&
    after &&
    (after.pos === "VERB" || after.pos === "AUX") &&
    !/^['’]s$/.test(after.text)
  ) {
    const wh = whForSubject(span);
    // Who/What agree with a singular verb; a plural-only form ("were", "have") would read wrong.
    const pluralVerb =
      /^(?:are|were|have)$/i.test(after.text) ||
      (after.pos === "VERB" &&
        after.text.toLowerCase() === after.lemma &&
        !/^(?:put|cut|set|hit|let|read|spread|quit|cost)$/.test(after.lemma));
    // "X has been a, and every day … is b": a second clause with its own subject can't share the WH word.
    const rest0 = span.tokenEnd + 1;
    let secondClause = false;
    for (let c = rest0 + 1; c < toks.length && !secondClause; c++) {
      if (toks[c]!.pos !== "CCONJ") continue;
      for (let k = c + 2; k < toks.length; k++) {
        if (
          (toks[k]!.pos === "AUX" || toks[k]!.pos === "VERB") &&
          /^(?:DET|NOUN|PRON|PROPN)$/.test(toks[c + 1]!.pos)
        ) {
          secondClause = true;
          break;
        }
      }
    }
    if (wh && !secondClause && !(pluralVerb && !/^How many/.test(wh))) {
      const rest = text.slice(after.start, endAt);
      return { prompt: tidy(stripCitations(`${wh} ${rest}?`)), answer, form: "subject" };
    }
    return null;
  }

  // Inverted questions: SUBJECT (AUX+ | VERB) … [PREP] SPAN …
  let v = s0;
  while (v < toks.length && toks[v]!.pos !== "VERB" && toks[v]!.pos !== "AUX") v++;
  if (v >= toks.length || v === s0 || v - s0 > 6) return null;
  for (let i = s0; i < v; i++) {
    const t = toks[i]!;
    if (
      !/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) &&
      !(t.pos === "ADP" && /^of$/i.test(t.text))
    )
      return null;
    if (t.pos === "PART" && !/^['’]s$/.test(t.text)) return null;
  }
  if (span.tokenStart <= v) return null;
  // The subject needs a head: "A weakened X is…" has a participle, not a verb, after "A".
  if (!/^(?:NOUN|PROPN|NUM)$/.test(toks[v - 1]!.pos)) return null;
  const verb = toks[v]!;
  let prepIdx = span.tokenStart - 1;
  while (prepIdx > v && toks[prepIdx]!.pos === "DET") prepIdx--;
  const prepTok = toks[prepIdx]!;
  const hasPrep = prepIdx > v && prepTok.pos === "ADP";
  const cutFrom = hasPrep ? prepIdx : span.kind === "np" ? prepIdx + 1 : span.tokenStart;
  // Nothing between verb and span may open another clause or list.
  for (let i = v + 1; i < cutFrom; i++) {
    const t = toks[i]!;
    if (
      t.pos === "SCONJ" ||
      t.pos === "PUNCT" ||
      t.pos === "CCONJ" ||
      /^(?:that|which|who|whom|whose)$/i.test(t.text)
    )
      return null;
    if (
      t.pos === "VERB" &&
      !(i === v + 1 && verb.pos === "AUX") &&
      !(i === v + 2 && toks[v + 1]!.pos === "AUX")
    )
      return null;
  }
  if (toks.slice(v, v + 2).some((t) => /^n['’]t$/i.test(t.text))) return null;
  const wh = whForObject(span, hasPrep ? prepTok.text : null);
  if (!wh) return null;
  const subjTokens = toks.slice(s0, v);
  const subjText = text.slice(subjTokens[0]!.start, subjTokens[subjTokens.length - 1]!.end);
  const subject =
    decapitalize(subjTokens[0]!, properWords) + subjText.slice(subjTokens[0]!.text.length);
  const afterSpan = toks[span.tokenEnd + 1];
  const tail = afterSpan && afterSpan.start < endAt ? text.slice(afterSpan.start, endAt) : "";
  // A second clause after the gap ("…, but said nothing") cannot hang off a fronted WH word.
  if (/[;:]|,\s*(?:but|and|or|yet|so|while|which|who)\b/i.test(tail)) return null;
  const middleStart = v + 1;
  const middle =
    cutFrom > middleStart ? text.slice(toks[middleStart]!.start, toks[cutFrom - 1]!.end) : "";
  let head: string;
  if (verb.pos === "AUX") {
    head = `${wh} ${verb.text.toLowerCase()} ${subject} ${middle}`;
  } else {
    const lower = verb.text.toLowerCase();
    const lemma = verb.lemma.toLowerCase();
    if (!/^[a-z]+$/.test(lemma)) return null;
    let aux: string;
    if (lower === lemma) aux = "do";
    else if (
      lower === `${lemma}s` ||
      lower === `${lemma}es` ||
      (lemma === "have" && lower === "has") ||
      (lemma.endsWith("y") && lower === `${lemma.slice(0, -1)}ies`)
    )
      aux = "does";
    else aux = "did";
    if (aux === "do" && subjTokens.length === 1 && subjTokens[0]!.pos === "PROPN") aux = "did";
    head = `${wh} ${aux} ${subject} ${lemma} ${middle}`;
  }
  if (SKIP_TOKEN_POS.has(toks[span.tokenStart]!.pos)) return null;
  const prompt = tidy(stripCitations(`${head} ${tail}?`));
  return { prompt, answer, form: "inverted" };
}
