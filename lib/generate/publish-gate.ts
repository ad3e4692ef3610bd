import { STATEMENT_QUESTIONS } from "./statement-questions";
import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import type { Span } from "./find-spans";
import type { Candidate } from "./make-items";
import { NUMERIC_KINDS } from "./make-distractors";
import { lexiconTag } from "./nlp";
import { countWhole, normalize, NUMBER_WORDS, remembered } from "./text-utils";
import { missingReferent } from "./gate-referent";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LIST_GOES_ON = /^,?\s+(?:and|or|&|nor)\s+(?:the\s+)?(?:\p{Lu}|\d)/u;
const NAMES_GO_ON = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s*)+,?\s+(?:and|or)\s/u;
const NAME_BEFORE_COMMA = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*),\s*$/u;

export { missingReferent, pointsElsewhere } from "./gate-referent";

/**
 * Broad, conservative publishing rules. An item that fails any of them stays a draft for a
 * teacher: publishing fewer, sound items beats publishing guessable, vague or wrong ones.
 */
export interface GateContext {
  /** Words seen capitalised away from a sentence start. */
  properWords: Set<string>;
  /** The essay text, lower case, whitespace collapsed. */
  essayLower: string;
  /** Terms the essay defines ("known as X", "called X", "X refers to", a quoted term), lower case. */
  definedTerms: Set<string>;
  /** Per normalised name span: the content-verb lemmas of every claim it appears in. */
  roleVerbs: Map<string, Set<string>>;
  /** Nouns the text is about (in its title, or written "the X" again and again), lower case. */
  topicNouns: Set<string>;
  /** Claims asked after their previous sentence where they need it (lead-in.ts). */
  contextShown?: Set<string>;
}

export type GateReason =
  | "missing_referent"
  | "weak_key"
  | "settled_key"
  | "pair_member"
  | "broken_span"
  | "unsafe_false"
  | "role_mismatch";

const HEDGE_BEFORE =
  /(?:^|[^\p{L}])(?:even|at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|fewer\s+than|greater\s+than|below|above|over|under|designed\s+to|as\s+(?:much|many|little|few|high|low)\s+as|nearly|almost|about|around|roughly|approximately|some|only|just|within|beyond|exceeding|exceeds?|upwards\s+of|as\s+low\s+as|as\s+high\s+as)(?:[^\p{L}]|$)/iu;
const CONDITION = /\b(?:when|whenever|if|unless|once|until|provided|as\s+long\s+as)\b/i;
const CURRENCY =
  /\b(?:pounds?|sterling|pence|dollars?|cents?|euros?|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|pesos?|lira|kronor|krona|krone|won|rand|shekels?|dinars?|dirhams?)\b|[£$€¥₹₽]/i;
const LIGHT_VERBS = new Set([
  "be",
  "have",
  "do",
  "say",
  "make",
  "get",
  "go",
  "take",
  "become",
  "use",
  "give",
  "come",
  "can",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "must",
]);

/** Lemmas of the content verbs of a claim: the "relation" a named entity plays a role in. */
export function contentVerbs(claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const t of claim.analysis.tokens)
    if (t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma.toLowerCase())) out.add(t.lemma.toLowerCase());
  return out;
}

/** Places of one lexicon class (two countries, two cities) play the same role: "a country". */
function samePlaceClass(a: string, b: string): boolean {
  const cls = (x: string) => {
    const t = String(lexiconTag(x) ?? "");
    return /Country/.test(t) ? "country" : /City/.test(t) ? "city" : null;
  };
  const ca = cls(a);
  return ca !== null && ca === cls(b);
}

/** Does `other` play the key's role somewhere in the essay? */
function sameRole(claim: Claim, key: string, other: string, ctx: GateContext): boolean {
  if (samePlaceClass(key, other)) return true;
  const mine = contentVerbs(claim);
  const theirs = ctx.roleVerbs.get(normalize(other));
  return theirs !== undefined && [...mine].some((v) => theirs.has(v));
}

