import { setImmediate as yieldToOthers } from "node:timers/promises";
import { db } from "@/lib/db";
import type { GeneratedItem, GenerationResult } from "@/lib/generate";
import { Prisma } from "@/lib/generated/prisma/client";
import { essayChecksum, generatedItemFields } from "./store-essay";
import { slugify } from "./read-essay-file";

/**
 * Drafts kept per claim when an essay is stored. The generator may offer many variants of one
 * question; a teacher reviews a handful per sentence, and 19,600 stored rows for one essay help
 * no one. Published items are always kept.
 */
export const MAX_DRAFTS_PER_CLAIM = 6;
/**
 * Rows written per statement. Each statement is a short transaction, so other writers (SQLite has
 * one write lock) wait a few milliseconds between batches, not seconds for the whole essay.
 */
export const ROW_BATCH_SIZE = 50;

/** Published items, then each claim's best drafts up to the cap; generator order otherwise kept. */
export function capDrafts(items: GeneratedItem[]): GeneratedItem[] {
  const keep = new Set<GeneratedItem>(items.filter((i) => i.status === "published"));
  const drafts = new Map<string, GeneratedItem[]>();
  for (const it of items) {
    if (it.status !== "draft") continue;
    const list = drafts.get(it.claimKey);
    if (list) list.push(it);
    else drafts.set(it.claimKey, [it]);
  }
  for (const list of drafts.values()) {
    list.sort((a, b) => b.quality - a.quality);
    for (const it of list.slice(0, MAX_DRAFTS_PER_CLAIM)) keep.add(it);
  }
  return items.filter((i) => keep.has(i));
}

/** A new essay's row, without its slug (chosen from the title when stored). */
export interface NewEssayFields {
  title: string;
  text: string;
  source: string;
  ownerId: string;
  fileType?: string;
  fileName?: string;
}
export type NewEssay = NewEssayFields & { slug: string };

export interface StoredEssay {
  slug: string;
  claimCount: number;
  itemCount: number;
}

/** Which EssayUpload row records this essay's progress. */
export interface UploadKey {
  userId: string;
  clientKey: string;
}

/**
 * Stores a new essay from a finished generation: the essay row, then its claims and items in small
 * batches, yielding between them so other requests run. If any batch fails the essay is deleted
 * again (its claims and items go with it), so a failed upload leaves nothing behind; `onEssay`
 * hears the new row's id first, for whoever must remove it if this process dies part-way.
 */
export async function storeNewEssay(
  input: NewEssay,
  result: GenerationResult,
  onProgress: (stored: number, total: number) => Promise<void> = async () => {},
  onEssay: (essayId: string) => Promise<void> = async () => {},
): Promise<{ essayId: string; claimCount: number; itemCount: number }> {
  const items = capDrafts(result.items);
  // A taken slug fails here (unique index) before anything else is written.
  const essay = await db.essay.create({
    data: {
      slug: input.slug,
      title: input.title,
      source: input.source,
      text: input.text,
      checksum: essayChecksum(input.title, input.text),
      paragraphsJson: JSON.stringify(result.paragraphs),
      generatorVersion: result.generatorVersion,
      ownerId: input.ownerId,
      fileType: input.fileType ?? "",
      fileName: input.fileName ?? "",
    },
    select: { id: true },
  });
  const essayId = essay.id;
  const claimIds = new Map<string, string>();
  try {
    await onEssay(essayId);
    for (let i = 0; i < result.claims.length; i += ROW_BATCH_SIZE) {
      const created = await db.claim.createManyAndReturn({
        data: result.claims.slice(i, i + ROW_BATCH_SIZE).map((c) => ({
          essayId,
          key: c.key,
          text: c.text,
          paragraph: c.paragraph,
          sentence: c.sentence,
          score: c.score,
        })),
        select: { id: true, key: true },
      });
      for (const c of created) claimIds.set(c.key, c.id);
      await yieldToOthers();
    }
    await onProgress(0, items.length);
    for (let i = 0; i < items.length; i += ROW_BATCH_SIZE) {
      await db.item.createMany({
        data: items.slice(i, i + ROW_BATCH_SIZE).map((it) => ({
          essayId,
          claimId: claimIds.get(it.claimKey)!,
          key: it.key,
          type: it.type,
          ...generatedItemFields(it, result.generatorVersion),
        })),
      });
      await onProgress(Math.min(i + ROW_BATCH_SIZE, items.length), items.length);
      await yieldToOthers();
    }
  } catch (err) {
    await db.essay.delete({ where: { id: essayId } }).catch(() => {});
    throw err;
  }
  return { essayId, claimCount: result.claims.length, itemCount: items.length };
}

/** Paths under /api/essays/ that are not essays: no essay may take them as its slug. */
const RESERVED_SLUGS = new Set(["extract", "uploads"]);

/**
 * Stores a new essay under the first free slug from its title. Essays with one title added at once
 * race for one slug: the unique index picks a winner and the others take the next free slug
 * (never touching the winner's essay).
 */
export async function storeWithFreeSlug(
  essay: NewEssayFields,
  result: GenerationResult,
  uploadKey?: UploadKey,
  onEssay?: (essayId: string) => Promise<void>,
): Promise<StoredEssay> {
  let base = slugify(essay.title) || "essay";
  if (RESERVED_SLUGS.has(base)) base = `${base}-essay`;
  const progress = uploadKey
    ? (itemsStored: number, itemsTotal: number) =>
        db.essayUpload
          .update({
            where: { userId_clientKey: uploadKey },
            data: { stage: "storing", itemsStored, itemsTotal },
          })
          .then(() => {})
    : undefined;
  for (let attempt = 0; ; attempt++) {
    let slug = base;
    for (let n = 2; await db.essay.findUnique({ where: { slug }, select: { id: true } }); n++)
      slug = `${base}-${n}`;
    try {
      const stored = await storeNewEssay({ ...essay, slug }, result, progress, onEssay);
      return { slug, claimCount: stored.claimCount, itemCount: stored.itemCount };
    } catch (err) {
      const taken = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
      if (!taken || attempt >= 9) throw err;
    }
  }
}
