import lexiconData from "./data/lexicon.json";
import { CONFIG } from "./config";
import { analyze, lexiconTag } from "./nlp";
import { perEssay, STOPWORDS } from "./text-utils";
import { GLUE_AFTER, GLUE_BEFORE } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;
const MARKS = /\p{M}/gu;

/**
 * Is a word of the source a slip of the writer's ("goverment", "recieve")? A student who
 * meets it in an item blames the quiz. The word list is WordNet's lemmas (data/lexicon.json,
 * built by scripts/build-lexicon.ts); inflections are undone by the regular English endings.
 * Only a missing, an extra or two swapped letters count: a changed letter is too often a
 * spelling variant ("realize"/"realise") or another word.
 */

function decode(frontCoded: string): Set<string> {
  const out = new Set<string>();
  let prev = "";
  for (const part of frontCoded.split(",")) {
    const w = prev.slice(0, parseInt(part.charAt(0), 36)) + part.slice(1);
    out.add(w);
    prev = w;
  }
  return out;
}
let lemmas: Set<string> | null = null;
let familiarLemmas: Set<string> | null = null;
// Decoded on first use: a run that never asks pays nothing.
const lexicon = () => (lemmas ??= decode(lexiconData.words));
const familiar = () => (familiarLemmas ??= decode(lexiconData.familiar));

/** The stems a regular ending may have been added to ("stopped" → "stop", "studies" → "study"). */
function stems(w: string): string[] {
  const out = [w];
  const add = (stem: string, ...ends: string[]) => {
    for (const e of ends) out.push(stem + e);
  };
  for (const [suffix, ...ends] of [
    ["ies", "y"],
    ["ied", "y"],
    ["ier", "y"],
    ["iest", "y"],
    ["ily", "y"],
    ["es", ""],
    ["s", ""],
    ["ed", "", "e"],
    ["d", ""],
    ["ing", "", "e"],
    ["er", "", "e"],
    ["est", "", "e"],
    ["ly", "", "le"],
    ["eth", "", "e"],
    ["ness", ""],
    ["ment", ""],
  ] as const) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    const stem = w.slice(0, -suffix.length);
    add(stem, ...ends);
    // "stopped", "bigger": the doubled last consonant of the stem.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1), "");
  }
  return out;
}

const knownCache = new Map<string, boolean>();
export function isKnownWord(w: string): boolean {
  const lower = w.toLowerCase();
  const cached = knownCache.get(lower);
  if (cached !== undefined) return cached;
  const lex = lexicon();
  const regular = () => stems(lower).some((s) => lex.has(s) || lexiconTag(s) !== undefined);
  // "sprung", "wrought": an irregular form, undone by the tagger's lemma (asked only here).
  const irregular = () => {
    const lemma = analyze(lower).tokens[0]?.lemma.toLowerCase();
    return lemma !== undefined && lemma !== lower && lex.has(lemma);
  };
  const known = STOPWORDS.has(lower) || lexiconTag(lower) !== undefined || regular() || irregular();
  if (knownCache.size > 20_000) knownCache.clear();
  knownCache.set(lower, known);
  return known;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * The words one missing, one extra or two swapped letters away, inside the word: a first or last
 * letter more or less is an ending or another language's word ("controle"), not a slip.
 */
function neighbours(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < w.length - 1; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  for (let i = 1; i + 2 < w.length; i++)
    if (w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 1; i < w.length; i++)
    for (const c of LETTERS) out.push(w.slice(0, i) + c + w.slice(i));
  return out;
}

/**
 * Every lower-case word of the essay with its count, and each word's verdict once judged (the
 * gate asks about the same words for every item of a sentence), for the essay being generated.
 */
const essayWords = perEssay((essay) => {
  const counts = new Map<string, number>();
  for (const w of essay.toLowerCase().match(/\p{L}+/gu) ?? [])
    counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, slip: new Map<string, boolean>(), first: new Map<string, string | null>() };
});

