// A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks: `start` prints its URL,
// `stop` removes it. Uses Debian's postgresql package (apt-get install postgresql).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function postgresBin() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "pg_ctl")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses to run as root). */
function asPostgres(bin, args) {
  const isRoot = process.getuid?.() === 0;
  const cmd = isRoot ? "runuser" : bin;
  const full = isRoot ? ["-u", "postgres", "--", bin, ...args] : args;
  const res = spawnSync(cmd, full, { encoding: "utf8" });
  if (res.status !== 0)
    throw new Error(`${path.basename(bin)} failed: ${res.stderr || res.stdout}`);
  return res.stdout;
}

// Below Linux's ephemeral range (32768–60999): a port there can be taken at any moment by some
// process's outgoing connection, and then the cluster cannot bind it.
export const DEFAULT_PORT = 25432;

export function startCluster(port = DEFAULT_PORT) {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  const dir = `/tmp/claimdeck-pg-${port}`;
  const data = path.join(dir, "data");
  stopCluster(port);
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  asPostgres(path.join(bin, "initdb"), [
    "-D",
    data,
    "-A",
    "trust",
    "-U",
    "claimdeck",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  asPostgres(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-w",
    "-o",
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
    "start",
  ]);
  return `postgresql://claimdeck@127.0.0.1:${port}/postgres`;
}

export function stopCluster(port = DEFAULT_PORT) {
  const bin = postgresBin();
  const dir = `/tmp/claimdeck-pg-${port}`;
  const data = path.join(dir, "data");
  if (bin && fs.existsSync(path.join(data, "postmaster.pid"))) {
    try {
      asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      /* already stopped */
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, port] = process.argv.slice(2);
  if (cmd === "start") console.log(startCluster(Number(port) || undefined));
  else if (cmd === "stop") stopCluster(Number(port) || undefined);
  else console.error("usage: node scripts/postgres-cluster.mjs start|stop [port]");
}
