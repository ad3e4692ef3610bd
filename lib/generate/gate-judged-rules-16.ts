import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { MONTH_SET } from "./find-spans";
import { analyzeOnce, startsWithVerb } from "./idea-text";
import type { Token } from "./nlp";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ALL_LOWER = /^\p{Ll}+$/u;
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Rules from session 14, on faults both judges named in audit 15's rounds and audit 16's first
 * ones, in items the generator still published (more in gate-judged-rules-17.ts).
 */

/** A month's name as a key, capitalised as written ("May", not "may"). */
const monthKey = (answer: string) =>
  ONE_CAPITALISED_WORD.test(answer) && MONTH_SET.has(answer.toLowerCase());
/** "On _____ 28, 1904", "the 24th _____ 1710": the blank sits between a date's day and year. */
const DAY_BESIDE_BLANK =
  /_____\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?_____/;

/** Verbs whose object is followed by what it is to do: "require X to …", "allow X to …". */
const CONTROL_VERB =
  /\b(?:require|requires|required|ask|asks|asked|allow|allows|allowed|force|forces|forced|urge|urges|urged|encourage|encourages|encouraged|enable|enables|enabled|expect|expects|expected|compel|compels|compelled|oblige|obliges|obliged|permit|permits|permitted|want|wants|wanted|order|orders|ordered)\?$/;

/**
 * "the interaction of several organs and occur gradually": a noun phrase, then "and" and a verb
 * in its bare form, with no verb before it: the answer ran on into the sentence's second predicate.
 */
function runsIntoPredicate(answer: string, sentence: string): boolean {
  if (!/\sand\s/.test(answer)) return false;
  // Tagged in its sentence: alone, a fragment's verb reads as a noun ("and form around …").
  const at = sentence.indexOf(answer);
  if (at < 0) return false;
  const toks = analyzeOnce(sentence).tokens.filter(
    (t) => t.start >= at && t.end <= at + answer.length,
  );
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
    if (t.text.toLowerCase() === "and" && bareVerbAt(toks, i + 1)) return true;
  }
  return false;
}

/**
 * A verb in its bare form at `i`. The tagger reads some ("form around", "dry quickly") as nouns or
 * adjectives: such a word counts when a verb can be read ("to form") and a preposition or adverb,
 * not "of", follows it.
 */
function bareVerbAt(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos === "VERB") return t.text.toLowerCase() === t.lemma.toLowerCase();
  const after = toks[i + 1];
  return (
    /^(?:NOUN|ADJ)$/.test(t.pos) &&
    ALL_LOWER.test(t.text) &&
    !/s$/.test(t.text) &&
    after !== undefined &&
    /^(?:ADP|ADV)$/.test(after.pos) &&
    after.text.toLowerCase() !== "of" &&
    startsWithVerb(t.text)
  );
}

const ASKED = /^(?:short_answer|flashcard)$/;
/** Items with a blank in the prompt (a flashcard may be a blank card). */
export const BLANKED = /^(?:cloze|mcq|flashcard)$/;

