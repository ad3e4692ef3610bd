import type { GateView } from "./gate-rules";
import { analyze, lexiconTag } from "./nlp";
import type { Rule } from "./rules";
import { NUMBER_WORDS } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;
const OPENS_ON_ITS_BLANK = /^\s*\p{L}+\s+(?:its|their)\s+_____/iu;
const WHAT_IS_ONE_NAME = /^(?:[Ww]hat|[Ww]ho) (?:is|was) \p{Lu}\p{Ll}+\?$/u;
const BLANK_THEN_LOWER = /^_____\s+\p{Ll}/u;

/** Hard-wrapped source text: the rules read its words, not its line breaks. */
const flat = (s: string) => s.replace(/\s+/g, " ");
/**
 * Publishing rules about questions whose form fails on new real texts: a question English does
 * not form, a key the item counts out or leaves without its owner, a comparison or a list member
 * whose other half is in another sentence.
 */

const BLANK = "_____";

/** "How has each cell a thin wall…": "has" of possession turned into an auxiliary. */
const POSSESSIVE_HAVE_QUESTION =
  /^(?:how|why|when|where|what)\s+(?:has|have|had)\s+[^?]*?\b(?:a|an|no)\s+\p{L}/iu;
const HAVE_POSSESSION = /\b(?:has|have|had)\s+(?:a|an|no|two|three|four|many|several|some)\s/i;
const DO_HAVE_PARTICIPLE =
  /^(?:How|Why|When|Where)\s+(?:does|do|did)\s+[^?]*\bhave\s+(?:a|an|no|two|three|many|some)\s[^?]*\s\p{Ll}+(?:ed|en)\?$/u;
const PERFECT = /\b(?:has|have|had)\s+(?:\w+ly\s+)?\p{L}+(?:ed|en|wn|ght|ung|one)\b/iu;

/** A count blank ("three parts") whose list follows it, so the student counts instead of recalls. */
function countGivenAway(v: GateView): boolean {
  if (!v.prompt.includes(BLANK)) return false;
  const key = v.answer.trim().toLowerCase().split(/\s+/);
  const n = NUMBER_WORDS[key[0] ?? ""] ?? (/^\d+$/.test(key[0] ?? "") ? Number(key[0]) : NaN);
  if (!(n >= 2 && n <= 12)) return false;
  const after = v.prompt.slice(v.prompt.indexOf(BLANK) + BLANK.length);
  if (/^\s*[:—–]/.test(after)) return true;
  if (n === 2 && /\bthe first\b[^.]*\bthe (?:second|other)\b/i.test(after)) return true;
  // "Salt and pepper are easy to find, for they are the _____ …": the things just listed
  // before the blank, in the same sentence, count the answer out too.
  const before = v.prompt.slice(0, v.prompt.indexOf(BLANK)).replace(/^Context:\s*“[^”]*”\s*/u, "");
  // A list needs " and ": without one the list regex, tried from every letter, is not run.
  if (!/\sand\s/.test(before)) return false;
  const lists = before.match(/(?:\p{L}+,\s+)*\p{L}+,?\s+and\s+\p{L}+/gu) ?? [];
  const last = lists[lists.length - 1];
  if (!last || !/\b(?:they|these|both)\b/i.test(before.slice(before.lastIndexOf(last))))
    return false;
  return last.split(/,\s*(?:and\s+)?|\s+and\s+/).length === n;
}

