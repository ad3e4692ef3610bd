import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { asksWhatOrWho } from "./gate-judged-rules-14";
import { analyzeOnce, startsWithVerb } from "./idea-text";
import type { Token } from "./nlp";
import { ACRONYM_GLUE } from "./gate-blank-rules-3";
import { contentWords } from "./make-distractors";
import { CONFIG } from "./config";

/**
 * Rules from session 14, on faults both judges of audit 15's rounds named in items the generator
 * still published afterwards.
 */

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
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
    /^\p{Ll}+$/u.test(t.text) &&
    !/s$/.test(t.text) &&
    after !== undefined &&
    /^(?:ADP|ADV)$/.test(after.pos) &&
    after.text.toLowerCase() !== "of" &&
    startsWithVerb(t.text)
  );
}

const ASKED = /^(?:short_answer|flashcard)$/;

/** "treatments" and "treatment" are one term. */
const termOf = (w: string) => w.replace(/(?:ies|es|s)$/, "");

// The gate asks about every candidate of one essay in turn: its terms are counted once.
let countedEssay = "";
let countedTop = new Set<string>();
/** The essay's most used content words (`CONFIG.judgedGate.topicTerms` of them), as terms. */
function topicTerms(essay: string): Set<string> {
  if (essay === countedEssay) return countedTop;
  const counts = new Map<string, number>();
  for (const w of contentWords(essay)) counts.set(termOf(w), (counts.get(termOf(w)) ?? 0) + 1);
  countedTop = new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, CONFIG.judgedGate.topicTerms)
      .map(([t]) => t),
  );
  countedEssay = essay;
  return countedTop;
}
const BLANKED = /^(?:cloze|mcq|flashcard)$/;

/** "_____ (10 feet)", "10 feet (_____)": the same amount in other units stands beside the blank. */
const CONVERTED_BESIDE_BLANK =
  /_____\s*\(\s*(?:about\s+|approximately\s+|some\s+|nearly\s+)?[\d.,½¼¾]+\s*[\p{L}°%]|[\d.,½¼¾]+\s*\p{L}[\p{L}.]*\s*\(\s*_____\s*\)/u;

/** "National Seed Bank" → "NSB": the initials an acronym of the key would have. */
function initialsOf(key: string): string {
  return (key.match(/[A-Za-z][\w'’]*/g) ?? [])
    .filter((w) => !ACRONYM_GLUE.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

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
      v.type !== "true_false" && MONTH.test(v.answer.trim()) && DAY_BESIDE_BLANK.test(v.prompt),
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
    why: "'What are nets made of?' → 'hemp, flax and wool and last for years': the answer's noun phrase ran on through 'and' into the sentence's next verb, so it answers with half of another clause. Both judges called such answers ungrammatical.",
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
  {
    id: "gate.key-initials-in-prompt",
    why: "'… trials supported by the _____ at NSB-funded centres' → 'National Seed Bank': the key's own initials stand in the item, so the blank spells itself. Both judges called it obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "Find trials supported by the _____ at NSB-funded centres.",
        answer: "National Seed Bank",
        sentence: "Find trials supported by the National Seed Bank at NSB-funded centres.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Find trials supported by the _____ at local centres.",
        answer: "National Seed Bank",
        sentence: "Find trials supported by the National Seed Bank at local centres.",
      },
    ],
    test: (v) => {
      if (!BLANKED.test(v.type) || !/\s/.test(v.answer.trim())) return false;
      const initials = initialsOf(v.answer);
      return initials.length >= 2 && new RegExp(`\\b${initials}\\b`).test(v.prompt);
    },
  },
  {
    id: "gate.answer-opens-on-naming",
    why: "'What did surveys do?' → 'called soundings help find the channel': the sentence's subject ran on into the phrase that names it ('surveys called soundings'), and the question cut it there. Both judges called it nonsense.",
    fires: [
      {
        type: "short_answer",
        prompt: "What do river surveys do?",
        answer: "called soundings help find the deepest channel",
        sentence: "River surveys called soundings help find the deepest channel.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What do river surveys called soundings do?",
        answer: "help find the deepest channel",
        sentence: "River surveys called soundings help find the deepest channel.",
      },
    ],
    test: (v) => asksWhatOrWho(v) && /^(?:called|named|known\s+as|termed|dubbed)\b/i.test(v.answer),
  },
  {
    id: "gate.topic-term-key",
    why: "In an essay on cancer care, 'What can cause side effects? → Cancer treatment': a key made only of the words the essay uses most is what anyone who knows its subject would answer. Over six judged rounds both judges accepted 4 of 15 such keys.",
    fires: [
      {
        type: "short_answer",
        prompt: "What can cause a sore throat and a cough?",
        answer: "Cold weather",
        sentence: "Cold weather can cause a sore throat and a cough.",
        essay:
          "Cold weather is hard on the body. In cold weather the air is dry. Weather that is cold and dry dries the throat. Cold weather can cause a sore throat and a cough. Dress for the weather, and for the cold.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Cold weather can cause a sore throat within _____.",
        answer: "2 days",
        sentence: "Cold weather can cause a sore throat within 2 days.",
        essay:
          "Cold weather is hard on the body over days. In cold weather the air is dry for days. Weather that is cold and dry dries the throat. Cold weather can cause a sore throat within 2 days.",
      },
      {
        type: "short_answer",
        prompt: "What can cause a sore throat and a cough?",
        answer: "Dry air from heaters",
        sentence: "Dry air from heaters can cause a sore throat and a cough.",
        essay:
          "Cold weather is hard on the body. In cold weather the air is dry. Weather that is cold and dry dries the throat. Dry air from heaters can cause a sore throat and a cough. Dress for the weather, and for the cold.",
      },
    ],
    test: (v) => {
      // "about 4 weeks": an amount is asked for its number, however common its unit.
      if (v.type === "true_false" || !v.essay || /\d/.test(v.answer)) return false;
      const words = contentWords(v.answer);
      if (words.length === 0) return false;
      const top = topicTerms(v.essay);
      return words.every((w) => top.has(termOf(w)));
    },
  },
];
