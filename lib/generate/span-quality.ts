/**
 * How worth asking a span is, and the span checks the item makers share: the weights of each kind
 * of span, the terms an essay defines, and the context they are judged in.
 */
import type { Claim } from "./extract-claims";
import type { Span } from "./find-spans";
import { contentWords, NUMERIC_KINDS, otherYears, type EssayPool } from "./make-distractors";
import { countWhole, normalize } from "./text-utils";
import { MEASURE_UNIT } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;
const WORD_COMMA_END = /\p{L},\s*$/u;

export interface ItemContext {
  pool: EssayPool;
  properWords: Set<string>;
  termCounts: Map<string, number>;
  maxClaimScore: number;
  /** The essay's two main names when they dominate it: blanking one is a coin toss. */
  dominantNames: Set<string>;
  /** Content words of the title, lower case (singular and plural). */
  titleWords: Set<string>;
  /** The essay's most frequent terms: the first guess of anyone who has skimmed it. */
  topTerms?: Set<string>;
  /** Words the essay writes in lower case somewhere: only these may be lowered in a frame. */
  lowerWords?: Set<string>;
}

const SPAN_WEIGHT: Record<string, number> = {
  person: 0.9,
  place: 0.8,
  org: 0.8,
  name: 0.55,
  year: 0.9,
  date: 0.75,
  percent: 0.95,
  money: 0.95,
  quantity: 0.85,
  np: 0.45,
};

/**
 * How worth asking a span is. Noun phrases must earn their blank: the essay repeats the phrase,
 * or every word of it is a term the essay keeps using. Judging phrases ("a bigger problem") and
 * one-off phrases ("exact figure") are guessable or arguable, so they stay drafts.
 */
export function spanQuality(span: Span, ctx: ItemContext, body = ""): number {
  const w = SPAN_WEIGHT[span.kind] ?? 0.5;
  // Half of "Town, Region", "Head ___", "the City of ___": the rest of the stem gives it away.
  if (span.fixedPair) return 0.1;
  // "the two cities" names something known; it states no fact to learn.
  if (span.definite) return 0.15;
  if (span.kind === "year" && yearIsBracketed(body, span)) return 0.15;
  // A name made only of title words ("the _____ caisson" in an essay titled after that place) is
  // the topic itself: a giveaway.
  if (
    span.kind !== "np" &&
    !NUMERIC_KINDS.has(span.kind) &&
    contentWords(span.text).length > 0 &&
    contentWords(span.text).every((x) => ctx.titleWords.has(x))
  )
    return 0.25;
  if (span.kind !== "np" || !span.head) {
    if (span.kind !== "np" && ctx.dominantNames.has(normalize(span.text))) return w - 0.3;
    return w;
  }
  if (span.defined) return 0.8;
  if (span.evaluative) return 0.25;
  const bare = span.text.replace(/^(?:a|an)\s+/i, "");
  const words = bare.split(/\s+/);
  const headCount = ctx.termCounts.get(span.head.toLowerCase()) ?? 0;
  const phraseCount = countWhole(ctx.pool.essay, normalize(bare));
  // Words of the title are what the whole essay is about: a blank for them is a giveaway.
  const fromTitle = contentWords(bare).every((x) => ctx.titleWords.has(x));
  if (fromTitle) return 0.25;
  // A term the sentence defines ("known today as X", "what they called X") is the thing to learn.
  if (DEFINED_TERM_BEFORE.test(body.slice(0, span.start)) && !ctx.topTerms?.has(span.head))
    return 0.8;
  // One common noun is guessable from grammar or the topic ("reward _____ who…" → students), and
  // the essay's most frequent terms most of all. An abstract noun the essay names rarely
  // ("teaches a kind of _____") carries an idea of the argument and may be asked.
  const before = body.slice(0, span.start);
  const after = body.slice(span.end);
  // One member of a list ("_____ and soil", "saws and _____"): the other members give it away,
  // or any other member would do as well.
  if (/(?:,|\band|\bor)\s*$/i.test(before) || /^\s*(?:,|and\b|or\b)/i.test(after)) return 0.3;
  // "under _____" → supervision, "without _____" → air conditioning: a bare singular noun phrase
  // after a preposition is usually a set phrase.
  const setPhrase =
    !span.plural &&
    STARTS_LOWER.test(span.text) &&
    /\b(?:under|with|without|by|in|on|at|for|into|from)\s+$/i.test(before);
  if (setPhrase) return 0.2;
  if (words.length === 1) {
    const abstract =
      ABSTRACT_NOUN.test(bare) &&
      !span.plural &&
      headCount <= 3 &&
      !ctx.topTerms?.has(span.head.toLowerCase()) &&
      !PERSON_NOUN.test(bare);
    return abstract ? 0.5 : 0.2;
  }
  if (ctx.topTerms?.has(span.head.toLowerCase())) return 0.35;
  if (phraseCount >= 3) return 0.85;
  if (phraseCount >= 2) return 0.75;
  const allRecur = words.every((x) => (ctx.termCounts.get(x.toLowerCase()) ?? 0) >= 2);
  if (allRecur && headCount >= 3) return 0.5;
  return 0.3;
}

const TERM_POS = /^(?:NOUN|PROPN|ADJ)$/;

