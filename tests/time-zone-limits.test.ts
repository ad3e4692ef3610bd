import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReviewQueue, reviewCard } from "@/lib/data/review";
import { makeEssay, makeStudent } from "./support/learn-fixtures";

describe("the new-card limit follows the user's study day", () => {
  it("a card started in a Los Angeles afternoon still counts after UTC midnight, until 4 a.m. there", async () => {
    const s = await makeStudent();
    await db.user.update({
      where: { id: s.id },
      data: { newCardsPerDay: 1, timeZone: "America/Los_Angeles" },
    });
    const { essay } = await makeEssay(3);
    // 15:00 on 9 Jan in Los Angeles = 23:00 UTC on 9 Jan.
    const evening = new Date("2026-01-09T23:00:00Z");
    const [card] = (await getReviewQueue(s, { limit: 5, essay: essay.slug }, evening)).cards;
    await reviewCard(s, card!.cardId, { rating: "easy" }, evening);

    // 01:00 in Los Angeles (09:00 UTC): a new UTC day, but the same study day — no new card.
    const late = await getReviewQueue(
      s,
      { limit: 5, essay: essay.slug },
      new Date("2026-01-10T09:00:00Z"),
    );
    expect(late.counts.new).toBe(0);
    expect(late.newLimitReached).toBe(true);

    // 04:30 in Los Angeles (12:30 UTC): a new study day, one new card again.
    const morning = await getReviewQueue(
      s,
      { limit: 5, essay: essay.slug },
      new Date("2026-01-10T12:30:00Z"),
    );
    expect(morning.counts.new).toBe(1);
  });
});
