import { describe, expect, it } from "vitest";
import { flippable } from "./flip-guards";

const isName = () => false;

describe("flippable", () => {
  it("leaves a sentence opened by a set phrase ('To be clear, …') unflipped", () => {
    expect(
      flippable({ text: "To be clear, the night ferry is quite safe today.", isName }),
    ).toBeNull();
  });

  it("still flips a plain statement", () => {
    expect(flippable({ text: "The night ferry is quite safe in calm weather.", isName })).toBe(
      "The night ferry is quite safe in calm weather",
    );
  });
});
