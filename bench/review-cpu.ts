/**
 * The data layer's share of a rated card: CPU per `reviewCard` call (the rating's transaction and
 * what comes next), in this process, without HTTP, Next.js or the session — the part of
 * `review_loop_cpu_ms_per_card` the app's own code and SQL decide. Each call is a rating as the
 * review page sends it once its buffer is full: seven cards held, one asked for.
 *
 *   cp bench/.data/cards-1m.db /tmp/r.db   # a copy: this rates cards
 *   DATABASE_URL=file:/tmp/r.db npx tsx --conditions=react-server bench/review-cpu.ts [ratings]
 */
import crypto from "node:crypto";
import { reviewCard } from "../lib/data/review";
import { db } from "../lib/db";
import { cardId, userId } from "./seed";
import { PAGE_BUFFER } from "./review-loop";

const USERS = 1000;

async function rate(k: number) {
  const u = k % USERS;
  // Every tenth seeded card is due now; the page holds the next ones.
  const due = (j: number) => cardId(u, 10 * ((k + j) % 97));
  const user = { id: userId(u), email: "", name: "", role: "student" as const };
  const have = Array.from({ length: PAGE_BUFFER - 1 }, (_, j) => due(j + 1));
  await reviewCard(user, due(0), {
    rating: "good",
    durationMs: 4000,
    idempotencyKey: crypto.randomUUID(),
    next: { limit: 1, have },
  });
}

async function main() {
  const n = Number(process.argv[2] ?? 1500);
  for (let k = 0; k < 200; k++) await rate(USERS * 3 + k); // warm-up
  const before = process.cpuUsage();
  for (let k = 0; k < n; k++) await rate(k);
  const used = process.cpuUsage(before);
  console.log(JSON.stringify({ ratings: n, cpuMsPerRating: (used.user + used.system) / 1000 / n }));
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
