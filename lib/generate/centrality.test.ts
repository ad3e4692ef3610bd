import { describe, expect, it } from "vitest";
import { cleanParagraphs } from "./clean-text";
import { extractClaims } from "./extract-claims";
import { textRank } from "./centrality";

describe("sentence centrality (TextRank)", () => {
  it("ranks the sentence the others echo above a stray detail", () => {
    const rank = textRank([
      ["river", "flood", "town"],
      ["river", "flood", "rain"],
      ["river", "flood", "town", "rain", "bank"],
      ["bakery", "bread", "oven"],
      ["bank", "town", "mill"],
      ["mill", "wheel"],
      ["market", "square"],
      ["school", "teacher"],
    ]);
    expect(rank[2]).toBe(1);
    expect(rank[3]).toBeLessThan(rank[0]!);
    expect(rank[3]).toBeLessThan(rank[4]!);
  });
  it("gives every score between 0 and 1, and nothing for no sentences", () => {
    expect(textRank([])).toEqual([]);
    const rank = textRank([["a1"], ["b1"], ["c1"]]);
    for (const r of rank) expect(r).toBeGreaterThanOrEqual(0);
    expect(Math.max(...rank)).toBe(1);
  });
});

describe("main ideas", () => {
  const text = [
    "Coral reefs are large underwater structures made of the skeletons of tiny animals.",
    "Coral reefs protect coastlines from the full force of storm waves.",
    "Warm water causes coral reefs to lose the tiny algae that feed the animals.",
    "Coral reefs provide shelter for about a quarter of all fish species in the sea.",
    "The first diving club in the harbour town opened in 1952 on a Tuesday.",
    "Pollution from farms reaches the reefs through rivers after heavy rain.",
    "Fishing boats in the bay sell their catch at the market every morning.",
  ].join(" ");
  it("are the sentences the rest of the essay echoes, not a stray detail", () => {
    const cleaned = cleanParagraphs([text]);
    const { claims } = extractClaims(cleaned, "Coral reefs");
    const main = claims.filter((c) => c.mainIdea).map((c) => c.text);
    expect(main.length).toBeGreaterThan(0);
    expect(main.every((t) => !/diving club/.test(t))).toBe(true);
    expect(main.some((t) => /skeletons of tiny animals/.test(t))).toBe(true);
  });
});
