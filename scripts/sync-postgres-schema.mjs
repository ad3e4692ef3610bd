// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: the same models for PostgreSQL,
// with its own generated client. `--check` fails when the committed copy has drifted.
import fs from "node:fs";

const SOURCE = "prisma/schema.prisma";
const TARGET = "prisma/postgres/schema.prisma";

export function postgresSchema(sqlite) {
  return (
    "// GENERATED from prisma/schema.prisma by scripts/sync-postgres-schema.mjs — do not edit.\n" +
    sqlite
      .replace(
        /output\s*=\s*"\.\.\/lib\/generated\/prisma"/,
        'output     = "../../lib/generated/prisma-pg"',
      )
      .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  );
}

const want = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
if (process.argv.includes("--check")) {
  const have = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
  if (have !== want) {
    console.error(`${TARGET} is out of date: run \`node scripts/sync-postgres-schema.mjs\`.`);
    process.exit(1);
  }
} else {
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(TARGET, want);
}
