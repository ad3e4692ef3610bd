import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isStudyable } from "@/lib/data/get-due-cards";
import type { RawCard } from "@/lib/data/review-sql";
import {
  byDue,
  type ItemKey,
  type QueueRows,
  type RawCardWithItem,
} from "@/lib/data/review-queue-sql";
import { NEW_STATE, REVIEW_STATE, SCHEDULED_STATES } from "@/lib/srs/fsrs";

/** A rating run in the queue's statement (queueRows' `rating`, PostgreSQL). */
export interface QueueRating {
  /** ratingWrites: the log and the card's update, as `ins` and `upd`. */
  writes: Prisma.Sql;
  /** The rated card as the writes leave it. */
  card: RawCard;
  /** The state the card was in when rated: what the log records. */
  logState: number;
}

const SCHEDULED: readonly number[] = SCHEDULED_STATES;

/**
 * queueRows' rows as a statement after the rating's writes would read them. The writes lead the
 * queue's statement (a WITH), and in PostgreSQL a statement's reads do not see its own writes: so
 * the rated card is left out of the walks and the count and put back here as written, and its log
 * joins today's ratings. Each walk read its LIMIT without the card, so adding it and cutting back
 * to the LIMIT gives what the walk would have read (tests/review-sql.test.ts compares the two).
 */
export function afterRating(
  rows: QueueRows,
  rating: QueueRating,
  rated: { item: ItemKey; inScope: boolean },
  q: { until: Date; soonTake: number; newTake: number; dueBy: Date; have?: string[] },
): void {
  const { card, logState } = rating;
  rows.rated.push({ cardId: card.id, state: logState, claimId: rated.item.claimId });
  if (!rated.inScope) return;
  const written: RawCardWithItem = { ...card, item: rated.item };
  if (q.have?.includes(card.id)) {
    rows.held = rows.held.map((c) => (c.id === card.id ? written : c));
  } else if (card.state === NEW_STATE) {
    rows.made = [...rows.made, written].sort(byDue).slice(0, q.newTake);
  } else if (card.due <= q.until) {
    rows.soon = [...rows.soon, written].sort(byDue).slice(0, q.soonTake);
  }
  if (SCHEDULED.includes(card.state) && card.due <= q.dueBy && isStudyable(rated.item))
    rows.due[card.state === REVIEW_STATE ? "review" : "learning"] += 1;
}
