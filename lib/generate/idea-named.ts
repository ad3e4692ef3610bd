import { CONFIG } from "./config";
import {
  analyzeOnce,
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

/** The idea rule that asks for what a name the text gives stands for: "… is called X". */

const CALLED =
  /^(?:(?:In|On|At|Among|For|Within)\s+[^,]+,\s+)?(.+?)\s+(is|are|was|were)\s+(?:called|known as|named|termed)\s+([^,;]+)$/u;

/**
 * "The point where a fault starts to slip is called the focus" → "What is the focus?", answered
 * by the subject. A lead-in place ("In the north, …") is left out of both.
 */
export function namedAs(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
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
  if (!answer || words(answer).length < 3) return null;
  return {
    idea: "definition",
    question: `What ${m[2]} ${lowerStart(term, input.isName)}?`,
    // The answer reads as the subject did: after a lead-in as written, at the start lowered.
    answer: s.startsWith(subject) ? lowerStart(answer) : subject.charAt(0) + answer.slice(1),
  };
}
