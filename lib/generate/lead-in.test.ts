import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";
import { attributeToAuthor, leadInText, needsLeadIn, withoutLeadIn } from "./lead-in";
import { normalize } from "./text-utils";

const text = [
  "The Marrow Valley dam was finished in 1931 after nine years of work by the county engineers.",
  "As a result, the lower meadows of the valley flooded every spring for the next two decades.",
  "",
  "Beavers build dams of mud and branches across slow streams in the northern forests.",
  "They use their large front teeth to cut down young trees near the water.",
].join("\n");

describe("lead-in: a sentence that leans on the one before", () => {
  const r = generateFromEssay({ title: "Valleys and dams", text });
  const pub = r.items.filter((i) => i.status === "published");

  it("is asked after that sentence, quoted, and still cites only its own sentence", () => {
    const leaning = r.items.filter((i) => /^(?:As a result|They use)/.test(i.source.sentence));
    expect(leaning.length).toBeGreaterThan(0);
    const shown = leaning.filter((i) => i.prompt.startsWith("Context: “"));
    expect(shown.length).toBeGreaterThan(0);
    for (const i of shown) {
      expect(i.prompt).toMatch(/^Context: “(?:The Marrow Valley dam|Beavers build)/);
      expect(i.source.sentence).not.toMatch(/Marrow Valley dam was|Beavers build/);
    }
  });

  it("never shows the answer in the lead-in", () => {
    for (const i of pub) {
      if (!i.prompt.startsWith("Context: ") || i.type === "true_false") continue;
      const lead = normalize(i.prompt.slice(0, i.prompt.length - withoutLeadIn(i.prompt).length));
      expect(lead.includes(normalize(i.answer))).toBe(false);
    }
  });

  it("is not given a previous sentence that leans itself", () => {
    const chained = [
      "The Marrow Valley dam was finished in 1931 after nine years of work by the county engineers.",
      "It flooded the lower meadows of the valley every spring for two decades.",
      "They were drained again only in 1958 by a new pumping station.",
    ].join(" ");
    const items = generateFromEssay({ title: "Valleys", text: chained }).items;
    for (const i of items.filter((x) => x.source.sentence.startsWith("They were drained")))
      expect(i.status).toBe("draft");
  });

  it("keeps a linking opening with no sentence before it as a draft", () => {
    const items = generateFromEssay({
      title: "Valleys",
      text: "As a result, the lower meadows of the Marrow valley flooded every spring until 1958.",
    }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.status).toBe("draft");
  });

  it("reads clean: citation markers go and inner quotes become single", () => {
    expect(leadInText('The council called it "a disaster".[3]')).toBe(
      "The council called it 'a disaster'.",
    );
  });
});

describe("lead-in: a thing the essay named, called by its kind", () => {
  it("is asked after the sentence that names it", () => {
    const r = generateFromEssay({
      title: "A parody site",
      text: [
        "In the spring of 2011, the parody website Tollgate News was closed by order of a county court in the north.",
        "The site's main purpose was to mock the county's largest newspaper, and in order to do so it printed invented headlines.",
      ].join("\n"),
    });
    const asked = r.items.filter((i) => /the site's main purpose/i.test(i.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const i of asked) expect(i.prompt).toMatch(/^Context: “In the spring of 2011/);
  });
  it("is shown for 'the site' even where nothing else in the item points back", () => {
    const lead = { prefix: "Context: “…”", always: false };
    expect(needsLeadIn(lead, "What was the site's main purpose? To mock the paper")).toBe(true);
    expect(needsLeadIn(lead, "What was the main purpose of parody? To mock the paper")).toBe(false);
  });
});

describe("attributeToAuthor", () => {
  it("says whose 'I' a blank is written in", () => {
    expect(attributeToAuthor("I wrote last spring about _____ and its critics.")).toBe(
      "The author writes: “I wrote last spring about _____ and its critics.”",
    );
  });
  it("leaves a regnal numeral and a prompt without a blank alone", () => {
    const king = "The abbot had backed _____ I of Wessex's claim in 1022.";
    expect(attributeToAuthor(king)).toBe(king);
    expect(attributeToAuthor("Why did I leave?")).toBe("Why did I leave?");
  });
});
