/**
 * The app under test: the production build served as `npm start` serves it, with a database of the bench's own, and
 * session cookies minted with the bench's secret (no sign-in round trip per virtual user).
 */
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { encode } from "next-auth/jwt";
import { SERVER_NODE_FLAGS } from "../scripts/server-node-flags.mjs";

const root = path.resolve(__dirname, "..");
const SECRET = "claimdeck-bench-secret-0123456789abcdef";
export const PORT = Number(process.env.BENCH_PORT ?? 3900);

export async function cookieFor(u: { id: string; email: string; name: string }) {
  const token = await encode({
    secret: SECRET,
    token: { sub: u.id, uid: u.id, role: "student", email: u.email, name: u.name },
  });
  return `next-auth.session-token=${token}`;
}

export interface Server {
  url: string;
  /** CPU time (user + system) the app process has used so far, in ms; NaN where /proc is missing. */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

/** utime + stime of a process from /proc/<pid>/stat (Linux), in ms. */
function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at state; utime, stime are 14, 15.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(f[11]) + Number(f[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
/** USER_HZ: 100 on every Linux build Node runs on. */
const CLOCK_TICKS = 100;

export async function startServer(databaseUrl: string, port = PORT): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const busy = await fetch(url).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${port} is in use: stop what runs there or set BENCH_PORT.`);
  // BENCH_CPU_PROF=<dir>: each app instance writes a V8 CPU profile there when it stops (node
  // refuses --cpu-prof in NODE_OPTIONS, so it goes on node's own command line).
  const prof = process.env.BENCH_CPU_PROF;
  // The server `npm start` runs (scripts/server.mjs: Next behind the request gate), so the figures
  // are those of what users meet.
  const flags = prof ? ["--cpu-prof", `--cpu-prof-dir=${prof}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...flags, path.join(root, "scripts", "server.mjs")],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  // A busy machine can take a while to start Next: wait up to two minutes, then say so.
  let up = false;
  for (let i = 0; i < 600 && !up; i++) {
    up = await fetch(`${url}/api/openapi.json`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  if (!up) {
    process.kill(-child.pid!, "SIGTERM");
    throw new Error(`The app did not start on port ${port} within two minutes.`);
  }
  return {
    url,
    cpuMs: () => processCpuMs(child.pid!),
    stop: async () => {
      // next start leaves next-server running when only its parent dies: stop the whole group.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* gone */
      }
      // Wait for it to go (a CPU profile is written on the way out), at most ten seconds.
      await new Promise((r) => {
        if (child.exitCode !== null || child.signalCode !== null) return r(null);
        const t = setTimeout(r, 10_000);
        child.once("exit", () => (clearTimeout(t), r(null)));
      });
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}
