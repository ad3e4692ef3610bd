import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";
import { cleanParagraphs } from "./clean-text";
import { speakerName } from "./speaker";
import { findSpeakers } from "./speaker-paragraphs";
import { splitParagraphs } from "./split-text";

/** A made-up news report: quotations, a block quote, reported speech and the writer's own claims. */
const REPORT = [
  "The town of Vellby voted on Sunday to close its old harbour to cargo ships after a decade of debate. The harbour had handled timber and grain since the eighteenth century.",
  "“The harbour cannot carry the heavy ships that timber firms now use,” said harbour master Edda Sorn. “The silt at the mouth of the river has risen by a metre in ten years. Dredging it every spring costs more than the port earns.” “The traders knew this for years,” she said.",
  "According to the regional council, the closure will save the town about a million crowns a year. Several local traders argued that the closure would ruin the grain market.",
  "One fisherman, Jon Pell, wrote on his blog:",
  "I have fished from this harbour all my life. The council has ignored the families who depend on the quay. Without the ships, the cafés and repair yards along the water will close within a year.",
  "The mayor of Vellby, Ines Rask, put it simply. “The river decided for us long ago.”",
  "Here is an excerpt from Ola Berg's memoir of the last hard winter:",
  "The ice reached the lighthouse in January. Ships waited a month in the outer bay.",
  "The vote ends a long dispute between the council and the traders. The cargo ships will move to the deep-water port of Hamna, forty kilometres to the south, where a new crane was built in 2019.",
].join("\n\n");

/** The essay's paragraphs as the generator splits and cleans them. */
const paragraphsOf = (text: string) => cleanParagraphs(splitParagraphs(text).map((p) => p.text));

describe("speaker names", () => {
  it("leave out phrases of manner and measure before the verb", () => {
    expect(speakerName("One of the oldest guilds, with 4,000 members, proudly")).toBe(
      "One of the oldest guilds",
    );
    expect(speakerName("Writing on her blog, Mara Lind")).toBe("Mara Lind");
    expect(speakerName("Mara Lind, a local teacher,")).toBe("Mara Lind");
    expect(speakerName("he")).toBeNull();
  });
  it("leave out the verb of a clause the name opens ('Ola agreed that … but she stressed:')", () => {
    expect(speakerName("Ola agreed that the ferry is slow but she")).toBe("Ola");
    expect(speakerName("The Harbour master")).toBe("The Harbour master");
  });
});

describe("who speaks", () => {
  const speakers = findSpeakers(paragraphsOf(REPORT), () => false);
  const at = (p: number, s: number) => speakers.get(`${p}:${s}`);

  it("finds the speaker after a quotation and carries it into the quotation's next sentences", () => {
    expect(at(1, 0)).toMatchObject({
      who: "harbour master Edda Sorn",
      rule: "speaker.quote-then-speaker",
    });
    expect(at(1, 1)).toMatchObject({
      who: "harbour master Edda Sorn",
      rule: "speaker.quote-continues",
    });
    expect(at(1, 2)).toMatchObject({
      who: "harbour master Edda Sorn",
      rule: "speaker.quote-continues",
    });
  });

  it("reads '“…,” she said' as the speaker last named", () => {
    expect(at(1, 3)).toMatchObject({
      who: "harbour master Edda Sorn",
      rule: "speaker.quote-then-speaker",
    });
  });

  it("reads 'According to X' and 'X argued that' as attributed in the sentence", () => {
    expect(at(2, 0)).toMatchObject({ who: "the regional council", shown: true });
    expect(at(2, 1)).toMatchObject({ who: "Several local traders", rule: "speaker.said-that" });
  });

  it("reads the paragraph after 'X wrote on his blog:' as X's block quote", () => {
    for (const s of [0, 1, 2])
      expect(at(4, s)).toMatchObject({ who: "Jon Pell", rule: "speaker.block-quote" });
  });

  it("gives a quotation the speaker the sentence before introduced", () => {
    expect(at(5, 0)).toBeUndefined();
    expect(at(5, 1)).toMatchObject({ who: "Ines Rask", rule: "speaker.quote-continues" });
  });

  it("reads the paragraph after 'an excerpt from X's memoir:' as X's, with no speech verb", () => {
    for (const s of [0, 1])
      expect(at(7, s)).toMatchObject({ who: "Ola Berg", rule: "speaker.block-quote" });
  });

  it("leaves the writer's own sentences to the writer", () => {
    expect(at(0, 0)).toBeUndefined();
    expect(at(8, 0)).toBeUndefined();
    expect(at(8, 1)).toBeUndefined();
  });
});

describe("a list introduced by a passive verb", () => {
  it("is nobody's block quote", () => {
    const text = [
      "Stages of the river's flood are set by how far the water reaches.",
      "**Stage 3:** The flood is described as one of the following:",
      "- The water has reached the lower town and covers the market square.",
      "- The water has reached the mill and stopped its wheel.",
    ].join("\n\n");
    const speakers = findSpeakers(paragraphsOf(text), () => false);
    expect(speakers.get("2:0")).toBeUndefined();
    expect(speakers.get("3:0")).toBeUndefined();
  });
});

