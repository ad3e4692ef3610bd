import { QUIZZABLE_TYPES } from "@/lib/teach/assignment-status";
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import type { Paragraph } from "@/lib/generate/types";
import { z } from "zod";
import { SlugTaken, storeEssay } from "@/lib/content/store-essay";
import { Prisma } from "@/lib/generated/prisma/client";
import { looksBinary, markdownToText } from "@/lib/content/markdown-to-text";
import { slugify } from "@/lib/content/read-essay-file";

export interface EssaySummary {
  slug: string;
  title: string;
  source: string;
  claimCount: number;
  itemCount: number;
  /** Published items a quiz can ask (flashcards are for review only). */
  questionCount: number;
}

/** Which items a user may see: students only published ones, teachers everything not retired. */
export function visibleStatuses(user: SessionUser): string[] {
  return user.role === "teacher" ? ["draft", "published"] : ["published"];
}

export async function listEssays(user: SessionUser): Promise<EssaySummary[]> {
  const essays = await db.essay.findMany({
    orderBy: [{ title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      source: true,
      _count: {
        select: {
          claims: { where: { retiredAt: null } },
          items: { where: { status: { in: visibleStatuses(user) } } },
        },
      },
    },
  });
  const questions = await db.item.groupBy({
    by: ["essayId"],
    where: { status: "published", type: { in: [...QUIZZABLE_TYPES] } },
    _count: { _all: true },
  });
  const questionCount = new Map(questions.map((q) => [q.essayId, q._count._all]));
  return essays.map((e) => ({
    slug: e.slug,
    title: e.title,
    source: e.source,
    claimCount: e._count.claims,
    itemCount: e._count.items,
    questionCount: questionCount.get(e.id) ?? 0,
  }));
}

export interface EssayClaim {
  id: string;
  text: string;
  paragraph: number;
  sentence: number;
}

export interface EssayDetail {
  slug: string;
  title: string;
  source: string;
  date: string;
  ownerId: string | null;
  claimCount: number;
  itemCount: number;
  paragraphs: (Paragraph & { claims: EssayClaim[] })[];
}

export async function getEssay(user: SessionUser, slug: string): Promise<EssayDetail> {
  const essay = await db.essay.findUnique({
    where: { slug },
    include: {
      claims: { where: { retiredAt: null }, orderBy: [{ paragraph: "asc" }, { sentence: "asc" }] },
      _count: { select: { items: { where: { status: { in: visibleStatuses(user) } } } } },
    },
  });
  if (!essay) throw new AppError("not_found", `No essay is called "${slug}".`);
  const paragraphs = JSON.parse(essay.paragraphsJson) as Paragraph[];
  return {
    slug: essay.slug,
    title: essay.title,
    source: essay.source,
    date: essay.publishedOn,
    ownerId: essay.ownerId,
    claimCount: essay.claims.length,
    itemCount: essay._count.items,
    paragraphs: paragraphs.map((p) => ({
      ...p,
      claims: essay.claims
        .filter((c) => c.paragraph === p.index)
        .map((c) => ({ id: c.id, text: c.text, paragraph: c.paragraph, sentence: c.sentence })),
    })),
  };
}

export const MAX_ESSAY_BYTES = 200 * 1024;

export const createEssaySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the essay a title")
    .max(200, "Keep the title under 200 characters"),
  text: z.string(),
  source: z.string().trim().max(500, "Keep the source under 500 characters").optional(),
});

/**
 * A teacher adds an essay: its text is stored as given (Markdown reduced to prose), claims are
 * extracted and items generated, all in one transaction.
 */
export async function createEssay(user: SessionUser, input: z.infer<typeof createEssaySchema>) {
  if (Buffer.byteLength(input.text, "utf8") > MAX_ESSAY_BYTES) {
    throw new AppError(
      "too_large",
      "The essay is larger than 200 KB. Split it into shorter essays.",
    );
  }
  if (looksBinary(input.text)) {
    throw new AppError(
      "invalid",
      "This looks like a binary file, not text. Paste the essay's text or upload a .txt or .md file.",
    );
  }
  const text = markdownToText(input.text);
  if (text.split(/\s+/).filter(Boolean).length < 20) {
    throw new AppError(
      "invalid",
      "The essay is empty or too short. Paste at least a paragraph of prose (20 words or more).",
    );
  }
  const base = slugify(input.title) || "essay";
  // Essays with one title added at once race for one slug: the unique index picks a winner and the
  // others take the next free slug (never updating the winner's essay).
  let stored;
  let slug = base;
  for (let attempt = 0; !stored; attempt++) {
    slug = base;
    for (let n = 2; await db.essay.findUnique({ where: { slug }, select: { id: true } }); n++)
      slug = `${base}-${n}`;
    try {
      stored = await storeEssay({
        slug,
        title: input.title,
        text,
        source: input.source ?? "",
        ownerId: user.id,
        createOnly: true,
      });
    } catch (err) {
      const taken =
        err instanceof SlugTaken ||
        (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002");
      if (!taken || attempt >= 9) throw err;
    }
  }
  const itemCount = await db.item.count({
    where: { essayId: stored.essayId, status: { not: "retired" } },
  });
  return { slug, claimCount: stored.claimCount, itemCount };
}

/** Regenerates an essay's items; teacher-edited items keep their text and status. */
export async function regenerateEssay(user: SessionUser, slug: string) {
  const essay = await db.essay.findUnique({ where: { slug } });
  if (!essay || user.role !== "teacher" || (essay.ownerId !== null && essay.ownerId !== user.id)) {
    throw new AppError("not_found", `No essay called "${slug}" is yours to regenerate.`);
  }
  return storeEssay({
    slug,
    title: essay.title,
    text: essay.text,
    source: essay.source,
    date: essay.publishedOn,
    force: true,
  });
}
