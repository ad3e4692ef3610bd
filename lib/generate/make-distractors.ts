import { statedPeriod } from "./year-period";
import type { Claim } from "./extract-claims";
import type { Span, SpanKind } from "./find-spans";
import { MONTH_SET } from "./find-spans";
import { fnv1a, normalize, STOPWORDS, containsWordsIn, NUMBER_WORDS } from "./text-utils";
import { distance } from "fastest-levenshtein";
import { lexiconTag } from "./nlp";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LONG_CAPITALISED = /\b\p{Lu}\p{Ll}{4,}/gu;
const NAME_LIKE = /^\p{Lu}\p{Ll}{3,}/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

export interface EssayPool {
  /** Every span of every claim, with its claim, for same-kind distractors. */
  spans: { span: Span; claim: Claim; norm: string }[];
  /** All eligible sentences, normalised — a distractor found true in any of them is rejected. */
  sentences: string[];
  sentenceWords: Set<string>[];
  /** Normalised full essay text: changed numbers must not appear anywhere in it. */
  essay: string;
  maxYear: number;
}

// Numbers this module will read and write as words: only the common ones, since a distractor
// spelled "thirteen" or "sixty" beside a plain "twelve" would stand out.
const SPELLED = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "hundred",
];
const SPELLED_RE = new RegExp(`\\b(${SPELLED.join("|")})\\b`, "i");
const WORDS_BY_VALUE = new Map(SPELLED.map((w) => [NUMBER_WORDS[w]!, w] as const));

interface ParsedNumber {
  value: number;
  before: string;
  after: string;
  decimals: number;
  words: boolean;
  capital: boolean;
  commas: boolean;
}

export function parseNumber(text: string): ParsedNumber | null {
  const m = text.match(/(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/);
  if (m && m.index !== undefined) {
    const value = Number(m[0].replace(/,/g, ""));
    if (!Number.isFinite(value)) return null;
    return {
      value,
      before: text.slice(0, m.index),
      after: text.slice(m.index + m[0].length),
      decimals: m[2] ? m[2].length : 0,
      words: false,
      capital: false,
      commas: m[1]!.includes(","),
    };
  }
  const w = text.match(SPELLED_RE);
  if (w && w.index !== undefined) {
    return {
      value: NUMBER_WORDS[w[1]!.toLowerCase()]!,
      before: text.slice(0, w.index),
      after: text.slice(w.index + w[0].length),
      decimals: 0,
      words: true,
      capital: /^\p{Lu}/u.test(w[1]!),
      commas: false,
    };
  }
  return null;
}

function formatNumber(p: ParsedNumber, v: number): string | null {
  if (p.words) {
    const word = WORDS_BY_VALUE.get(v);
    if (!word) return null;
    const w = p.capital ? word[0]!.toUpperCase() + word.slice(1) : word;
    return p.before + w + p.after;
  }
  // "$12.0 million" reads as machine-made: a whole value drops its decimals.
  const decimals = p.decimals && Number.isInteger(Number(v.toFixed(p.decimals))) ? 0 : p.decimals;
  let s = decimals ? v.toFixed(decimals) : String(Math.round(v));
  // Options are written as the key is: "74001 t" beside "92,501 t" gives the key away by form.
  if (p.commas) s = grouping(decimals).format(Number(s));
  return p.before + s + p.after;
}

// toLocaleString("en-US", …) builds a new formatter on every call (the hot spot of numeric
// options); the same formatter, kept per number of decimals, gives the same text.
const groupings = new Map<number, Intl.NumberFormat>();
function grouping(decimals: number): Intl.NumberFormat {
  let f = groupings.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    groupings.set(decimals, f);
  }
  return f;
}

