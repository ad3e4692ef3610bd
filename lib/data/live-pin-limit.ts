import "server-only";
import { countFailure, retryAfterSeconds } from "@/lib/auth/rate-limit";
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
  const retry = await retryAfterSeconds(keyOf(userId, address), limitOf(userId), now);
  if (retry > 0) {
    throw new AppError(
      "rate_limited",
      "Too many wrong game PINs. Wait a few minutes, then check the PIN on the big screen.",
      { headers: { "Retry-After": String(retry) } },
    );
  }
}

export async function recordWrongPin(userId: string | null, address: string, now = new Date()) {
  await countFailure([keyOf(userId, address)], WINDOW_MS, now);
}
