import { describe, expect, it } from "vitest";
import { unshout, unshoutAnswer } from "./present";

describe("unshout", () => {
  const lower = new Set(["gazpacho", "declaration", "of"]);
  it("writes a word the source shouts as the text writes it elsewhere", () => {
    expect(
      unshout(
        "What is Gazpacho or Andalusian Gazpacho?",
        "GAZPACHO (; ) or ANDALUSIAN GAZPACHO is a cold soup.",
        lower,
      ),
    ).toBe("What is gazpacho or Andalusian gazpacho?");
  });
  it("keeps the capitals of a longer name and of words the source does not shout", () => {
    const q = "What is the Declaration of Arbroath?";
    expect(unshout(q, "The DECLARATION OF ARBROATH is a letter.", lower)).toBe(q);
    expect(unshout("Why is Gazpacho cold?", "Gazpacho is cold in summer.", lower)).toBe(
      "Why is Gazpacho cold?",
    );
  });
});

describe("a key stressed in capitals", () => {
  it("is answered in lower case, while an acronym keeps its capitals", () => {
    expect(unshoutAnswer("SAFETY", new Set())).toBe("safety");
    expect(unshoutAnswer("FOREIGN ARMS", new Set(["arms"]))).toBe("foreign arms");
    expect(unshoutAnswer("NASA", new Set())).toBe("NASA");
    expect(unshoutAnswer("Safety", new Set())).toBe("Safety");
  });
});
