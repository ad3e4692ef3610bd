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
  sync = wal ? coalesced(client, `${client.name}-wal`) : null;
  walSyncs.set(client, sync);
  return sync;
}

/**
 * fdatasync of `file`, shared: a caller's promise settles only after a sync that began after the
 * call, and callers that arrive while one runs share the one after it.
 *
 * The file stays open between syncs: opening and closing it for each one cost three trips through
 * libuv's thread pool, about 110 µs of CPU against 40 µs for the sync alone. SQLite deletes a WAL
 * only when the last connection to its database closes, and this connection is one, so the
 * descriptor names the WAL for as long as the connection is open; once it is closed, the
 * descriptor is closed too.
 */
function coalesced(client: BetterSqlite3.Database, file: string): () => Promise<void> {
  let fd: number | null = null;
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const drop = () => {
    if (fd !== null) fs.close(fd, () => undefined);
    fd = null;
  };
  const once = async () => {
    fd ??= await new Promise<number>((resolve, reject) =>
      fs.open(file, "r", (err, opened) => (err ? reject(err) : resolve(opened))),
    );
    const open = fd;
    try {
      await new Promise<void>((resolve, reject) =>
        fs.fdatasync(open, (err) => (err ? reject(err) : resolve())),
      );
    } catch (err) {
      // Open again at the next sync: the error may be the descriptor's, not the disk's.
      drop();
      throw err;
    } finally {
      if (!client.open) drop();
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
