import { describe, expect, it } from "vitest";
import { itemModes, modeCounts, setWarnings, type SetItemFacts } from "@/lib/teach/set-warnings";

const item = (over: Partial<SetItemFacts> & { id: string; claimId: string }): SetItemFacts => ({
  prompt: "Which tool trims the wick?",
  answer: "shears",
  type: "mcq",
  status: "published",
  ...over,
});

describe("set warnings", () => {
  it("flags two items from one sentence, with their positions", () => {
    const w = setWarnings([
      item({ id: "a", claimId: "c1" }),
      item({ id: "b", claimId: "c2", answer: "oil" }),
      item({ id: "c", claimId: "c1", type: "cloze", answer: "brass" }),
    ]);
    expect(w).toEqual([expect.objectContaining({ kind: "same_sentence", positions: [1, 3] })]);
    expect(w[0]!.text).toMatch(/Items 1 and 3 come from one sentence/);
  });

  it("flags an answer that appears as whole words in another item's question", () => {
    const w = setWarnings([
      item({ id: "a", claimId: "c1", answer: "whale oil" }),
      item({ id: "b", claimId: "c2", prompt: "Why did keepers stop burning Whale-oil lamps?" }),
    ]);
    expect(w).toEqual([expect.objectContaining({ kind: "giveaway", positions: [1, 2] })]);
    expect(w[0]!.text).toContain('item 1\'s answer ("whale oil")');
  });

  it("does not flag short or true/false answers, or words inside other words", () => {
    const w = setWarnings([
      item({ id: "a", claimId: "c1", answer: "True", type: "true_false" }),
      item({ id: "b", claimId: "c2", answer: "oil" }),
      item({ id: "c", claimId: "c3", prompt: "Is it true that the boiler heats the room?" }),
    ]);
    expect(w).toEqual([]);
  });
});

describe("what an item does in each mode", () => {
  it("follows the quiz and review rules", () => {
    expect(itemModes({ type: "flashcard", status: "published" })).toMatchObject({
      quiz: false,
      review: true,
    });
    expect(itemModes({ type: "true_false", status: "published" })).toMatchObject({
      quiz: true,
      review: false,
    });
    expect(itemModes({ type: "cloze", status: "published" })).toMatchObject({
      quiz: true,
      review: true,
    });
    expect(itemModes({ type: "cloze", status: "draft" })).toMatchObject({
      quiz: false,
      review: false,
    });
    expect(
      modeCounts([
        { type: "flashcard", status: "published" },
        { type: "mcq", status: "published" },
        { type: "short_answer", status: "published" },
      ]),
    ).toEqual({ quiz: 2, review: 2 });
  });
});
