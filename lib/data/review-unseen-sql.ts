import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { date, read, type Op, type Row } from "@/lib/data/review-sql";

/**
 * The review queue's reads of items without cards — the unseen items of a scope — and of the next
 * due time, with the item keys and scope filter the queue's walks (review-queue-sql.ts) share.
 */

const STUDYABLE = new Set(["flashcard", "cloze", "short_answer"]);

/** What choosing cards needs of an item: its kind, whether it is published, its claim. */
export interface ItemKey {
  id: string;
  type: string;
  status: string;
  claimId: string;
}

export const ITEM_KEY_COLUMNS = Prisma.sql`i."type" AS "itemType", i."status" AS "itemStatus", i."claimId"`;

export const toItemKey = (r: Record<string, unknown>, id: string): ItemKey => ({
  id,
  type: String(r.itemType),
  status: String(r.itemStatus),
  claimId: String(r.claimId),
});

/** Limits a queue to one essay's or one set's items; none: everything. */
export type ScopeFilter = { essayId: string } | { setId: string };

export const inScope = (scope?: ScopeFilter) =>
  !scope
    ? Prisma.empty
    : "essayId" in scope
      ? Prisma.sql`AND c."itemId" IN (SELECT "id" FROM "Item" WHERE "essayId" = ${scope.essayId})`
      : Prisma.sql`AND c."itemId" IN (SELECT "itemId" FROM "SetItem" WHERE "setId" = ${scope.setId})`;

export const STUDYABLE_ITEM = Prisma.sql`i."status" = 'published'
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
export const toUnseen = (rows: Row[]) => ({
  items: rows.map((r) => toItemKey(r, String(r.id))),
  rows: rows.length,
});

/** unseenItems' statement; "position" keeps the page's order where a union would lose it. */
export function unseenPage(
  userId: string,
  scope: ScopeFilter | undefined,
  take: number,
  skip: number,
) {
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
