import { CONFIG } from "./config";
import { analyze, type Token } from "./nlp";
import { decapitalize, thirdPerson } from "./make-question";
import type { Rule } from "./rules";
import { isKnownWord } from "./spelling";
import { COMPARED_SUBJECT } from "./words";
import { NEGATION_RE, stripCitations } from "./text-utils";

/**
 * A sound statement that no false version can partner still holds a claim worth learning: asked
 * as "What do desert beetles do?" → "collect water from the morning fog", a flashcard tests
 * the same claim with no True to guess. Only a sentence that opens on its own named subject and
 * its action qualifies; the subject must be named nowhere else in the essay, or the question
 * would have several answers.
 */
export interface SubjectAction {
  question: string;
  answer: string;
  /** The subject as the sentence writes it: counted in the essay by the caller. */
  subject: string;
}

export interface StatementInput {
  text: string;
  tokens?: Token[];
  properWords?: Set<string>;
}

/** Words a subject may be made of: articles, describing words and nouns, nothing that points back. */
const SUBJECT_POS = /^(?:ADJ|NOUN|PROPN)$/;
/** Quantifiers and pointing words: "another case", "many towns", "both sides" lean elsewhere. */
export const LEANING_START =
  /^(?:this|that|these|those|another|other|such|both|each|either|neither|some|many|most|few|several|all|its|their|his|her|our|your|my|one|two|three|four|the\s+(?:first|second|third|former|latter|same|other|last|next|previous))\b/i;
/** The reader's or writer's own voice: "What does your garden do?" asks the reader about themself. */
const PERSONAL = /\b(?:I|we|us|our|you|your|my)\b/i;
/** Verbs that say little without their object ("has", "gets", "makes up"): no action to recall. */
const EMPTY_VERBS = /^(?:be|have|get|do|make|go|come|say|tell|seem|become|remain|include)$/;

const MODALS = /^(?:can|could|may|might|will|would|should|must)$/i;

/**
 * Verbs that relate the subject to something rather than say what it does ("A weak levee implies
 * a weak town"): "What does a weak levee do?" → "implies …" does not fit; the question names
 * the verb and the answer is what it relates to ("What does a weak levee imply?").
 */
const RELATION_VERBS =
  /^(?:imply|mean|entail|require|involve|need|signify|denote|indicate|presuppose|deserve|demand)$/;

/** Adverbs between subject and verb that the question may leave out. */
const SKIPPED_ADVERBS = /^(?:also|often|usually|generally|typically|sometimes|mostly|largely)$/i;

/**
 * "…collects the fog and the wind carries it off": a second subject with its own verb after "and"
 * or a comma makes the answer two claims, the second not about the subject asked.
 */
function secondClause(toks: Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (toks[i]!.pos !== "CCONJ" && toks[i]!.text !== ",") continue;
    let j = i + 1;
    if (/^(?:the|a|an)$/i.test(toks[j]?.text ?? "")) j++;
    const start = j;
    while (j < end && SUBJECT_POS.test(toks[j]!.pos)) j++;
    if (j > start && /^(?:VERB|AUX)$/.test(toks[j]?.pos ?? "")) return true;
    // The tagger reads a verb after a compound subject as a noun ("harbour crane drivers load/NOUN").
    if (j - start >= 3) return true;
  }
  return false;
}

/** The end of a subject carried on by "and/or <noun phrase>" or "<preposition> <noun phrase>". */
export function extendSubject(toks: Token[], v: number, end: number): number {
  for (let more = 0; more < 2; more++) {
    const link = toks[v];
    if (!link || !(link.pos === "ADP" || (link.pos === "CCONJ" && /^(?:and|or)$/i.test(link.text))))
      return v;
    if (/^(?:by|than|like|as)$/i.test(link.text)) return v;
    let j = v + 1;
    if (/^(?:the|a|an|other)$/i.test(toks[j]?.text ?? "")) j++;
    const start = j;
    while (j < end && SUBJECT_POS.test(toks[j]!.pos)) j++;
    if (j === start || j - start > 4 || !/^(?:NOUN|PROPN)$/.test(toks[j - 1]!.pos)) return v;
    v = j;
  }
  return v;
}

