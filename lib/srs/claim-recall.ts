import { AGAIN_RATING, recallProbability, type CardFields } from "@/lib/srs/fsrs";

/** One thing known about a user and a claim: a card of it (with its last rating), or a quiz answer. */
export type RecallEvidence =
  | {
      kind: "card";
      claimId: string;
      card: CardFields;
      /** The card's newest rating that was not undone, if any. */
      lastRating?: { rating: number; at: Date };
    }
  | { kind: "answer"; claimId: string; correct: boolean; at: Date };

/**
 * Recall of each claim now, 0–1. The newest evidence decides first: a claim whose latest event is
 * a failure (a wrong quiz answer, or "again" in review) is not remembered, whatever FSRS would say
 * of a sibling card or of a card reviewed seconds after its lapse. Otherwise the claim is as well
 * remembered as its best-remembered card (FSRS retrievability). Claims with no reviewed card and
 * no failure are left out: unknown is not the same as forgotten.
 */
export function claimRecall(evidence: RecallEvidence[], now: Date): Record<string, number> {
  const latest = new Map<string, { at: number; failed: boolean }>();
  const best = new Map<string, number>();
  const note = (claimId: string, at: Date, failed: boolean) => {
    const prev = latest.get(claimId);
    if (!prev || at.getTime() >= prev.at) latest.set(claimId, { at: at.getTime(), failed });
  };
  for (const e of evidence) {
    if (e.kind === "answer") {
      note(e.claimId, e.at, !e.correct);
      continue;
    }
    if (e.lastRating) note(e.claimId, e.lastRating.at, e.lastRating.rating === AGAIN_RATING);
    const r = recallProbability(e.card, now);
    if (r !== null) best.set(e.claimId, Math.max(best.get(e.claimId) ?? 0, r));
  }
  const out: Record<string, number> = {};
  for (const [claimId, last] of latest) if (last.failed) out[claimId] = 0;
  for (const [claimId, r] of best) if (!(claimId in out)) out[claimId] = r;
  return out;
}
