import { CONFIG } from "./config";
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

const ONCE_PER_SENTENCE =
  "another item of its sentence is published, and a sentence is asked once so students are not asked the same thing twice";
const TRUE_FALSE_BALANCE =
  "the deck keeps true and false statements in balance, so answering “True” throughout earns nothing";

/**
 * Why the deck (deck.ts, deck-fill.ts) left a sound item out: the last rule that did, in words
 * that stay true whatever the item's score.
 */
const DECK_RULES: Record<string, string> = {
  "deck.below-quality": `its score is under the floor below which nothing is published (${Math.round(CONFIG.deck.minQuality * 100)} of 100)`,
  "deck.draft-only-maker":
    "items of this kind (a blanked or questioned organisation or person, “Who …?”, “What happens if …?”, a flipped comparison or amount, “What did X do?”, “What provides …?”, where something comes from, a choice between years or dates) were the ones judges most often rejected on real essays, so none is published unless a teacher publishes it",
  "deck.blank-card":
    "a flashcard with a blank on its front repeats the sentence's fill-in item as a card, so it is published only if a teacher publishes it",
  "deck.needs-context":
    "it leans on a sentence the item does not show, and no lead-in could show it",
  "deck.statement-only":
    "its sentence opens on a link to the one before, so it is asked only as a statement",
  "deck.contrast-needs-idea":
    "its sentence answers the one before (“But …”), so it is asked only as a question about the contrast",
  "deck.full": `the deck already holds as many items as the essay's length calls for (about ${CONFIG.deck.itemsPer1000Words} per 1,000 words)`,
  "deck.per-claim": ONCE_PER_SENTENCE,
  "deck.same-sentence": ONCE_PER_SENTENCE,
  "deck.numeric-share": "the deck keeps dates and numbers to about a third of its items",
  "deck.true-cap": TRUE_FALSE_BALANCE,
  "deck.false-cap": TRUE_FALSE_BALANCE,
  "deck.true-false-balance": TRUE_FALSE_BALANCE,
  "deck.reused-options": "its wrong options were already offered in other questions of the deck",
  "deck.reveals": "a published item shows its answer, or it shows theirs",
  "deck.same-answer": "a published item already has the same answer",
  "deck.replaced":
    "another item of its sentence took its place, to give the deck more kinds of question",
};

const NEW_CHECKS = new Map<string, string>([
  ...GATE_RULES.map((r): [string, string] => [r.id, r.why]),
  ...Object.entries(DECK_RULES),
]);

/** The draft's reason for a gate rule id (`gate.<older check>` or a rule table's id). */
export function draftReason(rule: string): string {
  const older = OLDER_CHECKS[rule.replace(/^gate\./, "") as GateReason];
  const why = older ?? NEW_CHECKS.get(rule);
  if (!why) return "Kept as a draft by the publishing checks.";
  const words = why.replace(/\.$/, "");
  return `Kept as a draft (check ${rule}): ${words.charAt(0).toLowerCase()}${words.slice(1)}.`;
}
