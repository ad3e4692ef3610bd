/**
 * The benchmark's card states in PostgreSQL, made by the server itself (generate_series), with the
 * same shape as bench/seed.ts: one essay of flashcard items, `users` students, a tenth of each
 * student's cards due now and the rest within a year. Migrations first, through the app's runner.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

const root = path.resolve(__dirname, "..");
/** Ratings seeded per student, from one earlier day of study. */
const LOGS_PER_USER = 50;

export async function seedPostgres(url: string, users: number, cardsPerUser: number) {
  const res = spawnSync(process.execPath, ["scripts/migrate-postgres.mjs"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`PostgreSQL migrations failed: ${res.stderr}`);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const now = `(now() AT TIME ZONE 'UTC')`;
    await c.query(`
      INSERT INTO "Essay" ("id", "slug", "title", "text", "checksum", "paragraphsJson", "generatorVersion", "updatedAt")
      VALUES ('bench-essay', 'bench-essay', 'Benchmark essay', 'x', 'x', '[]', 'bench', ${now})`);
    await c.query(
      `INSERT INTO "Claim" ("id", "essayId", "key", "text", "paragraph", "sentence", "score")
       SELECT 'bench-claim-' || i, 'bench-essay', 'k' || i,
         'Benchmark sentence number ' || i || ' states a fact worth remembering.', i, 0, 1
       FROM generate_series(0, $1 - 1) i`,
      [cardsPerUser],
    );
    await c.query(
      `INSERT INTO "Item" ("id", "essayId", "claimId", "key", "type", "prompt", "answer", "explanation",
         "sourceSentence", "status", "quality", "generatorVersion", "updatedAt")
       SELECT 'bench-item-' || i, 'bench-essay', 'bench-claim-' || i, 'i' || i, 'flashcard',
         'What does sentence ' || i || ' state?', 'fact ' || i, 'The essay says so.',
         'Benchmark sentence number ' || i || ' states a fact worth remembering.', 'published', 0.9,
         'bench', ${now}
       FROM generate_series(0, $1 - 1) i`,
      [cardsPerUser],
    );
    await c.query(
      `INSERT INTO "User" ("id", "email", "name", "updatedAt")
       SELECT 'bench-user-' || u, 'bench-' || u || '@example.test', 'Bench ' || u, ${now}
       FROM generate_series(0, $1 - 1) u`,
      [users],
    );
    await c.query(
      `INSERT INTO "Card" ("id", "userId", "itemId", "due", "stability", "difficulty", "elapsedDays",
         "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "updatedAt")
       SELECT 'bench-card-' || u || '-' || i, 'bench-user-' || u, 'bench-item-' || i,
         CASE WHEN i % 10 = 0 THEN ${now} - ((i::bigint * 7919) % 259200000) * interval '1 millisecond'
              ELSE ${now} + (((i::bigint * 104729 + u * 31) % 365) + 1) * interval '1 day' END,
         10 + i % 50, 5, 3, 10, 0, 4, 0, 2, ${now} - interval '3 days', ${now}
       FROM generate_series(0, $1 - 1) u, generate_series(0, $2 - 1) i`,
      [users, cardsPerUser],
    );
    // The ratings of each student's last day of study (the cards' lastReview). Without a history
    // the log table is empty when the review pool's connections plan their statements once
    // (plan_cache_mode = force_generic_plan), and the plan made for an empty table reads today's
    // ratings by scanning the whole table, which then grows through the run: a fresh cluster's
    // first minute, not a deployment's day (autovacuum's ANALYZE replans within a minute).
    await c.query(
      `INSERT INTO "ReviewLog" ("id", "cardId", "userId", "rating", "state", "due", "stability",
         "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps",
         "reviewedAt", "resultJson")
       SELECT 'bench-log-' || u || '-' || i, 'bench-card-' || u || '-' || i, 'bench-user-' || u,
         3, 2, ${now} - interval '3 days', 10 + i % 50, 5, 3, 3, 10, 0, ${now} - interval '3 days',
         '{}'
       FROM generate_series(0, $1 - 1) u, generate_series(0, $2 - 1) i`,
      [users, Math.min(cardsPerUser, LOGS_PER_USER)],
    );
    // Vacuumed as autovacuum keeps a deployment's tables: without a visibility map the generic
    // plans priced the due count's index-only walk as heap reads and chose another index.
    await c.query("VACUUM ANALYZE");
  } finally {
    await c.end();
  }
}
