import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { encode } from "next-auth/jwt";
import { benchLive } from "./live";
import { ensureBuilt, bin } from "../scripts/lib.mjs";
const root = path.resolve(__dirname, "..");
const dataDir = path.join(root, "bench", ".data");
const SECRET = "claimdeck-bench-secret-0123456789abcdef";
const PORT = Number(process.env.BENCH_PORT ?? 3900);
async function cookieFor(u: { id: string; email: string; name: string }) {
  const token = await encode({
    secret: SECRET,
    token: { sub: u.id, uid: u.id, role: "student", email: u.email, name: u.name },
  });
  return `next-auth.session-token=${token}`;
}

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function startServer(databaseUrl: string): Promise<Server> {
  const url = `http://127.0.0.1:${PORT}`;
  const busy = await fetch(url).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${PORT} is in use: stop what runs there or set BENCH_PORT.`);
  const child: ChildProcess = spawn(bin("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/api/openapi.json`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: async () => {
      // next start leaves next-server running when only its parent dies: stop the whole group.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

ensureBuilt({});
fs.mkdirSync(dataDir, { recursive: true });
benchLive({ dataDir, startServer, cookieFor }).then((r) => { console.log(JSON.stringify(r, null, 2)); process.exit(0); }, (e) => { console.error(e); process.exit(1); });
