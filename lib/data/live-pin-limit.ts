import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Wrong game PINs are counted, so nobody walks the million PINs to drop into strangers' games:
 * per account when signed in, per address for guests (wider: a class may share one address).
 */
const WINDOW_MS = 10 * 60 * 1000;
const LIMIT_ACCOUNT = 20;
const LIMIT_ADDRESS = 100;

const keyOf = (userId: string | null, address: string) =>
  userId ? `live-pin:user:${userId}` : `live-pin:address:${address}`;
const limitOf = (userId: string | null) => (userId ? LIMIT_ACCOUNT : LIMIT_ADDRESS);

export async function checkPinLimit(userId: string | null, address: string, now = new Date()) {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(userId, address) } });
  if (row && row.resetAt > now && row.count >= limitOf(userId)) {
    const retry = Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000);
    throw new AppError(
      "rate_limited",
      "Too many wrong game PINs. Wait a few minutes, then check the PIN on the big screen.",
      { headers: { "Retry-After": String(retry) } },
    );
  }
}

export async function recordWrongPin(userId: string | null, address: string, now = new Date()) {
  const key = keyOf(userId, address);
  const resetAt = new Date(now.getTime() + WINDOW_MS);
  await db.$transaction(async (tx) => {
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
  });
}
