import { describe, expect, it } from "vitest";
import { IDEA_RULES } from "./idea-rules";

/** The exact question and answer each new idea rule writes, on made-up sentences. */
const ask = (id: string, text: string, isName?: (w: string) => boolean) =>
  IDEA_RULES.find((r) => r.id === id)!.test({ text, ...(isName ? { isName } : {}) }) || null;

describe("relation questions", () => {
  it("leaves the sentence's additive 'too' out of the answer", () => {
    expect(ask("idea.source", "Most of the silt comes from the northern hills, too.")?.answer).toBe(
      "the northern hills",
    );
  });
  it("asks what a thing provides, with do-support and the object as the answer", () => {
    expect(
      ask("idea.object", "The ferry service provides a cheap link between the two islands."),
    ).toEqual({
      idea: "consequence",
      question: "What does the ferry service provide?",
      answer: "a cheap link between the two islands",
    });
  });
  it("reads the clause after ', and' and leaves a '-ly' adverb out", () => {
    expect(
      ask(
        "idea.object",
        "In the end, the old mill is a ruin, and the town's new dams merely reflect the wealth of the valley.",
      )?.question,
    ).toBe("What do the town's new dams reflect?");
  });
  it("calls 'involves' a definition and stops the answer before a participle clause", () => {
    expect(
      ask("idea.object", "Treatment for the illness involves changing what you eat, keeping fit."),
    ).toEqual({
      idea: "definition",
      question: "What does treatment for the illness involve?",
      answer: "changing what you eat",
    });
  });
  it("skips a participle in the subject, and asks nothing of a verb without an object", () => {
    expect(
      ask("idea.object", "Research carried out on the farm produced three new kinds of wheat."),
    ).toEqual({
      idea: "consequence",
      question: "What did research carried out on the farm produce?",
      answer: "three new kinds of wheat",
    });
    expect(ask("idea.object", "Thin ice forms on the northern lakes in early winter.")).toBeNull();
  });
  it("turns a passive cause round and drops a hedge", () => {
    expect(ask("idea.source", "Tides are caused by the pull of the moon on the oceans.")).toEqual({
      idea: "cause",
      question: "What causes tides?",
      answer: "the pull of the moon on the oceans",
    });
    expect(
      ask(
        "idea.source",
        "The worst fires, as a rule, arise either from lightning or from stray sparks.",
      ),
    ).toEqual({
      idea: "cause",
      question: "What do the worst fires arise from?",
      answer: "lightning or stray sparks",
    });
  });
});

describe("reasons and aims stated outright", () => {
  it("answers an ', as it …' reason with 'Because'", () => {
    expect(
      ask(
        "idea.cause-as",
        "Smoke from the fires is a danger, as it carries fine dust into the lungs.",
      ),
    ).toEqual({
      idea: "cause",
      question: "Why is smoke from the fires a danger?",
      answer: "Because it carries fine dust into the lungs",
    });
  });
  it("asks for the reason a named source gives, and stops at 'whereas'", () => {
    expect(
      ask(
        "idea.stated-aim",
        "The reason given in the report is that the dam had leaked for years, whereas the canal had not.",
      ),
    ).toEqual({
      idea: "cause",
      question: "What is the reason given in the report?",
      answer: "The dam had leaked for years",
    });
  });
});

describe("how a thing is read", () => {
  it("asks how people regard a thing, answered 'As …'", () => {
    expect(
      ask("idea.seen-as", "Many historians regard the old charter as an early bill of rights."),
    ).toEqual({
      idea: "interpretation",
      question: "How do many historians regard the old charter?",
      answer: "As an early bill of rights",
    });
  });
  it("asks how a thing is regarded, from the passive", () => {
    expect(
      ask("idea.seen-as", "The old charter is widely regarded as an early bill of rights."),
    ).toEqual({
      idea: "interpretation",
      question: "How is the old charter regarded?",
      answer: "As an early bill of rights",
    });
  });
  it("asks what a thing is evidence of, and lowers an everyday adjective before a people's name", () => {
    expect(
      ask(
        "idea.seen-as",
        "Modern Scottish weavers point to the guild records as evidence of a long tradition of hand weaving.",
      ),
    ).toEqual({
      idea: "interpretation",
      question: "What do modern Scottish weavers point to the guild records as evidence of?",
      answer: "a long tradition of hand weaving",
    });
  });
});

describe("aims", () => {
  it("asks for a named aim and leaves out a restatement after ', with'", () => {
    expect(
      ask(
        "idea.stated-aim",
        "Weavenet's aim is to be a meeting place, a forum for hand weavers across the valley, with the aim to share patterns.",
        (w) => w === "Weavenet",
      ),
    ).toEqual({
      idea: "purpose",
      question: "What is Weavenet's aim?",
      answer: "To be a meeting place, a forum for hand weavers across the valley",
    });
  });
});

