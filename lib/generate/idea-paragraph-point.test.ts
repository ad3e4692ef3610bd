import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";
import { isHeading, paragraphPoint, paragraphPointOf } from "./idea-paragraph-point";

// A made-up opinion piece: paragraphs of three or more sentences whose point is argued in the
// writer's voice ("we"), one opening with its point (a topic sentence), one whose most
// central sentence leans on the sentence before.
const ESSAY = [
  "Town libraries and their evening hours",
  "Most town libraries close at five in the afternoon. " +
    "Most readers in a market town work until six or later. " +
    "We must keep the reading rooms open in the evening, when working readers are free to come.",
  "Evening hours should be the first thing a library budget pays for. " +
    "Staff already stay until seven to sort the returned books. " +
    "Lighting the reading room costs the council very little.",
  "Critics point to the cost of extra staff on winter evenings. " +
    "Those costs are real. " +
    "This is why they want the reading room closed at five in every branch of the county.",
].join("\n\n");

function pointCards() {
  const r = generateFromEssay({ title: "Keep the library open", text: ESSAY });
  return r.items.filter((i) =>
    /^What main point does the author make in the paragraph/.test(i.prompt),
  );
}

describe("a paragraph's main point as a card", () => {
  it("names a paragraph by its first words and puts its point, verbatim, on the back", () => {
    const card = pointCards().find((c) => /begins “Most town libraries close/.test(c.prompt));
    expect(card?.type).toBe("flashcard");
    expect(card?.status).toBe("published");
    expect(card?.answer).toBe(
      "We must keep the reading rooms open in the evening, when working readers are free to come.",
    );
    // The item cites the sentence on its back, as the essay writes it.
    expect(card?.source.sentence).toBe(card?.answer);
    expect(ESSAY).toContain(card!.source.sentence);
  });

  it("names a paragraph that opens with its point by its last words, so the front does not give it away", () => {
    const d = paragraphPoint({
      sentences: [
        "Evening hours should be the first thing a library budget pays for.",
        "Staff already stay until seven to sort the returned books.",
        "Lighting the reading room costs the council very little.",
      ],
      central: 0,
      dangling: 0,
    });
    expect(d).toEqual({
      question:
        "What main point does the author make in the paragraph that ends “… reading room costs the council very little”?",
      answer: "Evening hours should be the first thing a library budget pays for.",
    });
  });

  it("asks no point of a long paragraph, whose point grows over its sentences", () => {
    const sentences = [
      "Evening hours should be the first thing a library budget pays for.",
      "Staff already stay until seven to sort the returned books, shelve the new ones and lock up.",
      "Lighting and heating the reading room for two more hours costs the council very little.",
    ];
    expect(paragraphPoint({ sentences, central: 0, dangling: 0 })).not.toBeNull();
    const long = [
      sentences[0]!,
      "Staff already stay until seven on most weekdays to sort the returned books, shelve the new ones and lock up.",
      "Lighting and heating the reading room for two more hours on a winter evening, when the " +
        "town's working readers are finally free to come in from the mills, the shops and the " +
        "farms of the valley, costs the council very little, as its own accounts show each year.",
    ];
    expect(long.join(" ").split(/\s+/).length).toBeGreaterThan(79);
    expect(paragraphPoint({ sentences: long, central: 0, dangling: 0 })).toBeNull();
  });

  it("asks no point of a paragraph of four sentences, where one sentence is half the point", () => {
    const three = [
      "Most town libraries close at five in the afternoon.",
      "Most readers in a market town work until six or later.",
      "We must keep the reading rooms open in the evening, when working readers are free to come.",
    ];
    expect(paragraphPoint({ sentences: three, central: 2, dangling: 0 })).not.toBeNull();
    const four = [...three, "The county has the money for two late evenings a week."];
    expect(paragraphPoint({ sentences: four, central: 2, dangling: 0 })).toBeNull();
  });

  it("makes no card whose back leans on the sentence before", () => {
    expect(pointCards().some((c) => /^This is why/.test(c.answer))).toBe(false);
  });

  it("quotes what a reader sees: no list bullet, emphasis or link markup", () => {
    const d = paragraphPoint({
      sentences: [
        "* **Hours.** Most [town libraries](https://example.org/hours) close at five in the afternoon.",
        "Most readers work until six.",
        "A library that shuts before its readers are free has failed the town.",
      ],
      central: 2,
      dangling: 0,
    });
    expect(d?.question).toBe(
      "What main point does the author make in the paragraph that begins “Hours. Most town libraries close at five …”?",
    );
  });

  it("asks a paragraph that opens with a statement on that statement or not at all", () => {
    const rest = [
      "Staff stay until seven to sort the returned books.",
      "We must open the reading room in the evening for working readers.",
    ];
    const claimsOf = (sentences: string[]) =>
      sentences.map((text, sentence) => ({
        text,
        sentence,
        dangling: 0,
        centrality: sentence === 2 ? 0.9 : 0.5,
      }));
    // A statement in the present opens the paragraph: it is the point, though less central.
    const states = ["The reading room in every branch closes at five o'clock.", ...rest];
    expect(paragraphPointOf(claimsOf(states), states)?.draft.answer).toBe(states[0]);
    // An opening that narrates is no point, and its support is not asked instead.
    const narrates = [
      "The reading room in every branch closed at five o'clock last winter.",
      ...rest,
    ];
    expect(paragraphPointOf(claimsOf(narrates), narrates)).toBeNull();
    // Opened on a condition, the paragraph's point is its most central claim.
    const conditional = ["When the council set the hours, nobody asked the townspeople.", ...rest];
    expect(paragraphPointOf(claimsOf(conditional), conditional)?.draft.answer).toBe(rest[1]);
    // An opening that argues is the point even when it gave no claim: a later step is not asked.
    const argued = ["But the real safeguard must be an honest council.", ...rest];
    expect(paragraphPointOf(claimsOf(argued).slice(1), argued)).toBeNull();
    // A neutral opening that gave no claim only sets the scene: the argued sentence is the point.
    const scene = ["Twelve tables and one lamp fill the old hall.", ...rest];
    expect(paragraphPointOf(claimsOf(scene).slice(1), scene)?.draft.answer).toBe(rest[1]);
  });
});

describe("a section heading run into its paragraph", () => {
  it("is read as a heading only when short, unstopped and followed by sentences", () => {
    expect(isHeading(["Why evening hours matter", "Most readers work until six."])).toBe(true);
    expect(isHeading(["Most readers work until six.", "The library closes at five."])).toBe(false);
    expect(isHeading(["Why evening hours matter"])).toBe(false);
  });

  it("is no sentence of the paragraph: the point is the sentence after it", () => {
    const text = [
      "Evening hours",
      "Why the reading room should open late\nEvery town library should open its reading room in the evening. " +
        "Most readers in a market town work until six or later.",
    ].join("\n\n");
    const r = generateFromEssay({ title: "Evening hours", text });
    const card = r.items.find((i) => /^What main point does the author make/.test(i.prompt));
    expect(card?.answer).toBe("Every town library should open its reading room in the evening.");
    expect(card?.prompt).toContain("ends “… market town work until six or later”");
  });
});
