import { describe, expect, it } from "vitest";
import { subjectAction } from "./statement-questions";
import { subjectQuestion } from "./statement-subject-question";

describe("a statement asked as what its subject does", () => {
  it("asks with the verb's own tense and keeps the action whole as the answer", () => {
    expect(subjectAction({ text: "Desert beetles collect water from the morning fog." })).toEqual({
      question: "What do desert beetles do?",
      answer: "collect water from the morning fog",
      subject: "Desert beetles",
    });
    expect(
      subjectAction({ text: "The old keeper trimmed the lamp wicks every evening." })?.question,
    ).toBe("What did the old keeper do?");
    expect(
      subjectAction({ text: "The river also carries silt down to the delta every year." }),
    ).toMatchObject({
      question: "What does the river do?",
      answer: "carries silt down to the delta every year",
    });
  });

  it("keeps a modal in the question, so the answer stays what the subject is able to do", () => {
    expect(
      subjectAction({ text: "Desert beetles can survive for months on a few drops of fog." }),
    ).toMatchObject({
      question: "What can desert beetles do?",
      answer: "survive for months on a few drops of fog",
    });
  });

  it("leaves a citation marker out of the answer", () => {
    expect(
      subjectAction({ text: "Desert beetles collect water from the morning fog.[3]" })?.answer,
    ).toBe("collect water from the morning fog");
  });

  it("keeps a name's capital and lowers an ordinary first word", () => {
    const properWords = new Set(["Harbour"]);
    expect(
      subjectAction({
        text: "Harbour Board engineers dredged the channel twice a year.",
        properWords,
      })?.question,
    ).toBe("What did Harbour Board engineers do?");
  });
});

describe("a relation verb is asked by its own name", () => {
  it("asks what a weak levee implies, not what it does", () => {
    expect(
      subjectAction({ text: "A weak levee implies a weak defence of the whole town." }),
    ).toEqual({
      question: "What does a weak levee imply?",
      answer: "a weak defence of the whole town",
      subject: "A weak levee",
    });
  });
});

describe("a statement asked from its subject", () => {
  it("ends on one question mark when the tagger kept the stop in the last word", () => {
    // wink-nlp reads "Sun." as an abbreviation (Sunday): the stop is part of the word.
    expect(
      subjectQuestion({ text: "Water near the harbour mouth is warmed by the Sun." })?.question,
    ).toBe("What is warmed by the Sun?");
    expect(
      subjectQuestion({ text: "The cotton crop is shipped by sea to the U.S." })?.question,
    ).toBe("What is shipped by sea to the U.S.?");
  });
  it("keeps a plural copula before a plural complement, and makes a singular one agree", () => {
    expect(
      subjectQuestion({ text: "Village markets are good places for hearing the local dialect." })
        ?.question,
    ).toBe("What are good places for hearing the local dialect?");
    expect(
      subjectQuestion({ text: "Salt and pepper were a rare luxury in the hill villages." })
        ?.question,
    ).toBe("What was a rare luxury in the hill villages?");
  });
});
