/**
 * `npm run bench`: Claimdeck's speed and memory targets, measured side by side in one run on this
 * machine, printed as a table and written to bench/results.json. Each figure is a ratio against a
 * floor measured in the same run (or a plain rate), so the numbers travel between machines.
 *
 *   review_loop_p95_ratio_to_floor        p95 of one card's request as the review page sends it (rate
 *                                         it, get the next cards back) under load, 1k users, 1M cards
 *                                         / (p95 authenticated no-op + p95 of the same SQL direct)
 *   review_loop_throughput_ratio_to_noop  rated cards/s / no-op requests/s, same build and load
 *   review_loop_cpu_ratio_to_noop         the app process's CPU ms per rated card / per no-op (no
 *                                         goal: what the two ratios above come down to at saturation)
 *   pg_review_loop_*                      the same two on PostgreSQL behind two app instances
 *   review_page_js_ratio_to_floor         gzipped first-load JS of /review / of an empty page
 *                                         (/bench-floor) in the same build; both in kB as well
 *   due_queue_latency_ratio_10M_to_10k    median next-due-cards query at 10M cards / at 10k
 *   generation_words_per_second
 *   quiz_burst_200_errors                 200 students submitting at once: errors + lost answers
 *   live_burst_200_errors, live_answer_to_host_p95_ratio_to_noop   see bench/live.ts
 *   upload_me_p95_ratio_to_idle           another user's GET /api/me p95 while a 200 KB essay is
 *                                         uploaded / its p95 just before (bench/upload-stall.ts)
 *
 * Environment: BENCH_SECONDS (load duration per run, default 15), BENCH_CONNECTIONS (default 50),
 * BENCH_SKIP_10M=1 (use 1M instead of 10M for the due-queue ratio, e.g. on a small disk),
 * BENCH_SKIP_POSTGRES=1 (no PostgreSQL figures), BENCH_POSTGRES_URL (a server to use instead of a
 * throwaway cluster on port BENCH_PG_PORT, default BENCH_PORT + 20000), BENCH_ONLY=review (the
 * review-loop figures alone, written to bench/results-review.json, not results.json).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { seedDatabase, userId } from "./seed";
import { benchGeneration } from "./generation";
import { benchLive } from "./live";
import { benchUploadStall } from "./upload-stall";
import {
  closedLoop,
  directSqliteP95,
  noopStep,
  p95,
  reviewStep,
  type LoopResult,
} from "./review-loop";
import { postgresReviewLoop } from "./postgres-loop";
import { cookieFor, startServer, type Server } from "./server";
import {
  ensureBuilt,
  ensureClient,
  ensureInstalled,
  bin,
  migrate,
  loadContent,
} from "../scripts/lib.mjs";

const root = path.resolve(__dirname, "..");
const dataDir = path.join(root, "bench", ".data");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const USERS = 1000;
const CARDS_PER_USER = 1000;
/** BENCH_ONLY=review: the review-loop figures alone (SQLite, and PostgreSQL unless skipped). */
const ONLY_REVIEW = process.env.BENCH_ONLY === "review";

/** Gzipped JavaScript a current browser downloads to show `page` for the first time, in kB. */
async function firstLoadJsKb(server: Server, cookie: string, page: string): Promise<number> {
  const res = await fetch(`${server.url}${page}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${page} answered ${res.status}`);
  const html = await res.text();
  // Scripts marked noModule are for old browsers only; a current browser skips them.
  const srcs = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"[^>]*>/g)]
    .filter((m) => !/nomodule/i.test(m[0]))
    .map((m) => m[2]!);
  let bytes = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(new URL(src, server.url))).arrayBuffer());
    bytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}

