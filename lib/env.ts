import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";

/**
 * The environment, parsed once. Optional OAuth pairs switch their provider on only when both halves
 * are present; NEXTAUTH_SECRET is required in production (a forged session is worse than a crash).
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .min(1)
    .default("file:./prisma/data/claimdeck.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)",
    }),
  /** SQLite in WAL mode: `normal` syncs the WAL at checkpoints, `full` at every commit. */
  SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("full"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Sign-in attempts allowed per account and per address in one window. */
  SIGNIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  SIGNIN_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(300),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. Unset (0): the header is
   * not trusted and the socket address is the client's.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Nice value of the essay job runner (and, on Linux, of its scheduling group): 19, the lowest
   * priority, lets every request go first; a lower value trades other users' speed for uploads'.
   */
  ESSAY_RUNNER_NICE: z.coerce.number().int().min(0).max(19).default(19),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * The session-signing secret. Production refuses to run without one; development makes one once and
 * keeps it in .secrets/ so sessions survive restarts.
 */
export function authSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`); " +
        "`npm start` makes and keeps one for you in .secrets/nextauth-secret.",
    );
  }
  const file = path.join(process.cwd(), ".secrets", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
