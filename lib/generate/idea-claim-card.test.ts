import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";
import { claimCard } from "./idea-claim-card";
import { conditionOf, whenOf } from "./idea-explained";
import { whyQuestion } from "./idea-rules";

// Made-up argumentative paragraphs of the shapes real essays have: a claim with its own named
// subject, one that leans on the sentence before, and one in the reader's voice.
const ESSAY = [
  "Every town argues about its library sooner or later.",
  "A library in a market town is the only warm room that asks nothing of its visitors. " +
    "Evening opening hours should be kept in every branch of the county. " +
    "This costs the council very little money.",
  "You should visit your own branch this week. " +
    "In a market town, the reading room usually decides whether young people stay or leave. " +
    "Most evenings the reading room is full until the doors close at nine.",
  "Critics say the money would be better spent on roads. " +
    "Yet the roads are mended every spring, and the reading room has waited for ten years.",
].join("\n\n");

function cards() {
  const r = generateFromEssay({ title: "Keep the library open", text: ESSAY });
  return r.items.filter((i) => /^What does the author (?:argue|say) /.test(i.prompt));
}

describe("the author's claim as a card", () => {
  it("asks what the author argues about a subject the sentence names, with the claim on the back", () => {
    const found = cards().find((c) => /evening opening hours/i.test(c.prompt));
    expect(found?.type).toBe("flashcard");
    expect(found?.prompt).toBe("What does the author argue about evening opening hours?");
    expect(found?.answer).toMatch(/^Evening opening hours should be kept in every branch/);
  });

  it("shows a setting that says which case the claim is about", () => {
    const d = claimCard({
      text: "In a market town, the reading room usually decides whether young people stay or leave.",
    });
    expect(d?.question).toBe("What does the author say about the reading room in a market town?");
    const named = claimCard({
      text: "In Eastmoor, the reading room usually decides whether young people stay or leave.",
      properWords: new Set(["Eastmoor"]),
    });
    expect(named?.question).toBe("What does the author say about the reading room in Eastmoor?");
  });

  it("leaves a list's ordinal ('Secondly,') off the back of the card", () => {
    const d = claimCard({
      text: "Secondly, the reading rooms of small towns are always kept open until nine.",
    });
    expect(d?.answer).toBe("The reading rooms of small towns are always kept open until nine.");
  });

  it("names no hedge as a setting, and asks nothing of a sentence that answers the one before", () => {
    const hedged = claimCard({
      text: "In many cases, the reading room decides whether young people stay or leave.",
    });
    expect(hedged?.question).toBe("What does the author say about the reading room?");
    expect(
      claimCard({ text: "In response, the town council kept the reading rooms open until nine." }),
    ).toBeNull();
  });

  it("asks about a subject with its phrase, and not one the essay names three times", () => {
    const prompts = cards().map((c) => c.prompt);
    expect(prompts).toContain("What does the author say about a library in a market town?");
    expect(prompts.some((p) => /about the reading room/.test(p))).toBe(false);
  });

  it("asks nothing when two sentences would answer the same card", () => {
    const text = [
      "Old harbour cranes lift the heaviest crates off the ships in every season.",
      "The port pays for them out of its own fees. Old harbour cranes need a crew of four in winter.",
    ].join("\n\n");
    const r = generateFromEssay({ title: "Cranes", text });
    expect(r.items.some((i) => /about old harbour cranes/.test(i.prompt))).toBe(false);
    expect(claimCard({ text: "Old harbour cranes need a crew of four in winter." })?.question).toBe(
      "What does the author say about old harbour cranes?",
    );
  });

  it("lowers a subject's first word the essay writes in lower case too", () => {
    const text = [
      "The Federal Court of the valley sits in the old wool hall beside the river.",
      "Federal judges should serve for a fixed term of twelve years in every district.",
      "Most federal money for the courts goes on clerks, books and the upkeep of the halls.",
    ].join("\n\n");
    const r = generateFromEssay({ title: "The valley courts", text });
    const prompts = r.items.map((i) => i.prompt);
    expect(prompts).toContain("What does the author argue about federal judges?");
  });

  it("lowers a compound's name joined by a number ('Glyceraldehyde-3-phosphate …')", () => {
    const card = claimCard({
      text: "Malate-2-phosphate synthase converts the malate of the leaf into a sugar.",
    });
    expect(card?.question).toBe("What does the author say about malate-2-phosphate synthase?");
  });

  it("asks nothing of a sentence that leans on the one before or speaks to the reader", () => {
    const prompts = cards().map((c) => c.prompt);
    expect(prompts.some((p) => /\b(?:this|you|your)\b/i.test(p))).toBe(false);
    expect(claimCard({ text: "This costs the council very little money." })).toBeNull();
    expect(claimCard({ text: "You should visit your own branch this week." })).toBeNull();
  });
});

describe("a condition's question fits its mood", () => {
  it("asks what would happen when the result is unreal", () => {
    const d = conditionOf({ text: "If rivers were roads, the barges would need no locks at all." });
    expect(d?.question).toBe("What would happen if rivers were roads?");
  });

  it("asks what could happen when the result only may follow", () => {
    const d = conditionOf({
      text: "If the dam gives way in spring, the valley could flood within hours.",
    });
    expect(d?.question).toBe("What could happen if the dam gives way in spring?");
  });

  it("does not read a passive after 'be' as the past", () => {
    const d = conditionOf({
      text: "If a village be cut off by snow, the school will stay shut for weeks.",
    });
    expect(d?.question).toBe("What happens if a village be cut off by snow?");
  });

  it("reads participles joined after a present auxiliary as the present", () => {
    const d = conditionOf({
      text: "If young oak seedlings are moved into a pot and kept warm, each puts out new leaves within a week.",
    });
    expect(d?.question).toBe(
      "What happens if young oak seedlings are moved into a pot and kept warm?",
    );
  });
});

describe("a question on 'has' that owns", () => {
  it("asks with 'do', not by moving 'has' to the front", () => {
    expect(whyQuestion("Every old mill has its own water wheel", undefined, undefined, 3)).toBe(
      "Why does every old mill have its own water wheel?",
    );
    expect(
      whenOf({ text: "Every old mill has its own problems when the river runs low." })?.question,
    ).toBe("When does every old mill have its own problems?");
  });

  it("still moves 'has' to the front when a participle follows", () => {
    expect(whyQuestion("The town has grown quickly", undefined, undefined, 3)).toBe(
      "Why has the town grown quickly?",
    );
  });
});