async function quizBurst(): Promise<{ errors: number; lost: number; submissions: number }> {
  const file = path.join(dataDir, "quiz-burst.db");
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  const env = { DATABASE_URL: `file:${file}` };
  migrate(env);
  loadContent(env);
  const d = new Database(file);
  const t = new Date().toISOString().replace("Z", "+00:00");
  const users = Array.from({ length: 200 }, (_, i) => ({
    id: `burst-${i}`,
    email: `burst-${i}@example.test`,
    name: `Burst ${i}`,
  }));
  const ins = d.prepare(
    `INSERT INTO User (id, email, name, role, createdAt, updatedAt) VALUES (?, ?, ?, 'student', ?, ?)`,
  );
  d.transaction(() => users.forEach((u) => ins.run(u.id, u.email, u.name, t, t)))();
  const slug = (d.prepare(`SELECT slug FROM Essay ORDER BY slug LIMIT 1`).get() as { slug: string })
    .slug;
  d.close();

  const server = await startServer(`file:${file}`);
  try {
    const quizzes = [];
    for (const u of users) {
      const cookie = await cookieFor(u);
      const res = await fetch(`${server.url}/api/quizzes`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ essay: slug, count: 5 }),
      });
      const quiz = (await res.json()) as {
        id: string;
        questions: { id: string; choices?: string[] }[];
      };
      quizzes.push({ cookie, quiz });
    }
    // Everyone presses Submit at the same moment.
    const results = await Promise.all(
      quizzes.map(({ cookie, quiz }) =>
        fetch(`${server.url}/api/quizzes/${quiz.id}/submit`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({
            answers: quiz.questions.map((q) => ({
              questionId: q.id,
              response: q.choices?.[0] ?? "an answer",
            })),
          }),
        }).then((r) => r.status),
      ),
    );
    const errors = results.filter((s) => s !== 200).length;
    const expected = quizzes.reduce((n, q) => n + q.quiz.questions.length, 0);
    const check = new Database(file, { readonly: true });
    const stored = (check.prepare(`SELECT COUNT(*) n FROM Answer`).get() as { n: number }).n;
    check.close();
    return { errors, lost: expected - stored, submissions: results.length };
  } finally {
    await server.stop();
  }
}

function dueQueueMedian(file: string, user: string): number {
  const res = spawnSync(
    bin("tsx"),
    ["--conditions=react-server", "bench/due-query.ts", user, "400"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      encoding: "utf8",
    },
  );
  if (res.status !== 0) throw new Error(`due-query failed: ${res.stderr}`);
  return (JSON.parse(res.stdout.trim().split("\n").pop()!) as { medianMs: number }).medianMs;
}

/**
 * Authenticated no-ops, then the review page's loop, against the given app instances with the same
 * closed-loop client: the p95s and rates the ratios are made of.
 */
async function reviewLoopFigures(urls: string[], cookies: string[], cpuMs: () => number) {
  const results: Record<string, number> = {};
  const notes: Record<string, string> = {};
  console.log(`  warm-up, then ${SECONDS}s of authenticated no-op requests (GET /api/me)`);
  await closedLoop(CONNECTIONS, 3, noopStep(urls, cookies));
  await closedLoop(CONNECTIONS, 3, reviewStep(urls, cookies, CARDS_PER_USER));
  const cpu0 = cpuMs();
  const noop: LoopResult = await closedLoop(CONNECTIONS, SECONDS, noopStep(urls, cookies));
  const cpu1 = cpuMs();
  console.log(
    `  ${SECONDS}s of the review page's loop (one request per card) across ${USERS} users`,
  );
  const loop = await closedLoop(CONNECTIONS, SECONDS, reviewStep(urls, cookies, CARDS_PER_USER));
  const cpu2 = cpuMs();
  if (loop.failed || noop.failed)
    notes.review_loop = `${loop.failed} failed ratings, ${noop.failed} failed no-ops`;
  const noopP95 = p95(noop.latencies);
  const loopP95 = p95(loop.latencies);
  results.review_loop_p95_ms = Math.round(loopP95 * 10) / 10;
  results.noop_p95_ms = Math.round(noopP95 * 10) / 10;
  results.noop_requests_per_second = Math.round(noop.perSecond);
  results.reviews_per_second = Math.round(loop.perSecond);
  results.review_loop_throughput_ratio_to_noop = loop.perSecond / noop.perSecond;
  // CPU per request of the app process(es): what the ratios come down to at saturation, and less
  // swayed than they are by other work on a shared machine.
  const noopCpu = (cpu1 - cpu0) / (noop.ok + noop.failed);
  const cardCpu = (cpu2 - cpu1) / (loop.ok + loop.failed);
  results.noop_cpu_ms_per_request = Math.round(noopCpu * 1000) / 1000;
  results.review_loop_cpu_ms_per_card = Math.round(cardCpu * 1000) / 1000;
  results.review_loop_cpu_ratio_to_noop = cardCpu / noopCpu;
  return { results, notes, noopP95, loopP95 };
}
export type ReviewLoopFigures = typeof reviewLoopFigures;

