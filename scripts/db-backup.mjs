// `npm run db:backup [-- FILE]`: a consistent copy of the database while the app keeps writing.
// SQLite: VACUUM INTO (a snapshot of one committed state, WAL included).
// PostgreSQL: pg_dump's custom format (restore with pg_restore).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { postgresBin } from "./postgres-cluster.mjs";

export async function backupDatabase(url, target) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const bin = postgresBin();
    if (!bin) throw new Error("pg_dump is missing: apt-get install postgresql-client");
    const res = spawnSync(path.join(bin, "pg_dump"), ["--format=custom", `--file=${target}`, url], {
      encoding: "utf8",
    });
    if (res.status !== 0) throw new Error(`pg_dump failed: ${res.stderr}`);
    return target;
  }
  const { default: Database } = await import("better-sqlite3");
  const file = url.replace(/^file:/, "");
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}.`);
  // VACUUM INTO copies one read snapshot; in WAL mode writers carry on meanwhile. (The online
  // backup API restarts whenever another connection writes, so under steady load it never ends.)
  const source = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    fs.rmSync(target, { force: true });
    source.prepare("VACUUM INTO ?").run(target);
  } finally {
    source.close();
  }
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL || "file:./prisma/data/claimdeck.db";
  const pgUrl = /^postgres(ql)?:\/\//.test(url);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target =
    process.argv[2] ||
    path.join("prisma", "backups", `claimdeck-${stamp}.${pgUrl ? "dump" : "db"}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  backupDatabase(url, target)
    .then((t) => console.log(`Backed up to ${t}`))
    .catch((err) => {
      console.error(err.message);
      process.exit(1);
    });
}
