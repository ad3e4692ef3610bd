import "server-only";
import { db } from "@/lib/db";
import { NEW_STATE } from "@/lib/srs/fsrs";

/** Items a flashcard can be made of: the prompt is the front, the answer the back. */
export const FLASHCARD_TYPES = ["flashcard", "cloze", "short_answer"] as const;
export const flashcardItem = { status: "published", type: { in: [...FLASHCARD_TYPES] } };

export const cardItemInclude = {
  item: {
    select: {
      id: true,
      type: true,
      status: true,
      prompt: true,
      answer: true,
      sourceSentence: true,
      claimId: true,
      essay: { select: { slug: true, title: true } },
    },
  },
} as const;

/** Whether a card's item may still be studied (a teacher may have unpublished or retired it). */
export function isStudyable(item: { status: string; type: string }): boolean {
  return item.status === "published" && (FLASHCARD_TYPES as readonly string[]).includes(item.type);
}

/**
 * A user's cards (other than new ones) due by `until`, earliest first: one indexed range scan on
 * (userId, due, createdAt), in order, so its cost does not grow with the number of cards other
 * users have (see `npm run bench`).
 * The item's status is checked here rather than in the query: a join condition on Item makes SQLite
 * scan every item and probe cards by (userId, itemId) instead of walking that index.
 */
export async function getDueCards(userId: string, until: Date, take: number, itemIds?: string[]) {
  const cards = await db.card.findMany({
    where: {
      userId,
      ...(itemIds ? { itemId: { in: itemIds } } : {}),
      state: { not: NEW_STATE },
      due: { lte: until },
    },
    include: cardItemInclude,
    orderBy: [{ due: "asc" }, { createdAt: "asc" }],
    take,
  });
  return cards.filter((c) => isStudyable(c.item));
}
