import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReviewQueue, reviewCard, reviewBodySchema } from "@/lib/data/review";
import { newCardData } from "@/lib/srs/fsrs";
import { makeEssay, makeStudent } from "./support/learn-fixtures";

describe("one request per card", () => {
  it("a rating's response holds the next cards, without the rated one, and true counts", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(12);
    const first = await getReviewQueue(s, { limit: 3, essay: essay.slug });
    expect(first.cards).toHaveLength(3);
    // Counts are not capped by the number of cards sent.
    expect(first.counts.new).toBe(12);
    const res = await reviewCard(s, first.cards[0]!.cardId, {
      rating: "easy",
      next: { limit: 3, essay: essay.slug },
    });
    expect(res.card.state).toBe("review");
    expect(res.next.cards.map((c) => c.cardId)).toEqual([
      first.cards[1]!.cardId,
      first.cards[2]!.cardId,
      expect.any(String),
    ]);
    expect(res.next.cards.map((c) => c.cardId)).not.toContain(first.cards[0]!.cardId);
    expect(res.next.counts).toEqual({ new: 11, learning: 0, review: 0 });
    expect(res.next.scope).toMatchObject({ kind: "essay", essay: essay.slug });
    // The response's queue is what a separate queue request says right after.
    const after = await getReviewQueue(s, { limit: 3, essay: essay.slug });
    expect(after.cards.map((c) => c.cardId)).toEqual(res.next.cards.map((c) => c.cardId));
    expect(after.counts).toEqual(res.next.counts);
  });

  it("a client that holds cards gets only the ones it is missing, in the queue's order", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(12);
    const [a, b, c, d, e] = (await getReviewQueue(s, { limit: 5, essay: essay.slug })).cards;
    const res = await reviewCard(s, a!.cardId, {
      rating: "good",
      next: { limit: 1, have: [b!.cardId, c!.cardId, d!.cardId], essay: essay.slug },
    });
    expect(res.next.cards.map((x) => x.cardId)).toEqual([e!.cardId]);
    expect(res.next.cards[0]!.intervals).toMatchObject({ good: expect.any(String) });
    // Held cards still count, exactly as in the whole queue.
    const whole = await getReviewQueue(s, { limit: 5, essay: essay.slug });
    expect(res.next.counts).toEqual(whole.counts);
    expect(whole.cards.map((x) => x.cardId).slice(0, 4)).toEqual(
      [b, c, d, e].map((x) => x!.cardId),
    );
  });

  it("no sibling of a held card is sent, even one that comes first in the queue", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(4, [{ type: "flashcard" }, { type: "cloze" }]);
    const [a, b] = (await getReviewQueue(s, { limit: 2, essay: essay.slug })).cards;
    // b's sibling gets a card that is due before every other one.
    const sibling = await db.item.findFirstOrThrow({
      where: { claimId: b!.source.claimId, id: { not: b!.itemId } },
    });
    const early = new Date(Date.now() - 86_400_000);
    await db.card.create({ data: { userId: s.id, itemId: sibling.id, ...newCardData(early) } });
    const res = await reviewCard(s, a!.cardId, {
      rating: "easy",
      next: { limit: 5, have: [b!.cardId], essay: essay.slug },
    });
    expect(res.next.cards.length).toBeGreaterThan(0);
    expect(res.next.cards.map((c) => c.source.claimId)).not.toContain(b!.source.claimId);
    expect(new Set(res.next.cards.map((c) => c.source.claimId)).size).toBe(res.next.cards.length);
  });

  it("held new cards take today's new-card slots", async () => {
    const s = await makeStudent();
    await db.user.update({ where: { id: s.id }, data: { newCardsPerDay: 3 } });
    const { essay } = await makeEssay(12);
    const [a, b, c] = (await getReviewQueue(s, { limit: 3, essay: essay.slug })).cards;
    const res = await reviewCard(s, a!.cardId, {
      rating: "easy",
      next: { limit: 3, have: [b!.cardId, c!.cardId], essay: essay.slug },
    });
    expect(res.next.cards).toEqual([]);
    expect(res.next.counts.new).toBe(2);
  });

  it("a card rated again comes back in the next queue once nothing else is left", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(2);
    const [a, b] = (await getReviewQueue(s, { limit: 5, essay: essay.slug })).cards;
    const next = { limit: 5, essay: essay.slug };
    const r1 = await reviewCard(s, a!.cardId, { rating: "again", next });
    // Due in a minute: after the other new card, within the learn-ahead window.
    expect(r1.next.cards.map((c) => c.cardId)).toEqual([b!.cardId, a!.cardId]);
    expect(r1.next.counts).toEqual({ new: 1, learning: 1, review: 0 });
    const r2 = await reviewCard(s, b!.cardId, { rating: "easy", next });
    expect(r2.next.cards.map((c) => c.cardId)).toEqual([a!.cardId]);
    expect(r2.next.cards[0]!.state).toBe("learning");
  });

  it("a replayed idempotency key writes nothing more and still answers with the next queue", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(3);
    const [a] = (await getReviewQueue(s, { limit: 5, essay: essay.slug })).cards;
    const body = {
      rating: "good" as const,
      idempotencyKey: "k-1",
      next: { limit: 5, essay: essay.slug },
    };
    const once = await reviewCard(s, a!.cardId, body);
    const twice = await reviewCard(s, a!.cardId, body);
    expect(twice.card).toEqual(once.card);
    expect(twice.next.cards.map((c) => c.cardId)).toEqual(once.next.cards.map((c) => c.cardId));
    expect(await db.reviewLog.count({ where: { userId: s.id } })).toBe(1);
  });

  it("new-card counts skip siblings of one claim, however many there are", async () => {
    const s = await makeStudent();
    await db.user.update({ where: { id: s.id }, data: { newCardsPerDay: 20 } });
    const { essay } = await makeEssay(30, [
      { type: "flashcard" },
      { type: "cloze" },
      { type: "short_answer" },
    ]);
    const q = await getReviewQueue(s, { limit: 4, essay: essay.slug });
    expect(q.cards).toHaveLength(4);
    expect(q.counts.new).toBe(20);
    expect(new Set(q.cards.map((c) => c.source.claimId)).size).toBe(4);
  });

  it("counts a backlog larger than the queue reads, and only studyable cards", async () => {
    const s = await makeStudent();
    await db.user.update({ where: { id: s.id }, data: { newCardsPerDay: 100 } });
    const { essay, items } = await makeEssay(40);
    await getReviewQueue(s, { limit: 40, essay: essay.slug }); // all forty cards made
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.card.updateMany({
      where: { userId: s.id },
      data: { state: 2, due: hourAgo, lastReview: new Date(Date.now() - 5 * 86_400_000) },
    });
    await db.item.update({ where: { id: items[0]!.id }, data: { status: "retired" } });
    const q = await getReviewQueue(s, { limit: 3, essay: essay.slug });
    expect(q.cards).toHaveLength(3);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 39 });
    const res = await reviewCard(s, q.cards[0]!.cardId, {
      rating: "easy",
      next: { limit: 3, essay: essay.slug },
    });
    expect(res.next.counts.review).toBe(38);
  });

  it("refuses a next queue of two scopes or of too many cards", () => {
    expect(
      reviewBodySchema.safeParse({ rating: "good", next: { essay: "a", set: "b" } }).success,
    ).toBe(false);
    expect(reviewBodySchema.safeParse({ rating: "good", next: { limit: 21 } }).success).toBe(false);
    expect(reviewBodySchema.parse({ rating: "good", next: {} }).next).toEqual({ limit: 5 });
  });
});
