import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReviewQueue, reviewCard, undoLastReview } from "@/lib/data/review";
import {
  cardForRating,
  RatingRefused,
  ratingWrites,
  type Op,
  type Prefs,
  type RawCard,
} from "@/lib/data/review-sql";
import { queueRows, type QueueRows, type RawCardWithItem } from "@/lib/data/review-queue-sql";
import { dialect, runStatements, runWithPrisma } from "@/lib/data/review-driver";
import { rateCard, type RatingName } from "@/lib/srs/fsrs";
import { makeEssay, makeStudent, ratingLog } from "./support/learn-fixtures";

/**
 * On PostgreSQL a rating's writes and the queue after them are one statement (queueRows'
 * `rating`), whose reads do not see its own writes: afterRating puts the rated card back as
 * written. These tests compare its rows with the same queue read after the rating, in every place
 * the rated card can be: walked, held by the client, out of the scope, cut off by a walk's limit.
 * And the card states a process remembers between requests (review-card-cache.ts) never decide a
 * schedule once the card changed elsewhere (both databases; SQLite reads the card each time).
 */
const onPostgres = dialect() === "postgres";
const RUNNERS: [string, <T>(op: () => Op<T>) => Promise<T>][] = [
  ["on the driver directly", (op) => runStatements(op)],
  ["through Prisma's raw SQL", (op) => runWithPrisma(db, op())],
];

async function ready(cards = 6) {
  const s = await makeStudent();
  const { essay } = await makeEssay(cards);
  const other = await makeEssay(2);
  const queue = await getReviewQueue(s, { limit: cards, essay: essay.slug });
  const t0 = new Date(Date.now() - 3 * 86_400_000);
  for (const [i, c] of queue.cards.entries())
    await reviewCard(s, c.cardId, { rating: i % 2 ? "again" : "easy" }, t0);
  await getReviewQueue(s, { limit: 2, essay: other.essay.slug }); // two new cards elsewhere
  return { s, essay, other: other.essay, ids: queue.cards.map((c) => c.cardId) };
}

/** A walked card without its text (the rated card is put back without one: it is read if sent). */
const bare = (c: RawCardWithItem) => ({ ...c, text: undefined });
/** The rows compared: what the queue is chosen and counted from. */
const view = (r: QueueRows) => ({
  soon: r.soon.map(bare),
  made: r.made.map(bare),
  held: r.held.map(bare),
  rated: [...r.rated].sort((a, b) => (a.cardId + a.state < b.cardId + b.state ? -1 : 1)),
  due: r.due,
});

describe.runIf(onPostgres).each(RUNNERS)(
  "one statement rates and reads the queue, %s",
  (_, run) => {
    const now = new Date();
    const q = (scope?: { essayId: string }, have?: string[], soonTake = 50, dueBy = now) => ({
      until: new Date(now.getTime() + 20 * 60_000),
      soonTake,
      newTake: 10,
      since: new Date(now.getTime() - 7 * 86_400_000),
      dueBy,
      scope,
      have,
      texts: true,
    });

    async function rateIn(
      s: { id: string },
      id: string,
      rating: RatingName,
      opts: ReturnType<typeof q>,
      key = crypto.randomUUID(),
      was?: RawCard,
      prefs?: Prefs,
    ) {
      const found = (await run(() => cardForRating(s.id, id)))!;
      const card = was ?? found.card;
      const rated = rateCard(card, rating, now);
      const log = ratingLog(rated, { cardId: id, userId: s.id }, key);
      const written = { ...rated.card, id, itemId: card.itemId, createdAt: card.createdAt };
      return run(() =>
        queueRows(s.id, {
          ...opts,
          rating: {
            writes: ratingWrites(s.id, log, card, rated.card, now, prefs ?? found.prefs),
            card: written,
            logState: rated.log.state,
          },
        }),
      );
    }

    it("reads what a queue read after the rating reads, wherever the rated card is", async () => {
      const { s, essay, other, ids } = await ready(7);
      const cases: [string, ReturnType<typeof q>, RatingName][] = [
        ["walked, all cards", q(), "again"],
        ["walked, its essay", q({ essayId: essay.id }), "hard"],
        ["held by the client", q({ essayId: essay.id }, [ids[2]!, ids[3]!]), "again"],
        ["out of the scope", q({ essayId: other.id }), "again"],
        ["beyond a walk's limit", q(undefined, undefined, 2), "easy"],
        ["first in a walk's limit", q(undefined, undefined, 2), "again"],
        [
          "still counted as due",
          q(undefined, undefined, 50, new Date(now.getTime() + 9e8)),
          "again",
        ],
      ];
      for (const [n, [name, opts, rating]] of cases.entries()) {
        const id = name === "held by the client" ? ids[2]! : ids[n]!;
        const after = await rateIn(s, id, rating, opts);
        const fresh = await run(() => queueRows(s.id, opts));
        expect(view(after), name).toEqual(view(fresh));
        expect(
          after.soon.map((c) => c.id),
          name,
        ).toEqual(fresh.soon.map((c) => c.id));
      }
    });

    it("writes nothing when the card or the preferences are not as read, or the key was used", async () => {
      const { s, ids } = await ready(3);
      const id = ids[0]!;
      const logs = () => db.reviewLog.count({ where: { userId: s.id } });
      const before = await logs();
      const card = (await run(() => cardForRating(s.id, id)))!;
      const stale = { ...card.card, due: new Date(card.card.due.getTime() - 1) };
      await expect(rateIn(s, id, "good", q(), "k1", stale)).rejects.toThrow(RatingRefused);
      const prefs = { ...card.prefs, desiredRetention: 0.85 };
      await expect(rateIn(s, id, "good", q(), "k2", undefined, prefs)).rejects.toThrow(
        RatingRefused,
      );
      expect(await logs()).toBe(before);
      expect(await db.card.findUniqueOrThrow({ where: { id } })).toMatchObject({
        reps: card.card.reps,
        due: card.card.due,
      });
      await rateIn(s, id, "good", q(), "k3");
      await expect(rateIn(s, ids[1]!, "good", q(), "k3")).rejects.toMatchObject({
        reason: "key_used",
      });
      expect(await logs()).toBe(before + 1);
    });
  },
);

