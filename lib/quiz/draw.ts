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
 * claims left to ask about. True and false statements take turns as two kinds, and a quiz asks
 * at most one true statement more than false ones while anything else is left to ask, so
 * answering "True" throughout earns nothing.
 */
export function drawItems<T extends Drawable>(
  items: T[],
  count: number,
  rand: () => number = Math.random,
): T[] {
  const kindOf = (i: T) => (i.type === "true_false" ? `true_false:${i.answer ?? ""}` : i.type);
  const byKind = new Map<string, T[]>();
  for (const item of shuffle(items, rand)) {
    const kind = kindOf(item);
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind)!.push(item);
  }
  const kinds = shuffle([...byKind.keys()], rand);
  const picked: T[] = [];
  const usedClaims = new Set<string>();
  const usedItems = new Set<string>();
  const take = (item: T) => {
    picked.push(item);
    usedItems.add(item.id);
    usedClaims.add(item.claimId);
  };
  const trueSurplus = (item: T) =>
    isTrueStatement(item) &&
    picked.filter(isTrueStatement).length >= picked.filter(isFalseStatement).length + 1;
  let progress = true;
  while (picked.length < count && progress) {
    progress = false;
    for (const k of kinds) {
      if (picked.length >= count) break;
      const next = byKind.get(k)!.find((i) => !usedItems.has(i.id) && !usedClaims.has(i.claimId));
      if (!next || trueSurplus(next)) continue;
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
