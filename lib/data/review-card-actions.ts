import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import type { ItemType } from "@/lib/generate/types";
import { cardItemInclude, FLASHCARD_TYPES, flashcardItem } from "@/lib/data/get-due-cards";
import { toQueueCard, type QueueCard } from "@/lib/data/review-queue";
import { userPrefs } from "@/lib/data/review-sql";
import { runWithPrisma } from "@/lib/data/review-driver";
import {
  cardResult,
  dueNowData,
  newCardData,
  RATINGS,
  rollbackCard,
  unchangedWhere,
  type CardResult,
  type RatingName,
} from "@/lib/srs/fsrs";

/** What a student does to a card besides rating it: undo, look it up, check a typed answer. */

/** The card moved under an undo (another rating or undo won the race): read it again. */
class CardChanged extends Error {}

export interface UndoResult {
  cardId: string;
  itemId: string;
  undone: { rating: RatingName; reviewedAt: string };
  card: CardResult;
  /** The card as the review page shows it, so it can be shown again. */
  queueCard: QueueCard;
}

/** Undoes the caller's last rating that is not undone yet: the card goes back, the log is kept, marked undone. */
export async function undoLastReview(user: SessionUser, now = new Date()): Promise<UndoResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const log = await db.reviewLog.findFirst({
      where: { userId: user.id, undoneAt: null },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
      include: { card: true },
    });
    if (!log) throw new AppError("not_found", "There is no rating to undo.");
    const restored = rollbackCard(log.card, log);
    try {
      await db.$transaction(async (tx) => {
        const marked = await tx.reviewLog.updateMany({
          where: { id: log.id, undoneAt: null },
          data: { undoneAt: now },
        });
        const updated = await tx.card.updateMany({
          where: { id: log.cardId, userId: user.id, ...unchangedWhere(log.card) },
          data: restored,
        });
        if (marked.count !== 1 || updated.count !== 1) throw new CardChanged();
      });
    } catch (err) {
      if (err instanceof CardChanged) continue;
      throw err;
    }
    return {
      cardId: log.cardId,
      itemId: log.card.itemId,
      undone: {
        rating: RATINGS[log.rating - 1] ?? "again",
        reviewedAt: log.reviewedAt.toISOString(),
      },
      card: cardResult(restored),
      queueCard: await getQueueCard(user, log.cardId, now),
    };
  }
  throw new AppError("conflict", "Another undo or rating happened at the same time. Try again.");
}

/** The queue card for one of the caller's cards (to show a card again after undo). */
export async function getQueueCard(user: SessionUser, cardId: string, now = new Date()) {
  const [card, prefs] = await Promise.all([
    db.card.findFirst({ where: { id: cardId, userId: user.id }, include: cardItemInclude }),
    runWithPrisma(db, userPrefs(user.id)),
  ]);
  if (!card) throw new AppError("not_found", "No card with this id is yours.");
  if (!prefs) throw new AppError("unauthorized");
  return toQueueCard(card, card.item, now, prefs.desiredRetention);
}

const FLASHCARD_PREFERENCE: readonly string[] = FLASHCARD_TYPES;

/**
 * After a wrong quiz answer: the item's card — or, for a choice item, the card of a flashcard-able
 * item of the same claim — becomes due now (made if missing). Returns whether a card was queued.
 */
export async function bringCardForward(
  tx: Tx,
  userId: string,
  item: { id: string; type: string; claimId: string; status: string },
  now: Date,
): Promise<boolean> {
  let targetId: string | null = null;
  if (item.status === "published" && FLASHCARD_PREFERENCE.includes(item.type)) targetId = item.id;
  else {
    const siblings = await tx.item.findMany({
      where: { claimId: item.claimId, ...flashcardItem },
      select: { id: true, type: true },
    });
    siblings.sort(
      (a, b) => FLASHCARD_PREFERENCE.indexOf(a.type) - FLASHCARD_PREFERENCE.indexOf(b.type),
    );
    targetId = siblings[0]?.id ?? null;
  }
  if (!targetId) return false;
  const existing = await tx.card.findUnique({
    where: { userId_itemId: { userId, itemId: targetId } },
    select: { id: true },
  });
  if (!existing) {
    await tx.card.create({ data: { userId, itemId: targetId, ...newCardData(now) } });
  } else {
    // Only ever earlier: a card already overdue keeps its place.
    await tx.card.updateMany({
      where: { id: existing.id, due: { gt: now } },
      data: dueNowData(now),
    });
  }
  return true;
}

export const checkBodySchema = z.object({
  response: z.string().trim().min(1, "Type an answer to check.").max(500),
});

/**
 * Anki's type-in check: a typed answer to one of the caller's cards, graded as leniently as a quiz
 * answer. Writes nothing — the student still rates the card.
 */
export async function checkTypedAnswer(
  user: SessionUser,
  cardId: string,
  response: string,
): Promise<{ correct: boolean; expected: string }> {
  const card = await db.card.findFirst({
    where: { id: cardId, userId: user.id },
    select: { item: { select: { answer: true, type: true } } },
  });
  if (!card) throw new AppError("not_found", "No card with this id is yours.");
  const { answer, type } = card.item;
  return { correct: gradeAnswer(answer, response, type as ItemType), expected: answer };
}
