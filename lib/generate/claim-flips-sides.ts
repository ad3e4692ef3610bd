import { flippable, HEDGED_OPENING, type FlipInput } from "./flip-guards";
import { analyzeOnce, standsAlone, stripEnd, type IdeaDraft } from "./idea-text";
import { present } from "./present";

/**
 * Flips that swap the two sides a sentence itself sets against each other: what something is
 * "rather than" what it is not, and which of two named actors could and which could not.
 */

/** A noun phrase with its article, short and without a clause of its own. */
const SIDE = String.raw`(?:a|an|the)\s+[^,;:"“”()]{2,80}?`;
const RATHER_BEING = new RegExp(
  String.raw`\b(as|is|was|are|were|be|become|became)\s+(${SIDE}),?\s+rather\s+than\s+(?:being\s+|as\s+)?(${SIDE})(?=,|$)`,
  "iu",
);

/**
 * "its place as a free city, rather than being a fief of the duke" → "its place as a fief of the
 * duke": the sentence says which of the two holds, so the rejected side put in the held one's
 * place is false on its point, in the essay's own words.
 */
export function ratherThanSwap(input: FlipInput): IdeaDraft | null {
  if (!/\brather\s+than\b/i.test(input.text)) return null;
  const s = flippable(input);
  if (s === null) return null;
  const m = RATHER_BEING.exec(s);
  if (!m) return null;
  const [whole, verb, a, b] = m as unknown as [string, string, string, string];
  if (a.split(/\s+/).length > 12 || b.split(/\s+/).length > 12) return null;
  // "as a guest rather than as a guest of honour": one side inside the other swaps nothing.
  if (a.includes(b) || b.includes(a)) return null;
  // The rejected side takes the held side's place and the "rather than" goes: a statement that
  // kept both would contradict itself on its face (gate.contradicted-flip).
  const swapped = `${s.slice(0, m.index)}${verb} ${b}${s.slice(m.index + whole.length)}`;
  return { idea: "contrast", question: `${swapped}.`, answer: a };
}

/** A name as a sentence writes it: capitalised words, "of" or "de" between them at most. */
const NAME = String.raw`(?:[A-Z][\p{L}'’-]+)(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\p{L}'’-]+){0,3}`;
// "the Charter is that Ana was…": a thing with an article, or a name before a clause of its own
// ("that …"), is no actor of the first half.
const WHEREAS = new RegExp(
  String.raw`(?<!\b(?:the|a|an)\s)\b(${NAME})\s+((?:was|were|is|are|had|has|did|does|do|could|can|would|will)\b(?:(?!\bthat\b)[^;])*?)(,?\s+)(whereas|while)\b(,?\s+(?:[^,]{1,30},\s+)?)(${NAME})\s+((?:could|can|did|does|do|was|were|is|are|had|has|would|will)(?:\s+not\b|n['’]t\b)[^,;]*)$`,
  "u",
);

/**
 * "the mayor, Ana, was able to calm the crowd whereas Bo could not" → "… Bo was able … whereas
 * Ana could not": two named actors of one sentence, one said to do what the other did not; the
 * swap gives each the other's part. The negation stays in the second half, as the sentence had it.
 */
export function agentSwap(input: FlipInput): IdeaDraft | null {
  if (!/\b(?:whereas|while)\b/.test(input.text)) return null;
  const s = stripEnd(present(input.text));
  if (/["“”]/.test(s) || HEDGED_OPENING.test(s) || !standsAlone(s)) return null;
  const m = WHEREAS.exec(s);
  if (!m) return null;
  const [whole, first, pred, gap, conj, between, second, rest] = m as unknown as string[];
  const named = (n: string) => !/^(?:The|A|An|This|That|It|He|She|They|But|And)\b/.test(n);
  if (!named(first!) || !named(second!) || first === second) return null;
  // Each actor once: a name met again elsewhere in the sentence would keep its old part there.
  const once = (n: string) => s.split(n).length === 2;
  if (!once(first!) || !once(second!) || first!.includes(second!) || second!.includes(first!))
    return null;
  const swapped = `${second} ${pred}${gap}${conj}${between}${first} ${rest}`;
  return {
    idea: "contrast",
    question: `${s.slice(0, m.index)}${swapped}${s.slice(m.index + whole!.length)}.`,
    answer: first!,
  };
}

/** "oftener an evil than a good", "rather a source of danger than of safety": the two sides. */
const PREFERRED_SIDES =
  /\b(?:rather|oftener|more\s+often|sooner)\s+(?:\p{Ll}+\s+){0,4}?((?:(?:a|an|the|of)\s+)?(\p{Ll}+))\s+than\s+((?:(?:a|an|the|of)\s+)?(\p{Ll}+))(?=[\s,;.]|$)/u;

/**
 * "Haste is oftener a fault than a virtue" → "… oftener a virtue than a fault": the sentence says
 * which of two things something is more often (or rather); the two sides swapped is false on its
 * point, in the essay's own words, and reads as plausibly as the original.
 */
export function preferredSidesSwap(input: FlipInput): IdeaDraft | null {
  if (!/\bthan\b/.test(input.text)) return null;
  const s = flippable(input);
  if (s === null) return null;
  const m = PREFERRED_SIDES.exec(s);
  if (!m || (s.match(/\bthan\b/g) ?? []).length > 1) return null;
  const [, a, wa, b, wb] = m as unknown as [string, string, string, string, string];
  if (wa === wb) return null;
  // Both sides must be things ("an evil", "of danger"), not a verb or a quality: "would rather
  // walk than ride" is a preference, and swapping it says nothing the essay denies.
  const toks = analyzeOnce(s).tokens;
  const end = m.index + m[0].length;
  const rel = m[0].lastIndexOf(`${a} than ${b}`);
  if (rel < 0) return null;
  const aAt = m.index + rel;
  const at = (w: string, from: number) => toks.find((t) => t.text === w && t.start >= from);
  const ta = at(wa, aAt);
  const tb = at(wb, end - wb.length);
  if (ta?.pos !== "NOUN" || tb?.pos !== "NOUN") return null;
  const bAt = end - b.length;
  const swapped = `${s.slice(0, aAt)}${b}${s.slice(aAt + a.length, bAt)}${a}${s.slice(end)}`;
  return { idea: "contrast", question: `${swapped}.`, answer: a };
}
