/**
 * `npm run bench`: Claimdeck's speed and memory targets, measured side by side in one run on this
 * machine, printed as a table and written to bench/results.json. Each figure is a ratio against a
 * floor measured in the same run (or a plain rate), so the numbers travel between machines.
 *
 *   review_loop_p95_ratio_to_floor        p95(rate a card + fetch the next) under load, 1k users,
 *                                         1M cards / (p95 authenticated no-op + p95 same SQL direct)
 *   review_loop_throughput_ratio_to_noop  rated cards/s / no-op requests/s, same build and load
 *   due_queue_latency_ratio_10M_to_10k    median next-due-cards query at 10M cards / at 10k
 *   generation_words_per_second
 *   review_page_first_load_js_kb_gzip     JS a browser downloads to show /review
 *   quiz_burst_200_errors                 200 students submitting at once: errors + lost answers
 *   live_burst_200_errors, live_answer_to_host_p95_ratio_to_noop   see bench/live.ts
 *   upload_me_p95_ratio_to_idle           another user's GET /api/me p95 while a 200 KB essay is
 *                                         uploaded / its p95 just before (bench/upload-stall.ts)
 *
 * Environment: BENCH_SECONDS (load duration per run, default 15), BENCH_CONNECTIONS (default 50),
 * BENCH_SKIP_10M=1 (use 1M instead of 10M for the due-queue ratio, e.g. on a small disk).
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import zlib from "node:zlib";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { seedDatabase, userId, cardId } from "./seed";
import { benchGeneration } from "./generation";
import { benchLive } from "./live";
import { benchUploadStall } from "./upload-stall";
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
const SECRET = "claimdeck-bench-secret-0123456789abcdef";
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const USERS = 1000;
const CARDS_PER_USER = 1000;

function p(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function cookieFor(u: { id: string; email: string; name: string }) {
  const token = await encode({
    secret: SECRET,
    token: { sub: u.id, uid: u.id, role: "student", email: u.email, name: u.name },
  });
  return `next-auth.session-token=${token}`;
}

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function startServer(databaseUrl: string): Promise<Server> {
  const url = `http://127.0.0.1:${PORT}`;
  const busy = await fetch(url).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${PORT} is in use: stop what runs there or set BENCH_PORT.`);
  const child: ChildProcess = spawn(bin("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/api/openapi.json`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: async () => {
      // next start leaves next-server running when only its parent dies: stop the whole group.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

interface LoadResult {
  requestsPerSecond: number;
  latencies: number[];
  non2xx: number;
  errors: number;
  pairs?: number[];
  rated?: number;
}

/** autocannon with our own per-response timings (it reports p97.5 but not p95). */
function load(opts: autocannon.Options, pairUp = false): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const pairs: number[] = [];
    const firstHalf = new WeakMap<object, number>();
    let rated = 0;
    const instance = autocannon(
      { ...opts, duration: SECONDS, connections: CONNECTIONS },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          requestsPerSecond: result.requests.average,
          latencies,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          ...(pairUp ? { pairs, rated } : {}),
        });
      },
    );
    instance.on("response", (client: object, status: number, _bytes: number, time: number) => {
      latencies.push(time);
      if (!pairUp) return;
      // Requests alternate per connection: the rating, then the queue fetch.
      const first = firstHalf.get(client);
      if (first === undefined) {
        firstHalf.set(client, time);
        if (status === 200) rated++;
      } else {
        pairs.push(first + time);
        firstHalf.delete(client);
      }
    });
  });
}

/** The review loop's SQL, done with better-sqlite3 directly: the floor the app is compared with. */
function directSqlP95(file: string, iterations = 2000): number {
  const d = new Database(file);
  d.pragma("busy_timeout = 5000");
  const prefs = d.prepare(`SELECT desiredRetention, newCardsPerDay FROM User WHERE id = ?`);
  const card = d.prepare(`SELECT * FROM Card WHERE id = ? AND userId = ?`);
  const update = d.prepare(
    `UPDATE Card SET due = ?, stability = ?, difficulty = ?, reps = reps + 1, state = 2, lastReview = ?, updatedAt = ? WHERE id = ? AND userId = ? AND reps = ?`,
  );
  const log = d.prepare(
    `INSERT INTO ReviewLog (id, cardId, userId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, idempotencyKey, resultJson, createdAt)
     VALUES (?, ?, ?, 3, 2, ?, 1, 5, 0, 0, 0, 0, ?, ?, '{}', ?)`,
  );
  const due = d.prepare(
    `SELECT c.*, i.prompt, i.answer, i.sourceSentence, i.claimId, e.slug, e.title FROM Card c
     JOIN Item i ON i.id = c.itemId JOIN Essay e ON e.id = i.essayId
     WHERE c.userId = ? AND c.state <> 0 AND c.due <= ? AND i.status = 'published'
     ORDER BY c.due, c.createdAt LIMIT 20`,
  );
  const today = d.prepare(
    `SELECT DISTINCT cardId FROM ReviewLog WHERE userId = ? AND undoneAt IS NULL AND reviewedAt >= ?`,
  );
  const times: number[] = [];
  for (let n = 0; n < iterations; n++) {
    const u = n % USERS;
    const c = cardId(u, (n * 7) % CARDS_PER_USER);
    const now = new Date().toISOString().replace("Z", "+00:00");
    const t = performance.now();
    prefs.get(userId(u));
    const row = card.get(c, userId(u)) as { reps: number };
    d.transaction(() => {
      update.run(now, 2, 5, now, now, c, userId(u), row.reps);
      log.run(crypto.randomUUID(), c, userId(u), now, now, crypto.randomUUID(), now);
    })();
    prefs.get(userId(u));
    due.all(userId(u), now);
    today.all(userId(u), now.slice(0, 10));
    times.push(performance.now() - t);
  }
  d.close();
  return p(times, 0.95);
}

