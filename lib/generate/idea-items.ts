import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import { IDEA_RULES, type IdeaKind } from "./idea-rules";
import { authorVoice } from "./idea-author-voice";
import { dropLinkingOpening } from "./lead-in-linking";
import { frameStatement, quoteSentence, type Candidate } from "./make-items";
import { FALSE_STATEMENT_RULES } from "./idea-rules-false";
import { mainClauseOnly } from "./flip-guards";
import { quotesSomeone, spokenWords } from "./speaker-frame";
import type { Trace } from "./rules";
import { fnv1a, hashKey, normalize } from "./text-utils";

const FALSE_RULES = new Set<unknown>(FALSE_STATEMENT_RULES);

export interface IdeaContext {
  properWords: Set<string>;
  lowerWords: Set<string>;
  maxClaimScore: number;
  /** The essay in lower case, words spaced: where a contrast the essay draws is looked up. */
  essay?: string;
  /** The essay as written, its sentences' ends and capitals kept: for the swaps between sentences. */
  essayText?: string;
  /** Claims asked after the sentence before them: a linking opening is read past. */
  leadIns?: { has(claimKey: string): boolean };
  /** "the speaker" of a speech, else "the author" (idea-rules-appeals.ts). */
  voice?: "speaker" | "author";
  trace?: Trace;
}

/**
 * Items that test the essay's ideas: every idea rule that fires on a claim that stands alone
 * gives a question as a flashcard and as a short answer. Causes and purposes prefer one of the
 * two by a hash (so the choice is stable); definitions and lists prefer flashcards; a flipped
 * claim is a false statement.
 */
export function ideaCandidates(claim: Claim, ctx: IdeaContext): Candidate[] {
  // A sentence that leans on another may still give a question that shows none of what it
  // leans on ("Some have read this last point as 'popular sovereignty' – that …" asks what the
  // quoted term means): only such a question is kept.
  const leans = Boolean(claim.needsContext || claim.pronounStart || claim.dangling > 0);
  const out: Candidate[] = [];
  const claimN = normalize(claim.text);
  const centrality = Math.min(1, Math.max(0, claim.score / ctx.maxClaimScore));
  // A word the essay also writes in lower case ("kvella") is no name, even when a reference
  // list capitalises it; a name's capital survives in questions ("Why is Chatterly …?").
  const isName = (w: string) => ctx.properWords.has(w) && !ctx.lowerWords.has(w.toLowerCase());
  // "However, the plan failed because …": with the lead-in in view, the question is the plan's.
  const essayHas = (phrase: string) => ctx.essay?.includes(` ${phrase} `) ?? false;
  const text = ctx.leadIns?.has(claim.key) ? dropLinkingOpening(claim.body) : claim.body;
  // '“Y,” said X.': Y itself is flipped (the quotation marks kept the flips off it), and the
  // false statement is framed as X's (speaker-frame.ts).
  const flipText = quotesSomeone(claim) ? spokenWords(claim) : text;
  // "…, so it rises": when the whole sentence has no safe flip, its main clause may.
  const head = mainClauseOnly(flipText);
  for (const rule of IDEA_RULES) {
    // A contrast's statement publishes no true/false item (claim-contrast.ts): no flip is tried.
    if (claim.contrast && FALSE_RULES.has(rule)) continue;
    // Every false-statement rule gives a "claim" or "contrast" draft, which a sentence that
    // leans on another never keeps (below): it is not tried.
    if (leans && FALSE_RULES.has(rule)) continue;
    // A borrowed referent ("It" → "The lake") is asked from the rewritten sentence.
    const found = FALSE_RULES.has(rule)
      ? rule.test({ text: flipText, isName, essayHas, essay: ctx.essayText }) ||
        (head && rule.test({ text: head, isName, essayHas, essay: ctx.essayText }))
      : rule.test({ text, isName, essayHas, voice: ctx.voice });
    if (!found) continue;
    // The author's "I" is the author: the question is asked about them (idea-author-voice.ts).
    const voiced =
      found.idea === "claim" || found.idea === "contrast" || claim.speaker
        ? null
        : authorVoice(found.question, found.answer, ctx.voice);
    const draft = voiced ? { ...found, ...voiced } : found;
    // A draft that names what it shows itself (selfContained) has checked its own references.
    if (
      leans &&
      (draft.idea === "claim" ||
        draft.idea === "contrast" ||
        (!draft.selfContained && !standsApart(draft)))
    )
      continue;
    ctx.trace?.({ stage: "idea", rule: rule.id, subject: claim.key });
    const base = CONFIG.idea.quality[draft.idea];
    const share = CONFIG.idea.centralityShare;
    const quality = base * (1 - share) + share * centrality;
    const explanation = quoteSentence(
      claim.context ? `${claim.context} ${claim.text}` : claim.text,
    );
    if (draft.idea === "claim" || draft.idea === "contrast") {
      out.push(
        falseStatement(claim, claimN, draft.question, {
          ...ctx,
          explanation,
          idea: draft.idea,
          rule: rule.id,
          quality,
        }),
      );
      continue;
    }
    // The question is asked both ways, the usual type a little ahead: the deck takes one per
    // sentence and can take the other where the deck lacks that type.
    const preferred = typeFor(draft.idea, claimN);
    for (const type of [
      preferred,
      preferred === "flashcard" ? "short_answer" : "flashcard",
    ] as const)
      out.push({
        key: hashKey(claimN, type, rule.id),
        type,
        prompt: draft.question,
        answer: draft.answer,
        explanation,
        claim,
        span: null,
        idea: draft.idea,
        rule: rule.id,
        quality: type === preferred ? quality : quality - CONFIG.idea.otherTypePenalty,
        ...(leans || draft.selfContained ? { selfContained: true } : {}),
      });
  }
  return out;
}

/** Words that point at another sentence, and "the <noun>" that needs one to say which. */
const LEANING =
  /\b(?:this|these|those|it|its|they|them|their|he|him|his|she|her|such|former|latter|above|below)\b/i;
const UNNAMED = /\b(?:the|that)\s+\p{Ll}/u;

/** Does the question, with its answer, stand apart from the sentence it came from? */
function standsApart(d: { question: string; answer: string }): boolean {
  return !LEANING.test(`${d.question} ${d.answer}`) && !UNNAMED.test(d.question);
}

function typeFor(idea: IdeaKind, claimN: string): "flashcard" | "short_answer" {
  if (idea === "definition" || idea === "enumeration") return "flashcard";
  return fnv1a(claimN) % 2 === 0 ? "flashcard" : "short_answer";
}

/** A "False" true/false candidate: a claim's sentence with one idea flipped, keyed by its rule. */
export function falseStatement(
  claim: Claim,
  claimN: string,
  statement: string,
  o: {
    properWords: Set<string>;
    lowerWords: Set<string>;
    explanation: string;
    idea: IdeaKind;
    rule: string;
    quality: number;
  },
): Candidate {
  return {
    key: hashKey(claimN, "true_false", "false", o.rule),
    type: "true_false",
    prompt: frameStatement(statement, o.properWords, o.lowerWords, claim.speaker),
    statement,
    answer: "False",
    choices: ["True", "False"],
    truth: false,
    explanation: `False. ${o.explanation}`,
    claim,
    span: null,
    idea: o.idea,
    rule: o.rule,
    quality: o.quality,
  };
}
