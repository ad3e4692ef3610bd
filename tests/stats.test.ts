import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStats } from "@/lib/data/stats";
import { getReviewQueue, reviewCard, undoLastReview } from "@/lib/data/review";
import { studyDate } from "@/lib/dates";
import { updateSettings } from "@/lib/data/settings";
import { makeEssay, makeStudent } from "./support/learn-fixtures";

const DAY = 86_400_000;

describe("stats", () => {
  it("counts today's reviews, the streak, true retention and the forecast", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(4);
    // The last noon (UTC) that has passed: far from the 4 a.m. rollover, so a card forgotten
    // "now" falls due within the same study day whatever time the suite runs.
    const now = new Date(Math.floor((Date.now() - 12 * 3_600_000) / DAY) * DAY + 12 * 3_600_000);
    const start = new Date(now.getTime() - 3 * DAY);
    const cards = (await getReviewQueue(s, { limit: 20, essay: essay.slug }, start)).cards;
    // Three days ago: all four learnt (easy puts them straight into review).
    for (const c of cards) await reviewCard(s, c.cardId, { rating: "easy" }, start);
    // Today: two reviews of review-state cards, one forgotten.
    await reviewCard(s, cards[0]!.cardId, { rating: "good" }, now);
    await reviewCard(s, cards[1]!.cardId, { rating: "again" }, now);

    const stats = await getStats(s, now);
    expect(stats.reviewsToday).toBe(2);
    expect(stats.retention).toBe(0.5);
    expect(stats.retentionReviews).toBe(2);
    expect(stats.streak).toBe(1); // a gap two days ago breaks it
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast[0]!.date).toBe(studyDate(now, "UTC"));
    const scheduled = stats.forecast.reduce((n, d) => n + d.count, 0);
    expect(scheduled).toBeGreaterThanOrEqual(3);
    expect(stats.dueToday).toBeGreaterThanOrEqual(1); // the forgotten card is due in minutes
    expect(stats.heatmap.at(-1)).toEqual({ date: studyDate(now, "UTC"), count: 2 });
    expect(stats.heatmap.length).toBeGreaterThanOrEqual(26 * 7 - 6);
    expect(new Date(`${stats.heatmap[0]!.date}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(stats.cards.total).toBe(4);
    // A card whose item a teacher retired is no longer counted: it will never come up again.
    await db.item.update({ where: { id: cards[3]!.itemId }, data: { status: "retired" } });
    expect((await getStats(s, now)).cards.total).toBe(3);
    await db.item.update({ where: { id: cards[3]!.itemId }, data: { status: "published" } });

    // An undone review no longer counts.
    await undoLastReview(s);
    const after = await getStats(s, now);
    expect(after.reviewsToday).toBe(1);
    expect(after.retention).toBe(1);
  });

  it("a streak runs over consecutive UTC days", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(5);
    const now = new Date();
    const cards = (
      await getReviewQueue(s, { limit: 20, essay: essay.slug }, new Date(now.getTime() - 5 * DAY))
    ).cards;
    for (let d = 4; d >= 1; d--)
      await reviewCard(s, cards[d]!.cardId, { rating: "good" }, new Date(now.getTime() - d * DAY));
    // No review yet today: the streak still counts up to yesterday.
    expect((await getStats(s, now)).streak).toBe(4);
    await reviewCard(s, cards[0]!.cardId, { rating: "good" }, now);
    expect((await getStats(s, now)).streak).toBe(5);
  });

  it("a new user has empty stats, and sees none of another user's", async () => {
    const s = await makeStudent();
    const other = await makeStudent();
    const { essay } = await makeEssay(1);
    const [c] = (await getReviewQueue(other, { limit: 5, essay: essay.slug })).cards;
    await reviewCard(other, c!.cardId, { rating: "good" });
    const stats = await getStats(s);
    expect(stats).toMatchObject({ reviewsToday: 0, dueToday: 0, retention: null, streak: 0 });
    expect(stats.forecast.every((d) => d.count === 0)).toBe(true);
    expect(stats.settings).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      timeZone: "UTC",
    });
    expect(await db.reviewLog.count({ where: { userId: s.id } })).toBe(0);
  });

  it("counts days in the user's time zone, rolling over at 4 a.m. there", async () => {
    const s = await makeStudent();
    await updateSettings(s, { timeZone: "America/New_York" });
    const { essay } = await makeEssay(3);
    // 10 Jan, 15:00 in New York. 02:30 that night (07:30 UTC) is still 9 Jan's study day.
    const now = new Date("2026-01-10T20:00:00Z");
    const cards = (
      await getReviewQueue(s, { limit: 20, essay: essay.slug }, new Date("2026-01-08T12:00:00Z"))
    ).cards;
    await reviewCard(s, cards[0]!.cardId, { rating: "good" }, new Date("2026-01-09T15:00:00Z"));
    await reviewCard(s, cards[1]!.cardId, { rating: "good" }, new Date("2026-01-10T07:30:00Z"));
    await reviewCard(s, cards[2]!.cardId, { rating: "good" }, new Date("2026-01-10T10:00:00Z"));

    const stats = await getStats(s, now);
    // In UTC, 07:30 and 10:00 would both be 10 Jan ("2 today"); in New York only 05:00 is.
    expect(stats.reviewsToday).toBe(1);
    expect(stats.heatmap.slice(-2)).toEqual([
      { date: "2026-01-09", count: 2 },
      { date: "2026-01-10", count: 1 },
    ]);
    expect(stats.streak).toBe(2);
    expect(stats.forecast[0]!.date).toBe("2026-01-10");
    expect(stats.settings.timeZone).toBe("America/New_York");
  });

  it("refuses a time zone that is not an IANA name, and keeps the old one", async () => {
    const s = await makeStudent();
    const { settingsPatchSchema } = await import("@/lib/data/settings");
    expect(settingsPatchSchema.safeParse({ timeZone: "Mars/Base" }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ timeZone: "Asia/Tokyo" }).success).toBe(true);
    expect((await getStats(s)).settings.timeZone).toBe("UTC");
  });
});
