import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { checkpointInWorker } from "@/lib/db-sqlite-checkpoint";
import { Gate } from "@/lib/db-sqlite";

/**
 * The app's connection leaves WAL checkpoints to a worker thread (lib/db-sqlite-checkpoint.ts):
 * what it commits still reaches the database file, and the WAL still starts over, without a
 * checkpoint inside a COMMIT on the event loop.
 */

const dirs: string[] = [];
const open: Database.Database[] = [];
afterEach(() => {
  for (const d of open.splice(0)) if (d.open) d.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function walDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdeck-ckpt-"));
  dirs.push(dir);
  const file = path.join(dir, "app.db");
  const client = new Database(file);
  open.push(client);
  client.pragma("journal_mode = WAL");
  client.pragma("synchronous = FULL");
  client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  return { file, client };
}

/** Writes `n` rows of ~1 kB, one transaction each: about one WAL page per row. */
function write(client: Database.Database, n: number) {
  const ins = client.prepare("INSERT INTO t (body) VALUES (?)");
  for (let i = 0; i < n; i++) ins.run("x".repeat(1000));
}

/** Rows in the database file itself, the WAL left behind (a copy of the file alone). */
function rowsInFile(file: string): number {
  const copy = `${file}.copy`;
  fs.copyFileSync(file, copy);
  const d = new Database(copy);
  try {
    const table = d.prepare("SELECT 1 FROM sqlite_master WHERE name = 't'").get();
    return table ? (d.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n : 0;
  } finally {
    d.close();
    for (const s of ["", "-wal", "-shm"]) fs.rmSync(copy + s, { force: true });
  }
}

/** The WAL's frames now, as another connection's PASSIVE checkpoint reports them. */
function walFrames(file: string): number {
  const d = new Database(file);
  try {
    return Number((d.pragma("wal_checkpoint(PASSIVE)") as { log: number }[])[0]!.log);
  } finally {
    d.close();
  }
}

const until = async (ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("WAL checkpoints in a worker thread", () => {
  it("turns the connection's own checkpoints off and copies its commits into the file", async () => {
    const { file, client } = walDatabase();
    expect(checkpointInWorker(client, new Gate(), 50)).toBe(true);
    expect(Number(client.pragma("wal_autocheckpoint", { simple: true }))).toBe(0);
    write(client, 1500);
    // Without a checkpoint the rows would be in the WAL only (1,500 frames > SQLite's 1,000:
    // with the connection's own checkpoints they would have reached the file inside a COMMIT).
    await until(() => rowsInFile(file) === 1500);
    // The worker finished the checkpoint with writes held back, so the WAL starts over.
    await new Promise((r) => setTimeout(r, 200));
    write(client, 1);
    expect(walFrames(file)).toBeLessThan(10);
  });

  it("holds the connection's gate for the pass that lets the WAL start over", async () => {
    const { file, client } = walDatabase();
    const gate = new Gate();
    // An open transaction of the app holds the gate: the second pass waits for it.
    const release = await gate.acquire();
    const acquire = gate.acquire.bind(gate);
    let asked = 0;
    gate.acquire = () => (asked++, acquire());
    checkpointInWorker(client, gate, 50);
    write(client, 1200);
    await until(() => asked === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(asked).toBe(1);
    expect(gate.busy).toBe(true);
    release();
    // Once it has the gate, the pass runs and hands the gate back; the WAL then starts over.
    await until(() => !gate.busy);
    write(client, 1);
    expect(walFrames(file)).toBeLessThan(10);
  });

  it("does nothing where there is no WAL", () => {
    const client = new Database(":memory:");
    open.push(client);
    expect(checkpointInWorker(client, new Gate(), 50)).toBe(false);
    expect(Number(client.pragma("wal_autocheckpoint", { simple: true }))).toBe(1000);
  });
});
