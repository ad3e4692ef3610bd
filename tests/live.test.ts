import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { createGame, joinGame } from "@/lib/data/live";
import { applyAction, submitAnswer } from "@/lib/data/live-play";
import { getLiveReport, liveReportToCsv } from "@/lib/data/live-report";
import { subscribe, type LiveSignal } from "@/lib/data/live-bus";
import { getReviewQueue } from "@/lib/data/review";
import { newCardData, rateCard } from "@/lib/srs/fsrs";
import { makeEssay, makeStudent, makeTeacher } from "./support/learn-fixtures";

/** Live games through the data layer, on SQLite or (TEST_POSTGRES_URL) PostgreSQL. */

afterAll(async () => {
  await db.$disconnect();
});

async function classroom(allowGuests = false) {
  const teacher = await makeTeacher("Host");
  const [ana, ben] = [await makeStudent("Ana"), await makeStudent("Ben")];
  const klass = await db.class.create({
    data: {
      name: "Period 2",
      ownerId: teacher.id,
      joinCode: crypto.randomBytes(4).toString("hex"),
    },
  });
  for (const s of [ana, ben])
    await db.enrollment.create({ data: { classId: klass.id, userId: s.id } });
  // Three claims, each with a choice question (played) and a typed sibling (the card's item).
  const { items } = await makeEssay(3, [{ type: "mcq" }, { type: "short_answer" }]);
  const mcq = items.filter((i) => i.type === "mcq");
  const typed = items.filter((i) => i.type === "short_answer");
  const set = await db.itemSet.create({
    data: {
      title: "Orchard live",
      ownerId: teacher.id,
      items: { create: mcq.map((i, position) => ({ itemId: i.id, position })) },
    },
  });
  const game = await createGame(teacher, { setId: set.id, allowGuests }, "http://x.test");
  return { teacher, ana, ben, game, mcq, typed };
}

const join = (user: SessionUser | null, pin: string, nickname?: string) =>
  joinGame(user, { pin, ...(nickname ? { nickname } : {}) }, () => undefined);

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return "ok";
}

const at = (s: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, s));

describe("joining a live game", () => {
  it("lets the host's students in once, and guests only when allowed", async () => {
    const { ana, game } = await classroom(false);
    expect(game.pin).toMatch(/^\d{6}$/);
    expect(game.joinUrl).toBe(`http://x.test/play?pin=${game.pin}`);
    const first = await join(ana, game.pin);
    const again = await join(ana, game.pin);
    expect(again.playerId).toBe(first.playerId);
    expect(await failure(join(null, game.pin, "Zed"))).toBe("unauthorized");
    expect(await failure(join(await makeStudent("Stranger"), game.pin))).toBe("forbidden");
    expect(await failure(join(ana, "000000" === game.pin ? "000001" : "000000"))).toBe("not_found");
  });

  it("takes guests with a unique nickname when the host allows them", async () => {
    const { game } = await classroom(true);
    expect((await join(null, game.pin, "Zed")).token).toBeTruthy();
    expect(await failure(join(null, game.pin, "Zed"))).toBe("conflict");
    expect(await failure(join(null, game.pin))).toBe("invalid");
  });
});

