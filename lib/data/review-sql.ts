import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  REVIEW_STATE,
  SCHEDULED_STATES,
  type CardData,
  type CardFields,
  type LogFields,
} from "@/lib/srs/fsrs";

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

const CARD_COLUMNS = Prisma.sql`c."id", c."itemId", c."due", c."stability", c."difficulty",
  c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state",
  c."lastReview", c."createdAt"`;

/**
 * Integers may come back as numbers, BigInt or (PostgreSQL's bigint) strings; dates as Date (Prisma,
 * pg) or as the ISO text SQLite stores.
 */
const num = (v: unknown): number => Number(v);
const date = (v: unknown): Date =>
  v instanceof Date ? v : new Date(typeof v === "string" ? v : Number(v));

export interface RawCard extends CardFields {
  itemId: string;
  createdAt: Date;
}

function toCard(r: Record<string, unknown>): RawCard {
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

/** The card to rate and its owner's scheduling preferences, in one primary-key lookup. */
export function* cardForRating(
  userId: string,
  cardId: string,
): Op<{ card: RawCard; prefs: Prefs } | null> {
  const rows = yield* read(Prisma.sql`
    SELECT ${CARD_COLUMNS}, u."desiredRetention", u."newCardsPerDay", u."timeZone"
    FROM "Card" c JOIN "User" u ON u."id" = c."userId"
    WHERE c."id" = ${cardId} AND c."userId" = ${userId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    card: toCard(r),
    prefs: toPrefs(r),
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

/** The card's new schedule, set only where the card is still as `was` read it. */
function cardUpdate(
  userId: string,
  was: CardFields,
  next: CardData,
  now: Date,
  extra = Prisma.empty,
) {
  // reps and lastReview are the version.
  const sameReview =
    was.lastReview === null
      ? Prisma.sql`"lastReview" IS NULL`
      : Prisma.sql`"lastReview" = ${was.lastReview}`;
  return Prisma.sql`
    UPDATE "Card" SET "due" = ${next.due}, "stability" = ${next.stability},
      "difficulty" = ${next.difficulty}, "elapsedDays" = ${next.elapsedDays},
      "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
      "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state},
      "lastReview" = ${next.lastReview}, "updatedAt" = ${now}
    WHERE "id" = ${was.id} AND "userId" = ${userId} AND "reps" = ${was.reps} AND ${sameReview}
      ${extra}`;
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
      WITH ins AS (INSERT INTO "ReviewLog" (${LOG_COLUMNS}) VALUES ${logValues(log)}
          ON CONFLICT ("userId", "idempotencyKey") DO NOTHING RETURNING "id"),
        upd AS (${cardUpdate(userId, was, next, now, Prisma.sql`AND EXISTS (SELECT 1 FROM ins)`)}
          RETURNING "id")
      SELECT CAST((SELECT COUNT(*) FROM ins) AS INTEGER) AS "logged",
        1 / (1 + (SELECT COUNT(*) FROM upd) - (SELECT COUNT(*) FROM ins)) AS "versionHeld"`);
    return num(rows[0]?.logged) === 1 ? "recorded" : "key_used";
  } catch (err) {
    if (/division by zero/.test(String((err as Error)?.message))) return "card_changed";
    throw err;
  }
}

/** What choosing cards needs of an item: its kind, whether it is published, its claim. */
export interface ItemKey {
  id: string;
  type: string;
  status: string;
  claimId: string;
}
/** What a card shows of its item, read only for the cards a queue sends. */
export interface ItemText {
  prompt: string;
  answer: string;
  sourceSentence: string;
  essay: { slug: string; title: string };
}
export type RawItem = ItemKey & ItemText;
/** A walked card; its item's text comes along when the walk was asked for it (queueRows' `texts`). */
export type RawCardWithItem = RawCard & { item: ItemKey; text?: ItemText };

const ITEM_KEY_COLUMNS = Prisma.sql`i."type" AS "itemType", i."status" AS "itemStatus", i."claimId"`;

const toItemKey = (r: Record<string, unknown>, id: string): ItemKey => ({
  id,
  type: String(r.itemType),
  status: String(r.itemStatus),
  claimId: String(r.claimId),
});

function toCardWithItem(r: Record<string, unknown>): RawCardWithItem {
  const card = toCard(r);
  const withItem: RawCardWithItem = { ...card, item: toItemKey(r, card.itemId) };
  if (r.prompt != null) withItem.text = toText(r);
  return withItem;
}

