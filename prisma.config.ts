import path from "node:path";
import fs from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// A config file stops Prisma reading .env, and an unresolved DATABASE_URL makes the CLI fall back to
// its native engine, which it would try to download. So: read .env ourselves and always set a URL.
if (fs.existsSync(".env")) process.loadEnvFile?.(".env");
process.env.DATABASE_URL ??= "file:./prisma/data/claimdeck.db";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL!;
    fs.mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