describe("definitions", () => {
  it("defines a term named in passing", () => {
    expect(
      ask("idea.named-inline", "A mineral called gypsum forms when salty lake water dries out."),
    ).toEqual({
      idea: "definition",
      question: "What is gypsum?",
      answer: "a mineral that forms when salty lake water dries out",
    });
    expect(
      ask("idea.named-inline", "Too much salt in the soil causes a condition called salinity."),
    ).toEqual({
      idea: "definition",
      question: "What is salinity?",
      answer: "a condition caused by too much salt in the soil",
    });
  });
  it("leaves a gloss's signpost ('that is,') off its answer", () => {
    expect(
      ask(
        "idea.gloss",
        "Growers speak of ‘dead water’ – that is, water held so tightly in clay that no root can take it.",
      ),
    ).toEqual({
      idea: "definition",
      question: "What is meant by “dead water”?",
      answer: "water held so tightly in clay that no root can take it",
    });
  });
  it("asks who a person is, and what a thing named like one is", () => {
    expect(
      ask("idea.definition", "Anna Vellacott is a weaver who opened the valley's first dye works.")
        ?.question,
    ).toBe("Who is Anna Vellacott?");
    expect(
      ask("idea.definition", "Vellacott Mill is a weaving mill on the upper reach of the river.")
        ?.question,
    ).toBe("What is Vellacott Mill?");
  });
  it("asks nothing when the answer repeats the term's own words", () => {
    expect(
      ask("idea.definition", "Pennick Bakers is a bakers guild for the Pennick district."),
    ).toBeNull();
    expect(
      ask("idea.definition", "LoomNet is a weaving website for the Dunmere Valley community."),
    ).not.toBeNull();
  });
  it("lowers a lead in capitals that is no name, and keeps a name's capital", () => {
    const isName = (w: string) => w === "Ukrainian";
    expect(
      ask(
        "idea.definition",
        "BORSCHT or UKRAINIAN BORSCHT is a sour soup made with beetroot.",
        isName,
      )?.question,
    ).toBe("What is borscht or Ukrainian borscht?");
  });
  it("keeps a scene-setting opening at the front of a list question", () => {
    expect(
      ask(
        "idea.enumeration",
        "In the north, most bread recipes include rye flour, salt and caraway.",
      )?.question,
    ).toBe("In the north, what do most bread recipes include?");
  });
});

describe("contrast swaps", () => {
  it("swaps the sides of 'not A, but B' and of 'A, not B'", () => {
    expect(
      ask(
        "idea.contrast-swap",
        "Most of the town's water was not pumped from wells, but carried from the river.",
      )?.question,
    ).toBe("Most of the town's water was not carried from the river, but pumped from wells.");
    expect(
      ask(
        "idea.contrast-swap",
        "The festival bread is a sweet loaf, baked at dawn, not a flat cake.",
      )?.question,
    ).toBe("The festival bread is a flat cake, not a sweet loaf.");
  });
  it("swaps 'by A rather than by B' and 'Unlike A, B'", () => {
    expect(
      ask(
        "idea.contrast-swap",
        "In the old code, judges were chosen by the villages rather than by the king.",
      )?.question,
    ).toBe("In the old code, judges were chosen by the king rather than by the villages.");
    expect(
      ask("idea.contrast-swap", "Unlike rivers, glaciers can take a century to cross a valley.")
        ?.question,
    ).toBe("Unlike glaciers, rivers can take a century to cross a valley.");
  });
});

describe("a reason's own clause", () => {
  it("ends the reason before ', and' with a verb: the main clause going on", () => {
    expect(
      ask(
        "idea.purpose",
        "The captain lowered the flag in order that the ships behind might see the harbour, and sailed on to the next cape.",
      ),
    ).toEqual({
      idea: "purpose",
      question: "Why did the captain lower the flag?",
      answer: "In order that the ships behind might see the harbour",
    });
  });
});

describe("the verb a question is built on", () => {
  it("reads a hyphened participle as part of its compound, not as the verb", () => {
    expect(
      ask(
        "idea.cause",
        "The hand-built dam across the valley failed in the spring because the clay was too wet.",
      )?.question,
    ).toBe("Why did the hand-built dam across the valley fail in the spring?");
  });
  it("reads a participle with its own phrase as part of the subject", () => {
    expect(
      ask("idea.means", "Oil pressed from the seeds protects the wood by sealing its pores."),
    ).toEqual({
      idea: "means",
      question: "How does oil pressed from the seeds protect the wood?",
      answer: "By sealing its pores",
    });
  });
  it("asks no reason that belongs to a relative clause after the main one", () => {
    expect(
      ask(
        "idea.cause",
        "The strike drove the union into hiding, where it survived due to help from abroad.",
      ),
    ).toBeNull();
  });
});