/** "_fjell_", "*bodega*": a word the essay sets in italics is a foreign or technical term. */
const italicised = (w: string, essay: string) =>
  essay.includes(`_${w}_`) || essay.includes(`*${w}*`);

/**
 * The first word of `text` that reads as a slip: written small, once in the essay, unknown, and
 * one letter from a word the lexicon knows or the essay writes more than once. Null when none.
 */
export function misspelt(text: string, essay: string): string | null {
  const { counts, slip } = essayWords(essay);
  for (const raw of text.match(LOWER_WORD) ?? []) {
    if (raw.length < CONFIG.precisionGate.minTypoWordLength) continue;
    let judged = slip.get(raw);
    if (judged === undefined) {
      judged = isSlip(raw, counts, essay);
      slip.set(raw, judged);
    }
    if (judged) return raw;
  }
  return null;
}

/**
 * `misspelt(\`${a} ${b}\`, essay)` read part by part (a word never spans the space between them),
 * each part's answer kept for the essay: an item's answer and a blank's prompt recur across its
 * types.
 */
export function misspeltIn(a: string, b: string, essay: string): string | null {
  const { first } = essayWords(essay);
  const of = (text: string) => {
    let found = first.get(text);
    if (found === undefined) {
      found = misspelt(text, essay);
      first.set(text, found);
    }
    return found;
  };
  return of(a) ?? of(b);
}

function isSlip(raw: string, counts: Map<string, number>, essay: string): boolean {
  // "puréed": a word with an accent is judged without it.
  const w = raw.normalize("NFD").replace(MARKS, "");
  if ((counts.get(raw) ?? 0) > 1 || isKnownWord(w) || italicised(raw, essay)) return false;
  // "socieities" → "societies": the word meant may carry an ending too.
  return (
    neighbours(w).some((n) => (counts.get(n) ?? 0) > 1) || nearFamiliar(w) || runTogether(w, raw)
  );
}

/**
 * Is a word one slip from a familiar lemma (or one with an ending)? It depends on the word alone,
 * so it is kept across essays, like `isKnownWord`: the lexicon look-ups for its hundreds of
 * neighbours are paid once per word.
 */
function nearFamiliar(w: string): boolean {
  let near = nearFamiliarCache.get(w);
  if (near === undefined) {
    near = neighbours(w).some((n) => stems(n).some((st) => familiar().has(st)));
    if (nearFamiliarCache.size > 20_000) nearFamiliarCache.clear();
    nearFamiliarCache.set(w, near);
  }
  return near;
}
const nearFamiliarCache = new Map<string, boolean>();

/**
 * "nationthat", "butstill", "thankfulthan": an unknown word that is a plain dictionary word and a
 * short function word run together — a scrape that lost a space, copied into the item as the
 * quiz's own. Only a word the lexicon lists as it stands counts as the other part (an inflected
 * guess would read "woredas" as "wored" + "as"), and never in a word with an accent (a foreign
 * word's ending is no English function word).
 */
function runTogether(w: string, raw: string): boolean {
  if (w !== raw || w.length < 6) return false;
  const plain = (part: string) => part.length >= 3 && (lexicon().has(part) || lexiconTag(part));
  for (let i = 2; i < w.length - 1; i++) {
    const left = w.slice(0, i);
    const right = w.slice(i);
    if (GLUE_BEFORE.has(left) && plain(right)) return true;
    if (GLUE_AFTER.has(right) && plain(left)) return true;
  }
  return false;
}

/**
 * A familiar common word ("ferry", "recreational", "lots"): WordNet's tagged corpus uses it, so
 * a capital on it at a sentence's start is the start's, not a name's. WordNet also lists names
 * ("marini", "bengal"), but its tagged corpus rarely does.
 */
export function isFamiliarWord(w: string): boolean {
  const f = familiar();
  return stems(w.toLowerCase()).some((s) => f.has(s));
}
