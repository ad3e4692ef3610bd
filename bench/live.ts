/**
 * The live-game step of `npm run bench`: 200 players, each with an open event stream, answer one
 * question within the same second. Measured:
 *   live_burst_200_errors        answers refused or failed + answers not stored + answers the host's
 *                                stream never showed (goal 0)
 *   live_answer_to_host_p95_ratio_to_noop
 *                                p95 of (answer POST sent → the host's stream shows it), over the p95
 *                                of the authenticated no-op (GET /api/me) each player sends at the
 *                                same moment as its answer, the same 200 streams open (goal ≤ 2)
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate, loadContent } from "../scripts/lib.mjs";

const PLAYERS = 200;

interface Server {
  url: string;
  stop: () => Promise<void>;
}
interface Deps {
  dataDir: string;
  startServer: (databaseUrl: string) => Promise<Server>;
  cookieFor: (u: { id: string; email: string; name: string }) => Promise<string>;
}

function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
}

/** A teacher, a class of 200 students and a set of the first essay's published choice questions. */
function seed(file: string) {
  const d = new Database(file);
  const t = new Date().toISOString().replace("Z", "+00:00");
  const teacher = { id: "live-host", email: "live-host@example.test", name: "Live host" };
  const students = Array.from({ length: PLAYERS }, (_, i) => ({
    id: `live-${i}`,
    email: `live-${i}@example.test`,
    name: `Player ${i}`,
  }));
  const user = d.prepare(
    `INSERT INTO User (id, email, name, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const items = d
    .prepare(
      `SELECT id FROM Item WHERE status = 'published' AND type IN ('mcq', 'true_false') ORDER BY id LIMIT 3`,
    )
    .all() as { id: string }[];
  d.transaction(() => {
    user.run(teacher.id, teacher.email, teacher.name, "teacher", t, t);
    for (const s of students) user.run(s.id, s.email, s.name, "student", t, t);
    d.prepare(
      `INSERT INTO Class (id, name, ownerId, joinCode, createdAt, updatedAt) VALUES ('live-class', 'Bench class', ?, 'BENCHLV2', ?, ?)`,
    ).run(teacher.id, t, t);
    const enrol = d.prepare(
      `INSERT INTO Enrollment (id, classId, userId, createdAt) VALUES (?, 'live-class', ?, ?)`,
    );
    for (const s of students) enrol.run(`enr-${s.id}`, s.id, t);
    d.prepare(
      `INSERT INTO ItemSet (id, title, ownerId, createdAt, updatedAt) VALUES ('live-set', 'Bench set', ?, ?, ?)`,
    ).run(teacher.id, t, t);
    const add = d.prepare(
      `INSERT INTO SetItem (id, setId, itemId, position) VALUES (?, 'live-set', ?, ?)`,
    );
    items.forEach((it, i) => add.run(`si-${i}`, it.id, i));
  })();
  d.close();
  return { teacher, students };
}

type OnEvent = (name: string, data: string) => void;

/** An event stream read by hand (fetch + a line parser), as many as the test needs at once. */
async function openStream(url: string, cookie: string, onEvent: OnEvent) {
  const ac = new AbortController();
  const res = await fetch(url, {
    headers: { cookie, accept: "text/event-stream" },
    signal: ac.signal,
  });
  if (!res.ok || !res.body) throw new Error(`stream ${url}: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let name = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) name = line.slice(7);
            else if (line.startsWith("data: ")) data += line.slice(6);
          }
          if (data) onEvent(name, data);
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return () => ac.abort();
}

async function waitFor(check: () => boolean, ms: number, what: string) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function benchLive({ dataDir, startServer, cookieFor }: Deps) {
  const file = path.join(dataDir, "live-burst.db");
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  const env = { DATABASE_URL: `file:${file}` };
  migrate(env);
  loadContent(env);
  const { teacher, students } = seed(file);
  const server = await startServer(`file:${file}`);
  const closers: (() => void)[] = [];
  try {
    const hostCookie = await cookieFor(teacher);
    const post = (p: string, cookie: string, body: unknown) =>
      fetch(`${server.url}${p}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const game = (await (
      await post("/api/live", hostCookie, { setId: "live-set", secondsPerQuestion: 120 })
    ).json()) as { id: string; pin: string };
    const players: { cookie: string; playerId: string; questionId: string }[] = [];
    for (const s of students) {
      const cookie = await cookieFor(s);
      const joined = (await (await post("/api/live/join", cookie, { pin: game.pin })).json()) as {
        playerId: string;
      };
      players.push({ cookie, playerId: joined.playerId, questionId: "" });
    }

    const seenByHost = new Map<string, number>();
    closers.push(
      await openStream(`${server.url}/api/live/${game.id}/events`, hostCookie, (name, data) => {
        if (name === "answers") {
          const a = JSON.parse(data) as { playerId?: string };
          if (a.playerId && !seenByHost.has(a.playerId))
            seenByHost.set(a.playerId, performance.now());
        }
      }),
    );
    await Promise.all(
      players.map(async (pl) => {
        closers.push(
          await openStream(`${server.url}/api/live/${game.id}/events`, pl.cookie, (name, data) => {
            if (name !== "question") return;
            const v = JSON.parse(data) as { question?: { questionId: string } };
            if (v.question) pl.questionId = v.question.questionId;
          }),
        );
      }),
    );
    await post(`/api/live/${game.id}/control`, hostCookie, { action: "start" });
    await waitFor(() => players.every((pl) => pl.questionId), 30_000, "every player's question");

    // Everyone answers within the same second; at the same moment each also sends the floor, an
    // authenticated no-op (GET /api/me), so both are timed under exactly the same load.
    const noop: number[] = [];
    const sentAt = new Map<string, number>();
    const statuses = await Promise.all(
      players.map(async (pl, i) => {
        await new Promise((r) => setTimeout(r, (i * 997) % 1000));
        const t = performance.now();
        sentAt.set(pl.playerId, t);
        const floor = fetch(`${server.url}/api/me`, { headers: { cookie: pl.cookie } })
          .then((r) => r.arrayBuffer())
          .then(() => noop.push(performance.now() - t));
        const res = await post(`/api/live/${game.id}/answer`, pl.cookie, {
          questionId: pl.questionId,
          response: i % 2 ? "True" : "False",
        });
        await res.arrayBuffer();
        await floor;
        return res.status;
      }),
    );
    await waitFor(() => seenByHost.size >= PLAYERS, 15_000, "the host to see every answer").catch(
      () => undefined,
    );
    const check = new Database(file, { readonly: true });
    const stored = (
      check.prepare(`SELECT COUNT(*) n FROM LiveAnswer WHERE gameId = ?`).get(game.id) as {
        n: number;
      }
    ).n;
    check.close();
    const delays = players
      .filter((pl) => seenByHost.has(pl.playerId))
      .map((pl) => seenByHost.get(pl.playerId)! - sentAt.get(pl.playerId)!);
    const failed = statuses.filter((s) => s !== 200).length;
    const unseen = PLAYERS - seenByHost.size;
    const answerP95 = p95(delays);
    const noopP95 = p95(noop);
    return {
      live_burst_200_errors: failed + (PLAYERS - stored) + unseen,
      live_answer_to_host_p95_ms: Math.round(answerP95 * 10) / 10,
      live_noop_p95_ms: Math.round(noopP95 * 10) / 10,
      live_answer_to_host_p95_ratio_to_noop: answerP95 / noopP95,
    };
  } finally {
    for (const close of closers) close();
    await server.stop();
  }
}
