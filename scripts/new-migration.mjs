// `npm run db:migration -- NAME`: authors the next SQLite migration with `prisma migrate diff`
// (`migrate dev` cannot run offline). Each migration folder keeps a snapshot of the schema it
// produces, and the next migration is the diff from the newest snapshot to prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { bin, log } from "./lib.mjs";

const name = (process.argv[2] || "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- short_name");
  process.exit(2);
}

const dir = path.join("prisma", "migrations");
const previous = fs
  .readdirSync(dir)
  .filter((d) => fs.existsSync(path.join(dir, d, "schema.snapshot.prisma")))
  .sort()
  .pop();
const from = previous
  ? ["--from-schema-datamodel", path.join(dir, previous, "schema.snapshot.prisma")]
  : ["--from-empty"];
const sql = execFileSync(
  bin("prisma"),
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  },
);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  log("The schema has not changed since the last migration; nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, "migration.sql"), sql);
fs.copyFileSync("prisma/schema.prisma", path.join(target, "schema.snapshot.prisma"));
log(`Wrote ${target}/migration.sql — review it, then \`npm run db:migrate\`.`);
