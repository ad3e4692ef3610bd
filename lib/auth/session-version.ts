import { db } from "@/lib/db";

/**
 * Ends every session the user holds, on every instance: the row's session version moves on, and a
 * token carrying an older one no longer names a signed-in user (lib/auth/session.ts).
 */
export async function endSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
