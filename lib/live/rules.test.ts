import { describe, expect, it } from "vitest";
import { answerPoints, judgeTiming, questionSeconds, rankPlayers, MAX_POINTS } from "./rules";

const open = (openedAt: number, closesAt: number) => ({
  status: "question",
  questionIndex: 2,
  questionOpenedAt: new Date(openedAt),
  closesAt: new Date(closesAt),
});

describe("scoring", () => {
  it("gives nothing for a wrong answer, however fast", () => {
    expect(answerPoints(false, 0, 20_000)).toBe(0);
  });
  it("gives more for a faster correct answer: full at once, half at the buzzer", () => {
    expect(answerPoints(true, 0, 20_000)).toBe(MAX_POINTS);
    expect(answerPoints(true, 10_000, 20_000)).toBe(750);
    expect(answerPoints(true, 20_000, 20_000)).toBe(500);
    expect(answerPoints(true, 2_000, 20_000)).toBeGreaterThan(answerPoints(true, 3_000, 20_000));
  });
  it("never goes below half for a correct answer, even past the limit", () => {
    expect(answerPoints(true, 50_000, 20_000)).toBe(500);
  });
  it("ranks equal scores equally (1, 2, 2, 4)", () => {
    const ranked = rankPlayers([
      { name: "Cy", score: 500 },
      { name: "Al", score: 900 },
      { name: "Bo", score: 500 },
      { name: "Di", score: 0 },
    ]);
    expect(ranked.map((p) => [p.name, p.rank])).toEqual([
      ["Al", 1],
      ["Bo", 2],
      ["Cy", 2],
      ["Di", 4],
    ]);
  });
});

describe("time rules", () => {
  it("defaults the time by item type and clamps a teacher's choice", () => {
    expect(questionSeconds("true_false")).toBeLessThan(questionSeconds("mcq"));
    expect(questionSeconds("mcq")).toBeLessThan(questionSeconds("short_answer"));
    expect(questionSeconds("mcq", 1)).toBe(5);
    expect(questionSeconds("mcq", 9999)).toBe(300);
    expect(questionSeconds("cloze", 45)).toBe(45);
  });
  it("accepts an answer while the question is open, with its elapsed time", () => {
    expect(judgeTiming(open(1000, 21_000), 2, new Date(4000))).toEqual({
      ok: true,
      elapsedMs: 3000,
    });
  });
  it("refuses an answer at or after the close by the server's clock", () => {
    expect(judgeTiming(open(1000, 21_000), 2, new Date(21_000))).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(judgeTiming(open(1000, 21_000), 2, new Date(20_999)).ok).toBe(true);
  });
  it("refuses answers to an earlier or later question, while paused, and in the lobby", () => {
    const g = open(1000, 21_000);
    expect(judgeTiming(g, 1, new Date(2000))).toMatchObject({ reason: "closed" });
    expect(judgeTiming(g, 3, new Date(2000))).toMatchObject({ reason: "other_question" });
    expect(judgeTiming({ ...g, status: "paused" }, 2, new Date(2000))).toMatchObject({
      reason: "paused",
    });
    expect(judgeTiming({ ...g, status: "reveal" }, 2, new Date(2000))).toMatchObject({
      reason: "closed",
    });
    expect(
      judgeTiming(
        { status: "lobby", questionIndex: -1, questionOpenedAt: null, closesAt: null },
        -1,
        new Date(),
      ),
    ).toMatchObject({ reason: "not_open" });
  });
});
