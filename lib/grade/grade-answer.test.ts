import { describe, expect, it } from "vitest";
import { gradeAnswer } from "./grade-answer";

describe("gradeAnswer for typed answers", () => {
  it("ignores case, punctuation, whitespace and leading articles", () => {
    expect(gradeAnswer("the Harbour Commission", "  harbour commission. ", "cloze")).toBe(true);
    expect(gradeAnswer("an orchard", "Orchard", "short_answer")).toBe(true);
    expect(gradeAnswer("Marta Okonjo", "marta  okonjo!", "flashcard")).toBe(true);
  });

  it("forgives a small typo in a long answer but not in a short one", () => {
    expect(gradeAnswer("Mediterranean", "Mediteranean", "cloze")).toBe(true);
    expect(gradeAnswer("cat", "cot", "cloze")).toBe(false);
    expect(gradeAnswer("harbour", "orchard", "cloze")).toBe(false);
  });

  it("treats numbers as numbers", () => {
    expect(gradeAnswer("34%", "34 percent", "cloze")).toBe(true);
    expect(gradeAnswer("34%", "34", "short_answer")).toBe(true);
    expect(gradeAnswer("34 percent", "34%", "flashcard")).toBe(true);
    expect(gradeAnswer("34%", "35%", "cloze")).toBe(false);
    expect(gradeAnswer("1987", "1978", "cloze")).toBe(false);
    expect(gradeAnswer("$4.5 million", "4.5 million", "cloze")).toBe(true);
    expect(gradeAnswer("$4.5 million", "$4.6 million", "cloze")).toBe(false);
    expect(gradeAnswer("12,000 tonnes", "12000 tonnes", "cloze")).toBe(true);
    expect(gradeAnswer("three years", "3 years", "cloze")).toBe(true);
    expect(gradeAnswer("three years", "four years", "cloze")).toBe(false);
  });

  it("never accepts an empty response", () => {
    for (const t of ["cloze", "short_answer", "flashcard", "mcq", "true_false"] as const) {
      expect(gradeAnswer("x", "", t)).toBe(false);
      expect(gradeAnswer("", "   ", t)).toBe(false);
    }
  });
});

describe("gradeAnswer for choice items", () => {
  it("needs the exact choice, case-insensitive and trimmed", () => {
    expect(gradeAnswer("True", " true ", "true_false")).toBe(true);
    expect(gradeAnswer("True", "T", "true_false")).toBe(false);
    expect(gradeAnswer("Harbour Commission", "harbour commission", "mcq")).toBe(true);
    expect(gradeAnswer("Harbour Commission", "Harbor Commission", "mcq")).toBe(false);
    expect(gradeAnswer("the Harbour Commission", "Harbour Commission", "mcq")).toBe(false);
  });
});

describe("gradeAnswer for names", () => {
  it("accepts the full name for a surname and the surname for a full name", () => {
    expect(gradeAnswer("Okonjo", "Marta Okonjo", "short_answer")).toBe(true);
    expect(gradeAnswer("Marta Okonjo", "Okonjo", "flashcard")).toBe(true);
    expect(gradeAnswer("Trust", "the Pell Harbour Trust", "cloze")).toBe(true);
  });

  it("does not accept a different name or a first name alone", () => {
    expect(gradeAnswer("Marta Okonjo", "Marta", "short_answer")).toBe(false);
    expect(gradeAnswer("Okonjo", "Ines Marlow", "short_answer")).toBe(false);
    expect(gradeAnswer("Pell", "Pell Harbour Trust Company Board", "cloze")).toBe(false);
  });
});
