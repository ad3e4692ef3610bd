import { bareQuestion } from "./lead-in";
import type { Candidate } from "./make-items";
import { present } from "./present";
import { gateCandidate, type GateContext } from "./publish-gate";
import { gateRejection, type GateView } from "./gate-rules";
import { plainTwinClaims } from "./gate-precision-rules-6";

/** The gate's verdict on one candidate: what holds it back (null: nothing) — as its check names it
 * (an older check of publish-gate.ts by its bare name) and as the trace's rule id. */
export interface GateVerdict {
  reason: string | null;
  rule: string | null;
}

/**
 * The publishing gate over one essay's candidates, each judged once: the older checks
 * (publish-gate.ts), then the rule tables on the item as a student sees it. A true statement
 * whose sentence has another item held back for showing its answer is judged knowing that
 * (plainTwinClaims: it reads as plainly).
 */
export function gateVerdicts(
  candidates: readonly Candidate[],
  ctx: GateContext,
  essay: string,
  title: string | undefined,
): (c: Candidate) => GateVerdict {
  const views = new Map<Candidate, GateView>();
  const viewOf = (c: Candidate): GateView => {
    let v = views.get(c);
    if (!v) {
      // Every view has every field, in one order (absent ones undefined), twins included: the
      // rules' 183 tests then read one object shape, not one per mix of optional fields.
      v = {
        type: c.type,
        prompt: present(bareQuestion(c)),
        leadIn: c.leadIn ? present(c.leadIn) : undefined,
        answer: present(c.answer),
        sentence: c.claim.body,
        idea: Boolean(c.idea),
        rule: c.rule ? c.rule : undefined,
        spanKind: c.span ? c.span.kind : undefined,
        choices: c.choices ? c.choices : undefined,
        essay,
        title,
        twinGivesAway: undefined,
      };
      views.set(c, v);
    }
    return v;
  };
  const verdicts = new Map<Candidate, GateVerdict>();
  let twins = new Set<string>();
  const verdictOf = (c: Candidate): GateVerdict => {
    let v = verdicts.get(c);
    if (!v) {
      const old = gateCandidate(c, ctx);
      const view = twins.has(c.claim.key) ? { ...viewOf(c), twinGivesAway: true } : viewOf(c);
      const reason = old ?? gateRejection(view);
      v = { reason, rule: old ? `gate.${old}` : reason };
      verdicts.set(c, v);
    }
    return v;
  };
  // Only items that are not true statements are judged here, so none is judged before `twins`.
  twins = plainTwinClaims(candidates, viewOf, (c) => verdictOf(c).reason === null);
  return verdictOf;
}
