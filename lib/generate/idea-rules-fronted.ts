import { whyQuestion } from "./idea-questions";
import { analyzeOnce, recallable, type IdeaDraft, type IdeaInput } from "./idea-text";
import type { Rule } from "./rules";
import type { Token } from "./nlp";
import { present } from "./present";

/**
 * "Because corals cannot move, they have to find another way to mate": the reason comes first and
 * the main clause names its subject with a pronoun ("they", "it") or a bare quantifier ("many",
 * "most") that stands for the reason's subject. The general cause rule cannot ask "Why do they …?";
 * here the pronoun is resolved inside the sentence ("Why do corals have to find …?") and the key is
 * the reason as written. Only a reason whose subject is a plain noun phrase (no pronoun, no
 * "this"), whose number agrees with the pronoun, and a "since" clause with a finite verb (not
 * "Since 2010, …").
 */
const FRONTED = /^(Because|Since)\s+([^,;:]{8,160}),\s+(they|it|many|most|some)\s+(\p{Ll}.+)$/u;
/** "Since X, the town …": a fronted "since" before a main clause that names its own subject. */
const SINCE_NAMED = /^Since\s+([^,;:]{8,160}),\s+((?:the|a|an)\s+\p{Ll}.+|\p{Lu}\p{Ll}+\s.+)$/u;
/**
 * "Since the war ended, …" tells when; "since corals are animals" gives a reason: a "since"
 * clause gives one only in the present ("are", "can", "need").
 */
const PAST = /^(?:was|were|had|did|ended|began|started|came|went|left)$/i;
function presentVerb(t: Token): boolean {
  if (PAST.test(t.text)) return false;
  if (t.pos === "AUX")
    return /^(?:is|are|am|can|cannot|ca|has|have|do|does|must|need|may|will)$/i.test(t.text);
  return !/ed$/i.test(t.text);
}
const SUBJECT_POS = /^(?:ADJ|NOUN|PROPN|DET)$/;
/** A verb of saying or thinking after the pronoun: the pronoun is people, not the reason's subject. */
const REPORTS =
  /^(?:say|says|said|think|thinks|thought|believe|believes|believed|hope|hopes|hoped|fear|fears|feared|expect|expects|expected|argue|argues|argued|claim|claims|claimed|know|knew|suggest|suggests|suggested|agree|agreed|report|reported|tell|told|reckon|reckoned)\b/i;
/** "it is best to …", "it takes an hour to …", "it was clear that …": "it" stands for nothing. */
const EMPTY_IT =
  /^(?:is|was|will be|would be|has been|had been|seems|seemed|becomes|became|takes|took|makes|made|remains|remained)\s+(?:\p{L}+\s+){0,3}?(?:to|that|for|whether|how|when)\b/u;
/** Articles and determiners a resolved subject may keep; "this", "that" point outside. */
const DETERMINER = /^(?:the|a|an|all|most|many|some|several|both|every|each)$/i;

/** The reason clause's subject (tokens before its verb) and whether its head is plural. */
function reasonSubject(toks: Token[]): { words: Token[]; plural: boolean; verbAt: number } | null {
  let i = 0;
  // "even a random identifier …": a focusing adverb before the subject is no part of it.
  if (/^(?:even|only|just)$/i.test(toks[0]?.text ?? "")) i = 1;
  const from = i;
  while (i < toks.length && SUBJECT_POS.test(toks[i]!.pos)) {
    if (toks[i]!.pos === "DET" && (i !== from || !DETERMINER.test(toks[i]!.text))) return null;
    i++;
  }
  const head = toks[i - 1];
  const verb = toks[i];
  if (i - from < 1 || i - from > 5 || !head || !/^(?:NOUN|PROPN)$/.test(head.pos)) return null;
  if (!verb || !/^(?:AUX|VERB)$/.test(verb.pos) || /ing$/i.test(verb.text)) return null;
  // "wells" (lemma "well") is plural; a name is taken as one thing.
  const plural = isPlural(head);
  return { words: toks.slice(from, i), plural, verbAt: i };
}

const isPlural = (t: Token) =>
  t.pos === "NOUN" && t.lemma.toLowerCase() !== t.text.toLowerCase() && /s$/i.test(t.text);

/**
 * "Because a leak can drain the tank, it …": the pronoun may stand for the verb's object as well
 * as for the subject. An object noun of the pronoun's number (before any preposition) makes the
 * reading unsure; a complement after "be" ("corals are stationary animals") names the subject.
 */
function objectCompetes(toks: Token[], verbAt: number, plural: boolean): boolean {
  for (let i = verbAt; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === "ADP" || t.pos === "SCONJ" || t.pos === "PUNCT") return false;
    if (t.lemma.toLowerCase() === "be") return false;
    if (t.pos === "NOUN" || t.pos === "PROPN") return isPlural(t) === plural;
  }
  return false;
}

