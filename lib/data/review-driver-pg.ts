import "server-only";
import crypto from "node:crypto";
import pg from "pg";
import { dbDriver } from "@/lib/db";
import type { Op } from "@/lib/data/review-sql";

/** The review loop's PostgreSQL path (lib/data/review-driver.ts): its own pool, named statements. */

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

export async function postgresTransaction<T>(op: () => Op<T>, atomic: boolean): Promise<T> {
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
