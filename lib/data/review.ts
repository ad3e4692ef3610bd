import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idParam, slugParam } from "@/lib/http";
import type { SessionUser } from "@/lib/auth/session";
import { requireEssayAccess, requireSetAccess } from "@/lib/data/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { userStudyDayStart } from "@/lib/data/settings";
import {
  cardItemInclude,
  FLASHCARD_TYPES,
  flashcardItem,
  getDueCards,
  isStudyable,
} from "@/lib/data/get-due-cards";
import {
  cardResult,
  dueNowData,
  isLearningCard,
  isNewCard,
  LEARN_AHEAD_MS,
  NEW_STATE,
  newCardData,
  previewIntervals,
  rateCard,
  RATINGS,
  rollbackCard,
  stateName,
  unchangedWhere,
  type CardResult,
  type RatingName,
  type StateName,
} from "@/lib/srs/fsrs";

export { FLASHCARD_TYPES };

export const queueQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    set: idParam.optional(),
    essay: slugParam.optional(),
  })
  .refine((q) => !(q.set && q.essay), { message: "Give either set or essay, not both" });
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const reviewBodySchema = z.object({
  rating: z.enum(RATINGS, { message: 'rating must be "again", "hard", "good" or "easy"' }),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000)
    .optional(),
  idempotencyKey: z.string().trim().min(1).max(100).optional(),
});
export type ReviewBody = z.infer<typeof reviewBodySchema>;

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

const itemInclude = cardItemInclude;

type CardWithItem = Prisma.CardGetPayload<{ include: typeof itemInclude }>;
type ItemForCard = CardWithItem["item"];

async function userPrefs(user: SessionUser) {
  const prefs = await db.user.findUnique({
    where: { id: user.id },
    select: { desiredRetention: true, newCardsPerDay: true },
  });
  if (!prefs) throw new AppError("unauthorized");
  return prefs;
}

/**
 * Today's ratings in one read: how many new cards were started (the daily limit counts them) and
 * which claims were reviewed with which cards (a sibling of one of those cards is buried until tomorrow).
 */
async function reviewedToday(
  userId: string,
  now: Date,
): Promise<{ startedToday: number; reviewedClaims: Map<string, Set<string>> }> {
  const logs = await db.reviewLog.findMany({
    where: { userId, undoneAt: null, reviewedAt: { gte: await userStudyDayStart(userId, now) } },
    select: {
      cardId: true,
      state: true,
      card: { select: { item: { select: { claimId: true } } } },
    },
  });
  const reviewedClaims = new Map<string, Set<string>>();
  const started = new Set<string>();
  for (const l of logs) {
    if (l.state === NEW_STATE) started.add(l.cardId);
    const claim = l.card.item.claimId;
    if (!reviewedClaims.has(claim)) reviewedClaims.set(claim, new Set());
    reviewedClaims.get(claim)!.add(l.cardId);
  }
  return { startedToday: started.size, reviewedClaims };
}

/** The items a queue may introduce as new cards, in study order. */
async function scopeItems(
  user: SessionUser,
  q: QueueQuery,
): Promise<{ items: ItemForCard[]; title: string | null }> {
  const select = itemInclude.item.select;
  if (q.essay) {
    const essay = await requireEssayAccess(user, q.essay);
    const items = await db.item.findMany({
      where: { essayId: essay.id, ...flashcardItem },
      orderBy: [{ claim: { paragraph: "asc" } }, { claim: { sentence: "asc" } }, { type: "asc" }],
      select,
    });
    return { items, title: essay.title };
  }
  if (q.set) {
    const set = await requireSetAccess(user, q.set);
    const rows = await db.setItem.findMany({
      where: { setId: q.set, item: flashcardItem },
      orderBy: { position: "asc" },
      select: { item: { select } },
    });
    return { items: rows.map((r) => r.item), title: set.title };
  }
  // Everything assigned for review to a class the student is (still) in.
  const rows = await db.setItem.findMany({
    where: {
      item: flashcardItem,
      set: {
        assignments: {
          some: {
            mode: "review",
            class: { enrollments: { some: { userId: user.id, removedAt: null } } },
          },
        },
      },
    },
    orderBy: [{ set: { createdAt: "asc" } }, { position: "asc" }],
    select: { item: { select } },
  });
  const seen = new Set<string>();
  const items = rows.map((r) => r.item).filter((i) => !seen.has(i.id) && (seen.add(i.id), true));
  return { items, title: null };
}

