import { describe, expect, it } from "vitest";
import { buildView, eventName, viewEvents, type Snapshot } from "./views";

const base: Snapshot = {
  id: "g1",
  pin: "123456",
  setTitle: "Set",
  status: "question",
  pausedFrom: null,
  pausedRemainingMs: null,
  questionIndex: 0,
  questionCount: 2,
  questionOpenedAt: new Date(0),
  closesAt: new Date(20_000),
  players: [
    { id: "p1", name: "Ann", score: 900, guest: false },
    { id: "p2", name: "Bob", score: 0, guest: true },
  ],
  item: {
    id: "i1",
    type: "true_false",
    prompt: "Is it so?",
    choices: ["True", "False"],
    answer: "False",
    explanation: "Because.",
    sourceSentence: "It is not so.",
    essay: "e",
    essayTitle: "E",
    context: "Before. It is not so. After.",
  },
  answers: [
    { playerId: "p1", response: "False", correct: true, points: 900 },
    { playerId: "p2", response: "true", correct: false, points: 0 },
  ],
};

describe("what each side sees", () => {
  it("shows no answer, verdict or points before the reveal", () => {
    const player = buildView(base, { role: "player", playerId: "p1" }, new Date(1000));
    expect(player.reveal).toBeNull();
    expect(player.me).toMatchObject({ answered: true, score: 0 });
    expect(player.me?.correct).toBeUndefined();
    expect(JSON.stringify(player)).not.toContain("It is not so");
    expect(player.pin).toBeUndefined();
    const host = buildView(base, { role: "host" }, new Date(1000));
    expect(host.pin).toBe("123456");
    expect(host.leaderboard.every((r) => r.score === 0)).toBe(true);
    expect(eventName(host)).toBe("question");
  });

  it("reveals the answer, the source and a distribution that counts each choice once", () => {
    const v = buildView(
      { ...base, status: "reveal" },
      { role: "player", playerId: "p1" },
      new Date(),
    );
    expect(v.reveal?.source.sentence).toBe("It is not so.");
    expect(v.reveal?.distribution).toEqual([
      { response: "True", count: 1, correct: false },
      { response: "False", count: 1, correct: true },
    ]);
    expect(v.me).toMatchObject({ correct: true, points: 900, score: 900, rank: 1 });
    expect(eventName(v)).toBe("reveal");
  });

  it("sends a paused game under the phase it paused in", () => {
    expect(eventName({ status: "paused", pausedFrom: "question" })).toBe("question");
  });

  it("puts the contract's fields at the top of question and reveal events; the end comes last", () => {
    const events = viewEvents(buildView(base, { role: "player", playerId: "p2" }, new Date()));
    const [name, q] = events[0]!;
    expect(name).toBe("question");
    expect(q).toMatchObject({
      questionId: "i1",
      type: "true_false",
      prompt: "Is it so?",
      choices: ["True", "False"],
    });
    expect(q).not.toHaveProperty("answer");
    const reveal = viewEvents(
      buildView({ ...base, status: "reveal" }, { role: "host" }, new Date()),
    );
    expect(reveal.map(([n]) => n)).toEqual(["reveal", "leaderboard"]);
    expect(reveal[0]![1]).toMatchObject({ answer: "False", explanation: "Because." });
    const ended = viewEvents(buildView({ ...base, status: "ended" }, { role: "host" }, new Date()));
    expect(ended.map(([n]) => n)).toEqual(["leaderboard", "ended"]);
  });
});
