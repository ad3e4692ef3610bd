import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The PostgreSQL twin of prisma.config.ts, for `prisma generate` and `prisma migrate diff` with
// --config. Migrations are applied by scripts/migrate-postgres.mjs (see there for why).
process.env.DATABASE_URL ??= "postgresql://claimdeck@127.0.0.1:5432/claimdeck";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL!, allowExitOnIdle: true });
  },
});
