import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idParam, slugParam } from "@/lib/http";
import { sessionUser, type SessionRef, type SessionUser } from "@/lib/auth/session";
import { requireEssayAccess, requireSetAccess } from "@/lib/data/access";
import { studyDayStart } from "@/lib/dates";
import { FLASHCARD_TYPES } from "@/lib/data/get-due-cards";
import {
  buildQueue,
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
import { dialect, runStatements, runTransaction } from "@/lib/data/review-driver";
import { cardResult, rateCard, RATINGS, type CardResult } from "@/lib/srs/fsrs";

export { FLASHCARD_TYPES };
export * from "@/lib/data/review-card-actions";
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

const ALL_CARDS: QueueScope = { kind: "all", title: null };

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
  return ALL_CARDS;
}

function* queueIn(
  user: { id: string },
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

/**
 * Who rates: a user already checked (requireUser), or a session from its token (requireSession),
 * whose version the rating checks in the transaction that writes: a session ended by sign-out or
 * a password change rates nothing.
 */
export type Rater = SessionUser | SessionRef;

/** The rater's user, looked up where a session was not (401 when it is gone or ended). */
async function raterUser(rater: Rater): Promise<SessionUser> {
  if (!("sessionVersion" in rater)) return rater;
  const user = await sessionUser(rater);
  if (!user) throw new AppError("unauthorized");
  return user;
}

export interface ReviewResult {
  card: CardResult;
  /** The queue after this rating, so the review page needs no second request per card. */
  next: ReviewQueue;
}

/**
 * Records a rating and reads what comes next, in one transaction: the ReviewLog, the card's new
 * schedule, then the queue. The same idempotency key never schedules twice — a repeat gets the first
 * result back — and a rating that raced another one on the same card is applied to the card as the
 * other left it.
 */
export async function reviewCard(
  rater: Rater,
  cardId: string,
  body: ReviewBody,
  now = new Date(),
): Promise<ReviewResult> {
  const key = body.idempotencyKey;
  const want = body.next ?? { limit: 5 };
  // Only a scoped queue needs the user (its access check); the whole queue needs the rating alone.
  const scope =
    want.set || want.essay ? await resolveScope(await raterUser(rater), want) : ALL_CARDS;
  for (let attempt = 0; attempt < 5; attempt++) {
    // A repeated key writes no log (its unique index), which rolls the card back too, so the first
    // attempt need not look the key up: only retries do, for a live session.
    if (attempt === 1) rater = await raterUser(rater);
    const replay = key && attempt > 0 ? await priorResult(rater.id, key, cardId) : null;
    if (replay)
      return { ...replay, next: await runTransaction(() => queueIn(rater, scope, want, now)) };
    try {
      return await runStatements(() => rating(rater, cardId, body, scope, want, now, attempt > 0));
    } catch (err) {
      // Another request won: with the same key its result is ours; otherwise rate the card as it is
      // now (read afresh: a remembered state may be what was out of date — or the session ended).
      if (err instanceof RatingRefused) {
        forgetCard(cardId);
        continue;
      }
      // No such card of this user's: unless the user or session is gone (401).
      if (err instanceof AppError && err.code === "not_found") await raterUser(rater);
      throw err;
    }
  }
  if (key) {
    const replay = await priorResult(rater.id, key, cardId);
    if (replay)
      return { ...replay, next: await runTransaction(() => queueIn(rater, scope, want, now)) };
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
  user: Rater,
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
  const session = "sessionVersion" in user ? user.sessionVersion : undefined;
  // A remembered card carries no version: the PostgreSQL writes check it (ratingWrites' `exact`).
  if (session !== undefined && "sessionVersion" in found && found.sessionVersion !== session)
    throw new AppError("unauthorized");
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
      writes: ratingWrites(user.id, log, card, rated.card, now, {
        ...prefs,
        sessionVersion: session,
      }),
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
