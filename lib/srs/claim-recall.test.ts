import { describe, expect, it } from "vitest";
import { claimRecall, type RecallEvidence } from "@/lib/srs/claim-recall";
import type { CardFields } from "@/lib/srs/fsrs";

const now = new Date("2026-03-01T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

/** A card learnt long ago and reviewed yesterday: FSRS puts its recall well above 90%. */
function wellKnown(id: string): CardFields {
  return {
    id,
    due: new Date(now.getTime() + 60 * 86_400_000),
    stability: 120,
    difficulty: 4,
    elapsedDays: 30,
    scheduledDays: 60,
    learningSteps: 0,
    reps: 6,
    lapses: 0,
    state: 2,
    lastReview: minutesAgo(24 * 60),
  };
}

describe("claim recall", () => {
  it("a well-reviewed card shades its claim as well remembered", () => {
    const out = claimRecall([{ kind: "card", claimId: "c1", card: wellKnown("a") }], now);
    expect(out.c1).toBeGreaterThanOrEqual(0.9);
  });

  it("a quiz answer missed minutes ago outweighs a sibling card reviewed yesterday", () => {
    const evidence: RecallEvidence[] = [
      {
        kind: "card",
        claimId: "c1",
        card: wellKnown("a"),
        lastRating: { rating: 3, at: minutesAgo(24 * 60) },
      },
      { kind: "answer", claimId: "c1", correct: false, at: minutesAgo(5) },
    ];
    expect(claimRecall(evidence, now).c1).toBe(0);
  });

  it("an 'again' minutes ago is not remembered, even though FSRS's clock just restarted", () => {
    const lapsed = { ...wellKnown("a"), state: 3, lapses: 1, lastReview: minutesAgo(2) };
    const out = claimRecall(
      [{ kind: "card", claimId: "c1", card: lapsed, lastRating: { rating: 1, at: minutesAgo(2) } }],
      now,
    );
    expect(out.c1).toBe(0);
  });

  it("a later success lifts the claim again", () => {
    const evidence: RecallEvidence[] = [
      { kind: "answer", claimId: "c1", correct: false, at: minutesAgo(60) },
      {
        kind: "card",
        claimId: "c1",
        card: { ...wellKnown("a"), lastReview: minutesAgo(10) },
        lastRating: { rating: 3, at: minutesAgo(10) },
      },
    ];
    expect(claimRecall(evidence, now).c1).toBeGreaterThan(0.9);
  });

  it("leaves out claims with nothing known, and does not mix claims", () => {
    const out = claimRecall(
      [
        { kind: "answer", claimId: "c2", correct: true, at: minutesAgo(1) },
        { kind: "answer", claimId: "c3", correct: false, at: minutesAgo(1) },
        { kind: "card", claimId: "c1", card: wellKnown("a") },
      ],
      now,
    );
    expect(out).not.toHaveProperty("c2");
    expect(out.c3).toBe(0);
    expect(out.c1).toBeGreaterThan(0.9);
  });
});