/** "Corals have to find …" is asked "Why do corals have to find …?": "have to" is no auxiliary. */
function haveToQuestion(subject: string, rest: string): string | null {
  const m = /^(have|has|had)\s+to\s+(\p{L}.*?)[.!]?$/u.exec(rest);
  if (!m) return null;
  const aux = m[1] === "have" ? "do" : m[1] === "has" ? "does" : "did";
  return `Why ${aux} ${subject} have to ${m[2]}?`;
}

function frontedCause(input: IdeaInput): IdeaDraft | null {
  if (!/^(?:Because|Since)\s/.test(input.text)) return null;
  const s = present(input.text).trim();
  const m = FRONTED.exec(s);
  if (!m) return sinceNamed(s, input);
  const [, connective, reason, pronoun, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const toks = analyzeOnce(reason).tokens.filter((t) => t.pos !== "SPACE");
  const subj = reasonSubject(toks);
  if (!subj) return null;
  if (connective === "Since" && !presentVerb(toks[subj.verbAt]!)) return null;
  const p = pronoun.toLowerCase();
  // "…, they say the harvest will fail": people speak, not the reason's subject; "…, it is best
  // to stay home", "it takes an hour to …": an empty "it" stands for nothing.
  if (REPORTS.test(rest) || (p === "it" && EMPTY_IT.test(rest))) return null;
  if ((p === "it") === subj.plural || objectCompetes(toks, subj.verbAt, subj.plural)) return null;
  const first = subj.words[0]!;
  const bare = !DETERMINER.test(first.text);
  // "many corals": a quantifier takes a bare plural ("Since corals are …, many have …").
  if (/^(?:many|most|some)$/.test(p) && (!bare || !subj.plural)) return null;
  const phrase = reason.slice(first.start, subj.words[subj.words.length - 1]!.end);
  const named = /^(?:many|most|some)$/.test(p) ? `${p} ${phrase}` : phrase;
  const main = `${named.charAt(0).toUpperCase()}${named.slice(1)} ${rest}`;
  const question = haveToQuestion(named, rest) ?? whyQuestion(main, input.isName);
  const answer = recallable(reason);
  if (!question || !answer) return null;
  return { idea: "cause", question, answer };
}

/** "Since X, the town …": the general cause rule reads no fronted "since"; asked here. */
function sinceNamed(s: string, input: IdeaInput): IdeaDraft | null {
  const m = SINCE_NAMED.exec(s);
  if (!m) return null;
  const toks = analyzeOnce(m[1]!).tokens.filter((t) => t.pos !== "SPACE");
  const subj = reasonSubject(toks);
  if (!subj || !presentVerb(toks[subj.verbAt]!)) return null;
  const question = whyQuestion(m[2]!, input.isName);
  const answer = recallable(m[1]!);
  if (!question || !answer) return null;
  return { idea: "cause", question, answer };
}

export const FRONTED_CAUSE_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.cause-fronted",
  why: "'Because/Since X …, they/it/many …' gives the reason first and names the main clause's subject with a pronoun that stands for X's subject: 'Why do corals …?' is answered by the reason as written.",
  fires: [
    { text: "Because otters cannot keep warm with fat, they spend hours grooming their fur." },
    { text: "Because reef corals cannot move, they have to wait for the current to bring food." },
    {
      text: "Since desert toads are active only at night, many have lost the bright colours of their cousins.",
    },
    {
      text: "Because even a small crack can spread in the frost, it should be filled before the winter.",
    },
    // A fronted "since" before a main clause with its own subject.
    {
      text: "Since several mills draw on the same stream, the valley council decides the hours of each wheel.",
    },
  ],
  passes: [
    // "Since 2010", "since the war ended": a time, not a reason.
    { text: "Since the old bridge closed, the ferry has carried every cart across the river." },
    { text: "Since 2010, they have planted willows along every ditch in the valley." },
    // The reason's subject is a pronoun: what "they" are is in another sentence.
    { text: "Because they cannot keep warm with fat, they groom their fur for hours each day." },
    // "it" cannot stand for a plural subject: it points outside the sentence.
    { text: "Because otters cannot keep warm with fat, it takes them hours to groom their fur." },
    // "it" may be the tank as well as the leak.
    {
      text: "Because even a small leak can drain the tank, it should be checked before every trip.",
    },
    // People speak, and an empty "it" stands for nothing.
    { text: "Since the rains are late this year, they say the harvest will fail." },
    { text: "Because the mountain road is icy, it is best to stay at home." },
    // "this" points back.
    { text: "Because this river floods every spring, it is lined with high stone walls." },
    // The main clause names its own subject: the general cause rule asks it.
    { text: "Because otters cannot keep warm with fat, the pups stay close to their mothers." },
  ],
  test: frontedCause,
};
