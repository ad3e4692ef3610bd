import "server-only";
import type { Prefs, RawCard } from "@/lib/data/review-sql";

/**
 * Card states and preferences this process has read lately, so that on PostgreSQL a rating of a
 * card the page holds needs no read before its one statement (the rating's writes and the queue
 * after them, queueRows' `rating`). A remembered state is only a guess: the statement writes only
 * where every FSRS field and the owner's preferences are still as remembered (ratingWrites'
 * `exact`), and otherwise fails and the rating is made again from a fresh read. So another
 * instance's rating, an undo, a card brought forward or changed preferences cost a retry, never a
 * wrong schedule.
 */

/** Enough for every card a few thousand students hold at once; the oldest go first. */
const LIMIT = 20_000;

interface Cache {
  cards: Map<string, { userId: string; card: RawCard }>;
  prefs: Map<string, Prefs>;
}
const g = globalThis as unknown as { claimdeckReviewCache?: Cache };
const cache = (g.claimdeckReviewCache ??= { cards: new Map(), prefs: new Map() });

function put<K, V>(map: Map<K, V>, key: K, value: V) {
  map.delete(key);
  map.set(key, value);
  if (map.size > LIMIT) map.delete(map.keys().next().value as K);
}

/** Remembers cards as just read (or written) for their owner. */
export function rememberCards(userId: string, cards: RawCard[]) {
  for (const c of cards) {
    put(cache.cards, c.id, {
      userId,
      card: {
        id: c.id,
        itemId: c.itemId,
        due: c.due,
        stability: c.stability,
        difficulty: c.difficulty,
        elapsedDays: c.elapsedDays,
        scheduledDays: c.scheduledDays,
        learningSteps: c.learningSteps,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        lastReview: c.lastReview,
        createdAt: c.createdAt,
      },
    });
  }
}

export function rememberPrefs(userId: string, prefs: Prefs) {
  put(cache.prefs, userId, prefs);
}

/** The user's card and preferences as last seen here, or null when either is not remembered. */
export function rememberedCard(
  userId: string,
  cardId: string,
): { card: RawCard; prefs: Prefs } | null {
  const hit = cache.cards.get(cardId);
  const prefs = cache.prefs.get(userId);
  return hit && hit.userId === userId && prefs ? { card: hit.card, prefs } : null;
}

export function forgetCard(cardId: string) {
  cache.cards.delete(cardId);
}
