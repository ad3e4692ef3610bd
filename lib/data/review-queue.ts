import "server-only";
import { isStudyable } from "@/lib/data/get-due-cards";
import { ensureCards, type Op, type Prefs, type RawCard } from "@/lib/data/review-sql";
import { rememberCards } from "@/lib/data/review-card-cache";
import type { QueueRating } from "@/lib/data/review-rated";
import {
  byDue,
  itemTexts,
  nextDueAfter,
  queueRows,
  unseenItems,
  type RawCardWithItem,
  type ItemKey,
  type RawItem,
  type ScopeFilter,
} from "@/lib/data/review-queue-sql";
import {
  isLearningCard,
  isNewCard,
  LEARN_AHEAD_MS,
  NEW_STATE,
  newCardData,
  previewIntervals,
  stateName,
  type RatingName,
  type StateName,
} from "@/lib/srs/fsrs";

export interface QueueCard {
  cardId: string;
  itemId: string;
  type: string;
  front: string;
  back: string;
  source: { essay: string; essayTitle: string; sentence: string; claimId: string };
  state: StateName;
  due: string;
  /** What each rating would schedule, e.g. {again: "1m", hard: "6m", good: "10m", easy: "3d"}. */
  intervals: Record<RatingName, string>;
}

export interface ReviewQueue {
  cards: QueueCard[];
  counts: { new: number; learning: number; review: number };
  /** When the next card not in this queue falls due; null when there is none. */
  nextDue: string | null;
  /** True when new cards are waiting but today's new-card limit is used up. */
  newLimitReached: boolean;
  newCardsPerDay: number;
  /** What this queue studies: one essay, one set, or everything due. */
  scope: { kind: "essay" | "set" | "all"; essay?: string; set?: string; title: string | null };
}

/** A queue's scope, resolved (and access-checked) before any transaction starts. */
export interface QueueScope {
  kind: "essay" | "set" | "all";
  essayId?: string;
  essay?: string;
  set?: string;
  title: string | null;
}

export function toQueueCard(card: RawCard, item: RawItem, now: Date, retention: number): QueueCard {
  return {
    cardId: card.id,
    itemId: item.id,
    type: item.type,
    front: item.prompt,
    back: item.answer,
    source: {
      essay: item.essay.slug,
      essayTitle: item.essay.title,
      sentence: item.sourceSentence,
      claimId: item.claimId,
    },
    state: stateName(card.state),
    due: card.due.toISOString(),
    intervals: previewIntervals(card, now, retention),
  };
}

/** How many unseen items a page reads beyond the new-card slots left, for skipped siblings. */
const UNSEEN_PAGE_EXTRA = 10;

/** What a queue should hold: `limit` cards, leaving out the ones the client already has. */
export interface QueueWant {
  limit: number;
  /**
   * Cards the client holds (its buffer, and ratings it has not sent yet). They keep their place in
   * the queue — they count, bury their claims' siblings and take today's new-card slots — but are
   * not sent again, so a rating's response carries only the cards that refill the client's buffer.
   */
  have?: string[];
}

function sqlScope(scope: QueueScope): ScopeFilter | undefined {
  if (scope.essayId) return { essayId: scope.essayId };
  if (scope.set) return { setId: scope.set };
  return undefined;
}

/**
 * The review queue: cards due now, then new cards (made on first sight, within the daily new-card
 * limit), then learning cards due in the next few minutes. Like Anki, two cards of one claim are
 * never served on the same day. An Op, so a rating and what comes next share one transaction.
 */
