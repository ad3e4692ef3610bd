import { describe, expect, it } from "vitest";
import {
  cardResult,
  clampRetention,
  formatInterval,
  newCardData,
  previewIntervals,
  rateCard,
  recallProbability,
  rollbackCard,
  type CardFields,
  type RatingName,
} from "@/lib/srs/fsrs";

const DAY = 86_400_000;
const start = new Date("2026-01-05T09:00:00Z");

function fresh(id = "card-1"): CardFields {
  return { id, ...newCardData(start) };
}

/** Rates a card at its due time, as a student who never falls behind would. */
function rateAtDue(card: CardFields, rating: RatingName, retention = 0.9): CardFields {
  const when = new Date(Math.max(card.due.getTime(), start.getTime()));
  return { id: card.id, ...rateCard(card, rating, when, retention).card };
}

describe("lib/srs scheduling", () => {
  it("a new card starts in the new state, due now", () => {
    const c = fresh();
    expect(cardResult(c)).toMatchObject({ state: "new", reps: 0, lapses: 0 });
    expect(c.due.getTime()).toBe(start.getTime());
  });

  it("good ratings move a card through learning to review with growing intervals", () => {
    let c = fresh();
    c = rateAtDue(c, "good");
    expect(cardResult(c).state).toBe("learning");
    c = rateAtDue(c, "good");
    expect(cardResult(c).state).toBe("review");
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = c.due.getTime();
      c = rateAtDue(c, "good");
      intervals.push((c.due.getTime() - before) / DAY);
    }
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(20);
    expect(c.reps).toBe(7);
    expect(c.lapses).toBe(0);
  });

  it("again on a review card is a lapse: relearning, due within minutes, stability drops", () => {
    let c = fresh();
    for (let i = 0; i < 4; i++) c = rateAtDue(c, "good");
    const before = c;
    const at = c.due;
    const after = { id: c.id, ...rateCard(c, "again", at).card };
    expect(cardResult(after).state).toBe("relearning");
    expect(after.lapses).toBe(1);
    expect(after.stability).toBeLessThan(before.stability);
    expect(after.due.getTime() - at.getTime()).toBeLessThanOrEqual(10 * 60_000);
  });

  it("rollback restores the card as it was before the rating", () => {
    let c = fresh();
    for (let i = 0; i < 3; i++) c = rateAtDue(c, "good");
    const at = c.due;
    const { card, log } = rateCard(c, "again", at);
    const restored = rollbackCard({ id: c.id, ...card }, log);
    expect(restored.state).toBe(c.state);
    expect(restored.stability).toBeCloseTo(c.stability, 10);
    expect(restored.difficulty).toBeCloseTo(c.difficulty, 10);
    expect(restored.reps).toBe(c.reps);
    expect(restored.lapses).toBe(c.lapses);
    expect(restored.scheduledDays).toBe(c.scheduledDays);
    expect(restored.lastReview?.getTime()).toBe(c.lastReview?.getTime());
  });

  it("rollback of a first rating gives back a new card", () => {
    const c = fresh();
    const { card, log } = rateCard(c, "easy", start);
    const restored = rollbackCard({ id: c.id, ...card }, log);
    expect(cardResult(restored)).toMatchObject({ state: "new", reps: 0, lapses: 0 });
    expect(restored.due.getTime()).toBe(c.due.getTime());
    expect(restored.lastReview).toBeNull();
  });

  it("the same rating of the same card at the same time schedules the same way (fuzz is seeded)", () => {
    let c = fresh("seeded");
    for (let i = 0; i < 4; i++) c = rateAtDue(c, "good");
    const a = rateCard(c, "good", c.due).card;
    const b = rateCard(c, "good", c.due).card;
    expect(a.due.getTime()).toBe(b.due.getTime());
    // …and the preview on the button is the interval the rating gives.
    const preview = previewIntervals(c, c.due);
    expect(preview.good).toBe(formatInterval(a.due.getTime() - c.due.getTime()));
  });

  it("previews four intervals, never shorter for a better rating", () => {
    const p = previewIntervals(fresh(), start);
    expect(p).toEqual({ again: "1m", hard: "6m", good: "10m", easy: expect.stringMatching(/d$/) });
  });

  it("a higher desired retention gives shorter intervals", () => {
    let low = fresh("r");
    let high = fresh("r");
    for (let i = 0; i < 5; i++) {
      low = rateAtDue(low, "good", 0.8);
      high = rateAtDue(high, "good", 0.95);
    }
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
  });

  it("clamps desired retention to 0.70–0.97", () => {
    expect(clampRetention(0.5)).toBe(0.7);
    expect(clampRetention(0.99)).toBe(0.97);
    expect(clampRetention(Number.NaN)).toBe(0.9);
  });

  it("recall probability is unknown for unseen cards and falls with time", () => {
    expect(recallProbability(fresh(), start)).toBeNull();
    let c = fresh();
    for (let i = 0; i < 3; i++) c = rateAtDue(c, "good");
    const soon = recallProbability(c, c.lastReview!)!;
    const later = recallProbability(c, new Date(c.lastReview!.getTime() + 60 * DAY))!;
    expect(soon).toBeGreaterThan(0.95);
    expect(later).toBeLessThan(soon);
  });

  it("formats intervals as a button shows them", () => {
    expect(formatInterval(30_000)).toBe("<1m");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(3 * 3_600_000)).toBe("3h");
    expect(formatInterval(4 * DAY)).toBe("4d");
    expect(formatInterval(90 * DAY)).toBe("3mo");
    expect(formatInterval(730 * DAY)).toBe("2y");
  });
});
