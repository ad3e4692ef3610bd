import { Worker } from "node:worker_threads";
import type BetterSqlite3 from "better-sqlite3";

/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint (every 1,000 WAL pages) runs
 * inside the COMMIT that crosses the threshold: it copies the WAL's pages into the database file
 * and syncs it, holding the event loop for up to 36 ms on this machine while every request queues
 * behind it (README, "What bounds the review loop"). Here the app's connection does not checkpoint
 * (`wal_autocheckpoint = 0`); a worker thread with a connection of its own does, in two passes:
 *
 * 1. every CHECKPOINT_EVERY_MS a PASSIVE checkpoint, which copies what the WAL holds while writers
 *    go on (with nothing to copy it does no I/O);
 * 2. when the WAL has grown past RESTART_PAGES, the same again with the connection's gate held
 *    (lib/db-sqlite.ts), so that no transaction of this process commits meanwhile: it copies the
 *    few pages committed during the first pass, and the WAL, now wholly copied, starts over at the
 *    next commit. SQLite restarts the WAL only after a checkpoint that left nothing behind, and
 *    the first pass alone, racing commits, never does. Transactions wait for the gate as they do
 *    for each other, without holding the event loop: reads go on.
 *
 * Commits are as durable as before (each is synced in the WAL before it is answered); a checkpoint
 * only moves committed pages from one file to the other. Should the WAL pass FALLBACK_PAGES all
 * the same (the worker not keeping up, or gone), the app's connection checkpoints on commit again
 * until it is back down.
 */

const CHECKPOINT_EVERY_MS = 1000;
/** SQLite's default `wal_autocheckpoint`: the WAL's size at which it starts over. */
const RESTART_PAGES = 1000;
const FALLBACK_PAGES = 20_000;

// Plain CommonJS, evaluated in the worker: no bundler is involved in what the worker loads.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { fileMustExist: true, timeout: 1000 });
// As the app's connection: a checkpoint syncs the WAL before it and the database file after it.
db.pragma("synchronous = FULL");
parentPort.on("message", () => {
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ log: Number(r.log), checkpointed: Number(r.checkpointed) });
  } catch (err) {
    parentPort.postMessage({ error: String((err && err.message) || err) });
  }
});
`;

interface Result {
  log?: number;
  checkpointed?: number;
  error?: string;
}

/**
 * Starts checkpointing `client`'s database from a worker thread; false (and nothing changed) where
 * that does not apply: not a file, not in WAL mode. Neither the worker nor its timer keeps the
 * process alive.
 */
export function checkpointInWorker(
  client: BetterSqlite3.Database,
  gate: { acquire(): Promise<() => void> },
  everyMs = CHECKPOINT_EVERY_MS,
): boolean {
  if (client.memory || client.pragma("journal_mode", { simple: true }) !== "wal") return false;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: client.name } });
  } catch {
    return false;
  }
  worker.unref();
  client.pragma("wal_autocheckpoint = 0");
  let fallback = false;
  let stopped = false;
  /** The WAL's size after the last second pass: unchanged, there is nothing for another. */
  let settled = -1;
  const fallBack = (on: boolean) => {
    if (on === fallback || !client.open) return;
    fallback = on;
    client.pragma(`wal_autocheckpoint = ${on ? RESTART_PAGES : 0}`);
  };
  /** "bulk": pass 1 running; a function: pass 2 running, and it hands the gate on. */
  let running: "bulk" | (() => void) | null = null;
  const done = () => {
    if (typeof running === "function") running();
    running = null;
  };
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    done();
    fallBack(true);
  };
  worker.on("message", (r: Result) => {
    const bulk = running === "bulk";
    done();
    if (r.error !== undefined || r.log === undefined || r.checkpointed === undefined) return;
    fallBack(r.log > FALLBACK_PAGES);
    if (!bulk) settled = r.log;
    else if (r.log >= RESTART_PAGES && r.checkpointed === r.log && r.log !== settled) {
      running = "bulk";
      void gate.acquire().then((release) => {
        if (stopped) return release();
        running = release;
        worker.postMessage(null);
      });
    }
  });
  // A worker that failed (its module missing, the file gone) leaves checkpoints to SQLite.
  worker.on("error", stop);
  worker.on("exit", stop);
  const timer = setInterval(() => {
    if (!client.open) return void worker.terminate();
    if (running) return;
    running = "bulk";
    worker.postMessage(null);
  }, everyMs);
  timer.unref();
  return true;
}
