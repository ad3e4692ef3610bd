import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "./split-text";

describe("splitSentences and markdown emphasis", () => {
  it("ends a bold sentence at its stop, so the next sentence is a sentence of its own", () => {
    expect(
      splitSentences("**The canal paid for itself within ten years.** Then the railway came."),
    ).toEqual(["**The canal paid for itself within ten years.**", "Then the railway came."]);
    expect(splitSentences("_The weir failed in the flood._ Nobody had checked it.")).toEqual([
      "_The weir failed in the flood._",
      "Nobody had checked it.",
    ]);
  });

  it("keeps a short bold label with the sentence it opens", () => {
    expect(
      splitSentences("* **Delivery.** The shop ships every order within a day. Returns are free."),
    ).toEqual(["* **Delivery.** The shop ships every order within a day.", "Returns are free."]);
  });

  it("still ends a sentence after a closing quote", () => {
    expect(splitSentences("She called it “the end of an era.” The crowd left.")).toEqual([
      "She called it “the end of an era.”",
      "The crowd left.",
    ]);
  });

  it("reads a name's “!” before a gloss that runs on as part of the sentence", () => {
    expect(
      splitSentences(
        "The bloggers set up a Twitter account and Big No! [Big No!, pt], a blog created to gather news. It grew fast.",
      ),
    ).toEqual([
      "The bloggers set up a Twitter account and Big No! [Big No!, pt], a blog created to gather news.",
      "It grew fast.",
    ]);
    expect(splitSentences("Stop! (He shouted this.) Then he left.")).toEqual([
      "Stop!",
      "(He shouted this.)",
      "Then he left.",
    ]);
  });
});

describe("splitSentences and circa", () => {
  it("reads 'ca.' or 'c.' before a year as part of its sentence", () => {
    expect(
      splitSentences(
        "The river age (ca. 610–540 BCE) was a time of floods. Villages moved uphill.",
      ),
    ).toEqual(["The river age (ca. 610–540 BCE) was a time of floods.", "Villages moved uphill."]);
    expect(splitSentences("The mill was built c. 1620 by the abbey. It burned down.")).toEqual([
      "The mill was built c. 1620 by the abbey.",
      "It burned down.",
    ]);
  });
});

describe("splitSentences and a lost space", () => {
  it("ends a sentence at a stop glued to the next sentence's opening word, not inside a dotted name", () => {
    expect(
      splitSentences("The chance would not come again.In the spring of 1920, the mill reopened."),
    ).toEqual(["The chance would not come again.", "In the spring of 1920, the mill reopened."]);
    expect(splitSentences("Harbour.Net has advice on work. It is free.")).toEqual([
      "Harbour.Net has advice on work.",
      "It is free.",
    ]);
  });
});

describe("splitSentences and hard-wrapped lines", () => {
  it("reads a short line that stops on a comma or 'and' into the next, even one opening on a figure", () => {
    expect(
      splitSentences(
        [
          "Few now believe the old chronicle when it says that the king kept",
          "2,000 cooks, 400 bakers, 300 brewers, and",
          "1,000 stable boys at the summer palace. The rest is lost.",
        ].join("\n"),
      ),
    ).toEqual([
      "Few now believe the old chronicle when it says that the king kept\n2,000 cooks, 400 bakers, 300 brewers, and\n1,000 stable boys at the summer palace.",
      "The rest is lost.",
    ]);
  });
  it("reads a name's initials at a line's end into the surname on the next line", () => {
    expect(
      splitSentences(
        "She learned the organ from two teachers, A.B. Marl and J.N.\nKeller, both of the old school. Then she left.",
      ),
    ).toEqual([
      "She learned the organ from two teachers, A.B. Marl and J.N.\nKeller, both of the old school.",
      "Then she left.",
    ]);
  });
  it("reads initials before a surname's lower-case particle as no sentence end", () => {
    expect(
      splitSentences(
        "The young clerk lodged with A.W. van Rees, a notary of the town. He stayed a year.",
      ),
    ).toEqual([
      "The young clerk lodged with A.W. van Rees, a notary of the town.",
      "He stayed a year.",
    ]);
  });
  it("reads 'Messrs.' before a firm's name as no sentence end", () => {
    expect(
      splitSentences(
        "The new edition was printed by Messrs. Hart and Lowe of Leeds. It sold well.",
      ),
    ).toEqual(["The new edition was printed by Messrs. Hart and Lowe of Leeds.", "It sold well."]);
  });
  it("reads a court case's 'v.' as no sentence end", () => {
    expect(splitSentences("The ruling in Hart v. Lowe changed the law. It still stands.")).toEqual([
      "The ruling in Hart v. Lowe changed the law.",
      "It still stands.",
    ]);
  });
  it("still ends a short heading line before the text under it", () => {
    expect(splitSentences("Early life\nShe was born in a mill town.")).toEqual([
      "Early life",
      "She was born in a mill town.",
    ]);
  });
});

describe("splitParagraphs and a scrape's paragraph numbers", () => {
  const scrape = [
    "      The harbour froze early that winter, and the ferries stopped for six",
    "   weeks. The town ran short of coal.    1",
    "     In spring the council met to ask why. Nobody had kept the old ice",
    "  records. 2",
    "       They voted to build a second pier.  3",
    "                    CONTENTS     INDEX",
  ].join("\n");

  it("ends a paragraph at each number and leaves the numbers out", () => {
    const paragraphs = splitParagraphs(scrape);
    expect(paragraphs.map((p) => p.text.replace(/\s+/g, " "))).toEqual([
      "The harbour froze early that winter, and the ferries stopped for six weeks. The town ran short of coal.",
      "In spring the council met to ask why. Nobody had kept the old ice records.",
      "They voted to build a second pier.",
      "CONTENTS INDEX",
    ]);
    // Verbatim: each paragraph is the source at its offset.
    for (const p of paragraphs) expect(scrape.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it("reads a line that merely ends in a number as prose", () => {
    const prose =
      "The vote was close. The count ended at 4\nand the hall emptied. Only one line ends so. 7";
    expect(splitParagraphs(prose)).toHaveLength(1);
    // Numbers that do not count up are no paragraph numbers either.
    expect(splitParagraphs("It rained. 3\nIt snowed. 2\nIt cleared.")).toHaveLength(1);
  });
});

describe("splitParagraphs and a page saved one paragraph per line", () => {
  const long = (topic: string) =>
    `The ${topic} was the first thing the council argued over that spring, and the argument ran for weeks in the hall, in the market and in every kitchen of the valley before anyone would vote.`;

  it("reads each paragraph-long line as a paragraph of its own", () => {
    const text = ["Fellow citizens:", long("harbour"), long("school"), long("bridge")].join("\n");
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual([
      "Fellow citizens:",
      long("harbour"),
      long("school"),
      long("bridge"),
    ]);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it("keeps hard-wrapped prose and lists whole", () => {
    const wrapped = [
      "The harbour was the first thing the council argued over that spring,",
      "and the argument ran for weeks in the hall, in the market and in every",
      "kitchen of the valley before anyone would vote.",
    ].join("\n");
    expect(splitParagraphs(wrapped)).toHaveLength(1);
    const list = [`* ${long("harbour")}`, `* ${long("school")}`, `* ${long("bridge")}`].join("\n");
    expect(splitParagraphs(list)).toHaveLength(1);
  });
});
