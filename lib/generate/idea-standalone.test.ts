import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";

const ESSAY = [
  "The Valley Charter of 1350 set out how the villages of the upper valley shared their fields.",
  "The charter gave every household a strip of land by the river, and the strips were drawn by lot each spring.",
  "Historians in the valley and beyond have argued for many years, in books, in lectures and in the letters pages of the local papers, about its last clause, which lets the villagers remove any steward who abuses them or their animals.",
  "Some have read this last clause as an early statement of 'common land' – that the fields belonged to the whole village rather than to the lord.",
  "Others see this clause as a plain rule about stewards, with no wider meaning for the villages at all.",
  "The charter was copied many times, and copies survive in three different archives in the region.",
].join(" ");

describe("idea items from sentences that lean on another", () => {
  const r = generateFromEssay({ title: "The Valley Charter", text: ESSAY });
  const find = (prompt: string) => r.items.find((i) => i.prompt === prompt);

  it("asks what a glossed term means even when the sentence points back ('this last clause')", () => {
    const item = find("What is meant by “common land”?");
    expect(item?.answer).toBe(
      "that the fields belonged to the whole village rather than to the lord",
    );
    expect(item?.source.sentence).toMatch(/^Some have read this last clause/);
  });

  it("asks nothing from such a sentence whose question would show what it points back to", () => {
    expect(
      r.items.filter((i) => /this clause/i.test(i.prompt) && i.status === "published"),
    ).toEqual([]);
  });
});

describe("a sentence that defines two terms", () => {
  const text = [
    "A river shapes the land it runs through over thousands of years.",
    "The deepest point of a river bed is called the thalweg, and the raised bank beside the channel is called the levee.",
    "Floods spread fine mud over the fields on both sides of the river every spring.",
    "Farmers in the valley have always planted their crops on this rich soil after the water goes down.",
  ].join(" ");
  const published = generateFromEssay({ title: "Rivers", text }).items.filter(
    (i) => i.status === "published",
  );

  it("asks about each term with its own definition, both published", () => {
    const ask = (prompt: string) => published.find((i) => i.prompt === prompt)?.answer;
    expect(ask("What is the thalweg?")).toBe("the deepest point of a river bed");
    expect(ask("What is the levee?")).toBe("the raised bank beside the channel");
  });
});