/**
 * The term a sentence defines: the noun phrase after "called/known as/termed" ("a coil called
 * the evaporator"), or the phrase an abbreviation glosses ("its coefficient of performance, or
 * COP"). The sentence teaches it, so it is the thing worth asking.
 */
export function definedTermSpans(claim: Claim): Span[] {
  const toks = claim.analysis.tokens;
  const out: Span[] = [];
  // Names and numbers keep their own spans; a defined term replaces the plain phrases it covers.
  const taken = (a: number, b: number) =>
    claim.spans.some((x) => x.kind !== "np" && x.tokenStart <= b && x.tokenEnd >= a) ||
    out.some((x) => x.tokenStart <= b && x.tokenEnd >= a);
  const push = (a: number, b: number) => {
    if (a > b || taken(a, b)) return;
    const start = toks[a]!.start;
    const end = toks[b]!.end;
    const text = claim.body.slice(start, end);
    if (!/\p{L}{3}/u.test(text)) return;
    out.push({
      text,
      start,
      end,
      tokenStart: a,
      tokenEnd: b,
      kind: "np",
      head: toks[b]!.text,
      plural: /s$/i.test(toks[b]!.text) && !/ss$/i.test(toks[b]!.text),
      nominalSlot: true,
      defined: true,
    });
  };
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text.toLowerCase();
    const next = toks[i + 1]?.text.toLowerCase();
    let a = -1;
    if (/^(?:called|termed|dubbed)$/.test(w)) a = i + 1;
    else if (w === "known" && next === "as") a = i + 2;
    if (a >= 0) {
      if (/^(?:the|a|an)$/i.test(toks[a]?.text ?? "")) a++;
      let b = a;
      while (b < toks.length && TERM_POS.test(toks[b]!.pos) && b - a < 3) b++;
      if (b > a) push(a, b - 1);
    }
    // "its coefficient of performance, or COP": the glossed phrase before ", or ABC".
    if (w === "," && next === "or" && /^\p{Lu}{2,6}$/u.test(toks[i + 2]?.text ?? "")) {
      let a2 = i - 1;
      while (
        a2 >= 0 &&
        (TERM_POS.test(toks[a2]!.pos) || (toks[a2]!.text === "of" && a2 < i - 1)) &&
        i - a2 <= 4
      )
        a2--;
      if (toks[a2 + 1]?.text === "of") a2++;
      if (i - 1 > a2) push(a2 + 1, i - 1);
    }
  }
  return out;
}

const DEFINED_TERM_BEFORE =
  /\b(?:known(?:\s+(?:today|now|then|locally))?\s+as|(?:they|it|he|she|we|scientists|doctors|researchers|engineers)\s+call(?:ed|s)?|so-called|termed|dubbed|referred\s+to\s+as)\s+["“]?$/i;
/** Nouns of ideas and qualities (patience, breadth, confidence, evaporation). */
const ABSTRACT_NOUN =
  /^[\p{Ll}-]{4,}(?:ence|ance|ness|ity|ment|tion|sion|ism|ship|hood|dom|th|acy|ency|ancy)$/u;
const PERSON_NOUN =
  /^(?:student|teacher|worker|people|person|parent|child|children|citizen|resident|official|leader|member|employee|engineer|scientist|researcher|expert)s?$/i;

/** "the programme", "the scheme": a definite common noun that neither the title nor a name anchors. */
export function hasUnanchoredThe(prompt: string, ctx: ItemContext): boolean {
  for (const m of prompt.matchAll(/\bthe\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/gu)) {
    const words = contentWords(m[1]!);
    if (words.length && !words.some((w) => ctx.titleWords.has(w))) return true;
  }
  return false;
}

/** A person named in apposition ("his son, X", "X, a German-born engineer"): the role fits only them. */
export function inApposition(body: string, span: Span): boolean {
  const before = body.slice(Math.max(0, span.start - 30), span.start);
  const after = body.slice(span.end, span.end + 12);
  return WORD_COMMA_END.test(before) || /^,\s+(?:a|an|the|his|her|their|its)\s/i.test(after);
}

/** "finished in 1875 and ___, and begun in 1877": the years around the blank leave one answer. */
export function yearIsBracketed(body: string, span: Span): boolean {
  const v = Number(span.text.match(/\d{4}/)?.[0]);
  if (!Number.isFinite(v)) return false;
  const others = otherYears(body, span);
  // "in 1875 and ___": a year a step from another in the same sentence is all but given.
  if (others.some((o) => Math.abs(o - v) <= 2)) return true;
  const below = others.filter((o) => o < v);
  const above = others.filter((o) => o > v);
  if (!below.length || !above.length) return false;
  return Math.min(...above) - Math.max(...below) <= 6;
}

/** A spelled or written count at the start of a quantity: "14", "2,300", "two". */
const COUNT =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/i;

/**
 * "14 hill forts" is asked as "_____ hill forts" → "14": a blank that takes a
 * count with its things admits any noun phrase (judged: 8 of 23 such blanks accepted, against
 * 25 of 43 that blanked a number with its unit). A measure keeps its unit in the blank.
 */
export function countOnly(span: Span): Span {
  if (span.kind !== "quantity" || !span.head || MEASURE_UNIT.test(span.head)) return span;
  const m = COUNT.exec(span.text);
  if (!m || m[0].length === span.text.length) return span;
  return { ...span, text: m[0], end: span.start + m[0].length, tokenEnd: span.tokenStart };
}
