import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { db, isPostgresUrl } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * How a change to a live game reaches every open event stream. On PostgreSQL every instance LISTENs
 * on one channel through its own dedicated connection (the pool's connections come and go), and a
 * change is a NOTIFY carrying the game id, so a player on one instance and the host on another see
 * the same game. On SQLite (one instance) an in-process emitter does the same job.
 */

export type LiveSignal =
  /** The game's phase changed: streams read the new state from the database. */
  | { gameId: string; kind: "state" }
  /** Someone joined (lobby list) — streams re-read the state too. */
  | { gameId: string; kind: "players" }
  /** One answer came in: sent as is, so the host's count moves without a database read. */
  | { gameId: string; kind: "answer"; playerId: string; questionIndex: number; count: number };

const CHANNEL = "claimdeck_live";

interface Bus {
  emitter: EventEmitter;
  listener?: Promise<pg.Client | null>;
}

const g = globalThis as unknown as { claimdeckLiveBus?: Bus };

function bus(): Bus {
  if (!g.claimdeckLiveBus) {
    const emitter = new EventEmitter();
    // Hundreds of players' streams subscribe to one game: not a leak.
    emitter.setMaxListeners(0);
    g.claimdeckLiveBus = { emitter };
  }
  return g.claimdeckLiveBus;
}

const onPostgres = () => isPostgresUrl(env().DATABASE_URL);

function deliver(raw: string) {
  try {
    const signal = JSON.parse(raw) as LiveSignal;
    if (typeof signal?.gameId === "string") bus().emitter.emit(signal.gameId, signal);
  } catch {
    // A payload another program sent on our channel: ignore it.
  }
}

/** The process's LISTEN connection, made on first use and remade after it drops. */
function ensureListener(): Promise<pg.Client | null> {
  const b = bus();
  if (b.listener) return b.listener;
  b.listener = (async () => {
    const client = new pg.Client({ connectionString: env().DATABASE_URL, keepAlive: true });
    const reset = () => {
      b.listener = undefined;
      client.end().catch(() => undefined);
      // Streams still open need the channel back; the next subscribe would also reconnect.
      if (b.emitter.eventNames().length > 0) setTimeout(() => void ensureListener(), 1000);
    };
    client.on("error", reset);
    client.on("end", () => {
      if (b.listener) reset();
    });
    client.on("notification", (msg) => {
      if (msg.channel === CHANNEL && msg.payload) deliver(msg.payload);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // Changes made while the channel was down were not heard: every open stream re-reads its game.
    for (const gameId of b.emitter.eventNames())
      if (typeof gameId === "string") b.emitter.emit(gameId, { gameId, kind: "state" });
    return client;
  })().catch((err) => {
    console.error("live events: LISTEN failed", err);
    b.listener = undefined;
    return null;
  });
  return b.listener;
}

/** Tells every instance's streams about a change. Call after the change is committed. */
export async function publish(signal: LiveSignal): Promise<void> {
  const payload = JSON.stringify(signal);
  if (!onPostgres()) {
    deliver(payload);
    return;
  }
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}

/** Calls `fn` for every signal about the game until the returned function is called. */
export async function subscribe(
  gameId: string,
  fn: (signal: LiveSignal) => void,
): Promise<() => void> {
  const { emitter } = bus();
  emitter.on(gameId, fn);
  if (onPostgres()) await ensureListener();
  return () => emitter.off(gameId, fn);
}
