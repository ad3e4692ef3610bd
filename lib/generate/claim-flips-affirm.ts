import type { FlipInput } from "./flip-guards";
import { analyzeOnce, conjugate, standsAlone, stripEnd, type IdeaDraft } from "./idea-text";
import { present } from "./present";
import { NEGATION_RE } from "./text-utils";

/**
 * Flips of a sentence whose point is a denial. "Neither side expected a long siege" → "Both sides
 * expected a long siege" stays: it gives the denial to both. Stating the denied claim itself ("Rye
 * bread isn't unique to the north" → "… is unique …") was removed: blind judges on the dev half
 * both read a statement made by dropping the sentence's "not" as a giveaway, as the judging brief
 * reads a statement made by adding one.
 */

/**
 * "Neither side expected a long siege" → "Both sides expected a long siege": what neither of two
 * did, given to both. Only a past or modal verb, whose form is the same for one and for two.
 */
export function neitherFlip(input: FlipInput): IdeaDraft | null {
  if (!/^\s*Neither\s/.test(input.text)) return null;
  const s = stripEnd(present(input.text));
  if (/["“”;]/.test(s) || !standsAlone(s)) return null;
  const m = /^Neither\s+(\p{Ll}+)\s+(\p{Ll}+)\b/u.exec(s);
  if (
    !m ||
    /\bnor\b/i.test(s) ||
    (s.match(new RegExp(NEGATION_RE.source, "gi")) ?? []).length !== 1
  )
    return null;
  const [whole, noun, verb] = m as unknown as [string, string, string];
  const plural = pluralOf(noun);
  const toks = analyzeOnce(s).tokens;
  const v = toks.find((t) => t.text === verb);
  const past =
    v?.pos === "VERB" && (conjugate(v.lemma) as Record<string, string>)?.PastTense === verb;
  const modal = /^(?:could|would|should|might|had)$/.test(verb);
  if (!plural || !(past || modal)) return null;
  return {
    idea: "claim",
    question: `Both ${plural} ${verb}${s.slice(whole.length)}.`,
    answer: "Neither",
  };
}

/** "party" → "parties", "side" → "sides"; null for an irregular noun ("man", "child"). */
function pluralOf(noun: string): string | null {
  if (/(?:man|child|person|foot|tooth|mouse|ss|us|is)$/.test(noun)) return null;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