export const PRECISION_GATE_RULES_2: Rule<GateView>[] = [
  {
    id: "gate.possession-as-auxiliary",
    why: "'How has each cell a thin wall … surrounded?': a question that turns the 'has' of possession into an auxiliary is not English.",
    fires: [
      {
        type: "short_answer",
        prompt: "Why has the lock a movable gate, therefore time is lost?",
        answer: "To let boats pass",
        sentence: "The lock has a movable gate, therefore time is lost to let boats pass.",
      },
      {
        type: "flashcard",
        prompt: "How has each cell a thin wall and a core surrounded?",
        answer: "By fluid",
        sentence: "Each cell has a thin wall and a core surrounded by fluid.",
      },
      {
        type: "flashcard",
        prompt: "How does each cell have a thin wall and a core surrounded?",
        answer: "By fluid",
        sentence: "Each cell has a thin wall and a core surrounded by fluid.",
      },
      {
        type: "short_answer",
        prompt: "Why does the lock have a movable gate, therefore time is lost?",
        answer: "To let boats pass",
        sentence: "The lock has a movable gate, therefore time is lost to let boats pass.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why does the town have a levee?",
        answer: "Because of the floods",
        sentence: "The town has a levee because of the floods.",
      },
      {
        type: "short_answer",
        prompt: "Why has the town raised its levee?",
        answer: "Because of the floods",
        sentence: "The town has raised its levee because of the floods.",
      },
    ],
    test: (v) =>
      (POSSESSIVE_HAVE_QUESTION.test(v.prompt) &&
        HAVE_POSSESSION.test(flat(v.sentence)) &&
        !PERFECT.test(flat(v.sentence))) ||
      // Asked with "do" the question is still broken when the participle that described the
      // thing owned ends it: "How does each cell have a wall and a core surrounded?"
      DO_HAVE_PARTICIPLE.test(v.prompt.trim()) ||
      // "Why …, therefore time is lost?": a consequence clause swallowed into the question.
      /^(?:How|Why|What|When|Where|Who)\b[^?]*,\s*(?:therefore|thus|hence)\b[^?]*\?$/u.test(
        v.prompt.trim(),
      ),
  },
  {
    id: "gate.count-given-by-list",
    why: "'The plan has _____: a, b, and c' → 'three parts': the list after the blank counts the answer out for the student.",
    fires: [
      {
        type: "mcq",
        prompt: "The harbour has _____: a dock, a market, and a lighthouse.",
        answer: "three parts",
        sentence: "The harbour has three parts: a dock, a market, and a lighthouse.",
      },
      {
        type: "cloze",
        prompt: "The boats came in _____, the first a raft; the second a canoe.",
        answer: "two types",
        sentence: "The boats came in two types, the first a raft; the second a canoe.",
      },
      {
        type: "mcq",
        prompt: "Salt and pepper are easy to find, for they are the _____ every cook keeps.",
        answer: "two spices",
        sentence: "Salt and pepper are easy to find, for they are the two spices every cook keeps.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The mayor and the council met on _____ days in May.",
        answer: "two days",
        sentence: "The mayor and the council met on two days in May.",
      },
      {
        type: "cloze",
        prompt: "The harbour has _____ that serve the fishing fleet.",
        answer: "three docks",
        sentence: "The harbour has three docks that serve the fishing fleet.",
      },
    ],
    test: countGivenAway,
  },
  {
    id: "gate.blank-after-possessive",
    why: "'In its _____ it is two hundred years old': a blank right after 'its/their/his/her' asks about a thing whose owner the item does not name.",
    fires: [
      {
        type: "cloze",
        prompt: "In its _____ the lock dates from the last century.",
        answer: "present form",
        sentence: "In its present form the lock dates from the last century.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The lock keeps its _____ gate from 1820.",
        answer: "oak",
        sentence: "The lock keeps its oak gate from 1820.",
      },
    ],
    test: (v) => OPENS_ON_ITS_BLANK.test(v.prompt),
  },
  {
    id: "gate.what-is-a-name",
    why: "'What is Norland?' → 'the only province with…': a what-is card about a proper name asks for a description no student would give; the name is what a teacher would ask for.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is Norland?",
        answer: "the only province in the north to have deep harbours near its coasts",
        sentence:
          "Norland is the only province in the north to have deep harbours near its coasts.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is a polder?",
        answer: "land reclaimed from the sea and protected by dikes",
        sentence: "A polder is land reclaimed from the sea and protected by dikes.",
      },
    ],
    test: (v) => WHAT_IS_ONE_NAME.test(v.prompt.trim()),
  },
  {
    id: "gate.key-with-verb",
    why: "A blank that swallows the clause's verb ('_____ about a third of all fish' → 'kelp forests support') asks for a half-sentence, not a fact.",
    fires: [
      {
        type: "cloze",
        prompt: "Often called the gardens of the sea, _____ about a third of all fish.",
        answer: "kelp forests support",
        sentence:
          "Often called the gardens of the sea, kelp forests support about a third of all fish.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Readers, the study says, take any _____ as a sign of a slow page.",
        answer: "long delays",
        sentence: "Readers, the study says, take any long delays as a sign of a slow page.",
      },
      {
        type: "cloze",
        prompt: "The mills and the homes of the _____ every day burn wood.",
        answer: "United States",
        sentence: "The mills and the homes of the United States every day burn wood.",
      },
      {
        type: "cloze",
        prompt: "Often called the gardens of the sea, _____ support about a third of all fish.",
        answer: "kelp forests",
        sentence:
          "Often called the gardens of the sea, kelp forests support about a third of all fish.",
      },
    ],
    test: (v) => {
      if (
        !v.prompt.includes(BLANK) ||
        !BLANK_THEN_LOWER.test(v.prompt.slice(v.prompt.indexOf(BLANK)))
      )
        return false;
      const ws = v.answer.trim().split(/\s+/);
      const last = ws[ws.length - 1] ?? "";
      // "the homes of the _____ every day" → "United States": a name's last word is no verb.
      if (ws.length < 2 || !STARTS_LOWER.test(last)) return false;
      if (!/^(?:Verb|PresentTense|Infinitive)$/.test(lexiconTag(last) ?? "")) return false;
      // "reefs support": a plural subject and a bare verb. "100ms delays" (a plural noun the
      // lexicon also knows as a verb) is left unless the tagger, reading the sentence, says verb.
      const prev = ws[ws.length - 2]!;
      if (!/s$/i.test(last)) return /s$/i.test(prev);
      const toks = analyze(flat(v.sentence)).tokens;
      const at = toks.findIndex((t, k) => t.text === last && toks[k - 1]?.text === prev);
      return at >= 0 && toks[at]!.pos === "VERB";
    },
  },
];
