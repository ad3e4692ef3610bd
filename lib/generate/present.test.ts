import { describe, expect, it } from "vitest";
import { unshout, unshoutAnswer, unshoutLong } from "./present";
import { stripCitations } from "./text-utils";

describe("unshout", () => {
  const lower = new Set(["kvella", "charter", "of"]);
  it("writes a word the source shouts as the text writes it elsewhere", () => {
    expect(
      unshout(
        "What is Kvella or Nordic Kvella?",
        "KVELLA (; ) or NORDIC KVELLA is a cold drink.",
        lower,
      ),
    ).toBe("What is kvella or Nordic kvella?");
  });
  it("keeps the capitals of a longer name and of words the source does not shout", () => {
    const q = "What is the Charter of Dunmere?";
    expect(unshout(q, "The CHARTER OF DUNMERE is a letter.", lower)).toBe(q);
    expect(unshout("Why is Kvella cold?", "Kvella is cold in summer.", lower)).toBe(
      "Why is Kvella cold?",
    );
  });
});

describe("an encyclopedia's shouted term", () => {
  it("is written as the text writes it elsewhere, in a question and in a card's key", () => {
    const lower = new Set(["marlin", "fish"]);
    const sentence = "In sport fishing, a MARLINFISH is a large fish of warm seas.";
    expect(unshoutLong(sentence, new Set(["marlinfish"]))).toBe(
      "In sport fishing, a marlinfish is a large fish of warm seas.",
    );
    // Not written small elsewhere: an acronym or a name, kept.
    expect(unshoutLong(sentence, lower)).toBe(sentence);
    // Part of a shouted phrase: the phrase is the scraped title's business, not one word's.
    expect(unshoutLong("Often called BUSH CRICKETS in Europe.", new Set(["crickets"]))).toBe(
      "Often called BUSH CRICKETS in Europe.",
    );
  });
});

describe("a scraped page's title in capitals", () => {
  it("reads as the name it is, also where the text writes its words small", () => {
    const lower = new Set(["minister", "harbours", "for"]);
    const sentence = "MINISTER FOR NORTH-WEST HARBOURS is a post in the council.";
    expect(unshout("Minister for North-West Harbours is a post.", sentence, lower)).toBe(
      "Minister for North-West Harbours is a post.",
    );
  });
});

describe("a key stressed in capitals", () => {
  it("is answered in lower case, while an acronym keeps its capitals", () => {
    expect(unshoutAnswer("HARVEST", new Set())).toBe("harvest");
    expect(unshoutAnswer("FOREIGN GRAIN", new Set(["grain"]))).toBe("foreign grain");
    expect(unshoutAnswer("FIFA", new Set())).toBe("FIFA");
    expect(unshoutAnswer("US", new Set(["us"]))).toBe("US");
    expect(unshoutAnswer("AD", new Set())).toBe("AD");
    // A short word in capitals is an acronym ("SEER" is no seer) unless the text writes it small.
    expect(unshoutAnswer("SEER", new Set())).toBe("SEER");
    expect(unshoutAnswer("TRUTH", new Set(["truth"]))).toBe("truth");
    expect(unshoutAnswer("Harvest", new Set())).toBe("Harvest");
  });
});

describe("a scraped page's numbered citations kept as links to their notes", () => {
  it("leave nothing of the link behind in what a student reads", () => {
    expect(stripCitations("Mild frost slows the growth of moss ([4](#r4)).")).toBe(
      "Mild frost slows the growth of moss.",
    );
    expect(stripCitations("Moss spreads by spores ([2](#r2),\n[3](#r3)) in spring.")).toBe(
      "Moss spreads by spores in spring.",
    );
    expect(stripCitations("Moss may return ([9](#r9)–[11](#r11)).")).toBe("Moss may return.");
    // A link that is not a numbered note is the text's own.
    expect(stripCitations("See the [moss survey](#survey) for more.")).toBe(
      "See the [moss survey](#survey) for more.",
    );
  });
});
