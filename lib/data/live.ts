import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idParam } from "@/lib/http";
import type { SessionUser } from "@/lib/auth/session";
import { requireSetAccess } from "@/lib/data/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { publish } from "@/lib/data/live-bus";
import { checkPinLimit, recordWrongPin } from "@/lib/data/live-pin-limit";
import { LIVE_TYPES, MAX_SECONDS, MIN_SECONDS } from "@/lib/live/rules";
import { ACTIONS } from "@/lib/live/machine";

/** Making, joining and recognising live games. Playing them is in live-play.ts. */

export const createLiveSchema = z.object({
  setId: idParam,
  allowGuests: z.boolean().optional(),
  secondsPerQuestion: z.number().int().min(MIN_SECONDS).max(MAX_SECONDS).optional(),
});
export const joinLiveSchema = z.object({
  pin: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "The game PIN is six digits"),
  nickname: z.string().trim().min(1, "Type a nickname").max(30).optional(),
});
export const controlSchema = z.object({
  action: z.enum(ACTIONS, {
    message: 'action must be "start", "next", "pause", "resume" or "end"',
  }),
});
export const answerSchema = z.object({
  questionId: idParam,
  response: z.string().max(500, "An answer may be at most 500 characters"),
});

/** The cookie that says which player of a game this browser is (a guest has nothing else). */
export const playerCookie = (gameId: string) => `claimdeck_live_${gameId}`;
const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
const PIN_TRIES = 20;

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

