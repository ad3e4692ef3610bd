import { analyzeOnce, type IdeaDraft } from "./idea-text";
import { fewerOrLess, flippable, inMainClause, type FlipInput } from "./flip-guards";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ALL_LOWER = /^\p{Ll}+$/u;

/**
 * "At first the liver makes more sugar" → "… makes less sugar": an amount the sentence says
 * grew (or shrank), given the other way. The comparison is with the time or case the sentence
 * itself names, so the turned statement is false on the sentence's point, and nothing on its face
 * says which way it went.
 */
export function amountFlip(input: FlipInput): IdeaDraft | null {
  if (!/\b(?:more|less|fewer)\b/.test(input.text)) return null;
  const s = flippable(input);
  if (s === null) return null;
  // "the more you read, the more you know", "more and more": a scale, not one amount.
  if (/\bthe\s+(?:more|less)\b|\bmore\s+and\s+more\b|\bless\s+and\s+less\b/i.test(s)) return null;
  // A "than" compares two named sides: comparativeFlip's shape, not this one.
  if (/\bthan\b/.test(s)) return null;
  const toks = analyzeOnce(s).tokens;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!/^(?:more|less|fewer)$/.test(t.text)) continue;
    // Only an amount a verb governs ("makes more insulin", "needs less water"): after a
    // preposition or article ("with more strength", "a more …") it is a detail or a quality.
    let k = i - 1;
    while (k > 0 && /^(?:even|much|far|still)$/i.test(toks[k]!.text)) k--;
    if (toks[k]!.pos !== "VERB") continue;
    const next = toks[i + 1]!;
    if (next.pos !== "NOUN" || !ALL_LOWER.test(next.text)) continue;
    if (!inMainClause(s, t.start, t.end)) continue;
    const after = s.slice(next.end);
    // "add more flour until it thickens": more is the way to a state, and less would not reach
    // it; the turned statement reads as nonsense, not as a claim the essay denies.
    if (/^[^,;]*\buntil\b/i.test(after)) continue;
    // "more grass and wider pastures": a second comparison joined to the first would be left
    // standing, and the statement would contradict itself.
    if (/^\s*(?:,\s*)?(?:and|or)\s+(?:more|less|fewer|\p{Ll}+er)\b/u.test(after)) continue;
    const swapped = t.text === "more" ? fewerOrLess(next) : "more";
    return {
      idea: "claim",
      question: `${s.slice(0, t.start)}${swapped}${s.slice(t.end)}.`,
      answer: t.text,
    };
  }
  return null;
}
