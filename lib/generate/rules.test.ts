import { describe, expect, it } from "vitest";
import { CLAIM_RULES } from "./claim-rules";
import { CONTRAST_CLAIM_RULES } from "./claim-contrast";
import { GATE_RULES } from "./gate-rules";
import { IDEA_RULES } from "./idea-rules";
import { CLAIM_CARD_RULES } from "./idea-claim-card-rules";
import { PARAGRAPH_POINT_RULES } from "./idea-paragraph-point-rules";
import { PARAGRAPH_OPENING_RULES } from "./idea-paragraph-point-openings";
import { AUTHOR_VOICE_RULES } from "./idea-author-voice";
import { LEAD_IN_RULES, LEANS_RULES } from "./lead-in";
import { LINKING_STATEMENT_RULES } from "./lead-in-linking";
import { PRESENT_RULES, PROMPT_RULES } from "./present";
import type { Rule } from "./rules";
import { SPEAKER_RULES } from "./speaker";
import { STANDALONE_RULES } from "./standalone-rules";
import { SWAP_GUARD_RULES } from "./flip-guards";
import { FLIP_FORM_RULES } from "./flip-form-guards";
import { YEAR_PERIOD_RULES } from "./year-period";
import { ASIDE_RULES, SPEAKER_CAPITAL_RULES } from "./frame-grammar";
import { REASON_CLAUSE_RULES } from "./question-grammar";
import { ATTRIBUTION_RULES } from "./speaker-frame";
import { STATEMENT_QUESTION_RULES } from "./statement-questions";
import { SUBJECT_QUESTION_RULES } from "./statement-subject-question";
import { ABSOLUTE_RULES } from "./absolute-words";
import { THESIS_RULES } from "./author-thesis";
import { REFERENT_RULES } from "./referent-rules";
import { FRAME_CAPITAL_RULES } from "./frame-capital";
import { BACK_REFERENCE_RULES } from "./back-reference";
import {
  NEWS_CARD_RULES,
  NEWS_POINT_RULES,
  NEWS_SENTENCE_RULES,
  NEWS_SPEAKER_RULES,
} from "./news-rules";
import { NEWS_CAUSE_RULES } from "./idea-cause-clauses";

