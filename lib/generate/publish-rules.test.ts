import { describe, expect, it } from "vitest";
import { findFlaw } from "./check-flaws";
import { cleanParagraphs } from "./clean-text";
import { extractClaims, findReportedViews, type Claim } from "./extract-claims";
import { generateFromEssay, choosePublished } from "./index";
import { nameSex, numericAlternatives, type EssayPool } from "./make-distractors";
import { authorArgues, inApposition, yearIsBracketed, type Candidate } from "./make-items";
import type { Span } from "./find-spans";

// Every sentence here is written for these tests: no essay from content/, the seeds or an audit.
function claimsOf(text: string, title = ""): Claim[] {
  return extractClaims(cleanParagraphs(text.split(/\n\n/)), title).claims;
}
function claimOf(text: string, sentence: string, title = ""): Claim {
  const c = claimsOf(text, title).find((x) => x.text === sentence);
  if (!c) throw new Error(`no claim for: ${sentence}`);
  return c;
}
function spanOf(claim: Claim, text: string): Span {
  const s = claim.spans.find((x) => x.text === text);
  if (!s) throw new Error(`no span "${text}" in: ${claim.spans.map((x) => x.text).join(" | ")}`);
  return s;
}
const emptyPool = (essay = ""): EssayPool => ({
  spans: [],
  sentences: [],
  sentenceWords: [],
  essay,
  maxYear: 2030,
});
const numberSpan = (text: string, extra: Partial<Span> = {}): Span => ({
  text,
  start: 0,
  end: text.length,
  tokenStart: 0,
  tokenEnd: 0,
  kind: "quantity",
  ...extra,
});

describe("publisher blurbs", () => {
  it("flags an 'About us' paragraph and a self-description beside a footer", () => {
    const paras = cleanParagraphs([
      "The ferry across the Vell estuary carried 40 cars an hour when it opened in 1961.",
      "About us: The Harbour Ledger is a small publisher of regional history, founded in 2004. Our writers cover ports and rivers.",
      "Our reporters cover coastal towns from the north shore to the south cape every week. We publish long reads about industry.",
      "© 2023 The Harbour Ledger. Contact us",
    ]);
    expect(paras.map((p) => p.boilerplate)).toEqual([false, true, true, true]);
  });
});

describe("stance in opinion essays", () => {
  const essay = [
    "The common argument against free buses is that they cost too much. Fares pay for new routes, the thinking goes, and riders value what they pay for. Councils should therefore keep charging every passenger. This argument ignores how many trips a free bus creates.",
    "Critics will say that free buses fill up with idle riders. Some argue that cyclists will abandon their bikes. In fact, cycling rose on every free route the county measured in its first survey.",
    "I think the county council should scrap bus fares for pupils by next spring. I think this was a mistake, and I think it is time to fix it.",
  ].join("\n\n");

  it("finds reported views and the sentences that carry them on", () => {
    const paras = essay.split("\n\n").map((p) => ({
      sentences: cleanParagraphs([p])[0]!.sentences,
    }));
    const r = findReportedViews(paras);
    expect([...r].sort()).toEqual(["0:0", "0:1", "0:2", "1:0", "1:1"]);
  });

  it("never states a reported view as the essay's claim", () => {
    const r = generateFromEssay({ title: "Free buses", text: essay });
    const sources = new Set(r.items.map((i) => i.source.sentence));
    expect(sources.has("Councils should therefore keep charging every passenger.")).toBe(false);
    expect(
      r.items.some((i) => /thinking goes|Critics will say|Some argue/.test(i.source.sentence)),
    ).toBe(false);
    // The author's own view may be a true statement, in the author's name and grammatical.
    const tf = r.items.filter((i) => i.type === "true_false");
    expect(tf.some((i) => /According to the essay, I\b/.test(i.prompt))).toBe(false);
  });

  it("turns 'I think X' into 'The author argues that X' only when X stands alone", () => {
    expect(authorArgues("I think the county council should scrap bus fares for pupils.")).toBe(
      "The author argues that the county council should scrap bus fares for pupils.",
    );
    expect(authorArgues("I think this was a mistake, and I think it is time to fix it.")).toBe(
      null,
    );
    expect(authorArgues("I would argue that my town needs a tram.")).toBe(null);
  });

  it("keeps the opening that says which case the author's claim is about", () => {
    expect(
      authorArgues(
        "As to floods that come from the hills, it seems plain to me that one large dam protects the valley better than many small weirs.",
      ),
    ).toBe(
      "The author argues that, as to floods that come from the hills, one large dam protects the valley better than many small weirs.",
    );
    expect(
      authorArgues("I am fully persuaded that a single ferry company would keep better time."),
    ).toBe("The author argues that a single ferry company would keep better time.");
  });
});