function roundLike(v: number, orig: number, decimals: number): number {
  if (decimals) return Number(v.toFixed(decimals));
  // A round key among unround options ("90%" beside 54, 41 and 63) is found by its form too:
  // a key in tens or fives keeps its options in tens or fives.
  const step =
    orig >= 1000
      ? Math.pow(10, Math.floor(Math.log10(orig)) - 1)
      : orig >= 100
        ? 5
        : orig % 10 === 0
          ? 10
          : orig % 5 === 0
            ? 5
            : 1;
  if (orig % step === 0) return Math.round(v / step) * step;
  // A key that is not round ("167 days") among round options (100, 300) is found by its form:
  // a wrong value is as unround as the key.
  const r = Math.round(v);
  return r % 5 === 0 ? r + (orig % 5 || 2) : r;
}

/** Years named in the sentence just before the claim's, in its paragraph. */
function yearsJustBefore(claim: Claim, pool: EssayPool): number[] {
  return pool.spans
    .filter(
      (s) =>
        s.span.kind === "year" &&
        s.claim.paragraph === claim.paragraph &&
        s.claim.sentence === claim.sentence - 1,
    )
    .map((s) => Number(s.span.text.match(/\d{4}/)?.[0]))
    .filter((y) => Number.isFinite(y));
}

