import { describe, expect, it } from "vitest";
import { statedYearRange } from "./blank-rules-range";
import type { Span } from "./find-spans";
import { numericAlternatives, type EssayPool } from "./make-distractors";

const pool: EssayPool = { spans: [], sentences: [], sentenceWords: [], essay: "", maxYear: 2030 };

function yearSpan(body: string, year: string): Span {
  const start = body.indexOf(year);
  return { text: year, start, end: start + year.length, tokenStart: 0, tokenEnd: 0, kind: "year" };
}

describe("mcq.year-range: a year's wrong options stay in the range its sentence states", () => {
  it("reads a decade, a century by its number and a century by its hundreds", () => {
    const a = "In the 1950s, the worst storm on the coast was that of 1953.";
    expect(statedYearRange(a, yearSpan(a, "1953"), 1953)).toEqual([1950, 1959]);
    const b = "Late in the 17th century the guild moved its hall, in 1688.";
    expect(statedYearRange(b, yearSpan(b, "1688"), 1688)).toEqual([1601, 1700]);
    const c = "During the 1800s the ferry ran daily; it stopped in 1871.";
    expect(statedYearRange(c, yearSpan(c, "1871"), 1871)).toEqual([1800, 1899]);
  });

  it("ignores a range the key is not in, or one inside the span itself", () => {
    const a = "After the 1950s the mill was sold, in 1962.";
    expect(statedYearRange(a, yearSpan(a, "1962"), 1962)).toBeNull();
    const b = "The storms of the 1950s did great harm.";
    expect(statedYearRange(b, yearSpan(b, "1950s"), 1950)).toBeNull();
  });

  it("gives only options inside the stated decade", () => {
    const body = "In the 1950s, the worst storm on the coast was that of 1953.";
    const alts = numericAlternatives(yearSpan(body, "1953"), pool, "seed", body);
    expect(alts.length).toBeGreaterThanOrEqual(3);
    for (const a of alts) {
      expect(Number(a)).toBeGreaterThanOrEqual(1950);
      expect(Number(a)).toBeLessThanOrEqual(1959);
    }
  });
});