describe("context a learner cannot see", () => {
  it("marks an object pronoun with no referent", () => {
    const c = claimOf(
      "Several divers died of it, and in 1904 the harbour master closed the dock for a year.",
      "Several divers died of it, and in 1904 the harbour master closed the dock for a year.",
    );
    expect(c.needsContext).toBe("pronoun");
  });

  it("marks relative time anchors", () => {
    for (const s of [
      "Six days later, on June 2, 1911, a storm flooded the new pumping station at Orwick.",
      "The next year the Orwick council voted to rebuild the pumping station in stone.",
      "Three weeks have passed and the Orwick council still has not published the survey.",
    ])
      expect(claimOf(s, s).needsContext).toBe("relative_time");
  });

  it("reads 'a week earlier than planned' as a comparison, not a time anchor", () => {
    const s = "The Orwick ferry returned a week earlier than planned owing to ice on the river.";
    expect(claimOf(s, s).needsContext).toBe(null);
  });

  it("reads existential 'There are' and a relative 'that' as no pointer", () => {
    const s1 = "There are three stone mills along the lower river at Orwick.";
    expect(claimOf(s1, s1).pronounStart).toBe(false);
    const s2 = "The old copy of the Orwick charter that was sent to the king is lost.";
    expect(claimOf(s2, s2).pronounStart).toBe(false);
    const s3 = "There he met the Orwick ferryman for the first time.";
    expect(claimOf(s3, s3).pronounStart).toBe(true);
  });

  it("lets 'their' point at 'people' in the same sentence", () => {
    const s = "Over time, some people in Orwick will need two boats to reach their fields.";
    expect(claimOf(s, s).needsContext).toBe(null);
  });

  it("marks a 'the + noun' subject that points back, but not one the title names", () => {
    const s1 = "The structure was declared a protected monument in 1972 by the Orwick council.";
    expect(claimOf(s1, s1).needsContext).toBe("definite_subject");
    const s2 = "The two towns agreed in 1850 to share the cost of a new stone crossing.";
    expect(claimOf(s2, s2).needsContext).toBe("definite_subject");
    const s3 = "The lighthouse was painted red and white in 1931 by the Orwick harbour board.";
    expect(claimOf(s3, s3, "The Orwick Lighthouse").needsContext).toBe(null);
  });

  it("marks a demonstrative pointer, not a 'that' clause", () => {
    const s1 = "Confidence gained this way tends to carry over into other lessons at the school.";
    expect(claimOf(s1, s1).needsContext).toBe("demonstrative");
    const s2 = "The Orwick survey reports that summer floods have doubled along the lower river.";
    expect(claimOf(s2, s2).needsContext).toBe(null);
    const s3 = "The Orwick survey counted more than forty species that nest along the lower river.";
    expect(claimOf(s3, s3).needsContext).toBe(null);
  });

  it("publishes a sentence that needs context only after the sentence it leans on", () => {
    const text = [
      "The Orwick pumping station opened in 1902 and drained 40 square miles of marsh for the farms of the valley.",
      "Six days later, on June 2, 1902, a storm flooded the new pumping station and stopped both of its engines.",
      "Several engineers fell ill with it, and the chief engineer Mara Tolland ordered new pumps from Leeds.",
    ].join("\n\n");
    const r = generateFromEssay({ title: "Draining the valley", text });
    const pub = r.items.filter((i) => i.status === "published");
    const leaning = pub.filter((i) => /Six days later|ill with it/.test(i.source.sentence));
    for (const i of leaning) expect(i.prompt).toMatch(/^Context: “/);
    // Without the sentence before, nothing leaning is published.
    const alone = generateFromEssay({ title: "Draining the valley", text: text.split("\n\n")[1]! });
    expect(alone.items.filter((i) => i.status === "published")).toEqual([]);
  });
});

