import { describe, expect, it } from "vitest";
import { subjectCores, subjectTooBroad } from "./idea-claim-subject";
import { normalize } from "./text-utils";

// Made-up essay text: "interests" named six times, "enthusiasm" once beside "enthusiastic".
const ESSAY = [
  "Different interests exist in every town.",
  "The interests of farmers differ from the interests of traders.",
  "Interests clash at every council meeting, and interests decide votes.",
  "A council balances interests.",
  "Enthusiasm wins votes, and an enthusiastic speaker is remembered.",
  "The harbour cranes of the port are old.",
].join(" ");
// The essay as the generator counts in it (index.ts: `pool.essay`).
const NORMAL = normalize(ESSAY);

describe("how broad a claim card's subject is", () => {
  it("reads past articles, adjectives that do not narrow, and an of-phrase", () => {
    expect(subjectCores("different interests")).toEqual(["interests"]);
    expect(subjectCores("the leaves of the trees")).toEqual(["leaves"]);
    expect(subjectCores("blogs and the blogosphere")).toEqual(["blogs", "blogosphere"]);
    // The first part's adjective qualifies a lone later noun.
    expect(subjectCores("a common passion or interest")).toEqual([
      "common passion",
      "common interest",
    ]);
  });

  it("refuses a subject whose head the essay names many times", () => {
    expect(subjectTooBroad(NORMAL, "different interests", false)).toBe(true);
    expect(subjectTooBroad(NORMAL, "harbour cranes", false)).toBe(false);
  });

  it("counts a one-word subject's word family", () => {
    expect(subjectTooBroad(NORMAL, "enthusiasm", true)).toBe(true);
    expect(subjectTooBroad(NORMAL, "council", true)).toBe(true);
    expect(subjectTooBroad(NORMAL, "port", true)).toBe(false);
  });
});
