/**
 * The review loop as the review page drives it: each virtual student rates the card on screen with
 * one request, `POST /api/review/{cardId}` with `next`, and the response's first card is the next
 * one to rate — no second request per card. The no-op floor runs through the same closed-loop
 * driver, so both sides pay the same client costs.
 */
import http from "node:http";
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { cardId, userId } from "./seed";

/** Cards the review page keeps ahead (app/(learn)/review/_components/review-store.ts BUFFER). */
export const PAGE_BUFFER = 8;

export interface LoopResult {
  /** Milliseconds per request. */
  latencies: number[];
  ok: number;
  failed: number;
  perSecond: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function request(
  url: string,
  opts: { method: string; cookie: string; body?: unknown },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = http.request(
      url,
      {
        method: opts.method,
        agent,
        headers: {
          cookie: opts.cookie,
          ...(data
            ? { "content-type": "application/json", "content-length": Buffer.byteLength(data) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

/**
 * `connections` virtual clients, each sending its next request as soon as the last one answered,
 * for `seconds`; spread over the given app instances.
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  step: (client: number) => Promise<boolean>,
): Promise<LoopResult> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      while (performance.now() < end) {
        const t = performance.now();
        const good = await step(client).catch(() => false);
        latencies.push(performance.now() - t);
        if (good) ok++;
        else failed++;
      }
    }),
  );
  return { latencies, ok, failed, perSecond: ok / seconds };
}

export function noopStep(urls: string[], cookies: string[]) {
  return async (client: number) => {
    const cookie = cookies[Math.floor(Math.random() * cookies.length)]!;
    const res = await request(`${urls[client % urls.length]}/api/me`, { method: "GET", cookie });
    return res.status === 200;
  };
}

/**
 * One virtual student per client, driving the review page's buffer as review-store.ts does: it
 * rates the card at the front, names the cards it still holds (`next.have`), asks for as many as
 * top the buffer up to PAGE_BUFFER, and puts the response's cards at the back. It starts on one of
 * a random user's due cards; a user whose queue ran dry hands over to another.
 */
export function reviewStep(urls: string[], cookies: string[], cardsPerUser: number) {
  const state = new Map<number, { user: number; buffer: string[] }>();
  const fresh = () => {
    const user = Math.floor(Math.random() * cookies.length);
    // A tenth of the seeded cards (every tenth) are due now.
    const card = cardId(user, 10 * Math.floor((Math.random() * cardsPerUser) / 10));
    return { user, buffer: [card] };
  };
  return async (client: number) => {
    let s = state.get(client);
    if (!s || !s.buffer.length) state.set(client, (s = fresh()));
    const card = s.buffer.shift()!;
    const res = await request(`${urls[client % urls.length]}/api/review/${card}`, {
      method: "POST",
      cookie: cookies[s.user]!,
      body: {
        rating: "good",
        durationMs: 4000,
        idempotencyKey: crypto.randomUUID(),
        next: { limit: Math.max(1, PAGE_BUFFER - s.buffer.length), have: s.buffer },
      },
    });
    if (res.status !== 200) {
      s.buffer = [];
      return false;
    }
    const body = JSON.parse(res.body) as { next: { cards: { cardId: string }[] } };
    const held = new Set(s.buffer);
    s.buffer.push(...body.next.cards.map((c) => c.cardId).filter((id) => !held.has(id)));
    return true;
  };
}

const COLS = `c."id", c."itemId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview", c."createdAt", i."type", i."status", i."claimId"`;
const CARD_ITEM = `"Card" c JOIN "Item" i ON i."id" = c."itemId"`;
/** The page's steady state: it holds PAGE_BUFFER - 1 cards after a rating and asks for one. */
const HOLDS = PAGE_BUFFER - 1;
const HELD = Array.from({ length: HOLDS }, (_, j) => `$${5 + j}`).join(", ");
/** The queue's walk window for one card (lib/data/review-queue.ts). */
const WINDOW = 1 * 2 + 5;
/** The cards a student holds while rating card k: the next due ones (every tenth card is due). */
const heldIds = (u: number, k: number, cardsPerUser: number) =>
  Array.from({ length: HOLDS }, (_, j) => cardId(u, (10 * (k + j + 1)) % cardsPerUser));

/** The item of the card sent back: the one after those held. */
const itemOf = (u: number, k: number, cardsPerUser: number) =>
  `bench-item-${(10 * (k + HOLDS + 1)) % cardsPerUser}`;

/** The statements one rating runs (see lib/data/review-sql.ts), written by hand for each driver. */
const STATEMENTS = {
  card: `SELECT c.*, u."desiredRetention", u."newCardsPerDay" FROM "Card" c JOIN "User" u ON u."id" = c."userId" WHERE c."id" = $1 AND c."userId" = $2`,
  log: `INSERT INTO "ReviewLog" ("id", "cardId", "userId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "idempotencyKey", "resultJson", "createdAt")
        VALUES ($1, $2, $3, 3, 2, $4, 10, 5, 3, 3, 10, 0, $4, 4000, $5, '{}', $4) ON CONFLICT ("userId", "idempotencyKey") DO NOTHING`,
  update: `UPDATE "Card" SET "due" = $1, "stability" = 20, "difficulty" = 5, "elapsedDays" = 3, "scheduledDays" = 20, "learningSteps" = 0, "reps" = "reps" + 1, "lapses" = 0, "state" = 2, "lastReview" = $1, "updatedAt" = $1 WHERE "id" = $2 AND "userId" = $3 AND "reps" = $4 AND "lastReview" = $5`,
  queue: `SELECT * FROM (SELECT 0 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${COLS} FROM ${CARD_ITEM} WHERE c."userId" = $1 AND c."due" <= $2 AND c."state" <> 0 AND c."id" NOT IN (${HELD}) ORDER BY c."due", c."createdAt", c."id" LIMIT ${WINDOW * 2}) soon
          UNION ALL SELECT * FROM (SELECT 1 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${COLS} FROM ${CARD_ITEM} WHERE c."userId" = $1 AND c."state" = 0 AND c."id" NOT IN (${HELD}) ORDER BY c."due", c."createdAt", c."id" LIMIT ${WINDOW + 20}) made
          UNION ALL SELECT 2 AS "kind", l."state" AS "logState", ${COLS} FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId" JOIN "Item" i ON i."id" = c."itemId" WHERE l."userId" = $1 AND l."reviewedAt" >= $3 AND l."undoneAt" IS NULL
          UNION ALL SELECT 3 AS "kind", CAST(NULL AS INTEGER) AS "logState", ${COLS} FROM ${CARD_ITEM} WHERE c."userId" = $1 AND c."id" IN (${HELD})
          UNION ALL SELECT 4 AS "kind", CAST(COUNT(*) AS INTEGER), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c."state", NULL, NULL, NULL, NULL, NULL FROM "Card" c
            WHERE c."userId" = $1 AND c."state" IN (1, 2, 3) AND c."due" <= $4 AND EXISTS (SELECT 1 FROM "Item" i WHERE i."id" = c."itemId" AND i."status" = 'published' AND i."type" IN ('flashcard', 'cloze', 'short_answer')) GROUP BY c."state"`,
  texts: `SELECT i."id", i."prompt", i."answer", i."sourceSentence", e."slug", e."title" FROM "Item" i JOIN "Essay" e ON e."id" = i."essayId" WHERE i."id" IN ($1)`,
  unseen: `SELECT i."id", i."type", i."status", i."claimId" FROM "SetItem" si JOIN "Item" i ON i."id" = si."itemId" JOIN "ItemSet" s ON s."id" = si."setId"
           WHERE i."status" = 'published' AND i."type" IN ('flashcard', 'cloze', 'short_answer')
             AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."itemId" = i."id" AND c."userId" = $1)
             AND EXISTS (SELECT 1 FROM "Assignment" a JOIN "Enrollment" en ON en."classId" = a."classId" WHERE a."setId" = si."setId" AND a."mode" = 'review' AND en."userId" = $1 AND en."removedAt" IS NULL)
           ORDER BY s."createdAt", si."position" LIMIT 42`,
};

/** A pg-style statement for better-sqlite3: `$n` become `?`, the arguments repeated to match. */
function sqlite(d: Database.Database, text: string) {
  const order = [...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1);
  const st = d.prepare(text.replace(/\$\d+/g, "?"));
  const args = (a: unknown[]) => order.map((i) => a[i]);
  return {
    get: (...a: unknown[]) => st.get(...args(a)),
    all: (...a: unknown[]) => st.all(...args(a)),
    run: (...a: unknown[]) => st.run(...args(a)),
  };
}
const AHEAD_MS = 20 * 60_000;

/** p95 of one rating's statements through better-sqlite3 directly: the SQLite side of the floor. */
export function directSqliteP95(file: string, users: number, cardsPerUser: number, n = 2000) {
  const d = new Database(file);
  d.pragma("busy_timeout = 5000");
  // The app's own connection setting (lib/db-sqlite.ts), so both sides commit the same way.
  d.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === "normal" ? "NORMAL" : "FULL"}`);
  const st = Object.fromEntries(
    Object.entries(STATEMENTS).map(([k, s]) => [k, sqlite(d, s)]),
  ) as Record<keyof typeof STATEMENTS, ReturnType<typeof sqlite>>;
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    const u = k % users;
    const id = cardId(u, (k * 7) % cardsPerUser);
    const now = Date.now();
    const t = performance.now();
    const row = st.card.get(id, userId(u)) as { reps: number; lastReview: string };
    d.transaction(() => {
      st.log.run(crypto.randomUUID(), id, userId(u), iso(now), crypto.randomUUID());
      st.update.run(iso(now), id, userId(u), row.reps, row.lastReview);
      // With the count of the backlog beyond the queue's window (each bench user has 100 due).
      st.queue.all(
        userId(u),
        iso(now + AHEAD_MS),
        iso(now - (now % 86_400_000)),
        iso(now),
        ...heldIds(u, k, cardsPerUser),
      );
      st.unseen.all(userId(u));
      st.texts.all(itemOf(u, k, cardsPerUser));
    })();
    times.push(performance.now() - t);
  }
  d.close();
  return p95(times);
}

/**
 * The same statements through one pg connection: the PostgreSQL side of the floor. Named, as the app
 * names them (lib/data/review-driver.ts), so the server plans each text once here too.
 */
export async function directPostgresP95(
  url: string,
  users: number,
  cardsPerUser: number,
  n = 1000,
) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const times: number[] = [];
  try {
    for (let k = 0; k < n; k++) {
      const u = k % users;
      const id = cardId(u, (k * 7 + 3) % cardsPerUser);
      const now = new Date();
      const t = performance.now();
      const row = (await c.query(named("card", [id, userId(u)]))).rows[0] as {
        reps: number;
        lastReview: Date;
      };
      await c.query("BEGIN");
      await c.query(named("log", [crypto.randomUUID(), id, userId(u), now, crypto.randomUUID()]));
      await c.query(named("update", [now, id, userId(u), row.reps, row.lastReview]));
      await c.query(
        named("queue", [
          userId(u),
          new Date(now.getTime() + AHEAD_MS),
          new Date(now.getTime() - (now.getTime() % 86_400_000)),
          now,
          ...heldIds(u, k, cardsPerUser),
        ]),
      );
      await c.query(named("unseen", [userId(u)]));
      await c.query(named("texts", [itemOf(u, k, cardsPerUser)]));
      await c.query("COMMIT");
      times.push(performance.now() - t);
    }
  } finally {
    await c.end();
  }
  return p95(times);
}

const named = (key: keyof typeof STATEMENTS, values: unknown[]) => ({
  name: `floor_${key}`,
  text: STATEMENTS[key],
  values,
});

export function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
}