function toQueueCard(
  card: Omit<CardWithItem, "item">,
  item: ItemForCard,
  now: Date,
  retention: number,
): QueueCard {
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

/**
 * The caller's review queue: cards due now, then new cards (made on first sight, within the daily
 * new-card limit), then learning cards due in the next few minutes. Like Anki, two cards of one
 * claim are never served on the same day.
 */
export async function getReviewQueue(
  user: SessionUser,
  q: QueueQuery,
  now = new Date(),
): Promise<ReviewQueue> {
  const prefs = await userPrefs(user);
  const { items, title } = await scopeItems(user, q);
  const scoped = Boolean(q.essay || q.set);
  const scopeIds = items.map((i) => i.id);

  // Each kind of card is read with its own bounded, indexed query (userId, due): a student with
  // thousands of cards costs the same as one with twenty. The window leaves room for burying.
  // No condition on the item in these queries (see getDueCards): whether it is still studyable is
  // checked on the rows that come back.
  const mine = {
    userId: user.id,
    ...(scoped ? { itemId: { in: scopeIds } } : {}),
  };
  const window = q.limit * 2 + 5;
  const aheadUntil = now.getTime() + LEARN_AHEAD_MS;
  // Cards due now and learning cards due within the learn-ahead window come in one range scan.
  const [soon, newCards, haveCard, { startedToday, reviewedClaims }] = await Promise.all([
    getDueCards(user.id, new Date(aheadUntil), window * 2, scoped ? scopeIds : undefined),
    db.card
      .findMany({
        where: { ...mine, state: NEW_STATE },
        include: itemInclude,
        orderBy: [{ due: "asc" }, { createdAt: "asc" }],
        take: window + prefs.newCardsPerDay,
      })
      .then((cards) => cards.filter((c) => isStudyable(c.item))),
    items.length
      ? db.card.findMany({
          where: { userId: user.id, itemId: { in: items.map((i) => i.id) } },
          select: { itemId: true },
        })
      : Promise.resolve([]),
    reviewedToday(user.id, now),
  ]);
  const dueCards = soon.filter((c) => c.due <= now);
  const aheadCards = soon.filter((c) => c.due > now);
  const remainingNew = Math.max(0, prefs.newCardsPerDay - startedToday);

  const taken = new Set<string>();
  const buried = (claimId: string, cardId?: string) => {
    if (taken.has(claimId)) return true;
    const cardsOfClaim = reviewedClaims.get(claimId);
    return !!cardsOfClaim && [...cardsOfClaim].some((id) => id !== cardId);
  };
  const take = (claimId: string, cardId?: string) => {
    if (buried(claimId, cardId)) return false;
    taken.add(claimId);
    return true;
  };

  const due = dueCards.filter((c) => !isNewCard(c) && c.due <= now && take(c.item.claimId, c.id));
  const fresh: { card?: CardWithItem; item: ItemForCard }[] = [];
  let newWaiting = false;
  for (const c of newCards) {
    if (buried(c.item.claimId, c.id)) continue;
    if (fresh.length >= remainingNew) {
      newWaiting = true;
      break;
    }
    take(c.item.claimId, c.id);
    fresh.push({ card: c, item: c.item });
  }
  const hasCard = new Set(haveCard.map((c) => c.itemId));
  for (const item of items) {
    if (hasCard.has(item.id) || buried(item.claimId)) continue;
    if (fresh.length >= remainingNew) {
      newWaiting = true;
      break;
    }
    take(item.claimId);
    fresh.push({ item });
  }
  const ahead = aheadCards.filter((c) => isLearningCard(c) && take(c.item.claimId, c.id));

  const picked = [
    ...due.map((c) => ({ card: c as CardWithItem | undefined, item: c.item })),
    ...fresh,
    ...ahead.map((c) => ({ card: c as CardWithItem | undefined, item: c.item })),
  ].slice(0, q.limit);

  const out: QueueCard[] = [];
  for (const p of picked) {
    const card = p.card ?? (await makeCard(user.id, p.item.id, now));
    out.push(toQueueCard(card, p.item, now, prefs.desiredRetention));
  }

  // Only a queue that ran short needs to say when the next card falls due.
  const next =
    out.length >= q.limit
      ? null
      : (
          await db.card.findMany({
            where: {
              ...mine,
              state: { not: NEW_STATE },
              due: { gt: now },
              id: { notIn: out.map((c) => c.cardId) },
            },
            orderBy: { due: "asc" },
            select: { due: true, item: { select: { status: true, type: true } } },
            take: 20,
          })
        ).find((c) => isStudyable(c.item))?.due;

  return {
    cards: out,
    counts: {
      new: fresh.length,
      learning: [...due, ...ahead].filter((c) => isLearningCard(c)).length,
      review: due.filter((c) => !isLearningCard(c)).length,
    },
    nextDue: next ? next.toISOString() : null,
    newLimitReached: newWaiting && remainingNew === 0,
    newCardsPerDay: prefs.newCardsPerDay,
    scope: q.essay
      ? { kind: "essay", essay: q.essay, title }
      : q.set
        ? { kind: "set", set: q.set, title }
        : { kind: "all", title: null },
  };
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

/** The user's card for an item, made on first sight (two requests racing make one card). */
export async function makeCard(userId: string, itemId: string, now: Date) {
  try {
    return await db.card.create({ data: { userId, itemId, ...newCardData(now) } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.card.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
  }
}

export interface ReviewResult {
  card: CardResult;
}

class CardChanged extends Error {}

/**
 * Records a rating: the card's new schedule and its ReviewLog are written in one transaction. The
 * same idempotency key never schedules twice — a repeat gets the first result back — and a rating
 * that raced another one on the same card is applied to the card as the other left it.
 */
export async function reviewCard(
  user: SessionUser,
  cardId: string,
  body: ReviewBody,
  now = new Date(),
): Promise<ReviewResult> {
  const key = body.idempotencyKey;
  for (let attempt = 0; attempt < 5; attempt++) {
    // A repeated key fails the log's unique index inside the transaction (which rolls the card back
    // too), so the first attempt need not look the key up: only retries do.
    const replay = key && attempt > 0 ? await priorResult(user.id, key, cardId) : null;
    if (replay) return replay;

    const [card, prefs] = await Promise.all([
      db.card.findFirst({ where: { id: cardId, userId: user.id } }),
      userPrefs(user),
    ]);
    if (!card) throw new AppError("not_found", "No card with this id is yours.");
    const next = rateCard(card, body.rating, now, prefs.desiredRetention);
    const result: ReviewResult = { card: cardResult(next.card) };
    try {
      await db.$transaction(async (tx) => {
        const updated = await tx.card.updateMany({
          where: { id: card.id, userId: user.id, ...unchangedWhere(card) },
          data: next.card,
        });
        if (updated.count !== 1) throw new CardChanged();
        await tx.reviewLog.create({
          data: {
            ...next.log,
            cardId: card.id,
            userId: user.id,
            durationMs: body.durationMs ?? null,
            idempotencyKey: key ?? null,
            resultJson: JSON.stringify(result),
          },
        });
      });
      return result;
    } catch (err) {
      // Another request won: with the same key its result is ours; otherwise rate the card as it is now.
      if (err instanceof CardChanged || isUniqueViolation(err)) continue;
      throw err;
    }
  }
  if (key) {
    const replay = await priorResult(user.id, key, cardId);
    if (replay) return replay;
  }
  throw new AppError(
    "conflict",
    "This card was being reviewed elsewhere at the same time. Try again.",
  );
}

async function priorResult(
  userId: string,
  key: string,
  cardId: string,
): Promise<ReviewResult | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: key } },
    select: { cardId: true, resultJson: true },
  });
  if (!log) return null;
  if (log.cardId !== cardId) {
    throw new AppError(
      "conflict",
      "This idempotency key was already used for another card. Send a new key for each rating.",
    );
  }
  return JSON.parse(log.resultJson) as ReviewResult;
}

