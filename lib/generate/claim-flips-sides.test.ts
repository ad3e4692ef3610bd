import { describe, expect, it } from "vitest";
import { neitherFlip } from "./claim-flips-affirm";
import { agentSwap, ratherThanSwap } from "./claim-flips-sides";

const flip = (f: typeof agentSwap, text: string) => f({ text })?.question ?? null;

describe("false statements that swap sides or state what the essay denies", () => {
  it("puts the rejected side of 'rather than' in the held side's place, without the 'rather than'", () => {
    expect(
      flip(
        ratherThanSwap,
        "The guild saw the new loom as a threat to wages, rather than being a gift to the town, and fought it for years.",
      ),
    ).toBe("The guild saw the new loom as a gift to the town, and fought it for years.");
  });

  it("gives each of two named actors the other's part, the denial staying in the second half", () => {
    expect(
      flip(
        agentSwap,
        "The chronicle says that Ana was able to hold the pass, whereas Lord Bo could not.",
      ),
    ).toBe("The chronicle says that Lord Bo was able to hold the pass, whereas Ana could not.");
    // An unnamed side ("the boys") has no part to trade.
    expect(flip(agentSwap, "Ana could swim across the bay, while the boys could not.")).toBeNull();
  });

  it("gives what neither did to both, with the noun made plural", () => {
    expect(flip(neitherFlip, "Neither party expected the strike to last a whole winter.")).toBe(
      "Both parties expected the strike to last a whole winter.",
    );
    expect(flip(neitherFlip, "Neither side could cross the river in spring.")).toBe(
      "Both sides could cross the river in spring.",
    );
  });
});
