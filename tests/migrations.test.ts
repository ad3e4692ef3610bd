import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

/** Tables, columns and indexes of a database, in a form that ignores formatting. */
function shape(sql: string): string[] {
  const db = new Database(":memory:");
  db.exec(sql);
  const rows = db
    .prepare(
      "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; tbl_name: string }[];
  const out = rows.map((r) => `${r.type} ${r.tbl_name}.${r.name}`);
  for (const r of rows.filter((r) => r.type === "table")) {
    const cols = db.prepare(`PRAGMA table_info("${r.name}")`).all() as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    for (const c of cols)
      out.push(`column ${r.name}.${c.name} ${c.type} ${c.notnull} ${c.dflt_value} ${c.pk}`);
  }
  db.close();
  return out.sort();
}

describe("migrations", () => {
  it("build exactly the schema in prisma/schema.prisma (a schema change needs its migration)", () => {
    const dir = path.join(root, "prisma", "migrations");
    const applied = fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
      .sort()
      .map((d) => fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8"))
      .join("\n");
    const fromSchema = execFileSync(
      path.join(root, "node_modules", ".bin", "prisma"),
      [
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          CHECKPOINT_DISABLE: "1",
          DATABASE_URL: "file:./prisma/data/claimdeck.db",
        },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    expect(shape(applied)).toEqual(shape(fromSchema));
  });
});
