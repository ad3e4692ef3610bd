import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import type BetterSqlite3 from "better-sqlite3";
import { db, dbDriver, type Tx } from "@/lib/db";
import type { Gate } from "@/lib/db-sqlite";
import type { Op, Row, Step } from "@/lib/data/review-sql";

/**
 * Runs the review loop's operations (lib/data/review-sql.ts, review-queue.ts) on the driver under
 * the Prisma client, not through Prisma's query layer: a rating and what comes next are a handful
 * of statements, and through Prisma's interactive transaction and query compiler each cost several
 * times what the database spends on it (README, "What bounds the review loop").
 *
 * - SQLite: the connection Prisma's adapter opened, one synchronous better-sqlite3 transaction
 *   (BEGIN IMMEDIATE), so nothing else runs on the event loop while it is open; transactions begun
 *   in one turn of the event loop share it, each in a savepoint, and so share one commit's disk
 *   sync (group commit). It waits at the connection's gate while a Prisma transaction is open
 *   (lib/db-sqlite.ts): a statement run then would join that transaction.
 * - PostgreSQL: one connection of a pool of its own, BEGIN … COMMIT (runTransaction), or each
 *   statement committing on its own where the op's writes are one statement (runStatements).
 *
 * Values are written and read as Prisma's adapters write and read them, so rows written by either
 * path read the same through the other (tests/review-sql.test.ts).
 */

/** Runs `op` in one transaction on the database's driver; a throw rolls it back. */
export function runTransaction<T>(op: () => Op<T>): Promise<T> {
  return dbDriver.kind === "sqlite" ? sqliteTransaction(op) : postgresTransaction(op, true);
}

/**
 * Runs `op` on the driver, its statements not bound into one transaction where that costs round
 * trips: on PostgreSQL each statement commits on its own (under READ COMMITTED each statement of a
 * transaction reads its own snapshot anyway), saving BEGIN's and COMMIT's; for an op whose writes
 * are one statement (recordRating) or each safe alone (ensureCards). On SQLite, where a
 * transaction costs no round trip and one commit is cheaper than several, one transaction.
 */
export function runStatements<T>(op: () => Op<T>): Promise<T> {
  return dbDriver.kind === "sqlite" ? sqliteTransaction(op) : postgresTransaction(op, false);
}

/** The dialect the ops' statements are written for. */
export const dialect = (): "sqlite" | "postgres" => dbDriver.kind;

/** Runs `op` through a Prisma client or transaction: the path the direct one must agree with. */
export async function runWithPrisma<T>(client: Pick<Tx, "$queryRaw" | "$executeRaw">, op: Op<T>) {
  let step = op.next();
  while (!step.done) {
    const { read, sql } = step.value;
    let result: unknown;
    try {
      result = read ? await client.$queryRaw<Row[]>(sql) : await client.$executeRaw(sql);
    } catch (err) {
      step = op.throw(err);
      continue;
    }
    step = op.next(result);
  }
  return step.value;
}

/** A statement's error is thrown into the op at its `yield`, so the op may say what it means. */
function drive<T>(op: Op<T>, run: (step: Step) => unknown): T {
  let step = op.next();
  while (!step.done) {
    let result: unknown;
    try {
      result = run(step.value);
    } catch (err) {
      step = op.throw(err);
      continue;
    }
    step = op.next(result);
  }
  return step.value;
}

// SQLite -----------------------------------------------------------------------------------------

/** As @prisma/adapter-better-sqlite3 binds them (its default timestampFormat, iso8601). */
function sqliteArg(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

async function sqliteConnection(): Promise<{ client: BetterSqlite3.Database; gate: Gate }> {
  if (dbDriver.kind !== "sqlite") throw new Error("not on SQLite");
  if (!dbDriver.adapter.connection) await db.$connect();
  return dbDriver.adapter.connection!;
}

/** Runs one statement of an op on the connection. */
function sqliteStep(client: BetterSqlite3.Database, { read, sql }: Step): unknown {
  // The connection's prepare keeps statements prepared (lib/db-sqlite.ts).
  const st = client.prepare(sql.sql);
  const args = sql.values.map(sqliteArg);
  return read ? st.all(...args) : st.run(...args).changes;
}

interface Queued {
  op: () => Op<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Transactions share a commit (group commit): those that arrive while the event loop is busy run
 * one after another in one `BEGIN IMMEDIATE … COMMIT`, each in a savepoint of its own, so each one's
 * error rolls back only its own writes. None is answered before the commit holding it is on disk.
 */
let queued: Queued[] | null = null;
/** A group's size limit, so that one group never holds the event loop long. */
const GROUP_LIMIT = 8;

function sqliteTransaction<T>(op: () => Op<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (!queued || queued.length >= GROUP_LIMIT) {
      const group: Queued[] = [];
      queued = group;
      setImmediate(() => void commitGroup(group));
    }
    queued.push({ op, resolve: resolve as (value: unknown) => void, reject });
  });
}

