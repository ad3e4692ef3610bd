import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recallProbability } from "@/lib/srs/fsrs";

/**
 * How well the user recalls each claim of an essay now: the highest FSRS retrievability among
 * their cards of that claim's items. Claims without a reviewed card are left out (unknown).
 */
export async function getClaimRecall(
  user: SessionUser,
  essaySlug: string,
  now = new Date(),
): Promise<Record<string, number>> {
  const cards = await db.card.findMany({
    where: { userId: user.id, item: { essay: { slug: essaySlug } } },
    include: { item: { select: { claimId: true } } },
  });
  const out: Record<string, number> = {};
  for (const c of cards) {
    const r = recallProbability(c, now);
    if (r === null) continue;
    out[c.item.claimId] = Math.max(out[c.item.claimId] ?? 0, r);
  }
  return out;
}
