import "server-only";
import type { Tx } from "@/lib/db";
import { FLASHCARD_TYPES, flashcardItem } from "@/lib/data/get-due-cards";
import { cardResult, dueNowData, isNewCard, newCardData, rateCard } from "@/lib/srs/fsrs";

/**
 * After a live game: each signed-in player's missed questions (answered wrong, or not answered
 * while the question was open) become review cards due now — a new card for an item never studied,
 * an existing card rated "again" through FSRS (a lapse, logged like any review). Guests get none.
 * Runs inside the transaction that ends the game, so it happens exactly once.
 */
export async function makeCardsFromMisses(tx: Tx, gameId: string, now: Date): Promise<number> {
  const game = await tx.liveGame.findUniqueOrThrow({
    where: { id: gameId },
    select: { itemIdsJson: true, questionIndex: true },
  });
  const asked = (JSON.parse(game.itemIdsJson) as string[]).slice(0, game.questionIndex + 1);
  if (asked.length === 0) return 0;
  const [players, answers, items] = await Promise.all([
    tx.livePlayer.findMany({
      where: { gameId, userId: { not: null } },
      select: { id: true, userId: true, user: { select: { desiredRetention: true } } },
    }),
    tx.liveAnswer.findMany({
      where: { gameId, correct: true },
      select: { playerId: true, itemId: true },
    }),
    tx.item.findMany({
      where: { id: { in: asked } },
      select: { id: true, type: true, status: true, claimId: true },
    }),
  ]);
  const targets = await cardTargets(tx, items);
  const right = new Set(answers.map((a) => `${a.playerId} ${a.itemId}`));
  let made = 0;
  for (const p of players) {
    const missed = new Set<string>();
    for (const itemId of asked) {
      const target = targets.get(itemId);
      if (target && !right.has(`${p.id} ${itemId}`)) missed.add(target);
    }
    for (const itemId of missed) {
      await lapse(tx, p.userId!, itemId, gameId, now, p.user?.desiredRetention);
      made++;
    }
  }
  return made;
}

/**
 * The item a card is made of: the question itself when it can be a flashcard, else a flashcard-able
 * item of the same claim (a choice question's claim is studied through its typed sibling).
 */
async function cardTargets(
  tx: Tx,
  items: { id: string; type: string; status: string; claimId: string }[],
): Promise<Map<string, string>> {
  const own = (t: string) => (FLASHCARD_TYPES as readonly string[]).includes(t);
  const siblings = await tx.item.findMany({
    where: { claimId: { in: items.map((i) => i.claimId) }, ...flashcardItem },
    select: { id: true, type: true, claimId: true },
  });
  const out = new Map<string, string>();
  for (const item of items) {
    if (item.status === "published" && own(item.type)) {
      out.set(item.id, item.id);
      continue;
    }
    const best = siblings
      .filter((s) => s.claimId === item.claimId)
      .sort(
        (a, b) =>
          FLASHCARD_TYPES.indexOf(a.type as never) - FLASHCARD_TYPES.indexOf(b.type as never),
      )[0];
    if (best) out.set(item.id, best.id);
  }
  return out;
}

async function lapse(
  tx: Tx,
  userId: string,
  itemId: string,
  gameId: string,
  now: Date,
  retention?: number,
) {
  const card = await tx.card.findUnique({ where: { userId_itemId: { userId, itemId } } });
  if (!card) {
    await tx.card.create({ data: { userId, itemId, ...newCardData(now) } });
    return;
  }
  if (isNewCard(card)) {
    // Never studied yet: it stays new and moves to the front of the queue.
    await tx.card.update({ where: { id: card.id }, data: dueNowData(now) });
    return;
  }
  const next = rateCard(card, "again", now, retention);
  await tx.card.update({ where: { id: card.id }, data: next.card });
  await tx.reviewLog.create({
    data: {
      ...next.log,
      cardId: card.id,
      userId,
      // One lapse per game and item, even if ending were ever retried.
      idempotencyKey: `live:${gameId}:${itemId}`,
      resultJson: JSON.stringify({ card: cardResult(next.card) }),
    },
  });
}
