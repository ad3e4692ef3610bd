import { objectPhrase } from "./idea-relations";
import {
  analyzeOnce,
  lowerStart,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import { present } from "./present";
import { VAGUE_SUBJECT } from "./words";

/** How a text's people read a thing ("regard … as", "point to … as evidence of"). */

const SEEN_AS =
  /^(.+?)\s+((?:regard|see|saw|view|treat|interpret|describe|consider|cite)\p{Ll}*|point(?:s|ed)?\s+to)\s+(.+?)\s+as\s+((?:evidence|proof|a sign|an example|an early example|an expression|an early expression|a symbol|a model)\s+of\s+)?(.+)$/u;

/**
 * "Historians regard the charter as an early bill of rights" → "How do historians regard the
 * charter?" ("As an early bill of rights"); "Nationalists point to the charter as evidence of
 * X" → "What do nationalists point to the charter as evidence of?" (X). How a text's people read
 * a thing is what it argues about.
 */
const SEEN_AS_PASSIVE =
  /^(.+?)\s+(is|are|was|were)\s+(?:(?:widely|often|generally|now|still|commonly|usually)\s+)?(regarded|seen|viewed|considered|described|recognised|recognized|remembered|celebrated)\s+as\s+(.+)$/u;

export function seenAs(input: IdeaInput): IdeaDraft | null {
  if (!/\sas\s/.test(input.text)) return null;
  const passive = SEEN_AS_PASSIVE.exec(stripEnd(present(input.text)).replace(/["“”]/gu, ""));
  if (passive) {
    const subject = passive[1]!.trim();
    if (/[,;:()]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject))
      return null;
    if (words(subject).length > 8 || /^(?:the|a|an)\s+\p{Ll}+$/iu.test(subject)) return null;
    if (analyzeOnce(subject).tokens.some((t) => /^(?:PRON|VERB|AUX|SCONJ)$/.test(t.pos)))
      return null;
    const rest = objectPhrase(passive[4]!);
    if (!rest) return null;
    return {
      idea: "interpretation",
      question: `How ${passive[2]} ${lowerStart(subject, input.isName)} ${passive[3]}?`,
      answer: `As ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`,
    };
  }
  const m = SEEN_AS.exec(stripEnd(present(input.text)).replace(/["“”]/gu, ""));
  if (!m) return null;
  const subject = m[1]!.trim();
  const object = m[3]!.trim();
  if (/[,;:()]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  if (words(subject).length > 6 || words(object).length > 8 || /[,;:]/.test(object)) return null;
  if (!standsAlone(object) || /^(?:it|them|this|him|her|us|itself)\b/i.test(object)) return null;
  const toks = analyzeOnce(`${subject} ${m[2]} ${object}`).tokens;
  const head = toks.filter((t) => t.end <= subject.length);
  if (head.some((t) => /^(?:PRON|VERB|AUX|SCONJ)$/.test(t.pos))) return null;
  if (/^(?:the|a|an)\s+\p{Ll}+$/iu.test(subject)) return null;
  // The tagger often reads "regard"/"point" after a plural noun as a noun: the form decides.
  const [word, particle] = m[2]!.split(/\s+/) as [string, string | undefined];
  const past = /ed$/.test(word) || word === "saw";
  const third = !past && /[^s]s$/.test(word);
  const aux = past ? "did" : third ? "does" : "do";
  const base =
    word === "saw"
      ? "see"
      : past
        ? word.replace(/(?<=(?:rib|cit|us))ed$/, "e").replace(/ed$/, "")
        : third
          ? word.replace(/s$/, "")
          : word;
  const lemma = particle ? `${base} ${particle}` : base;
  const subj = lowerStart(subject, input.isName);
  const rest = objectPhrase(m[5]!);
  if (!rest) return null;
  if (m[4])
    return {
      idea: "interpretation",
      question: `What ${aux} ${subj} ${lemma} ${object} as ${m[4].trim()}?`,
      answer: lowerStart(rest, input.isName),
    };
  return {
    idea: "interpretation",
    question: `How ${aux} ${subj} ${lemma} ${object}?`,
    answer: `As ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`,
  };
}
