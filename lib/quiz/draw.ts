/** Which published items a quiz asks, in which order: pure, so tests can seed the randomness. */

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

type Drawable = { id: string; type: string; claimId: string; answer?: string };

/** A true statement: a deck may hold more of them than of false ones (they are the surer kind). */
const isTrueStatement = (i: Drawable) => i.type === "true_false" && i.answer === "True";
const isFalseStatement = (i: Drawable) => i.type === "true_false" && i.answer === "False";

/**
 * Picks `count` items, mixing the types in turn and asking about each claim once while there are
 * claims left to ask about. A true/false turn asks a false statement whenever true ones lead,
 * and a quiz asks at most one true statement more than false ones while anything else is left
 * to ask, so answering "True" throughout earns nothing.
 */
export function drawItems<T extends Drawable>(
  items: T[],
  count: number,
  rand: () => number = Math.random,
): T[] {
  const byType = new Map<string, T[]>();
  for (const item of shuffle(items, rand)) {
    if (!byType.has(item.type)) byType.set(item.type, []);
    byType.get(item.type)!.push(item);
  }
  const types = shuffle([...byType.keys()], rand);
  const picked: T[] = [];
  const usedClaims = new Set<string>();
  const usedItems = new Set<string>();
  const take = (item: T) => {
    picked.push(item);
    usedItems.add(item.id);
    usedClaims.add(item.claimId);
  };
  const trueLead = () =>
    picked.filter(isTrueStatement).length - picked.filter(isFalseStatement).length;
  const trueSurplus = (item: T) => isTrueStatement(item) && trueLead() >= 1;
  let progress = true;
  while (picked.length < count && progress) {
    progress = false;
    for (const t of types) {
      if (picked.length >= count) break;
      const open = byType
        .get(t)!
        .filter((i) => !usedItems.has(i.id) && !usedClaims.has(i.claimId) && !trueSurplus(i));
      // A false statement first while true ones lead or draw level.
      const next = open.find((i) => trueLead() >= 0 && isFalseStatement(i)) ?? open[0];
      if (!next) continue;
      take(next);
      progress = true;
    }
  }
  // Fewer claims than questions asked for: a claim may then be asked about twice; a surplus
  // true statement only when nothing else is left.
  for (const lastResort of [false, true])
    for (const item of shuffle(items, rand)) {
      if (picked.length >= count) break;
      if (usedItems.has(item.id) || (!lastResort && trueSurplus(item))) continue;
      take(item);
    }
  return picked;
}