/** "_____ (10 feet)", "10 feet (_____)": the same amount in other units stands beside the blank. */
const CONVERTED_BESIDE_BLANK =
  /_____\s*\(\s*(?:about\s+|approximately\s+|some\s+|nearly\s+)?[\d.,½¼¾]+\s*[\p{L}°%]|[\d.,½¼¾]+\s*\p{L}[\p{L}.]*\s*\(\s*_____\s*\)/u;

export const JUDGED_GATE_RULES_16: Rule<GateView>[] = [
  {
    id: "gate.month-of-date",
    why: "'On _____ 28, 1904, the mill opened.' → 'May': a month cut out of a date, its day left standing, asks for a third of a date; both judges called such blanks trivial or badly formed.",
    fires: [
      {
        type: "cloze",
        prompt: "On _____ 28, 1904, the mill on the river opened.",
        answer: "May",
        sentence: "On May 28, 1904, the mill on the river opened.",
      },
      {
        type: "flashcard",
        prompt: "The ferry first sailed on the 24th _____ 1710.",
        answer: "February",
        sentence: "The ferry first sailed on the 24th February 1710.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The mill on the river opened in _____ 1904.",
        answer: "May",
        sentence: "The mill on the river opened in May 1904.",
      },
      {
        type: "cloze",
        prompt: "On May 28, _____, the mill on the river opened.",
        answer: "1904",
        sentence: "On May 28, 1904, the mill on the river opened.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" && monthKey(v.answer.trim()) && DAY_BESIDE_BLANK.test(v.prompt),
  },
  {
    id: "gate.object-then-task",
    why: "'What do many ports require?' → 'ships to carry a pilot': after 'require', 'allow', 'ask' the object is only who must act, and the question hides what they must do. The judges of audit 15 rejected such questions as vague.",
    fires: [
      {
        type: "short_answer",
        prompt: "What does the harbour board require?",
        answer: "all ships entering the port to carry a pilot",
        sentence: "The harbour board requires all ships entering the port to carry a pilot.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What does the harbour board require?",
        answer: "a pilot on every ship entering the port",
        sentence: "The harbour board requires a pilot on every ship entering the port.",
      },
    ],
    test: (v) =>
      ASKED.test(v.type) && CONTROL_VERB.test(v.prompt.trim()) && /\bto\s+\p{Ll}/u.test(v.answer),
  },
  {
    id: "gate.answer-runs-into-predicate",
    why: "'What are nets made of?' → 'hemp, flax and wool and dry quickly in the sun': the answer's noun phrase ran on through 'and' into the sentence's next verb, so it answers with half of another clause. Both judges called such answers ungrammatical.",
    fires: [
      {
        type: "short_answer",
        prompt: "What are the old nets made of?",
        answer: "hemp, flax and wool and dry quickly in the sun",
        sentence: "The old nets are made of hemp, flax and wool and dry quickly in the sun.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What are the old nets made of?",
        answer: "hemp, flax and wool",
        sentence: "The old nets are made of hemp, flax and wool and dry quickly in the sun.",
      },
      {
        type: "short_answer",
        prompt: "What do bees help?",
        answer: "plants grow and thrive",
        sentence: "Bees help plants grow and thrive.",
      },
    ],
    test: (v) => ASKED.test(v.type) && runsIntoPredicate(v.answer, v.sentence),
  },
  {
    id: "gate.object-question",
    why: "'What can storms cause?', 'What does the valley provide?': a question on a verb's object alone has as many answers as the thing has effects or parts, and the sentence gives one. Over five judged rounds (audit 15 and audit 16's first) both judges accepted 6 of 27 such questions; they stay drafts a teacher may sharpen.",
    fires: [
      {
        type: "short_answer",
        prompt: "What can winter storms cause?",
        answer: "the harbour walls to crack",
        sentence: "Winter storms can cause the harbour walls to crack.",
        rule: "idea.object",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What led to the closing of the mill?",
        answer: "The flood of 1903",
        sentence: "The flood of 1903 led to the closing of the mill.",
        rule: "idea.caused",
      },
    ],
    test: (v) => v.rule === "idea.object",
  },
  {
    id: "gate.converted-quantity",
    why: "'The canal is _____ (10 feet) deep' → 'about 3 metres': the same amount in other units stands beside the blank, so the item converts rather than recalls. Both judges called each such blank obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "The old canal is _____ (10 feet) deep at the lock.",
        answer: "about 3 meters",
        sentence: "The old canal is about 3 meters (10 feet) deep at the lock.",
      },
      {
        type: "cloze",
        prompt: "The old canal is 10 feet (_____) deep at the lock.",
        answer: "3 meters",
        sentence: "The old canal is 10 feet (3 meters) deep at the lock.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The old canal is _____ deep at the lock (see figure 2).",
        answer: "about 3 meters",
        sentence: "The old canal is about 3 meters deep at the lock (see figure 2).",
      },
    ],
    test: (v) => BLANKED.test(v.type) && CONVERTED_BESIDE_BLANK.test(v.prompt),
  },
];
