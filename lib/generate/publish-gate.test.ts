import { describe, expect, it } from "vitest";
import { cleanParagraphs } from "./clean-text";
import { extractClaims, type Claim } from "./extract-claims";
import type { Span } from "./find-spans";
import { findProperWords } from "./essay-facts";
import { definedTermSpans, frameStatement, type Candidate } from "./make-items";
import { analyze } from "./nlp";
import {
  buildGateContext,
  falseProblem,
  findDefinedTerms,
  gateCandidate,
  isPairMember,
  keyProblem,
  missingReferent,
  findTopicNouns,
  numberGoverned,
} from "./publish-gate";
import { generateFromEssay } from "./index";

// Sentences written for these tests; none comes from an essay.
function claimsOf(text: string): Claim[] {
  return extractClaims(cleanParagraphs([text])).claims;
}

/** A bare claim for one sentence, with the given spans located by text. */
function bareClaim(body: string, spans: { text: string; kind: Span["kind"] }[] = []): Claim {
  const analysis = analyze(body);
  const toks = analysis.tokens;
  const out: Span[] = spans.map(({ text, kind }) => {
    const start = body.indexOf(text);
    const end = start + text.length;
    const tokenStart = toks.findIndex((t) => t.start >= start);
    let tokenEnd = tokenStart;
    while (tokenEnd + 1 < toks.length && toks[tokenEnd + 1]!.end <= end) tokenEnd++;
    return { text, start, end, tokenStart, tokenEnd, kind };
  });
  return {
    key: "k",
    text: body,
    body,
    dangling: 0,
    paragraph: 0,
    sentence: 0,
    score: 1,
    analysis,
    spans: out,
    pronounStart: false,
    negated: false,
    position: 0,
    needsContext: null,
    firstPerson: false,
  };
}

function ctxFor(text: string, claims: Claim[] = [], proper: string[] = []) {
  return buildGateContext(text, claims, new Set(proper));
}

describe("rule 1: publishable keys", () => {
  it("rejects a single common noun and accepts a defined or repeated multi-word term", () => {
    const text =
      "The museum keeps a ledger called the daybook. The museum lends the day ledger to schools. Scholars read the day ledger closely.";
    const c1 = bareClaim("Scholars read the evidence closely.", [{ text: "evidence", kind: "np" }]);
    expect(keyProblem(c1, c1.spans[0]!, ctxFor(text))).toBe("weak_key");
    const c2 = bareClaim("Scholars read the day ledger closely.", [
      { text: "day ledger", kind: "np" },
    ]);
    expect(keyProblem(c2, c2.spans[0]!, ctxFor(text))).toBeNull();
    expect(findDefinedTerms(text).has("daybook")).toBe(true);
  });

  it("rejects a country settled by a currency and a one-word name seen only at a sentence start", () => {
    const c = bareClaim("In Portugal, a bicycle costs 300 euros.", [
      { text: "Portugal", kind: "place" },
    ]);
    expect(keyProblem(c, c.spans[0]!, ctxFor("x"))).toBe("settled_key");
    const n = bareClaim("Marrow built the first loom in the valley.", [
      { text: "Marrow", kind: "name" },
    ]);
    expect(keyProblem(n, n.spans[0]!, ctxFor("x"))).toBe("weak_key");
  });

  it("rejects a conventional base such as 'for every 100 people'", () => {
    const c = bareClaim("The town has 40 libraries for every 100 schools.", [
      { text: "100 schools", kind: "quantity" },
    ]);
    expect(keyProblem(c, c.spans[0]!, ctxFor("x"))).toBe("settled_key");
  });
});

