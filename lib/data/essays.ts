import { QUIZZABLE_TYPES } from "@/lib/teach/assignment-status";
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import type { Paragraph } from "@/lib/generate/types";
import { z } from "zod";
import { storeEssay } from "@/lib/content/store-essay";
import { extractInWorker, generateInWorker } from "@/lib/content/generate-pool";
import { queueEssayJob } from "@/lib/content/essay-jobs";
import { runQueuedJob } from "@/lib/content/essay-job-host";
import { MAX_ESSAY_BYTES, MIN_ESSAY_WORDS, formatKb } from "@/lib/documents/limits";
import { DOCUMENT_FORMATS, SNIFF_BYTES, sniffFormat } from "@/lib/documents/sniff";
import { extractHtml } from "@/lib/documents/html";
import { trackUpload, uploadIdSchema } from "@/lib/data/uploads";
import { looksBinary, markdownToText } from "@/lib/content/markdown-to-text";
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

export { MAX_ESSAY_BYTES };

export const createEssaySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the essay a title")
    .max(200, "Keep the title under 200 characters"),
  text: z.string(),
  source: z.string().trim().max(500, "Keep the source under 500 characters").optional(),
  /** The page's id for this upload, to poll its progress (GET /api/essays/uploads/{uploadId}). */
  uploadId: uploadIdSchema.optional(),
  /** The file the text was extracted from, as POST /api/essays/extract reported it. */
  fileName: z.string().trim().max(255, "Keep the file name under 255 characters").optional(),
  fileType: z.enum(DOCUMENT_FORMATS).optional(),
});
export type CreateEssayInput = z.infer<typeof createEssaySchema>;

/**
 * A teacher adds an essay. It is queued in the database and generated and stored by a job runner
 * (a low-priority process of its own, on this instance or another), items in small batches, so a
 * long essay never stalls other users; the answer waits until every item is stored.
 */
export async function createEssay(user: SessionUser, input: CreateEssayInput) {
  const tracker = await trackUpload(user, input.uploadId);
  try {
    const text = checkEssayText(input.text);
    const jobId = await queueEssayJob(
      user.id,
      {
        title: input.title,
        text,
        source: input.source ?? "",
        ownerId: user.id,
        fileName: input.fileName,
        fileType: input.fileType,
      },
      input.uploadId,
    );
    // The job's end also records the upload's end (done or failed) for the page polling it.
    return await runQueuedJob(jobId);
  } catch (err) {
    await tracker.failed(
      err instanceof AppError ? err.message : "Something went wrong on our side.",
    );
    throw err;
  }
}

function checkEssayText(raw: string): string {
  if (Buffer.byteLength(raw, "utf8") > MAX_ESSAY_BYTES) {
    throw new AppError(
      "too_large",
      `The essay is larger than ${formatKb(MAX_ESSAY_BYTES)}. Split it into shorter essays.`,
    );
  }
  if (looksBinary(raw)) {
    throw new AppError(
      "invalid",
      "This looks like a binary file, not text. Paste the essay's text or upload a document.",
    );
  }
  // Pasted HTML (a page's source) is read as a web page: its article, not its markup.
  const pastedHtml = sniffFormat(Buffer.from(raw.slice(0, SNIFF_BYTES))) === "html";
  const text = pastedHtml ? extractHtml(raw).text : markdownToText(raw);
  if (text.split(/\s+/).filter(Boolean).length < MIN_ESSAY_WORDS) {
    throw new AppError(
      "invalid",
      `The essay is empty or too short. Paste at least a paragraph of prose (${MIN_ESSAY_WORDS} words or more).`,
    );
  }
  return text;
}

export const uploadFieldsSchema = z.object({
  title: z.string().trim().max(200, "Keep the title under 200 characters").optional(),
  source: z.string().trim().max(500, "Keep the source under 500 characters").optional(),
  uploadId: uploadIdSchema.optional(),
});

/** An uploaded document: its text is extracted (the format sniffed from its bytes), then added. */
export async function createEssayFromFile(
  user: SessionUser,
  upload: { bytes: Uint8Array; fileName: string; fields: z.infer<typeof uploadFieldsSchema> },
) {
  const tracker = await trackUpload(user, upload.fields.uploadId);
  await tracker.stage("extracting");
  let doc;
  try {
    doc = await extractInWorker(upload.bytes);
  } catch (err) {
    await tracker.failed(
      err instanceof AppError ? err.message : "Something went wrong on our side.",
    );
    throw err;
  }
  const title = upload.fields.title || doc.title;
  if (!title) {
    const message = "This document has no title of its own. Send a title with it.";
    await tracker.failed(message);
    throw new AppError("invalid", message);
  }
  return createEssay(user, {
    title: title.slice(0, 200),
    text: doc.text,
    source: upload.fields.source || doc.byline || undefined,
    uploadId: upload.fields.uploadId,
    fileName: upload.fileName.slice(0, 255),
    fileType: doc.format,
  });
}

/** Regenerates an essay's items; teacher-edited items keep their text and status. */
export async function regenerateEssay(user: SessionUser, slug: string) {
  const essay = await db.essay.findUnique({ where: { slug } });
  if (!essay || user.role !== "teacher" || (essay.ownerId !== null && essay.ownerId !== user.id)) {
    throw new AppError("not_found", `No essay called "${slug}" is yours to regenerate.`);
  }
  return storeEssay({
    slug,
    result: await generateInWorker({ title: essay.title, text: essay.text }),
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
