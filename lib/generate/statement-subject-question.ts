import { CONFIG } from "./config";
import { analyze, lexiconTag, type Token } from "./nlp";
import { thirdPerson } from "./make-question";
import type { Rule } from "./rules";
import {
  extendSubject,
  hiddenVerb,
  LEANING_START,
  type StatementInput,
} from "./statement-questions";
import { NEGATION_RE, stripCitations } from "./text-utils";
import { coordinatedBareVerb } from "./question-grammar";
import { PERSON_NOUN } from "./words";

/**
 * A sound statement asked from its other end: "Gold and silver had been a rare commodity in the
 * middle ages" → "What had been a rare commodity in the middle ages?" → "Gold and silver". The
 * predicate, kept as written, says which thing is meant, and a question on the subject needs no
 * inversion, so it reads as the sentence does. It asks the claim where no false version can
 * partner the true statement and no blank is worth asking.
 */
export interface SubjectQuestion {
  question: string;
  answer: string;
  /** The subject as the sentence writes it: checked against the essay's topic by the caller. */
  subject: string;
}

const SUBJECT_POS = /^(?:ADJ|NOUN|PROPN)$/;
/** Words that point outside the sentence, or the reader's and writer's voice. */
const POINTS_OUT =
  /\b(?:I|we|us|our|you|your|my|me|it|its|this|these|those|they|them|their|he|him|his|she|her|such|former|latter|same|other|others|one|ones|also|too|again|then|there|what|which)\b/i;
/** "more complicated", "less often": a comparison with nothing to compare to leans back. */
const OPEN_COMPARISON = /\b(?:more|less|fewer|better|worse|further)\b(?![^,;]*\bthan\b)/i;
/** Plural forms of "be" and "have" made singular after "What" ("What was …" → "Gold and silver"). */
const SINGULAR: Readonly<Record<string, string>> = { were: "was", are: "is", have: "has" };

/** The person or thing the subject names: "Who" for people, "What" for things, null if unsure. */
function whWord(head: Token, first: boolean, properWords?: Set<string>): "Who" | "What" | null {
  const word = head.text.toLowerCase();
  const lemma = head.lemma.toLowerCase();
  if (PERSON_NOUN.test(word) || PERSON_NOUN.test(lemma)) return "Who";
  const known = lexiconTag(word);
  // A capital only the sentence start explains, on a word no lexicon knows: a name or a noun?
  if (first && head.pos === "PROPN" && !known && !properWords?.has(head.text)) return null;
  // The tagger reads any sentence-initial capital as a name: only the essay's own names are.
  const name = first ? properWords?.has(head.text) : head.pos === "PROPN";
  // A name is a person's when the lexicon says so; a place's, a body's or an unknown one may be either.
  if (name)
    return /Person|FirstName|LastName|MaleName|FemaleName|Honorific/.test(known ?? "")
      ? "Who"
      : null;
  return "What";
}

const NOT_LETTERS = /[^\p{L}]+/u;
const tidy = (s: string) => stripCitations(s).replace(/\s+/g, " ").trim();
/**
 * A stop the tagger left inside the last word: it reads "Sun." and "Wed." as abbreviations
 * (Sunday, Wednesday), so "… warmed by the Sun." kept its stop before the question mark. An
 * initialism keeps its own ("the U.S.").
 */
const STOP_IN_LAST_WORD = /(?<!(?:^|[\s.])\p{L})\.$/u;

/** Does a plural noun head the complement that starts at `from` ("good places")? */
function pluralComplement(toks: Token[], from: number, end: number): boolean {
  let i = from;
  while (i < end && /^(?:DET|ADJ|ADV)$/.test(toks[i]!.pos)) i++;
  const noun = toks[i];
  return (
    noun !== undefined &&
    noun.pos === "NOUN" &&
    /s$/i.test(noun.text) &&
    noun.text.toLowerCase() !== noun.lemma.toLowerCase()
  );
}

