import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getReviewQueue, reviewCard } from "@/lib/data/review";
import {
  cardForRating,
  ensureCards,
  insertLog,
  recordRating,
  updateCard,
} from "@/lib/data/review-sql";
import { itemTexts, nextDueAfter, queueRows, unseenItems } from "@/lib/data/review-queue-sql";
import { dialect, runStatements, runTransaction, runWithPrisma } from "@/lib/data/review-driver";
import type { Op } from "@/lib/data/review-sql";
import { newCardData, rateCard } from "@/lib/srs/fsrs";
import {
  assignSet,
  makeEssay,
  makeStudent,
  makeTeacher,
  ratingLog,
} from "./support/learn-fixtures";

/**
 * The hot statements are raw SQL, one text for SQLite and PostgreSQL. Each test reads the same rows
 * through the ordinary Prisma client and expects the same values; `npm test` runs this file on both
 * databases (TEST_POSTGRES_URL), so the two engines agree with Prisma and so with each other.
 */
const FIELDS = {
  id: true,
  itemId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  createdAt: true,
} as const;

async function studied(cards = 6) {
  const s = await makeStudent();
  const { essay } = await makeEssay(cards);
  const queue = await getReviewQueue(s, { limit: cards, essay: essay.slug });
  const t0 = new Date(Date.now() - 3 * 86_400_000);
  for (const [i, c] of queue.cards.entries())
    await reviewCard(s, c.cardId, { rating: i % 2 ? "again" : "easy" }, t0);
  return { s, essay, queue };
}

/**
 * Both ways the statements run: straight on the driver (as the app runs them) and through Prisma's
 * raw SQL. Rows either one writes are read back through the ORM, so the two store values alike.
 */
const RUNNERS: [string, <T>(op: Op<T>) => Promise<T>][] = [
  ["on the driver directly", (op) => runTransaction(() => op)],
  ["through Prisma's raw SQL", (op) => runWithPrisma(db, op)],
];

