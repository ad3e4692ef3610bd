/**
 * Builds benchmark databases straight with better-sqlite3 (Prisma would take minutes per million
 * rows): the schema from prisma/migrations, one essay's worth of flashcard items, `users` students
 * and `users × cardsPerUser` cards in a realistic mix of states — a tenth due now, the rest later.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface SeedSpec {
  file: string;
  users: number;
  cardsPerUser: number;
}

const root = path.resolve(__dirname, "..");
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export function userId(u: number) {
  return `bench-user-${u}`;
}
export function cardId(u: number, i: number) {
  return `bench-card-${u}-${i}`;
}

/** Seeds `spec.file` unless a finished seed with the same spec is already there. */
export function seedDatabase(spec: SeedSpec, now = Date.now()): string {
  const stamp = `${spec.file}.seeded`;
  const want = JSON.stringify({
    users: spec.users,
    cards: spec.cardsPerUser,
    schema: schemaHash(),
  });
  if (fs.existsSync(spec.file) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want)
    return spec.file;
  fs.mkdirSync(path.dirname(spec.file), { recursive: true });
  for (const s of ["", "-wal", "-shm", ".seeded"]) fs.rmSync(spec.file + s, { force: true });

  const db = new Database(spec.file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  for (const m of fs.readdirSync(path.join(root, "prisma/migrations")).sort()) {
    const sql = path.join(root, "prisma/migrations", m, "migration.sql");
    if (fs.existsSync(sql)) db.exec(fs.readFileSync(sql, "utf8"));
  }
  const t = iso(now);
  db.prepare(
    `INSERT INTO Essay (id, slug, title, source, publishedOn, text, checksum, paragraphsJson, generatorVersion, createdAt, updatedAt)
     VALUES ('bench-essay', 'bench-essay', 'Benchmark essay', '', '', 'x', 'x', '[]', 'bench', ?, ?)`,
  ).run(t, t);
  const claim = db.prepare(
    `INSERT INTO Claim (id, essayId, key, text, paragraph, sentence, score, createdAt) VALUES (?, 'bench-essay', ?, ?, ?, 0, 1, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO Item (id, essayId, claimId, key, type, prompt, answer, explanation, sourceSentence, status, quality, generatorVersion, createdAt, updatedAt)
     VALUES (?, 'bench-essay', ?, ?, 'flashcard', ?, ?, 'The essay says so.', ?, 'published', 0.9, 'bench', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < spec.cardsPerUser; i++) {
      const sentence = `Benchmark sentence number ${i} states a fact worth remembering.`;
      claim.run(`bench-claim-${i}`, `k${i}`, sentence, i, t);
      item.run(
        `bench-item-${i}`,
        `bench-claim-${i}`,
        `i${i}`,
        `What does sentence ${i} state?`,
        `fact ${i}`,
        sentence,
        t,
        t,
      );
    }
  })();

  const user = db.prepare(
    `INSERT INTO User (id, email, name, role, createdAt, updatedAt) VALUES (?, ?, ?, 'student', ?, ?)`,
  );
  const card = db.prepare(
    `INSERT INTO Card (id, userId, itemId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, 5, 3, ?, 0, 4, 0, 2, ?, ?, ?)`,
  );
  const day = 86_400_000;
  const batch = 200;
  for (let start = 0; start < spec.users; start += batch) {
    db.transaction(() => {
      for (let u = start; u < Math.min(spec.users, start + batch); u++) {
        user.run(userId(u), `bench-${u}@example.test`, `Bench ${u}`, t, t);
        for (let i = 0; i < spec.cardsPerUser; i++) {
          // A tenth of each user's cards are due (overdue by up to three days), the rest within a year.
          const due =
            i % 10 === 0
              ? now - ((i * 7919) % (3 * day))
              : now + (((i * 104729 + u * 31) % 365) + 1) * day;
          card.run(
            cardId(u, i),
            userId(u),
            `bench-item-${i}`,
            iso(due),
            10 + (i % 50),
            10,
            iso(now - 3 * day),
            t,
            t,
          );
        }
      }
    })();
  }
  db.pragma("synchronous = FULL");
  db.exec("ANALYZE");
  db.close();
  fs.writeFileSync(stamp, want);
  return spec.file;
}

function schemaHash(): string {
  return fs.readdirSync(path.join(root, "prisma/migrations")).sort().join(",");
}
