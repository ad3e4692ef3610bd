import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idParam, slugParam } from "@/lib/http";
import type { SessionUser } from "@/lib/auth/session";
import { requireEssayAccess, requireSetAccess } from "@/lib/data/access";
import { studyDayStart } from "@/lib/dates";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import type { ItemType } from "@/lib/generate/types";
import { cardItemInclude, FLASHCARD_TYPES, flashcardItem } from "@/lib/data/get-due-cards";
import {
  buildQueue,
  toQueueCard,
  type QueueCard,
  type QueueScope,
  type QueueWant,
  type ReviewQueue,
} from "@/lib/data/review-queue";
import {
  cardForRating,
  RatingRefused,
  ratingWrites,
  recordRating,
  userPrefs,
  type Op,
} from "@/lib/data/review-sql";
import {
  forgetCard,
  rememberCards,
  rememberedCard,
  rememberPrefs,
} from "@/lib/data/review-card-cache";
import { dialect, runStatements, runTransaction, runWithPrisma } from "@/lib/data/review-driver";
import {
  cardResult,
  dueNowData,
  newCardData,
  rateCard,
  RATINGS,
  rollbackCard,
  unchangedWhere,
  type CardResult,
  type RatingName,
} from "@/lib/srs/fsrs";

export { FLASHCARD_TYPES };
export type { QueueCard, ReviewQueue };

const oneScope = (q: { set?: string; essay?: string }) => !(q.set && q.essay);
const oneScopeMessage = { message: "Give either set or essay, not both" };

export const queueQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    set: idParam.optional(),
    essay: slugParam.optional(),
  })
  .refine(oneScope, oneScopeMessage);
export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** What a rating's response should hold next: the review page sends its scope and buffer size. */
export const nextQuerySchema = z
  .object({
    limit: z.number().int().min(1).max(20).default(5),
    /** Cards the client already holds: left out of `next.cards` (see QueueWant). */
    have: z.array(idParam).max(100).optional(),
    set: idParam.optional(),
    essay: slugParam.optional(),
  })
  .refine(oneScope, oneScopeMessage);

export const reviewBodySchema = z.object({
  rating: z.enum(RATINGS, { message: 'rating must be "again", "hard", "good" or "easy"' }),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000)
    .optional(),
  idempotencyKey: z.string().trim().min(1).max(100).optional(),
  next: nextQuerySchema.optional(),
});
export type ReviewBody = z.infer<typeof reviewBodySchema>;

/**
 * Where "today" starts for the daily new-card limit and sibling burying. The one place that decides
 * it, so a per-user day (time zone, Anki's 4 a.m. rollover) changes this function only.
 */
export function reviewDayStart(now: Date, timeZone: string): Date {
  return studyDayStart(now, timeZone);
}

/** The queue's scope, checked against the caller before any transaction starts (404 when not theirs). */
async function resolveScope(
  user: SessionUser,
  q: { essay?: string; set?: string },
): Promise<QueueScope> {
  if (q.essay) {
    const essay = await requireEssayAccess(user, q.essay);
    return { kind: "essay", essay: q.essay, essayId: essay.id, title: essay.title };
  }
  if (q.set) {
    const set = await requireSetAccess(user, q.set);
    return { kind: "set", set: q.set, title: set.title };
  }
  return { kind: "all", title: null };
}

function* queueIn(
  user: SessionUser,
  scope: QueueScope,
  want: QueueWant,
  now: Date,
): Op<ReviewQueue> {
  const prefs = yield* userPrefs(user.id);
  if (!prefs) throw new AppError("unauthorized");
  const onPostgres = dialect() === "postgres";
  if (onPostgres) rememberPrefs(user.id, prefs);
  const dayStart = reviewDayStart(now, prefs.timeZone);
  return yield* buildQueue(user.id, prefs, scope, want, now, dayStart, {
    texts: onPostgres,
    remember: onPostgres,
  });
}

/**
 * The caller's review queue: cards due now, then new cards (made on first sight, within the daily
 * new-card limit), then learning cards due in the next few minutes (see buildQueue).
 */
export async function getReviewQueue(
  user: SessionUser,
  q: QueueQuery,
  now = new Date(),
): Promise<ReviewQueue> {
  const scope = await resolveScope(user, q);
  return runTransaction(() => queueIn(user, scope, { limit: q.limit }, now));
}

export interface ReviewResult {
  card: CardResult;
  /** The queue after this rating, so the review page needs no second request per card. */
  next: ReviewQueue;
}