describe.each(RUNNERS)("review SQL agrees with the Prisma client, %s", (_, run) => {
  it("reads a card and its owner's preferences; nobody else's", async () => {
    const { s, queue } = await studied(2);
    const other = await makeStudent();
    const id = queue.cards[0]!.cardId;
    const raw = await run(cardForRating(s.id, id));
    const orm = await db.card.findUniqueOrThrow({ where: { id }, select: FIELDS });
    expect(raw!.card).toEqual(orm);
    expect(raw!.prefs).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "UTC" });
    expect(await run(cardForRating(other.id, id))).toBeNull();
  });

  it("walks due cards and new cards in the order the client would", async () => {
    const { s } = await studied(6);
    const { essay } = await makeEssay(3);
    await getReviewQueue(s, { limit: 3, essay: essay.slug }); // three new cards
    const until = new Date(Date.now() + 30 * 86_400_000);
    const since = new Date(Date.now() - 7 * 86_400_000);
    const rows = (scope?: { essayId: string }, soonTake = 50, have?: string[]) =>
      run(queueRows(s.id, { until, soonTake, newTake: 10, since, dueBy: until, scope, have }));
    const all = await rows();
    const raw = all.soon;
    const orm = await db.card.findMany({
      where: { userId: s.id, state: { not: 0 }, due: { lte: until } },
      orderBy: [{ due: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { ...FIELDS, item: { select: { claimId: true, prompt: true } } },
    });
    expect(raw.map((c) => [c.id, c.due, c.reps, c.item.claimId])).toEqual(
      orm.map((c) => [c.id, c.due, c.reps, c.item.claimId]),
    );
    // The walks leave the texts out; they are read for the cards sent.
    const texts = await run(itemTexts(raw.map((c) => c.itemId)));
    expect(raw.map((c) => texts.get(c.itemId)?.prompt)).toEqual(orm.map((c) => c.item.prompt));
    // Or come along with the walks (as on PostgreSQL), the same rows with the same texts.
    const q = { until, soonTake: 50, newTake: 10, since, dueBy: until };
    const told = await run(queueRows(s.id, { ...q, texts: true }));
    expect(told.soon.map(({ text, ...c }) => [c, text])).toEqual(
      raw.map((c) => [c, texts.get(c.itemId)]),
    );
    const madeTexts = await run(itemTexts(all.made.map((c) => c.itemId)));
    expect(told.made.map((c) => c.text)).toEqual(all.made.map((c) => madeTexts.get(c.itemId)));
    expect(told.made.length).toBeGreaterThan(0);
    expect(all.soon.every((c) => c.text === undefined)).toBe(true);
    expect(raw).toHaveLength(6);
    const rawNew = (await rows({ essayId: essay.id })).made;
    expect(all.made.map((c) => c.id)).toEqual(rawNew.map((c) => c.id));
    const ormNew = await db.card.findMany({
      where: { userId: s.id, state: 0, item: { essayId: essay.id } },
      orderBy: [{ due: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: FIELDS,
    });
    expect(rawNew.map((c) => c.id)).toEqual(ormNew.map((c) => c.id));
    expect((await run(itemTexts([rawNew[0]!.itemId]))).get(rawNew[0]!.itemId)).toMatchObject({
      essay: { slug: essay.slug, title: essay.title },
    });
    // Limited to one essay, the other essay's cards are left out.
    expect((await rows({ essayId: essay.id })).soon).toEqual([]);
    // Each walk stops at its own limit; the ratings since `since` come along.
    expect((await rows(undefined, 2)).soon.map((c) => c.id)).toEqual(
      raw.slice(0, 2).map((c) => c.id),
    );
    const logs = await db.reviewLog.findMany({
      where: { userId: s.id, undoneAt: null, reviewedAt: { gte: since } },
      select: {
        cardId: true,
        state: true,
        card: { select: { item: { select: { claimId: true } } } },
      },
    });
    const key = (l: { cardId: string; state: number; claimId: string }) =>
      `${l.cardId} ${l.state} ${l.claimId}`;
    expect(all.rated.map(key).sort()).toEqual(
      logs.map((l) => key({ ...l, claimId: l.card.item.claimId })).sort(),
    );
    expect(all.rated).toHaveLength(6);
    // The due count covers the whole range, by state, as the client would count it.
    const byState = await db.card.groupBy({
      by: ["state"],
      where: { userId: s.id, state: { not: 0 }, due: { lte: until } },
      _count: true,
    });
    const count = (state: number) => byState.find((g) => g.state === state)?._count ?? 0;
    expect(all.due).toEqual({ review: count(2), learning: count(1) + count(3) });
    expect(all.due.review + all.due.learning).toBe(6);
    expect(all.held).toEqual([]);
    // Cards the client holds are read by id, left out of the walks, and still counted.
    const have = [raw[0]!.id, rawNew[1]!.id];
    const holding = await rows(undefined, 50, have);
    expect(holding.held.map((c) => c.id).sort()).toEqual([...have].sort());
    expect(holding.held.find((c) => c.id === raw[0]!.id)).toEqual(raw[0]);
    expect(holding.soon.map((c) => c.id)).toEqual(raw.slice(1).map((c) => c.id));
    expect(holding.made.map((c) => c.id)).toEqual(
      all.made.map((c) => c.id).filter((id) => id !== rawNew[1]!.id),
    );
    expect(holding.due).toEqual(all.due);
    // Nobody else's card comes back as held.
    const other = await makeStudent();
    expect(
      (
        await run(
          queueRows(other.id, { until, soonTake: 5, newTake: 5, since, dueBy: until, have }),
        )
      ).held,
    ).toEqual([]);
  });

  it("writes a rating as the client would read it back, once per key, only over the version read", async () => {
    const { s, queue } = await studied(1);
    const id = queue.cards[0]!.cardId;
    const { card } = (await run(cardForRating(s.id, id)))!;
    const now = new Date();
    const rated = rateCard(card, "good", now);
    const log = ratingLog(rated, { cardId: id, userId: s.id }, "sql-key", 1200);
    expect(await run(insertLog(log))).toBe(true);
    expect(await run(insertLog(log))).toBe(false);
    expect(await run(updateCard(s.id, card, rated.card, now))).toBe(true);
    // The same version again: someone else's write got there first.
    expect(await run(updateCard(s.id, card, rated.card, now))).toBe(false);
    const stored = await db.card.findUniqueOrThrow({ where: { id }, select: FIELDS });
    expect(stored).toEqual({ ...rated.card, id, itemId: card.itemId, createdAt: card.createdAt });
    const logs = await db.reviewLog.findMany({
      where: { userId: s.id, idempotencyKey: "sql-key" },
    });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ ...rated.log, durationMs: 1200, undoneAt: null });
    const today = (
      await run(
        queueRows(s.id, {
          until: now,
          soonTake: 1,
          newTake: 1,
          since: new Date(now.getTime() - 1000),
          dueBy: now,
        }),
      )
    ).rated;
    expect(today).toEqual([
      { cardId: id, state: rated.log.state, claimId: queue.cards[0]!.source.claimId },
    ]);
  });

  it("records a rating's log and schedule together, or neither", async () => {
    const { s, queue } = await studied(1);
    const id = queue.cards[0]!.cardId;
    const { card } = (await run(cardForRating(s.id, id)))!;
    const now = new Date();
    const rated = rateCard(card, "hard", now);
    const log = (key: string) => ratingLog(rated, { cardId: id, userId: s.id }, key);
    const logs = () => db.reviewLog.count({ where: { userId: s.id, undoneAt: null } });
    const before = await logs();
    const record = (key: string, was = card) =>
      run(recordRating(dialect(), s.id, log(key), was, rated.card, now));
    expect(await record("first")).toBe("recorded");
    expect(await db.card.findUniqueOrThrow({ where: { id }, select: FIELDS })).toEqual({
      ...rated.card,
      id,
      itemId: card.itemId,
      createdAt: card.createdAt,
    });
    expect(await logs()).toBe(before + 1);
    // The key again: nothing more is written, the card is left as the first rating left it.
    const stored = await db.card.findUniqueOrThrow({ where: { id } });
    expect(await record("first", stored)).toBe("key_used");
    expect(await db.card.findUniqueOrThrow({ where: { id } })).toEqual(stored);
    expect(await logs()).toBe(before + 1);
    // The version read is gone (the first rating changed the card).
    if (dialect() === "postgres") {
      // One statement: the log it wrote is rolled back with it, with no transaction around it.
      expect(await record("second")).toBe("card_changed");
      expect(await logs()).toBe(before + 1);
    } else {
      // Two statements: the caller's transaction rolls the log back (see reviewCard).
      const changed = runTransaction(function* () {
        if (
          (yield* recordRating("sqlite", s.id, log("second"), card, rated.card, now)) !== "recorded"
        )
          throw new Error("card changed");
      });
      await expect(changed).rejects.toThrow("card changed");
      expect(await logs()).toBe(before + 1);
    }
    expect(await db.card.findUniqueOrThrow({ where: { id } })).toEqual(stored);
    // A rating through runStatements (no transaction on PostgreSQL) is read back at once.
    const third = rateCard(stored, "good", now);
    expect(
      await runStatements(() =>
        recordRating(dialect(), s.id, { ...log("third"), ...third.log }, stored, third.card, now),
      ),
    ).toBe("recorded");
    expect((await db.card.findUniqueOrThrow({ where: { id } })).reps).toBe(third.card.reps);
  });

  it("makes each missing card once and says when the next one falls due", async () => {
    const s = await makeStudent();
    const { items } = await makeEssay(3);
    const now = new Date();
    const ids = items.map((i) => i.id);
    const made = await run(ensureCards(s.id, ids, newCardData(now), now));
    const again = await run(ensureCards(s.id, ids, newCardData(now), now));
    expect(again.map((c) => c.id)).toEqual(made.map((c) => c.id));
    expect(await db.card.count({ where: { userId: s.id } })).toBe(3);
    expect(made.every((c) => c.state === 0 && c.due.getTime() === now.getTime())).toBe(true);
    expect(await run(nextDueAfter(s.id, now, []))).toBeNull(); // new cards are not "scheduled"
    const later = new Date(now.getTime() + 3_600_000);
    await db.card.update({ where: { id: made[1]!.id }, data: { state: 2, due: later } });
    expect(await run(nextDueAfter(s.id, now, []))).toEqual(later);
    expect(await run(nextDueAfter(s.id, now, [made[1]!.id]))).toBeNull();
  });

  it("finds the unseen items of an essay, a set, or every set assigned for review, in study order", async () => {
    const s = await makeStudent();
    const teacher = await makeTeacher();
    const { essay, items } = await makeEssay(5, [{ type: "flashcard" }, { type: "mcq" }]);
    const cards = items.filter((i) => i.type === "flashcard");
    const { set } = await assignSet(
      teacher,
      s,
      [...cards].reverse().map((i) => i.id),
      "review",
    );
    await assignSet(teacher, s, [cards[0]!.id], "quiz"); // a quiz assignment adds nothing
    const now = new Date();
    await run(ensureCards(s.id, [cards[2]!.id], newCardData(now), now));
    const ids = async (scope?: { essayId: string } | { setId: string }, take = 10, skip = 0) =>
      (await run(unseenItems(s.id, scope, take, skip))).items.map((i) => i.id);
    const unseen = cards.filter((_, n) => n !== 2).map((i) => i.id);
    expect(await ids({ essayId: essay.id })).toEqual(unseen);
    expect(await ids({ setId: set.id })).toEqual([...unseen].reverse());
    expect(await ids()).toEqual([...unseen].reverse());
    // Pages follow on from each other.
    expect([...(await ids(undefined, 2, 0)), ...(await ids(undefined, 2, 2))]).toEqual(
      [...unseen].reverse(),
    );
    // The ORM's relation filter finds the same items.
    const orm = await db.setItem.findMany({
      where: {
        item: { status: "published", type: "flashcard", cards: { none: { userId: s.id } } },
        set: {
          assignments: {
            some: { mode: "review", class: { enrollments: { some: { userId: s.id } } } },
          },
        },
      },
      orderBy: { position: "asc" },
      select: { itemId: true },
    });
    expect(orm.map((r) => r.itemId)).toEqual(await ids());
    // The queue's statement reads the same first page, in the same order.
    const folded = async (scope?: { essayId: string } | { setId: string }, take = 10) => {
      const q = { until: now, soonTake: 1, newTake: 1, since: now, dueBy: now, scope };
      return (await run(queueRows(s.id, { ...q, unseenTake: take }))).unseen;
    };
    for (const scope of [{ essayId: essay.id }, { setId: set.id }, undefined]) {
      expect(await folded(scope)).toEqual(await run(unseenItems(s.id, scope, 10, 0)));
      expect(await folded(scope, 2)).toEqual(await run(unseenItems(s.id, scope, 2, 0)));
    }
    expect((await folded(undefined, 2))!.items.map((i) => i.id)).toEqual(await ids(undefined, 2));
    const other = await makeStudent();
    expect((await run(unseenItems(other.id, undefined, 10, 0))).items).toEqual([]);
  });
});