const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  ensureInstalled();
  ensureClient();
  ensureBuilt({});
  fs.mkdirSync(dataDir, { recursive: true });
  // Ratios travel between machines; absolute numbers do not, least of all on a shared one.
  const loadBefore = os.loadavg()[0]!;
  const results: Record<string, number> = {};
  const notes: Record<string, string> = {};

  if (!ONLY_REVIEW) {
    console.log("▸ generation");
    results.generation_words_per_second = Math.round((await benchGeneration()).wordsPerSecond);
  }

  console.log("▸ seeding 10k and 1M card states (reused when present)");
  const small = seedDatabase({
    file: path.join(dataDir, "cards-10k.db"),
    users: 10,
    cardsPerUser: 1000,
  });
  const million = seedDatabase({
    file: path.join(dataDir, "cards-1m.db"),
    users: USERS,
    cardsPerUser: CARDS_PER_USER,
  });
  const skip10m = process.env.BENCH_SKIP_10M === "1";
  if (!ONLY_REVIEW) {
    console.log(
      skip10m
        ? "▸ BENCH_SKIP_10M=1: due-queue ratio uses 1M"
        : "▸ seeding 10M card states (reused when present; ~2 minutes the first time)",
    );
    const big = skip10m
      ? million
      : seedDatabase({
          file: path.join(dataDir, "cards-10m.db"),
          users: 10_000,
          cardsPerUser: 1000,
        });

    console.log("▸ due-queue latency");
    const dueSmall = dueQueueMedian(small, userId(5));
    const dueBig = dueQueueMedian(big, userId(5));
    results.due_queue_latency_ratio_10M_to_10k = dueBig / dueSmall;
    if (skip10m)
      notes.due_queue_latency_ratio_10M_to_10k = "measured at 1M, not 10M (BENCH_SKIP_10M=1)";
  }

  // The load runs rate cards, so they work on a copy and the seeded 1M database stays reusable.
  const work = path.join(dataDir, "cards-1m-run.db");
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(work + s, { force: true });
  fs.copyFileSync(million, work);
  const users = Array.from({ length: USERS }, (_, u) => ({
    id: userId(u),
    email: `bench-${u}@example.test`,
    name: `Bench ${u}`,
  }));
  const cookies = await Promise.all(users.map(cookieFor));
  const server = await startServer(`file:${work}`);
  try {
    console.log("▸ JS for the review page and for an empty page (the framework's floor)");
    const reviewJs = await firstLoadJsKb(server, cookies[0]!, "/review");
    const floorJs = await firstLoadJsKb(server, cookies[0]!, "/bench-floor");
    results.review_page_first_load_js_kb_gzip = Math.round(reviewJs * 10) / 10;
    results.empty_page_first_load_js_kb_gzip = Math.round(floorJs * 10) / 10;
    results.review_page_js_ratio_to_floor = reviewJs / floorJs;

    const figures = await reviewLoopFigures([server.url], cookies, server.cpuMs);
    Object.assign(results, figures.results);
    Object.assign(notes, figures.notes);
    await server.stop();
    console.log("▸ the same SQL straight through better-sqlite3");
    const sqlP95 = directSqliteP95(work, USERS, CARDS_PER_USER);
    results.direct_sql_p95_ms = Math.round(sqlP95 * 100) / 100;
    results.review_loop_p95_ratio_to_floor = figures.loopP95 / (figures.noopP95 + sqlP95);
  } finally {
    await server.stop();
  }

  if (!ONLY_REVIEW) {
    console.log("▸ GET /api/me for other users while a 200 KB essay is uploaded");
    Object.assign(results, await benchUploadStall({ dataDir, startServer, cookieFor }));
  }
  if (process.env.BENCH_SKIP_POSTGRES === "1") notes.postgres = "skipped (BENCH_SKIP_POSTGRES=1)";
  else {
    console.log("▸ PostgreSQL, two app instances");
    // Without PostgreSQL on the machine the other figures still stand; the note says why these lack.
    try {
      const pgFigures = await postgresReviewLoop({
        users: USERS,
        cardsPerUser: CARDS_PER_USER,
        cookies,
        dataDir,
        measure: reviewLoopFigures,
      });
      for (const [k, v] of Object.entries(pgFigures.results)) results[`pg_${k}`] = v;
      for (const [k, v] of Object.entries(pgFigures.notes)) notes[`pg_${k}`] = v;
    } catch (err) {
      notes.postgres = `not measured: ${err instanceof Error ? err.message : String(err)}`;
      console.error(err);
    }
  }

  if (!ONLY_REVIEW) {
    console.log("▸ quiz burst: 200 students submit at the same moment");
    const burst = await quizBurst();
    results.quiz_burst_200_errors = burst.errors + burst.lost;

    console.log("▸ live game: 200 players with open streams answer one question within a second");
    Object.assign(results, await benchLive({ dataDir, startServer, cookieFor }));
  }

  const goals: Record<string, [string, number]> = {
    review_loop_p95_ratio_to_floor: ["≤", 2],
    review_loop_throughput_ratio_to_noop: ["≥", 0.5],
    pg_review_loop_p95_ratio_to_floor: ["≤", 2],
    pg_review_loop_throughput_ratio_to_noop: ["≥", 0.5],
    review_page_js_ratio_to_floor: ["≤", 1.1],
    due_queue_latency_ratio_10M_to_10k: ["≤", 1.5],
    generation_words_per_second: ["≥", 20000],
    quiz_burst_200_errors: ["≤", 0],
    live_burst_200_errors: ["≤", 0],
    live_answer_to_host_p95_ratio_to_noop: ["≤", 2],
    upload_me_p95_ratio_to_idle: ["≤", 1.5],
  };
  const rows = Object.entries(results).map(([k, v]) => {
    const goal = goals[k];
    const ok = goal ? (goal[0] === "≤" ? v <= goal[1] : v >= goal[1]) : undefined;
    return {
      metric: k,
      value: Number(v.toFixed(3)),
      goal: goal ? `${goal[0]} ${goal[1]}` : "",
      met: ok === undefined ? "" : ok ? "yes" : "NO",
    };
  });
  console.log("");
  console.table(rows);
  for (const [k, v] of Object.entries(notes)) console.log(`note: ${k}: ${v}`);
  const out = {
    ...Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Number(v.toFixed(4))])),
    _meta: {
      seconds: SECONDS,
      connections: CONNECTIONS,
      users: USERS,
      cardsPerUser: CARDS_PER_USER,
      at: new Date().toISOString(),
      cores: os.cpus().length,
      loadAverage: { atStart: round(loadBefore), atEnd: round(os.loadavg()[0]!) },
      notes,
    },
  };
  // A partial run must not pass for the whole bench's figures.
  const file = ONLY_REVIEW ? "results-review.json" : "results.json";
  fs.writeFileSync(path.join(root, "bench", file), JSON.stringify(out, null, 2) + "\n");
  console.log(`written to bench/${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
