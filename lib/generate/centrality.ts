/**
 * How central each sentence is to the essay: TextRank (Mihalcea & Tarau, 2004) over the claims,
 * two sentences linked by the content words they share. A sentence many others echo states one
 * of the essay's main ideas; a detail stands apart.
 */
import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import { STOPWORDS } from "./text-utils";
import { EVALUATIVE } from "./words";

/**
 * One score per sentence, 0..1 (the most central sentence is 1). `terms` are each sentence's
 * content lemmas. Deterministic. In a long upload a word shared by more than half the sentences
 * links everything and is left out, so the work stays near linear.
 */
export function textRank(terms: string[][]): number[] {
  const n = terms.length;
  if (n === 0) return [];
  const sets = terms.map((t) => [...new Set(t)]);
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const w of set) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const overlap = new Map<number, number>();
  const maxDf = Math.max(
    Math.min(n, CONFIG.centrality.alwaysLinkedUpTo),
    Math.floor(n * CONFIG.centrality.maxDocShare),
  );
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxDf) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const k = list[a]! * n + list[b]!;
        overlap.set(k, (overlap.get(k) ?? 0) + 1);
      }
  }
  const edges: [number, number][][] = Array.from({ length: n }, () => []);
  const out = new Array<number>(n).fill(0);
  for (const [k, shared] of overlap) {
    const i = Math.floor(k / n);
    const j = k % n;
    const w = shared / (Math.log(1 + sets[i]!.length) + Math.log(1 + sets[j]!.length));
    edges[i]!.push([j, w]);
    edges[j]!.push([i, w]);
    out[i]! += w;
    out[j]! += w;
  }
  const d = CONFIG.centrality.damping;
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < CONFIG.centrality.iterations; it++) {
    const next = new Array<number>(n).fill((1 - d) / n);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      const share = (d * score[j]!) / out[j]!;
      for (const [i, w] of edges[j]!) next[i]! += share * w;
    }
    score = next;
  }
  const max = score.reduce((a, b) => Math.max(a, b), 0);
  return score.map((s) => (max > 0 ? Math.round((s / max) * 1000) / 1000 : 0));
}

/**
 * Each claim's centrality joins its score, and the few most central claims that can stand alone
 * are the essay's main ideas.
 */
export function rankByCentrality(claims: Claim[]): void {
  const terms = claims.map((c) =>
    c.analysis.tokens
      .filter((t) => /^(?:NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.pos))
      .map((t) => t.lemma.toLowerCase())
      .filter((l) => l.length >= 3 && !STOPWORDS.has(l)),
  );
  const rank = textRank(terms);
  claims.forEach((c, i) => {
    c.centrality = rank[i]!;
    c.score = Math.round((c.score + CONFIG.centrality.weight * c.centrality) * 1000) / 1000;
  });
  // A thesis is echoed by the rest (centrality), weighed ("must", "the main theme") and stands
  // where theses stand: first in the essay or opening its last paragraph.
  const lastParagraph = Math.max(...claims.map((c) => c.paragraph));
  const weight = (c: Claim) =>
    (c.centrality ?? 0) +
    (EVALUATIVE.test(c.text) ? CONFIG.centrality.evaluativeBonus : 0) +
    (c === claims[0] || (c.paragraph === lastParagraph && c.sentence === 0)
      ? CONFIG.centrality.positionBonus
      : 0);
  const main = claims
    .filter((c) => !c.needsContext && (c.centrality ?? 0) >= CONFIG.centrality.minMainIdea)
    .sort((a, b) => weight(b) - weight(a) || (a.key < b.key ? -1 : 1))
    .slice(0, CONFIG.centrality.mainIdeas);
  for (const c of main) c.mainIdea = true;
}
