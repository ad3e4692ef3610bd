import { antonymFlip, comparativeFlip, verbFlip, type FlipInput } from "./claim-flips";
import { neitherFlip } from "./claim-flips-affirm";
import { agentSwap, ratherThanSwap } from "./claim-flips-sides";
import { frequencyFlip, quantityFlip } from "./claim-flips-count";
import { CONFIG } from "./config";
import { mainClauseOnly } from "./flip-guards";
import type { Claim } from "./extract-claims";
import type { IdeaDraft } from "./idea-text";
import { falseStatement } from "./idea-items";
import { quoteSentence, type Candidate } from "./make-items";
import { normalize } from "./text-utils";

/** The flips, under the ids of the idea rules that run them on sentences that read alone. */
const FLIPS: [string, (input: FlipInput) => IdeaDraft | null][] = [
  ["idea.rather-than-swap", ratherThanSwap],
  ["idea.agent-swap", agentSwap],
  ["idea.claim-neither", neitherFlip],
  ["idea.claim-antonym", antonymFlip],
  ["idea.claim-comparative", comparativeFlip],
  ["idea.claim-frequency", frequencyFlip],
  ["idea.claim-quantity", quantityFlip],
  ["idea.claim-verb-antonym", verbFlip],
];

export interface LeadInFlipContext {
  properWords: Set<string>;
  lowerWords: Set<string>;
  maxClaimScore: number;
  /** The essay in lower case, words spaced (see IdeaContext). */
  essay?: string;
}

/**
 * False statements for a claim asked after its lead-in ("It is a minor source of heat." →
 * "… a major source …"): the idea rules flip only sentences that read alone, so a sentence that
 * leans on the one before gets its flips here, under the same keys, and is asked after the
 * lead-in like the claim's other items.
 */
export function leadInFlips(claim: Claim, ctx: LeadInFlipContext): Candidate[] {
  const out: Candidate[] = [];
  const claimN = normalize(claim.text);
  const centrality = Math.min(1, Math.max(0, claim.score / ctx.maxClaimScore));
  const share = CONFIG.idea.centralityShare;
  const quality = CONFIG.idea.quality.claim * (1 - share) + share * centrality;
  const isName = (w: string) => ctx.properWords.has(w);
  for (const [id, flip] of FLIPS) {
    const essayHas = (phrase: string) => ctx.essay?.includes(` ${phrase} `) ?? false;
    const head = mainClauseOnly(claim.body);
    const draft =
      flip({ text: claim.body, isName, essayHas, afterLeadIn: true }) ??
      (head ? flip({ text: head, isName, essayHas, afterLeadIn: true }) : null);
    if (!draft) continue;
    out.push(
      falseStatement(claim, claimN, draft.question, {
        ...ctx,
        explanation: quoteSentence(claim.text),
        idea: "claim",
        rule: id,
        quality,
      }),
    );
  }
  return out;
}
