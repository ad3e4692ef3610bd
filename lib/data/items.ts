import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEssayAccess } from "@/lib/data/access";
import type { SessionUser } from "@/lib/auth/session";
import { ITEM_TYPES, type ItemType } from "@/lib/generate/types";
import { visibleStatuses } from "@/lib/data/essays";
import { idParam } from "@/lib/http";
import type { Item as ItemRow, Essay } from "@/lib/generated/prisma/client";

export const ITEM_STATUSES = ["draft", "published", "retired"] as const;
export type ItemStatusValue = (typeof ITEM_STATUSES)[number];

/** An item as the contract shows it. */
export interface ItemView {
  id: string;
  claimId: string;
  type: ItemType;
  prompt: string;
  answer: string;
  choices?: string[];
  explanation: string;
  source: { essay: string; sentence: string };
  status: ItemStatusValue;
  quality: number;
  edited: boolean;
  /**
   * Why the generator kept the item a draft (the publishing check that held it back), in words.
   * Absent for items the gate let through; the item review page explains those from the other fields.
   */
  reason?: string;
}

export function toItemView(item: ItemRow, essaySlug: string): ItemView {
  return {
    id: item.id,
    claimId: item.claimId,
    type: item.type as ItemType,
    prompt: item.prompt,
    answer: item.answer,
    ...(item.choicesJson ? { choices: JSON.parse(item.choicesJson) as string[] } : {}),
    explanation: item.explanation,
    source: { essay: essaySlug, sentence: item.sourceSentence },
    status: item.status as ItemStatusValue,
    quality: item.quality,
    edited: item.editedAt !== null,
    ...(item.reason ? { reason: item.reason } : {}),
  };
}

export const itemsQuerySchema = z.object({
  type: z.enum(ITEM_TYPES).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
});

/** Students see published items only; teachers see every status, and may filter by it. */
export async function listEssayItems(
  user: SessionUser,
  slug: string,
  filter: z.infer<typeof itemsQuerySchema>,
): Promise<ItemView[]> {
  const essay = await requireEssayAccess(user, slug);
  const statuses = user.role === "teacher" ? [...ITEM_STATUSES] : visibleStatuses(user);
  const items = await db.item.findMany({
    where: {
      essayId: essay.id,
      ...(filter.type ? { type: filter.type } : {}),
      status: filter.status
        ? { in: statuses.filter((s) => s === filter.status) }
        : { in: statuses },
    },
    orderBy: [
      { claim: { paragraph: "asc" } },
      { claim: { sentence: "asc" } },
      { type: "asc" },
      { quality: "desc" },
    ],
  });
  return items.map((i) => toItemView(i, essay.slug));
}

/** A teacher may change items of essays they added, and of the shared library (essays from content/). */
export function canEditEssay(user: SessionUser, essay: Pick<Essay, "ownerId">): boolean {
  return user.role === "teacher" && (essay.ownerId === null || essay.ownerId === user.id);
}

export const itemPatchSchema = z
  .object({
    prompt: z.string().trim().min(1, "The prompt cannot be empty").max(2000).optional(),
    answer: z.string().trim().min(1, "The answer cannot be empty").max(500).optional(),
    choices: z
      .array(z.string().trim().min(1, "A choice cannot be empty").max(300))
      .min(2, "Give at least two choices")
      .max(8, "Give at most eight choices")
      .optional(),
    explanation: z.string().trim().max(4000).optional(),
    status: z.enum(ITEM_STATUSES).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Send at least one of prompt, answer, choices, explanation, status",
  });

