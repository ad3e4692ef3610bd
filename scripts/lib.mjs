// Shared steps of `npm start` and `npm test`. Only Node built-ins here: this runs before any install.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

export function log(msg) {
  console.log(`\x1b[36m▸ ${msg}\x1b[0m`);
}

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, ...opts.env },
    cwd: root,
  });
  if (res.status !== 0) {
    const why = res.signal ? `signal ${res.signal}` : `exit code ${res.status}`;
    throw new Error(`${cmd} ${args.join(" ")} failed (${why})`);
  }
}

export function bin(name) {
  return path.join(root, "node_modules", ".bin", name);
}

function sha256(data) {
  return crypto.createHash("sha256").update(data).digest("hex");
}

/** Hash of files and folders, for "is what was built/installed still current?". */
export function hashPaths(paths, ignore = []) {
  const h = crypto.createHash("sha256");
  const walk = (p) => {
    if (!fs.existsSync(p) || ignore.some((i) => p.startsWith(i))) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    else h.update(p).update(fs.readFileSync(p));
  };
  for (const p of paths) walk(p);
  return h.digest("hex");
}

/** Installs dependencies when node_modules is missing or the lockfile changed since the last install. */
export function ensureInstalled() {
  const stamp = path.join(root, "node_modules", ".claimdeck-install");
  const lock = fs.existsSync("package-lock.json") ? fs.readFileSync("package-lock.json") : "";
  const want = sha256(lock + fs.readFileSync("package.json", "utf8"));
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want) return;
  log("Installing dependencies (first run, or the lockfile changed)…");
  // Not `npm ci`: this registry lacks some optional platform builds (other OSes' tailwind/oxide and
  // unrs-resolver bindings), which npm leaves out of the lockfile and `npm ci` then rejects.
  // `npm install --no-save` installs exactly the locked versions and leaves the lockfile alone.
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund"]);
  fs.writeFileSync(stamp, want);
}

export function sqliteUrl() {
  return process.env.DATABASE_URL || "file:./prisma/data/claimdeck.db";
}

/** Generates the Prisma clients (SQLite and PostgreSQL) when the schema changed. */
export function ensureClient() {
  const stamp = path.join(root, "lib", "generated", ".schema-hash");
  const want = hashPaths([
    "prisma/schema.prisma",
    "prisma/postgres/schema.prisma",
    "package-lock.json",
  ]);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want) return;
  log("Generating the Prisma clients…");
  run(bin("prisma"), ["generate"], {
    env: { CHECKPOINT_DISABLE: "1", DATABASE_URL: "file:./prisma/data/claimdeck.db" },
  });
  run(bin("prisma"), ["generate", "--config", "prisma.postgres.config.ts"], {
    env: {
      CHECKPOINT_DISABLE: "1",
      DATABASE_URL: "postgresql://claimdeck@127.0.0.1:5432/claimdeck",
    },
  });
  fs.writeFileSync(stamp, want);
}

export function isPostgres(url) {
  return /^postgres(ql)?:\/\//.test(url || "");
}

export function migrate(env = {}) {
  log("Applying migrations…");
  if (isPostgres(env.DATABASE_URL ?? process.env.DATABASE_URL)) {
    run(process.execPath, ["scripts/migrate-postgres.mjs"], { env });
    return;
  }
  run(bin("prisma"), ["migrate", "deploy"], { env: { CHECKPOINT_DISABLE: "1", ...env } });
  // WAL lets readers go on while one writer commits, and it is a property of the file: set once here.
  const file = (env.DATABASE_URL ?? sqliteUrl()).replace(/^file:/, "");
  run(process.execPath, [
    "-e",
    `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(file)}); d.pragma("journal_mode = WAL"); d.close();`,
  ]);
}

export function loadContent(env = {}) {
  log("Loading content/…");
  run(bin("tsx"), ["scripts/content-load.ts"], { env });
}

const BUILD_INPUTS = [
  "app",
  "lib",
  "public",
  "types",
  "prisma/schema.prisma",
  "next.config.js",
  "instrumentation.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

/** Builds the production app unless the last build came from the same sources. */
export function ensureBuilt(env = {}) {
  // Each checkout/engineer builds into its own NEXT_DIST_DIR; the stamp lives beside that build.
  const distDir = process.env.NEXT_DIST_DIR || env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(root, distDir, "claimdeck-build-hash");
  const want = hashPaths(BUILD_INPUTS, ["lib/generated/.schema-hash"]);
  if (
    fs.existsSync(stamp) &&
    fs.existsSync(path.join(distDir, "BUILD_ID")) &&
    fs.readFileSync(stamp, "utf8") === want
  ) {
    log("Production build is current; reusing it.");
    return;
  }
  log("Building the app…");
  const extra = {};
  if (distDir !== ".next") {
    const name = `tsconfig.${distDir.replace(/^\.+/, "")}.json`;
    const base = JSON.parse(fs.readFileSync("tsconfig.json", "utf8"));
    const include = [...base.include, `${distDir}/types/**/*.ts`];
    fs.writeFileSync(name, JSON.stringify({ ...base, include }, null, 2));
    extra.NEXT_TSCONFIG = name;
  }
  run(bin("next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1", ...env, ...extra } });
  fs.writeFileSync(stamp, want);
}

/** NEXTAUTH_SECRET from the environment, else one made once and kept in .secrets/. */
export function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".secrets", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export function prepare(env = {}) {
  ensureInstalled();
  ensureClient();
  migrate(env);
  loadContent(env);
}
