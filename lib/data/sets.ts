import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { idParam } from "@/lib/http";
import { toItemView, type ItemView } from "@/lib/data/items";
import { readableEssays } from "@/lib/data/access";

export const MAX_SET_ITEMS = 200;

const title = z
  .string()
  .trim()
  .min(1, "Give the set a title")
  .max(200, "Keep the title under 200 characters");
const itemIds = z
  .array(idParam, { message: "itemIds must be a list of item ids" })
  .min(1, "Pick at least one item")
  .max(MAX_SET_ITEMS, `A set holds at most ${MAX_SET_ITEMS} items`);

export const createSetSchema = z.object({ title, itemIds });
export const updateSetSchema = z
  .object({ title: title.optional(), itemIds: itemIds.optional() })
  .refine((v) => v.title !== undefined || v.itemIds !== undefined, {
    message: "Send a title, itemIds, or both",
  });

export interface SetSummary {
  id: string;
  title: string;
  itemCount: number;
  retiredCount: number;
  assignmentCount: number;
  updatedAt: string;
}

export interface SetItemView extends ItemView {
  position: number;
  essayTitle: string;
}

export interface SetDetail {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  items: SetItemView[];
}

/** Duplicates collapse to their first place: a set holds each item once. */
function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Every id must name an item of an essay the teacher may read (another teacher's private essay
 * reads as missing) that is not retired. An item already in the set may stay when it has been
 * retired since, so a teacher can reorder a set without first losing its history.
 */
async function checkItems(
  tx: Tx,
  user: SessionUser,
  ids: string[],
  keep: Set<string> = new Set(),
): Promise<void> {
  const found = await tx.item.findMany({
    where: { id: { in: ids }, essay: readableEssays(user) },
    select: { id: true, status: true },
  });
  const byId = new Map(found.map((i) => [i.id, i.status]));
  const missing = ids.filter((id) => !byId.has(id));
  const retired = ids.filter((id) => byId.get(id) === "retired" && !keep.has(id));
  if (missing.length || retired.length) {
    const parts = [];
    if (missing.length) parts.push(`no item has the id ${list(missing)}`);
    if (retired.length) parts.push(`${list(retired)} ${retired.length > 1 ? "are" : "is"} retired`);
    throw new AppError("invalid", `Some items cannot go in a set: ${parts.join("; ")}.`, {
      details: { missing, retired },
    });
  }
}

function list(ids: string[]): string {
  const shown = ids.slice(0, 10).join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

export async function createSet(user: SessionUser, input: z.infer<typeof createSetSchema>) {
  const ids = uniqueIds(input.itemIds);
  return db.$transaction(async (tx) => {
    await checkItems(tx, user, ids);
    const set = await tx.itemSet.create({
      data: {
        title: input.title,
        ownerId: user.id,
        items: { create: ids.map((itemId, position) => ({ itemId, position })) },
      },
      select: { id: true },
    });
    return { id: set.id };
  });
}

export async function listSets(user: SessionUser): Promise<SetSummary[]> {
  const sets = await db.itemSet.findMany({
    where: { ownerId: user.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      updatedAt: true,
      items: { select: { item: { select: { status: true } } } },
      _count: { select: { assignments: true } },
    },
  });
  return sets.map((s) => ({
    id: s.id,
    title: s.title,
    itemCount: s.items.length,
    retiredCount: s.items.filter((i) => i.item.status === "retired").length,
    assignmentCount: s._count.assignments,
    updatedAt: s.updatedAt.toISOString(),
  }));
}

export async function getSet(user: SessionUser, setId: string): Promise<SetDetail> {
  const set = await db.itemSet.findFirst({
    where: { id: setId, ownerId: user.id },
    include: {
      items: {
        orderBy: { position: "asc" },
        include: { item: { include: { essay: { select: { slug: true, title: true } } } } },
      },
    },
  });
  if (!set) throw new AppError("not_found", "No set with this id is yours.");
  return {
    id: set.id,
    title: set.title,
    createdAt: set.createdAt.toISOString(),
    updatedAt: set.updatedAt.toISOString(),
    items: set.items.map((si, position) => ({
      ...toItemView(si.item, si.item.essay.slug),
      position,
      essayTitle: si.item.essay.title,
    })),
  };
}

/** A new title and/or a new list of items, replaced in one transaction. */
export async function updateSet(
  user: SessionUser,
  setId: string,
  input: z.infer<typeof updateSetSchema>,
): Promise<SetDetail> {
  await db.$transaction(async (tx) => {
    // Touching the set first (even when only items change, so "recently changed" is honest) takes
    // its row lock: two edits of one set run one after the other. Without it, on PostgreSQL the
    // second would insert the items the first just inserted (a unique violation, a 500).
    const touched = await tx.itemSet.updateMany({
      where: { id: setId, ownerId: user.id },
      data: { updatedAt: new Date() },
    });
    if (touched.count !== 1) throw new AppError("not_found", "No set with this id is yours.");
    const set = await tx.itemSet.findFirstOrThrow({
      where: { id: setId },
      include: { items: { select: { itemId: true } } },
    });
    if (input.itemIds) {
      const ids = uniqueIds(input.itemIds);
      await checkItems(tx, user, ids, new Set(set.items.map((i) => i.itemId)));
      await tx.setItem.deleteMany({ where: { setId } });
      await tx.setItem.createMany({
        data: ids.map((itemId, position) => ({ setId, itemId, position })),
      });
    }
    if (input.title !== undefined)
      await tx.itemSet.update({ where: { id: setId }, data: { title: input.title } });
  });
  return getSet(user, setId);
}
