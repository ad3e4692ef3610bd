// Playwright's web server: a fresh database with content/ loaded, and the production build.
// SQLite by default; with E2E_POSTGRES_URL, a fresh PostgreSQL database on that server. A second
// instance (E2E_SECONDARY=1) joins the first one's database instead of resetting it, so tests can
// check that two app instances serve the same users.
import fs from "node:fs";
import { spawn } from "node:child_process";
import pg from "pg";
import { ensureBuilt, ensureSecret, log, migrate, prepare } from "./lib.mjs";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const port = process.env.PORT || "3100";
const secondary = process.env.E2E_SECONDARY === "1";
const dbPort = process.env.E2E_DB_PORT || port;

async function databaseUrl() {
  const server = process.env.E2E_POSTGRES_URL;
  if (!server) {
    const dbFile = `prisma/data/e2e-${dbPort}.db`;
    if (!secondary)
      for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + s, { force: true });
    return `file:./${dbFile}`;
  }
  const name = `e2e_${dbPort}`;
  if (!secondary) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

const env = {
  DATABASE_URL: await databaseUrl(),
  NEXTAUTH_SECRET: ensureSecret(),
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
Object.assign(process.env, env);
if (secondary) migrate(env);
else prepare(env);
ensureBuilt(env);
log(`e2e server on http://localhost:${port} (${env.DATABASE_URL.split(":")[0]})`);
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: "production" },
});
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => server.kill(s));
server.on("exit", (code) => process.exit(code ?? 0));
