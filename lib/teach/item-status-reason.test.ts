import { describe, expect, it } from "vitest";
import { statusReason } from "@/lib/teach/item-status-reason";

const item = (status: string, edited = false, quality = 0.42) => ({ status, edited, quality });

describe("why an item has its status", () => {
  it("a generator draft whose sentence already has a published item says so", () => {
    expect(statusReason(item("draft"), [{ status: "published" }])).toMatch(
      /another item of this sentence is published/i,
    );
  });

  it("a generator draft with no published sibling gives its score, out of 100", () => {
    const why = statusReason(item("draft"), [{ status: "draft" }]);
    expect(why).toMatch(/scored lower \(42 of 100\)/);
  });

  it("a teacher's decision is named as theirs", () => {
    expect(statusReason(item("draft", true), [{ status: "published" }])).toMatch(
      /^A teacher set it to draft or edited it/,
    );
    expect(statusReason(item("retired", true), [])).toMatch(/^A teacher retired or edited it/);
    expect(statusReason(item("retired"), [])).toMatch(/regenerated/);
    expect(statusReason(item("published"), [])).toMatch(/score 42 of 100/);
  });

  it("the generator's own reason, once it records one, wins", () => {
    const traced = { ...item("draft"), reason: "Rule missing_referent: starts with a pronoun." };
    expect(statusReason(traced, [])).toBe("Rule missing_referent: starts with a pronoun.");
  });
});
