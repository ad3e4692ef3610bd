import { CONFIG } from "./config";
import { standsAlone, stripEnd, type IdeaInput } from "./idea-text";
import { present } from "./present";
import { ABSOLUTE_RE, NEGATION_RE } from "./text-utils";
import { essayMemo, type Rule } from "./rules";
import { NUMERIC_KINDS } from "./make-distractors";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const TO_BE_PHRASE = /^to be \p{L}+,/iu;
const LIST_LABEL = /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}\.\s/u;

/**
 * Where a flip may not go (claim-flips.ts): a word rarer than everyday English, a reason or
 * condition, an opening subordinate clause, a phrase of place. A flip there reads as nonsense
 * or tests a detail of the scene.
 */

/** What a flip reads: after a lead-in (lead-in.ts) a sentence that points back may be flipped. */
export type FlipInput = IdeaInput & { afterLeadIn?: boolean };

/** The sentence to flip, or null: no negation, absolute or quotation, and it reads alone. */
export function flippable(input: FlipInput): string | null {
  // Every flip rule asks this of the same sentence: once per sentence and lead-in of an essay.
  const memo = input.afterLeadIn ? flippableAfterLeadIn : flippableAlone;
  let out = memo.get(input.text);
  if (out === undefined) {
    out = flippableOnce(input.text, input.afterLeadIn === true);
    // Bounded for callers outside an essay's generation, which never forget it.
    if (memo.size >= 4096) memo.clear();
    memo.set(input.text, out);
  }
  return out;
}
const flippableAlone = essayMemo<string | null>();
const flippableAfterLeadIn = essayMemo<string | null>();

