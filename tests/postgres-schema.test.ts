import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "../scripts/sync-postgres-schema.mjs";

const root = path.resolve(__dirname, "..");
const postgres = process.env.TEST_POSTGRES_URL;

function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir))
    .filter((d) => fs.existsSync(path.join(root, dir, d, "migration.sql")))
    .sort();
}

describe("PostgreSQL schema stays in step with SQLite's", () => {
  it("prisma/postgres/schema.prisma is generated from prisma/schema.prisma", () => {
    const sqlite = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const committed = fs.readFileSync(path.join(root, "prisma/postgres/schema.prisma"), "utf8");
    expect(committed).toBe(postgresSchema(sqlite));
  });

  it("every SQLite migration has its PostgreSQL twin", () => {
    expect(migrationNames("prisma/postgres/migrations")).toEqual(
      migrationNames("prisma/migrations"),
    );
  });

  it.runIf(postgres)(
    "PostgreSQL migrations build exactly the schema in prisma/postgres/schema.prisma",
    async () => {
      const fromSchema = execFileSync(
        path.join(root, "node_modules/.bin/prisma"),
        [
          "migrate",
          "diff",
          "--config",
          "prisma.postgres.config.ts",
          "--from-empty",
          "--to-schema-datamodel",
          "prisma/postgres/schema.prisma",
          "--script",
        ],
        {
          cwd: root,
          env: { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: postgres },
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        },
      );
      const migrations = migrationNames("prisma/postgres/migrations")
        .map((d) =>
          fs.readFileSync(
            path.join(root, "prisma/postgres/migrations", d, "migration.sql"),
            "utf8",
          ),
        )
        .join("\n");
      expect(await shape(migrations)).toEqual(await shape(fromSchema));
    },
  );
});

/** Columns and indexes of a fresh database after running `sql`. */
async function shape(sql: string): Promise<string[]> {
  const name = `shape_${crypto.randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgres!);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
    const cols = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY 1, 2`,
    );
    const idx = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
    );
    return [...cols.rows.map((r) => JSON.stringify(r)), ...idx.rows.map((r) => JSON.stringify(r))];
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE ${name}`);
    await admin.end();
  }
}
