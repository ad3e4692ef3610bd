import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG } from "./config";
import { describe, expect, it } from "vitest";
import { generateFromEssay, GENERATOR_VERSION, splitParagraphs } from "./index";
import { ITEM_TYPES } from "./types";
import { withoutLeadIn } from "./lead-in";

const fixture = (name: string) => readFileSync(join(__dirname, "__fixtures__", name), "utf8");
const boilerplate = fixture("boilerplate-essay.txt");
const numbers = fixture("numbers-essay.txt");
const opinion = fixture("opinion-essay.txt");
const run = (text: string) => generateFromEssay({ title: "t", text });

describe("publisher blurbs", () => {
  it("drops an 'About <Publisher>' heading and the blurb under it, however it is worded", () => {
    const text = [
      "The river authority opened its new flood barrier in March, after six years of work on the northern bank.",
      "Engineers say the barrier can hold back a surge two metres higher than the worst flood on record.",
      "About The Riverside Courier",
      "The Riverside Courier is an independent news publication covering the valley's towns. It relies on subscriptions and donations.",
      "The barrier cost less than the damage from the last great flood, according to the authority's own figures.",
    ].join("\n\n");
    const r = run(text);
    const byText = (needle: string) => r.paragraphs.find((p) => p.text.includes(needle))!;
    expect(byText("About The Riverside Courier").boilerplate).toBe(true);
    expect(byText("independent news publication").boilerplate).toBe(true);
    expect(byText("flood barrier in March").boilerplate).toBe(false);
    expect(r.claims.some((c) => /Courier|subscriptions/.test(c.text))).toBe(false);
  });
});

describe("links in a .txt page", () => {
  it("never blanks a year, a number or a word of a link's address", () => {
    const text = [
      "Surveys of the old canal began in the spring, when the water was low and the locks stood open.",
      "Engineers found that [most of the lock gates had rotted at the waterline](/news/canal-blog/2017/lock-gates-survey), not at the hinges.",
      "A later survey showed that [the towpath had sunk by nearly a metre](https://example.org/2019/towpath/1845) along the northern bank.",
      "The canal company spent 40,000 pounds on new gates in 1921, and the barges returned within a year.",
    ].join("\n\n");
    const r = run(text);
    const asked = r.items.filter((i) => i.type === "cloze" || i.type === "mcq");
    expect(asked.length).toBeGreaterThan(0);
    for (const i of asked) expect(i.prompt).toContain("_____");
    expect(r.items.some((i) => /^(?:2017|2019|1845)$/.test(i.answer))).toBe(false);
  });
});

describe("cleaning scraped essays", () => {
  const r = run(boilerplate);
  const flagged = (needle: string) =>
    r.paragraphs.find((p) => p.text.includes(needle))!.boilerplate;

  it("keeps every paragraph, in order, and flags web furniture", () => {
    expect(r.paragraphs.map((p) => p.text)).toEqual(
      splitParagraphs(boilerplate).map((p) => p.text),
    );
    expect(r.paragraphs.map((p) => p.index)).toEqual(r.paragraphs.map((_, i) => i));
    for (const s of [
      "Home ›",
      "By Tamsin",
      "Photo:",
      "Sign up for our newsletter",
      "Read More",
      "independent online magazine",
      "Share this article",
    ])
      expect(flagged(s), s).toBe(true);
    for (const s of [
      "kelp forests of the Calder",
      "Warmer water",
      "recovery plan",
      "Juvenile cod",
      "Restoration has worked",
    ])
      expect(flagged(s), s).toBe(false);
  });

  it("never quizzes boilerplate", () => {
    const bpText = r.paragraphs
      .filter((p) => p.boilerplate)
      .map((p) => p.text)
      .join("\n");
    for (const c of r.claims) expect(bpText.includes(c.text)).toBe(false);
    for (const i of r.items) expect(i.prompt).not.toMatch(/newsletter|inbox|Tidewatch|@|www\./i);
  });
});

describe("claims", () => {
  it("are verbatim sentences of non-boilerplate paragraphs, with valid positions", () => {
    for (const text of [boilerplate, numbers, opinion]) {
      const r = run(text);
      expect(r.claims.length).toBeGreaterThan(5);
      for (const c of r.claims) {
        expect(text.includes(c.text)).toBe(true);
        const p = r.paragraphs[c.paragraph]!;
        expect(p.boilerplate).toBe(false);
        expect(p.sentences[c.sentence]).toBe(c.text);
        expect(c.text.trim().endsWith("?")).toBe(false);
      }
    }
  });

  it("skips questions and sentences too short to assert anything", () => {
    const r = run(
      "Why do cities build bridges at all? Bridges matter. The Orvel Bridge carried 9,000 cars a day across the estuary in 1990.",
    );
    expect(r.claims.map((c) => c.text)).toEqual([
      "The Orvel Bridge carried 9,000 cars a day across the estuary in 1990.",
    ]);
  });
});