describe("a card state remembered from an earlier request", () => {
  /** What a fresh read and FSRS make of the card now. */
  async function expected(userId: string, cardId: string, rating: RatingName, now: Date) {
    const { card, prefs } = (await runWithPrisma(db, cardForRating(userId, cardId)))!;
    return rateCard(card, rating, now, prefs.desiredRetention).card;
  }
  const stored = (id: string) => db.card.findUniqueOrThrow({ where: { id } });

  it("never schedules a card changed since: brought forward, rated elsewhere, undone, or new preferences", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(5);
    const first = await getReviewQueue(s, { limit: 5, essay: essay.slug });
    const [a, b, c, d, e] = first.cards.map((x) => x.cardId) as [string, ...string[]];
    const next = { limit: 1, have: [b!, c!, d!, e!], essay: essay.slug };
    const now = new Date();
    // e in review, where the desired retention decides its next interval.
    const day = 86_400_000;
    const review = { state: 2, stability: 5, difficulty: 5, reps: 3, scheduledDays: 4 };
    const lastReview = new Date(now.getTime() - 5 * day);
    await db.card.update({ where: { id: e! }, data: { ...review, lastReview, due: now } });
    await reviewCard(s, a, { rating: "good", next }, now); // the page holds b–e: remembered
    // b brought forward (its due only), c rated by another instance, d's rating undone after the
    // queue was read, new preferences before e.
    const forward = new Date(now.getTime() - day);
    await db.card.update({ where: { id: b! }, data: { due: forward } });
    const want = await expected(s.id, b!, "easy", now);
    await reviewCard(s, b!, { rating: "easy", next: { ...next, have: [c!, d!, e!] } }, now);
    expect(await stored(b!)).toMatchObject({ due: want.due, stability: want.stability });
    // The log keeps the card as it was rated from: brought forward.
    expect(await db.reviewLog.findFirst({ where: { cardId: b! } })).toMatchObject({ due: forward });

    const elsewhere = rateCard(await stored(c!), "hard", now).card;
    await db.card.update({ where: { id: c! }, data: elsewhere });
    const wantC = await expected(s.id, c!, "good", now);
    await reviewCard(s, c!, { rating: "good", next: { ...next, have: [d!, e!] } }, now);
    expect(await stored(c!)).toMatchObject({ reps: wantC.reps, due: wantC.due });

    await reviewCard(s, d!, { rating: "again", next: { ...next, have: [e!] } }, now);
    await undoLastReview(s, now);
    const wantD = await expected(s.id, d!, "good", now);
    await reviewCard(s, d!, { rating: "good", next: { ...next, have: [e!] } }, now);
    expect(await stored(d!)).toMatchObject({ reps: wantD.reps, due: wantD.due });

    await db.user.update({ where: { id: s.id }, data: { desiredRetention: 0.8 } });
    const wantE = await expected(s.id, e!, "good", now);
    const asBefore = rateCard(await stored(e!), "good", now, 0.9).card;
    expect(asBefore.due).not.toEqual(wantE.due);
    const res = await reviewCard(s, e!, { rating: "good", next: { ...next, have: [] } }, now);
    expect(await stored(e!)).toMatchObject({ due: wantE.due, stability: wantE.stability });
    expect(res.card.due).toBe(wantE.due.toISOString());
    expect(await db.reviewLog.count({ where: { userId: s.id, undoneAt: null } })).toBe(5);
  });

  it("answers 404 for a remembered card that is gone", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(2);
    const [a, b] = (await getReviewQueue(s, { limit: 2, essay: essay.slug })).cards;
    await reviewCard(s, a!.cardId, { rating: "good", next: { limit: 1, have: [b!.cardId] } });
    await db.card.delete({ where: { id: b!.cardId } });
    await expect(reviewCard(s, b!.cardId, { rating: "good" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
