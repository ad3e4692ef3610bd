/**
 * Does one teacher's upload stall everyone else? Another user's `GET /api/me` p95 while a 200 KB
 * essay is generated and stored, as a ratio to its p95 on the same server just before (goal ≤ 1.5).
 * Kept apart from run.ts's other figures: it needs its own small database and a teacher.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { readEssayFile } from "../lib/content/read-essay-file";
import { MAX_ESSAY_BYTES } from "../lib/documents/limits";
import { loadContent, migrate } from "../scripts/lib.mjs";

interface Server {
  url: string;
  stop: () => Promise<void>;
}
type User = { id: string; email: string; name: string };

export interface UploadStallDeps {
  dataDir: string;
  startServer: (databaseUrl: string) => Promise<Server>;
  cookieFor: (u: User) => Promise<string>;
}

/** Clients polling /api/me at once: a light, steady load, as other users browsing would be. */
const CLIENTS = 8;
const IDLE_SECONDS = 8;
const WARM_UP_SECONDS = 5;

function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
}

/** About 195 KB of real essay prose: the test fixtures and content/ essays, repeated. */
function bigEssay(root: string): string {
  const texts: string[] = [];
  const fixtures = path.join(root, "lib/generate/__fixtures__");
  for (const f of fs
    .readdirSync(fixtures)
    .filter((x) => x.endsWith(".txt"))
    .sort())
    texts.push(fs.readFileSync(path.join(fixtures, f), "utf8"));
  const content = path.join(root, "content");
  if (fs.existsSync(content))
    for (const f of fs
      .readdirSync(content)
      .filter((x) => /\.(?:md|txt)$/.test(x))
      .sort())
      texts.push(readEssayFile(path.join(content, f)).text);
  let out = "";
  for (let i = 0; Buffer.byteLength(out) < MAX_ESSAY_BYTES - 8 * 1024; i++)
    out += texts[i % texts.length] + "\n\n";
  while (Buffer.byteLength(out) > MAX_ESSAY_BYTES - 4 * 1024)
    out = out.slice(0, out.lastIndexOf("\n\n"));
  return out;
}

/** Polls /api/me from CLIENTS loops until `until` resolves (or for `seconds`); returns latencies. */
async function pollMe(url: string, cookies: string[], until: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  await Promise.all(
    cookies.map(async (cookie) => {
      while (!done) {
        const t = performance.now();
        const res = await fetch(`${url}/api/me`, { headers: { cookie } });
        await res.arrayBuffer();
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

export async function benchUploadStall(deps: UploadStallDeps): Promise<{
  upload_me_p95_ratio_to_idle: number;
  upload_me_idle_p95_ms: number;
  upload_me_busy_p95_ms: number;
  upload_200kb_seconds: number;
}> {
  const root = path.resolve(__dirname, "..");
  const file = path.join(deps.dataDir, "upload-stall.db");
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  const env = { DATABASE_URL: `file:${file}` };
  migrate(env);
  loadContent(env);
  const users: (User & { role: string })[] = [
    { id: "stall-teacher", email: "stall-teacher@example.test", name: "Teacher", role: "teacher" },
    ...Array.from({ length: CLIENTS }, (_, i) => ({
      id: `stall-${i}`,
      email: `stall-${i}@example.test`,
      name: `Student ${i}`,
      role: "student",
    })),
  ];
  const d = new Database(file);
  const now = new Date().toISOString();
  const ins = d.prepare(
    `INSERT INTO User (id, email, name, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  d.transaction(() => users.forEach((u) => ins.run(u.id, u.email, u.name, u.role, now, now)))();
  d.close();

  const text = bigEssay(root);
  const server = await deps.startServer(`file:${file}`);
  try {
    const [teacher, ...students] = await Promise.all(users.map(deps.cookieFor));
    // Warm-up: first requests compile routes and fill caches. Long enough that V8 has optimised the
    // request path before the idle window: a slow idle p95 would flatter the ratio.
    await pollMe(server.url, students, new Promise((r) => setTimeout(r, WARM_UP_SECONDS * 1000)));
    const idle = await pollMe(
      server.url,
      students,
      new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000)),
    );
    const started = performance.now();
    const upload = fetch(`${server.url}/api/essays`, {
      method: "POST",
      headers: { cookie: teacher!, "content-type": "application/json" },
      body: JSON.stringify({ title: "Bench upload", text }),
    }).then(async (res) => {
      if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
      return performance.now() - started;
    });
    const busy = await pollMe(
      server.url,
      students,
      upload.catch(() => 0),
    );
    const uploadMs = await upload;
    const [idleP95, busyP95] = [p95(idle), p95(busy)];
    return {
      upload_me_p95_ratio_to_idle: busyP95 / idleP95,
      upload_me_idle_p95_ms: Math.round(idleP95 * 10) / 10,
      upload_me_busy_p95_ms: Math.round(busyP95 * 10) / 10,
      upload_200kb_seconds: Math.round(uploadMs / 100) / 10,
    };
  } finally {
    await server.stop();
  }
}

// `npx tsx bench/upload-stall.ts [runs]`: this part alone (the app is built first if it is not
// current), e.g. to compare a change side by side without the whole bench's load on the machine.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void (async () => {
    const { ensureBuilt } = await import("../scripts/lib.mjs");
    const { cookieFor, startServer } = await import("./server");
    ensureBuilt({});
    const dataDir = path.resolve(__dirname, ".data");
    fs.mkdirSync(dataDir, { recursive: true });
    for (let run = 1; run <= Number(process.argv[2] ?? 1); run++) {
      const r = await benchUploadStall({ dataDir, startServer, cookieFor });
      const load = os.loadavg().map((l) => l.toFixed(2));
      console.log(`run ${run}: ${JSON.stringify(r)} load ${load.join(" ")}`);
    }
  })();
}
