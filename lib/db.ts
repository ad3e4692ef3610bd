import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { TunedSQLite3 } from "@/lib/db-sqlite";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The one Prisma client. SQLite (the embedded default) or PostgreSQL, chosen by DATABASE_URL.
 * Each provider has its own generated client (a client is bound to one provider); both come from
 * the same models, so the rest of the app sees one type.
 */
function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10, allowExitOnIdle: true });
    return new PostgresClient({ adapter }) as unknown as PrismaClient;
  }
  // better-sqlite3's timeout is SQLite's busy timeout: writers wait for each other instead of failing.
  const adapter = new TunedSQLite3({ url, timeout: 5000 }, env().SQLITE_SYNCHRONOUS);
  return new PrismaClient({ adapter });
}

// Kept on globalThis so dev-mode reloads and test workers reuse one connection pool.
const globalForDb = globalThis as unknown as { claimdeckDb?: PrismaClient };

export const db: PrismaClient = globalForDb.claimdeckDb ?? createClient();
globalForDb.claimdeckDb = db;

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
