import type { GateView } from "./gate-rules";
import { askedPart } from "./gate-asked";
import { analyze, lexiconTag } from "./nlp";
import type { Rule } from "./rules";
import { withoutFrame } from "./speaker-frame";

/**
 * Rules from session 22 on the verdicts of rounds s30g and s30h: a list label read as a
 * statement, a statement that many kinds or ways exist without naming one, a question cut after an adjective.
 */

/** "Stage IIB: Cancer has spread …": a label of up to three words, a colon, a capital. */
const LABEL_OPENING = /^[“"(]?(?:[\p{L}\p{N}.-]+\s+){0,2}[\p{L}\p{N}.-]+:\s+\p{Lu}/u;
/** "different types of treatment", "a number of issues", "many new ways": kinds or things, unnamed. */
const UNNAMED_MANY =
  /\b(?:many|several|various|different|numerous|a\s+number\s+of)\s+(?:[\p{L}-]+\s+)?(?:ways|things|issues|reasons|factors|problems|types|kinds|sorts|forms|choices|options|changes)\b/iu;
/** "… such as rest and surgery", "two types: …", "the main one is …": the statement names them. */
const NAMES_THEM = /[:;]|\b(?:such\s+as|including|namely|like|the\s+main|known\s+as|called)\b/iu;
/** "What are examples?": examples, types or kinds of nothing named. */
const BARE_EXAMPLES =
  /^What (?:is|are|were|was) (?:some |the )?(?:examples?|types|kinds|sorts|ones?)\?$/u;
/** "Why does the charter state that …?": a reporting verb and its that-clause. */
const WHY_REPORT_THAT =
  /^Why (?:does|did|do) .*\b(?:specify|say|state|argue|claim|note|report|write|announce|declare|stipulate|provide)\s+that\b/u;
/** "… into a new?": a question that stops on an article and one word after it. */
const ENDS_ARTICLE_WORD = /\b(?:a|an|the)\s+([\p{L}-]+)\?$/u;

export const JUDGED_GATE_RULES_22: Rule<GateView>[] = [
  {
    id: "gate.label-statement",
    why: "'According to the essay, stage IIB: Cancer has spread …': a list entry's label read as part of a statement breaks the sentence, and the heading that says which list it is (which cancer, which scale) is not shown. Judged in rounds s30g–s30h, none of 5 such statements was accepted.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, stage IIB: Cancer has spread into the wall of the bowel.",
        answer: "True",
        sentence: "Stage IIB: Cancer has spread into the wall of the bowel.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, grade 3: The storm floods low roads.",
        answer: "True",
        sentence: "Grade 3: The storm floods low roads.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, in stage IIB, cancer has spread into the wall of the bowel.",
        answer: "True",
        sentence: "In stage IIB, cancer has spread into the wall of the bowel.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the warning was clear: the storm would flood low roads.",
        answer: "True",
        sentence: "The warning was clear: the storm would flood low roads.",
      },
      {
        type: "cloze",
        prompt: "Stage IIB: Cancer has spread into the wall of the _____.",
        answer: "bowel",
        sentence: "Stage IIB: Cancer has spread into the wall of the bowel.",
      },
    ],
    test: (v) => v.type === "true_false" && LABEL_OPENING.test(v.sentence.trim()),
  },
  {
    id: "gate.unnamed-many",
    why: "'According to the essay, there are different types of treatment for people with liver cancer.', 'children can react to cancer in many different ways': a statement that there are many kinds, ways or issues, naming none, is true of almost anything; judges called such statements obvious or vague (2 of 9 accepted over rounds s30a–s30h).",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, there are different types of treatment for sprains.",
        answer: "True",
        sentence: "There are different types of treatment for sprains.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, dogs can react to fireworks in many different ways.",
        answer: "True",
        sentence: "Dogs can react to fireworks in many different ways.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, several issues arose during the strike.",
        answer: "True",
        sentence: "Several issues arose during the strike.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, there are two types of treatment for sprains: rest and surgery.",
        answer: "True",
        sentence: "There are two types of treatment for sprains: rest and surgery.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, there are several kinds of pond, such as lined, clay and wildlife ponds.",
        answer: "True",
        sentence: "There are several kinds of pond, such as lined, clay and wildlife ponds.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the strike lasted three weeks.",
        answer: "True",
        sentence: "The strike lasted three weeks.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false") return false;
      const said = withoutFrame(v.prompt);
      return UNNAMED_MANY.test(said) && !NAMES_THEM.test(said);
    },
  },
  {
    id: "gate.what-are-examples",
    why: "'What are examples?' → 'cells that line your mouth …': 'examples', 'types' or 'kinds' asked with nothing after them are examples of what the sentence before named; the question cannot be read alone (round s30i).",
    fires: [
      {
        type: "flashcard",
        prompt: "Context: “Frost harms the plants that grow fastest.” What are examples?",
        answer: "beans and young lettuce",
        sentence: "Examples are beans and young lettuce.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What are examples of fast-growing plants?",
        answer: "beans and young lettuce",
        sentence: "Examples of fast-growing plants are beans and young lettuce.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      v.type !== "cloze" &&
      BARE_EXAMPLES.test(askedPart(v.prompt).asked.trim()),
  },
  {
    id: "gate.why-report-that",
    why: "'Why does the Charter specify that the UN may intervene?' → 'To stop acts of aggression': the purpose belongs to the verb inside the that-clause ('intervene to stop'), not to the reporting verb; the question asks why the text says something (round s30i).",
    fires: [
      {
        type: "short_answer",
        prompt: "Why does the charter state that the council may close the road?",
        answer: "To stop the floods reaching the town",
        sentence:
          "The charter states that the council may close the road to stop the floods reaching the town.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why may the council close the road?",
        answer: "To stop the floods reaching the town",
        sentence: "The council may close the road to stop the floods reaching the town.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      v.type !== "cloze" &&
      WHY_REPORT_THAT.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.question-ends-on-adjective",
    why: "'In what year did the firm move its brewing into a new?': the sentence went on ('a new, fully automated brewery'), and the question was cut at the comma after the adjective; it cannot be read.",
    fires: [
      {
        type: "short_answer",
        prompt: "In what year did the firm move its brewing into a new?",
        answer: "1993",
        sentence: "In 1993, the firm moved its brewing into a new, fully automated brewery.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "In what year did the firm move its brewing into a new brewery?",
        answer: "1993",
        sentence: "In 1993, the firm moved its brewing into a new brewery.",
      },
      {
        type: "short_answer",
        prompt: "What did the firm build in the east?",
        answer: "a brewery",
        sentence: "The firm built a brewery in the east, near the river.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false" || v.type === "cloze") return false;
      const m = ENDS_ARTICLE_WORD.exec(askedPart(v.prompt).asked.trim());
      if (!m || !/Adjective|Comparable/.test(lexiconTag(m[1]!.toLowerCase()) ?? "")) return false;
      // "a new, fully automated brewery": an adverb or another adjective follows the comma, and
      // the noun phrase goes on ("near the river" is a new phrase).
      const at = v.sentence.indexOf(`${m[1]!}, `);
      if (at < 0) return false;
      const [next, then] = analyze(v.sentence.slice(at + m[1]!.length + 2)).tokens;
      return /^(?:ADV|ADJ)$/.test(next?.pos ?? "") && /^(?:ADJ|NOUN|VERB)$/.test(then?.pos ?? "");
    },
  },
];
