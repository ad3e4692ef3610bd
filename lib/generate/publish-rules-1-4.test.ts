import { describe, expect, it } from "vitest";
import { generateFromEssay } from "./index";
import { countEnumerated, dateAnchored, afterPlaceComma } from "./publish-gate";
import { classifyName, type Span } from "./find-spans";
import { analyze } from "./nlp";

const span = (body: string, text: string, kind: Span["kind"]): Span =>
  ({ text, kind, start: body.indexOf(text), end: body.indexOf(text) + text.length }) as Span;

function published(text: string) {
  return generateFromEssay({ title: "Test essay", text }).items.filter(
    (i) => i.status === "published",
  );
}

describe("generator 1.4 publishing rules", () => {
  it("rule 1: mid-sentence anaphora and comparatives are never published", () => {
    const text = [
      "The harbour board of Velmora adopted a similar levy in 1931 after a long dispute with the fishing guilds.",
      "The town of Orrin followed in 1934, and its harbour income grew faster than that of its neighbours.",
      "Repairing the pier at Quessa proved far harder.",
    ].join(" ");
    for (const i of published(text)) {
      expect(i.source.sentence).not.toMatch(/similar|followed|far harder/);
    }
  });

  it("rule 1: a count the stem already enumerates is settled", () => {
    const body =
      "The first three crossings, in Danish, Polish and Latvian ferries, were turned back.";
    expect(countEnumerated(body, span(body, "three crossings", "quantity"))).toBe(true);
    const other = "Three crossings were turned back by the ice in the strait that winter.";
    expect(countEnumerated(other, span(other, "Three crossings", "quantity"))).toBe(false);
  });

  it("rule 2: the blank after '<Place>,' and anchored dates are settled", () => {
    const body = "Dallas, Texas, was the first city in the region to drop the fee in 2011.";
    expect(afterPlaceComma(body, span(body, "Texas", "place"))).toBe(true);
    const anchored = "In May 1931, a week after the dam failed, the mill at Orrin closed for good.";
    expect(dateAnchored(anchored, span(anchored, "May 1931", "date"))).toBe(true);
    const free = "The mill at Orrin closed for good in 1931.";
    expect(dateAnchored(free, span(free, "1931", "year"))).toBe(false);
  });

  it("rule 3: a name behind an article is not asked with Who", () => {
    const text = [
      "The trawler sailed from Velmora in 1931 under the command of Edgar Toll, who had never been north.",
      "On 4 June the Mary Holt reached the harbour of Quessa after nineteen days at sea.",
      "Edgar Toll wrote that the Mary Holt was the soundest boat he had ever commanded.",
    ].join(" ");
    const r = generateFromEssay({ title: "Test essay", text });
    for (const i of r.items) if (/^Who\b/.test(i.prompt)) expect(i.answer).not.toMatch(/Mary Holt/);
    const s = "On 4 June the Mary Holt reached the harbour of Quessa.";
    const toks = analyze(s).tokens;
    const ts = toks.findIndex((t) => t.text === "Mary");
    const names = {
      singles: new Set<string>(),
      personTokens: new Set<string>(),
      personLike: new Set<string>(),
    };
    expect(classifyName("Mary Holt", toks, ts, ts + 1, names).kind).not.toBe("person");
    const p = "On 4 June Mary Holt reached the harbour of Quessa.";
    const ptoks = analyze(p).tokens;
    const ps = ptoks.findIndex((t) => t.text === "Mary");
    expect(classifyName("Mary Holt", ptoks, ps, ps + 1, names).kind).toBe("person");
  });

  it("rule 4: at most one published item per claim", () => {
    const text = [
      "In 1931 the engineer Edgar Toll designed the new harbour wall for the port of Velmora.",
      "The wall cost about 40,000 pounds and took three years to build from local granite.",
      "In 1952 a storm breached the wall, and the city council of Velmora spent 12,000 pounds on repairs.",
      "The historian Ada Brisk argued that the wall saved the fishing fleet of Velmora from ruin.",
    ].join(" ");
    const r = generateFromEssay({ title: "Test essay", text });
    const pub = r.items.filter((i) => i.status === "published");
    expect(new Set(pub.map((i) => i.claimKey)).size).toBe(pub.length);
  });
});
