import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Fixed-window counters kept in the database, so every app instance sees the same count.
 * Only failed sign-ins are counted: a class signing in from one school address is not throttled,
 * a password guesser is.
 */
export interface LimitState {
  limited: boolean;
  retryAfterSeconds: number;
}

function keys(email: string, address: string): string[] {
  return [`signin:account:${email.trim().toLowerCase()}`, `signin:address:${address}`];
}

/** Address limits are wider than account limits: many people can share one address. */
function limitFor(key: string): number {
  const base = env().SIGNIN_RATE_LIMIT;
  return key.startsWith("signin:address:") ? base * 5 : base;
}

export async function checkSignInLimit(
  email: string,
  address: string,
  now = new Date(),
): Promise<LimitState> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys(email, address) } } });
  let retryAfterSeconds = 0;
  for (const row of rows) {
    if (row.resetAt > now && row.count >= limitFor(row.key)) {
      retryAfterSeconds = Math.max(
        retryAfterSeconds,
        Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000),
      );
    }
  }
  return { limited: retryAfterSeconds > 0, retryAfterSeconds };
}

export async function recordFailedSignIn(
  email: string,
  address: string,
  now = new Date(),
): Promise<void> {
  await countFailure(keys(email, address), env().SIGNIN_RATE_WINDOW_SECONDS * 1000, now);
}

/** Seconds until `key`'s window resets when it has reached `limit` failures, else 0. */
export async function retryAfterSeconds(key: string, limit: number, now = new Date()) {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now || row.count < limit) return 0;
  return Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000);
}

/** One more failure on each key: a new window of `windowMs` starts where the last one ended. */
export async function countFailure(keys: string[], windowMs: number, now = new Date()) {
  const resetAt = new Date(now.getTime() + windowMs);
  await db.$transaction(async (tx) => {
    for (const key of keys) {
      const row = await tx.rateLimit.findUnique({ where: { key } });
      if (!row || row.resetAt <= now) {
        await tx.rateLimit.upsert({
          where: { key },
          create: { key, count: 1, resetAt },
          update: { count: 1, resetAt },
        });
      } else {
        await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
      }
    }
  });
}

export async function clearAccountLimit(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: `signin:account:${email.trim().toLowerCase()}` } });
}

/**
 * The client's address. The server (scripts/server.mjs) puts the socket address last in
 * X-Forwarded-For and drops what the client sent there unless TRUSTED_PROXY_HOPS says proxies stand
 * in front; then the address is that many entries back from the right, the last one a proxy of ours
 * wrote. Entries further left are the client's own words and never trusted.
 */
export function clientAddress(
  headers: Headers | Record<string, unknown> | undefined,
  trustedHops = env().TRUSTED_PROXY_HOPS,
): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return typeof v === "string" ? v : Array.isArray(v) ? v.map(String).join(", ") : undefined;
  };
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[Math.max(chain.length - 1 - trustedHops, 0)] ?? "unknown";
}
