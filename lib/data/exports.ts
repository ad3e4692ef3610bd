import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requireEssayAccess, requireSetAccess } from "@/lib/data/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_FORMATS, type ExportDeck, type ExportItem } from "@/lib/export/types";

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, {
    message: 'format must be "apkg" (Anki), "csv" or "quizlet"',
  }),
});

const itemSelect = {
  id: true,
  type: true,
  prompt: true,
  answer: true,
  choicesJson: true,
  explanation: true,
  sourceSentence: true,
  updatedAt: true,
  essay: { select: { title: true, source: true, updatedAt: true } },
} as const;

type Row = Prisma.ItemGetPayload<{ select: typeof itemSelect }>;

function toExportItem(row: Row): ExportItem {
  return {
    id: row.id,
    type: row.type,
    prompt: row.prompt,
    answer: row.answer,
    choices: row.choicesJson ? (JSON.parse(row.choicesJson) as string[]) : [],
    explanation: row.explanation,
    sentence: row.sourceSentence,
    essayTitle: row.essay.title,
    essaySource: row.essay.source,
    updatedAt: row.updatedAt > row.essay.updatedAt ? row.updatedAt : row.essay.updatedAt,
  };
}

/**
 * A set's published items in the set's order, for whoever may use the set: its owner, and students
 * of a class it is assigned to (anyone else: 404). Drafts and retired items never leave.
 */
export async function getSetExport(user: SessionUser, setId: string): Promise<ExportDeck> {
  const set = await requireSetAccess(user, setId);
  const rows = await db.setItem.findMany({
    where: { setId: set.id, item: { status: "published" } },
    orderBy: { position: "asc" },
    select: { item: { select: itemSelect } },
  });
  return { title: set.title, key: `set:${set.id}`, items: rows.map((r) => toExportItem(r.item)) };
}

/** An essay's published items, in reading order, for whoever may read the essay. */
export async function getEssayExport(user: SessionUser, slug: string): Promise<ExportDeck> {
  const essay = await requireEssayAccess(user, slug);
  const rows = await db.item.findMany({
    where: { essayId: essay.id, status: "published" },
    orderBy: [
      { claim: { paragraph: "asc" } },
      { claim: { sentence: "asc" } },
      { type: "asc" },
      { id: "asc" },
    ],
    select: itemSelect,
  });
  return { title: essay.title, key: `essay:${essay.id}`, items: rows.map(toExportItem) };
}
