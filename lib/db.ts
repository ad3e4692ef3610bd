import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { TunedSQLite3 } from "@/lib/db-sqlite";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * What lies under the Prisma client, for the review loop's direct path (lib/data/review-driver.ts):
 * SQLite's adapter (its connection, once opened), or PostgreSQL's URL.
 */
export type Driver = { kind: "sqlite"; adapter: TunedSQLite3 } | { kind: "postgres"; url: string };

/**
 * How long a transaction may wait for its turn, and run. Prisma's defaults (2 s to start, 5 s to
 * run) turn a busy moment into a 500: on SQLite every write transaction takes its turn on the one
 * connection (and waits out another process's write lock, such as the essay job runner's), so
 * under load a sign-in's failure count or a teacher's bulk publish could fail for having queued.
 * Waiting is what a user would want; a stuck transaction still ends.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

/**
 * The one Prisma client. SQLite (the embedded default) or PostgreSQL, chosen by DATABASE_URL.
 * Each provider has its own generated client (a client is bound to one provider); both come from
 * the same models, so the rest of the app sees one type.
 */
function createClient(): { client: PrismaClient; driver: Driver } {
  const url = env().DATABASE_URL;
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10, allowExitOnIdle: true });
    const client = new PostgresClient({
      adapter,
      transactionOptions: TRANSACTION_OPTIONS,
    }) as unknown as PrismaClient;
    return { client, driver: { kind: "postgres", url } };
  }
  // better-sqlite3's timeout is SQLite's busy timeout: writers wait for each other instead of failing.
  const adapter = new TunedSQLite3({ url, timeout: 5000 }, env().SQLITE_SYNCHRONOUS);
  return {
    client: new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
    driver: { kind: "sqlite", adapter },
  };
}

// Kept on globalThis so dev-mode reloads and test workers reuse one connection pool.
const globalForDb = globalThis as unknown as {
  claimdeckDb?: PrismaClient;
  claimdeckDriver?: Driver;
};
if (!globalForDb.claimdeckDb || !globalForDb.claimdeckDriver) {
  const created = createClient();
  globalForDb.claimdeckDb = created.client;
  globalForDb.claimdeckDriver = created.driver;
}

export const db: PrismaClient = globalForDb.claimdeckDb;
export const dbDriver: Driver = globalForDb.claimdeckDriver;

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
