import { CONFIG } from "./config";
import {
  analyzeOnce,
  echoesTerm,
  lowerStart,
  recallable,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import { present } from "./present";
import { VAGUE_SUBJECT } from "./words";

/**
 * Idea rules that read a sentence's own framing: what a name stands for ("… is called X") and
 * what someone or something sets out to do ("X aims to …").
 */

const CALLED =
  /^(?:(?:In|On|At|Among|For|Within)\s+[^,]+,\s+)?(.+?)\s+(is|are|was|were)\s+(?:called|known as|named|termed)\s+([^,;]+)$/u;

/**
 * "The spot where a river leaves its lake is called the outlet" → "What is the outlet?", answered
 * by the subject. A lead-in place ("In the north, …") is left out of both.
 */
export function namedAs(input: IdeaInput): IdeaDraft | null {
  // "A is called X, and B is called Y" names two terms: each clause is read on its own.
  const whole = stripEnd(present(input.text));
  const twice = (whole.match(/\s(?:called|known as|named|termed)\s/g) ?? []).length > 1;
  for (const clause of twice ? whole.split(/,\s+(?:and|while|whereas)\s+/) : [whole]) {
    const draft = namedIn(clause, input);
    if (draft) return draft;
  }
  return null;
}

function namedIn(s: string, input: IdeaInput): IdeaDraft | null {
  const m = CALLED.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  const term = m[3]!.trim().replace(/^["“‘_]+|["”’_]+$/gu, "");
  if (!standsAlone(subject) || VAGUE_SUBJECT.test(subject) || /^(?:it|they|this)\b/i.test(subject))
    return null;
  const n = words(term).length;
  if (n < 1 || n > CONFIG.idea.maxTermWords) return null;
  // The name is a noun phrase: no verb in it ("called to testify" is another sense).
  const toks = analyzeOnce(s).tokens.filter((t) => t.start >= s.lastIndexOf(m[3]!));
  if (toks.some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  const answer = recallable(subject);
  if (!answer || words(answer).length < 3 || echoesTerm(term, answer)) return null;
  return {
    idea: "definition",
    question: `What ${m[2]} ${lowerStart(term, input.isName)}?`,
    // The answer reads as the subject did: after a lead-in as written, at the start lowered.
    answer: s.startsWith(subject) ? lowerStart(answer) : subject.charAt(0) + answer.slice(1),
  };
}

const AIMS =
  /^(.+?)\s+(aims|aim|aimed|seeks|seek|sought|strives|strive|strove)\s+to\s+(?!be\b)(.+)$/u;

/** "The guild aims to train young weavers" → "What does the guild aim to do?" */
export function aimsTo(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text)).replace(/["“”]/gu, "");
  const m = AIMS.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  if (/[,;:()]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  if (words(subject).length > 8 || /^(?:it|they|he|she|we|you|i)$/i.test(subject)) return null;
  // "Bees fly far and aim to…": the subject is a plain noun phrase, no verb of its own.
  if (analyzeOnce(s).tokens.some((t) => t.end <= subject.length && /^(?:VERB|AUX)$/.test(t.pos)))
    return null;
  const verb = m[2]!.toLowerCase();
  const lemma = /^s(?:eek|ought)/.test(verb)
    ? "seek"
    : /^stri|^strove/.test(verb)
      ? "strive"
      : "aim";
  const aux = /(?:ed|ought|ove)$/.test(verb) ? "did" : /s$/.test(verb) ? "does" : "do";
  const answer = recallable(`to ${m[3]!}`);
  if (!answer) return null;
  return {
    idea: "purpose",
    // A one-word subject that aims at something is a name ("Sakhdwipi aims…"): keep its capital.
    question: `What ${aux} ${words(subject).length === 1 ? subject : lowerStart(subject, input.isName)} ${lemma} to do?`,
    answer,
  };
}

const STATED =
  /^((?:The\s+(?:main\s+|chief\s+|real\s+|stated\s+)?(?:reason|cause|purpose|aim|goal|object|mission)(?:\s+(?:given|for|of|behind)\s+[^,]+?))|(?:[\p{Lu}][\p{L}\p{N}'’ -]*?['’]s\s+(?:main\s+|chief\s+)?(?:aim|goal|purpose|mission)))\s+(is|was)\s+(that|to)\s+(.+)$/u;

/**
 * "The reason given in the report is that the dam leaked" → "What is the reason given in the
 * report?"; "The guild's aim is to train weavers" → "What is the guild's aim?".
 */
export function statedAim(input: IdeaInput): IdeaDraft | null {
  if (
    !/\b(?:reason|cause|purpose|aim|goal|object|mission)\s+(?:\S+\s+){0,8}?(?:is|was)\s+(?:that|to)\b/i.test(
      input.text,
    )
  )
    return null;
  const s = stripEnd(present(input.text)).replace(/["“”]/gu, "");
  const m = STATED.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  if (!standsAlone(subject) || words(subject).length > 10) return null;
  // What comes after "whereas …" or "; …" is another statement.
  // ", with the aim to …" restates it.
  const rest = m[4]!.split(
    /,?\s+(?:whereas|while|but)\b|;|\s[—–]\s|,\s+(?:with|which|so that)\b/u,
  )[0]!;
  if (!standsAlone(rest)) return null;
  const answer = recallable(m[3] === "to" ? `to ${rest}` : rest);
  if (!answer) return null;
  const cause = /\b(?:reason|cause)\b/i.test(subject);
  return {
    idea: cause ? "cause" : "purpose",
    question: `What ${m[2]} ${lowerStart(subject, input.isName)}?`,
    answer,
  };
}

const INLINE_CALLED =
  /^(?:A|An)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:called|known as|named)\s+([\p{L}][\p{L}\p{N}-]*(?:\s+[\p{L}][\p{L}\p{N}-]*){0,3}?)\s+(\p{Ll}+s\s.+)$/u;
const CAUSES_CALLED =
  /^(.+?)\s+(causes|caused|produces|produced)\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:called|known as|named)\s+([\p{L}][\p{L}\p{N}-]*(?:\s+[\p{L}][\p{L}\p{N}-]*){0,3})$/u;

/**
 * A term named in passing is defined by the sentence around it: "A protein called velarin helps
 * the sugar into the roots" → "What is velarin?" ("a protein that helps …"); "Too much salt
 * causes a problem called scaling" → "What is scaling?" ("a problem caused by …").
 */
export function namedInline(input: IdeaInput): IdeaDraft | null {
  if (!/\b(?:called|known as|named)\b/.test(input.text)) return null;
  const s = stripEnd(present(input.text));
  const a = INLINE_CALLED.exec(s);
  const b = a ? null : CAUSES_CALLED.exec(s);
  if (!a && !b) return null;
  const term = (a ? a[2]! : b![4]!).trim();
  if (words(term).length > CONFIG.idea.maxTermWords || VAGUE_SUBJECT.test(term)) return null;
  // "A man called Jones": a name is not a term to define.
  if (/^\p{Lu}/u.test(term)) return null;
  let answer: string | null;
  if (a) {
    const article = /^[aeiou]/i.test(a[1]!) ? "an" : "a";
    answer = recallable(`${article} ${a[1]} that ${a[3]}`);
  } else {
    const cause = b![1]!.trim();
    if (!standsAlone(cause) || /[,;:]/.test(cause) || words(cause).length > 8) return null;
    const article = /^[aeiou]/i.test(b![3]!) ? "an" : "a";
    const made = /^produc/.test(b![2]!) ? "produced" : "caused";
    answer = recallable(`${article} ${b![3]} ${made} by ${lowerStart(cause, input.isName)}`);
  }
  if (!answer || echoesTerm(term, answer)) return null;
  const be = /s$/.test(term) && !/ss$/.test(term) ? "are" : "is";
  return {
    idea: "definition",
    question: `What ${be} ${term}?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}
