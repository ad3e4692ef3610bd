import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReviewQueue, reviewCard, undoLastReview, type QueueQuery } from "@/lib/data/review";
import { assignSet, makeEssay, makeStudent, makeTeacher } from "./support/learn-fixtures";

const q = (extra: Partial<QueueQuery> = {}): QueueQuery => ({ limit: 20, ...extra });

describe("review queue", () => {
  it("makes cards on first sight of an essay's published flashcard-able items only", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(3, [
      { type: "flashcard" },
      { type: "mcq" },
      { type: "cloze", status: "draft" },
    ]);
    expect(await db.card.count({ where: { userId: s.id } })).toBe(0);
    const queue = await getReviewQueue(s, q({ essay: essay.slug }));
    expect(queue.cards).toHaveLength(3);
    expect(queue.cards.every((c) => c.type === "flashcard" && c.state === "new")).toBe(true);
    expect(queue.counts).toEqual({ new: 3, learning: 0, review: 0 });
    expect(queue.cards[0]).toMatchObject({
      front: expect.stringContaining("row 0"),
      back: "answer-0",
      source: { essay: essay.slug, sentence: expect.stringContaining("answer-0") },
      intervals: { again: "1m", hard: "6m", good: "10m" },
    });
    expect(await db.card.count({ where: { userId: s.id } })).toBe(3);
    // A second look makes no more cards.
    await getReviewQueue(s, q({ essay: essay.slug }));
    expect(await db.card.count({ where: { userId: s.id } })).toBe(3);
  });

  it("answers 404 for an essay that does not exist and for a set that is not the student's", async () => {
    const s = await makeStudent();
    const teacher = await makeTeacher();
    const other = await makeStudent();
    const { items } = await makeEssay(2);
    const { set } = await assignSet(
      teacher,
      other,
      items.map((i) => i.id),
      "review",
    );
    await expect(getReviewQueue(s, q({ essay: "no-such-essay" }))).rejects.toMatchObject({
      status: 404,
    });
    await expect(getReviewQueue(s, q({ set: set.id }))).rejects.toMatchObject({ status: 404 });
    const mine = await getReviewQueue(other, q({ set: set.id }));
    expect(mine.cards).toHaveLength(2);
  });

  it("respects the daily new-card limit, counting cards started today", async () => {
    const s = await makeStudent();
    await db.user.update({ where: { id: s.id }, data: { newCardsPerDay: 3 } });
    const { essay } = await makeEssay(6);
    const first = await getReviewQueue(s, q({ essay: essay.slug }));
    expect(first.cards).toHaveLength(3);
    expect(first.counts.new).toBe(3);
    expect(await db.card.count({ where: { userId: s.id } })).toBe(3);

    for (const c of first.cards) await reviewCard(s, c.cardId, { rating: "easy" });
    const after = await getReviewQueue(s, q({ essay: essay.slug }));
    expect(after.cards).toHaveLength(0);
    expect(after.counts.new).toBe(0);
    expect(after.newLimitReached).toBe(true);
    expect(after.nextDue).not.toBeNull();
  });

  it("buries siblings: never two cards of one claim on the same day", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(2, [
      { type: "flashcard" },
      { type: "cloze" },
      { type: "short_answer" },
    ]);
    const queue = await getReviewQueue(s, q({ essay: essay.slug }));
    const claims = queue.cards.map((c) => c.source.claimId);
    expect(claims).toHaveLength(2);
    expect(new Set(claims).size).toBe(2);

    // Rated today, the claim's other cards stay away until tomorrow, however often the queue is built.
    await reviewCard(s, queue.cards[0]!.cardId, { rating: "again" });
    const again = await getReviewQueue(s, q({ essay: essay.slug }));
    const sameClaim = again.cards.filter((c) => c.source.claimId === claims[0]);
    expect(sameClaim.every((c) => c.cardId === queue.cards[0]!.cardId)).toBe(true);
    const tomorrow = new Date(Date.now() + 86_400_000 * 1.2);
    const later = await getReviewQueue(s, q({ essay: essay.slug }), tomorrow);
    expect(later.cards.filter((c) => c.source.claimId === claims[0])).toHaveLength(1);
  });

  it("without a scope: due cards plus new cards from review-mode assignments only", async () => {
    const s = await makeStudent();
    const teacher = await makeTeacher();
    const a = await makeEssay(2);
    const b = await makeEssay(2);
    const c = await makeEssay(2);
    await assignSet(
      teacher,
      s,
      a.items.map((i) => i.id),
      "review",
    );
    await assignSet(
      teacher,
      s,
      b.items.map((i) => i.id),
      "quiz",
    );
    const removed = await assignSet(
      teacher,
      s,
      c.items.map((i) => i.id),
      "review",
    );
    await db.enrollment.updateMany({
      where: { classId: removed.klass.id },
      data: { removedAt: new Date() },
    });
    const queue = await getReviewQueue(s, q());
    expect(queue.cards.map((x) => x.itemId).sort()).toEqual(a.items.map((i) => i.id).sort());
  });

  it("serves a learning card again once it is due, with its counts", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(1);
    const [card] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    const res = await reviewCard(s, card!.cardId, { rating: "good" });
    expect(res.card.state).toBe("learning");
    const later = await getReviewQueue(s, q(), new Date(Date.now() + 11 * 60_000));
    expect(later.cards.map((c) => c.cardId)).toEqual([card!.cardId]);
    expect(later.counts).toEqual({ new: 0, learning: 1, review: 0 });
  });
});

