import { describe, expect, it } from "vitest";
import { JOIN_CODE_RULE } from "@/lib/teach/join-code-rule";

describe("the join-code rule in words", () => {
  it("names exactly the letters and digits the alphabet leaves out", () => {
    expect(JOIN_CODE_RULE).toContain("letters I, L or O");
    expect(JOIN_CODE_RULE).toContain("digits 0 or 1");
  });
});