/**
 * "The use of fog based harvesting is…", "a canal dredged last spring has drained…": an
 * auxiliary with no relative word before it means the word taken for the verb modified a noun,
 * and the real verb comes later.
 */
export function hiddenVerb(toks: Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (/^(?:that|which|who|whom|where|when|what|how|because|as|if|while)$/i.test(toks[i]!.text))
      return false;
    if (toks[i]!.pos === "AUX") return true;
  }
  return false;
}

function morphOf(t: Token): "base" | "3sg" | "past" | null {
  const lower = t.text.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  if (!/^[a-z]+$/.test(lower) || !/^[a-z]+$/.test(lemma) || /ing$/.test(lower)) return null;
  // "texted", "emailed": a verb the tagger does not know keeps its "-ed" in the lemma; a known
  // stem before it says it is past ("need" and "shed" have none).
  if (lower === lemma && /ed$/.test(lower) && isKnownWord(lower.slice(0, -2))) return "past";
  if (lower === lemma) return "base";
  if (lower === thirdPerson(lemma)) return "3sg";
  return /ed$/.test(lower) ? "past" : null;
}

/** "Desert beetles collect fog." → "What do desert beetles do?" / "collect fog". */
export function subjectAction(input: StatementInput): SubjectAction | null {
  const text = input.text.trim();
  if (/["“”?!:;]/.test(text) || NEGATION_RE.test(text) || PERSONAL.test(text)) return null;
  const toks = input.tokens ?? analyze(text).tokens;
  let end = toks.length;
  while (end > 0 && toks[end - 1]!.pos === "PUNCT") end--;
  let v = 0;
  if (toks[0] && /^(?:the|a|an)$/i.test(toks[0].text)) v = 1;
  const from = v;
  while (v < end && SUBJECT_POS.test(toks[v]!.pos)) v++;
  const subjectWords = v - from;
  if (subjectWords < 1 || subjectWords > 4 || v >= end) return null;
  if (!/^(?:NOUN|PROPN)$/.test(toks[v - 1]!.pos) || LEANING_START.test(text)) return null;
  // "Geese and other birds of the marsh", "crews aboard the ferry": a joined or placed
  // subject names one thing as well, and is named once more rarely still.
  const head = v;
  v = extendSubject(toks, v, end);
  // A bare one-word subject is the essay's topic more often than not ("Sand holds heat"),
  // unless it is a name the essay writes capitalised mid-sentence too (the tagger reads any
  // sentence-initial capital as a name).
  const one = toks[0]!.text;
  if (
    subjectWords === 1 &&
    from === 0 &&
    v === head &&
    !(input.properWords?.has(one) || /^\p{Lu}{2}/u.test(one))
  )
    return null;
  const subjectEnd = v;
  // "The river also carries…": a frequency or additive adverb stays out of the answer.
  while (v < end && toks[v]!.pos === "ADV" && SKIPPED_ADVERBS.test(toks[v]!.text)) v++;
  // "Beetles can survive for months" → "What can beetles do?": a modal asks what they are able to.
  const modal = toks[v] && toks[v]!.pos === "AUX" && MODALS.test(toks[v]!.text) ? toks[v]! : null;
  if (modal) v++;
  const verb = toks[v];
  if (!verb || verb.pos !== "VERB" || EMPTY_VERBS.test(verb.lemma.toLowerCase())) return null;
  const morph = modal ? "base" : morphOf(verb);
  // "Oceans warmed by the Sun…" is a participle, not the subject's action.
  if (!morph || (morph === "past" && /^by$/i.test(toks[v + 1]?.text ?? ""))) return null;
  if (secondClause(toks, v + 1, end) || hiddenVerb(toks, v + 1, end)) return null;
  const answer = stripCitations(text.slice(verb.start))
    .replace(/[\s.,;!?]+$/, "")
    .trim();
  const words = answer.split(/\s+/).length;
  if (words < CONFIG.statementQuestions.minAnswerWords || words > CONFIG.idea.maxAnswerWords)
    return null;
  const subject = text.slice(toks[0]!.start, toks[subjectEnd - 1]!.end);
  if (COMPARED_SUBJECT.test(subject)) return null;
  const first = subject.match(/^[\p{L}'’-]+/u)![0];
  const shown =
    decapitalize(first, input.properWords ?? new Set(), subject.slice(first.length)) +
    subject.slice(first.length);
  const aux = modal
    ? modal.text.toLowerCase()
    : morph === "past"
      ? "did"
      : morph === "3sg"
        ? "does"
        : "do";
  const lemma = verb.lemma.toLowerCase();
  if (RELATION_VERBS.test(lemma)) {
    const object = answer.slice(verb.text.length).trim();
    if (object.split(/\s+/).length < CONFIG.statementQuestions.minAnswerWords) return null;
    return { question: `What ${aux} ${shown} ${lemma}?`, answer: object, subject };
  }
  return { question: `What ${aux} ${shown} do?`, answer, subject };
}

export const STATEMENT_QUESTION_RULES: Rule<StatementInput, SubjectAction>[] = [
  {
    id: "statement.subject-action",
    why: "A sound statement that no false version can partner is asked as what its named subject does, a flashcard with no True to guess",
    fires: [
      { text: "Desert beetles collect water from the morning fog on their backs." },
      { text: "The old lighthouse keeper trimmed the wicks every evening at dusk." },
      { text: "Grey geese follow the coastline on their way south." },
      { text: "The river also carries silt down to the delta every year." },
      { text: "Desert beetles can survive for months on a few drops of fog." },
      { text: "Geese and other birds of the marsh gathered on the sandbars at dusk." },
      { text: "NATO expanded its air patrols over the northern coast.", properWords: new Set() },
      // A relation, not an action: asked by its own verb ("What does a weak levee imply?").
      { text: "A weak levee implies a weak defence of the whole town." },
    ],
    passes: [
      // Leans on something said before.
      { text: "These beetles collect water from the morning fog." },
      { text: "The first method dries the grain in the sun before threshing." },
      { text: "Another reason is that the river floods every spring." },
      // A copula or a passive: no action of the subject's own.
      { text: "Desert beetles are small insects with hard shells." },
      { text: "Desert beetles can be found in the driest deserts." },
      { text: "The fog is collected by desert beetles on their backs." },
      // Something before the subject, the reader's voice, a negation, a quotation.
      { text: "In the morning, desert beetles collect water from the fog." },
      { text: "Your garden needs more shade in the summer." },
      { text: "Desert beetles never drink from pools of water." },
      { text: "Desert beetles say “we love fog” in the old story." },
      // An empty verb, or too little left to recall.
      { text: "Desert beetles have hard shells and long legs." },
      { text: "Desert beetles thrive." },
      // A participle, not an action; a second clause with a subject of its own.
      { text: "Rivers swollen by the rain flooded the valley towns." },
      { text: "Desert beetles collect the fog and the wind carries the rest away." },
      { text: "The use of fog based harvesting is common in the hills." },
      { text: "A canal dredged last spring has already drained the marsh." },
      { text: "The lake absorbs heat by day and valley floor winds carry it off at night." },
      // A lone sentence-initial noun is read as a name by the tagger; it is the topic.
      { text: "Sand shifts as the wind rises." },
    ],
    test: subjectAction,
  },
];

/** Rules whose question answers with a clause or subject of the sentence, not a span: no blank checks. */
export const STATEMENT_QUESTIONS: ReadonlySet<string> = new Set([
  "statement.subject-action",
  "statement.subject-question",
]);