async function firstLoadJsKb(server: Server, cookie: string): Promise<number> {
  const html = await (await fetch(`${server.url}/review`, { headers: { cookie } })).text();
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

async function main() {
  ensureInstalled();
  ensureClient();
  ensureBuilt({});
  fs.mkdirSync(dataDir, { recursive: true });
  const results: Record<string, number> = {};
  const notes: Record<string, string> = {};

  console.log("▸ generation");
  results.generation_words_per_second = Math.round((await benchGeneration()).wordsPerSecond);

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
  console.log(
    skip10m
      ? "▸ BENCH_SKIP_10M=1: due-queue ratio uses 1M"
      : "▸ seeding 10M card states (reused when present; ~2 minutes the first time)",
  );
  const big = skip10m
    ? million
    : seedDatabase({ file: path.join(dataDir, "cards-10m.db"), users: 10_000, cardsPerUser: 1000 });

  console.log("▸ due-queue latency");
  const dueSmall = dueQueueMedian(small, userId(5));
  const dueBig = dueQueueMedian(big, userId(5));
  results.due_queue_latency_ratio_10M_to_10k = dueBig / dueSmall;
  if (skip10m)
    notes.due_queue_latency_ratio_10M_to_10k = "measured at 1M, not 10M (BENCH_SKIP_10M=1)";

  // The load runs rate cards, so they work on a copy and the seeded 1M database stays reusable.
  const work = path.join(dataDir, "cards-1m-run.db");
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(work + s, { force: true });
  fs.copyFileSync(million, work);
  const server = await startServer(`file:${work}`);
  try {
    const users = Array.from({ length: USERS }, (_, u) => ({
      id: userId(u),
      email: `bench-${u}@example.test`,
      name: `Bench ${u}`,
    }));
    const cookies = await Promise.all(users.map(cookieFor));
    const pick = () => Math.floor(Math.random() * USERS);

    console.log("▸ JS for the review page");
    results.review_page_first_load_js_kb_gzip =
      Math.round((await firstLoadJsKb(server, cookies[0]!)) * 10) / 10;

    console.log(`▸ warm-up, then ${SECONDS}s of authenticated no-op requests (GET /api/me)`);
    await load({
      url: `${server.url}/api/me`,
      duration: 3,
      requests: [
        { setupRequest: (r) => ({ ...r, headers: { ...r.headers, cookie: cookies[pick()]! } }) },
      ],
    });
    const noop = await load({
      url: server.url,
      requests: [
        {
          method: "GET",
          path: "/api/me",
          setupRequest: (r) => ({ ...r, headers: { ...r.headers, cookie: cookies[pick()]! } }),
        },
      ],
    });

    console.log(
      `▸ ${SECONDS}s of the review loop (rate a card, fetch the next) across ${USERS} users`,
    );
    const loop = await load(
      {
        url: server.url,
        requests: [
          {
            method: "POST",
            setupRequest: (r, ctx) => {
              const u = pick();
              (ctx as { cookie?: string }).cookie = cookies[u];
              return {
                ...r,
                path: `/api/review/${cardId(u, Math.floor(Math.random() * CARDS_PER_USER))}`,
                headers: { ...r.headers, cookie: cookies[u]!, "content-type": "application/json" },
                body: JSON.stringify({ rating: "good", idempotencyKey: crypto.randomUUID() }),
              };
            },
          },
          {
            method: "GET",
            path: "/api/review/queue?limit=1",
            setupRequest: (r, ctx) => ({
              ...r,
              headers: { ...r.headers, cookie: (ctx as { cookie: string }).cookie },
            }),
          },
        ],
      },
      true,
    );
    if (loop.non2xx || loop.errors)
      notes.review_loop = `${loop.non2xx} non-2xx and ${loop.errors} errors during the loop`;

    await server.stop();
    console.log("▸ the same SQL straight through better-sqlite3");
    const sqlP95 = directSqlP95(work);
    const noopP95 = p(noop.latencies, 0.95);
    const loopP95 = p(loop.pairs!, 0.95);
    const reviewsPerSecond = loop.rated! / SECONDS;
    results.review_loop_p95_ms = Math.round(loopP95 * 10) / 10;
    results.noop_p95_ms = Math.round(noopP95 * 10) / 10;
    results.direct_sql_p95_ms = Math.round(sqlP95 * 100) / 100;
    results.review_loop_p95_ratio_to_floor = loopP95 / (noopP95 + sqlP95);
    results.noop_requests_per_second = Math.round(noop.requestsPerSecond);
    results.reviews_per_second = Math.round(reviewsPerSecond);
    results.review_loop_throughput_ratio_to_noop = reviewsPerSecond / noop.requestsPerSecond;
  } finally {
    await server.stop();
  }

  console.log("▸ GET /api/me for other users while a 200 KB essay is uploaded");
  Object.assign(results, await benchUploadStall({ dataDir, startServer, cookieFor }));

  console.log("▸ quiz burst: 200 students submit at the same moment");
  const burst = await quizBurst();
  results.quiz_burst_200_errors = burst.errors + burst.lost;

  console.log("▸ live game: 200 players with open streams answer one question within a second");
  Object.assign(results, await benchLive({ dataDir, startServer, cookieFor }));

  const goals: Record<string, [string, number]> = {
    review_loop_p95_ratio_to_floor: ["≤", 3],
    review_loop_throughput_ratio_to_noop: ["≥", 0.5],
    due_queue_latency_ratio_10M_to_10k: ["≤", 1.5],
    generation_words_per_second: ["≥", 20000],
    review_page_first_load_js_kb_gzip: ["≤", 120],
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
      notes,
    },
  };
  fs.writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("written to bench/results.json");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
