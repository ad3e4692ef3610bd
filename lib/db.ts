import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/env";

/**
 * The one Prisma client. Kept on globalThis so dev-mode reloads and test workers reuse a single
 * connection instead of opening one per module instance.
 */
function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  // better-sqlite3's timeout is SQLite's busy timeout: writers wait for each other instead of failing.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { claimdeckDb?: PrismaClient };

export const db: PrismaClient = globalForDb.claimdeckDb ?? createClient();
globalForDb.claimdeckDb = db;

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