describe("rule 2: safe false statements", () => {
  const cand = (body: string, key: string, swapIn: string, kind: Span["kind"]): Candidate => {
    const claim = bareClaim(body, [{ text: key, kind }]);
    return {
      key: "c",
      type: "true_false",
      prompt: body,
      answer: "False",
      explanation: "",
      claim,
      span: claim.spans[0]!,
      truth: false,
      swapIn,
      quality: 1,
    };
  };

  it("never changes a hedged, bounded or conditional number", () => {
    for (const [body, key] of [
      ["The pumps keep running even at 30 degrees below zero.", "30 degrees"],
      ["The valves are designed to hold at 40 bars of pressure.", "40 bars"],
      ["When the tank holds 12 litres, the valve opens.", "12 litres"],
    ] as const) {
      const c = cand(body, key, "90 units", "quantity");
      expect(numberGoverned(c.claim.body, c.span!)).toBe(true);
      expect(falseProblem(c, ctxFor(body))).toBe("unsafe_false");
    }
  });

  it("needs a far move for an exact number", () => {
    const body = "The bridge carried 500 carts on its opening day.";
    expect(falseProblem(cand(body, "500 carts", "540 carts", "quantity"), ctxFor(body))).toBe(
      "unsafe_false",
    );
    expect(falseProblem(cand(body, "500 carts", "900 carts", "quantity"), ctxFor(body))).toBeNull();
  });

  it("swaps a person only for one who plays the same role elsewhere", () => {
    const text =
      "In the spring of 1702 the painter Ada Quill painted the north wall of the old chapel in Dunmore. Two years later the painter Ben Rook painted the ceiling of the same chapel in Dunmore. The merchant Cy Dorn funded the restoration of the chapel roof in Dunmore.";
    const claims = claimsOf(text);
    const ctx = ctxFor(text, claims);
    const body = "Ada Quill painted the north wall of the old chapel.";
    expect(falseProblem(cand(body, "Ada Quill", "Ben Rook", "person"), ctx)).toBeNull();
    expect(falseProblem(cand(body, "Ada Quill", "Cy Dorn", "person"), ctx)).toBe("role_mismatch");
  });
});

describe("rule 3: missing referents", () => {
  it.each([
    "Few are willing to try the new ferry.",
    "The city had three harbours and a market.",
    "The Harrow Guild did the same in May.",
    "Those workers earned twice as much.",
    "When the mayor adopted it in 1890, the market grew.",
    "By comparison, a sailing boat uses no fuel.",
    "The council adopted it after a long debate.",
    "The guards locked the gate and watched them all night.",
  ])("does not publish %s", (s) => {
    expect(missingReferent(bareClaim(s))).toBe(true);
  });

  it("publishes a sentence that names its subject", () => {
    expect(missingReferent(bareClaim("The Harrow Guild reported a rise in members."))).toBe(false);
    // An additive "also" leaves the claim whole; the prompt drops it (presentPrompt).
    expect(missingReferent(bareClaim("The Harrow Guild also reported a rise in members."))).toBe(
      false,
    );
  });

  it("publishes 'The X …' when X is what the text is about", () => {
    const text =
      "The lake is deep. The lake is cold. The lake is old. The lake is wide. The lake is calm. The lake freezes.";
    const topic = findTopicNouns(text, "Life in the lake");
    expect(missingReferent(bareClaim("The lake had three islands and a mill."), topic)).toBe(false);
    expect(missingReferent(bareClaim("The city had three harbours and a market."), topic)).toBe(
      true,
    );
  });

  it("publishes an object pronoun whose noun comes earlier in the predicate", () => {
    const s = "Bees carry pollen between flowers and help them set seed.";
    expect(missingReferent(bareClaim(s))).toBe(false);
  });
});

