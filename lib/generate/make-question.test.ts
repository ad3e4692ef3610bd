import { describe, expect, it } from "vitest";
import { cleanParagraphs } from "./clean-text";
import { extractClaims, type Claim } from "./extract-claims";
import { findFlaw } from "./check-flaws";
import { generateFromEssay } from "./index";
import { buildWhQuestion, thirdPerson } from "./make-question";

// Every sentence here is written for these tests: no essay from content/ or the seeds.
function claimsOf(text: string): Claim[] {
  return extractClaims(cleanParagraphs(text.split(/\n\n/))).claims;
}

function ask(sentence: string, answer: string, context = "") {
  const claims = claimsOf(context ? `${context} ${sentence}` : sentence);
  const claim = claims.find((c) => c.text === sentence);
  if (!claim) throw new Error(`no claim for: ${sentence}`);
  const span = claim.spans.find((s) => s.text === answer);
  if (!span)
    throw new Error(`no span "${answer}" in: ${claim.spans.map((s) => s.text).join(" | ")}`);
  return buildWhQuestion(claim, span, new Set());
}

describe("WH-questions", () => {
  it("asks who for a person in subject position", () => {
    expect(
      ask("Marta Okonjo designed the new harbour wall for the town of Pell.", "Marta Okonjo"),
    ).toEqual({
      prompt: "Who designed the new harbour wall for the town of Pell?",
      answer: "Marta Okonjo",
      form: "subject",
    });
  });

  it("inverts a passive for a year", () => {
    expect(
      ask(
        "The Tolver Lighthouse was rebuilt in 1998 after a storm destroyed the old tower.",
        "1998",
      )?.prompt,
    ).toBe("In what year was the Tolver Lighthouse rebuilt after a storm destroyed the old tower?");
  });

  it("leaves no citation marker or full stop before the question mark", () => {
    expect(
      ask("In 2016 the Tolver Lighthouse was placed on the county register.[12]", "2016")?.prompt,
    ).toBe("In what year was the Tolver Lighthouse placed on the county register?");
  });

  it("uses do-support with the verb's base form for a past-tense year question", () => {
    expect(
      ask("The county council approved the ferry scheme in 1874 after a long campaign.", "1874")
        ?.prompt,
    ).toBe("In what year did the county council approve the ferry scheme after a long campaign?");
  });

  it("turns a fronted year phrase into the question word", () => {
    expect(
      ask(
        "In 1952 a group of farmers founded the Drell Valley Cooperative to sell their milk.",
        "1952",
      )?.prompt,
    ).toBe(
      "In what year did a group of farmers found the Drell Valley Cooperative to sell their milk?",
    );
  });

  it("asks how much for money and keeps a fronted time phrase at the end", () => {
    expect(
      ask(
        "Last year the Orland Museum spent $12 million on a new wing for its textiles.",
        "$12 million",
      )?.prompt,
    ).toBe("How much did the Orland Museum spend on a new wing for its textiles last year?");
  });

  it("asks by what percentage for a change", () => {
    const q = ask(
      "Visitor numbers at the Orland Museum grew by 18 percent in the first year of the new wing.",
      "18 percent",
    );
    expect(q?.prompt).toBe(
      "By what percentage did visitor numbers at the Orland Museum grow in the first year of the new wing?",
    );
    expect(q?.answer).toBe("18 percent");
  });

  it("asks how many with the unit and its of-phrase, keeping a hedge in the answer", () => {
    const q = ask(
      "The Kessel quarry shipped about 400,000 tons of granite to the coast in its best year.",
      "about 400,000 tons",
    );
    expect(q?.prompt).toBe(
      "How many tons of granite did the Kessel quarry ship to the coast in its best year?",
    );
    expect(q?.answer).toBe("about 400,000 tons");
  });

  it("moves a fronted when-clause to the end", () => {
    expect(
      ask(
        "When the city of Arno opened its tram line in 2016, car traffic fell by 12 percent in the centre.",
        "12 percent",
      )?.prompt,
    ).toBe(
      "By what percentage did car traffic fall in the centre when the city of Arno opened its tram line in 2016?",
    );
  });

  it("drops a second clause or an aside after the answer", () => {
    expect(
      ask("The Merrow Railway opened in 1851 and carried wool to the port within a day.", "1851")
        ?.prompt,
    ).toBe("In what year did the Merrow Railway open?");
  });

  it("declines shapes it cannot turn into good grammar", () => {
    // A second clause with its own finite verbs cannot share the WH word.
    expect(
      ask(
        "Mayor Tess Arvo has been a letdown and every month that goes by is a larger worry.",
        "Tess Arvo",
      ),
    ).toBeNull();
    // A reduced relative ("dug for…") read as the main verb would make nonsense.
    expect(
      ask("A harbour dug for fishing boats now earns its keep from yachts.", "A harbour"),
    ).toBeNull();
    // The answer is not straight after the verb: "Who did X hire the engineer…" is wrong.
    expect(
      ask("The board hired the engineer Ines Marlow to survey the northern route.", "Ines Marlow"),
    ).toBeNull();
    // A list after a comma: cutting there would change the fact.
    expect(ask("The fund paid for schools in 1990, Vell, Tarn and Oss.", "1990")).toBeNull();
  });

  it("never asks who for a thing", () => {
    const q = ask(
      "The Tolver Lighthouse guided ships past the Grey Reef for more than a century.",
      "Tolver Lighthouse",
    );
    expect(q?.prompt ?? "").not.toMatch(/^Who\b/);
  });

  it("makes the verb agree with a singular WH word", () => {
    expect(thirdPerson("carry")).toBe("carries");
    expect(thirdPerson("reach")).toBe("reaches");
    expect(thirdPerson("go")).toBe("goes");
    expect(thirdPerson("grow")).toBe("grows");
  });
});