describe("guessable blanks", () => {
  it("marks both halves of 'Town, Region' and reads the town as a place", () => {
    const s =
      "Jonas Ferreira built his first mill in Trenholt, Nebraska, with money from his uncle.";
    const c = claimOf(s, s);
    const town = spanOf(c, "Trenholt");
    expect(town.kind).toBe("place");
    expect(town.fixedPair).toBe(true);
    expect(spanOf(c, "Nebraska").fixedPair).toBe(true);
  });

  it("marks a noun glued to the word before it ('Head ___')", () => {
    const s = "Head teachers would need new budgets to open workshops in every county school.";
    const c = claimOf(s, s);
    expect(c.spans.find((x) => x.text === "teachers")?.fixedPair ?? true).toBe(true);
  });

  it("keeps a count after 'the' and a compound unit whole", () => {
    const s =
      "The plan linked the two villages with three timber footbridges over the Orrin stream.";
    const c = claimOf(s, s);
    expect(spanOf(c, "two villages").definite).toBe(true);
    expect(spanOf(c, "three timber footbridges").kind).toBe("quantity");
  });

  it("rejects an answer whose head word is already in the stem", () => {
    expect(
      findFlaw({
        type: "cloze",
        prompt:
          "The design used four main cables of steel wire, a metal never before used for _____.",
        answer: "a bridge cable",
        sentence: "x",
        spanKind: "np",
        pronounStart: false,
      }),
    ).toBe("answer_in_stem");
  });

  it("rejects a long key whose every word the lead-in shows", () => {
    const item = {
      type: "cloze" as const,
      prompt: "Her mother was the first _____ to be chosen by a vote of the whole town.",
      answer: "Grand Master of the Guild",
      sentence:
        "Her mother was the first Grand Master of the Guild to be chosen by a vote of the whole town.",
      spanKind: "name" as const,
      pronounStart: true,
      leadIn: "Context: “In the north, the guild, led by Grand Master Ana Vell, sets every price.”",
    };
    expect(findFlaw(item)).toBe("answer_in_stem");
    expect(findFlaw({ ...item, answer: "Grand Master of the Weavers" })).toBeNull();
  });

  it("publishes no single common noun from a plain essay", () => {
    const text = [
      "Our schools reward pupils who are quick with words and comfortable sitting still in rows.",
      "Generations of pupils used saws and drills under supervision in the old school workshops.",
      "Training colleges would need to prepare a new generation of teachers who can run a workshop.",
    ].join("\n\n");
    const r = generateFromEssay({ title: "Workshops", text });
    const pub = r.items.filter((i) => i.status === "published" && i.type !== "true_false");
    expect(pub.filter((i) => /^[a-z]+$/.test(i.answer))).toEqual([]);
  });
});

describe("number swaps", () => {
  it("offers no simple multiples of the key", () => {
    const alts = numericAlternatives(numberSpan("78 feet"), emptyPool(), "seed");
    const values = alts.map((a) => Number(a.split(" ")[0]));
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const v of values) for (const m of [39, 156, 234]) expect(v).not.toBe(m);
  });

  it("writes money without a trailing .0", () => {
    const alts = numericAlternatives(
      numberSpan("$20.5 million", { kind: "money" }),
      emptyPool(),
      "seed2",
    );
    expect(alts.length).toBeGreaterThan(0);
    for (const a of alts) expect(a).not.toMatch(/\.0\b/);
  });

  it("keeps a changed year in order with the other years of the sentence", () => {
    const body = "The piers were finished in 1821 and the deck was opened in 1829.";
    const start = body.indexOf("1829");
    const span: Span = { ...numberSpan("1829", { kind: "year" }), start, end: start + 4 };
    for (const a of numericAlternatives(span, emptyPool(), "s", body))
      expect(Number(a)).toBeGreaterThan(1821);
    const tight = "The piers were finished in 1821 and 1822, and opened in 1824.";
    const at = tight.indexOf("1822");
    expect(yearIsBracketed(tight, { ...span, text: "1822", start: at, end: at + 4 })).toBe(true);
  });

  it("keeps a changed year after a year the sentence before names (no decree before the coup it followed)", () => {
    const body = "Issued in 1954, the decree closed every newspaper.";
    const start = body.indexOf("1954");
    const span: Span = { ...numberSpan("1954", { kind: "year" }), start, end: start + 4 };
    const alts = numericAlternatives(span, emptyPool(), "s", body, [1952]);
    expect(alts.length).toBeGreaterThan(0);
    for (const a of alts) expect(Number(a)).toBeGreaterThan(1952);
  });

  it("moves a range end or a hedged value clearly", () => {
    const s =
      "A study of Orwick found that floods had risen by about 10 percent between 1950 and 2000.";
    const c = claimOf(s, s);
    const y = spanOf(c, "1950");
    expect(y.range).toBe(true);
    for (const a of numericAlternatives(y, emptyPool(), "r", c.body))
      expect(Math.abs(Number(a) - 1950)).toBeGreaterThanOrEqual(5);
    const t = "Summer nights in Orwick are about 1 to 7 degrees warmer than nights in the hills.";
    const c2 = claimOf(t, t);
    const seven = c2.spans.find((x) => x.text.startsWith("7"));
    expect(seven?.hedge).toBe("approx");
    for (const a of numericAlternatives(seven!, emptyPool(), "q", c2.body))
      expect(Math.abs(Number(a.split(" ")[0]) - 7) / 7).toBeGreaterThanOrEqual(0.25);
  });
});

