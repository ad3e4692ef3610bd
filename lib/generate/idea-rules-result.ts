import { whyQuestion } from "./idea-questions";
import { recallable, standsAlone, type IdeaDraft, type IdeaInput } from "./idea-text";
import type { Rule } from "./rules";
import { SPEECH_VERB } from "./words";
import { stripCitations } from "./text-utils";

/**
 * "A, so B": the sentence states B's cause, A. Reported text states its causes this way ("Most
 * ads were made during the race, so avoiding controversy mattered more, she said."): "Why B?"
 * is answered by A. Not when "so" is a degree ("so much", "so that"), when B opens on a
 * pronoun (its question would ask about "it"), or when A leans on another sentence or holds a
 * pronoun the answer cannot resolve.
 */
const SO_CLAUSE =
  /^(.+?),\s+so\s+(?!(?:that|as|much|many|far|long|few|little|too|very|it|its|they|them|this|these|those|there|he|she|we|I|you|then)\b)(\p{L}.+)$/iu;
/** A trailing attribution: ", Varga said.", ", the ministry said on Friday." */
const SAID_AFTER = new RegExp(
  `,\\s+(?:according\\s+to\\s+[^,]{2,60}|[^,]{2,60}?\\s+(?:${SPEECH_VERB.source})(?:\\s+[^,]{0,30})?)\\s*([.!])?$`,
  "u",
);
/** Words in the cause that point outside the sentence: the answer would not stand alone. */
const POINTS_OUT =
  /\b(?:it|its|they|them|their|this|these|those|he|him|his|she|her|we|us|our|you|your|I|me|my)\b/i;

/** "avoiding controversy was …": a gerund subject the tagger reads as the verb. */
const GERUND_SUBJECT = /^(\p{Ll}+ing\b[^,]{0,60}?)\s+(is|was|are|were)\s+(\p{L}.*?)[.!]?$/u;

function gerundQuestion(effect: string): string | null {
  const m = GERUND_SUBJECT.exec(effect);
  return m ? `Why ${m[2]} ${m[1]} ${m[3]}?` : null;
}

const MODAL = /\b(can|could|will|would|may|might|must|shall|should)\b/i;

/**
 * "later changes can be detected" read with "changes" as the verb gives "Why does later change
 * can be detected?": a modal of the clause must lead the question, or the question is misread.
 */
function keepsModal(effect: string, question: string): boolean {
  const m = MODAL.exec(effect);
  return !m || question.toLowerCase().startsWith(`why ${m[1]!.toLowerCase()} `);
}

export function resultSo(input: IdeaInput): IdeaDraft | null {
  // Cheap test first: the attribution's pattern is costly and most sentences have no ", so".
  if (!/,\s+so\s/i.test(input.text)) return null;
  // "… there too.[43]": a citation marker after the stop would keep the stop inside the question.
  const s = stripCitations(input.text).trim().replace(SAID_AFTER, ".");
  if ((s.match(/,\s+so\s/gi) ?? []).length !== 1) return null;
  const m = SO_CLAUSE.exec(s);
  if (!m) return null;
  const cause = m[1]!.trim();
  const effect = m[2]!.trim();
  if (!standsAlone(cause) || POINTS_OUT.test(cause)) return null;
  // "…, so access is easy there too": an effect that adds to one told before is not this cause's alone.
  if (/\b(?:too|as well)\s*[.!]?$/i.test(effect)) return null;
  // "… because …, so …": two reasons in one sentence; "If A, so B" is no stated cause.
  if (/\b(?:because|since|if|unless|when|although|though)\b/i.test(cause)) return null;
  const question = whyQuestion(effect, input.isName) ?? gerundQuestion(effect);
  if (question && !keepsModal(effect, question)) return null;
  // The key is the cause as written: an answer is always found in its sentence.
  const answer = recallable(cause);
  if (!question || !answer) return null;
  return { idea: "cause", question, answer };
}

export const RESULT_SO_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.result-so",
  why: "'A, so B' states B's cause: 'Why B?' is answered by A — the cause and consequence a report states, asked as such.",
  fires: [
    {
      text: "Most stalls were booked before the storm, so moving the fair was never an option.",
    },
    { text: "The river flooded the square, so the market moved to the old hall." },
    {
      text: "Most stalls were booked before the storm, so moving the fair was never an option, Lind said.",
    },
  ],
  passes: [
    { text: "The water is cold and salty, so it sinks very far." },
    { text: "This offers a way out, so the council took it." },
    { text: "The harvest was so poor that the mill closed." },
    { text: "The bridge was closed, so that the piers could be mended." },
    { text: "If the levee holds, so the town stays dry." },
    { text: "The quay is next to the old ferry stop, so parking is easy there too.[4]" },
    // The tagger reads "changes" as the verb: the question would be misread.
    {
      text: "Each bank keeps a signed record of every transfer, so later changes can be detected.",
    },
  ],
  test: resultSo,
};
