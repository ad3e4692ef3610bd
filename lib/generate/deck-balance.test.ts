import { describe, expect, it } from "vitest";
import { askLeftOutTrues } from "./deck-fill";
import { choosePublished } from "./deck";
import { generateFromEssay } from "./index";
import type { Claim } from "./extract-claims";
import type { Candidate } from "./make-items";

// Every sentence here is written for these tests: no essay from content/, the seeds or a tune text.

describe("a held-back false statement and its true twin", () => {
  const text = [
    "The harbour towns of the northern coast grew quickly after the new canal opened in the spring.",
    "Ferry crossings were often slow in winter, and most travellers waited for the morning tide.",
    "The stalls of the rope market included weavers, dyers, potters, smiths, tanners and coopers.",
  ].join("\n\n");

  it("publishes neither the give-away swap nor the statement that reads True on its face", () => {
    const held = new Map<string, string | null>();
    const r = generateFromEssay({ title: "Harbour towns", text }, (c, reason) => {
      if (c.type === "true_false" && /stalls/.test(c.prompt)) held.set(c.prompt, reason);
    });
    // The generator did make both statements: the rules, not a missing flip, keep them out. The
    // swap ("included" → "excluded") is a verb's opposite, which the gate holds before it asks
    // whether the swap gives itself away.
    expect([...held.values()].sort()).toEqual(["gate.false-by-antonym", "gate.giveaway-twin"]);
    const published = r.items.filter((i) => i.status === "published");
    expect(published.some((i) => i.type === "true_false" && /stalls/.test(i.prompt))).toBe(false);
    // The other sentences' statements are untouched.
    expect(published.some((i) => i.type === "true_false" && /ferry/i.test(i.prompt))).toBe(true);
  });
});

describe("a true statement the balance leaves out", () => {
  const claim = (key: string) => ({ key }) as unknown as Claim;
  const item = (key: string, claimKey: string, type: string, answer: string, truth?: boolean) =>
    ({
      key,
      type,
      prompt: `${key} prompt`,
      answer,
      explanation: "",
      claim: claim(claimKey),
      span: null,
      quality: 0.8,
      ...(truth === undefined ? {} : { truth }),
    }) as unknown as Candidate;

  it("gives its sentence's other sound item the free slot", () => {
    const deck = [
      item("t1", "A", "true_false", "True", true),
      item("f1", "B", "true_false", "False", false),
    ];
    const leftOut = item("t2", "C", "true_false", "True", true);
    const cloze = item("c2", "C", "cloze", "the lower dam");
    askLeftOutTrues(deck, [...deck, leftOut, cloze], 10);
    expect(deck).toContain(cloze);
    expect(deck).not.toContain(leftOut);
  });

  it("takes no item that repeats an answer the deck already asks, and none past the deck's size", () => {
    const asked = item("c1", "A", "cloze", "the lower dam");
    const leftOut = item("t2", "C", "true_false", "True", true);
    const repeat = item("c2", "C", "cloze", "the lower dam");
    const deck = [asked];
    askLeftOutTrues(deck, [asked, leftOut, repeat], 10);
    expect(deck).toEqual([asked]);

    const other = item("c3", "C", "flashcard", "the upper weir");
    askLeftOutTrues(deck, [asked, leftOut, other], 1);
    expect(deck).toEqual([asked]);
  });
});

describe("a draft the deck holds before ranking", () => {
  it("names the deck rule that held it in the trace", () => {
    const candidate = (quality: number, needsContext: string | null) =>
      ({
        key: `k${quality}`,
        type: "cloze",
        prompt: "The _____ opened in the spring.",
        answer: "canal",
        explanation: "",
        claim: { key: `c${quality}`, text: "x", needsContext, score: 0 },
        span: null,
        quality,
      }) as unknown as Candidate;
    const weak = candidate(0.2, null);
    const leaning = candidate(0.9, "demonstrative");
    const rules = new Map<string, string>();
    const published = choosePublished(
      [weak, leaning],
      800,
      () => true,
      (t) => {
        rules.set(t.subject, t.rule);
      },
    );
    expect(published.size).toBe(0);
    expect(rules.get(weak.key)).toBe("deck.below-quality");
    expect(rules.get(leaning.key)).toBe("deck.needs-context");
  });
});

describe("a flashcard with a blank on its front", () => {
  const card = (key: string, claimKey: string, prompt: string) =>
    ({
      key,
      type: "flashcard",
      prompt,
      answer: "1934",
      explanation: "",
      claim: { key: claimKey, text: `${claimKey} sentence.`, score: 0.5 } as unknown as Claim,
      span: null,
      quality: 0.9,
    }) as unknown as Candidate;

  it("stays a draft, while a card that asks a question is published", () => {
    const blank = card("b", "A", "The levee broke in the flood of _____.");
    const asked = card("q", "B", "In what year did the levee break?");
    const chosen = choosePublished([blank, asked], 800);
    expect(chosen.has("q")).toBe(true);
    expect(chosen.has("b")).toBe(false);
  });
});