describe("pronouns that point outside the sentence", () => {
  it("borrows the one person named in the sentence before", () => {
    const claims = claimsOf(
      "Tessa Lind founded the Arvo Press in Leeds in 1921. She printed cheap editions of poetry for factory workers.",
    );
    const c = claims.find((x) => x.text.startsWith("She"))!;
    expect(c.body).toBe("Tessa Lind printed cheap editions of poetry for factory workers.");
    expect(c.pronounStart).toBe(false);
    // The borrowed name is not this sentence's fact, so it is never the answer.
    expect(c.spans.some((s) => s.text === "Tessa Lind")).toBe(false);
    const r = generateFromEssay({
      title: "t",
      text: "Tessa Lind founded the Arvo Press in Leeds in 1921. She printed cheap editions of poetry for factory workers.",
    });
    const tf = r.items.find((i) => i.type === "true_false" && i.source.sentence.startsWith("She"));
    expect(tf?.prompt).toBe(
      "According to the essay, Tessa Lind printed cheap editions of poetry for factory workers.",
    );
    expect(tf?.explanation).toContain("Tessa Lind founded");
  });

  it("stays vague when two people could be meant", () => {
    const claims = claimsOf(
      "Tessa Lind and Omar Haddad founded the Arvo Press in Leeds in 1921. She printed cheap editions of poetry for factory workers.",
    );
    const c = claims.find((x) => x.text.startsWith("She"))!;
    expect(c.pronounStart).toBe(true);
    expect(c.body).toBe(c.text);
  });

  it("borrows no name the sentence before does not have as its subject, nor one beside its own 'he'", () => {
    // The one named comes after the verb: "He" goes on about the subject, whom the tagger missed.
    const later = claimsOf(
      "After two more records, the singer released a solo album under the name Tessa Lind. She later toured with a band of her own.",
    ).find((x) => x.text.startsWith("She"))!;
    expect(later.body).toBe(later.text);
    // The sentence before already says "he" of someone else: Omar Haddad is not who is meant.
    const chain = claimsOf(
      "The printer was a clever man. He had won the favour of Omar Haddad by mending his press, which he used for years. He was the inventor of a folding type case.",
    ).find((x) => x.text.startsWith("He was"))!;
    expect(chain.body).toBe(chain.text);
    expect(chain.pronounStart).toBe(true);
  });

  it("keeps items with a dangling pronoun as drafts", () => {
    const r = generateFromEssay({
      title: "t",
      text: "The western dam was finished in 1961 after six years of work. By the end of the decade the budget of their new museum had doubled to $40 million.",
    });
    const withIts = r.items.filter((i) => /their new museum/.test(i.source.sentence));
    expect(withIts.length).toBeGreaterThan(0);
    for (const i of withIts) expect(i.status).toBe("draft");
  });
});

