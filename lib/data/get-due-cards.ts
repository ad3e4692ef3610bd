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
      prompt: true,
      answer: true,
      sourceSentence: true,
      claimId: true,
      essay: { select: { slug: true, title: true } },
    },
  },
} as const;

/**
 * A user's cards (other than new ones) due by `until`, earliest first: one indexed range scan on
 * (userId, due), so its cost does not grow with the number of cards other users have (see `npm run bench`).
 */
export function getDueCards(userId: string, until: Date, take: number, itemIds?: string[]) {
  return db.card.findMany({
    where: {
      userId,
      item: flashcardItem,
      ...(itemIds ? { itemId: { in: itemIds } } : {}),
      state: { not: NEW_STATE },
      due: { lte: until },
    },
    include: cardItemInclude,
    orderBy: [{ due: "asc" }, { createdAt: "asc" }],
    take,
  });
}