/** Every rule table of every stage, in pipeline order. */
const TABLES: [string, Rule<never, unknown>[]][] = [
  [
    "sentences: a name's stop before a gloss",
    NEWS_SENTENCE_RULES as unknown as Rule<never, unknown>[],
  ],
  ["claims", CLAIM_RULES as unknown as Rule<never, unknown>[]],
  ["claims: a contrast's statement", CONTRAST_CLAIM_RULES as unknown as Rule<never, unknown>[]],
  ["speaker", SPEAKER_RULES as unknown as Rule<never, unknown>[]],
  ["speaker: an aside's apposition", ASIDE_RULES as unknown as Rule<never, unknown>[]],
  ["speaker: a name's capital", SPEAKER_CAPITAL_RULES as unknown as Rule<never, unknown>[]],
  ["frame: a name's first capital", FRAME_CAPITAL_RULES as unknown as Rule<never, unknown>[]],
  ["speaker: items", ATTRIBUTION_RULES as unknown as Rule<never, unknown>[]],
  ["standalone", STANDALONE_RULES as unknown as Rule<never, unknown>[]],
  [
    "standalone: a noun the sentence before named",
    BACK_REFERENCE_RULES as unknown as Rule<never, unknown>[],
  ],
  ["lead-in: leans", LEANS_RULES as unknown as Rule<never, unknown>[]],
  [
    "lead-in: linking, no sentence before",
    LINKING_STATEMENT_RULES as unknown as Rule<never, unknown>[],
  ],
  ["lead-in: previous sentence", LEAD_IN_RULES as unknown as Rule<never, unknown>[]],
  ["idea", IDEA_RULES as unknown as Rule<never, unknown>[]],
  ["idea: the author's claim", CLAIM_CARD_RULES as unknown as Rule<never, unknown>[]],
  ["idea: a paragraph's main point", PARAGRAPH_POINT_RULES as unknown as Rule<never, unknown>[]],
  [
    "idea: a paragraph's opening that is not its point",
    PARAGRAPH_OPENING_RULES as unknown as Rule<never, unknown>[],
  ],
  ["idea: a report's paragraph of cases", NEWS_POINT_RULES as unknown as Rule<never, unknown>[]],
  ["idea: a report's named topic", NEWS_CARD_RULES as unknown as Rule<never, unknown>[]],
  ["idea: a report's reasons", NEWS_CAUSE_RULES as unknown as Rule<never, unknown>[]],
  ["speaker: a name as written", NEWS_SPEAKER_RULES as unknown as Rule<never, unknown>[]],
  ["idea: the author's voice", AUTHOR_VOICE_RULES as unknown as Rule<never, unknown>[]],
  ["statements: framed claims", THESIS_RULES as unknown as Rule<never, unknown>[]],
  ["false statements: swaps", SWAP_GUARD_RULES as unknown as Rule<never, unknown>[]],
  ["distractors: a stated period", YEAR_PERIOD_RULES as unknown as Rule<never, unknown>[]],
  ["false statements: the flip's form", FLIP_FORM_RULES as unknown as Rule<never, unknown>[]],
  ["flaws: absolutes", ABSOLUTE_RULES as unknown as Rule<never, unknown>[]],
  ["questions: the reason's clause", REASON_CLAUSE_RULES as unknown as Rule<never, unknown>[]],
  ["statement questions", STATEMENT_QUESTION_RULES as unknown as Rule<never, unknown>[]],
  [
    "statement questions: the subject asked",
    SUBJECT_QUESTION_RULES as unknown as Rule<never, unknown>[],
  ],
  ["gate", GATE_RULES as unknown as Rule<never, unknown>[]],
  ["gate: pronouns with a referent", REFERENT_RULES as unknown as Rule<never, unknown>[]],
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

describe("two terms defined in one sentence", () => {
  it("asks about the first term with its own definition", () => {
    const named = IDEA_RULES.find((r) => r.id === "idea.named")!;
    expect(
      named.test({
        text: "The point inside the earth where a fault starts to slip is called the focus, and the point on the surface above it is called the epicentre.",
      }),
    ).toEqual({
      idea: "definition",
      question: "What is the focus?",
      answer: "the point inside the earth where a fault starts to slip",
    });
  });
  it("cuts a definition's answer before the second term's", () => {
    const def = IDEA_RULES.find((r) => r.id === "idea.definition")!;
    expect(
      def.test({
        text: "Sleet is a mix of rain and snow that melts on the way down, and hail is a ball of ice.",
      }),
    ).toMatchObject({
      question: "What is sleet?",
      answer: "a mix of rain and snow that melts on the way down",
    });
  });
});

describe("answers keep the case they are written in", () => {
  it("leaves a figure-first answer and a small-letter name alone", async () => {
    const { capitalizeFirst } = await import("./text-utils");
    expect(capitalizeFirst("549 days in space")).toBe("549 days in space");
    expect(capitalizeFirst("iPhone sales")).toBe("iPhone sales");
    expect(capitalizeFirst("because of the storm")).toBe("Because of the storm");
  });
  it("drops when it happened from what someone did", () => {
    const deed = IDEA_RULES.find((r) => r.id === "idea.deed")!;
    expect(
      deed.test({
        text: "Divers from the navy retrieved the bell and its chain shortly after the storm.",
      }),
    ).toMatchObject({
      question: "What did divers from the navy retrieve?",
      answer: "the bell and its chain",
    });
  });
});

describe("conditions", () => {
  const condition = IDEA_RULES.find((r) => r.id === "idea.condition")!;
  it("asks what happened for a condition told in the past", () => {
    expect(
      condition.test({
        text: "When the river council closed the ferry, the islanders built a bridge.",
      }),
    ).toMatchObject({
      question: "What happened when the river council closed the ferry?",
      answer: "The islanders built a bridge",
    });
    // An irregular past ("broke", "fell") is a past as well as "closed".
    expect(
      condition.test({ text: "When the long drought broke, the farmers sowed the upper fields." }),
    ).toMatchObject({ question: "What happened when the long drought broke?" });
  });
  it("asks what happens for a condition told in the present", () => {
    expect(
      condition.test({ text: "When the river rises, the farmers move the sheep uphill." }),
    ).toMatchObject({ question: "What happens when the river rises?" });
    // "are" differs from its lemma "be" and is still the present.
    expect(
      condition.test({ text: "If the fields are flooded, the farmers move the sheep uphill." }),
    ).toMatchObject({ question: "What happens if the fields are flooded?" });
  });
  it("asks what happens for a result told in the future, in modern words", () => {
    expect(
      condition.test({
        text: "If there be no toll annexed to the crossing, the old ferry will soon stop running.",
      }),
    ).toMatchObject({
      question: "What happens if there is no toll annexed to the crossing?",
      answer: "The old ferry will soon stop running",
    });
  });
});
