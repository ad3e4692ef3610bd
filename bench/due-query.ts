/**
 * Child process of `npm run bench`: median latency of the app's next-due-cards query (getDueCards)
 * for one user, against the database in DATABASE_URL. Prints one JSON line.
 * Run with `tsx --conditions=react-server` so the data layer's server-only guard resolves.
 */
import { getDueCards } from "../lib/data/get-due-cards";
import { db } from "../lib/db";

async function main() {
  const userId = process.argv[2]!;
  const runs = Number(process.argv[3] ?? 300);
  const now = new Date();
  for (let i = 0; i < 30; i++) await getDueCards(userId, now, 20);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    rows = (await getDueCards(userId, now, 20)).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], rows }));
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
