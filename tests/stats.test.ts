import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStats } from "@/lib/data/stats";
import { getReviewQueue, reviewCard, undoLastReview } from "@/lib/data/review";
import { makeEssay, makeStudent } from "./support/learn-fixtures";

const DAY = 86_400_000;

describe("stats", () => {
  it("counts today's reviews, the streak, true retention and the forecast", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(4);
    const now = new Date();
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
    expect(stats.forecast[0]!.date).toBe(now.toISOString().slice(0, 10));
    const scheduled = stats.forecast.reduce((n, d) => n + d.count, 0);
    expect(scheduled).toBeGreaterThanOrEqual(3);
    expect(stats.dueToday).toBeGreaterThanOrEqual(1); // the forgotten card is due in minutes
    expect(stats.heatmap.at(-1)).toEqual({ date: now.toISOString().slice(0, 10), count: 2 });
    expect(stats.heatmap.length).toBeGreaterThanOrEqual(26 * 7 - 6);
    expect(new Date(`${stats.heatmap[0]!.date}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(stats.cards.total).toBe(4);

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
    expect(stats.settings).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 });
    expect(await db.reviewLog.count({ where: { userId: s.id } })).toBe(0);
  });
});
