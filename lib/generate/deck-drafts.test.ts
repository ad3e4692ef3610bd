import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";

/**
 * Made-up essay: kinds of item both judges rejected most often in rounds s29a–s29d stay drafts a
 * teacher may still publish; a sentence that calls back to a thing the sentence before named is
 * shown after that sentence.
 */
const ESSAY = `# River Towns and the Flood Board

The Flood Board of Norland was set up in 1921 to guard the river towns against spring floods. Its engineers built levees along the lower valley and kept records of every flood for fifty years.

When the river rises above the levees, the water spreads across the low fields and ruins the harvest. Farmers in the valley lost half their crops in the flood of 1934. The Flood Board answered by raising the levees by two metres along the whole lower valley.

The levees changed how the towns grew. Merchants moved their warehouses closer to the water because the banks were now safe. A small ferry company in Dunmore carried grain and timber across the river for forty years. In the spring of 1936, inspectors fined the company twice for carrying too much grain.

Critics argue that the levees only moved the danger downstream. When water cannot spread across the fields, it runs faster and deeper through the towns below. A wetter spring would therefore be more dangerous in the south than in the north. The Flood Board has never accepted this view, but its own records show that the southern towns flooded more often after 1940.

If the levees fail, the damage is far greater than in a valley with no levees at all. The towns behind them are built on land that was once a flood plain. Engineers call this the levee effect: protection invites building, and building raises the cost of the next flood.

Flood records should be the first thing a river budget pays for. Clerks already stay late every spring to copy the gauge readings by hand. Printing the yearly flood book costs the towns very little.
`;

const items = generateFromEssay({ title: "River Towns", text: ESSAY }).items;
const published = items.filter((i) => i.status === "published");
const drafts = items.filter((i) => i.status !== "published");

describe("kinds held as drafts", () => {
  it("keeps 'What happens if …?' questions as drafts, not in the published deck", () => {
    const asksWhatHappens = (p: string) => /^What happens (?:if|when)\b/.test(p);
    expect(drafts.some((i) => asksWhatHappens(i.prompt))).toBe(true);
    expect(published.filter((i) => asksWhatHappens(i.prompt))).toEqual([]);
    // The draft says it is held for its kind, not for a lower score.
    for (const i of drafts.filter((d) => asksWhatHappens(d.prompt)))
      expect(i.reason).toMatch(/check deck\.draft-only-maker\): items of this kind/);
  });

  it("keeps a comparative flipped into a false statement as a draft", () => {
    const flipped = (p: string) => /less dangerous in the south/.test(p);
    expect(drafts.some((i) => flipped(i.prompt))).toBe(true);
    expect(published.filter((i) => flipped(i.prompt))).toEqual([]);
  });

  it("keeps a multiple choice between years as a draft", () => {
    const yearChoice = (i: (typeof items)[number]) => i.type === "mcq" && /^\d{4}$/.test(i.answer);
    expect(drafts.some(yearChoice)).toBe(true);
    expect(published.filter(yearChoice)).toEqual([]);
  });

  it("keeps a 'Who …?' question on a person as a draft, typed or as a card", () => {
    const harbour = generateFromEssay({
      title: "Harbour",
      text:
        "Marta Okonjo designed the new harbour wall for the town of Pell. The wall was finished in 1998 after six years of work.\n\n" +
        "Storms in 1987 broke the old pier and sank nine boats. The council borrowed money from the county to pay for the new wall.",
    }).items;
    const who = harbour.filter((i) => /^Who designed/.test(i.prompt));
    expect(new Set(who.map((i) => i.type))).toEqual(new Set(["short_answer", "flashcard"]));
    for (const i of who) {
      expect(i.status).toBe("draft");
      expect(i.reason).toMatch(/check deck\.draft-only-maker\)/);
    }
  });

  it("still publishes a full deck of other kinds from the same essay", () => {
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(new Set(published.map((i) => i.type)).size).toBeGreaterThanOrEqual(3);
  });
});

describe("a noun the sentence before named", () => {
  it("shows 'the company' after the sentence that says which company", () => {
    const onFine = items.filter((i) =>
      i.source.sentence.startsWith("In the spring of 1936, inspectors"),
    );
    expect(onFine.length).toBeGreaterThan(0);
    for (const i of onFine) expect(i.prompt).toContain("A small ferry company in Dunmore");
  });
});

describe("a day the item does not name", () => {
  const text = [
    "The old harbour of Saltby handled grain and timber for two centuries.",
    "The council met on the morning of 4 May 1921 to vote on the new harbour wall.",
    "Earlier in the day, the harbour master of Saltby resigned after thirty years on the quay.",
  ].join("\n\n");
  const { items: out } = generateFromEssay({ title: "Saltby harbour", text });

  it("shows 'Earlier in the day' after the sentence that says which day, or keeps it a draft", () => {
    const onResign = out.filter((i) => i.source.sentence.startsWith("Earlier in the day"));
    expect(onResign.length).toBeGreaterThan(0);
    for (const i of onResign)
      expect(i.status !== "published" || i.prompt.includes("4 May 1921")).toBe(true);
  });
});

describe("a draft's reason", () => {
  it("is given for every draft, and one held for its sentence names a published item of it", () => {
    expect(drafts.filter((i) => !i.reason)).toEqual([]);
    const heldForSentence = drafts.filter((i) =>
      /check deck\.(?:same-sentence|per-claim)\)/.test(i.reason ?? ""),
    );
    expect(heldForSentence.length).toBeGreaterThan(0);
    for (const i of heldForSentence)
      expect(published.some((p) => p.source.sentence === i.source.sentence)).toBe(true);
  });
});
