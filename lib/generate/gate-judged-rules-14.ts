import type { GateView } from "./gate-rules";
import { analyze } from "./nlp";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LY_ADVERB_OPENING = /^\p{Ll}{3,}ly\b/u;

/**
 * Rules from session 13: faults both judges of audit 15's tuning rounds named, each a fault of
 * form a reader sees at once, not a kind of item held back on its count.
 */

/** A count in words or figures, "two" to "twelve" or 2 to 12. */
const SMALL_COUNT =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])$/i;
/** After the blank: the counted things, then a colon or dash that opens their list. */
const LIST_FOLLOWS = /^\s*(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s*(?::|—|–|\s-\s)\s*\S/u;
/** A question's answer that opens on the verb's own preposition ("serve" … "as a granary"). */
const LOST_PARTICLE = /^(?:as|into|of|with|from|for|on|upon|in|at|by|about)\b/;
/** A sentence adverbial the question kept at its end ("… has value for example?"). */
const TRAILING_ADVERBIAL =
  /\b(?:for example|for instance|however|therefore|moreover|in turn|in fact|of course|as well|also)\?$/i;
/** "the following fields", "the following": a phrase that points at a list the item leaves out. */
const POINTS_AHEAD =
  /^(?:the\s+)?following(?:\s+(?!(?:a|an|the|his|her|their|its|this|that|these|those|up|through)\b)\p{L}+){0,2}$/iu;
/** "Further treatment", "other measures": a key that says only that there is more of something. */
const EMPTY_KEY = /^(?:further|additional|other|various|certain)\s+\p{L}+$/iu;
/** A question's answer opening on an object pronoun or a conjunction: the sentence was cut mid-phrase. */
const CUT_OPENING = /^(?:you|us|them|him|her|me|and|or|but|nor)\b/;

/** A blank whose key fits `key` and whose words after it fit `after`. */
const blankThen = (v: GateView, key: RegExp, after: RegExp) => {
  const at = v.prompt.indexOf("_____");
  return at >= 0 && key.test(v.answer.trim()) && after.test(v.prompt.slice(at + 5));
};
/** "immediately all …": an answer opening on a manner adverb (the tagger decides, "early" is none). */
const opensOnAdverb = (answer: string) =>
  LY_ADVERB_OPENING.test(answer) &&
  !/^only\b/.test(answer) &&
  analyze(answer).tokens[0]?.pos === "ADV";
/** A typed or card question that asks "What …?" or "Who …?" (after a lead-in, if any). */
export const asksWhatOrWho = (v: GateView) =>
  v.type !== "true_false" && !v.prompt.includes("_____") && /(?:^|” )(?:What|Who)\b/.test(v.prompt);

export const JUDGED_GATE_RULES_14: Rule<GateView>[] = [
  {
    id: "gate.count-before-list",
    why: "'The guild was split into _____ ranks: masters and apprentices.' → 'two': the list right after the blank counts itself, so the key is read off the prompt. Both judges of audit 15's first round called such a blank obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "The guild was split into _____ ranks: masters and apprentices.",
        answer: "two",
        sentence: "The guild was split into two ranks: masters and apprentices.",
      },
      {
        type: "mcq",
        prompt: "The valley grows _____ crops — wheat, barley and flax.",
        answer: "3",
        sentence: "The valley grows 3 crops — wheat, barley and flax.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The guild was split into _____ ranks after the war.",
        answer: "two",
        sentence: "The guild was split into two ranks after the war.",
      },
      {
        type: "cloze",
        prompt: "The guild was split into two ranks: _____ and apprentices.",
        answer: "masters",
        sentence: "The guild was split into two ranks: masters and apprentices.",
      },
    ],
    test: (v) => blankThen(v, SMALL_COUNT, LIST_FOLLOWS),
  },
  {
    id: "gate.answer-opens-on-particle",
    why: "'What did the mill serve?' → 'as the town's granary': the verb's preposition went into the answer, so the question asks something the sentence does not say ('serve' is not 'serve as'). Both judges of audit 15's first round called it ungrammatical.",
    fires: [
      {
        type: "flashcard",
        prompt: "What did the old mill serve?",
        answer: "as the town's granary during the siege",
        sentence: "The old mill served as the town's granary during the siege.",
      },
      {
        type: "short_answer",
        prompt: "What did the council vote?",
        answer: "on the new tolls for the bridge",
        sentence: "The council voted on the new tolls for the bridge.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "Why did the council close the bridge?",
        answer: "In order to repair its piers",
        sentence: "The council closed the bridge in order to repair its piers.",
      },
      {
        type: "flashcard",
        prompt: "What did the council decide?",
        answer: "to close the bridge for a month",
        sentence: "The council decided to close the bridge for a month.",
      },
    ],
    test: (v) => asksWhatOrWho(v) && LOST_PARTICLE.test(v.answer.trim()),
  },
  {
    id: "gate.question-ends-on-adverbial",
    why: "'Who held that trade has value for example?': the sentence's 'for example', set off by commas in the source, was kept at the question's end without them and reads as garbled. Both judges of audit 15's first round called it ungrammatical.",
    fires: [
      {
        type: "short_answer",
        prompt: "Who held that trade has value for example?",
        answer: "Marlow",
        sentence: "Marlow held that trade has value, for example, and that war has none.",
      },
      {
        type: "flashcard",
        prompt: "What is the harbour master also?",
        answer: "the keeper of the tide tables",
        sentence: "The harbour master is also the keeper of the tide tables.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Who held that trade has value?",
        answer: "Marlow",
        sentence: "Marlow held that trade has value.",
      },
      {
        type: "cloze",
        prompt: "_____ held that trade has value, for example.",
        answer: "Marlow",
        sentence: "Marlow held that trade has value, for example.",
      },
    ],
    test: (v) => v.type !== "true_false" && TRAILING_ADVERBIAL.test(v.prompt.trim()),
  },
  {
    id: "gate.answer-opens-mid-phrase",
    why: "'What will the course introduce?' → 'you to the old maps', 'What must the town repay?' → 'promptly all its loans': the verb's second object or its adverb went into the answer, which no longer answers the question. Both judges of audit 15's second round called such items ungrammatical.",
    fires: [
      {
        type: "short_answer",
        prompt: "What will the course introduce?",
        answer: "you to the old maps of the valley",
        sentence: "The course will introduce you to the old maps of the valley.",
      },
      {
        type: "flashcard",
        prompt: "What must the town repay?",
        answer: "promptly all its loans to the guild",
        sentence: "The town must repay promptly all its loans to the guild.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What will the course introduce?",
        answer: "the old maps of the valley",
        sentence: "The course will introduce the old maps of the valley.",
      },
      {
        type: "flashcard",
        prompt: "What did the town build?",
        answer: "early warning towers along the coast",
        sentence: "The town built early warning towers along the coast.",
      },
    ],
    test: (v) => asksWhatOrWho(v) && (CUT_OPENING.test(v.answer) || opensOnAdverb(v.answer)),
  },
  {
    id: "gate.key-points-ahead",
    why: "'… can be grouped into the _____: trade, farming and war' → 'following fields': a key that points at the list after it tests no fact, and the judges of audit 15's second round called it nonsense.",
    fires: [
      {
        type: "cloze",
        prompt: "The guild's work fell into the _____: weaving, dyeing and trade.",
        answer: "following fields",
        sentence: "The guild's work fell into the following fields: weaving, dyeing and trade.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The guild's work fell into _____: weaving, dyeing and trade.",
        answer: "three fields",
        sentence: "The guild's work fell into three fields: weaving, dyeing and trade.",
      },
      {
        type: "flashcard",
        prompt: "What does a long life include?",
        answer: "Following a plain diet and walking every day",
        sentence: "A long life includes following a plain diet and walking every day.",
      },
    ],
    test: (v) => v.type !== "true_false" && POINTS_AHEAD.test(v.answer.trim()),
  },
  {
    id: "gate.empty-key",
    why: "'What is needed to make the dye fast?' → 'Further treatment', '… → other measures': a key that says only that there is more of something teaches nothing, and the judges of both tuning rounds of audit 15 called it vague.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is needed to make the dye fast?",
        answer: "Further treatment",
        sentence: "Further treatment is needed to make the dye fast.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is needed to make the dye fast?",
        answer: "a bath of alum",
        sentence: "A bath of alum is needed to make the dye fast.",
      },
    ],
    test: (v) => v.type !== "true_false" && EMPTY_KEY.test(v.answer.trim()),
  },
];