describe("keys worth asking", () => {
  const essay = [
    "The Varnia and Ostrel border treaty was signed in 1921 after a long war over the river trade.",
    "Varnia needed the river ports, while Ostrel wanted the northern mines for its steel mills.",
    "Ostrel signed a trade pact with Varnia in 1934 that cut tariffs on grain by 30 percent.",
    "Each new decade makes the treaty a larger problem for the two capitals.",
    "More than 3,000 engineers from Ostrel worked in the Varnia mines during the 1950s.",
    "Average river temperatures rose by 0.4 degrees in the decade after the new dams opened.",
    "Varnia built four new dams on the river between 1948 and 1957 to supply its growing cities.",
    "Ostrel protested each dam, but Varnia argued that the river trade had never been better.",
  ].join(" ");
  const r = generateFromEssay({ title: "Two neighbours on one river", text: essay });
  const pub = r.items.filter((i) => i.status === "published");

  it("never publishes a blank or typed answer for one of two main names", () => {
    for (const i of pub)
      if (i.type !== "mcq" && i.type !== "true_false")
        expect(["Varnia", "Ostrel"]).not.toContain(i.answer);
    // Nor a false statement made by swapping one main name for the other.
    for (const i of r.items.filter((x) => x.type === "true_false" && x.answer === "False"))
      expect(i.explanation).not.toMatch(/— (?:Varnia, not Ostrel|Ostrel, not Varnia)\./);
  });

  it("does not blank judging phrases", () => {
    for (const i of pub) expect(i.answer).not.toMatch(/larger problem/);
  });

  it("changes no number hedged by 'more than' and keeps small decimals at their scale", () => {
    for (const i of r.items) {
      if (i.source.sentence.startsWith("More than") && /3,000/.test(i.answer))
        expect(i.type === "mcq").toBe(false);
      if (i.type === "true_false" && i.answer === "False")
        expect(i.prompt).not.toMatch(/more than \d[\d,]* engineers/i);
    }
    const dec = r.items.filter((i) => i.type === "mcq" && i.answer === "0.4 degrees");
    for (const m of dec)
      for (const o of m.choices!) expect(Number(o.split(" ")[0])).toBeLessThan(2);
  });
});

describe("flaw checks", () => {
  it("rejects a blank that holds half a name", () => {
    const base = {
      type: "cloze" as const,
      sentence:
        "The Factory Act of 1901 banned night work in the mills of the valley and the coast.",
      spanKind: "name" as const,
      pronounStart: false,
    };
    expect(
      findFlaw({
        ...base,
        prompt: "The _____ Act of 1901 banned night work in the mills of the valley.",
        answer: "Factory",
      }),
    ).toBe("partial_name");
    expect(
      findFlaw({
        ...base,
        prompt: "Minister Hal _____ opened the new bridge over the estuary in May.",
        answer: "Brenner",
      }),
    ).toBe("partial_name");
    expect(
      findFlaw({
        ...base,
        prompt: "Mayor _____ opened the new bridge over the estuary in May.",
        answer: "Hal Brenner",
      }),
    ).toBeNull();
  });
});
