import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import { publish } from "@/lib/data/live-bus";
import { makeCardsFromMisses } from "@/lib/data/live-cards";
import { answerSchema, requireHostedGame } from "@/lib/data/live";
import { transition, type Action, type GameState, type Phase } from "@/lib/live/machine";
import { answerPoints, judgeTiming, VERDICT_MESSAGE, type LiveType } from "@/lib/live/rules";

/** Playing a live game: the host's actions, the server's own close, and players' answers. */

type GameRow = Prisma.LiveGameGetPayload<object>;

class Changed extends Error {}

export function gameState(g: GameRow): GameState {
  return {
    status: g.status as Phase,
    questionIndex: g.questionIndex,
    questionCount: itemIds(g).length,
    questionOpenedAt: g.questionOpenedAt,
    closesAt: g.closesAt,
    pausedFrom: (g.pausedFrom as Phase | null) ?? null,
    pausedRemainingMs: g.pausedRemainingMs,
  };
}

export const itemIds = (g: Pick<GameRow, "itemIdsJson">) => JSON.parse(g.itemIdsJson) as string[];

/**
 * Applies an action to the game as it is in the database. The write is conditional on the version
 * read, so of two racing actions (two tabs, two instances' timers) exactly one applies; the other
 * is re-judged against the new state. Ending makes the review cards in the same transaction.
 */
export async function applyAction(
  gameId: string,
  action: Action,
  now = new Date(),
): Promise<{ applied: boolean; message?: string }> {
  for (let tries = 0; tries < 5; tries++) {
    const g = await db.liveGame.findUnique({ where: { id: gameId } });
    if (!g) throw new AppError("not_found", "No live game with this id.");
    const ids = itemIds(g);
    const types = new Map(
      (
        await db.item.findMany({ where: { id: { in: ids } }, select: { id: true, type: true } })
      ).map((i) => [i.id, i.type as LiveType]),
    );
    const t = transition(
      gameState(g),
      action,
      now,
      (i) => types.get(ids[i]!) ?? "mcq",
      g.secondsPerQuestion,
    );
    if (!t.ok) return { applied: false, message: t.message };
    const data = {
      ...t.patch,
      ...(t.patch.status === "ended" ? { pin: null } : {}),
      version: { increment: 1 },
    };
    try {
      await db.$transaction(
        async (tx) => {
          const u = await tx.liveGame.updateMany({ where: { id: g.id, version: g.version }, data });
          if (u.count !== 1) throw new Changed();
          if (t.patch.status === "ended") await makeCardsFromMisses(tx, g.id, now);
        },
        { timeout: 30_000 },
      );
    } catch (err) {
      if (err instanceof Changed) continue;
      throw err;
    }
    await publish({ gameId, kind: "state" });
    return { applied: true };
  }
  throw new AppError("conflict", "The game changed while this was being applied. Try again.");
}

/** The host's buttons: a refused action (e.g. "start" twice) is a 409 with the reason. */
export async function controlGame(user: SessionUser, gameId: string, action: Action) {
  await requireHostedGame(user, gameId);
  const r = await applyAction(gameId, action);
  if (!r.applied) throw new AppError("conflict", r.message);
  return { status: (await db.liveGame.findUniqueOrThrow({ where: { id: gameId } })).status };
}

/** Closes the open question once its time is up (any instance may call this; one write wins). */
export async function closeIfDue(gameId: string, now = new Date()): Promise<void> {
  const g = await db.liveGame.findUnique({
    where: { id: gameId },
    select: { status: true, closesAt: true },
  });
  if (g?.status === "question" && g.closesAt && g.closesAt <= now)
    await applyAction(gameId, "close", now);
}

/**
 * One answer from one player. Counts only while the question is open by the server's clock (else
 * 422) and only once (the unique index on player and question: 409). When every player has
 * answered, the question closes early.
 */
export async function submitAnswer(
  playerId: string,
  gameId: string,
  input: z.infer<typeof answerSchema>,
  now = new Date(),
): Promise<{ accepted: true }> {
  const g = await db.liveGame.findUnique({
    where: { id: gameId },
    include: { _count: { select: { players: true } } },
  });
  if (!g) throw new AppError("not_found", "No live game with this id.");
  const ids = itemIds(g);
  const index = ids.indexOf(input.questionId);
  if (index < 0) throw new AppError("invalid", "This question is not part of the game.");
  const verdict = judgeTiming(g, index, now);
  if (!verdict.ok) throw new AppError("invalid", VERDICT_MESSAGE[verdict.reason]);
  const item = await db.item.findUniqueOrThrow({
    where: { id: input.questionId },
    select: { answer: true, type: true },
  });
  const correct = gradeAnswer(item.answer, input.response, item.type as LiveType);
  const limitMs = g.closesAt!.getTime() - g.questionOpenedAt!.getTime();
  const points = answerPoints(correct, verdict.elapsedMs, limitMs);
  try {
    await db.$transaction([
      db.liveAnswer.create({
        data: {
          gameId,
          playerId,
          itemId: input.questionId,
          questionIndex: index,
          response: input.response.trim(),
          correct,
          points,
          elapsedMs: verdict.elapsedMs,
        },
      }),
      db.livePlayer.update({ where: { id: playerId }, data: { score: { increment: points } } }),
    ]);
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new AppError(
        "conflict",
        "You already answered this question; only your first answer counts.",
      );
    }
    throw err;
  }
  const count = await db.liveAnswer.count({ where: { gameId, questionIndex: index } });
  await publish({ gameId, kind: "answer", playerId, questionIndex: index, count });
  // Everyone who had joined when the answer came in has answered: no need to wait for the clock.
  if (count >= g._count.players) await applyAction(gameId, "close", now);
  return { accepted: true };
}