export async function updateItem(
  user: SessionUser,
  id: string,
  patch: z.infer<typeof itemPatchSchema>,
): Promise<ItemView> {
  const item = await db.item.findUnique({
    where: { id },
    include: { essay: { select: { slug: true, ownerId: true } } },
  });
  if (!item || !canEditEssay(user, item.essay))
    throw new AppError("not_found", "No item with this id is yours to edit.");

  const choices =
    patch.choices ?? (item.choicesJson ? (JSON.parse(item.choicesJson) as string[]) : undefined);
  const answer = patch.answer ?? item.answer;
  if (item.type === "mcq" || item.type === "true_false") {
    if (!choices) throw new AppError("invalid", "This item needs choices.");
    const lowered = choices.map((c) => c.toLowerCase());
    if (new Set(lowered).size !== lowered.length)
      throw new AppError("invalid", "The choices must all be different.");
    if (!lowered.includes(answer.toLowerCase())) {
      throw new AppError(
        "invalid",
        "The answer must be one of the choices. Edit the choices or the answer.",
      );
    }
  } else if (patch.choices) {
    throw new AppError("invalid", `A ${item.type.replace("_", " ")} item has no choices.`);
  }

  const textChanged = ["prompt", "answer", "choices", "explanation"].some(
    (k) => k in patch && patch[k as keyof typeof patch] !== undefined,
  );
  const updated = await db.item.update({
    where: { id },
    data: {
      ...(patch.prompt !== undefined ? { prompt: patch.prompt } : {}),
      ...(patch.answer !== undefined ? { answer: patch.answer } : {}),
      ...(patch.choices !== undefined ? { choicesJson: JSON.stringify(patch.choices) } : {}),
      ...(patch.explanation !== undefined ? { explanation: patch.explanation } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      // Any teacher decision — text or status — is kept when the essay is regenerated.
      editedAt: textChanged || patch.status !== undefined ? new Date() : item.editedAt,
    },
  });
  return toItemView(updated, item.essay.slug);
}

export const MAX_BULK_ITEMS = 500;
const bulkChange = z.object({
  id: idParam,
  status: z.enum(ITEM_STATUSES),
  /** false puts the item back in the generator's hands (an undo of the teacher's first decision). */
  edited: z.boolean().optional(),
});

type BulkChange = { id: string; status: ItemStatusValue; edited?: boolean };

/** Either one status for many items, or a status per item (an undo puts each back as it was). */
export const itemsBulkSchema = z
  .union([
    z.object({
      ids: z
        .array(idParam)
        .min(1, "Choose at least one item")
        .max(MAX_BULK_ITEMS, `Change at most ${MAX_BULK_ITEMS} items at once`),
      status: z.enum(ITEM_STATUSES),
    }),
    z.object({
      changes: z
        .array(bulkChange)
        .min(1, "Send at least one change")
        .max(MAX_BULK_ITEMS, `Change at most ${MAX_BULK_ITEMS} items at once`),
    }),
  ])
  .transform((v): BulkChange[] =>
    "changes" in v ? v.changes : v.ids.map((id) => ({ id, status: v.status })),
  )
  .refine((changes) => new Set(changes.map((c) => c.id)).size === changes.length, {
    message: "Each item may appear once",
  });

/**
 * Sets the status of many items in one transaction: all or nothing. Every item must be one the
 * teacher may edit, or nothing changes and the answer is 404 (as for one item). Returns the items
 * as they were before, so the caller can offer an undo, and as they are now.
 */
export async function updateItemStatuses(
  user: SessionUser,
  changes: z.infer<typeof itemsBulkSchema>,
): Promise<{ items: ItemView[]; previous: Required<BulkChange>[] }> {
  const ids = changes.map((c) => c.id);
  const notYours = () =>
    new AppError("not_found", "Some of these items do not exist or are not yours to edit.");
  if (user.role !== "teacher") throw notYours();
  return db.$transaction(async (tx) => {
    // The same rule as canEditEssay, in the query: the shared library or the teacher's own essays.
    const rows = await tx.item.findMany({
      where: { id: { in: ids }, essay: { OR: [{ ownerId: null }, { ownerId: user.id }] } },
      select: { id: true, status: true, editedAt: true },
    });
    if (rows.length !== ids.length) throw notYours();
    const now = new Date();
    const groups = new Map<string, string[]>();
    for (const c of changes) {
      const k = `${c.status}|${c.edited === false ? "generator" : "teacher"}`;
      groups.set(k, [...(groups.get(k) ?? []), c.id]);
    }
    for (const [k, group] of groups) {
      const [status, by] = k.split("|");
      // A teacher's decision is kept when the essay is regenerated, as for one item.
      await tx.item.updateMany({
        where: { id: { in: group } },
        data: { status, editedAt: by === "generator" ? null : now },
      });
    }
    const updated = await tx.item.findMany({
      where: { id: { in: ids } },
      include: { essay: { select: { slug: true } } },
    });
    const order = new Map(ids.map((id, i) => [id, i]));
    updated.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const before = new Map(rows.map((r) => [r.id, r]));
    return {
      items: updated.map((i) => toItemView(i, i.essay.slug)),
      previous: ids.map((id) => ({
        id,
        status: before.get(id)!.status as ItemStatusValue,
        edited: before.get(id)!.editedAt !== null,
      })),
    };
  });
}
