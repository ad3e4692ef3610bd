// `npm start`: install what is missing, migrate, load content/, build, and serve on PORT.
import { spawn } from "node:child_process";
import { ensureBuilt, ensureSecret, log, prepare, sqliteUrl } from "./lib.mjs";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const port = process.env.PORT || "3000";
const env = {
  DATABASE_URL: sqliteUrl(),
  NEXTAUTH_SECRET: ensureSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};
Object.assign(process.env, env);

try {
  prepare(env);
  ensureBuilt(env);
} catch (err) {
  console.error(`\n✖ ${err.message}`);
  process.exit(1);
}

log(`Claimdeck is starting on http://localhost:${port}`);
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: "production" },
});
const stop = (signal) => server.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
