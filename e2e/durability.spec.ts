import { test, expect } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createUser, signInApi } from "./fixtures/users";
import { queue, studyEssay } from "./fixtures/learn";

// Kills the app with SIGKILL in the middle of a stream of reviews, restarts it on the same SQLite
// file, and checks that every review the server acknowledged is still there.
const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100) + 20;
const base = `http://localhost:${port}`;

function startApp(dbUrl: string): ChildProcess {
  return spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "durability-test-secret-0123456789",
      PORT: String(port),
    },
    stdio: "ignore",
    detached: true,
  });
}

async function waitUp() {
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/openapi.json`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the app did not start");
}

test.describe("durability", () => {
  test.skip(!!process.env.E2E_POSTGRES_URL, "SQLite's crash safety; PostgreSQL brings its own");
  test.setTimeout(120_000);

  test("killing the server mid-load loses no acknowledged review", async ({ playwright }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdeck-durability-"));
    const file = path.join(dir, "app.db");
    const env = { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" };
    for (const [cmd, args] of [
      ["node_modules/.bin/prisma", ["migrate", "deploy"]],
      ["node_modules/.bin/tsx", ["scripts/content-load.ts"]],
    ] as const) {
      const res = spawnSync(path.join(root, cmd), [...args], { cwd: root, env, encoding: "utf8" });
      expect(res.status, res.stderr).toBe(0);
    }
    new Database(file).pragma("journal_mode = WAL");

    let app = startApp(`file:${file}`);
    const stopApp = () => {
      try {
        process.kill(-app.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    };
    try {
      await waitUp();
      const request = await playwright.request.newContext({ baseURL: base });
      const user = await createUser(request, "student");
      await signInApi(request, user);
      const essay = await studyEssay(request);
      const cards = (await queue(request, essay.slug)).cards;
      expect(cards.length).toBeGreaterThan(3);

      const acknowledged: string[] = [];
      let n = 0;
      let stop = false;
      const worker = async () => {
        while (!stop) {
          const card = cards[n % cards.length]!;
          const key = `durable-${n++}`;
          try {
            const res = await request.post(`/api/review/${card.cardId}`, {
              data: { rating: "good", idempotencyKey: key },
              timeout: 5000,
            });
            if (res.status() === 200) acknowledged.push(key);
          } catch {
            return; // the server went away mid-request: not acknowledged
          }
        }
      };
      const workers = Array.from({ length: 4 }, worker);
      await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(20);
      stopApp();
      stop = true;
      await Promise.all(workers);
      await request.dispose();

      app = startApp(`file:${file}`);
      await waitUp();
      const check = new Database(file, { readonly: true });
      const stored = new Set(
        (
          check.prepare("SELECT idempotencyKey FROM ReviewLog WHERE userId = ?").all(user.id) as {
            idempotencyKey: string;
          }[]
        ).map((r) => r.idempotencyKey),
      );
      check.close();
      const lost = acknowledged.filter((k) => !stored.has(k));
      expect(acknowledged.length).toBeGreaterThan(20);
      expect(lost).toEqual([]);
    } finally {
      stopApp();
    }
  });
});
