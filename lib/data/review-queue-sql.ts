import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_STATE, SCHEDULED_STATES } from "@/lib/srs/fsrs";
import {
  CARD_COLUMNS,
  isCardChanged,
  num,
  RatingRefused,
  read,
  toCard,
  VERSION_HELD,
  type Op,
  type RawCard,
  type Row,
} from "@/lib/data/review-sql";
import { afterRating, type QueueRating } from "@/lib/data/review-rated";
import {
  inScope,
  ITEM_KEY_COLUMNS,
  STUDYABLE_ITEM,
  toItemKey,
  toUnseen,
  unseenPage,
  type ItemKey,
  type ScopeFilter,
} from "@/lib/data/review-unseen-sql";

export { nextDueAfter, unseenItems } from "@/lib/data/review-unseen-sql";
export type { ItemKey, ScopeFilter } from "@/lib/data/review-unseen-sql";

/**
 * The review queue's reads as raw SQL, beside the rating's writes in review-sql.ts and run the same
 * way (lib/data/review-driver.ts): the due and learning walks with their items' keys (and, on
 * PostgreSQL, their texts), the unseen items of a scope, the next due time.
 */

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
 * The scheduled states as rows, one count (one range walk) each. Written out, not bound: constants
 * of the code, which a plan made once (PostgreSQL's) can see.
 */
const SCHEDULED_ROWS = Prisma.raw(SCHEDULED_STATES.map((s) => `(${s})`).join(", "));

/**
 * The count's branch of queueRows: one row per scheduled state, the count where the card columns
 * are. Each state's count is its own range walk on (userId, state, due, itemId): as one walk over
 * `state IN (…)`, PostgreSQL's generic plan kept only userId and due as the index's bounds and
 * read every card of the user to test the state (the count alone, generic plans: 0.30–0.43 ms
 * that way, 0.21–0.31 ms this way, for the bench's students of 1,000 cards).
 * The item is checked by id for each card counted, in a scalar subquery, so that SQLite walks the
 * user's due cards, not every item, and PostgreSQL does not hash the whole Item table (it turns an
 * EXISTS into a join, and chose a hash join over a scan of every item on the bench's cards).
 */
const dueCountBranch = (
  userId: string,
  dueBy: Date,
  scope?: ScopeFilter,
  texts?: boolean,
  notRated = Prisma.empty,
) => Prisma.sql`
  SELECT 4 AS "kind", CAST((SELECT COUNT(*) FROM "Card" c
      WHERE c."userId" = ${userId} AND c."state" = s."column1"
        AND c."due" <= ${dueBy} ${inScope(scope)} ${notRated}
        AND (SELECT 1 FROM "Item" i WHERE i."id" = c."itemId" AND ${STUDYABLE_ITEM}) = 1
    ) AS INTEGER) AS "logState", NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, s."column1", NULL, NULL, NULL, NULL, NULL ${noText(texts)}
  FROM (VALUES ${SCHEDULED_ROWS}) s`;

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
    /**
     * PostgreSQL: the rating before the queue, in the same statement (one round trip): its writes
     * lead the statement as a WITH, and the rows come back as they read after them (afterRating).
     * Throws RatingRefused when the rating wrote nothing.
     */
    rating?: QueueRating;
  },
): Op<QueueRows> {
  // Without texts, no branch carries text columns: each column of each row costs CPU to read.
  const cols = Prisma.sql`${CARD_COLUMNS}, ${ITEM_KEY_COLUMNS} ${noText(q.texts)}`;
  const walked = q.texts ? Prisma.sql`${CARD_COLUMNS}, ${ITEM_KEY_COLUMNS}, ${TEXT_COLUMNS}` : cols;
  const walk = q.texts
    ? Prisma.sql`${CARD_ITEM} JOIN "Essay" e ON e."id" = i."essayId"`
    : CARD_ITEM;
  const have = q.have?.length ? Prisma.join(q.have) : null;
  // The rated card is read as written (afterRating), not walked: the walks read the card as it was.
  const skip = [...(q.have ?? []), ...(q.rating ? [q.rating.card.id] : [])];
  const notHeld = skip.length ? Prisma.sql`AND c."id" NOT IN (${Prisma.join(skip)})` : Prisma.empty;
  const held = have
    ? Prisma.sql`UNION ALL
      SELECT 3 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${cols} FROM ${CARD_ITEM}
      WHERE c."userId" = ${userId} AND c."id" IN (${have}) ${inScope(q.scope)}`
    : Prisma.empty;
  const rating = q.rating ? ratedBranches(userId, q.rating.card, cols, q.scope, q.texts) : null;
  const statement = Prisma.sql`
    ${rating ? rating.with(q.rating!.writes) : Prisma.empty}
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
    UNION ALL ${dueCountBranch(userId, q.dueBy, q.scope, q.texts, rating?.notRated)}
    ${q.unseenTake === undefined ? Prisma.empty : unseenBranch(userId, q.scope, q.unseenTake, q.texts)}
    ${rating?.branches ?? Prisma.empty}`;
  let rows: Row[];
  try {
    rows = yield* read(statement);
  } catch (err) {
    if (q.rating && isCardChanged(err)) throw new RatingRefused("card_changed");
    throw err;
  }
  const out: QueueRows = {
    soon: [],
    made: [],
    rated: [],
    held: [],
    due: { learning: 0, review: 0 },
  };
  const unseen: Row[] = [];
  let logged = false;
  let rated: { item: ItemKey; inScope: boolean } | undefined;
  for (const r of rows) {
    const kind = num(r.kind);
    if (kind === 6) logged = num(r.logState) === 1;
    if (kind === 7)
      rated = { item: toItemKey(r, String(r.itemId)), inScope: num(r.logState) === 1 };
    if (kind >= 6) continue;
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
  if (q.rating) {
    if (!logged || !rated) throw new RatingRefused("key_used");
    afterRating(out, q.rating, rated, q);
  }
  return out;
}

/**
 * queueRows' parts for a rating in the same statement: the writes as a WITH, a row saying whether
 * the log was written (and failing the statement when the card was not as read, VERSION_HELD),
 * and the rated card's item and whether the scope holds it. Columns as the count's branch lays them.
 */
function ratedBranches(
  userId: string,
  card: { id: string; itemId: string },
  cols: Prisma.Sql,
  scope?: ScopeFilter,
  texts?: boolean,
) {
  return {
    with: (writes: Prisma.Sql) => Prisma.sql`WITH ${writes}`,
    // By item (one card per user and item): the count reads the index (userId, state, due, itemId).
    notRated: Prisma.sql`AND c."itemId" <> ${card.itemId}`,
    branches: Prisma.sql`
      UNION ALL
      SELECT 6 AS "kind", CAST((SELECT COUNT(*) FROM ins) AS INTEGER), NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, ${VERSION_HELD}, NULL, NULL, NULL, NULL, NULL
        ${noText(texts)}
      UNION ALL
      SELECT 7 AS "kind", CAST(CASE WHEN 1 = 1 ${inScope(scope)} THEN 1 ELSE 0 END AS INTEGER), ${cols}
      FROM ${CARD_ITEM} WHERE c."id" = ${card.id} AND c."userId" = ${userId}`,
  };
}
