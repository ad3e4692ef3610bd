import { describe, expect, it } from "vitest";
import { antonymFlip, comparativeFlip, verbFlip } from "./claim-flips";
import { frequencyFlip } from "./claim-flips-count";
import { mainClauseOnly } from "./flip-guards";

const flip = (f: typeof antonymFlip, text: string) => f({ text })?.question ?? null;

describe("false statements by flipping a word", () => {
  it("flip to an everyday opposite", () => {
    expect(flip(antonymFlip, "The western road is safe for the farms of the valley.")).toBe(
      "The western road is dangerous for the farms of the valley.",
    );
    // "important" → "unimportant": an opposite made with a prefix gives itself away.
    expect(
      flip(antonymFlip, "The western road is important to the farms of the valley."),
    ).toBeNull();
    expect(flip(verbFlip, "The soup on the stove is warmed by the fire.")).toBe(
      "The soup on the stove is cooled by the fire.",
    );
  });

  it("reads a sentence that ends on a degree word without failing", () => {
    // The word after the adjective is read to find the contrast; here there is none.
    expect(() => flip(antonymFlip, "The road is very important.")).not.toThrow();
    expect(() => flip(antonymFlip, "The river is large.")).not.toThrow();
  });

  it("makes the article agree with the opposite ('an eastern' → 'a western')", () => {
    const text =
      "The treaty sought to assert the town's position as an eastern port, free of the duke.";
    // The essay speaks of western ports too: the contrast is its own.
    expect(antonymFlip({ text, essayHas: (w) => w === "western" })?.question).toBe(
      "The treaty sought to assert the town's position as a western port, free of the duke.",
    );
  });

  it("never flips a describing word the essay sets against nothing ('major' → 'minor')", () => {
    expect(flip(antonymFlip, "The canal is a major route for the valley's timber.")).toBeNull();
    expect(
      flip(antonymFlip, "The treaty sought to assert the town's position as an independent port."),
    ).toBeNull();
  });

  it("never turns a verb that measures out an extent ('stretches for 40 miles')", () => {
    const text = "The dune stretches for nearly 40 miles along the coast.";
    // Before the guard: "shrinks for nearly 40 miles", which is nonsense, not a false claim.
    expect(flip(verbFlip, text)).toBeNull();
    // The claim is the comparison: "shrink as fast as" is nonsense, not its opposite.
    expect(flip(verbFlip, "Reeds grow as fast beside the ditch as in the open marsh.")).toBeNull();
    expect(flip(verbFlip, "The sea wall slowly grows along the coast.")).toBe(
      "The sea wall slowly shrinks along the coast.",
    );
  });

  it("never to a rare word that reads as nonsense", () => {
    // WordNet's opposites "impure" and "nontraditional" are too rare to be plain English.
    expect(flip(antonymFlip, "The water of the mountain lake is pure.")).toBeNull();
    expect(flip(antonymFlip, "The recipe is traditional in the northern provinces.")).toBeNull();
    expect(flip(verbFlip, "The capsule docked to the station at noon.")).toBeNull();
  });

  it("never where a reason given supports the original", () => {
    expect(
      flip(antonymFlip, "The marsh is important because it holds a very large flock of geese."),
    ).toBeNull();
    expect(
      flip(frequencyFlip, "Hot tea is widely drunk in the hills, as it is warming."),
    ).toBeNull();
  });

  it("never inside an opening subordinate clause or a phrase of place", () => {
    expect(flip(verbFlip, "As the lake warms, the fish move to deeper water.")).toBeNull();
    expect(
      flip(antonymFlip, "Thousands of people stood in thick mud to hear the mayor."),
    ).toBeNull();
  });

  it("flips the main clause alone when a consequence would contradict the flip", () => {
    const text = "Warm air is lighter than the cold air around it, so it rises over the hills.";
    expect(flip(comparativeFlip, text)).toBeNull();
    const head = mainClauseOnly(text)!;
    expect(flip(comparativeFlip, head)).toBe("Warm air is heavier than the cold air around it.");
    expect(mainClauseOnly("Warm air rises, so clouds form.")).toBeNull();
  });

  it("counts with 'fewer' and measures with 'less'", () => {
    expect(flip(comparativeFlip, "The survey found more wells than ponds in the valley.")).toBe(
      "The survey found fewer wells than ponds in the valley.",
    );
    expect(flip(comparativeFlip, "The valley gets more rain than the coast.")).toBe(
      "The valley gets less rain than the coast.",
    );
  });

  it("gives a turned comparative the article it takes", () => {
    expect(flip(comparativeFlip, "Some sailors have a harder time than others in the fog.")).toBe(
      "Some sailors have an easier time than others in the fog.",
    );
  });
});
