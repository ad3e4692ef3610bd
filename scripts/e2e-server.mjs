// Playwright's web server: a fresh SQLite database with content/ loaded, and the production build.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { bin, ensureBuilt, ensureSecret, log, prepare } from "./lib.mjs";

const port = process.env.PORT || "3100";
const dbFile = `prisma/data/e2e-${port}.db`;
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });

const env = {
  DATABASE_URL: process.env.E2E_DATABASE_URL || `file:./${dbFile}`,
  NEXTAUTH_SECRET: ensureSecret(),
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
Object.assign(process.env, env);
prepare(env);
ensureBuilt(env);
log(`e2e server on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env: process.env });
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => server.kill(s));
server.on("exit", (code) => process.exit(code ?? 0));