function flippableOnce(text: string, afterLeadIn: boolean): string | null {
  const s = stripEnd(present(text));
  if (NEGATION_RE.test(s) || ABSOLUTE_RE.test(s) || /["“”]/.test(s)) return null;
  // "Perhaps X": the author only suggests X, so "not X" is arguable rather than false.
  if (HEDGED_OPENING.test(s)) return null;
  // "To be clear, …", "To be fair, …": a set phrase whose adjective is no claim to flip.
  if (TO_BE_PHRASE.test(s)) return null;
  // "Priority. Some tasks are …": a list entry's label runs into the statement it heads.
  if (LIST_LABEL.test(s)) return null;
  // "The faults of the plan are, First, that it costs more": a list's numbering runs into the
  // statement, and a turned item of the list reads as the list's leftover, not as a claim.
  if (/,\s+(?:First|Secondly|Second|Thirdly|Third|Fourthly|Lastly|Finally),\s/u.test(s))
    return null;
  return afterLeadIn || standsAlone(s) ? s : null;
}

/**
 * "Magma is lighter than rock, so it rises": the main clause alone, when a consequence or a
 * concession follows that would contradict its flip; null when there is none or it is too short.
 * The flipped main clause is a false statement on the sentence's point.
 */
export function mainClauseOnly(s: string): string | null {
  const m = /,\s+(?:so|but|yet|therefore|thus|hence|which\s+is\s+why)\b/i.exec(s);
  if (!m) return null;
  const head = s.slice(0, m.index).trim();
  return head.split(/\s+/).length >= 5 ? `${head}.` : null;
}

/** A sentence the author opens with doubt: "Perhaps, …", "Maybe …", "Probably …". */
export const HEDGED_OPENING =
  /^(?:(?:but|and|yet|so|still|however),?\s+)?(?:perhaps|maybe|possibly|probably|arguably|it\s+(?:seems|appears|may\s+be)\s+that)\b/i;

/** An everyday word: frequent enough in WordNet's tagged corpus to read as plain English. */
export function familiar(count: number | undefined): boolean {
  return (count ?? 0) >= CONFIG.flips.minFamiliarity;
}

/**
 * A reason, purpose or consequence after the flipped word ("lighter, so it rises"), or the other
 * half of a concession ("dangerous, but useful"): it fits the original claim, not its flip.
 */
const REASON_AFTER =
  /\b(?:because|since|as\s+it|as\s+they|so\s+that|in\s+order\s+to|thanks\s+to|due\s+to|which\s+is\s+why)\b|,\s+(?:so|therefore|thus|hence|but|yet)\b/i;

/**
 * May the word at [start, end) be flipped? Not inside a reason or condition ("because it is
 * large"), and not before a reason that supports the original ("important because…").
 */
export function inMainClause(s: string, start: number, end: number): boolean {
  // "As Earth warms, …": an opening subordinate clause runs to the first comma.
  const comma = s.indexOf(",");
  if (OPENING_SUBORDINATE.test(s) && comma > start) return false;
  return !REASON_AFTER.test(s.slice(end)) && !SUBORDINATE_BEFORE.test(s.slice(0, start));
}
const OPENING_SUBORDINATE =
  /^(?:as|when|while|if|because|since|although|though|after|before|once|until|unless|whenever)\b/i;
const SUBORDINATE_BEFORE =
  /\b(?:because|since|although|though|whereas|unless|if|when|whenever|while|so\s+that|which\s+is\s+why|and\s+so|and\s+therefore|and\s+thus|and\s+hence)\b|,\s+(?:so|therefore|thus|hence)\b/i;

/** "more calories" → "fewer calories", "more insulin" → "less insulin": a count takes "fewer". */
export function fewerOrLess(noun: { pos: string; text: string; lemma: string }): "fewer" | "less" {
  const counted = noun.pos === "NOUN" && noun.text.toLowerCase() !== noun.lemma.toLowerCase();
  return counted ? "fewer" : "less";
}

/**
 * Is the adjective at `i` inside a noun phrase of place ("stood in thick mud", "across slow
 * streams")? That is the scene, not the claim.
 */
export function inPrepositionalPhrase(toks: { pos: string; text: string }[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:DET|ADJ|ADV|NUM|CCONJ|PUNCT)$/.test(toks[k]!.pos)) k--;
  return k >= 0 && toks[k]!.pos === "ADP" && PLACE_PREPOSITION.test(toks[k]!.text);
}
const PLACE_PREPOSITION =
  /^(?:in|on|at|into|onto|through|across|under|over|near|along|beside|inside|around|behind|beneath|above|below)$/i;

/** A false statement made by swapping one value of the sentence for another (make-items.ts). */
export interface SwapView {
  /** What kind of value the swapped span is (find-spans.ts: "year", "person", "np"…). */
  kind: string;
  original: string;
  swapIn: string;
  /** Who the text says speaks the sentence, if someone other than the author. */
  speaker?: string | null;
}

/**
 * Swaps that make a false statement a strict teacher rejects as trivial or unfair: the first
 * that fires keeps the false version out (the sentence may still be asked as a true statement
 * or a blank).
 */
export const SWAP_GUARD_RULES: Rule<SwapView>[] = [
  {
    id: "false.number-tweak",
    why: "A year moved, an age or a count changed ('in 1832' → 'in 1836', '41 members' → '35 members') tests a figure no teacher wants learnt, not the sentence's point.",
    fires: [
      { kind: "year", original: "1832", swapIn: "1836" },
      { kind: "quantity", original: "41 members", swapIn: "35 members" },
      { kind: "np", original: "his 80th birthday", swapIn: "his 75th birthday" },
    ],
    passes: [{ kind: "place", original: "Lisbon", swapIn: "Porto" }],
    test: ({ kind, original, swapIn }) =>
      (NUMERIC_KINDS as Set<string>).has(kind) || (/\d/.test(original) && /\d/.test(swapIn)),
  },
  {
    id: "false.speaker-swap",
    why: "Swapping who said something ('the mayor said that…' → 'the bishop said that…') tests an attribution, not the claim, and the other person may well have said it too.",
    fires: [{ kind: "person", original: "Mara Lind", swapIn: "Olle Berg", speaker: "Mara Lind" }],
    passes: [
      { kind: "place", original: "Lisbon", swapIn: "Porto", speaker: "Mara Lind" },
      { kind: "person", original: "Mara Lind", swapIn: "Olle Berg" },
    ],
    test: ({ original, speaker }) =>
      Boolean(speaker && (speaker.includes(original) || original.includes(speaker))),
  },
];
