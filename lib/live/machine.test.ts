import { describe, expect, it } from "vitest";
import { isDue, transition, type GameState } from "./machine";
import type { LiveType } from "./rules";

const types: LiveType[] = ["mcq", "short_answer"];
const typeOf = (i: number) => types[i]!;
const lobby: GameState = {
  status: "lobby",
  questionIndex: -1,
  questionCount: 2,
  questionOpenedAt: null,
  closesAt: null,
  pausedFrom: null,
  pausedRemainingMs: null,
};
const at = (ms: number) => new Date(ms);

function apply(
  g: GameState,
  action: Parameters<typeof transition>[1],
  now: number,
  seconds?: number,
) {
  const t = transition(g, action, at(now), typeOf, seconds ?? null);
  if (!t.ok) throw new Error(t.message);
  return { ...g, ...t.patch } as GameState;
}

describe("live game state machine", () => {
  it("plays lobby → question → reveal → question → reveal → ended", () => {
    const q0 = apply(lobby, "start", 0);
    expect(q0).toMatchObject({ status: "question", questionIndex: 0 });
    expect(q0.closesAt!.getTime()).toBe(20_000); // mcq default
    const r0 = apply(q0, "close", 20_000);
    expect(r0.status).toBe("reveal");
    const q1 = apply(r0, "next", 25_000);
    expect(q1).toMatchObject({ status: "question", questionIndex: 1 });
    expect(q1.closesAt!.getTime()).toBe(65_000); // short answer default
    const r1 = apply(q1, "next", 30_000); // skip
    expect(r1.status).toBe("reveal");
    expect(apply(r1, "next", 31_000).status).toBe("ended");
  });

  it("uses the host's seconds per question when given", () => {
    expect(apply(lobby, "start", 0, 10).closesAt!.getTime()).toBe(10_000);
  });

  it("refuses actions that make no sense in the current phase", () => {
    expect(transition(lobby, "next", at(0), typeOf).ok).toBe(false);
    expect(transition(lobby, "resume", at(0), typeOf).ok).toBe(false);
    const q0 = apply(lobby, "start", 0);
    expect(transition(q0, "start", at(1), typeOf).ok).toBe(false);
    const ended = apply(q0, "end", 2);
    expect(transition(ended, "end", at(3), typeOf).ok).toBe(false);
    expect(transition({ ...lobby, questionCount: 0 }, "start", at(0), typeOf).ok).toBe(false);
  });

  it("keeps the time left across a pause, and the speed points do not count the pause", () => {
    const q0 = apply(lobby, "start", 0); // closes at 20 s
    const paused = apply(q0, "pause", 5_000);
    expect(paused).toMatchObject({
      status: "paused",
      pausedFrom: "question",
      pausedRemainingMs: 15_000,
    });
    expect(transition(paused, "next", at(6_000), typeOf).ok).toBe(false);
    const resumed = apply(paused, "resume", 65_000);
    expect(resumed.status).toBe("question");
    expect(resumed.closesAt!.getTime()).toBe(80_000);
    expect(resumed.questionOpenedAt!.getTime()).toBe(60_000);
    expect(isDue(resumed, at(79_999))).toBe(false);
    expect(isDue(resumed, at(80_000))).toBe(true);
  });

  it("returns a paused reveal or lobby to where it was", () => {
    const r0 = apply(apply(lobby, "start", 0), "close", 20_000);
    expect(apply(apply(r0, "pause", 21_000), "resume", 30_000).status).toBe("reveal");
  });
});
