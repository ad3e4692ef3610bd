import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import Database from "better-sqlite3";

/**
 * Every test file gets its own SQLite database with every migration applied, so data-layer tests
 * run against the real schema without sharing state.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdeck-vitest-"));
const file = path.join(dir, `${crypto.randomUUID()}.db`);
const sqlite = new Database(file);
const migrations = path.resolve(__dirname, "../../prisma/migrations");
for (const name of fs.readdirSync(migrations).sort()) {
  const sql = path.join(migrations, name, "migration.sql");
  if (fs.existsSync(sql)) sqlite.exec(fs.readFileSync(sql, "utf8"));
}
sqlite.close();
process.env.DATABASE_URL = `file:${file}`;
(globalThis as { claimdeckDb?: unknown }).claimdeckDb = undefined;