/** Terms an essay defines: "known as X", "called X", "termed X", "X refers to", "“X”". */
export function findDefinedTerms(text: string): Set<string> {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s) return;
    const t = normalize(s.replace(/^(?:the|a|an)\s+/i, "")).replace(/[.,;:!?]+$/, "");
    if (t && t.split(/\s+/).length <= 5) out.add(t);
  };
  const phrase = "([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){0,3})";
  const named = new RegExp(
    `\\b(?:known\\s+as|called|termed|dubbed|named|so-called)\\s+(?:the\\s+|an?\\s+)?[“"‘']?${phrase}`,
    "giu",
  );
  for (const m of text.matchAll(named)) add(m[1]);
  const refers = new RegExp(`${phrase}\\s+(?:refers\\s+to|means|is\\s+defined\\s+as)\\b`, "giu");
  // The phrase cannot cross a sentence's end, so only sentences with the verb are scanned: the
  // pattern tried at every word of a long essay was a measurable share of generation time.
  const withVerb = text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /\b(?:refers\s+to|means|is\s+defined\s+as)\b/i.test(s))
    .join("\n");
  for (const m of withVerb.matchAll(refers)) {
    // Keep only the last two words before the verb: "The term COP" → "cop".
    const ws = (m[1] ?? "").split(/\s+/);
    add(ws.slice(-2).join(" "));
    add(ws.slice(-1).join(" "));
  }
  for (const m of text.matchAll(/[“"]([^”"\n]{2,40})[”"]/gu)) add(m[1]);
  for (const m of text.matchAll(/\s‘([^’\n]{2,40})’/gu)) add(m[1]);
  return out;
}

/** Whole-phrase count where a hyphen joins words: "well-known" does not hold "known". */
const countPhrase = (hayLower: string, needle: string) =>
  countWhole(hayLower, needle, /[\p{L}\p{N}-]/u);

function spanTokens(claim: Claim, span: Span) {
  return claim.analysis.tokens.slice(span.tokenStart, span.tokenEnd + 1);
}

const SIBLING = "(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*|\\d[\\d,.]*%?)";
const SIBLING_AND = new RegExp(`${SIBLING}[\\p{L}\\s.'’-]{0,25}?,?\\s+(?:and|or|&|nor)\\s+$`, "u");
const SIBLING_COMMA = new RegExp(`${SIBLING}\\s*,\\s+$`, "u");

/** Coordinated with a sibling ("X and Y", "X or Y", "A, X and B"): the pair leaks the key. */
export function isPairMember(body: string, span: Span): boolean {
  const before = body.slice(Math.max(0, span.start - 60), span.start);
  const after = body.slice(span.end, span.end + 60);
  // Both sibling patterns end in a joiner or a comma and then spaces: checked on the trimmed end
  // first, so the unanchored (backtracking) patterns run only where they can match.
  const tail = before.trimEnd();
  const spaced = tail.length < before.length;
  if (spaced && /(?:and|or|&|nor)$/.test(tail) && SIBLING_AND.test(before)) return true;
  if (LIST_GOES_ON.test(after)) return true;
  if (
    spaced &&
    tail.endsWith(",") &&
    SIBLING_COMMA.test(before) &&
    /^\s*,?\s+(?:and|or)\b|^,\s+\p{Lu}/u.test(after)
  )
    return true;
  if (NAMES_GO_ON.test(after)) return true;
  return false;
}

/** "three attempts, in British, Uruguayan and Chilean vessels": the list counts the key for you. */
export function countEnumerated(body: string, span: Span): boolean {
  const first = span.text
    .trim()
    .split(/\s+/)
    .find((w) => !/^(?:about|some|the|all)$/i.test(w));
  if (!first) return false;
  const n = NUMBER_WORDS[first.toLowerCase()] ?? (/^\d+$/.test(first) ? Number(first) : NaN);
  if (!(n >= 2 && n <= 10)) return false;
  const rest = `${body.slice(0, span.start)} ${body.slice(span.end)}`;
  // Every list pattern needs " and "/" or " (and, past two members, a comma): without them the
  // backtracking list regex cannot match, so it is not run.
  if (!/\s(?:and|or)\s/.test(rest) || (n > 2 && !rest.includes(","))) return false;
  // A list of n members holds at least n - 2 commas before a space ("A, B and C" one, "A, B, C
  // and D" two): with fewer, the list regex, whose backtracking grows with n, is not run.
  if (n > 3 && (rest.match(COMMA_SPACE)?.length ?? 0) < n - 2) return false;
  return listOf(n).test(rest);
}

const COMMA_SPACE = /,\s/g;
const lists = new Map<number, RegExp>();
/** A list of `n` members ("A, B and C"); two members are two names joined by "and"/"or". */
function listOf(n: number): RegExp {
  let list = lists.get(n);
  if (!list) {
    const item = "\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*)?";
    list =
      n === 2
        ? new RegExp(`\\p{Lu}[\\p{L}'’-]*\\s+(?:and|or)\\s+\\p{Lu}[\\p{L}'’-]*`, "u")
        : new RegExp(
            `(?:${item},\\s+){${n - 1}}(?:and|or)\\s+${item}|(?:${item},\\s+){${n - 2}}${item},?\\s+(?:and|or)\\s+${item}`,
            "u",
          );
    lists.set(n, list);
  }
  return list;
}

/** "Buffalo, ___": the second half of a "City, State/Country" pair is general knowledge. */
export function afterPlaceComma(body: string, span: Span): boolean {
  const m = body.slice(0, span.start).match(NAME_BEFORE_COMMA);
  if (!m) return false;
  if (span.kind === "place") return true;
  const tag = String(lexiconTag(m[1]!) ?? "");
  return /City|Country|Place|Region|Province/.test(tag);
}

/** "raising ___" → "interest rates": a plain noun phrase right after its verb completes a collocation. */
export function verbCollocation(claim: Claim, span: Span): boolean {
  if (span.kind !== "np" || span.defined) return false;
  if (/[\p{Lu}\d]/u.test(span.text)) return false;
  const prev = claim.analysis.tokens[span.tokenStart - 1];
  return !!prev && prev.pos === "VERB" && span.text.trim().split(/\s+/).length <= 3;
}

/** A year or date the sentence ties to another event or date: changing it gives itself away. */
export function dateAnchored(body: string, span: Span): boolean {
  if (span.kind !== "year" && span.kind !== "date") return false;
  const rest = `${body.slice(0, span.start)} ${body.slice(span.end)}`;
  if (
    /\b(?:after|before|since|until|following|prior\s+to|later|earlier|ago|during|by\s+the\s+time|shortly|soon|days?|weeks?|months?|years?\s+(?:after|before|later))\b/i.test(
      rest,
    )
  )
    return true;
  // Another year in the same sentence fixes an order the change could break.
  return /\b(?:1[5-9]|20)\d{2}\b/.test(rest);
}

/** Is the key worth asking: a name, a number with a unit or a date, or a defined/repeated term? */
export function keyProblem(claim: Claim, span: Span, ctx: GateContext): GateReason | null {
  const body = claim.body;
  const pre = body.charAt(span.start - 1);
  const post = body.charAt(span.end);
  if (/[-‐‑\p{L}\p{N}]/u.test(pre) || /[-‐‑\p{L}\p{N}]/u.test(post)) return "broken_span";
  const toks = spanTokens(claim, span);
  if (toks.some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/^\p{Lu}/u.test(t.text))))
    return "broken_span";
  if (isPairMember(body, span)) return "pair_member";
  // "X and Y" as one key is two answers.
  if (/\s(?:and|or|&)\s/.test(span.text) && span.kind !== "np") return "pair_member";
  const text = span.text.trim();
  const words = text.split(/\s+/);
  if (afterPlaceComma(body, span)) return "settled_key";
  if (verbCollocation(claim, span)) return "settled_key";
  if (countEnumerated(body, span)) return "settled_key";
  if (
    span.kind === "person" ||
    span.kind === "place" ||
    span.kind === "org" ||
    span.kind === "name"
  ) {
    const tag = lexiconTag(text);
    if (tag && /Demonym|Language|WeekDay|Month/.test(String(tag))) return "settled_key";
    // "X, the highest rate in ___": a region is settled by any other place the sentence names.
    if (
      span.kind === "place" &&
      tag !== undefined &&
      !/Country|City/.test(String(tag)) &&
      claim.spans.some((o) => o !== span && o.kind === "place")
    )
      return "settled_key";
    const known =
      tag !== undefined &&
      /Name|Place|City|Country|Region|Organization|Person|Continent/.test(String(tag));
    const seenMidSentence = words.every((w) => ctx.properWords.has(w.replace(/['’]s$/, "")));
    if (span.kind === "name" && words.length < 2) return "weak_key";
    // "_____ astronauts", "posts on _____": the organisation or place a text keeps naming is
    // what any reader of its title would write in the blank.
    if (
      span.kind !== "person" &&
      countPhrase(ctx.essayLower, text.toLowerCase()) >= CONFIG.claims.mainNameMentions
    )
      return "settled_key";
    if (!(words.length >= 2 || known || seenMidSentence)) return "weak_key";
    if (!seenMidSentence && !known && words.length < 2) return "weak_key";
    // A currency names its country; "the ___ government" style stems settle the rest.
    if (span.kind === "place" && CURRENCY.test(body)) return "settled_key";
    return null;
  }
  if (NUMERIC_KINDS.has(span.kind)) {
    // "for every 100 households", "per 1,000 people": a conventional base, not a fact.
    if (
      /\b(?:every|per|each|out\s+of|one\s+in)\s*$/i.test(body.slice(0, span.start)) &&
      span.kind === "quantity"
    )
      return "settled_key";
    if (span.kind === "quantity" && !/\p{L}/u.test(text.replace(/^\s*[\d.,]+\s*/, ""))) {
      const nextWord = body.slice(span.end).match(/^\s+(\p{L}+)/u)?.[1];
      if (!nextWord) return "weak_key";
    }
    return null;
  }
  // Noun phrases: only a term the essay defines or repeats as a multi-word phrase.
  const lower = normalize(text.replace(/^(?:the|a|an)\s+/i, ""));
  if (span.defined || ctx.definedTerms.has(lower)) return null;
  const content = lower.split(/\s+/).filter((w) => w.length > 2);
  if (content.length >= 2 && countPhrase(ctx.essayLower, lower) >= 2) return null;
  return "weak_key";
}

function parseNumber(s: string): number | null {
  const m = s.replace(/,/g, "").match(/[−–-]?\d+(?:\.\d+)?/);
  if (!m) return null;
  return Number(m[0].replace(/[−–]/, "-"));
}

/**
 * A number under a bound or hedge ("even at", "designed to … at", "up to") or inside a condition
 * ("when X costs N times"): other values are often true as well.
 */
export function numberGoverned(body: string, span: Span): boolean {
  if (span.hedge || span.range || HEDGE_BEFORE.test(span.text)) return true;
  const before = body.slice(0, span.start).split(/\s+/).slice(-7).join(" ");
  if (HEDGE_BEFORE.test(before)) return true;
  if (CONDITION.test(body)) return true;
  return false;
}

/** A false statement must be false: no hedged or conditional number, a far move, a same-role swap. */
export function falseProblem(c: Candidate, ctx: GateContext): GateReason | null {
  const span = c.span;
  if (!span || !c.swapIn) return "unsafe_false";
  const body = c.claim.body;
  if (NUMERIC_KINDS.has(span.kind)) {
    if (span.hedge || span.range) return "unsafe_false";
    if (numberGoverned(body, span)) return "unsafe_false";
    if (
      /\b(?:or\s+(?:more|less|fewer|so)|and\s+(?:up|above|over|more)|plus)\b/i.test(
        body.slice(span.end, span.end + 20),
      )
    )
      return "unsafe_false";
    const a = parseNumber(span.text);
    const b = parseNumber(c.swapIn);
    if (a === null || b === null) return "unsafe_false";
    if (dateAnchored(body, span)) return "unsafe_false";
    if (span.kind === "year") {
      if (Math.abs(a - b) < 3) return "unsafe_false";
    } else if (Math.abs(a - b) < 0.3 * Math.max(Math.abs(a), Math.abs(b))) return "unsafe_false";
    return null;
  }
  // Entity swap: the swapped-in name must play the same relation elsewhere in the essay.
  if (!sameRole(c.claim, span.text, c.swapIn, ctx)) return "role_mismatch";
  return null;
}

/**
 * keyProblem per key: the cloze, MCQ, question and false statement made on one span all ask it,
 * and it reads only the claim, the span and the essay's context. Kept per context (one per
 * essay), so no essay's verdict carries to the next.
 */
const keyVerdicts = new WeakMap<GateContext, WeakMap<Claim, Map<Span, GateReason | null>>>();
function keyProblemOnce(claim: Claim, span: Span, ctx: GateContext): GateReason | null {
  let perClaim = keyVerdicts.get(ctx);
  if (!perClaim) keyVerdicts.set(ctx, (perClaim = new WeakMap()));
  let perSpan = perClaim.get(claim);
  if (!perSpan) perClaim.set(claim, (perSpan = new Map()));
  let k = perSpan.get(span);
  if (k === undefined) perSpan.set(span, (k = keyProblem(claim, span, ctx)));
  return k;
}

/** Why a candidate must stay a draft, or null when it may be published. */
export function gateCandidate(c: Candidate, ctx: GateContext): GateReason | null {
  // "What is X?" shows only the defined term: a referent elsewhere in the sentence is not asked.
  if (c.idea === "definition" || c.selfContained) return null;
  // With the previous sentence shown first, what the claim points back to is in view.
  if (!ctx.contextShown?.has(c.claim.key) && missingReferent(c.claim, ctx.topicNouns))
    return "missing_referent";
  // Idea items and "What does X do?" cards answer with a clause of the sentence, not a span:
  // their own rules vetted them.
  if (c.idea || STATEMENT_QUESTIONS.has(c.rule ?? "")) return null;
  if (c.type === "true_false") {
    if (c.truth) return null;
    const k = c.span ? keyProblemOnce(c.claim, c.span, ctx) : "unsafe_false";
    return k ?? falseProblem(c, ctx);
  }
  if (!c.span) return "weak_key";
  const k = keyProblemOnce(c.claim, c.span, ctx);
  if (k) return k;
  // Typed questions must not drop part of a hyphenated word ("a six-month trial" → "a six?").
  if (c.type === "short_answer" || c.type === "flashcard") {
    const seen = `${c.prompt} ${c.answer}`;
    for (const word of hyphenatedWords(c.claim.body)) {
      const first = word.split(/[-‐‑]/)[0]!;
      if (
        !seen.includes(word) &&
        new RegExp(`(?:^|[^\\p{L}\\p{N}])${first}(?:[^\\p{L}\\p{N}-]|$)`, "u").test(seen)
      )
        return "broken_span";
    }
  }
  // Another value in a hedged or conditional frame may be true as well: no options to choose from.
  if (c.type === "mcq" && NUMERIC_KINDS.has(c.span.kind) && numberGoverned(c.claim.body, c.span))
    return "unsafe_false";
  // Changed years as options must not contradict a date relation the stem states.
  if (c.type === "mcq" && dateAnchored(c.claim.body, c.span)) return "unsafe_false";
  // Phrases drawn from elsewhere in the essay make implausible options.
  if (c.type === "mcq" && c.span.kind === "np") return "role_mismatch";
  if (c.type === "mcq" && c.choices) {
    // Each option must play the key's role somewhere in the essay, and none may be its pair.
    if (!NUMERIC_KINDS.has(c.span.kind) && c.span.kind !== "np") {
      const bodyLower = c.claim.body.toLowerCase();
      for (const o of c.choices) {
        if (o === c.answer) continue;
        if (bodyLower.includes(o.toLowerCase())) return "pair_member";
        if (!sameRole(c.claim, c.answer, o, ctx)) return "role_mismatch";
      }
    }
  }
  return null;
}

const HYPHENATED = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)+/gu;
// The hyphenated words of a sentence, found once for all its typed questions.
const hyphenatedWords = remembered((body) => [...body.matchAll(HYPHENATED)].map((m) => m[0]), 256);

/** Salient sentences (explanations, definitions) rank first among the publishable. */
export const SALIENT =
  /\b(?:because|so\s+that|means|is\s+why|which\s+is\s+why|known\s+as|called|refers\s+to|in\s+other\s+words|therefore|as\s+a\s+result|the\s+reason)\b/i;

/**
 * What a text is about: a noun of its title, or one it writes "the X" often enough that a reader
 * never asks "which X?".
 */
export function findTopicNouns(text: string, title = ""): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\bthe\s+(\p{Ll}+)\b/giu)) {
    const w = m[1]!.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const topic = new Set<string>();
  for (const [w, n] of counts) if (n >= CONFIG.claims.topicNounMinUses) topic.add(w);
  for (const w of title.toLowerCase().match(/\p{Ll}{3,}/gu) ?? []) if (counts.has(w)) topic.add(w);
  return topic;
}

export function buildGateContext(
  text: string,
  claims: Claim[],
  properWords: Set<string>,
  title = "",
  /** The essay's topic nouns when already found: the same set lets missingReferent and leansOn
   * reuse the verdicts the lead-in stage kept for it (they are kept per set). */
  topicNouns = findTopicNouns(text, title),
): GateContext {
  const roleVerbs = new Map<string, Set<string>>();
  for (const c of claims) {
    const verbs = contentVerbs(c);
    for (const s of c.spans) {
      if (NUMERIC_KINDS.has(s.kind) || s.kind === "np") continue;
      const k = normalize(s.text);
      const set = roleVerbs.get(k) ?? new Set<string>();
      for (const v of verbs) set.add(v);
      roleVerbs.set(k, set);
    }
  }
  return {
    properWords,
    essayLower: text.toLowerCase().replace(/\s+/g, " "),
    definedTerms: findDefinedTerms(text),
    roleVerbs,
    topicNouns,
  };
}
