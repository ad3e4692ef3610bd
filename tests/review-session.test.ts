import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReviewQueue, reviewCard } from "@/lib/data/review";
import { makeEssay, makeStudent } from "./support/learn-fixtures";

/**
 * A rating checks its session where it writes (requireSession, lib/data/review.ts), not with a
 * lookup of its own: a session ended by sign-out or a password change, or a deleted account, rates
 * nothing — on the first rating and on one whose card state a process remembers (PostgreSQL).
 */
async function queued() {
  const s = await makeStudent();
  const { essay } = await makeEssay(3);
  // Reading the queue is how the review page starts; on PostgreSQL it remembers the cards sent.
  const queue = await getReviewQueue(s, { limit: 3, essay: essay.slug });
  const row = await db.user.findUniqueOrThrow({ where: { id: s.id } });
  return { s, essay, ids: queue.cards.map((c) => c.cardId), version: row.sessionVersion };
}

const stored = async (userId: string, cardIds: string[]) => ({
  logs: await db.reviewLog.count({ where: { userId } }),
  reps: (await db.card.findMany({ where: { id: { in: cardIds } }, orderBy: { id: "asc" } })).map(
    (c) => c.reps,
  ),
});

describe("a rating's session", () => {
  it("rates while the session is live", async () => {
    const { s, ids, version } = await queued();
    const res = await reviewCard({ id: s.id, sessionVersion: version }, ids[0]!, {
      rating: "good",
      next: { limit: 1, have: ids.slice(1) },
    });
    expect(res.card.reps).toBe(1);
    expect((await stored(s.id, ids)).logs).toBe(1);
  });

  it("ended (sign-out moved the version on) rates nothing, first rating or later", async () => {
    const { s, ids, version } = await queued();
    const session = { id: s.id, sessionVersion: version };
    await reviewCard(session, ids[0]!, { rating: "good", next: { limit: 1, have: ids.slice(1) } });
    const before = await stored(s.id, ids);
    await db.user.update({ where: { id: s.id }, data: { sessionVersion: { increment: 1 } } });
    for (const cardId of ids.slice(1))
      await expect(
        reviewCard(session, cardId, {
          rating: "easy",
          idempotencyKey: `ended-${cardId}`,
          next: { limit: 1 },
        }),
      ).rejects.toMatchObject({ code: "unauthorized" });
    expect(await stored(s.id, ids)).toEqual(before);
    // The new session's version rates.
    const res = await reviewCard({ id: s.id, sessionVersion: version + 1 }, ids[1]!, {
      rating: "easy",
    });
    expect(res.card.reps).toBe(1);
  });

  it("of a deleted account reads 401, not 404", async () => {
    const { s, ids, version } = await queued();
    await db.user.delete({ where: { id: s.id } });
    await expect(
      reviewCard({ id: s.id, sessionVersion: version }, ids[0]!, { rating: "good" }),
    ).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("live, on someone else's card reads 404", async () => {
    const { s, version } = await queued();
    const other = await queued();
    await expect(
      reviewCard({ id: s.id, sessionVersion: version }, other.ids[0]!, { rating: "good" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await stored(other.s.id, other.ids)).logs).toBe(0);
  });

  it("ended, with a scope, reads 401 before anything else", async () => {
    const { s, essay, ids, version } = await queued();
    await db.user.update({ where: { id: s.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(
      reviewCard({ id: s.id, sessionVersion: version }, ids[0]!, {
        rating: "good",
        next: { limit: 1, essay: essay.slug },
      }),
    ).rejects.toMatchObject({ code: "unauthorized" });
    expect((await stored(s.id, ids)).logs).toBe(0);
  });
});
