import { CONFIG } from "./config";
import { standsAlone, stripEnd, type IdeaInput } from "./idea-text";
import { present } from "./present";
import { ABSOLUTE_RE, NEGATION_RE } from "./text-utils";

/**
 * Where a flip may not go (claim-flips.ts): a word rarer than everyday English, a reason or
 * condition, an opening subordinate clause, a phrase of place. A flip there reads as nonsense
 * or tests a detail of the scene.
 */

/** What a flip reads: after a lead-in (lead-in.ts) a sentence that points back may be flipped. */
export type FlipInput = IdeaInput & { afterLeadIn?: boolean };

/** The sentence to flip, or null: no negation, absolute or quotation, and it reads alone. */
export function flippable(input: FlipInput): string | null {
  const s = stripEnd(present(input.text));
  if (NEGATION_RE.test(s) || ABSOLUTE_RE.test(s) || /["“”]/.test(s)) return null;
  return input.afterLeadIn || standsAlone(s) ? s : null;
}

/** An everyday word: frequent enough in WordNet's tagged corpus to read as plain English. */
export function familiar(count: number | undefined): boolean {
  return (count ?? 0) >= CONFIG.flips.minFamiliarity;
}

/** A reason or purpose after the flipped word: it supports the original claim, not its flip. */
const REASON_AFTER =
  /\b(?:because|since|as\s+it|as\s+they|so\s+that|in\s+order\s+to|thanks\s+to|due\s+to|which\s+is\s+why)\b/i;

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
  /\b(?:because|since|although|though|whereas|unless|if|when|whenever|while|so\s+that)\b/i;

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