describe("entity types in swaps", () => {
  it("swaps no person named in apposition", () => {
    const s = "His wife, Clara Venn, became the link between the engineer and his crews.";
    const start = s.indexOf("Clara Venn");
    expect(inApposition(s, { ...numberSpan("Clara Venn"), start, end: start + 10 })).toBe(true);
    const t = "Clara Venn, a trained surveyor, checked every measurement on the site.";
    expect(inApposition(t, { ...numberSpan("Clara Venn"), start: 0, end: 10 })).toBe(true);
  });
});

describe("person swaps", () => {
  it("knows a first name's sex when the lexicon does, so a swap keeps it", () => {
    expect(nameSex("Sarah Quill")).toBe("F");
    expect(nameSex("Donald Quill")).toBe("M");
    expect(nameSex("Quill")).toBe(null);
  });

  it("offers no name whose surname the stem already holds", () => {
    const text = [
      "In 1802 Tobias Wren hired a glazier named Ada Mortlake to fit the windows of the Orwick chapel.",
      "Tobias Wren later sold the chapel to Ellen Sarto, who turned it into a school in 1811.",
      "Ellen Sarto and Marta Bellwood ran the school together until Marta Bellwood moved to Leeds in 1820.",
      "Ada Mortlake trained two apprentices, Rosa Fenwick and Clara Dunmore, in the Orwick workshop.",
    ].join("\n\n");
    const r = generateFromEssay({ title: "The Orwick chapel", text });
    for (const i of r.items.filter((x) => x.type === "mcq")) {
      const stem = i.prompt.replace("_____", " ");
      for (const o of i.choices!.filter((x) => x !== i.answer))
        for (const w of o.split(/\s+/).filter((x) => /^[A-Z][a-z]{3,}/.test(x)))
          expect(stem.includes(w)).toBe(false);
    }
  });
});

describe("choosing what to publish", () => {
  const claim = (k: string) => ({ key: k, needsContext: null }) as unknown as Claim;
  const cand = (k: string, claimKey: string, q: number, kind: Span["kind"], type = "cloze") =>
    ({
      key: k,
      type,
      // A flashcard asks a question; a blank on a card's front keeps it a draft (deck.ts).
      prompt: type === "flashcard" ? `Who is ${k}?` : `${k} _____.`,
      answer: k,
      explanation: "",
      claim: claim(claimKey),
      span: { ...numberSpan(k), kind, start: k.length },
      quality: q,
    }) as unknown as Candidate;

  it("gives each claim one item before any claim gets a second", () => {
    const cs = [
      cand("a1", "A", 0.95, "name"),
      cand("a2", "A", 0.94, "name", "flashcard"),
      cand("b1", "B", 0.6, "name"),
      cand("c1", "C", 0.55, "place"),
      // Below the quality floor: never published, but they set the deck's share.
      ...[1, 2, 3, 4, 5, 6].map((i) => cand(`z${i}`, `Z${i}`, 0.1, "person")),
    ];
    const pub = choosePublished(cs, 100);
    // A deck of three: the weaker claims come before A's second item (which of A's two items
    // is asked may change so that the deck has more than one item type).
    expect(pub.size).toBe(3);
    expect(pub.has("b1") && pub.has("c1")).toBe(true);
    expect(pub.has("a1") !== pub.has("a2")).toBe(true);
  });

  it("gives a full deck of flashcards a cloze in place of its weakest flashcard", () => {
    // Twelve strong flashcards fill a deck of twelve; one weaker cloze on a sentence of its own.
    const scored = (c: Candidate) => ({ ...c, claim: { ...c.claim, score: 0 } }) as Candidate;
    const cs = [
      ...Array.from({ length: 14 }, (_, i) =>
        cand(`f${i}`, `F${i}`, 0.9 - i * 0.01, "name", "flashcard"),
      ),
      cand("c1", "C", 0.6, "place"),
    ].map(scored);
    const pub = choosePublished(cs, 100);
    expect(pub.size).toBe(12);
    expect(pub.has("c1")).toBe(true);
    // The flashcard that gave way is the lowest-ranked one the deck had taken.
    expect(pub.has("f0") && !pub.has("f11")).toBe(true);
  });

  it("keeps dates and numbers to about a third", () => {
    const cs: Candidate[] = [];
    for (let i = 0; i < 30; i++) cs.push(cand(`n${i}`, `N${i}`, 0.9, "year"));
    for (let i = 0; i < 30; i++) cs.push(cand(`p${i}`, `P${i}`, 0.7, "name"));
    const pub = [...choosePublished(cs, 800)];
    const numeric = pub.filter((k) => k.startsWith("n")).length;
    expect(pub.length).toBeGreaterThanOrEqual(12);
    expect(numeric).toBeLessThanOrEqual(Math.ceil(pub.length / 3));
  });
});