describe("items on an essay with numbers, dates and money", () => {
  const r = run(numbers);
  it("makes every item type and publishes some of them", () => {
    for (const t of ITEM_TYPES)
      expect(
        r.items.some((i) => i.type === t),
        t,
      ).toBe(true);
    const pub = r.items.filter((i) => i.status === "published");
    expect(pub.length).toBeGreaterThan(3);
    expect(pub.length).toBeLessThan(r.items.length);
    expect(r.generatorVersion).toBe(GENERATOR_VERSION);
  });

  it("gives numeric MCQs distractors of the same unit and scale that the essay never states", () => {
    const money = r.items.filter((i) => i.type === "mcq" && /^\$\d/.test(i.answer));
    expect(money.length).toBeGreaterThan(0);
    for (const m of money) {
      for (const o of m.choices!) {
        expect(o).toMatch(/^\$[\d.,]+( million)?$/);
        expect(/million/.test(o)).toBe(/million/.test(m.answer));
        if (o !== m.answer) expect(numbers.includes(o)).toBe(false);
      }
    }
    const years = r.items.filter((i) => i.type === "mcq" && /^\d{4}$/.test(i.answer));
    for (const y of years) for (const o of y.choices!) expect(Number(o)).toBeLessThanOrEqual(2031);
  });

  it("blanks a count without its things, and a measure with its unit", () => {
    const essay = [
      "Forts of the Tarn ridge",
      "There are 14 hill forts on the Tarn ridge, built of turf and stone. " +
        "The highest fort stands about 40 kilometres north of the lake. " +
        "Herders graze 2,300 goats on the lower slopes each summer.",
    ].join("\n\n");
    const items = generateFromEssay({ title: "Tarn", text: essay }).items;
    const blanks = items.filter((i) => i.type === "cloze" || i.type === "mcq");
    const counted = blanks.filter((i) => /_____ (?:hill forts|goats)/.test(i.prompt));
    expect(counted.length).toBeGreaterThan(0);
    for (const c of counted) expect(c.answer).toMatch(/^[\d,]+$/);
    expect(blanks.some((i) => /hill forts$|goats$/.test(i.answer))).toBe(false);
    const measured = blanks.find((i) => /kilometres/.test(i.answer));
    if (measured) expect(measured.prompt).not.toMatch(/_____ kilometres/);
  });

  it("writes false statements by changing one fact, never by inserting 'not'", () => {
    const falses = r.items.filter((i) => i.type === "true_false" && i.answer === "False");
    expect(falses.length).toBeGreaterThan(0);
    for (const f of falses) {
      // A lead-in quotes the sentence before; the statement is what follows it.
      const prompt = withoutLeadIn(f.prompt);
      expect(prompt.startsWith("According to the essay, ")).toBe(true);
      expect(prompt).not.toMatch(/\bnot\b/);
      const body = prompt.slice("According to the essay, ".length);
      // Exactly one span differs from the source sentence.
      const a = body.toLowerCase().split(/\s+/);
      const b = f.source.sentence.toLowerCase().split(/\s+/);
      expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(2);
      expect(a.filter((w, i) => w !== b[i]).length).toBeGreaterThan(0);
    }
  });

  it("balances published true and false statements (a short deck a little more loosely)", () => {
    const D = CONFIG.deck;
    for (const text of [numbers, boilerplate, opinion]) {
      const tf = run(text).items.filter((i) => i.type === "true_false" && i.status === "published");
      const t = tf.filter((i) => i.answer === "True").length;
      const f = tf.length - t;
      expect(f).toBeLessThanOrEqual(t + 1);
      expect(t).toBeLessThanOrEqual(Math.floor(f * D.shortDeckTrueRatio) + D.shortDeckTrueSurplus);
    }
  });

  it("asks WH flashcards with the WH word the answer's type calls for", () => {
    const cards = r.items.filter((i) => i.type === "flashcard" || i.type === "short_answer");
    for (const c of cards) {
      if (/^Who\b/.test(c.prompt)) expect(c.answer).toMatch(/^\p{Lu}/u);
      if (/^(?:In what year|Since what year)\b/.test(c.prompt)) expect(c.answer).toMatch(/^\d{4}$/);
      if (/How much/.test(c.prompt)) expect(c.answer).toMatch(/\$/);
    }
    expect(cards.some((c) => c.prompt.endsWith("?"))).toBe(true);
  });
});

