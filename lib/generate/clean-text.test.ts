import { describe, expect, it } from "vitest";
import { cleanParagraphs, furnitureScore } from "./clean-text";

const SPEECH = [
  "My friends, we meet again in a hard season for the valley and its farms.",
  "The harvest failed twice, and the river rose higher than any of us remember.",
  "Yet the mills still turn, and the schools are open to every child in the district.",
  "We owe that to the people who stayed when leaving was easier than staying.",
  "Let us repair the levees before the spring floods and share the cost fairly.",
].join(" ");

describe("headnote before an address", () => {
  it("an editor's note above a salutation is not part of the text", () => {
    const out = cleanParagraphs([
      "Heavy rain had turned the square into a lake of mud on the morning of the speech.",
      `Fellow-Citizens:\n${SPEECH}`,
    ]);
    expect(out.map((p) => p.boilerplate)).toEqual([true, false]);
  });
  it("a letter quoted late in a long essay leaves the essay alone", () => {
    const out = cleanParagraphs([SPEECH, SPEECH, SPEECH, "Dear Sir,\nThe levees held."]);
    expect(out.slice(0, 3).map((p) => p.boilerplate)).toEqual([false, false, false]);
  });
  it("text without a salutation is untouched", () => {
    const out = cleanParagraphs([SPEECH, SPEECH]);
    expect(out.some((p) => p.boilerplate)).toBe(false);
  });
});

describe("a site's contact lines", () => {
  it("reads a phone number to call, or a pointer to other pages, as furniture, not prose", () => {
    expect(
      furnitureScore(
        "To ask about a trial near you, call the help line, open weekdays, at 1-800-555-0199.",
      ),
    ).toBeGreaterThanOrEqual(2);
    // A pointer to other pages, however long, is the page sending its reader elsewhere.
    expect(
      furnitureScore(
        "To learn whether the new ferry timetable suits your crossing, see the harbour office's seasonal summaries.",
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(
      furnitureScore("To learn the old songs, the children of the valley sang them every evening."),
    ).toBe(0);
    expect(furnitureScore("For bookings call (555) 010-0199 before noon.")).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("reads a footnote's link back to the text, or a media player's key help, as furniture", () => {
    expect(
      furnitureScore(
        '3. See the harbour board, "Annual Report on the Ferries," May 2019.Return to text',
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(
      furnitureScore(
        "The [Tab] key may be used with the [Enter/Return] key to turn the captions on/off.",
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(furnitureScore("The ferry returned to the text of its charter in 1890.")).toBe(0);
  });

  it("treats a Markdown image in a .txt page as a caption, never quizzed", () => {
    const [image, prose] = cleanParagraphs([
      "![A weaver at her loom in the old mill. ](/files/styles/article/weaver.jpg?h=b4)",
      "Weavers in the valley sold their cloth at the Sunday market.",
    ]);
    expect(image!.boilerplate).toBe(true);
    expect(prose!.boilerplate).toBe(false);
  });

  it("leaves prose with figures, scores and inline links alone", () => {
    expect(
      furnitureScore("The dam, finished in 1958, holds 1,800 million cubic metres of water."),
    ).toBe(0);
    expect(furnitureScore("The score was 3-1 after 90 minutes, and 2-0 at half time.")).toBe(0);
    expect(furnitureScore("A seed bank is a kind of [gene bank](/glossary/gene-bank).")).toBe(0);
  });
});

describe("a page's closing apparatus", () => {
  it("reads everything under an 'About This … Summary' heading as the page's, not the essay's", () => {
    const out = cleanParagraphs([
      SPEECH,
      "## About This Patient Summary",
      "The summaries are written and kept up to date by a board of experts who review new studies every month.",
      "The content of these documents can be used freely as text, but it cannot be called the board's own.",
    ]);
    expect(out.map((p) => p.boilerplate)).toEqual([false, true, true, true]);
  });
});

describe("a picture's alt text", () => {
  it("is the page's, not the essay's, even where the scrape cut it off before its link", () => {
    const out = cleanParagraphs([
      "![Two-panel drawing of the weir. The first panel shows the old wooden gates. The second panel shows the new steel gates with the river at full flood",
      SPEECH,
    ]);
    expect(out.map((p) => p.boilerplate)).toEqual([true, false]);
  });
});