const toText = (r: Record<string, unknown>): ItemText => ({
  prompt: String(r.prompt),
  answer: String(r.answer),
  sourceSentence: String(r.sourceSentence),
  essay: { slug: String(r.essaySlug), title: String(r.essayTitle) },
});

const TEXT_COLUMNS = Prisma.sql`i."prompt", i."answer", i."sourceSentence", e."slug" AS "essaySlug",
  e."title" AS "essayTitle"`;
/** The text columns of queueRows' branches that bring none (nothing when no branch does). */
const noText = (texts?: boolean) =>
  texts
    ? Prisma.sql`, NULL AS "prompt", NULL AS "answer", NULL AS "sourceSentence",
      NULL AS "essaySlug", NULL AS "essayTitle"`
    : Prisma.empty;

/**
 * The texts of these items, by id. A queue walks many more cards than it sends, so the walks read
 * only what choosing needs (each column of each row costs CPU in Prisma's result mapping) and the
 * texts are read for the cards sent — usually one per rating.
 */
export function* itemTexts(ids: string[]): Op<Map<string, ItemText>> {
  if (!ids.length) return new Map();
  const rows = yield* read(Prisma.sql`
    SELECT i."id", ${TEXT_COLUMNS} FROM "Item" i JOIN "Essay" e ON e."id" = i."essayId"
    WHERE i."id" IN (${Prisma.join([...new Set(ids)])})`);
  return new Map(rows.map((r) => [String(r.id), toText(r)]));
}

/** Limits a queue to one essay's or one set's items; none: everything. */
export type ScopeFilter = { essayId: string } | { setId: string };

const inScope = (scope?: ScopeFilter) =>
  !scope
    ? Prisma.empty
    : "essayId" in scope
      ? Prisma.sql`AND c."itemId" IN (SELECT "id" FROM "Item" WHERE "essayId" = ${scope.essayId})`
      : Prisma.sql`AND c."itemId" IN (SELECT "itemId" FROM "SetItem" WHERE "setId" = ${scope.setId})`;

export interface QueueRows {
  /** Cards (other than new ones) due by `until`, earliest first. */
  soon: RawCardWithItem[];
  /** Cards made but never studied, in the order they were queued. */
  made: RawCardWithItem[];
  /** The ratings since `since` that are not undone: which card, in which state, of which claim. */
  rated: { cardId: string; state: number; claimId: string }[];
  /** The cards named in `have` (the client holds them), whatever their state; left out of the walks. */
  held: RawCardWithItem[];
  /** Studyable cards (held ones too) due by `dueBy`, by kind, counted to the end of the range. */
  due: { learning: number; review: number };
  /** The first page of unseenItems, when asked for (`unseenTake`). */
  unseen?: { items: ItemKey[]; rows: number };
}

const CARD_ITEM = Prisma.sql`"Card" c JOIN "Item" i ON i."id" = c."itemId"`;
/**
 * The queue's order. Cards made in one batch tie on due and createdAt; the id breaks the tie, so
 * PostgreSQL and SQLite (and one request and the next) agree on the order.
 */
export const byDue = (a: RawCard, b: RawCard) =>
  a.due.getTime() - b.due.getTime() ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The count's branch of queueRows: one row per card state, the count where the card columns are.
 * Three range walks on (userId, state, due), one per scheduled state; the item is checked in a
 * subquery so that SQLite walks the user's due cards, not every item.
 */
const dueCountBranch = (
  userId: string,
  dueBy: Date,
  scope?: ScopeFilter,
  texts?: boolean,
) => Prisma.sql`
  SELECT 4 AS "kind", CAST(COUNT(*) AS INTEGER) AS "logState", NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, c."state", NULL, NULL, NULL, NULL, NULL ${noText(texts)}
  FROM "Card" c
  WHERE c."userId" = ${userId} AND c."state" IN (${Prisma.join([...SCHEDULED_STATES])})
    AND c."due" <= ${dueBy} ${inScope(scope)}
    AND EXISTS (SELECT 1 FROM "Item" i WHERE i."id" = c."itemId" AND ${STUDYABLE_ITEM})
  GROUP BY c."state"`;

/** queueRows' branch for unseenItems' first page: the item where the card's item id is. */
const unseenBranch = (
  userId: string,
  scope: ScopeFilter | undefined,
  take: number,
  texts?: boolean,
) => Prisma.sql`
  UNION ALL
  SELECT 5 AS "kind", u."position", NULL, u."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, u."itemType", u."itemStatus", u."claimId" ${noText(texts)}
  FROM (${unseenPage(userId, scope, take, 0)}) u`;

