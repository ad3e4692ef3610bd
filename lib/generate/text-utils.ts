import { hash } from "node:crypto";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const DIGIT_CHAR = /\p{N}/u;
const LOWER_THEN_UPPER = /^\p{Ll}\p{Lu}/u;

/** Lowercase, fold curly quotes and dashes, collapse whitespace: two spellings of one claim hash alike. */
/**
 * The rules ask for the same sentence's normal form many times over (each gate, each candidate of
 * the sentence): remembered per text, forgotten in bulk so memory stays bounded on long essays.
 */
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 4096;

export function normalize(s: string): string {
  let out = normalized.get(s);
  if (out !== undefined) return out;
  out = normalizeOnce(s);
  if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
  normalized.set(s, out);
  return out;
}

function normalizeOnce(s: string): string {
  // Plain ASCII (most calls) skips the Unicode folding.
  if (!/[^\x00-\x7f]/.test(s)) return s.replace(/\s+/g, " ").trim().toLowerCase();
  return s
    .normalize("NFKC")
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function hashKey(...parts: string[]): string {
  // One-shot `hash` (Node ≥ 20.12, the engines field asks ≥ 20.19): the same SHA-256 hex digest
  // as createHash().update().digest("hex"), without a Hash object per key.
  return hash("sha256", parts.join("\u241f"), "hex").slice(0, 20);
}

/** 32-bit FNV-1a; cheap seed for choice order so it follows the content, not the run. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded PRNG, so any "random" pick is reproducible from the input. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*/gu);
  return m ? m.length : 0;
}

/** Inline citation markers such as [12] or [citation needed]: kept in the source, never in a prompt. */
export const CITATION_RE = /\s?\[(?:\d+(?:[,–-]\s?\d+)*|citation needed|note \d+|[a-z])\]/gi;

/**
 * An author–date citation a textbook puts after a claim: "(Siegel, 2008)", "(Capellini, Barton,
 * & Nunn, 2008)", "(National Institutes of Health, n.d.)". It names the source, not the claim.
 */
export const AUTHOR_DATE_RE =
  /\s?\((?:(?:&\s+|and\s+)?[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,6},\s*)+(?:\d{4}[a-z]?|n\.d\.)(?:;\s*[^()]{1,80})?\)/g;

/**
 * A scraped page's numbered citation kept as a Markdown link to its note: "([1](#r1))",
 * "([2](#r2), [3](#r3))", "([9](#r9)–[11](#r11))".
 */
