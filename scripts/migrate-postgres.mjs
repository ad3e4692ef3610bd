// Applies prisma/postgres/migrations to the PostgreSQL database in DATABASE_URL.
// Prisma 6.19's `migrate deploy` through the pg driver adapter trips over PostgreSQL's `name` column
// type (prisma/orm#27403), so this small runner does the same job: each migration once, in order,
// in its own transaction, recorded with its checksum; an advisory lock keeps two app instances
// from migrating at the same time.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const DIR = path.join("prisma", "postgres", "migrations");
const LOCK = 72_657_001;

export async function migratePostgres(url = process.env.DATABASE_URL) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_claimdeck_migrations" (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (await client.query(`SELECT name, checksum FROM "_claimdeck_migrations"`)).rows.map((r) => [
        r.name,
        r.checksum,
      ]),
    );
    const names = fs
      .readdirSync(DIR)
      .filter((d) => fs.existsSync(path.join(DIR, d, "migration.sql")))
      .sort();
    let applied = 0;
    for (const name of names) {
      const sql = fs.readFileSync(path.join(DIR, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      if (done.has(name)) {
        if (done.get(name) !== checksum)
          throw new Error(`Migration ${name} was changed after it was applied.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_claimdeck_migrations" (name, checksum) VALUES ($1, $2)`, [
          name,
          checksum,
        ]);
        await client.query("COMMIT");
        applied++;
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${err.message}`);
      }
    }
    console.log(
      applied ? `Applied ${applied} PostgreSQL migration(s).` : "PostgreSQL schema is up to date.",
    );
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => {});
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migratePostgres().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