async function commitGroup(group: Queued[]) {
  if (queued === group) queued = null;
  let connection: Awaited<ReturnType<typeof sqliteConnection>>;
  try {
    connection = await sqliteConnection();
  } catch (err) {
    for (const q of group) q.reject(err);
    return;
  }
  const { client, gate } = connection;
  // Free gate: run now, synchronously, so nothing can start in between.
  if (!gate.busy) return runGroup(client, group);
  const release = await gate.acquire();
  try {
    runGroup(client, group);
  } finally {
    release();
  }
}

function runGroup(client: BetterSqlite3.Database, group: Queued[]) {
  const run = (q: Queued) => drive(q.op(), (step) => sqliteStep(client, step));
  const outcomes: { ok: boolean; value: unknown }[] = [];
  const sync = walSync(client);
  try {
    // The WAL is synced below, off the event loop, instead of inside COMMIT (walSync).
    if (sync) client.pragma("synchronous = NORMAL");
    try {
      client
        .transaction(() => {
          if (group.length === 1) return void outcomes.push({ ok: true, value: run(group[0]!) });
          for (const q of group) {
            try {
              // Nested, better-sqlite3 runs it in a savepoint.
              outcomes.push({ ok: true, value: client.transaction(() => run(q))() });
            } catch (err) {
              outcomes.push({ ok: false, value: err });
            }
          }
        })
        .immediate();
    } finally {
      if (sync) client.pragma("synchronous = FULL");
    }
  } catch (err) {
    // BEGIN or COMMIT failed (or the one transaction of a group of one threw): nothing was stored.
    for (const q of group) q.reject(err);
    return;
  }
  const answer = () =>
    group.forEach((q, i) => (outcomes[i]!.ok ? q.resolve : q.reject)(outcomes[i]!.value));
  if (!sync) return answer();
  sync().then(answer, (err: unknown) => group.forEach((q) => q.reject(err)));
}

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
function walSync(client: BetterSqlite3.Database): (() => Promise<void>) | null {
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

// PostgreSQL -------------------------------------------------------------------------------------

const TIMESTAMP = 1114;

/**
 * `timestamp` columns hold UTC without a zone, as @prisma/adapter-pg writes them; pg would read
 * them as local time.
 */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP && format !== "binary"
      ? (s: string) => new Date(`${s.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** As @prisma/adapter-pg binds them: dates in UTC, without a zone. */
function postgresArg(v: unknown): unknown {
  return v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v;
}

const g = globalThis as unknown as { claimdeckReviewPool?: { url: string; pool: pg.Pool } };

/**
 * The direct path's own pool, beside Prisma's (max 10, lib/db.ts): ratings hold a connection for
 * a few milliseconds each, so a few connections carry them. Idle connections close; the process
 * may exit with the pool open, as with Prisma's.
 */
function pool(url: string): pg.Pool {
  if (g.claimdeckReviewPool?.url !== url) {
    const made = new pg.Pool({
      connectionString: url,
      max: 6,
      allowExitOnIdle: true,
      types,
      // A named statement is planned anew for each execution while PostgreSQL prefers custom
      // plans (it did for the queue's: planning 1.3–3 ms against 1 ms of running it). Its
      // generic plan walks the same indexes whatever the user, so it is planned once.
      options: "-c plan_cache_mode=force_generic_plan",
    });
    // An idle connection that drops is replaced on next use; the error must not crash the process.
    made.on("error", () => undefined);
    g.claimdeckReviewPool = { url, pool: made };
  }
  return g.claimdeckReviewPool.pool;
}

const names = new Map<string, string>();

/**
 * Named, so each connection parses and plans a statement text once and PostgreSQL may keep its
 * plan: planning the queue statement took longer than running it (EXPLAIN ANALYZE on the bench's
 * cards). A rating's texts vary only with the number of cards held and sent, so they are few.
 */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `review_${crypto.createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    if (names.size > 1000) names.clear();
    names.set(text, name);
  }
  return name;
}

async function postgresTransaction<T>(op: () => Op<T>, atomic: boolean): Promise<T> {
  if (dbDriver.kind !== "postgres") throw new Error("not on PostgreSQL");
  const client = await pool(dbDriver.url).connect();
  let broken: unknown;
  try {
    if (atomic) await client.query("BEGIN");
    const it = op();
    let step = it.next();
    while (!step.done) {
      const { read, sql } = step.value;
      let res: pg.QueryResult;
      try {
        res = await client.query({
          name: statementName(sql.text),
          text: sql.text,
          values: sql.values.map(postgresArg),
        });
      } catch (err) {
        step = it.throw(err);
        continue;
      }
      step = it.next(read ? res.rows : res.rowCount);
    }
    if (atomic) await client.query("COMMIT");
    return step.value;
  } catch (err) {
    if (atomic) await client.query("ROLLBACK").catch((e: unknown) => (broken = e));
    throw err;
  } finally {
    // A connection that could not roll back is closed rather than handed to the next rating.
    client.release(broken instanceof Error ? broken : undefined);
  }
}