class CardChanged extends Error {}

/**
 * Records a rating and reads what comes next, in one transaction: the ReviewLog, the card's new
 * schedule, then the queue. The same idempotency key never schedules twice — a repeat gets the first
 * result back — and a rating that raced another one on the same card is applied to the card as the
 * other left it.
 */
export async function reviewCard(
  user: SessionUser,
  cardId: string,
  body: ReviewBody,
  now = new Date(),
): Promise<ReviewResult> {
  const key = body.idempotencyKey;
  const want = body.next ?? { limit: 5 };
  const scope = await resolveScope(user, want);
  for (let attempt = 0; attempt < 5; attempt++) {
    // A repeated key writes no log (its unique index), which rolls the card back too, so the first
    // attempt need not look the key up: only retries do.
    const replay = key && attempt > 0 ? await priorResult(user.id, key, cardId) : null;
    if (replay)
      return { ...replay, next: await runTransaction(() => queueIn(user, scope, want, now)) };
    try {
      return await runStatements(() => rating(user, cardId, body, scope, want, now, attempt > 0));
    } catch (err) {
      // Another request won: with the same key its result is ours; otherwise rate the card as it is
      // now (read afresh: a remembered state may be what was out of date).
      if (err instanceof RatingRefused) {
        forgetCard(cardId);
        continue;
      }
      throw err;
    }
  }
  if (key) {
    const replay = await priorResult(user.id, key, cardId);
    if (replay)
      return { ...replay, next: await runTransaction(() => queueIn(user, scope, want, now)) };
  }
  throw new AppError(
    "conflict",
    "This card was being reviewed elsewhere at the same time. Try again.",
  );
}

/**
 * The rating: the card, its log and new schedule, then the queue after it. Run by runStatements: on
 * SQLite all in one transaction. On PostgreSQL the writes and the queue are one statement, and
 * the card's state before it is the one the page's last queue read, where this process remembers
 * it (review-card-cache.ts; the writes hold only where the card is still so): one round trip for a
 * card the page held. A failure after the writes leaves the rating stored, and a retry with its
 * key gets the first result back.
 */
function* rating(
  user: SessionUser,
  cardId: string,
  body: ReviewBody,
  scope: QueueScope,
  want: QueueWant,
  now: Date,
  afresh: boolean,
): Op<ReviewResult> {
  const onPostgres = dialect() === "postgres";
  const remembered = onPostgres && !afresh ? rememberedCard(user.id, cardId) : null;
  const found = remembered ?? (yield* cardForRating(user.id, cardId));
  if (!found) throw new AppError("not_found", "No card with this id is yours.");
  const { card, prefs } = found;
  const rated = rateCard(card, body.rating, now, prefs.desiredRetention);
  const result = { card: cardResult(rated.card) };
  const log = {
    ...rated.log,
    cardId: card.id,
    userId: user.id,
    durationMs: body.durationMs ?? null,
    idempotencyKey: body.idempotencyKey ?? null,
    resultJson: JSON.stringify(result),
  };
  const dayStart = reviewDayStart(now, prefs.timeZone);
  if (!onPostgres) {
    const recorded = yield* recordRating("sqlite", user.id, log, card, rated.card, now);
    if (recorded !== "recorded") throw new RatingRefused(recorded);
    const next = yield* buildQueue(user.id, prefs, scope, want, now, dayStart);
    return { ...result, next };
  }
  rememberPrefs(user.id, prefs);
  const written = { ...rated.card, id: card.id, itemId: card.itemId, createdAt: card.createdAt };
  const next = yield* buildQueue(user.id, prefs, scope, want, now, dayStart, {
    texts: true,
    remember: true,
    rating: {
      writes: ratingWrites(user.id, log, card, rated.card, now, prefs),
      card: written,
      logState: rated.log.state,
    },
  });
  rememberCards(user.id, [written]);
  return { ...result, next };
}

async function priorResult(
  userId: string,
  key: string,
  cardId: string,
): Promise<Pick<ReviewResult, "card"> | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: key } },
    select: { cardId: true, resultJson: true },
  });
  if (!log) return null;
  if (log.cardId !== cardId) {
    throw new AppError(
      "conflict",
      "This idempotency key was already used for another card. Send a new key for each rating.",
    );
  }
  return JSON.parse(log.resultJson) as Pick<ReviewResult, "card">;
}

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