/** Years named in the sentence outside the span: a changed year must keep its order with each. */
export function otherYears(body: string, span: Span): number[] {
  const out: number[] = [];
  for (const m of body.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)) {
    const at = m.index ?? 0;
    if (at >= span.start && at < span.end) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/**
 * Plausible wrong numbers: same unit and scale, inside the natural range, not used in the essay.
 * Scale factors avoid simple multiples (×2, ×3, ½): with 78, 156 and 234 on offer the key is the
 * common factor.
 */
export function numericAlternatives(
  span: Span,
  pool: EssayPool,
  seed: string,
  body = "",
  /** Years the sentence before names ("after the coup of 1950. Issued in ___"): kept in order. */
  before: number[] = [],
): string[] {
  const p = parseNumber(span.text);
  if (!p) return [];
  const v = p.value;
  let cands: number[] = [];
  if (span.kind === "year") {
    // Never a future year: the essay's latest year is the ceiling.
    const near = span.range || span.hedge ? [-5, -6, -8, -10, -12, 5, 6, 8, 10, 12] : [];
    cands = (near.length ? near : [-1, -2, -3, -4, -5, -6, -8, -10, 1, 2, 3, 4, 5, 6])
      .map((d) => v + d)
      .filter((y) => y <= pool.maxYear);
    // "In the 1970s, … of ___": wrong years stay in the period the sentence states (year-period.ts).
    const period = statedPeriod({ body, year: v });
    if (period) {
      cands = [];
      for (let y = period[0]; y <= Math.min(period[1], pool.maxYear); y++)
        if (y !== v) cands.push(y);
    }
    // "finished in 1875 and ___, and begun in 1877": a wrong year keeps its place among the others.
    const others = [...otherYears(body, span), ...before.filter((o) => o !== v)];
    cands = cands.filter((c) =>
      others.every((o) => c !== o && Math.sign(c - o) === Math.sign(v - o)),
    );
  } else if (p.words || (v <= 12 && !p.decimals)) {
    cands = [v - 2, v - 1, v + 1, v + 2, v + 3, v + 5].filter((x) => x >= 2 && x !== v);
  } else {
    // Decimals and larger values scale: 0.5 becomes 0.3 or 0.7, never 5.5.
    cands = [0.6, 0.7, 0.8, 1.25, 1.4, 1.6, 0.45, 1.8].map((f) => roundLike(v * f, v, p.decimals));
  }
  // "100%" is the one option that needs no reading to doubt.
  if (span.kind === "percent") cands = cands.filter((x) => x > 0 && x < 100);
  // "at an angle of 304 degrees": no angle past a full turn.
  if (/^\s*(?:°|degrees?\b)/i.test(p.after)) cands = cands.filter((x) => x > 0 && x < 360);
  // "about 40" and "about 44", or the ends of "between 1 and 7" and "between 1 and 8", could
  // both be right: a hedged value or a range end needs a clear gap.
  if (span.kind !== "year" && (span.hedge === "approx" || span.range))
    cands = cands.filter((x) => Math.abs(x - v) / Math.max(1, v) >= 0.25 && Math.abs(x - v) >= 2);
  const out: string[] = [];
  const seen = new Set<number>([v]);
  const r = fnv1a(seed);
  const ordered = cands
    .map((c, i) => ({ c, k: fnv1a(`${r}:${i}:${c}`) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.c);
  for (const c of ordered) {
    if (seen.has(c) || !Number.isFinite(c)) continue;
    seen.add(c);
    const s = formatNumber(p, c);
    if (!s || s === span.text) continue;
    const core = formatNumber({ ...p, before: "", after: "" }, c)!;
    // A value stated anywhere in the essay might make the statement true.
    if (containsWordsIn(pool.essay, core)) continue;
    out.push(s);
  }
  return out;
}

function swapMonth(span: Span, seed: string, pool: EssayPool): string[] {
  const m = span.text.match(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  );
  if (!m) return [];
  const months = [...MONTH_SET].map((x) => x[0]!.toUpperCase() + x.slice(1));
  const r = fnv1a(seed);
  return months
    .filter((x) => x !== m[1] && !containsWordsIn(pool.essay, x))
    .sort((a, b) => fnv1a(`${r}${a}`) - fnv1a(`${r}${b}`))
    .map((x) => span.text.replace(m[1]!, x));
}

/** "F" or "M" when the lexicon knows the first name's sex; null otherwise. */
export function nameSex(name: string): "F" | "M" | null {
  const first = name.split(/\s+/)[0] ?? "";
  const tag = lexiconTag(first) ?? "";
  if (/FemaleName/.test(tag)) return "F";
  if (/MaleName/.test(tag)) return "M";
  return null;
}

export const NUMERIC_KINDS = new Set<SpanKind>(["year", "percent", "money", "quantity", "date"]);

export function contentWords(s: string): string[] {
  return normalize(s)
    .split(NOT_WORD)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** Would putting `option` in the blank restate something another sentence of the essay says? */
export function optionLooksTrue(
  claim: Claim,
  span: Span,
  option: string,
  pool: EssayPool,
): boolean {
  const rest = contentWords(claim.body.slice(0, span.start) + " " + claim.body.slice(span.end));
  if (rest.length === 0) return false;
  const opt = normalize(option);
  const own = normalize(claim.body);
  const ownText = normalize(claim.text);
  for (let i = 0; i < pool.sentences.length; i++) {
    const s = pool.sentences[i]!;
    if (!s.includes(opt)) continue;
    if (s === own || s === ownText) continue;
    const sw = pool.sentenceWords[i]!;
    const shared = rest.filter((w) => sw.has(w)).length;
    if (shared / rest.length >= 0.5) return true;
  }
  return false;
}

/** Does `text` hold a capitalised word with the same root as `name` ("Chinese" for "China")? */
export function sharesNameRoot(text: string, name: string): boolean {
  const n = name.toLowerCase();
  if (n.length < 5 || /\s/.test(n)) return false;
  const root = n.slice(0, 4);
  for (const m of text.matchAll(LONG_CAPITALISED)) {
    const w = m[0].toLowerCase();
    if (w !== n && w.startsWith(root)) return true;
  }
  return false;
}

function afterThe(text: string, start: number): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}

function compatibleKinds(kind: SpanKind): SpanKind[] {
  if (kind === "name") return ["name"];
  return [kind];
}

function articleFor(word: string): "a" | "an" {
  return /^(?:[aeio]|u(?![nr]?i|s[eu]|tr))/i.test(word) || /^(?:hour|honest|heir)/i.test(word)
    ? "an"
    : "a";
}

export function fixArticle(np: string, wantArticle: boolean): string {
  const bare = np.replace(/^(?:a|an)\s+/i, "");
  if (!wantArticle) return bare;
  return `${articleFor(bare)} ${bare}`;
}

/**
 * Up to `n` wrong answers of the same kind as the span. Names and noun phrases come from the same
 * essay (plausible to a reader of it); numbers and dates are changed plausibly.
 */
export function makeDistractors(claim: Claim, span: Span, pool: EssayPool, n = 3): string[] {
  const seed = `${claim.key}:${span.start}`;
  const inSentence = normalize(claim.body);
  const answerN = normalize(span.text);
  let raw: string[] = [];
  if (
    span.kind === "year" ||
    span.kind === "percent" ||
    span.kind === "money" ||
    span.kind === "quantity"
  ) {
    raw = numericAlternatives(span, pool, seed, claim.body, yearsJustBefore(claim, pool));
  } else if (span.kind === "date") {
    raw = swapMonth(span, seed, pool);
  } else {
    const kinds = compatibleKinds(span.kind);
    const counts = new Map<string, { text: string; n: number }>();
    // "the European Union" vs "NATO": a name swapped in must take the article the blank has.
    const wantThe = span.kind !== "np" && afterThe(claim.body, span.start);
    for (const { span: s, norm, claim: other } of pool.spans) {
      if (!kinds.includes(s.kind)) continue;
      if (span.kind !== "np" && afterThe(other.body, s.start) !== wantThe) continue;
      if (span.kind === "place" && span.subtype && s.subtype && s.subtype !== span.subtype)
        continue;
      if (span.kind === "np") {
        if (!s.nominalSlot) continue;
        if (!!s.plural !== !!span.plural) continue;
        if (s.head === span.head) continue;
        // Same shape as the key: a bare noun beside modified ones is a giveaway.
        const la = span.text.replace(/^(?:a|an)\s+/i, "").split(/\s+/).length;
        const lb = s.text.replace(/^(?:a|an)\s+/i, "").split(/\s+/).length;
        if (la !== lb) continue;
      }
      const text = span.kind === "np" ? fixArticle(s.text, /^(?:a|an)\s/i.test(span.text)) : s.text;
      const k = span.kind === "np" ? normalize(text) : norm;
      const c = counts.get(k);
      if (c) c.n++;
      else counts.set(k, { text, n: 1 });
    }
    const r = fnv1a(seed);
    raw = [...counts.entries()]
      .sort((a, b) => b[1].n - a[1].n || fnv1a(`${r}${a[0]}`) - fnv1a(`${r}${b[0]}`))
      .map(([, v]) => v.text);
  }
  const out: string[] = [];
  const ansWords = new Set(answerN.split(/\s+/));
  const numeric = NUMERIC_KINDS.has(span.kind);
  for (const d of raw) {
    const dn = normalize(d);
    if (!dn || dn === answerN) continue;
    if (!numeric) {
      if (inSentence.includes(dn)) continue;
      // "a milkmaid named _____": a man's name among women's is implausible.
      if (
        span.kind === "person" &&
        nameSex(d) &&
        nameSex(span.text) &&
        nameSex(d) !== nameSex(span.text)
      )
        continue;
      // "Edward Jenner" offered where the stem already names "Jenner": a giveaway.
      if (
        span.kind !== "np" &&
        d.split(/\s+/).some((w) => NAME_LIKE.test(w) && containsWordsIn(inSentence, w))
      )
        continue;
      // "For China, Chinese support…": a name whose own adjective is in the sentence is a giveaway.
      if (span.kind !== "np" && sharesNameRoot(claim.body, d)) continue;
      // "Smith" against "Jane Smith" is the same answer twice.
      if (dn.split(/\s+/).some((w) => w.length > 2 && ansWords.has(w) && !STOPWORDS.has(w)))
        continue;
      if (optionLooksTrue(claim, span, d, pool)) continue;
    }
    if (out.some((o) => normalize(o) === dn)) continue;
    if (
      !numeric &&
      [answerN, ...out.map(normalize)].some(
        (o) => distance(o, dn) <= Math.max(1, Math.floor(dn.length * 0.15)),
      )
    )
      continue;
    out.push(d);
    if (out.length >= n) break;
  }
  return out;
}
