import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { MAX_RETENTION, MIN_RETENTION } from "@/lib/srs/fsrs";
import { DEFAULT_TIME_ZONE, isValidTimeZone, studyDayStart } from "@/lib/dates";

export interface StudySettings {
  /** FSRS desired retention: the recall probability at which a card falls due (0.70–0.97). */
  desiredRetention: number;
  /** New cards a day, at most. */
  newCardsPerDay: number;
  /** IANA time zone: the study day starts at 4 a.m. there, and dates render in it. */
  timeZone: string;
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isValidTimeZone, 'timeZone must be an IANA time zone, like "Europe/Berlin" or "UTC"');

const SETTINGS_SELECT = { desiredRetention: true, newCardsPerDay: true, timeZone: true } as const;

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
    timeZone: timeZoneSchema.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Send at least one of desiredRetention, newCardsPerDay, timeZone",
  });

export async function getSettings(user: SessionUser): Promise<StudySettings> {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: SETTINGS_SELECT,
  });
  if (!row) throw new AppError("unauthorized");
  return row;
}

/** The user's time zone; UTC for a user who is gone or whose stored zone this runtime lacks. */
export async function userTimeZone(userId: string): Promise<string> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return row && isValidTimeZone(row.timeZone) ? row.timeZone : DEFAULT_TIME_ZONE;
}

/** When the user's study day began: the new-card limit counts from here. */
export async function userStudyDayStart(userId: string, now: Date): Promise<Date> {
  return studyDayStart(now, await userTimeZone(userId));
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
      ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
    },
    select: SETTINGS_SELECT,
  });
}