describe("reviewCard", () => {
  it("writes the card and its log together and reports the new schedule", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(1);
    const [card] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    const res = await reviewCard(s, card!.cardId, { rating: "easy", durationMs: 2500 });
    expect(res.card).toMatchObject({ state: "review", reps: 1, lapses: 0 });
    expect(new Date(res.card.due).getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    const logs = await db.reviewLog.findMany({ where: { cardId: card!.cardId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 4, state: 0, durationMs: 2500 });
  });

  it("another user's card is 404 and nothing changes", async () => {
    const owner = await makeStudent();
    const intruder = await makeStudent();
    const { essay } = await makeEssay(1);
    const [card] = (await getReviewQueue(owner, q({ essay: essay.slug }))).cards;
    await expect(reviewCard(intruder, card!.cardId, { rating: "good" })).rejects.toMatchObject({
      status: 404,
    });
    expect(await db.reviewLog.count({ where: { cardId: card!.cardId } })).toBe(0);
  });

  it("50 concurrent ratings with one idempotency key schedule once and all get the first result", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(1);
    const [card] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        reviewCard(s, card!.cardId, { rating: "good", idempotencyKey: "same-key" }),
      ),
    );
    expect(await db.reviewLog.count({ where: { cardId: card!.cardId } })).toBe(1);
    const row = await db.card.findUniqueOrThrow({ where: { id: card!.cardId } });
    expect(row.reps).toBe(1);
    for (const r of results) expect(r).toEqual(results[0]);
    // Later repeats too.
    expect(
      await reviewCard(s, card!.cardId, { rating: "easy", idempotencyKey: "same-key" }),
    ).toEqual(results[0]);
  });

  it("a key reused for another card is a conflict", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(2);
    const [a, b] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    await reviewCard(s, a!.cardId, { rating: "good", idempotencyKey: "k1" });
    await expect(
      reviewCard(s, b!.cardId, { rating: "good", idempotencyKey: "k1" }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("concurrent ratings without keys are each applied to the card as the other left it", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(1);
    const [card] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    await Promise.all(
      Array.from({ length: 5 }, () => reviewCard(s, card!.cardId, { rating: "good" })),
    );
    const row = await db.card.findUniqueOrThrow({ where: { id: card!.cardId } });
    expect(row.reps).toBe(5);
    expect(await db.reviewLog.count({ where: { cardId: card!.cardId } })).toBe(5);
  });
});

describe("undo", () => {
  it("rolls the last rating back and keeps the log, marked undone", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(2);
    const [a, b] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    await reviewCard(s, a!.cardId, { rating: "good" });
    const before = await db.card.findUniqueOrThrow({ where: { id: b!.cardId } });
    await reviewCard(s, b!.cardId, { rating: "easy" });

    const undone = await undoLastReview(s);
    expect(undone.cardId).toBe(b!.cardId);
    expect(undone.undone.rating).toBe("easy");
    expect(undone.card).toMatchObject({ state: "new", reps: 0 });
    expect(undone.queueCard.front).toBe(b!.front);
    const after = await db.card.findUniqueOrThrow({ where: { id: b!.cardId } });
    expect(after.state).toBe(before.state);
    expect(after.due.getTime()).toBe(before.due.getTime());
    expect(after.lastReview).toBeNull();
    const logs = await db.reviewLog.findMany({ where: { userId: s.id } });
    expect(logs).toHaveLength(2);
    expect(logs.filter((l) => l.undoneAt !== null)).toHaveLength(1);

    // The next undo takes the rating before it; then there is nothing left.
    expect((await undoLastReview(s)).cardId).toBe(a!.cardId);
    await expect(undoLastReview(s)).rejects.toMatchObject({ status: 404 });
  });

  it("an undone new card no longer counts against the daily limit", async () => {
    const s = await makeStudent();
    await db.user.update({ where: { id: s.id }, data: { newCardsPerDay: 1 } });
    const { essay } = await makeEssay(3);
    const [a] = (await getReviewQueue(s, q({ essay: essay.slug }))).cards;
    await reviewCard(s, a!.cardId, { rating: "easy" });
    expect((await getReviewQueue(s, q({ essay: essay.slug }))).cards).toHaveLength(0);
    await undoLastReview(s);
    const queue = await getReviewQueue(s, q({ essay: essay.slug }));
    expect(queue.cards.map((c) => c.cardId)).toEqual([a!.cardId]);
  });
});
