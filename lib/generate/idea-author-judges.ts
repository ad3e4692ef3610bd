import { CONFIG } from "./config";
import type { ClaimCardDraft } from "./idea-claim-card";
import { standsAlone } from "./idea-text";
import type { Rule } from "./rules";
import { capitalizeFirst, stripCitations } from "./text-utils";

/**
 * The author's judgement ("It is necessary to X") asked as a real question with the judged thing
 * on the back. The sentence leans on nothing: its "it" points forward, to the "to X" or "that X".
 */

/** Judgements an "It is X to/that …" sentence makes: what matters, what must or cannot be. */
const JUDGEMENT =
  /^(?:it\s+is\s+)((?:(?:equally|therefore|also|thus|surely|clearly|absolutely|most|very|not|no\s+less|even\s+more)\s+)?(?:important|necessary|essential|vital|crucial|indispensable|impossible|evident|clear|certain|plain|wrong|right|proper|unjust|dangerous|useless|absurd|easy|easier|hard|harder|better|best|wise|unwise|of\s+(?:great|the\s+(?:utmost|greatest|first)|equal|much|little|no)\s+(?:importance|consequence|moment)))((?:\s+(?:in|for|to)\s+(?:a|an|the|every|all)?\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)?),?\s+((?:not\s+only\s+)?to\s+.+|that\s+.+)$/iu;

/**
 * "It is of great importance in a harbour town to keep …": the author judges something important,
 * necessary or wrong, and what it is sits in the same sentence. Asked "What does the author argue
 * is of great importance in a harbour town?", the back is the judged thing.
 */
export function judgedCard(input: { text: string }): ClaimCardDraft | null {
  const text = stripCitations(input.text.trim()).replace(/\s+/g, " ");
  const m = text.match(JUDGEMENT);
  if (!m) return null;
  const [, judged, where, what] = m;
  const answer = what!.replace(/^that\s+/i, "").replace(/[\s.,;]+$/, "");
  const n = answer.split(/\s+/).length;
  if (n < CONFIG.idea.minAnswerWords + 2 || n > CONFIG.claimCard.maxWords) return null;
  if (/["“”‘?!:[\]()]|’(?!\p{L})/u.test(answer) || !standsAlone(answer)) return null;
  if (/\b(?:we|us|our|you|your|this|these|those|such|he|him|his|she|her)\b/i.test(answer))
    return null;
  const place = (where ?? "").trim();
  if (/\b(?:this|that|these|those|it|its)\b/i.test(place)) return null;
  const question = `What does the author argue is ${judged!.toLowerCase()}${place ? ` ${place}` : ""}?`;
  return { question, answer: capitalizeFirst(answer), subject: "" };
}

export const JUDGED_CARD_RULES: Rule<{ text: string }, ClaimCardDraft>[] = [
  {
    id: "idea.author-judges",
    why: "'It is important/necessary/wrong (in X) to Y' or '… that Y': the author's judgement is asked as what the author argues is important, with Y on the back",
    fires: [
      { text: "It is of great importance in a small town to keep the library open every evening." },
      { text: "It is necessary that every reader can borrow books without paying a fee." },
      { text: "It is equally important to keep the reading room warm in the winter months." },
    ],
    passes: [
      { text: "It is important to remember this." },
      { text: "It is necessary that we keep our library open." },
      { text: "It is important." },
      { text: "It is a library that lends books to every reader in the valley." },
    ],
    test: judgedCard,
  },
];
