// `npm run db:migration -- NAME`: authors the next migration, for SQLite and for PostgreSQL, with
// `prisma migrate diff` (`migrate dev` cannot run offline). Each migration folder keeps a snapshot of
// the schema it produces; the next migration is the diff from the newest snapshot to the schema.
// The PostgreSQL diff needs a server: a throwaway cluster is started for it (Debian's postgresql).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { bin, log } from "./lib.mjs";
import { startCluster, stopCluster } from "./postgres-cluster.mjs";

const name = (process.argv[2] || "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- short_name");
  process.exit(2);
}

execFileSync(process.execPath, ["scripts/sync-postgres-schema.mjs"], { stdio: "inherit" });

function diff(dir, schema, extraArgs, env) {
  const previous = fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, "schema.snapshot.prisma")))
    .sort()
    .pop();
  const from = previous
    ? ["--from-schema-datamodel", path.join(dir, previous, "schema.snapshot.prisma")]
    : ["--from-empty"];
  return execFileSync(
    bin("prisma"),
    ["migrate", "diff", ...extraArgs, ...from, "--to-schema-datamodel", schema, "--script"],
    { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env } },
  );
}

const changed = (sql) => /\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql);
const sqlite = diff("prisma/migrations", "prisma/schema.prisma", [], {
  DATABASE_URL: "file:./prisma/data/claimdeck.db",
});
if (!changed(sqlite)) {
  log("The schema has not changed since the last migration; nothing to write.");
  process.exit(0);
}

const port = 25499;
const pgUrl = startCluster(port);
let postgres;
try {
  postgres = diff(
    "prisma/postgres/migrations",
    "prisma/postgres/schema.prisma",
    ["--config", "prisma.postgres.config.ts"],
    { DATABASE_URL: pgUrl },
  );
} finally {
  stopCluster(port);
}

const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
for (const [dir, sql, schema] of [
  ["prisma/migrations", sqlite, "prisma/schema.prisma"],
  ["prisma/postgres/migrations", postgres, "prisma/postgres/schema.prisma"],
]) {
  const target = path.join(dir, folder);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "migration.sql"), sql);
  fs.copyFileSync(schema, path.join(target, "schema.snapshot.prisma"));
  log(`Wrote ${target}/migration.sql`);
}
log("Review both, then `npm run db:migrate` (SQLite) — PostgreSQL deployments migrate on start.");