describe("rule 4: spans and case", () => {
  it("never cuts a key at a hyphen and never takes a verb into a key", () => {
    const c = bareClaim("The town ran a six-month trial of night buses.", [
      { text: "six", kind: "quantity" },
    ]);
    expect(keyProblem(c, c.spans[0]!, ctxFor("x"))).toBe("broken_span");
    const v = bareClaim("The price of coal rose sharply during the long winter.", [
      { text: "coal rose", kind: "np" },
    ]);
    expect(keyProblem(v, v.spans[0]!, ctxFor("coal rose. coal rose."))).toBe("broken_span");
  });

  it("lowers a question word the essay capitalises elsewhere", () => {
    expect(
      frameStatement("What the old charter meant is hard to tell.", new Set(["What"]), new Set()),
    ).toBe("According to the essay, what the old charter meant is hard to tell.");
  });

  it("drops a linking 'So' but keeps 'So far' whole", () => {
    const lower = new Set(["so", "far", "the"]);
    expect(frameStatement("So the mill closed in winter.", new Set(), lower)).toBe(
      "According to the essay, the mill closed in winter.",
    );
    expect(frameStatement("So far, the mill has stayed open.", new Set(), lower)).toBe(
      "According to the essay, so far, the mill has stayed open.",
    );
  });

  it("lowers the first word only when the essay writes it in lower case", () => {
    const lower = new Set(["the", "printers"]);
    expect(frameStatement("Olwen Marr built the mill.", new Set(), lower)).toBe(
      "According to the essay, Olwen Marr built the mill.",
    );
    expect(frameStatement("Printers in the port copied it.", new Set(), lower)).toBe(
      "According to the essay, printers in the port copied it.",
    );
    // An everyday word the tagger does not know is lowered even when the essay never writes it
    // small; a name it does not know keeps its capital.
    expect(frameStatement("Ferry crossings were slow.", new Set(), lower)).toBe(
      "According to the essay, ferry crossings were slow.",
    );
    expect(frameStatement("Olwenby crossed the bay.", new Set(), lower)).toBe(
      "According to the essay, Olwenby crossed the bay.",
    );
    // A capital inside the word marks a name, however the essay writes its parts.
    expect(frameStatement("Hi-Lo mills crossed the bay.", new Set(), new Set(["hi"]))).toBe(
      "According to the essay, Hi-Lo mills crossed the bay.",
    );
    // An initial stays a capital, even where the essay writes the letter small.
    expect(frameStatement("E.K. Marr is a farmer.", new Set(), new Set(["e"]))).toBe(
      "According to the essay, E.K. Marr is a farmer.",
    );
  });

  it("keeps the capital of a word that opens a name, however the essay writes the word", () => {
    const lower = new Set(["harbour", "silver", "mr", "the"]);
    expect(frameStatement("Harbour.Net has advice on work.", new Set(), lower)).toBe(
      "According to the essay, Harbour.Net has advice on work.",
    );
    expect(frameStatement("Silver Trails runs camps for teenagers.", new Set(), lower)).toBe(
      "According to the essay, Silver Trails runs camps for teenagers.",
    );
    expect(frameStatement("Mr. Ruiz placed the violas on the left.", new Set(), lower)).toBe(
      "According to the essay, Mr. Ruiz placed the violas on the left.",
    );
    // A word that only opens a phrase before a name is lowered.
    expect(frameStatement("The Council met in May.", new Set(), lower)).toBe(
      "According to the essay, the Council met in May.",
    );
  });

  it("lowers a list entry's first word and a compound the essay writes in lower case", () => {
    // A bullet opens a sentence: its first word is no name for being capitalised.
    const { sentences } = extractClaims(
      cleanParagraphs(["- Scientists are testing new medicines every year."]),
      "New medicines",
    );
    const proper = findProperWords(sentences);
    expect(proper.has("Scientists")).toBe(false);
    expect(
      frameStatement("Scientists are testing new medicines every year.", proper, new Set(["are"])),
    ).toBe("According to the essay, scientists are testing new medicines every year.");
    // "micro-blog users" elsewhere: the compound is an everyday word.
    expect(
      frameStatement(
        "Micro-blogging sites block searches.",
        new Set(),
        new Set(["micro-blog", "sites"]),
      ),
    ).toBe("According to the essay, micro-blogging sites block searches.");
    // "As noted previously," points back and says nothing of its own.
    expect(
      frameStatement(
        "As noted previously, the kidney has two regions.",
        new Set(),
        new Set(["the"]),
      ),
    ).toBe("According to the essay, the kidney has two regions.");
  });

  it("keeps the author's doubt and never doubles an 'According to'", () => {
    const lower = new Set(["the", "printers"]);
    expect(frameStatement("Perhaps, the printers copied it in secret.", new Set(), lower)).toBe(
      "The essay suggests that the printers copied it in secret.",
    );
    expect(frameStatement("According to the guild, printers copied it.", new Set(), lower)).toBe(
      "According to the guild, printers copied it.",
    );
  });
});

