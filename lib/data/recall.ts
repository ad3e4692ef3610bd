import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { claimRecall, type RecallEvidence } from "@/lib/srs/claim-recall";

/**
 * How well the user recalls each claim of an essay now (0–1). Claims without any evidence are
 * left out (unknown). The rules that weigh the evidence live in lib/srs/claim-recall.ts.
 */
export async function getClaimRecall(
  user: SessionUser,
  essaySlug: string,
  now = new Date(),
): Promise<Record<string, number>> {
  const [cards, answers] = await Promise.all([
    db.card.findMany({
      where: { userId: user.id, item: { essay: { slug: essaySlug } } },
      include: {
        item: { select: { claimId: true } },
        logs: {
          where: { undoneAt: null },
          orderBy: { reviewedAt: "desc" },
          take: 1,
          select: { rating: true, reviewedAt: true },
        },
      },
    }),
    // A wrong quiz answer is evidence too: the card it brought forward has no review yet.
    db.answer.findMany({
      where: {
        attempt: { userId: user.id, submittedAt: { not: null } },
        question: { item: { essay: { slug: essaySlug } } },
      },
      select: {
        correct: true,
        attempt: { select: { submittedAt: true } },
        question: { select: { item: { select: { claimId: true } } } },
      },
    }),
  ]);
  const evidence: RecallEvidence[] = [
    ...cards.map((c) => ({
      kind: "card" as const,
      claimId: c.item.claimId,
      card: c,
      ...(c.logs[0] ? { lastRating: { rating: c.logs[0].rating, at: c.logs[0].reviewedAt } } : {}),
    })),
    ...answers.map((a) => ({
      kind: "answer" as const,
      claimId: a.question.item.claimId,
      correct: a.correct,
      at: a.attempt.submittedAt!,
    })),
  ];
  return claimRecall(evidence, now);
}
