import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import type { Candidate, ItemContext } from "./make-items";
import { subjectAction, type StatementInput } from "./statement-questions";
import { subjectQuestion } from "./statement-subject-question";
import { fnv1a, hashKey, mentions, normalize } from "./text-utils";

/** The last word of a subject that ends on a name ("the U.S. Senate" → "Senate"). */
const NAME_END = /(\p{Lu}[\p{L}'’-]+)$/u;

/**
 * A statement's question from one of the two subject rules, when the claim is the essay's own
 * (not a quotation, the writer's voice or a negated claim) and the essay names the subject once:
 * a subject it keeps naming is a question with several answers, or an answer a student guesses.
 */
function askedOfSubject<Q extends { question: string; answer: string; subject: string }>(
  claim: Claim,
  ctx: ItemContext,
  ask: (input: StatementInput) => Q | null,
): Q | null {
  if (claim.firstPerson || claim.speaker || claim.negated) return null;
  const found = ask({
    text: claim.body,
    tokens: claim.analysis.tokens,
    properWords: ctx.properWords,
  });
  if (!found) return null;
  const named = normalize(found.subject.replace(/^(?:the|a|an)\s+/i, ""));
  if (mentions(ctx.pool.essay, named) > CONFIG.statementQuestions.maxSubjectMentions) return null;
  // "What did Soviet leader Nikita Khrushchev do?" when the essay says "Khrushchev" again: a
  // name counts by its last word, as the essay goes on to call it.
  const last = found.subject.match(NAME_END)?.[1];
  if (
    last &&
    mentions(ctx.pool.essay, normalize(last)) > CONFIG.statementQuestions.maxSubjectMentions
  )
    return null;
  return found;
}

/**
 * The claim of a true statement as "What does <subject> do?" (statement-questions.ts), ranked
 * just above the statement: a card is recalled, a statement can be guessed.
 */
export function statementCard(
  claim: Claim,
  ctx: ItemContext,
  statementQuality: number,
  explanation: string,
): Candidate | null {
  const found = askedOfSubject(claim, ctx, subjectAction);
  if (!found) return null;
  return {
    key: hashKey(normalize(claim.text), "flashcard", "subject-action"),
    type: "flashcard",
    prompt: found.question,
    answer: found.answer,
    explanation,
    claim,
    span: null,
    rule: "statement.subject-action",
    quality: Math.min(1, statementQuality + CONFIG.statementQuestions.qualityOverStatement),
  };
}

/**
 * The claim of a true statement asked from its subject (statement-subject-question.ts), ranked
 * just above the statement, as a flashcard or a short answer by the sentence's hash.
 */
export function subjectQuestionCard(
  claim: Claim,
  ctx: ItemContext,
  statementQuality: number,
  explanation: string,
): Candidate | null {
  const found = askedOfSubject(claim, ctx, subjectQuestion);
  if (!found) return null;
  const claimN = normalize(claim.text);
  const type = fnv1a(claimN) % 2 === 0 ? "short_answer" : "flashcard";
  return {
    key: hashKey(claimN, type, "subject-question"),
    type,
    prompt: found.question,
    answer: found.answer,
    explanation,
    claim,
    span: null,
    rule: "statement.subject-question",
    quality: Math.min(1, statementQuality + CONFIG.subjectQuestion.qualityOverStatement),
  };
}