export interface UndoResult {
  cardId: string;
  itemId: string;
  undone: { rating: RatingName; reviewedAt: string };
  card: CardResult;
  /** The card as the review page shows it, so it can be shown again. */
  queueCard: QueueCard;
}

/** Undoes the caller's last rating that is not undone yet: the card goes back, the log is kept, marked undone. */
export async function undoLastReview(user: SessionUser, now = new Date()): Promise<UndoResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const log = await db.reviewLog.findFirst({
      where: { userId: user.id, undoneAt: null },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
      include: { card: true },
    });
    if (!log) throw new AppError("not_found", "There is no rating to undo.");
    const restored = rollbackCard(log.card, log);
    try {
      await db.$transaction(async (tx) => {
        const marked = await tx.reviewLog.updateMany({
          where: { id: log.id, undoneAt: null },
          data: { undoneAt: now },
        });
        const updated = await tx.card.updateMany({
          where: { id: log.cardId, userId: user.id, ...unchangedWhere(log.card) },
          data: restored,
        });
        if (marked.count !== 1 || updated.count !== 1) throw new CardChanged();
      });
    } catch (err) {
      if (err instanceof CardChanged) continue;
      throw err;
    }
    return {
      cardId: log.cardId,
      itemId: log.card.itemId,
      undone: {
        rating: RATINGS[log.rating - 1] ?? "again",
        reviewedAt: log.reviewedAt.toISOString(),
      },
      card: cardResult(restored),
      queueCard: await getQueueCard(user, log.cardId, now),
    };
  }
  throw new AppError("conflict", "Another undo or rating happened at the same time. Try again.");
}

