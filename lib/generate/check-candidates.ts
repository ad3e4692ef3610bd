import { STATEMENT_QUESTIONS } from "./statement-questions";
import { findFlaw, type FlawName } from "./check-flaws";
import { FRAMED_CLAIM, type Candidate, type GenerationFailure } from "./make-items";
import { applyLeadIn, type LeadIn } from "./lead-in";
import { PARAGRAPH_POINT } from "./idea-paragraph-point";
import { present, unshout, unshoutAnswer, unshoutLong } from "./present";
import { attributeItem } from "./speaker-frame";
import { normalize } from "./text-utils";
import type { Trace } from "./rules";
import { ITEM_TYPES, type GenerationAudit, type ItemType } from "./types";

/**
 * The flaw-check stage: every candidate as a student would read it, then the checks that remove
 * it outright (who speaks, a broken blank, a repeat, an answer its lead-in shows). What survives
 * goes on to the publishing gate and the deck.
 */

export function emptyAudit(): GenerationAudit {
  const removed = {} as Record<ItemType, Record<string, number>>;
  const candidates = {} as Record<ItemType, number>;
  for (const t of ITEM_TYPES) {
    removed[t] = {};
    candidates[t] = 0;
  }
  return { removed, candidates };
}

export function bump(
  audit: GenerationAudit,
  type: ItemType,
  flaw: FlawName | GenerationFailure["reason"],
) {
  const r = audit.removed[type];
  r[flaw] = (r[flaw] ?? 0) + 1;
}

/** Checks judge what a student will read: links, bullets and markers are cleaned first. */
export function presentCandidates(candidates: Candidate[], lowerWords: ReadonlySet<string>): void {
  for (const c of candidates) {
    c.prompt = unshout(present(c.prompt), c.claim.text, lowerWords);
    c.answer = unshoutAnswer(unshoutLong(present(c.answer), lowerWords), lowerWords);
    if (c.statement) c.statement = present(c.statement);
    if (c.choices) c.choices = c.choices.map((o) => present(o));
  }
}

/** The candidates no check removes, in order; the audit counts what each check removed. */
export function survivingCandidates(
  candidates: readonly Candidate[],
  leadIns: ReadonlyMap<string, LeadIn>,
  audit: GenerationAudit,
  trace?: Trace,
): Candidate[] {
  const survivors: Candidate[] = [];
  const seenKeys = new Set<string>();
  const seenPrompts = new Set<string>();
  for (const c of candidates) {
    audit.candidates[c.type]++;
    // Who speaks: a quotation is asked as its speaker's, or not at all (speaker-frame.ts).
    const said = attributeItem(c);
    if (said) trace?.({ stage: "speaker", rule: said.rule, subject: c.key });
    if (said?.drop) {
      bump(audit, c.type, "speaker");
      continue;
    }
    const flaw = blankFlaw(c, leadIns);
    if (flaw) {
      trace?.({ stage: "flaw", rule: `flaw.${flaw}`, subject: c.key });
      bump(audit, c.type, flaw);
      continue;
    }
    const promptKey = `${c.type}|${normalize(c.prompt)}`;
    if (seenKeys.has(c.key) || seenPrompts.has(promptKey)) {
      bump(audit, c.type, "duplicate_item");
      continue;
    }
    seenKeys.add(c.key);
    seenPrompts.add(promptKey);
    // A paragraph's point names its paragraph: the sentence before is no context it needs.
    if (c.rule !== PARAGRAPH_POINT && !applyLeadIn(c, leadIns)) {
      bump(audit, c.type, "answer_in_stem");
      continue;
    }
    survivors.push(c);
  }
  return survivors;
}

/**
 * Idea items and "What does X do?" cards were vetted by their own rule; the span checks are
 * about blanks.
 */
function blankFlaw(c: Candidate, leadIns: ReadonlyMap<string, LeadIn>): FlawName | null {
  if (c.idea || STATEMENT_QUESTIONS.has(c.rule ?? "")) return null;
  return findFlaw({
    type: c.type,
    prompt: c.prompt,
    answer: c.answer,
    choices: c.choices,
    sentence: c.claim.body,
    spanKind: c.span?.kind,
    statement: c.statement,
    pronounStart: c.claim.pronounStart && c.rule !== FRAMED_CLAIM,
    leadIn: leadIns.get(c.claim.key)?.prefix,
  });
}
