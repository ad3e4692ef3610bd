import { describe, expect, it } from "vitest";
import { CLAIM_RULES } from "./claim-rules";
import { GATE_RULES } from "./gate-rules";
import { IDEA_RULES } from "./idea-rules";
import { LEAD_IN_RULES, LEANS_RULES } from "./lead-in";
import { LINKING_STATEMENT_RULES } from "./lead-in-linking";
import { PRESENT_RULES, PROMPT_RULES } from "./present";
import type { Rule } from "./rules";
import { SPEAKER_RULES } from "./speaker";
import { STANDALONE_RULES } from "./standalone-rules";
import { SWAP_GUARD_RULES } from "./flip-guards";
import { ATTRIBUTION_RULES } from "./speaker-frame";
import { STATEMENT_QUESTION_RULES } from "./statement-questions";
import { ABSOLUTE_RULES } from "./absolute-words";

/** Every rule table of every stage, in pipeline order. */
const TABLES: [string, Rule<never, unknown>[]][] = [
  ["claims", CLAIM_RULES as unknown as Rule<never, unknown>[]],
  ["speaker", SPEAKER_RULES as unknown as Rule<never, unknown>[]],
  ["speaker: items", ATTRIBUTION_RULES as unknown as Rule<never, unknown>[]],
  ["standalone", STANDALONE_RULES as unknown as Rule<never, unknown>[]],
  ["lead-in: leans", LEANS_RULES as unknown as Rule<never, unknown>[]],
  [
    "lead-in: linking, no sentence before",
    LINKING_STATEMENT_RULES as unknown as Rule<never, unknown>[],
  ],
  ["lead-in: previous sentence", LEAD_IN_RULES as unknown as Rule<never, unknown>[]],
  ["idea", IDEA_RULES as unknown as Rule<never, unknown>[]],
  ["false statements: swaps", SWAP_GUARD_RULES as unknown as Rule<never, unknown>[]],
  ["flaws: absolutes", ABSOLUTE_RULES as unknown as Rule<never, unknown>[]],
  ["statement questions", STATEMENT_QUESTION_RULES as unknown as Rule<never, unknown>[]],
  ["gate", GATE_RULES as unknown as Rule<never, unknown>[]],
  ["present", PRESENT_RULES as unknown as Rule<never, unknown>[]],
  ["prompt", PROMPT_RULES as unknown as Rule<never, unknown>[]],
];

describe.each(TABLES)("%s rules", (_stage, rules) => {
  it("have unique ids, a reason and examples both ways", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.why.length, r.id).toBeGreaterThan(20);
      expect(r.fires.length, r.id).toBeGreaterThan(0);
      expect(r.passes.length, r.id).toBeGreaterThan(0);
    }
  });
  for (const r of rules) {
    it(`${r.id} fires on its examples and passes the others`, () => {
      for (const ex of r.fires) expect(Boolean(r.test(ex)), JSON.stringify(ex)).toBe(true);
      for (const ex of r.passes) expect(Boolean(r.test(ex)), JSON.stringify(ex)).toBe(false);
    });
  }
});

describe("idea rules write real questions", () => {
  const ask = (id: string, text: string) =>
    IDEA_RULES.find((r) => r.id === id)!.test({ text }) || null;
  it("asks why with do-support and the reason as the answer", () => {
    expect(
      ask("idea.cause", "Farmers leave the fields fallow because the soil needs to rest."),
    ).toEqual({
      idea: "cause",
      question: "Why do farmers leave the fields fallow?",
      answer: "Because the soil needs to rest",
    });
  });
  it("inverts an auxiliary and keeps a name's capital", () => {
    expect(
      ask("idea.cause", "The Elbe bridge was closed for a year due to cracks in its main span.")
        ?.question,
    ).toBe("Why was the Elbe bridge closed for a year?");
  });
  it("defines a term with its category as the answer", () => {
    expect(
      ask("idea.definition", "A glacier is a slow river of ice that forms over centuries."),
    ).toBeNull();
    expect(
      ask("idea.definition", "Permafrost is a layer of ground that stays frozen all year."),
    ).toEqual({
      idea: "definition",
      question: "What is permafrost?",
      answer: "a layer of ground that stays frozen all year",
    });
  });
});
