import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { MAX_RETENTION, MIN_RETENTION } from "@/lib/srs/fsrs";

export interface StudySettings {
  /** FSRS desired retention: the recall probability at which a card falls due (0.70–0.97). */
  desiredRetention: number;
  /** New cards a day, at most. */
  newCardsPerDay: number;
}

export const MAX_NEW_PER_DAY = 500;

export const settingsPatchSchema = z
  .object({
    desiredRetention: z
      .number()
      .min(MIN_RETENTION, `Desired retention must be at least ${MIN_RETENTION}`)
      .max(MAX_RETENTION, `Desired retention must be at most ${MAX_RETENTION}`)
      .optional(),
    newCardsPerDay: z
      .number()
      .int("New cards a day must be a whole number")
      .min(0, "New cards a day cannot be negative")
      .max(MAX_NEW_PER_DAY, `New cards a day must be at most ${MAX_NEW_PER_DAY}`)
      .optional(),
  })
  .refine((v) => v.desiredRetention !== undefined || v.newCardsPerDay !== undefined, {
    message: "Send desiredRetention, newCardsPerDay or both",
  });

export async function getSettings(user: SessionUser): Promise<StudySettings> {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { desiredRetention: true, newCardsPerDay: true },
  });
  if (!row) throw new AppError("unauthorized");
  return row;
}

export async function updateSettings(
  user: SessionUser,
  patch: z.infer<typeof settingsPatchSchema>,
): Promise<StudySettings> {
  return db.user.update({
    where: { id: user.id },
    data: {
      ...(patch.desiredRetention !== undefined
        ? { desiredRetention: Math.round(patch.desiredRetention * 100) / 100 }
        : {}),
      ...(patch.newCardsPerDay !== undefined ? { newCardsPerDay: patch.newCardsPerDay } : {}),
    },
    select: { desiredRetention: true, newCardsPerDay: true },
  });
}
