import type { Span } from "./find-spans";

/**
 * The span of years the sentence itself puts a year in ("In the 1970s, the worst flood was that of
 * ___": 1970–1979; "in the 19th century … ___": 1801–1900; "during the 1800s": 1800–1899). A
 * wrong year outside it is ruled out by the stem, so multiple-choice options stay inside it.
 * Null when the sentence states no such range around the key, or only inside the span itself.
 */
export function statedYearRange(body: string, span: Span, year: number): [number, number] | null {
  let best: [number, number] | null = null;
  const consider = (lo: number, hi: number, at: number) => {
    if (at >= span.start && at < span.end) return;
    if (year < lo || year > hi) return;
    if (!best || hi - lo < best[1] - best[0]) best = [lo, hi];
  };
  for (const m of body.matchAll(/\b(1[0-9]|20)(\d)0s\b/g)) {
    const at = m.index ?? 0;
    const base = Number(m[0].slice(0, 4));
    // "the 1800s" is a century, "the 1970s" a decade.
    if (m[2] === "0" && /00s$/.test(m[0])) consider(base, base + 99, at);
    else consider(base, base + 9, at);
  }
  for (const m of body.matchAll(/\b(1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b/gi)) {
    const c = Number(m[1]);
    consider((c - 1) * 100 + 1, c * 100, m.index ?? 0);
  }
  return best;
}
