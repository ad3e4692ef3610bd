import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { backupDatabase } from "../scripts/db-backup.mjs";

const sqlite = (process.env.DATABASE_URL ?? "").startsWith("file:");

describe("database durability", () => {
  it.runIf(sqlite)("runs SQLite in WAL mode with a busy timeout", async () => {
    const mode = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode[0]!.journal_mode).toBe("wal");
    const timeout = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
    expect(Number(timeout[0]!.timeout)).toBeGreaterThanOrEqual(5000);
  });

  it.runIf(sqlite)(
    "db:backup copies every committed review while reviews keep being written",
    async () => {
      const user = await db.user.create({
        data: { email: `b-${Date.now()}@t.test`, name: "B", role: "student" },
      });
      const essay = await db.essay.create({
        data: {
          slug: `b-${Date.now()}`,
          title: "B",
          text: "x",
          checksum: "x",
          paragraphsJson: "[]",
          generatorVersion: "t",
        },
      });
      const claim = await db.claim.create({
        data: { essayId: essay.id, key: "k", text: "x", paragraph: 0, sentence: 0, score: 1 },
      });
      const item = await db.item.create({
        data: {
          essayId: essay.id,
          claimId: claim.id,
          key: "i",
          type: "flashcard",
          prompt: "p",
          answer: "a",
          explanation: "e",
          sourceSentence: "x",
          generatorVersion: "t",
        },
      });
      const card = await db.card.create({
        data: { userId: user.id, itemId: item.id, due: new Date() },
      });
      const review = (n: number) =>
        db.reviewLog.create({
          data: {
            cardId: card.id,
            userId: user.id,
            rating: 3,
            state: 0,
            due: new Date(),
            stability: 0,
            difficulty: 0,
            elapsedDays: 0,
            lastElapsedDays: 0,
            scheduledDays: 0,
            learningSteps: 0,
            reviewedAt: new Date(),
            idempotencyKey: `r-${n}`,
            resultJson: "{}",
          },
        });

      for (let n = 0; n < 200; n++) await review(n);
      const committedBefore = await db.reviewLog.count();

      // Keep writing while the backup runs.
      let writing = true;
      let n = 200;
      const writer = (async () => {
        while (writing) await review(n++);
      })();
      const target = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), "claimdeck-backup-")),
        "copy.db",
      );
      await backupDatabase(process.env.DATABASE_URL!, target);
      writing = false;
      await writer;

      const copy = new Database(target, { readonly: true });
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const keys = new Set(
        (
          copy.prepare(`SELECT idempotencyKey FROM ReviewLog`).all() as { idempotencyKey: string }[]
        ).map((r) => r.idempotencyKey),
      );
      copy.close();
      expect(keys.size).toBeGreaterThanOrEqual(committedBefore);
      for (let i = 0; i < 200; i++) expect(keys.has(`r-${i}`)).toBe(true);
    },
  );
});
