/** Which published items a quiz asks, in which order: pure, so tests can seed the randomness. */

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Picks `count` items, mixing the types in turn and asking about each claim once while there are
 * claims left to ask about.
 */
export function drawItems<T extends { id: string; type: string; claimId: string }>(
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
  let progress = true;
  while (picked.length < count && progress) {
    progress = false;
    for (const t of types) {
      if (picked.length >= count) break;
      const next = byType.get(t)!.find((i) => !usedItems.has(i.id) && !usedClaims.has(i.claimId));
      if (!next) continue;
      picked.push(next);
      usedItems.add(next.id);
      usedClaims.add(next.claimId);
      progress = true;
    }
  }
  // Fewer claims than questions asked for: a claim may then be asked about twice.
  for (const item of shuffle(items, rand)) {
    if (picked.length >= count) break;
    if (!usedItems.has(item.id)) {
      picked.push(item);
      usedItems.add(item.id);
    }
  }
  return picked;
}