/**
 * Everything a queue is built from, in one statement of range walks: due cards on (userId, due,
 * createdAt), new cards on (userId, state, due, createdAt), today's ratings on (userId,
 * reviewedAt), the cards the client holds by primary key, and the count of cards due on (userId,
 * state, due). One round trip instead of five is most of what a rating's "what next" costs.
 * The items' status is checked by the caller: a condition on Item here would make SQLite start
 * from the items and probe cards instead (see getDueCards).
 */
export function* queueRows(
  userId: string,
  q: {
    until: Date;
    soonTake: number;
    newTake: number;
    since: Date;
    /** The end of the due range counted (`now`). */
    dueBy: Date;
    scope?: ScopeFilter;
    /** Cards the client already holds: read by id (primary key), not walked. */
    have?: string[];
    /**
     * Also read unseenItems' first page of this size: a queue that has new-card slots left reads
     * it, and in this statement it costs no round trip of its own.
     */
    unseenTake?: number;
    /**
     * Read the items' texts with the due and new cards walked (RawCardWithItem's `text`), so that
     * sending them needs no itemTexts round trip. Worth it on PostgreSQL, where a round trip costs
     * more than the walked rows' texts; on SQLite a statement is cheap and every walked row's
     * columns are not.
     */
    texts?: boolean;
  },
): Op<QueueRows> {
  // Without texts, no branch carries text columns: each column of each row costs CPU to read.
  const cols = Prisma.sql`${CARD_COLUMNS}, ${ITEM_KEY_COLUMNS} ${noText(q.texts)}`;
  const walked = q.texts ? Prisma.sql`${CARD_COLUMNS}, ${ITEM_KEY_COLUMNS}, ${TEXT_COLUMNS}` : cols;
  const walk = q.texts
    ? Prisma.sql`${CARD_ITEM} JOIN "Essay" e ON e."id" = i."essayId"`
    : CARD_ITEM;
  const have = q.have?.length ? Prisma.join(q.have) : null;
  const notHeld = have ? Prisma.sql`AND c."id" NOT IN (${have})` : Prisma.empty;
  const held = have
    ? Prisma.sql`UNION ALL
      SELECT 3 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${cols} FROM ${CARD_ITEM}
      WHERE c."userId" = ${userId} AND c."id" IN (${have}) ${inScope(q.scope)}`
    : Prisma.empty;
  const rows = yield* read(Prisma.sql`
    SELECT * FROM (SELECT 0 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${walked}
      FROM ${walk}
      WHERE c."userId" = ${userId} AND c."due" <= ${q.until} AND c."state" <> 0 ${notHeld}
        ${inScope(q.scope)}
      ORDER BY c."due", c."createdAt", c."id" LIMIT ${q.soonTake}) soon
    UNION ALL
    SELECT * FROM (SELECT 1 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${walked}
      FROM ${walk}
      WHERE c."userId" = ${userId} AND c."state" = 0 ${notHeld} ${inScope(q.scope)}
      ORDER BY c."due", c."createdAt", c."id" LIMIT ${q.newTake}) made
    UNION ALL
    -- Of today's ratings, only what burying and the new-card count use: a day may hold hundreds.
    SELECT 2 AS "kind", l."state" AS "logState", c."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, i."claimId" ${noText(q.texts)}
      FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId" JOIN "Item" i ON i."id" = c."itemId"
      WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${q.since} AND l."undoneAt" IS NULL
    ${held}
    UNION ALL ${dueCountBranch(userId, q.dueBy, q.scope, q.texts)}
    ${q.unseenTake === undefined ? Prisma.empty : unseenBranch(userId, q.scope, q.unseenTake, q.texts)}`);
  const out: QueueRows = {
    soon: [],
    made: [],
    rated: [],
    held: [],
    due: { learning: 0, review: 0 },
  };
  const unseen: Row[] = [];
  for (const r of rows) {
    const kind = num(r.kind);
    if (kind === 5) {
      unseen.push(r);
      continue;
    }
    if (kind === 4) {
      out.due[num(r.state) === REVIEW_STATE ? "review" : "learning"] += num(r.logState);
      continue;
    }
    if (kind === 2) {
      out.rated.push({ cardId: String(r.id), state: num(r.logState), claimId: String(r.claimId) });
      continue;
    }
    const card = toCardWithItem(r);
    if (kind === 0) out.soon.push(card);
    else if (kind === 1) out.made.push(card);
    else out.held.push(card);
  }
  // A union keeps no order of its own.
  out.soon.sort(byDue);
  out.made.sort(byDue);
  if (q.unseenTake !== undefined)
    out.unseen = toUnseen(
      unseen.sort((a, b) => num(a.logState) - num(b.logState)).map((r) => ({ ...r, id: r.itemId })),
    );
  return out;
}