export async function createGame(
  user: SessionUser,
  input: z.infer<typeof createLiveSchema>,
  origin: string,
) {
  const set = await requireSetAccess(user, input.setId);
  const rows = await db.setItem.findMany({
    where: { setId: set.id, item: { status: "published", type: { in: [...LIVE_TYPES] } } },
    orderBy: { position: "asc" },
    select: { itemId: true },
  });
  if (rows.length === 0) {
    throw new AppError(
      "invalid",
      "This set has no published multiple-choice, true/false, cloze or short-answer items to play. Add some to the set first.",
    );
  }
  for (let i = 0; i < PIN_TRIES; i++) {
    const pin = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
    try {
      const game = await db.liveGame.create({
        data: {
          pin,
          hostId: user.id,
          setId: set.id,
          allowGuests: input.allowGuests ?? false,
          secondsPerQuestion: input.secondsPerQuestion ?? null,
          itemIdsJson: JSON.stringify(rows.map((r) => r.itemId)),
        },
      });
      return { id: game.id, pin, joinUrl: joinUrl(origin, pin) };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new AppError("conflict", "No free game PIN was found. Try again.");
}

export const joinUrl = (origin: string, pin: string) => `${origin}/play?pin=${pin}`;

export interface Joined {
  gameId: string;
  playerId: string;
  /** Set when the browser needs a new player cookie. */
  token?: string;
}

/**
 * Students of the host's classes join under their own name (and get review cards afterwards);
 * anyone else only when the host allowed guests, with a nickname. Joining again — after a reload,
 * from another tab — gives back the same player.
 */
export async function joinGame(
  user: SessionUser | null,
  input: z.infer<typeof joinLiveSchema>,
  cookieToken: (gameId: string) => string | undefined,
  address = "local",
): Promise<Joined> {
  await checkPinLimit(user?.id ?? null, address);
  const game = await db.liveGame.findFirst({
    where: { pin: input.pin, status: { not: "ended" } },
    select: { id: true, hostId: true, allowGuests: true },
  });
  if (!game) {
    await recordWrongPin(user?.id ?? null, address);
    throw new AppError("not_found", "No game is running with this PIN. Check the PIN.");
  }
  if (user?.id === game.hostId) {
    throw new AppError(
      "conflict",
      "You are hosting this game; players join from their own device.",
    );
  }
  const token = cookieToken(game.id);
  if (token) {
    const mine = await db.livePlayer.findFirst({
      where: { gameId: game.id, tokenHash: hashToken(token) },
    });
    if (mine && (!mine.userId || mine.userId === user?.id))
      return { gameId: game.id, playerId: mine.id };
  }
  const student =
    user?.role === "student" &&
    (await db.enrollment.count({
      where: { userId: user.id, removedAt: null, class: { ownerId: game.hostId } },
    })) > 0;
  if (student && user) {
    const existing = await db.livePlayer.findUnique({
      where: { gameId_userId: { gameId: game.id, userId: user.id } },
    });
    if (existing) return { ...(await reissue(existing.id)), gameId: game.id };
    return addPlayer(game.id, user.id, user.name);
  }
  if (!game.allowGuests) {
    throw user
      ? new AppError(
          "forbidden",
          "Only students of the host's classes can join this game. Join the class first.",
        )
      : new AppError("unauthorized", "Sign in to join this game (guests are not allowed).");
  }
  const nickname = input.nickname ?? user?.name;
  if (!nickname) throw new AppError("invalid", "Type a nickname to join as a guest.");
  return addPlayer(game.id, null, nickname);
}

async function addPlayer(gameId: string, userId: string | null, nickname: string): Promise<Joined> {
  const token = crypto.randomBytes(24).toString("base64url");
  try {
    const p = await db.livePlayer.create({
      data: { gameId, userId, nickname, tokenHash: hashToken(token) },
    });
    await publish({ gameId, kind: "players" });
    return { gameId, playerId: p.id, token };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    if (userId) {
      const p = await db.livePlayer.findUniqueOrThrow({
        where: { gameId_userId: { gameId, userId } },
      });
      return { gameId, ...(await reissue(p.id)) };
    }
    throw new AppError("conflict", "Someone in this game already has this nickname. Pick another.");
  }
}

/** A signed-in player on a new device gets a fresh cookie (the old one stops working). */
async function reissue(playerId: string): Promise<{ playerId: string; token: string }> {
  const token = crypto.randomBytes(24).toString("base64url");
  await db.livePlayer.update({ where: { id: playerId }, data: { tokenHash: hashToken(token) } });
  return { playerId, token };
}

export type Viewer = { role: "host"; userId: string } | { role: "player"; playerId: string };

/** The host (by session) or a player (by session or cookie); anyone else reads the game as absent. */
export async function identifyViewer(
  user: SessionUser | null,
  gameId: string,
  cookieToken: string | undefined,
): Promise<Viewer> {
  const game = await db.liveGame.findUnique({ where: { id: gameId }, select: { hostId: true } });
  if (game && user && game.hostId === user.id) return { role: "host", userId: user.id };
  if (game && user) {
    const p = await db.livePlayer.findFirst({
      where: { gameId, userId: user.id },
      select: { id: true },
    });
    if (p) return { role: "player", playerId: p.id };
  }
  if (game && cookieToken) {
    const p = await db.livePlayer.findFirst({
      where: { gameId, tokenHash: hashToken(cookieToken), userId: null },
      select: { id: true },
    });
    if (p) return { role: "player", playerId: p.id };
  }
  throw new AppError(
    "not_found",
    "No live game with this id is open to you. Join it with its PIN.",
  );
}

/**
 * The player behind an answer, in one query (the hot path of a burst of answers). The host gets a
 * 403, anyone else a 404.
 */
export async function identifyPlayer(
  user: SessionUser | null,
  gameId: string,
  cookieToken: string | undefined,
): Promise<string> {
  const ways = [
    ...(user ? [{ userId: user.id }] : []),
    ...(cookieToken ? [{ tokenHash: hashToken(cookieToken), userId: null }] : []),
  ];
  const p = ways.length
    ? await db.livePlayer.findFirst({ where: { gameId, OR: ways }, select: { id: true } })
    : null;
  if (p) return p.id;
  const viewer = await identifyViewer(user, gameId, cookieToken);
  if (viewer.role === "host") throw new AppError("forbidden", "The host does not answer.");
  return viewer.playerId;
}

/** The host's own game, or 404. */
export async function requireHostedGame(user: SessionUser, gameId: string) {
  const game = await db.liveGame.findFirst({
    where: { id: gameId, hostId: user.id },
    include: { set: { select: { title: true } } },
  });
  if (!game) throw new AppError("not_found", "No live game with this id is yours.");
  return game;
}

/** The teacher's recent games, for the set page and the teacher home. */
export async function listHostedGames(user: SessionUser, setId?: string) {
  const games = await db.liveGame.findMany({
    where: { hostId: user.id, ...(setId ? { setId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      id: true,
      status: true,
      createdAt: true,
      set: { select: { title: true } },
      _count: { select: { players: true } },
    },
  });
  return games.map((g) => ({
    id: g.id,
    status: g.status,
    createdAt: g.createdAt.toISOString(),
    setTitle: g.set.title,
    players: g._count.players,
  }));
}
