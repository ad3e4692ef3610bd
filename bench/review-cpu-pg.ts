/**
 * bench/review-cpu.ts's loop on PostgreSQL, with the server's CPU beside the app's: the CPU per
 * rating of this process and of every PostgreSQL process of the cluster (from /proc), on a seed
 * of its own (bench/seed-postgres.ts).
 *
 *   node scripts/postgres-cluster.mjs start <port>        # prints <url>
 *   BENCH_PG_URL=<url> npx tsx --conditions=react-server bench/review-cpu-pg.ts [ratings] [users]
 */
import fs from "node:fs";
import pg from "pg";
import { seedPostgres } from "./seed-postgres";

const CLOCK_TICKS = 100;
function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
/** CPU of every process whose command line names postgres (the cluster: postmaster and backends). */
function postgresCpuMs(): number {
  let ms = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, "utf8");
      if (/postgres|postmaster/.test(comm)) ms += processCpuMs(Number(pid));
    } catch {
      /* gone */
    }
  }
  return ms;
}

async function main() {
  const n = Number(process.argv[2] ?? 1500);
  const users = Number(process.argv[3] ?? 100);
  const base = new URL(process.env.BENCH_PG_URL!);
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS claimdeck_cpu WITH (FORCE)");
  await admin.query("CREATE DATABASE claimdeck_cpu");
  await admin.end();
  base.pathname = "/claimdeck_cpu";
  await seedPostgres(base.toString(), users, 1000);
  process.env.DATABASE_URL = base.toString();
  const { reviewCard } = await import("../lib/data/review");
  const { cardId, userId } = await import("./seed");
  const crypto = await import("node:crypto");
  const rate = async (k: number) => {
    const u = k % users;
    const due = (j: number) => cardId(u, 10 * ((k + j) % 97));
    const user = { id: userId(u), email: "", name: "", role: "student" as const };
    const have = Array.from({ length: 7 }, (_, j) => due(j + 1));
    await reviewCard(user, due(0), {
      rating: "good",
      durationMs: 4000,
      idempotencyKey: crypto.randomUUID(),
      next: { limit: 1, have },
    });
  };
  for (let k = 0; k < 200; k++) await rate(users * 3 + k);
  const before = process.cpuUsage();
  const server = postgresCpuMs();
  const t = performance.now();
  for (let k = 0; k < n; k++) await rate(k);
  const wall = (performance.now() - t) / n;
  const used = process.cpuUsage(before);
  const app = (used.user + used.system) / 1000 / n;
  const db = (postgresCpuMs() - server) / n;
  console.log(JSON.stringify({ ratings: n, appCpuMs: app, serverCpuMs: db, wallMs: wall }));
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
