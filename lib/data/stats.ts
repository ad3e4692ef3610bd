import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { shiftDate, studyDate, studyDateStart, weekdayOf } from "@/lib/dates";
import { AGAIN_RATING, NEW_STATE, REVIEW_STATE } from "@/lib/srs/fsrs";
import { getSettings, userTimeZone, type StudySettings } from "@/lib/data/settings";

export const FORECAST_DAYS = 30;
export const HEATMAP_WEEKS = 26;
export const RETENTION_DAYS = 30;

export interface DayCount {
  date: string;
  count: number;
}

export interface Stats {
  /** Reviews since the user's study day began (4 a.m. in their time zone). */
  reviewsToday: number;
  /** Cards (not new) due before the user's next study day begins, overdue ones included. */
  dueToday: number;
  /** Share of reviews of review-state cards in the last 30 days not rated "again"; null with none. */
  retention: number | null;
  retentionReviews: number;
  /** Days in a row, up to today (or yesterday if today has no review yet), with at least one review. */
  streak: number;
  /** Cards falling due on each of the next 30 days (today holds the overdue ones). */
  forecast: DayCount[];
  /** Reviews per day over the last 26 weeks, oldest first, starting on a Monday. */
  heatmap: DayCount[];
  /** The user's cards of published items (the ones a review can still show), by FSRS state. */
  cards: { total: number; new: number; learning: number; review: number };
  settings: StudySettings;
}

export async function getStats(user: SessionUser, now = new Date()): Promise<Stats> {
  const tz = await userTimeZone(user.id);
  // Days are the user's study days (4 a.m. to 4 a.m. where they live), named by their date.
  const today = studyDate(now, tz);
  // Monday of the week 25 weeks ago, so the calendar's columns are whole weeks.
  const heatStart = shiftDate(today, -weekdayOf(today) - (HEATMAP_WEEKS - 1) * 7);
  const retentionStart = shiftDate(today, -(RETENTION_DAYS - 1));
  const historyStart = heatStart < retentionStart ? heatStart : retentionStart;
  const tomorrowStart = studyDateStart(shiftDate(today, 1), tz);

  const [logs, scheduled, cardGroups, settings] = await Promise.all([
    db.reviewLog.findMany({
      where: {
        userId: user.id,
        undoneAt: null,
        reviewedAt: { gte: studyDateStart(historyStart, tz) },
      },
      select: { reviewedAt: true, state: true, rating: true },
    }),
    db.card.findMany({
      where: {
        userId: user.id,
        state: { not: NEW_STATE },
        due: { lt: studyDateStart(shiftDate(today, FORECAST_DAYS), tz) },
        item: { status: "published" },
      },
      select: { due: true },
    }),
    // Only cards the user can still meet: a retired or unpublished item's card never comes up.
    db.card.groupBy({
      by: ["state"],
      where: { userId: user.id, item: { status: "published" } },
      _count: { _all: true },
    }),
    getSettings(user),
  ]);

  const perDay = new Map<string, number>();
  const recent: typeof logs = [];
  for (const l of logs) {
    const d = studyDate(l.reviewedAt, tz);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
    if (d >= retentionStart && l.state === REVIEW_STATE) recent.push(l);
  }

  const heatmap: DayCount[] = [];
  for (let d = heatStart; d <= today; d = shiftDate(d, 1))
    heatmap.push({ date: d, count: perDay.get(d) ?? 0 });

  const dueOn = new Map<string, number>();
  for (const c of scheduled) {
    const d = c.due < now ? today : studyDate(c.due, tz);
    dueOn.set(d, (dueOn.get(d) ?? 0) + 1);
  }
  const forecast: DayCount[] = [];
  for (let i = 0; i < FORECAST_DAYS; i++) {
    const d = shiftDate(today, i);
    forecast.push({ date: d, count: dueOn.get(d) ?? 0 });
  }

  const passed = recent.filter((l) => l.rating !== AGAIN_RATING).length;

  let streak = 0;
  let day = perDay.get(today) ? today : shiftDate(today, -1);
  // The streak may be longer than the history read above; count on with one query per extra day.
  while (perDay.get(day)) {
    streak++;
    day = shiftDate(day, -1);
    if (day < historyStart) {
      streak += await olderStreak(user.id, day, tz);
      break;
    }
  }

  const count = (state: number) => cardGroups.find((g) => g.state === state)?._count._all ?? 0;
  const total = cardGroups.reduce((n, g) => n + g._count._all, 0);
  const newCards = count(NEW_STATE);
  const reviewCards = count(REVIEW_STATE);

  return {
    reviewsToday: perDay.get(today) ?? 0,
    dueToday: scheduled.filter((c) => c.due < tomorrowStart).length,
    retention: recent.length ? Math.round((passed / recent.length) * 1000) / 1000 : null,
    retentionReviews: recent.length,
    streak,
    forecast,
    heatmap,
    cards: {
      total,
      new: newCards,
      learning: total - newCards - reviewCards,
      review: reviewCards,
    },
    settings,
  };
}

async function olderStreak(userId: string, from: string, tz: string): Promise<number> {
  let n = 0;
  for (let day = from; n < 3650; day = shiftDate(day, -1)) {
    const any = await db.reviewLog.findFirst({
      where: {
        userId,
        undoneAt: null,
        reviewedAt: { gte: studyDateStart(day, tz), lt: studyDateStart(shiftDate(day, 1), tz) },
      },
      select: { id: true },
    });
    if (!any) break;
    n++;
  }
  return n;
}

/** Whether the user has ever reviewed a card or submitted a quiz: a newcomer is not welcomed "back". */
export async function hasStudied(user: SessionUser): Promise<boolean> {
  const [review, attempt] = await Promise.all([
    db.reviewLog.findFirst({ where: { userId: user.id }, select: { id: true } }),
    db.attempt.findFirst({
      where: { userId: user.id, submittedAt: { not: null } },
      select: { id: true },
    }),
  ]);
  return review !== null || attempt !== null;
}