describe("item-writing flaws", () => {
  it("asks a pronoun stem only after the sentence it leans on, and drops it without one", () => {
    const r = run(
      "The Kessel Dam holds back the Amber River above the town of Wexley. It produces 300 megawatts for the region every winter. They built a second turbine hall in 1979 to meet demand from the valley.",
    );
    for (const i of r.items) {
      const stem = i.prompt.replace(/^According to the essay, /, "");
      if (
        /^(?:It|They|it|they)\b/.test(withoutLeadIn(stem).replace(/^According to the essay, /, ""))
      )
        expect(i.prompt).toMatch(/^Context: “The Kessel Dam/);
    }
    // With no sentence before it, a pronoun stem has nothing to lean on.
    const alone = run("It produces 300 megawatts for the region every winter in the Amber valley.");
    for (const i of alone.items) expect(i.prompt).not.toMatch(/^(?:It|Context)\b/);
    const vague = Object.values(alone.audit.removed).reduce((n, m) => n + (m.vague_stem ?? 0), 0);
    expect(vague).toBeGreaterThan(0);
  });

  it("keeps citation markers out of prompts but in the source sentence", () => {
    const text =
      "The Halvard Canal was finished in 1843 after nine years of digging by hand.[4] Barges on the canal carried 2,000 tonnes of coal each week to the Carrow mills.";
    const r = run(text);
    expect(r.items.length).toBeGreaterThan(0);
    for (const i of r.items) expect(i.prompt).not.toMatch(/\[\d+\]/);
    expect(r.items.some((i) => i.source.sentence.includes("[4]"))).toBe(true);
  });

  it("never puts absolute words in a true/false statement", () => {
    for (const text of [numbers, opinion, boilerplate])
      for (const i of run(text).items.filter((x) => x.type === "true_false"))
        expect(withoutLeadIn(i.prompt)).not.toMatch(/\b(?:always|never|only|all|none|every)\b/i);
  });

  it("gives MCQ options with no a/an giveaway and no near-duplicates", () => {
    for (const text of [numbers, opinion, boilerplate])
      for (const i of run(text).items.filter((x) => x.type === "mcq")) {
        const art = i.prompt.match(/\b(a|an) _____/i);
        if (art)
          for (const o of i.choices!)
            expect(/^[aeiou]/i.test(o)).toBe(art[1]!.toLowerCase() === "an");
        expect(new Set(i.choices!.map((o) => o.toLowerCase())).size).toBe(4);
      }
  });

  it("does not always put the MCQ answer in the same position", () => {
    const all = [numbers, opinion, boilerplate].flatMap((t) =>
      run(t).items.filter((x) => x.type === "mcq"),
    );
    const positions = new Set(all.map((i) => i.choices!.indexOf(i.answer)));
    expect(positions.size).toBeGreaterThan(1);
  });
});

describe("plain opinion prose", () => {
  it("still yields honest items without inventing names or numbers", () => {
    const r = run(opinion);
    expect(r.items.filter((i) => i.status === "published").length).toBeGreaterThan(0);
    for (const i of r.items) {
      if (i.type === "cloze" || i.type === "short_answer")
        expect(i.source.sentence.toLowerCase()).toContain(i.answer.toLowerCase());
    }
  });
});

describe("stable ids", () => {
  it("keeps item and claim keys when unrelated paragraphs are added", () => {
    const a = run(numbers);
    const b = run(
      `${numbers}\n\nA second ferry line opened across the Orlen River in 2024 to serve the new harbour district.`,
    );
    const keysB = new Set(b.items.map((i) => i.key));
    const claimKeysB = new Set(b.claims.map((c) => c.key));
    for (const c of a.claims) expect(claimKeysB.has(c.key)).toBe(true);
    const kept = a.items.filter((i) => keysB.has(i.key)).length;
    expect(kept / a.items.length).toBeGreaterThan(0.8);
  });

  it("has unique item keys", () => {
    for (const text of [numbers, opinion, boilerplate]) {
      const keys = run(text).items.map((i) => i.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe("a date at the head of a sentence", () => {
  it("is blanked without the preposition before it", () => {
    const r = run(
      [
        "By October 23, ten months after the reforms began, the valley council adopted a new charter for the river towns.",
        "The charter gave every town along the river a seat on the council and a share of the toll money.",
      ].join("\n\n"),
    );
    const dates = r.items.filter((i) => i.answer.includes("October"));
    expect(dates.length).toBeGreaterThan(0);
    for (const i of dates) expect(i.answer).toBe("October 23");
  });
});
