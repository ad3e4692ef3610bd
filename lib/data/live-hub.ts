import "server-only";
import { db } from "@/lib/db";
import { subscribe, type LiveSignal } from "@/lib/data/live-bus";
import { loadSnapshot } from "@/lib/data/live-snapshot";
import { applyAction, closeIfDue } from "@/lib/data/live-play";
import type { Viewer } from "@/lib/data/live";
import { buildView, viewEvents, type GameView, type Snapshot } from "@/lib/live/views";

/**
 * One hub per game per process holds that game's open event streams. A change is read from the
 * database once and fanned out to every stream as the view its role may see; a question's close
 * timer runs here (every instance with a stream sets one; the conditional write lets one win).
 */

export type Send = (event: string, data: unknown) => void;
interface Conn {
  viewer: Viewer;
  send: Send;
}

/** How long a host may be gone (a reload, a flaky network) before the game pauses. */
export const HOST_GRACE_MS = 4000;
/** Players' answer counts are batched: 200 answers in a second need not be 200 messages each. */
const PLAYER_COUNT_EVERY_MS = 400;

class Hub {
  conns = new Set<Conn>();
  snapshot: Snapshot | null = null;
  private unsubscribe?: () => void;
  private loading = false;
  private dirty = false;
  private closeTimer?: NodeJS.Timeout;
  private countTimer?: NodeJS.Timeout;
  private latestCount: { count: number; questionIndex: number } | null = null;

  constructor(readonly gameId: string) {}

  async open() {
    this.unsubscribe = await subscribe(this.gameId, (s) => this.onSignal(s));
  }

  shut() {
    this.unsubscribe?.();
    clearTimeout(this.closeTimer);
    clearTimeout(this.countTimer);
  }

  private onSignal(s: LiveSignal) {
    if (s.kind !== "answer") {
      this.refresh().catch((err) => console.error("live: refresh failed", err));
      return;
    }
    const total = this.snapshot?.players.length ?? 0;
    for (const c of this.conns) {
      if (c.viewer.role === "host")
        c.send("answers", {
          questionIndex: s.questionIndex,
          count: s.count,
          total,
          playerId: s.playerId,
        });
    }
    // Players get the count only, never who answered.
    if (!this.latestCount || s.count > this.latestCount.count)
      this.latestCount = { count: s.count, questionIndex: s.questionIndex };
    this.countTimer ??= setTimeout(() => {
      this.countTimer = undefined;
      const latest = this.latestCount;
      if (!latest) return;
      for (const c of this.conns)
        if (c.viewer.role === "player") c.send("answers", { ...latest, total });
    }, PLAYER_COUNT_EVERY_MS);
  }

  /** Re-reads the game and sends every stream its view; signals during a read cause one more read. */
  async refresh() {
    if (this.loading) {
      this.dirty = true;
      return;
    }
    this.loading = true;
    try {
      do {
        this.dirty = false;
        this.snapshot = await loadSnapshot(this.gameId);
      } while (this.dirty);
    } finally {
      this.loading = false;
    }
    this.latestCount = null;
    for (const c of this.conns) this.sendView(c);
    this.armCloseTimer();
  }

  /** A new stream gets a fresh read of its own (its player may have answered before a reload). */
  async welcome(c: Conn) {
    const fresh = await loadSnapshot(this.gameId);
    if (!this.loading) {
      this.snapshot = fresh;
      this.armCloseTimer();
    }
    if (fresh) sendAll(c, buildView(fresh, viewOf(c), new Date()));
  }

  sendView(c: Conn) {
    if (!this.snapshot) return;
    sendAll(c, buildView(this.snapshot, viewOf(c), new Date()));
  }

  private armCloseTimer() {
    clearTimeout(this.closeTimer);
    const s = this.snapshot;
    if (s?.status !== "question" || !s.closesAt) return;
    const wait = Math.max(0, s.closesAt.getTime() - Date.now()) + 50;
    this.closeTimer = setTimeout(() => {
      closeIfDue(this.gameId).catch((err) => console.error("live: close failed", err));
    }, wait);
  }
}

const sendAll = (c: Conn, view: GameView) => {
  for (const [name, data] of viewEvents(view)) c.send(name, data);
};

const viewOf = (c: Conn) => (c.viewer.role === "host" ? ({ role: "host" } as const) : c.viewer);

const g = globalThis as unknown as { claimdeckLiveHubs?: Map<string, Hub> };
const hubs = (g.claimdeckLiveHubs ??= new Map());

/** Opens a stream on a game: sends its current view at once, then every change. */
export async function attach(gameId: string, viewer: Viewer, send: Send): Promise<() => void> {
  let hub = hubs.get(gameId);
  if (!hub) {
    hub = new Hub(gameId);
    hubs.set(gameId, hub);
    await hub.open();
  }
  const conn: Conn = { viewer, send };
  hub.conns.add(conn);
  let attached = true;
  const detach = () => {
    if (!attached) return;
    attached = false;
    hub.conns.delete(conn);
    if (hub.conns.size === 0 && hubs.get(gameId) === hub) {
      hub.shut();
      hubs.delete(gameId);
    }
    if (viewer.role === "host") pauseIfHostGone(gameId, new Date());
  };
  try {
    if (viewer.role === "host") await markHostSeen(gameId);
    // A question whose time ran out while nobody watched closes now.
    await closeIfDue(gameId);
    await hub.welcome(conn);
  } catch (err) {
    detach();
    throw err;
  }
  return detach;
}

export async function markHostSeen(gameId: string) {
  await db.liveGame.update({ where: { id: gameId }, data: { hostSeenAt: new Date() } });
}

/**
 * The host's stream closed: unless a host stream (here or on another instance, which marks the
 * game) is back within the grace period, a running game pauses. It never ends on its own.
 */
function pauseIfHostGone(gameId: string, lostAt: Date) {
  setTimeout(() => {
    void (async () => {
      const hub = hubs.get(gameId);
      if (hub && [...hub.conns].some((c) => c.viewer.role === "host")) return;
      const game = await db.liveGame.findUnique({
        where: { id: gameId },
        select: { status: true, hostSeenAt: true },
      });
      if (!game || (game.hostSeenAt && game.hostSeenAt > lostAt)) return;
      if (game.status === "question" || game.status === "reveal")
        await applyAction(gameId, "pause");
    })().catch((err) => console.error("live: pause on host loss failed", err));
  }, HOST_GRACE_MS);
}
