import Database from "better-sqlite3";
import { reviewCard } from "../lib/data/review";
import { db } from "../lib/db";

const times = new Map<string, { n: number; ms: number; rows: number }>();
const probe = new Database(":memory:");
const proto = Object.getPrototypeOf(probe.prepare("SELECT 1"));
for (const m of ["run", "all", "get"]) {
  const orig = proto[m];
  proto[m] = function (this: { source: string }, ...a: unknown[]) {
    const t = performance.now();
    const r = orig.apply(this, a);
    const dt = performance.now() - t;
    const k = this.source.replace(/\s+/g, " ").slice(0, 90);
    const e = times.get(k) ?? { n: 0, ms: 0, rows: 0 };
    e.n++;
    e.ms += dt;
    e.rows += Array.isArray(r) ? r.length : 0;
    times.set(k, e);
    return r;
  };
}
async function main() {
  const have = process.env.HAVE === "1";
  const N = 400;
  let total = 0;
  for (let k = 0; k < N + 50; k++) {
    const u = k % 1000;
    const user = { id: `bench-user-${u}`, email: "", name: "", role: "student" as const };
    const card = `bench-card-${u}-${10 * (k % 97)}`;
    if (k === 50) {
      times.clear();
      total = 0;
    }
    const t = performance.now();
    try {
      await reviewCard(user, card, {
        rating: "good",
        durationMs: 4000,
        idempotencyKey: crypto.randomUUID(),
        next: {
          limit: have ? 1 : 8,
          ...(have
            ? {
                have: [
                  `bench-card-${u}-${10 * ((k + 1) % 97)}`,
                  `bench-card-${u}-${10 * ((k + 2) % 97)}`,
                  `bench-card-${u}-${10 * ((k + 3) % 97)}`,
                  `bench-card-${u}-${10 * ((k + 4) % 97)}`,
                  `bench-card-${u}-${10 * ((k + 5) % 97)}`,
                  `bench-card-${u}-${10 * ((k + 6) % 97)}`,
                  `bench-card-${u}-${10 * ((k + 7) % 97)}`,
                ],
              }
            : {}),
        },
      });
    } catch (e) {
      if (k < 55) console.error(String(e));
    }
    total += performance.now() - t;
  }
  console.log("per rating total ms", (total / N).toFixed(3));
  for (const [k, e] of [...times].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      (e.ms / N).toFixed(3).padStart(7),
      "ms/rating",
      String(e.n / N).padStart(5),
      "x",
      (e.rows / Math.max(1, e.n)).toFixed(1).padStart(6),
      "rows",
      k,
    );
  await db.$disconnect();
}
main();