const STUDYABLE_ITEM = Prisma.sql`i."status" = 'published'
  AND i."type" IN ('flashcard', 'cloze', 'short_answer')`;

/**
 * One page of the scope's studyable items the user has no card for yet, in study order: an essay's
 * by paragraph and sentence, a set's by position, and with no scope every set assigned for review
 * to a class the user is (still) in, oldest set first. `rows` says whether another page may follow.
 */
export function* unseenItems(
  userId: string,
  scope: ScopeFilter | undefined,
  take: number,
  skip: number,
): Op<{ items: ItemKey[]; rows: number }> {
  const rows = yield* read(unseenPage(userId, scope, take, skip));
  return toUnseen(rows);
}

// An item in two assigned sets comes twice; the caller buries the second as its claim's sibling.
const toUnseen = (rows: Row[]) => ({
  items: rows.map((r) => toItemKey(r, String(r.id))),
  rows: rows.length,
});

/** unseenItems' statement; "position" keeps the page's order where a union would lose it. */
function unseenPage(userId: string, scope: ScopeFilter | undefined, take: number, skip: number) {
  const noCard = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${userId} AND c."itemId" = i."id")`;
  const page = Prisma.sql`LIMIT ${take} OFFSET ${skip}`;
  if (scope && "essayId" in scope) {
    const order = Prisma.sql`ORDER BY cl."paragraph", cl."sentence", i."type", i."id"`;
    return Prisma.sql`
      SELECT i."id", ${ITEM_KEY_COLUMNS}, ROW_NUMBER() OVER (${order}) AS "position"
      FROM "Item" i JOIN "Claim" cl ON cl."id" = i."claimId"
      WHERE i."essayId" = ${scope.essayId} AND ${STUDYABLE_ITEM} AND ${noCard}
      ${order} ${page}`;
  }
  // Starting from the user's enrolments keeps this a walk over their assigned sets only.
  const sets = scope
    ? Prisma.sql`si."setId" = ${scope.setId}`
    : Prisma.sql`si."setId" IN (SELECT a."setId" FROM "Enrollment" en
        JOIN "Assignment" a ON a."classId" = en."classId"
        WHERE en."userId" = ${userId} AND en."removedAt" IS NULL AND a."mode" = 'review')`;
  const order = Prisma.sql`ORDER BY s."createdAt", s."id", si."position"`;
  return Prisma.sql`
    SELECT i."id", ${ITEM_KEY_COLUMNS}, ROW_NUMBER() OVER (${order}) AS "position"
    FROM "SetItem" si JOIN "ItemSet" s ON s."id" = si."setId" JOIN "Item" i ON i."id" = si."itemId"
    WHERE ${sets} AND ${STUDYABLE_ITEM} AND ${noCard}
    ${order} ${page}`;
}

/** When the earliest scheduled card not in `exclude` falls due, among studyable items. */
export function* nextDueAfter(
  userId: string,
  now: Date,
  exclude: string[],
  scope?: ScopeFilter,
): Op<Date | null> {
  const notIn = exclude.length
    ? Prisma.sql`AND c."id" NOT IN (${Prisma.join(exclude)})`
    : Prisma.empty;
  const rows = yield* read(Prisma.sql`
    SELECT c."due", i."status" AS "itemStatus", i."type" AS "itemType"
    FROM "Card" c JOIN "Item" i ON i."id" = c."itemId"
    WHERE c."userId" = ${userId} AND c."due" > ${now} AND c."state" <> 0 ${notIn} ${inScope(scope)}
    ORDER BY c."due" LIMIT 20`);
  const hit = rows.find((r) => r.itemStatus === "published" && STUDYABLE.has(String(r.itemType)));
  return hit ? date(hit.due) : null;
}

const STUDYABLE = new Set(["flashcard", "cloze", "short_answer"]);

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
