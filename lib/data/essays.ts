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
import { readableEssays } from "@/lib/data/access";

export interface EssaySummary {
  slug: string;
  title: string;
  source: string;
  claimCount: number;
  itemCount: number;
  /** Published items a quiz can ask (flashcards are for review only). */
  questionCount: number;
  /** "library": content/ or shared by its teacher; "mine": the caller's private upload; "assigned": another teacher's, met through a set. */
  access: EssayAccess;
}

export type EssayAccess = "library" | "mine" | "assigned";

function accessOf(user: SessionUser, e: { ownerId: string | null; sharedAt: Date | null }) {
  if (e.ownerId === null || e.sharedAt !== null) return "library";
  return e.ownerId === user.id ? "mine" : "assigned";
}

/** Which items a user may see: students only published ones, teachers everything not retired. */
export function visibleStatuses(user: SessionUser): string[] {
  return user.role === "teacher" ? ["draft", "published"] : ["published"];
}

export async function listEssays(user: SessionUser): Promise<EssaySummary[]> {
  const essays = await db.essay.findMany({
    where: readableEssays(user),
    orderBy: [{ title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      source: true,
      ownerId: true,
      sharedAt: true,
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
    where: {
      essayId: { in: essays.map((e) => e.id) },
      status: "published",
      type: { in: [...QUIZZABLE_TYPES] },
    },
    _count: { _all: true },
  });
  const questionCount = new Map(questions.map((q) => [q.essayId, q._count._all]));
  return essays.map((e) => ({
    slug: e.slug,
    title: e.title,
    source: e.source,
    claimCount: e._count.claims,
    itemCount: e._count.items,
    access: accessOf(user, e),
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
  access: EssayAccess;
  claimCount: number;
  itemCount: number;
  paragraphs: (Paragraph & { claims: EssayClaim[] })[];
}

export async function getEssay(user: SessionUser, slug: string): Promise<EssayDetail> {
  const essay = await db.essay.findFirst({
    where: { AND: [{ slug }, readableEssays(user)] },
    include: {
      claims: { where: { retiredAt: null }, orderBy: [{ paragraph: "asc" }, { sentence: "asc" }] },
      _count: { select: { items: { where: { status: { in: visibleStatuses(user) } } } } },
    },
  });
  if (!essay) throw new AppError("not_found", `No essay called "${slug}" is available to you.`);
  const paragraphs = JSON.parse(essay.paragraphsJson) as Paragraph[];
  return {
    slug: essay.slug,
    title: essay.title,
    source: essay.source,
    date: essay.publishedOn,
    ownerId: essay.ownerId,
    access: accessOf(user, essay),
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

/**
 * The owner shares their essay to the library (every signed-in user may then read it and build
 * sets from it), or takes it back; sets already built from it keep working for their students.
 */
export async function setEssayShared(user: SessionUser, slug: string, shared: boolean) {
  const essay = await db.essay.findFirst({
    where: { slug, ownerId: user.id },
    select: { id: true, sharedAt: true },
  });
  if (!essay) throw new AppError("not_found", `No essay called "${slug}" is yours to share.`);
  const sharedAt = shared ? (essay.sharedAt ?? new Date()) : null;
  await db.essay.update({ where: { id: essay.id }, data: { sharedAt } });
  return { slug, shared, sharedAt: sharedAt?.toISOString() ?? null };
}
