import {
  analyzeOnce,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import { present } from "./present";

/**
 * Contrast swaps: a sentence that sets two things against each other ("not A but B", "A, not
 * B", "by A rather than by B", "Unlike A, B …") says which side holds; swapping the sides gives a
 * statement the essay plainly contradicts — about the contrast itself, not a detail.
 */

/** Words of one side at most: a longer side carries more than the contrast. */
const MAX_SIDE = 10;

const side = (x: string, subjectBefore = false) => {
  const n = words(x).length;
  // "not scattered along the coast, but gathered in the north of it": moved in front of its
  // noun, a pronoun points nowhere. A possessive of the subject ("lies not in its walls") still
  // points back to it when both sides stay after the subject.
  const pointer = subjectBefore
    ? /\b(?:it|they|them|he|him|his|she|her|this|these|those)\b/i
    : /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those)\b/i;
  if (pointer.test(x)) return false;
  return n >= 1 && n <= MAX_SIDE && !/\d/.test(x) && !/[;:()"“”]/u.test(x);
};

/** The first word of each side must play the same part ("scattered" / "gathered"). */
const sameShape = (a: string, b: string) => {
  const head = (x: string) => x.trim().split(/\s+/)[0]!.toLowerCase();
  const kind = (w: string) =>
    /^(?:a|an|the|its|their|his|her|our)$/.test(w)
      ? "det"
      : /^(?:by|in|on|at|to|from|with|for|of|over|under|into)$/.test(w)
        ? w
        : /(?:ed|en)$/.test(w)
          ? "participle"
          : null;
  const ka = kind(head(a));
  return ka !== null && ka === kind(head(b));
};

const SWAPS: { re: RegExp; swap: (m: RegExpExecArray) => string | null }[] = [
  // "…, not scattered along the coast, but gathered in the north" → sides swapped.
  {
    re: /^(.*?\bnot\s+)([^,;]+?)(,?\s+but\s+)([^,;]+)$/u,
    swap: (m) => {
      // The subject stands before "not" when a noun does ("The strength of a people lies not…").
      const subject = /\b\p{L}{4,}\b/u.test(m[1]!.replace(/\bnot\s+$/, ""));
      return side(m[2]!, subject) && side(m[4]!, subject) && sameShape(m[2]!, m[4]!)
        ? `${m[1]}${m[4]}${m[3]}${m[2]}`
        : null;
    },
  },
  // "X is a fish pie, baked twice, not a version of the broth" → "X is a version of the
  // broth, not a fish pie" (what stands between the two sides goes with the first).
  {
    re: /^(.+?\s(?:is|are|was|were)\s+)((?:a|an|the)\s[^,;]+?)(?:,\s+[^,;]+?)?,\s+not\s+((?:a|an|the)\s[^,;]+)$/u,
    swap: (m) => (side(m[2]!) && side(m[3]!) ? `${m[1]}${m[3]}, not ${m[2]}` : null),
  },
  // "grown by the monks rather than by the villagers" → "grown by the villagers rather than by the monks".
  {
    re: /^(.*?\s)((by|in|on|at|to|from|with|for)\s[^,;]+?)\s+rather\s+than\s+(\3\s[^,;]+)$/u,
    swap: (m) => (side(m[2]!) && side(m[4]!) ? `${m[1]}${m[4]} rather than ${m[2]}` : null),
  },
  // "Unlike rivers, glaciers move slowly" → "Unlike glaciers, rivers move slowly".
  {
    re: /^Unlike\s+([^,;]+),\s+(.+)$/u,
    swap: (m) => {
      if (!side(m[1]!) || words(m[1]!).length > 4) return null;
      const rest = m[2]!;
      const toks = analyzeOnce(rest).tokens;
      const v = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
      if (v < 1 || v > 4) return null;
      if (toks.slice(0, v).some((t) => !/^(?:DET|NOUN|PROPN|ADJ)$/.test(t.pos))) return null;
      if (/^(?:DET)$/.test(toks[0]!.pos) && !/^the$/i.test(toks[0]!.text)) return null;
      const subject = rest.slice(0, toks[v]!.start).trim();
      const lower = (x: string) => x.replace(/^The\s/, "the ");
      return `Unlike ${lower(subject)}, ${lower(m[1]!)} ${rest.slice(toks[v]!.start)}`;
    },
  },
];

/** A statement with the sides of its contrast swapped, which the sentence itself contradicts. */
export function contrastSwap(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  if (!standsAlone(s) || /["“”]/u.test(s)) return null;
  for (const { re, swap } of SWAPS) {
    const m = re.exec(s);
    if (!m) continue;
    const out = swap(m);
    if (!out || out === s) continue;
    const flipped = out.charAt(0).toUpperCase() + out.slice(1);
    return { idea: "contrast", question: `${flipped}.`, answer: "False" };
  }
  return null;
}