export const LINKED_CITATION_RE =
  /\s?\(?\[\d+\]\(#[^()\s]*\)(?:\s*[,–-]\s*\[\d+\]\(#[^()\s]*\))*\)?/g;

export function stripCitations(s: string): string {
  return s.replace(LINKED_CITATION_RE, "").replace(CITATION_RE, "").replace(AUTHOR_DATE_RE, "");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word mentions of a phrase in a (lower-case) essay. */
export function mentions(essay: string, phrase: string): number {
  if (!phrase) return 0;
  // Each scan reads the whole essay, and the rules ask about the same subjects item after item.
  const known = essayMentions(essay);
  let n = known.get(phrase);
  if (n === undefined) {
    n = countMentions(essay, phrase);
    known.set(phrase, n);
  }
  return n;
}
const essayMentions = perEssay(() => new Map<string, number>());

/**
 * The count of /(?<![\p{L}\p{N}])phrase(?![\p{L}\p{N}])/gu's matches, found with indexOf: a fresh
 * regex per phrase was compiled and then tried at every position of the essay, many times slower.
 * As the regex does, a match may not split a surrogate pair, the letter or digit either side is
 * a whole code point, and the search goes on after a match's end or one past a rejected place.
 */
function countMentions(essay: string, phrase: string): number {
  let n = 0;
  let i = essay.indexOf(phrase);
  while (i >= 0) {
    const end = i + phrase.length;
    if (
      !splitsPair(essay, i) &&
      !splitsPair(essay, end) &&
      !WORD_CHAR.test(codePointBefore(essay, i)) &&
      !WORD_CHAR.test(codePointFrom(essay, end))
    ) {
      n++;
      i = essay.indexOf(phrase, end);
    } else i = essay.indexOf(phrase, i + 1);
  }
  return n;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (s: string, i: number) =>
  i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
const codePointBefore = (s: string, i: number) =>
  i >= 2 && isLow(s.charCodeAt(i - 1)) && isHigh(s.charCodeAt(i - 2))
    ? s.slice(i - 2, i)
    : s.charAt(i - 1);
const codePointFrom = (s: string, i: number) =>
  isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? s.slice(i, i + 2) : s.charAt(i);

/** Does `needle` occur in `hay` as whole words (case-insensitive)? */
export function containsWords(hay: string, needle: string): boolean {
  return containsWordsIn(normalize(hay), needle);
}

/** As containsWords, for a haystack already normalised (the whole essay, checked many times). */
export function containsWordsIn(normalizedHay: string, needle: string): boolean {
  const n = normalize(needle);
  if (!n) return false;
  let i = normalizedHay.indexOf(n);
  while (i >= 0) {
    const before = normalizedHay.charAt(i - 1);
    const after = normalizedHay.charAt(i + n.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = normalizedHay.indexOf(n, i + 1);
  }
  return false;
}

export const STOPWORDS = new Set(
  "a an the and or but nor so yet for of in on at to from by with without about against between into through during before after above below up down out off over under again further then once here there when where why how all any both each few more most other some such no not only own same than too very can will just should now is are was were be been being have has had having do does did doing would could might must shall may i me my we our you your he him his she her it its they them their this that these those what which who whom whose as if while because until also even still however though although since per via among upon within onto".split(
    " ",
  ),
);

export const PRONOUN_START_RE =
  /^(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her|hers|such|there(?!\s+(?:is|are|was|were|(?:has|have|had)\s+been)\b))\b/i;

/** Words that turn a checkable statement into a guessable one (and are a classic true/false flaw). */
export const ABSOLUTE_RE =
  /\b(?:always|never|only|all|none|every|everyone|everything|nobody|nothing|entirely|completely|totally)\b/i;

export const NEGATION_RE =
  /\b(?:not|no|never|nor|none|nobody|nothing|neither|without|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|couldn't|shouldn't|wouldn't)\b|n['’]t\b/i;

export function capitalizeFirst(s: string): string {
  const i = s.search(/[\p{L}\p{N}]/u);
  // "549 days in space": an answer that opens with a figure has no letter to capitalise.
  if (i < 0 || DIGIT_CHAR.test(s.charAt(i))) return s;
  // "iPhone", "eBay": a name written with a capital inside keeps its small first letter.
  if (LOWER_THEN_UPPER.test(s.slice(i))) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

/** A word without its plural ending, lower case: "ditches" → "ditch", "roads" → "road". */
export const pluralStem = (w: string): string => w.toLowerCase().replace(/(?:es|s)$/, "");

/** Spelled-out numbers, for reading them (grading, counts); one table so both agree. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/**
 * Times `needle` occurs in `hay` as a whole phrase: not inside a longer word, where `wordChar` says
 * what a word is made of (span scoring counts "well-known" as holding "known"; the publishing gate
 * does not).
 */
export function countWhole(hay: string, needle: string, wordChar = /[\p{L}\p{N}]/u): number {
  if (!needle) return 0;
  let n = 0;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = hay.charAt(i - 1);
    const after = hay.charAt(i + needle.length);
    if (!wordChar.test(before) && !wordChar.test(after)) n++;
    i = hay.indexOf(needle, i + needle.length);
  }
  return n;
}

/**
 * Where one sentence ends and the next begins, roughly: a stop (with any closing quote, bracket or
 * emphasis mark) and a space. For comparing an essay's sentences with each other, where a split
 * after "Dr." costs a comparison, not a question.
 */
export const ROUGH_SENTENCE_END = /(?<=[.!?]["”’*)\]]*)\s+/;

/**
 * A value made from the essay being generated, made once and kept until another essay is asked
 * about: the gate asks the same of every item of an essay, one essay at a time.
 */
export function perEssay<T>(make: (essay: string) => T): (essay: string) => T {
  let last: { essay: string; value: T } | null = null;
  return (essay) => {
    if (last?.essay !== essay) last = { essay, value: make(essay) };
    return last.value;
  };
}

/**
 * `make` remembered for the last `kept` keys, forgotten in bulk past that so memory stays bounded
 * on long essays: for what every candidate of a sentence asks of that same sentence.
 */
export function remembered<T>(make: (key: string) => T, kept: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = make(key);
    if (known.size >= kept) known.clear();
    known.set(key, value);
    return value;
  };
}

const essayPatterns = perEssay(() => new Map<string, string[][]>());
/** Every match of a pattern (its source, run with "gu") over a whole essay, as its groups. */
export function matchesInEssay(essay: string, source: string): string[][] {
  const known = essayPatterns(essay);
  let found = known.get(source);
  if (!found) {
    found = [...essay.matchAll(new RegExp(source, "gu"))].map((x) => x.slice(1));
    known.set(source, found);
  }
  return found;
}

/**
 * Same word stem, by the first five letters (or fewer, for a short word): "coastal" and
 * "coast", "fret" and "frets". `min`: the fewest letters that may decide.
 */
export function sameStem(a: string, b: string, min = 4): boolean {
  const k = Math.min(5, a.length, b.length);
  return k >= min && a.toLowerCase().slice(0, k) === b.toLowerCase().slice(0, k);
}