describe("items on quoted sentences", () => {
  const items = generateFromEssay({ title: "Vellby closes its harbour", text: REPORT }).items;
  const on = (fragment: string) => items.filter((i) => i.source.sentence.includes(fragment));

  it("frames a statement from a quotation as its speaker's, never as the essay's", () => {
    const silt = on("The silt at the mouth").filter((i) => i.type === "true_false");
    expect(silt.length).toBeGreaterThan(0);
    for (const i of silt)
      expect(i.prompt).toMatch(/^According to harbour master Edda Sorn \(quoted in the text\), /);
  });

  it("never doubles the frame on an 'According to X' sentence", () => {
    for (const i of items) expect(i.prompt).not.toMatch(/according to the essay,\s+according to/i);
    const council = on("According to the regional council").filter((i) => i.type === "true_false");
    for (const i of council) expect(i.prompt).toMatch(/^According to the regional council, /);
  });

  it("names the speaker of every item on a quotation, once", () => {
    const quoted = items.filter((i) => /^[“"]/.test(i.source.sentence));
    expect(quoted.length).toBeGreaterThan(0);
    for (const i of quoted) {
      const names = i.prompt.match(/Edda Sorn|Ines Rask/g) ?? [];
      expect(names.length, i.prompt).toBe(1);
    }
  });

  it("asks nothing of a quoted speaker's own 'I' or 'we'", () => {
    expect(on("I have fished from this harbour")).toEqual([]);
  });

  it("asks a block quote's blanks as its speaker's", () => {
    const quay = on("The council has ignored the families");
    expect(quay.length).toBeGreaterThan(0);
    for (const i of quay)
      expect(i.prompt).toMatch(/^According to Jon Pell \(quoted in the text\), /);
  });
});

describe("a quotation whose speaker is named only where it closes", () => {
  const TEXT = [
    '"The river is rising," said Mara Lind, head of the survey.',
    '"The old weir will not hold another spring. We need the new one before March," said County Director of Harbour Works Tomas Reed.',
    '"The town has waited long enough for its new bridge across the lower river," added Ella Varga, chair of the county transport committee.',
  ].join("\n\n");

  it("gives every sentence of it to the person named at its close, not to the last one named before", () => {
    const speakers = findSpeakers(paragraphsOf(TEXT), () => false);
    expect(speakers.get("1:0")?.who).toBe("Tomas Reed");
    expect(speakers.get("1:1")?.who).toBe("Tomas Reed");
    // A title longer than the usual attribution still ends in the speaker's name.
    expect(speakers.get("2:0")?.who).toBe("Ella Varga");
  });
});

describe("quoted posts in another script, with their translations", () => {
  const TEXT = [
    "The ferry strike entered its third week on Monday, and the islanders took to social media.",
    "Twitter user @harbourwatch tweeted [ko]:",
    "섬 주민들은 배가 다시 다니기를 기다리고 있다 그러나 아무도 답하지 않는다",
    "The islanders are waiting for the ferries to sail again, but nobody answers them.",
    "Another user @gullrock compared the ferry company to an absent landlord:",
    "회사는 섬을 잊었다 그리고 우리는 그 값을 치르고 있다 매일 아침 부두에서",
    "The company has forgotten the island and we pay for it every morning at the quay.",
    "and added [ko]:",
    "파업은 끝나야 한다 그러나 공정하게 끝나야 한다 모든 선원을 위해서",
    "The strike must end, but it must end fairly, for every sailor on the boats.",
  ].join("\n\n");

  it("gives a translation the speaker of the post it translates, named by a handle or going on", () => {
    const { items } = generateFromEssay({ title: "Ferry strike", text: TEXT });
    const speakers = findSpeakers(paragraphsOf(TEXT), (s) => /[가-힣]/.test(s));
    expect(speakers.get("3:0")?.who).toBe("Twitter user @harbourwatch");
    expect(speakers.get("6:0")?.who).toBe("@gullrock");
    // "and added:" names no one new: the last speaker goes on.
    expect(speakers.get("9:0")?.who).toBe("@gullrock");
    // No item hands a post's words to the essay.
    const quoted = items.filter((x) =>
      /islanders are waiting|strike must end/.test(x.source.sentence),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const i of quoted)
      expect(i.prompt).toMatch(/^According to (?:Twitter user )?@\w+ \(quoted in the text\)/);
  });
});

describe("a quotation given in three paragraphs of its own language, then three translated", () => {
  const TEXT = [
    "The ferry strike entered its third week on Monday, and the islanders took to their blogs.",
    "Island blogger Mina Sol wonders what the strike will leave behind:",
    "섬 주민들은 배가 다시 다니기를 기다리고 있다 그러나 아무도 답하지 않는다",
    "회사는 섬을 잊었다 그리고 우리는 그 값을 치르고 있다 매일 아침 부두에서",
    "파업은 끝나야 한다 그러나 공정하게 끝나야 한다 모든 선원을 위해서",
    "The islanders are waiting for the ferries to sail again, but nobody answers them.",
    "The company has forgotten the island, and the islanders pay for it every morning at the quay.",
    "The strike must end, but it must end fairly, for every sailor on the boats.",
    "The ferry company said on Tuesday that talks with the sailors' union would resume next week.",
  ].join("\n\n");

  it("gives all three translations to the blogger, and the reporter's next paragraph to no one", () => {
    const speakers = findSpeakers(paragraphsOf(TEXT), (s) => /[가-힣]/.test(s));
    for (const p of [5, 6, 7]) expect(speakers.get(`${p}:0`)?.who).toBe("Island blogger Mina Sol");
    expect(speakers.get("8:0")?.who).not.toBe("Island blogger Mina Sol");
  });
});
