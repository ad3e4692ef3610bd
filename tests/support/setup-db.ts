import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Every test file gets its own database with every migration applied, so data-layer tests run
 * against the real schema without sharing state: a SQLite file by default, or a fresh PostgreSQL
 * database when TEST_POSTGRES_URL names a server (npm test runs the suite both ways).
 */
function migrationSql(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name, "migration.sql"))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, "utf8"));
}

const root = path.resolve(__dirname, "../..");
const postgres = process.env.TEST_POSTGRES_URL;

if (postgres) {
  const name = `test_${crypto.randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgres);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const sql of migrationSql(path.join(root, "prisma/postgres/migrations")))
    await client.query(sql);
  await client.end();
  process.env.DATABASE_URL = url.toString();
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdeck-vitest-"));
  const file = path.join(dir, `${crypto.randomUUID()}.db`);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const sql of migrationSql(path.join(root, "prisma/migrations"))) sqlite.exec(sql);
  sqlite.close();
  process.env.DATABASE_URL = `file:${file}`;
}
(globalThis as { claimdeckDb?: unknown }).claimdeckDb = undefined;
// Essay job runners normally run at the lowest priority, behind every request; in a test run they
// would wait behind every other test worker instead. (tests/essay-jobs.test.ts checks the default.)
process.env.ESSAY_RUNNER_NICE ??= "0";
