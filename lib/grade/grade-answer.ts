import { distance } from "fastest-levenshtein";
import type { ItemType } from "../generate/types";
import { NUMBER_WORDS } from "../generate/text-utils";

function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/\bper ?cent\b/g, "%")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}%$.\s]/gu, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:a|an|the)\s+/, "");
}

/** Numbers in a text, digits or simple number words, as values: "34%" and "thirty-four" are 34. */
function numbersIn(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
  const words = s.toLowerCase().replace(/-/g, " ").split(/\s+/);
  let acc: number | null = null;
  for (const w of words) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) {
      if (acc !== null) out.push(acc);
      acc = null;
      continue;
    }
    acc = acc === null ? v : v === 100 ? acc * 100 : acc + v;
  }
  if (acc !== null) out.push(acc);
  return out;
}

function withoutNumbers(s: string): string {
  return s
    .replace(/\d+(?:\.\d+)?/g, " ")
    .replace(new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b`, "g"), " ")
    .replace(/[%$]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Lenient for typed answers (case, punctuation, leading articles, small typos scaled to length;
 * numbers must match as numbers), exact for choice items. An empty response is never right.
 */
export function gradeAnswer(expected: string, response: string, type: ItemType): boolean {
  if (typeof response !== "string" || typeof expected !== "string") return false;
  const r = response.trim();
  if (!r) return false;
  if (type === "mcq" || type === "true_false") {
    return r.toLowerCase() === expected.trim().toLowerCase();
  }
  const e = fold(expected);
  const g = fold(r);
  if (!g) return false;
  if (e === g) return true;

  const en = numbersIn(e);
  if (en.length > 0) {
    const gn = numbersIn(g);
    if (gn.length !== en.length || en.some((v, i) => v !== gn[i])) return false;
    // "34%" ≈ "34 percent" ≈ "34": once the numbers agree, the unit words may be left out.
    const eRest = withoutNumbers(e);
    const gRest = withoutNumbers(g);
    if (!gRest) return true;
    return gRest === eRest || eRest.includes(gRest) || closeEnough(eRest, gRest);
  }
  if (closeEnough(e, g)) return true;
  return sameNameOrFuller(e, g);
}

/**
 * "Margaret Quayle" for "Quayle", "Quayle" for "Margaret Quayle", "the Brennock Canal Trust" for
 * "Trust": a typed name that keeps every word of the expected one, adding at most two, or just the
 * surname of a full name, names the same thing.
 */
function sameNameOrFuller(e: string, g: string): boolean {
  const ew = e.split(" ");
  const gw = g.split(" ");
  if (e.length < 4) return false;
  if (gw.length > ew.length && gw.length - ew.length <= 2) {
    for (let i = 0; i + ew.length <= gw.length; i++)
      if (ew.every((w, k) => w === gw[i + k]) && (i === 0 || i + ew.length === gw.length))
        return i + ew.length === gw.length;
  }
  if (ew.length >= 2 && gw.length === 1 && g.length >= 4) return ew[ew.length - 1] === g;
  return false;
}

function closeEnough(e: string, g: string): boolean {
  if (!e || !g) return false;
  const len = e.length;
  // Short answers must be exact; longer ones forgive roughly one typo per six letters, at most 3.
  const allowed = len <= 3 ? 0 : len <= 6 ? 1 : Math.min(3, Math.floor(len / 6));
  return distance(e, g) <= allowed;
}
