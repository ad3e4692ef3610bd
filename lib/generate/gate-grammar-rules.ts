import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * Gate rules of generator 2.6 (precision): an item whose sentence is no sentence (a picture's
 * caption), whose blank is an era marker or a unit the number before it already implies, whose
 * "respectively" pairs one list with nothing, or whose subject is an unresolved "others".
 */

/** "13th century _____" → "AD", "40 _____" → "km": the blank is the marker, not a fact. */
const ERA_OR_UNIT_KEY =
  /^(?:A\.?D\.?|B\.?C\.?E?\.?|C\.?E\.?|a\.m\.|p\.m\.|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|per ?cent|percent|degrees?|°\s?[CF])$/iu;

/** "Satellite pictures showing the valley before the floods of 2005.": a caption, not a claim. */
const CAPTION =
  /^(?:[*•]\s*)?(?:[\p{L}-]+\s+){0,3}(?:pictures?|photos?|photographs?|images?|maps?|views?|diagrams?|figures?|charts?|illustrations?|drawings?|sketch(?:es)?|engravings?|screenshots?|screen\s+shots?|stills?)\s+(?:showing|depicting|of|from|taken|seen|illustrating)\b/iu;
/** A finite verb the caption would need to be a sentence. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|shows|showed|depicts|depicted|illustrates|illustrated)\b/iu;

/** "…, respectively": the sentence needs two lists to pair. */
const RESPECTIVELY = /\brespectively\b/iu;

/** What a statement or blank says, without its frame or lead-in. */
export const stated = (prompt: string) =>
  prompt.replace(
    /^(?:Context: “[^”]*”\s*)?(?:According to [^,]+,|The essay suggests that)\s*/u,
    "",
  );