describe("answers by the server's clock", () => {
  it("counts an answer once, before the close only, with more points for speed", async () => {
    const { ana, ben, game, mcq } = await classroom();
    const a = await join(ana, game.pin);
    const b = await join(ben, game.pin);
    await applyAction(game.id, "start", at(0)); // mcq: 20 s
    const q = { questionId: mcq[0]!.id, response: "pear-0" };
    expect(await submitAnswer(a.playerId, game.id, q, at(2))).toEqual({ accepted: true });
    expect(await failure(submitAnswer(a.playerId, game.id, q, at(3)))).toBe("conflict");
    expect(await failure(submitAnswer(b.playerId, game.id, q, at(20)))).toBe("invalid");
    // Another question than the open one is refused too.
    const other = { questionId: mcq[1]!.id, response: "pear-1" };
    expect(await failure(submitAnswer(b.playerId, game.id, other, at(5)))).toBe("invalid");
    const rows = await db.liveAnswer.findMany({ where: { gameId: game.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ correct: true, points: 950 });
    const player = await db.livePlayer.findUniqueOrThrow({ where: { id: a.playerId } });
    expect(player.score).toBe(950);
  });

  it("closes the question as soon as every player has answered", async () => {
    const { ana, ben, game, mcq } = await classroom();
    const a = await join(ana, game.pin);
    const b = await join(ben, game.pin);
    await applyAction(game.id, "start", at(0));
    await submitAnswer(a.playerId, game.id, { questionId: mcq[0]!.id, response: "fig-0" }, at(1));
    await submitAnswer(b.playerId, game.id, { questionId: mcq[0]!.id, response: "pear-0" }, at(2));
    expect((await db.liveGame.findUniqueOrThrow({ where: { id: game.id } })).status).toBe("reveal");
  });

  it("tells every stream about an answer (LISTEN/NOTIFY on PostgreSQL)", async () => {
    const { ana, ben, game, mcq } = await classroom();
    const a = await join(ana, game.pin);
    await join(ben, game.pin);
    await applyAction(game.id, "start", at(0));
    const seen: LiveSignal[] = [];
    const stop = await subscribe(game.id, (s) => seen.push(s));
    await submitAnswer(a.playerId, game.id, { questionId: mcq[0]!.id, response: "x" }, at(1));
    await expect
      .poll(() => seen.find((s) => s.kind === "answer"))
      .toMatchObject({
        playerId: a.playerId,
        count: 1,
      });
    stop();
  });
});

describe("after the game", () => {
  it("turns each signed-in player's misses into due cards: new, or an existing card lapsed", async () => {
    const { teacher, ana, ben, game, mcq, typed } = await classroom(true);
    // Ana studied claim 1 already: her card of its typed item is in review, due weeks from now.
    const studied = new Date(Date.UTC(2026, 0, 1));
    const fresh = { id: crypto.randomUUID(), ...newCardData(studied) };
    const learned = rateCard(fresh, "easy", studied);
    const card = await db.card.create({
      data: { userId: ana.id, itemId: typed[1]!.id, ...learned.card },
    });
    expect(card.due > at(0)).toBe(true);
    const a = await join(ana, game.pin);
    await join(ben, game.pin); // answers nothing
    const guest = await join(null, game.pin, "Visitor");

    await applyAction(game.id, "start", at(0));
    await submitAnswer(a.playerId, game.id, { questionId: mcq[0]!.id, response: "pear-0" }, at(1));
    await submitAnswer(guest.playerId, game.id, { questionId: mcq[0]!.id, response: "x" }, at(1));
    await applyAction(game.id, "next", at(5)); // reveal
    await applyAction(game.id, "next", at(6)); // question 2
    await submitAnswer(a.playerId, game.id, { questionId: mcq[1]!.id, response: "plum-1" }, at(7));
    await applyAction(game.id, "next", at(8));
    await applyAction(game.id, "next", at(9)); // question 3, nobody answers
    const end = at(40);
    await applyAction(game.id, "end", end);

    const anaCards = await db.card.findMany({ where: { userId: ana.id } });
    // Claim 0 answered right: no card. Claim 1 wrong: the old card lapsed. Claim 2 unanswered: new.
    expect(anaCards.map((c) => c.itemId).sort()).toEqual([typed[1]!.id, typed[2]!.id].sort());
    const lapsed = anaCards.find((c) => c.itemId === typed[1]!.id)!;
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.due <= new Date(end.getTime() + 3_600_000)).toBe(true);
    const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: lapsed.id } });
    expect(log.rating).toBe(1);
    expect(anaCards.find((c) => c.itemId === typed[2]!.id)!.due <= end).toBe(true);
    expect(await db.card.count({ where: { userId: ben.id } })).toBe(3);

    const queue = await getReviewQueue(ben, { limit: 20 }, end);
    expect(queue.cards.map((c) => c.itemId).sort()).toEqual(typed.map((t) => t.id).sort());

    // Ending twice changes nothing.
    expect((await applyAction(game.id, "end", at(50))).applied).toBe(false);
    expect(await db.card.count({ where: { userId: { in: [ana.id, ben.id] } } })).toBe(5);

    const report = await getLiveReport(teacher, game.id);
    expect(report.students.map((s) => [s.name, s.correct, s.answered])).toEqual([
      ["Ana", 1, 2],
      ["Ben", 0, 0],
      ["Visitor", 0, 1],
    ]);
    expect(report.students.find((s) => s.name === "Visitor")!.guest).toBe(true);
    expect(report.items[0]!.correctRate).toBe(0);
    const csv = liveReportToCsv(report);
    expect(csv.body).toContain("Visitor");
    expect(csv.filename).toMatch(/^live-orchard-live-.*\.csv$/);
    expect(await failure(getLiveReport(ana, game.id))).toBe("not_found");
  });
});

describe("guessing PINs", () => {
  it("stops an account after 20 wrong PINs, even before a right one", async () => {
    const { ana, game } = await classroom();
    const wrong = game.pin === "999999" ? "999998" : "999999";
    for (let i = 0; i < 20; i++) expect(await failure(join(ana, wrong))).toBe("not_found");
    expect(await failure(join(ana, wrong))).toBe("rate_limited");
    expect(await failure(join(ana, game.pin))).toBe("rate_limited");
  });
});
