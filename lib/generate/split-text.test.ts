import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-text";

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