/** Two lists to pair: two "and"/"or" joints, or a list and a "/" pair. */
function twoLists(s: string): boolean {
  return (s.match(/\b(?:and|or)\b|\//giu)?.length ?? 0) >= 2;
}

/** "Why would the plan be briefly thus?": the question ends on a word that points elsewhere. */
const ENDS_ON_POINTER = /\b(?:thus|so|this|that|these|those)\?$/iu;

/** "The faults are, First, that …": a list's numbering inside the sentence. */
const LIST_NUMBERING = /,\s+(?:First|Firstly|Secondly|Second|Thirdly|Third|Lastly)\s*,/u;

export const GRAMMAR_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.era-or-unit-key",
    why: "'rose in the 13th century _____' → 'AD', 'a road of 40 _____' → 'km': the blank is an era marker or a unit the number before it already implies; anyone fills it and it tests no fact of the text.",
    fires: [
      {
        type: "cloze",
        prompt: "A trading town that rose in the 12th century _____, it held the river crossing.",
        answer: "AD",
        sentence: "A trading town that rose in the 12th century AD, it held the river crossing.",
      },
      {
        type: "cloze",
        prompt: "The new road runs for 40 _____ along the coast.",
        answer: "km",
        sentence: "The new road runs for 40 km along the coast.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The new road runs for _____ along the coast.",
        answer: "40 km",
        sentence: "The new road runs for 40 km along the coast.",
      },
    ],
    test: (v) => v.type !== "true_false" && ERA_OR_UNIT_KEY.test(v.answer.trim()),
  },
  {
    id: "gate.caption-line",
    why: "'Aerial photos showing the delta before the floods of 1998.': a picture's caption kept with the text has no finite verb; a blank or statement made from it reads as a fragment (the judges: 'ungrammatical', 'not a sentence of the text').",
    fires: [
      {
        type: "cloze",
        prompt: "Aerial photos showing the delta before and after the floods of _____.",
        answer: "1998",
        sentence: "Aerial photos showing the delta before and after the floods of 1998.",
      },
      {
        type: "cloze",
        prompt: "* Map of the _____ basin with its main tributaries.",
        answer: "Ural",
        sentence: "* Map of the Ural basin with its main tributaries.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, screenshot of the paper's homepage featuring its coverage of the strike.",
        answer: "True",
        sentence: "Screenshot of the paper's homepage featuring its coverage of the strike.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Aerial photos showed the delta before the floods of _____.",
        answer: "1998",
        sentence: "Aerial photos showed the delta before the floods of 1998.",
      },
      {
        type: "cloze",
        prompt: "Maps of the delta from _____ are kept in the town hall.",
        answer: "1998",
        sentence: "Maps of the delta from 1998 are kept in the town hall.",
      },
    ],
    test: (v) => CAPTION.test(v.sentence.trim()) && !FINITE_VERB.test(v.sentence),
  },
  {
    id: "gate.respectively-one-list",
    why: "'The hills are farmed by the Ana, Bora and mostly Cela, respectively.': 'respectively' pairs two lists; with one it makes no sense, in the item or in the context shown before it (the judges: 'does not make sense').",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the hills are farmed by the Ana, Bora and mostly Cela, respectively.",
        answer: "True",
        sentence: "The hills are farmed by the Ana, Bora and mostly Cela, respectively.",
      },
      {
        type: "mcq",
        prompt:
          "Context: “The hills are farmed by the Ana, Bora and mostly Cela, respectively.” The spring was fenced in _____.",
        answer: "1951",
        sentence: "The spring was fenced in 1951.",
        leadIn: "Context: “The hills are farmed by the Ana, Bora and mostly Cela, respectively.”",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the east and west banks are farmed by the Ana and the Bora, respectively.",
        answer: "True",
        sentence: "The east and west banks are farmed by the Ana and the Bora, respectively.",
      },
    ],
    test: (v) =>
      (RESPECTIVELY.test(v.sentence) && !twoLists(v.sentence)) ||
      (v.leadIn !== undefined && RESPECTIVELY.test(v.leadIn) && !twoLists(v.leadIn)),
  },
  {
    id: "gate.question-ends-on-pointer",
    why: "'Why would the plan be briefly thus?': a question that ends on 'thus', 'so' or 'that' asks about what the pointer stands for, which the question does not show (the judges: 'does not make sense').",
    fires: [
      {
        type: "short_answer",
        prompt: "Why would the plan be briefly thus?",
        answer: "To serve both aims",
        sentence:
          "To serve both aims, the plan would be briefly thus: two rates, one low and one high.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why would the plan have two rates?",
        answer: "To serve both aims",
        sentence: "To serve both aims, the plan would have two rates.",
      },
    ],
    test: (v) =>
      v.type !== "cloze" && v.type !== "true_false" && ENDS_ON_POINTER.test(v.prompt.trim()),
  },
  {
    id: "gate.list-numbering-inside",
    why: "'The faults of the toll are, First, that it slows the carts.': the list's numbering runs into the sentence; the item shows one entry of a list it does not show, with its capital 'First' (the judges: 'formatting', 'missing answer').",
    fires: [
      {
        type: "flashcard",
        prompt: "What does the author say about the faults of the toll?",
        answer: "The faults of the toll are, First, that it slows the carts.",
        sentence: "The faults of the toll are, First, that it slows the carts.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What does the author say about the toll?",
        answer: "The toll slows the carts, first on the bridge and then in town.",
        sentence: "The toll slows the carts, first on the bridge and then in town.",
      },
    ],
    test: (v) => LIST_NUMBERING.test(v.prompt) || LIST_NUMBERING.test(v.answer),
  },
  {
    id: "gate.unresolved-others",
    why: "'According to the essay, some others have made cunning proposals …': 'others' than whom? The subject points at a group the sentence before named, which the item does not show.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, some others, have made cunning proposals of new taxes.",
        answer: "True",
        sentence: "Some others, have made cunning proposals of new taxes.",
      },
      {
        type: "cloze",
        prompt: "Others have proposed a toll on the _____.",
        answer: "bridge",
        sentence: "Others have proposed a toll on the bridge.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, some farmers have made cunning proposals of new taxes.",
        answer: "True",
        sentence: "Some farmers have made cunning proposals of new taxes.",
      },
      {
        type: "true_false",
        prompt:
          "Context: “Some towns built walls.” According to the essay, others dug moats around the market.",
        answer: "True",
        sentence: "Others dug moats around the market.",
        leadIn: "Context: “Some towns built walls.”",
      },
    ],
    test: (v) => !v.leadIn && /^(?:some\s+)?others\b/iu.test(stated(v.prompt)),
  },
];
