import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardData, CardFields, LogFields } from "@/lib/srs/fsrs";

/**
 * The review loop's hot statements as raw SQL (Prisma tagged templates), one portable text for
 * SQLite and PostgreSQL: quoted identifiers, `ON CONFLICT … DO NOTHING`, dates bound as parameters.
 * They run on the driver (lib/data/review-driver.ts): through Prisma's query compiler and
 * interactive transaction each cost several times what the database spends on it (see `npm run
 * bench`); everything that is not on the per-card path stays on the ordinary client.
 * tests/review-sql.test.ts runs the same assertions on both databases, both ways.
 */

export type Row = Record<string, unknown>;
/** One statement of an operation: rows to read, or a write whose changed rows are counted. */
export interface Step {
  read: boolean;
  sql: Prisma.Sql;
}
/**
 * A unit of work over these statements, written once and run by lib/data/review-driver.ts: as one
 * synchronous better-sqlite3 transaction, through one pg connection, or through a Prisma client.
 * Each `yield*` hands a statement to the runner and gets its result back.
 */
export type Op<T> = Generator<Step, T, unknown>;

export function* read(sql: Prisma.Sql): Op<Row[]> {
  return (yield { read: true, sql }) as Row[];
}
export function* write(sql: Prisma.Sql): Op<number> {
  return Number(yield { read: false, sql });
}

export const CARD_COLUMNS = Prisma.sql`c."id", c."itemId", c."due", c."stability", c."difficulty",
  c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state",
  c."lastReview", c."createdAt"`;

/**
 * Integers may come back as numbers, BigInt or (PostgreSQL's bigint) strings; dates as Date (Prisma,
 * pg) or as the ISO text SQLite stores.
 */
export const num = (v: unknown): number => Number(v);
export const date = (v: unknown): Date =>
  v instanceof Date ? v : new Date(typeof v === "string" ? v : Number(v));

export interface RawCard extends CardFields {
  itemId: string;
  createdAt: Date;
}

export function toCard(r: Record<string, unknown>): RawCard {
  return {
    id: String(r.id),
    itemId: String(r.itemId),
    due: date(r.due),
    stability: num(r.stability),
    difficulty: num(r.difficulty),
    elapsedDays: num(r.elapsedDays),
    scheduledDays: num(r.scheduledDays),
    learningSteps: num(r.learningSteps),
    reps: num(r.reps),
    lapses: num(r.lapses),
    state: num(r.state),
    lastReview: r.lastReview == null ? null : date(r.lastReview),
    createdAt: date(r.createdAt),
  };
}

export interface Prefs {
  desiredRetention: number;
  newCardsPerDay: number;
  /** IANA zone: the user's study day (new-card limit, burying) starts at 4 a.m. there. */
  timeZone: string;
}

const toPrefs = (r: Record<string, unknown>): Prefs => ({
  desiredRetention: num(r.desiredRetention),
  newCardsPerDay: num(r.newCardsPerDay),
  timeZone: String(r.timeZone),
});

/**
 * The card to rate, its owner's scheduling preferences and session version (a rating checks the
 * session where it writes: requireSession), in one primary-key lookup.
 */