describe("rule 5: pairs", () => {
  it("treats either member of 'X and Y' / 'X or Y' as a pair member", () => {
    const body = "Traders sailed to Tallinn and Riga every spring.";
    const c = bareClaim(body, [
      { text: "Tallinn", kind: "place" },
      { text: "Riga", kind: "place" },
    ]);
    expect(isPairMember(body, c.spans[0]!)).toBe(true);
    expect(isPairMember(body, c.spans[1]!)).toBe(true);
    const single = bareClaim("Traders sailed to Riga every spring.", [
      { text: "Riga", kind: "place" },
    ]);
    expect(isPairMember(single.body, single.spans[0]!)).toBe(false);
  });

  it("publishes no MCQ whose options include a name from the same sentence", () => {
    const text =
      "Traders from Tallinn and Riga sailed to Bergen. Traders from Oslo sailed to Bergen.";
    const claims = claimsOf(text);
    const claim = bareClaim("Traders from Tallinn and Riga sailed to Bergen.", [
      { text: "Bergen", kind: "place" },
    ]);
    const c: Candidate = {
      key: "m",
      type: "mcq",
      prompt: "Traders from Tallinn and Riga sailed to _____.",
      answer: "Bergen",
      choices: ["Bergen", "Riga", "Oslo", "Tallinn"],
      explanation: "",
      claim,
      span: claim.spans[0]!,
      quality: 1,
    };
    expect(gateCandidate(c, ctxFor(text, claims))).toBe("pair_member");
  });
});

describe("rule 6: publisher boilerplate", () => {
  it("drops an 'About <Name>:' paragraph and publisher self-description", () => {
    const out = cleanParagraphs([
      "The canal opened in 1820 and carried coal to the coast.",
      "About Harbour Notes: Harbour Notes is a small publisher of local history. We are funded by our readers.",
      "Since 1998 we have covered the towns of the estuary for our readers.",
    ]);
    expect(out.map((p) => p.boilerplate)).toEqual([false, true, true]);
  });
});

describe("rule 7: definitions are salient keys", () => {
  it("finds the term a sentence defines", () => {
    const c = bareClaim("Water passes through a chamber called the settling tank.");
    expect(definedTermSpans(c).map((s) => s.text)).toEqual(["settling tank"]);
    const g = bareClaim("Engineers rate a filter by its particle retention ratio, or PRR.");
    expect(definedTermSpans(g).map((s) => s.text)).toEqual(["particle retention ratio"]);
  });

  it("publishes only items that pass every rule, deterministically", () => {
    const text = [
      "Water from the river passes through a chamber called the settling tank, where sand sinks to the bottom.",
      "The Marlow Waterworks opened in 1874 and served 20,000 homes by 1900.",
      "Few are willing to drink it untreated.",
      "About River Weekly: River Weekly is an independent magazine. We are funded by our readers.",
    ].join("\n\n");
    const a = generateFromEssay({ title: "Clean water", text });
    const b = generateFromEssay({ title: "Clean water", text });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const pub = a.items.filter((i) => i.status === "published");
    expect(pub.every((i) => !/Few are|River Weekly|funded/.test(i.source.sentence))).toBe(true);
  });
});
