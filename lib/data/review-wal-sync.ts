import "server-only";
import fs from "node:fs";
import type BetterSqlite3 from "better-sqlite3";

const walSyncs = new WeakMap<BetterSqlite3.Database, (() => Promise<void>) | null>();

/**
 * With `synchronous = FULL` in WAL mode, SQLite syncs the WAL file inside every COMMIT, holding
 * the event loop for the disk (0.3 ms on this machine; requests queue behind it). The same
 * guarantee without the wait: the group commits with `synchronous = NORMAL` (its WAL frames
 * written, not synced) and is answered once fdatasync of the WAL file — what FULL's COMMIT would
 * have run — has completed on libuv's thread pool. Groups that commit while a sync runs share the
 * next one. The connection is back at FULL before any other statement can run on it. Null where
 * there is nothing to do this way: not WAL, not FULL (SQLITE_SYNCHRONOUS=normal), not a file.
 */
export function walSync(client: BetterSqlite3.Database): (() => Promise<void>) | null {
  let sync = walSyncs.get(client);
  if (sync !== undefined) return sync;
  const wal =
    !client.memory &&
    client.pragma("journal_mode", { simple: true }) === "wal" &&
    // 2: FULL (a BigInt on Prisma's connection, which reads integers safely).
    Number(client.pragma("synchronous", { simple: true })) === 2;
  sync = wal ? coalesced(`${client.name}-wal`) : null;
  walSyncs.set(client, sync);
  return sync;
}

/**
 * fdatasync of `file`, shared: a caller's promise settles only after a sync that began after the
 * call, and callers that arrive while one runs share the one after it.
 */
function coalesced(file: string): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const once = async () => {
    const handle = await fs.promises.open(file, "r");
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
  };
  const start = () => (running = once().finally(() => (running = null)));
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
