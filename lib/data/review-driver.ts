import "server-only";
import type BetterSqlite3 from "better-sqlite3";
import { db, dbDriver, type Tx } from "@/lib/db";
import type { Gate } from "@/lib/db-sqlite";
import type { Op, Row, Step } from "@/lib/data/review-sql";
import { postgresTransaction } from "@/lib/data/review-driver-pg";
import { walSync } from "@/lib/data/review-wal-sync";

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