describe("the direct path next to the Prisma client", () => {
  it("reads what Prisma's raw SQL wrote and Prisma reads what it wrote, value for value", async () => {
    const { s, queue } = await studied(2);
    const [a, b] = queue.cards.map((c) => c.cardId) as [string, string];
    const now = new Date(Date.now() - 1234);
    const write = async (id: string, via: <T>(op: Op<T>) => Promise<T>) => {
      const { card } = (await via(cardForRating(s.id, id)))!;
      const rated = rateCard(card, "hard", now);
      await via(updateCard(s.id, card, rated.card, now));
    };
    await write(a, (op) => runWithPrisma(db, op));
    await write(b, (op) => runTransaction(() => op));
    for (const id of [a, b]) {
      const direct = await runTransaction(() => cardForRating(s.id, id));
      const prisma = await runWithPrisma(db, cardForRating(s.id, id));
      const orm = await db.card.findUniqueOrThrow({ where: { id }, select: FIELDS });
      expect(direct).toEqual(prisma);
      expect(direct!.card).toEqual(orm);
      expect(orm.lastReview).toEqual(now);
    }
    // Stored alike, byte for byte: the same instant written by each path has the same text.
    const stored = await db.$queryRaw<{ id: string; due: string; last: string }[]>`
      SELECT "id", CAST("due" AS TEXT) AS "due", CAST("lastReview" AS TEXT) AS "last"
      FROM "Card" WHERE "id" IN (${a}, ${b})`;
    expect(stored).toHaveLength(2);
    expect(stored[0]!.last).toBe(stored[1]!.last);
    expect(stored.map((r) => r.due.length)).toEqual([stored[0]!.due.length, stored[0]!.due.length]);
  });

  it("keeps each of many transactions begun at once, or rolls back only the one that fails", async () => {
    const { s, queue } = await studied(3);
    const ids = queue.cards.map((c) => c.cardId);
    const before = await db.card.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    const now = new Date();
    // Begun in one tick, they share one commit on SQLite (group commit); each is its own.
    const results = await Promise.allSettled(
      before.map((card, n) =>
        runTransaction(function* () {
          const rated = rateCard(card, "good", now);
          if (!(yield* updateCard(s.id, card, rated.card, now))) throw new Error("changed");
          if (n === 1) throw new Error("second fails after its write");
          return rated.card.reps;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const after = await db.card.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(after.map((c) => c.reps)).toEqual(before.map((c, n) => c.reps + (n === 1 ? 0 : 1)));
  });

  it.runIf(dialect() === "sqlite")(
    "answers a transaction only once the WAL holding it is synced, and leaves every other commit synced by SQLite",
    async () => {
      const { s, queue } = await studied(1);
      const card = await db.card.findUniqueOrThrow({ where: { id: queue.cards[0]!.cardId } });
      const synced: string[] = [];
      const fdatasync = fs.fdatasync;
      const spy = vi.spyOn(fs, "fdatasync").mockImplementation((fd, done) =>
        fdatasync(fd, (err) => {
          // The file the descriptor names (Linux), recorded once its sync has completed.
          synced.push(fs.readlinkSync(`/proc/self/fd/${fd}`));
          done(err);
        }),
      );
      let syncsWhenAnswered = -1;
      try {
        const now = new Date();
        await runTransaction(function* () {
          return yield* updateCard(s.id, card, rateCard(card, "good", now).card, now);
        }).then(() => (syncsWhenAnswered = synced.length));
      } finally {
        spy.mockRestore();
      }
      expect(syncsWhenAnswered).toBe(1);
      expect(synced[0]).toMatch(/-wal$/);
      // Prisma's own writes on the connection still sync inside COMMIT (synchronous = FULL).
      const [mode] =
        await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
      expect(Number(mode!.synchronous)).toBe(2);
    },
  );

  it("waits for a Prisma transaction open on the database and takes no part in it", async () => {
    const { s, queue } = await studied(2);
    const [a, b] = queue.cards.map((c) => c.cardId) as [string, string];
    let rating: Promise<unknown> | undefined;
    const abandoned = db.$transaction(async (tx) => {
      await tx.card.update({ where: { id: a }, data: { lapses: 99 } });
      rating = reviewCard(s, b, { rating: "good", idempotencyKey: "beside-a-transaction" });
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("rolled back");
    });
    await expect(abandoned).rejects.toThrow("rolled back");
    await rating;
    // The rolled-back write is gone; the rating made beside it is kept.
    expect((await db.card.findUniqueOrThrow({ where: { id: a } })).lapses).not.toBe(99);
    expect(
      await db.reviewLog.count({ where: { userId: s.id, idempotencyKey: "beside-a-transaction" } }),
    ).toBe(1);
  });
});