/** The queue card for one of the caller's cards (to show a card again after undo). */
export async function getQueueCard(user: SessionUser, cardId: string, now = new Date()) {
  const [card, prefs] = await Promise.all([
    db.card.findFirst({ where: { id: cardId, userId: user.id }, include: itemInclude }),
    userPrefs(user),
  ]);
  if (!card) throw new AppError("not_found", "No card with this id is yours.");
  return toQueueCard(card, card.item, now, prefs.desiredRetention);
}

const FLASHCARD_PREFERENCE: readonly string[] = FLASHCARD_TYPES;

/**
 * After a wrong quiz answer: the item's card — or, for a choice item, the card of a flashcard-able
 * item of the same claim — becomes due now (made if missing). Returns whether a card was queued.
 */
export async function bringCardForward(
  tx: Tx,
  userId: string,
  item: { id: string; type: string; claimId: string; status: string },
  now: Date,
): Promise<boolean> {
  let targetId: string | null = null;
  if (item.status === "published" && FLASHCARD_PREFERENCE.includes(item.type)) targetId = item.id;
  else {
    const siblings = await tx.item.findMany({
      where: { claimId: item.claimId, ...flashcardItem },
      select: { id: true, type: true },
    });
    siblings.sort(
      (a, b) => FLASHCARD_PREFERENCE.indexOf(a.type) - FLASHCARD_PREFERENCE.indexOf(b.type),
    );
    targetId = siblings[0]?.id ?? null;
  }
  if (!targetId) return false;
  const existing = await tx.card.findUnique({
    where: { userId_itemId: { userId, itemId: targetId } },
    select: { id: true },
  });
  if (!existing) {
    await tx.card.create({ data: { userId, itemId: targetId, ...newCardData(now) } });
  } else {
    // Only ever earlier: a card already overdue keeps its place.
    await tx.card.updateMany({
      where: { id: existing.id, due: { gt: now } },
      data: dueNowData(now),
    });
  }
  return true;
}
