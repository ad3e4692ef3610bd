import { GATE_RULES } from "./gate-rules";
import type { GateReason } from "./publish-gate";

/**
 * Why the publishing gate kept an item a draft, in words for the teacher reviewing it. The gate's
 * rule tables carry their own reasons; the older checks of publish-gate.ts get theirs here, once.
 */
const OLDER_CHECKS: Record<GateReason, string> = {
  missing_referent:
    "it leans on something named in another sentence (a “he”, “this” or “the other”), so the item alone cannot be answered",
  weak_key:
    "its answer is a word a student could guess without reading, or too slight to be worth learning",
  settled_key: "the rest of the sentence gives its answer away",
  pair_member: "its blank holds one of a pair or list, so more than one answer would fit",
  broken_span: "its blank cuts a word or phrase in two",
  unsafe_false:
    "its “false” version might still be true (a hedged, conditional or barely moved detail)",
  role_mismatch: "the question word does not fit the answer",
};

/** Kinds of item the deck keeps as drafts whatever their score (deck.ts, heldByKind). */
const DECK_KINDS: Record<string, string> = {
  "deck.draft-only-maker":
    "items of this kind (a blanked organisation, “What happens if …?”, a flipped comparison, “What did X do?”, a choice between years) were the ones judges most often rejected on real essays, so none is published unless a teacher publishes it",
  "deck.blank-card":
    "a flashcard with a blank on its front repeats the sentence's fill-in item as a card, so it is published only if a teacher publishes it",
};

const NEW_CHECKS = new Map<string, string>([
  ...GATE_RULES.map((r): [string, string] => [r.id, r.why]),
  ...Object.entries(DECK_KINDS),
]);

/** The draft's reason for a gate rule id (`gate.<older check>` or a rule table's id). */
export function draftReason(rule: string): string {
  const older = OLDER_CHECKS[rule.replace(/^gate\./, "") as GateReason];
  const why = older ?? NEW_CHECKS.get(rule);
  if (!why) return "Kept as a draft by the publishing checks.";
  const words = why.replace(/\.$/, "");
  return `Kept as a draft (check ${rule}): ${words.charAt(0).toLowerCase()}${words.slice(1)}.`;
}
