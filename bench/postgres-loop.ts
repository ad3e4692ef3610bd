/**
 * The review loop on PostgreSQL behind two app instances (the deployment that outgrows one
 * machine): a throwaway cluster (or BENCH_POSTGRES_URL), the same card states as the SQLite run,
 * both instances loaded at once by one closed-loop client, and the floor's SQL through pg directly.
 */
import pg from "pg";
import { directPostgresP95 } from "./review-loop";
import { seedPostgres } from "./seed-postgres";
import { PORT, startServer, type Server } from "./server";
import { startCluster, stopCluster } from "../scripts/postgres-cluster.mjs";

interface Figures {
  results: Record<string, number>;
  notes: Record<string, string>;
  noopP95: number;
  loopP95: number;
}

export async function postgresReviewLoop(opts: {
  users: number;
  cardsPerUser: number;
  cookies: string[];
  dataDir: string;
  measure: (urls: string[], cookies: string[], cpuMs: () => number) => Promise<Figures>;
}): Promise<{ results: Record<string, number>; notes: Record<string, string> }> {
  const port = Number(process.env.BENCH_PG_PORT ?? PORT + 20000);
  const own = !process.env.BENCH_POSTGRES_URL;
  const serverUrl = process.env.BENCH_POSTGRES_URL ?? startCluster(port);
  const url = new URL(serverUrl);
  url.pathname = "/claimdeck_bench";
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS claimdeck_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE claimdeck_bench");
  await admin.end();
  const servers: Server[] = [];
  try {
    console.log(`  seeding ${opts.users * opts.cardsPerUser} cards in PostgreSQL`);
    const t = performance.now();
    await seedPostgres(url.toString(), opts.users, opts.cardsPerUser);
    console.log(`  seeded in ${Math.round((performance.now() - t) / 1000)}s`);
    servers.push(await startServer(url.toString(), PORT + 1));
    servers.push(await startServer(url.toString(), PORT + 2));
    const figures = await opts.measure(
      servers.map((s) => s.url),
      opts.cookies,
      () => servers.reduce((ms, s) => ms + s.cpuMs(), 0),
    );
    for (const s of servers) await s.stop();
    console.log("  the same SQL straight through pg");
    const sqlP95 = await directPostgresP95(url.toString(), opts.users, opts.cardsPerUser);
    figures.results.direct_sql_p95_ms = Math.round(sqlP95 * 100) / 100;
    figures.results.review_loop_p95_ratio_to_floor = figures.loopP95 / (figures.noopP95 + sqlP95);
    return { results: figures.results, notes: figures.notes };
  } finally {
    for (const s of servers) await s.stop();
    if (own) stopCluster(port);
  }
}