export function* buildQueue(
  userId: string,
  prefs: Prefs,
  scope: QueueScope,
  want: QueueWant,
  now: Date,
  dayStart: Date,
  opts: {
    /** Read the sent cards' texts with the walks (queueRows' `texts`): on PostgreSQL. */
    texts?: boolean;
    /** A rating to write in the queue's statement (queueRows' `rating`): on PostgreSQL. */
    rating?: QueueRating;
    /** Remember the cards the client will hold, for its next ratings (review-card-cache.ts). */
    remember?: boolean;
  } = {},
): Op<ReviewQueue> {
  const filter = sqlScope(scope);
  const { limit } = want;
  const held = new Set(want.have);
  // Each kind of card is read with its own bounded range walk, so a student with thousands of cards
  // costs what one with twenty does; the window leaves room for burying. Held cards are read by id
  // and not walked, so the walks need only reach past the cards to send.
  const window = limit * 2 + 5;
  const soonTake = window * 2;
  const until = new Date(now.getTime() + LEARN_AHEAD_MS);
  const rows = yield* queueRows(userId, {
    until,
    soonTake,
    newTake: window + prefs.newCardsPerDay,
    since: dayStart,
    dueBy: now,
    scope: filter,
    have: [...held],
    unseenTake: prefs.newCardsPerDay + UNSEEN_PAGE_EXTRA,
    texts: opts.texts,
    rating: opts.rating,
  });
  const reviewedClaims = new Map<string, Set<string>>();
  const started = new Set<string>();
  for (const l of rows.rated) {
    if (l.state === NEW_STATE) started.add(l.cardId);
    if (!reviewedClaims.has(l.claimId)) reviewedClaims.set(l.claimId, new Set());
    reviewedClaims.get(l.claimId)!.add(l.cardId);
  }
  const remainingNew = Math.max(0, prefs.newCardsPerDay - started.size);
  // Held cards go where the walks would have found them.
  const soon = [...rows.soon, ...rows.held.filter((c) => !isNewCard(c) && c.due <= until)]
    .filter((c) => isStudyable(c.item))
    .sort(byDue);
  const made = [...rows.made, ...rows.held.filter((c) => isNewCard(c))]
    .filter((c) => isStudyable(c.item))
    .sort(byDue);

  // Which card holds each claim today. A held card holds its claim from the start: the client
  // shows it, so no sibling may be sent, wherever that sibling comes in the queue's order.
  const taken = new Map<string, string | undefined>(
    rows.held.filter((c) => isStudyable(c.item)).map((c) => [c.item.claimId, c.id]),
  );
  const buried = (claimId: string, cardId?: string) => {
    if (taken.has(claimId)) return cardId === undefined || taken.get(claimId) !== cardId;
    const cardsOfClaim = reviewedClaims.get(claimId);
    return !!cardsOfClaim && [...cardsOfClaim].some((id) => id !== cardId);
  };
  const take = (claimId: string, cardId?: string) => {
    if (buried(claimId, cardId)) return false;
    taken.set(claimId, cardId);
    return true;
  };

  const due = soon.filter((c) => !isNewCard(c) && c.due <= now && take(c.item.claimId, c.id));
  const fresh: { card?: RawCardWithItem; item: ItemKey }[] = [];
  let newWaiting = false;
  /** Offers a new card (or an item to make one of); false once today's new slots are full. */
  const offer = (item: ItemKey, card?: RawCardWithItem) => {
    if (buried(item.claimId, card?.id)) return true;
    if (fresh.length >= remainingNew) return !(newWaiting = true);
    take(item.claimId, card?.id);
    fresh.push({ card, item });
    return true;
  };
  let open = made.every((c) => offer(c.item, c));
  // When the made cards leave new slots, the scope's unseen items are offered, a page at a time
  // (siblings of one claim are skipped, so a page may fill fewer slots than it has rows). The
  // first page came with the queue's rows, sized for a day with no new card studied yet.
  let size = prefs.newCardsPerDay + UNSEEN_PAGE_EXTRA;
  let page = rows.unseen!;
  let skip = 0;
  while (open) {
    open = page.items.every((item) => offer(item)) && page.rows === size;
    if (!open) break;
    skip += size;
    size = remainingNew + UNSEEN_PAGE_EXTRA;
    page = yield* unseenItems(userId, filter, size, skip);
  }
  const ahead = soon.filter((c) => c.due > now && isLearningCard(c) && take(c.item.claimId, c.id));

  const picked = [
    ...due.map((c) => ({ card: c as RawCardWithItem | undefined, item: c.item })),
    ...fresh,
    ...ahead.map((c) => ({ card: c as RawCardWithItem | undefined, item: c.item })),
  ]
    .filter((p) => !p.card || !held.has(p.card.id))
    .slice(0, limit);
  const toMake = picked.filter((p) => !p.card).map((p) => p.item.id);
  const madeNow = new Map(
    (yield* ensureCards(userId, toMake, newCardData(now), now)).map((c) => [c.itemId, c]),
  );
  // The walks brought the texts along where asked to (`texts`); the rest are read now.
  const texts = new Map(
    picked.flatMap((p) => (p.card?.text ? [[p.item.id, p.card.text] as const] : [])),
  );
  const untold = picked.map((p) => p.item.id).filter((id) => !texts.has(id));
  for (const [id, text] of yield* itemTexts(untold)) texts.set(id, text);
  if (opts.remember)
    rememberCards(userId, [
      ...rows.held,
      ...picked.flatMap((p) => p.card ?? madeNow.get(p.item.id) ?? []),
    ]);
  const cards = picked.flatMap((p) => {
    const card = p.card ?? madeNow.get(p.item.id);
    const text = texts.get(p.item.id);
    return card && text
      ? [toQueueCard(card, { ...p.item, ...text }, now, prefs.desiredRetention)]
      : [];
  });

  // The walk stops at its window; a backlog beyond it is counted (burying aside) so the page's
  // numbers stay true for a student with hundreds of cards due.
  const dueCounts =
    rows.soon.length < soonTake
      ? {
          learning: [...due, ...ahead].filter((c) => isLearningCard(c)).length,
          review: due.filter((c) => !isLearningCard(c)).length,
        }
      : rows.due;

  // Only a queue that ran short needs to say when the next card (not sent, not held) falls due.
  const next =
    cards.length >= limit
      ? null
      : yield* nextDueAfter(userId, now, [...cards.map((c) => c.cardId), ...held], filter);

  return {
    cards,
    counts: {
      new: fresh.length,
      ...dueCounts,
    },
    nextDue: next ? next.toISOString() : null,
    newLimitReached: newWaiting && remainingNew === 0,
    newCardsPerDay: prefs.newCardsPerDay,
    scope:
      scope.kind === "essay"
        ? { kind: "essay", essay: scope.essay, title: scope.title }
        : scope.kind === "set"
          ? { kind: "set", set: scope.set, title: scope.title }
          : { kind: "all", title: null },
  };
}