export function* cardForRating(
  userId: string,
  cardId: string,
): Op<{ card: RawCard; prefs: Prefs; sessionVersion: number } | null> {
  const rows = yield* read(Prisma.sql`
    SELECT ${CARD_COLUMNS}, u."desiredRetention", u."newCardsPerDay", u."timeZone",
      u."sessionVersion"
    FROM "Card" c JOIN "User" u ON u."id" = c."userId"
    WHERE c."id" = ${cardId} AND c."userId" = ${userId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    card: toCard(r),
    prefs: toPrefs(r),
    sessionVersion: num(r.sessionVersion),
  };
}

/** A user's scheduling preferences (null: no such user). */
export function* userPrefs(userId: string): Op<Prefs | null> {
  const rows = yield* read(Prisma.sql`
    SELECT "desiredRetention", "newCardsPerDay", "timeZone" FROM "User" WHERE "id" = ${userId}`);
  const r = rows[0];
  return r ? toPrefs(r) : null;
}

export interface LogInsert extends LogFields {
  cardId: string;
  userId: string;
  durationMs: number | null;
  idempotencyKey: string | null;
  resultJson: string;
}

const LOG_COLUMNS = Prisma.sql`"id", "cardId", "userId", "rating", "state", "due", "stability",
  "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt",
  "durationMs", "idempotencyKey", "resultJson", "createdAt"`;

/** The log row's values; the wall clock, not the rating's time: undo takes the newest log, ties broken by createdAt. */
const logValues = (log: LogInsert) => Prisma.sql`(${crypto.randomUUID()}, ${log.cardId},
  ${log.userId}, ${log.rating}, ${log.state}, ${log.due}, ${log.stability}, ${log.difficulty},
  ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays}, ${log.learningSteps},
  ${log.reviewedAt}, ${log.durationMs}, ${log.idempotencyKey}, ${log.resultJson}, ${new Date()})`;

/**
 * Writes the review log; false when this user already used the idempotency key (the unique index
 * decides, so two racing requests with one key cannot both write).
 */
export function* insertLog(log: LogInsert): Op<boolean> {
  const n = yield* write(Prisma.sql`
    INSERT INTO "ReviewLog" (${LOG_COLUMNS}) VALUES ${logValues(log)}
    ON CONFLICT ("userId", "idempotencyKey") DO NOTHING`);
  return n === 1;
}

/**
 * What a write made from a remembered card state (review-card-cache.ts) must still find: the
 * owner's preferences, and the session version of a rating that checks its session itself
 * (requireSession).
 */
export type Exact = Prefs & { sessionVersion?: number };

/**
 * The card's new schedule, set only where the card is still as `was` read it: the same reps and
 * lastReview (the version); with `exact`, every FSRS field and the owner's preferences (and
 * session version) too, so a card state remembered from an earlier request is used only where it
 * is what a fresh read would give.
 */
function cardUpdate(
  userId: string,
  was: CardFields,
  next: CardData,
  now: Date,
  extra = Prisma.empty,
  exact?: Exact,
) {
  const liveSession =
    exact?.sessionVersion === undefined
      ? Prisma.empty
      : Prisma.sql`AND u."sessionVersion" = ${exact.sessionVersion}`;
  const sameReview =
    was.lastReview === null
      ? Prisma.sql`"lastReview" IS NULL`
      : Prisma.sql`"lastReview" = ${was.lastReview}`;
  const sameState = exact
    ? Prisma.sql`AND "due" = ${was.due} AND "stability" = ${was.stability}
      AND "difficulty" = ${was.difficulty} AND "elapsedDays" = ${was.elapsedDays}
      AND "scheduledDays" = ${was.scheduledDays} AND "learningSteps" = ${was.learningSteps}
      AND "lapses" = ${was.lapses} AND "state" = ${was.state}
      AND EXISTS (SELECT 1 FROM "User" u WHERE u."id" = ${userId}
        AND u."desiredRetention" = ${exact.desiredRetention}
        AND u."newCardsPerDay" = ${exact.newCardsPerDay} AND u."timeZone" = ${exact.timeZone}
        ${liveSession})`
    : Prisma.empty;
  return Prisma.sql`
    UPDATE "Card" SET "due" = ${next.due}, "stability" = ${next.stability},
      "difficulty" = ${next.difficulty}, "elapsedDays" = ${next.elapsedDays},
      "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
      "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state},
      "lastReview" = ${next.lastReview}, "updatedAt" = ${now}
    WHERE "id" = ${was.id} AND "userId" = ${userId} AND "reps" = ${was.reps} AND ${sameReview}
      ${sameState} ${extra}`;
}

/**
 * Stores a card's new schedule if nobody changed the card since `was` was read; false when a
 * concurrent rating or undo got there first.
 */
export function* updateCard(
  userId: string,
  was: CardFields,
  next: CardData,
  now: Date,
): Op<boolean> {
  return (yield* write(cardUpdate(userId, was, next, now))) === 1;
}

export type Recorded = "recorded" | "key_used" | "card_changed";

/** A rating that wrote nothing: its key was used already, or the card was not as read. */
export class RatingRefused extends Error {
  constructor(readonly reason: Exclude<Recorded, "recorded">) {
    super(reason);
  }
}

/**
 * A rating's writes: the log (once per idempotency key), then the card's new schedule over the
 * version read. "key_used" and "card_changed" wrote nothing — or left it for the caller's
 * transaction to roll back.
 *
 * On PostgreSQL both are one statement, one round trip without a transaction around it: the card
 * is updated only when the log was written, and a log written over a card someone else changed
 * fails the statement (a division by zero, the one error SQL can raise on its own), which rolls
 * the log back. SQLite has no writes in a WITH; there the two statements run in the caller's
 * transaction, each a few microseconds.
 */
export function* recordRating(
  dialect: "sqlite" | "postgres",
  userId: string,
  log: LogInsert,
  was: CardFields,
  next: CardData,
  now: Date,
): Op<Recorded> {
  if (dialect === "sqlite") {
    if (!(yield* insertLog(log))) return "key_used";
    return (yield* updateCard(userId, was, next, now)) ? "recorded" : "card_changed";
  }
  try {
    const rows = yield* read(Prisma.sql`
      WITH ${ratingWrites(userId, log, was, next, now)}
      SELECT CAST((SELECT COUNT(*) FROM ins) AS INTEGER) AS "logged", ${VERSION_HELD} AS "versionHeld"`);
    return num(rows[0]?.logged) === 1 ? "recorded" : "key_used";
  } catch (err) {
    if (isCardChanged(err)) return "card_changed";
    throw err;
  }
}

/**
 * PostgreSQL: a rating's writes as the `ins` and `upd` of a WITH (recordRating's, and the statement
 * that also reads the queue after them, queueRows' `rating`). The card is updated only when the log
 * was written; with `exact`, only where every FSRS field and the owner's preferences are as read.
 */
export const ratingWrites = (
  userId: string,
  log: LogInsert,
  was: CardFields,
  next: CardData,
  now: Date,
  exact?: Exact,
) => Prisma.sql`ins AS (INSERT INTO "ReviewLog" (${LOG_COLUMNS}) VALUES ${logValues(log)}
    ON CONFLICT ("userId", "idempotencyKey") DO NOTHING RETURNING "id"),
  upd AS (${cardUpdate(userId, was, next, now, Prisma.sql`AND EXISTS (SELECT 1 FROM ins)`, exact)}
    RETURNING "id")`;

/** 1 when ratingWrites' card update held (or no log was written); a division by zero when not. */
export const VERSION_HELD = Prisma.sql`CAST(1 / (1 + (SELECT COUNT(*) FROM upd) - (SELECT COUNT(*) FROM ins)) AS INTEGER)`;

/**
 * ratingWrites' statement failed because the card was not as read: changed (the division by zero),
 * or gone (the log's foreign key).
 */
export const isCardChanged = (err: unknown) =>
  /division by zero|foreign key/i.test(String((err as Error)?.message));

/**
 * The user's cards for these items, made on first sight (new, due now). Two requests racing make one
 * card each: the unique (userId, itemId) index keeps the first and the other reads it back.
 */
export function* ensureCards(
  userId: string,
  itemIds: string[],
  fresh: CardData,
  now: Date,
): Op<RawCard[]> {
  if (!itemIds.length) return [];
  // New cards are studied by (due, createdAt, id), and a batch shares its due time: a millisecond
  // apart, its cards keep the order they were made in (study order) on both databases, from one
  // request to the next, instead of falling back on their random ids.
  const values = itemIds.map(
    (itemId, n) =>
      Prisma.sql`(${crypto.randomUUID()}, ${userId}, ${itemId}, ${fresh.due}, ${fresh.stability},
        ${fresh.difficulty}, ${fresh.elapsedDays}, ${fresh.scheduledDays}, ${fresh.learningSteps},
        ${fresh.reps}, ${fresh.lapses}, ${fresh.state}, ${new Date(now.getTime() + n)}, ${now})`,
  );
  yield* write(Prisma.sql`
    INSERT INTO "Card" ("id", "userId", "itemId", "due", "stability", "difficulty", "elapsedDays",
      "scheduledDays", "learningSteps", "reps", "lapses", "state", "createdAt", "updatedAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("userId", "itemId") DO NOTHING`);
  const rows = yield* read(Prisma.sql`
    SELECT ${CARD_COLUMNS} FROM "Card" c
    WHERE c."userId" = ${userId} AND c."itemId" IN (${Prisma.join(itemIds)})`);
  const byItem = new Map(rows.map((r) => [String(r.itemId), toCard(r)]));
  return itemIds.map((id) => byItem.get(id)!).filter(Boolean);
}