export function subjectQuestion(input: StatementInput): SubjectQuestion | null {
  // The tagger's offsets are into the sentence as given: it is sliced as given, and the slices
  // are tidied (line breaks, citation markers) afterwards.
  const text = input.text;
  if (/["“”?!:;()]/.test(text) || NEGATION_RE.test(text) || LEANING_START.test(text)) return null;
  if (/[[\]]/.test(stripCitations(text))) return null;
  const toks = (input.tokens ?? analyze(text).tokens).filter((t) => t.pos !== "SPACE");
  let end = toks.length;
  while (end > 0 && toks[end - 1]!.pos === "PUNCT") end--;
  let v = /^(?:the|a|an)$/i.test(toks[0]?.text ?? "") ? 1 : 0;
  const from = v;
  while (v < end && SUBJECT_POS.test(toks[v]!.pos)) v++;
  if (v - from < 1 || v - from > 4 || !/^(?:NOUN|PROPN)$/.test(toks[v - 1]?.pos ?? "")) return null;
  const head = toks[v - 1]!;
  v = extendSubject(toks, v, end);
  const subjectEnd = v;
  const verb = toks[v];
  if (!verb || !/^(?:AUX|VERB)$/.test(verb.pos)) return null;
  // "Organ pedals were …", "Corals spawning at …": a noun read as a verb, or a participle.
  if (verb.pos === "VERB" && (toks[v + 1]?.pos === "AUX" || /ing$/i.test(verb.text))) return null;
  // "had been", "will be moved": the auxiliaries after the first belong to the same verb.
  let after = v + 1;
  while (after < end && toks[after]!.pos === "AUX") after++;
  if (hiddenVerb(toks, after, end)) return null;
  const wh = whWord(head, toks[0] === head, input.properWords);
  if (!wh) return null;
  const predicate = tidy(text.slice(verb.start, toks[end - 1]!.end)).replace(STOP_IN_LAST_WORD, "");
  const n = predicate.split(/\s+/).length;
  if (n < CONFIG.subjectQuestion.minPredicateWords || n > CONFIG.idea.maxAnswerWords) return null;
  if (POINTS_OUT.test(predicate) || OPEN_COMPARISON.test(predicate)) return null;
  // "that space", "those years": a demonstrative (the tagger tells it from "that" the conjunction).
  const rest = toks.slice(v);
  if (
    rest.some(
      (t, i) => /^(?:that|those)$/i.test(t.text) && /^(?:NOUN|ADJ)$/.test(rest[i + 1]?.pos ?? ""),
    )
  )
    return null;
  const subject = tidy(text.slice(toks[0]!.start, toks[subjectEnd - 1]!.end));
  if (POINTS_OUT.test(subject)) return null;
  // "Scholars adopt three approaches" → "Who adopts …?" → "Scholars": a whole class, one bare
  // plural noun, is what anyone would answer.
  if (from === 0 && bareClass(toks.slice(0, subjectEnd), input.properWords)) return null;
  // The subject's own words in the predicate ("The river floods the river towns") give it away.
  const own = subject
    .toLowerCase()
    .split(NOT_LETTERS)
    .filter((w) => w.length > 3);
  if (own.some((w) => predicate.toLowerCase().includes(w))) return null;
  const v0 = verb.text.toLowerCase();
  // "Village markets are good places for …" → "What are good places …?": a plural complement
  // keeps the plural copula ("What is good places" is ungrammatical).
  let shown =
    /^(?:are|were)$/.test(v0) && pluralComplement(toks, v + 1, end) ? v0 : (SINGULAR[v0] ?? v0);
  // "Farmers grow rice" → "Who grows rice?": a plural present verb agrees with "Who"/"What",
  // and "… and sell it" after it would not.
  if (verb.pos === "VERB" && v0 === verb.lemma.toLowerCase()) {
    if (coordinatedBareVerb(toks, v + 1)) return null;
    shown = thirdPerson(v0);
  }
  const question = `${wh} ${shown}${predicate.slice(verb.text.length)}?`;
  return { question, answer: subject.charAt(0).toUpperCase() + subject.slice(1), subject };
}

export const SUBJECT_QUESTION_RULES: Rule<StatementInput, SubjectQuestion>[] = [
  {
    id: "statement.subject-question",
    why: "A statement whose predicate says which thing is meant ('… had been a rare commodity in the middle ages') is asked from its subject: a recalled answer, no inversion to get wrong, no True to guess.",
    fires: [
      { text: "Salt and pepper had been a rare luxury in the hill villages." },
      { text: "The centre of the wool trade was moved from the river towns to the coast." },
      { text: "Hill farmers grow barley on the terraces above the lake." },
    ],
    passes: [
      // "their" and "this" point at another sentence.
      { text: "The old knights lost their place at the court." },
      { text: "The new tax changed all this within a decade." },
      // A comparison with nothing to compare to.
      { text: "The new state was a more complicated affair." },
      // The subject's own word gives the answer away.
      { text: "The river floods the low river meadows every spring." },
      // A name the tagger cannot place: "Who" or "What"?
      { text: "Harrowgate built a new mill beside the river in the spring." },
      // The writer's voice.
      { text: "The farmers gave us the best seed in the valley." },
      // A whole class is anyone's answer: "Who adopts …?" → "Scholars".
      { text: "Scholars adopt three main approaches to the history of the guilds." },
      // "Who grows … and sell …?": the second verb would not agree.
      { text: "Hill farmers grow barley on the terraces and sell it in the town." },
    ],
    test: (s) => subjectQuestion(s),
  },
];

/** One plural common noun and nothing else: "Scholars", "Farmers". */
function bareClass(subject: Token[], properWords?: Set<string>): boolean {
  const head = subject[0];
  if (subject.length !== 1 || !head || properWords?.has(head.text)) return false;
  // The tagger reads a sentence-initial capital as a name: the word is read again in lower case.
  const lower = head.text.toLowerCase();
  const t = analyze(`the ${lower} say`).tokens[1];
  return t?.pos === "NOUN" && t.lemma.toLowerCase() !== lower;
}
