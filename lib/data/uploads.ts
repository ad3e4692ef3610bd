import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";

/** The page's own id for an upload, so it can ask for progress before the upload's answer. */
export const uploadIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "uploadId: 8–64 letters, digits, - or _");

export type UploadStage = "queued" | "extracting" | "generating" | "storing" | "done" | "failed";
/** Progress rows older than this are swept when a new upload starts. */
const UPLOAD_ROW_TTL_MS = 24 * 60 * 60 * 1000;

export interface UploadTracker {
  stage(stage: UploadStage, extra?: { itemsTotal?: number; itemsStored?: number }): Promise<void>;
  done(slug: string): Promise<void>;
  failed(message: string): Promise<void>;
}

const noTracker: UploadTracker = {
  stage: async () => {},
  done: async () => {},
  failed: async () => {},
};

/** Starts recording an upload's progress under the page's id; without an id nothing is recorded. */
export async function trackUpload(user: SessionUser, uploadId?: string): Promise<UploadTracker> {
  if (!uploadId) return noTracker;
  await db.essayUpload.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - UPLOAD_ROW_TTL_MS) } },
  });
  const where = { userId_clientKey: { userId: user.id, clientKey: uploadId } };
  const fresh = { stage: "queued", itemsTotal: 0, itemsStored: 0, essaySlug: null, error: null };
  await db.essayUpload.upsert({
    where,
    create: { userId: user.id, clientKey: uploadId, ...fresh },
    update: fresh,
  });
  const set = (data: Record<string, unknown>) =>
    db.essayUpload.update({ where, data }).then(
      () => {},
      () => {},
    );
  return {
    stage: (stage, extra) => set({ stage, ...extra }),
    done: (slug) => set({ stage: "done", essaySlug: slug }),
    failed: (message) => set({ stage: "failed", error: message }),
  };
}

export async function getUpload(user: SessionUser, uploadId: string) {
  const row = await db.essayUpload.findUnique({
    where: { userId_clientKey: { userId: user.id, clientKey: uploadId } },
  });
  if (!row) throw new AppError("not_found", "No upload of yours has this id (yet).");
  return {
    uploadId,
    stage: row.stage as UploadStage,
    itemsTotal: row.itemsTotal,
    itemsStored: row.itemsStored,
    slug: row.essaySlug,
    error: row.error,
  };
}
