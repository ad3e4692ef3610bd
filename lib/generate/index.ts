import { cleanParagraphs, type CleanedParagraph } from "./clean-text";
import { extractClaims, type Claim } from "./extract-claims";
import { makeItemsForClaim, type Candidate, type GenerationFailure } from "./make-items";
import type { ItemContext } from "./span-quality";
import { splitParagraphs } from "./split-text";
import { buildGateContext, findTopicNouns, missingReferent } from "./publish-gate";
import { bareQuestion, prepareLeadIns, type LeadIn } from "./lead-in";
import { leadInFlips } from "./lead-in-flips";
import { countWords } from "./text-utils";
import { choosePublished, keepDrafts } from "./deck";
import { ideaCandidates } from "./idea-items";
import { claimCards } from "./idea-claim-card";
import { paragraphPointCards } from "./idea-paragraph-point";
import { forgetPresented, present, presentPrompt } from "./present";
import { gateVerdicts } from "./gate-verdicts";
import { forgetSentenceVerdicts } from "./rules";
import type { Trace } from "./rules";
import { draftReason } from "./reasons";
import { essayVoice } from "./idea-rules-appeals";
import { essayFacts } from "./essay-facts";
import { bump, emptyAudit, presentCandidates, survivingCandidates } from "./check-candidates";
import type {
  GeneratedClaim,
  GeneratedItem,
  GenerationInput,
  GenerationResult,
  Paragraph,
} from "./types";

export * from "./types";
export { splitParagraphs } from "./split-text";

export const GENERATOR_VERSION = "2.20.2";
export { choosePublished } from "./deck";
export type { Trace, TraceEntry } from "./rules";

/**
 * The generator's stages, in order: clean → sentences → claims (extract-claims.ts) → lead-ins →
 * candidates → flaw checks (check-candidates.ts) → gate (gate-verdicts.ts) → deck (deck.ts).
 */
export function generateFromEssay(
  input: GenerationInput,
  /** Diagnostics: why each surviving candidate may or may not be published. */
  onGate?: (c: Candidate, reason: string | null) => void,
  /** Diagnostics: every rule that decided something, per candidate or sentence. */
  trace?: Trace,
): GenerationResult {
  forgetPresented();
  forgetSentenceVerdicts();
  const text = input.text.replace(/\r\n?/g, "\n");
  const cleaned = cleanParagraphs(splitParagraphs(text).map((p) => p.text));
  const paragraphs: Paragraph[] = cleaned.map((p, index) => ({
    index,
    text: p.text,
    boilerplate: p.boilerplate,
    sentences: p.sentences,
  }));

  const { claims, sentences, termCounts } = extractClaims(cleaned, input.title, trace);
  const audit = emptyAudit();

  // A sentence that leans on the one before is asked after it (lead-in.ts), not dropped.
  const topicNouns = findTopicNouns(text, input.title);
  const leadIns = prepareLeadIns(
    claims,
    sentences,
    (c) => missingReferent(c, topicNouns),
    trace,
    topicNouns,
  );

  const facts = essayFacts(text, input.title, claims, sentences, termCounts);
  const failures: GenerationFailure[] = [];
  const candidates = makeCandidates(claims, cleaned, facts, leadIns, failures, {
    essayText: text,
    title: input.title,
    trace,
  });
  for (const f of failures) {
    audit.candidates[f.type]++;
    bump(audit, f.type, f.reason);
  }
  presentCandidates(candidates, facts.lowerWords);
  const survivors = survivingCandidates(candidates, leadIns, audit, trace);

  const gateCtx = buildGateContext(text, claims, facts.properWords, input.title, topicNouns);
  gateCtx.contextShown = new Set(leadIns.keys());
  const heldBy = new Map<string, string>();
  const verdictOf = gateVerdicts(survivors, gateCtx, text, input.title);
  const publishable = (c: Candidate) => {
    const { reason, rule } = verdictOf(c);
    onGate?.(c, reason);
    if (rule) {
      heldBy.set(c.key, rule);
      trace?.({ stage: "gate", rule, subject: c.key });
    }
    return rule === null;
  };
  // The deck rule that left each sound candidate out (the gate's rule names the others), for its
  // draft's reason.
  const deckRule = new Map<string, string>();
  const published = choosePublished(survivors, countWords(text), publishable, (e) => {
    if (e.stage === "deck") deckRule.set(e.subject, e.rule);
    trace?.(e);
  });
  const items = keptItems(
    survivors,
    published,
    (key) => heldBy.get(key) ?? deckRule.get(key),
    trace,
  );

  const outClaims: GeneratedClaim[] = claims.map((c) => ({
    key: c.key,
    text: c.text,
    paragraph: c.paragraph,
    sentence: c.sentence,
    score: c.score,
  }));
  return { generatorVersion: GENERATOR_VERSION, paragraphs, claims: outClaims, items, audit };
}

/**
 * Every candidate of the essay, in the order the checks see them: blanks, choices and statements
 * per claim, then idea questions, the author's claims, paragraph points and lead-in flips.
 */
function makeCandidates(
  claims: Claim[],
  cleaned: CleanedParagraph[],
  facts: Required<ItemContext>,
  leadIns: Map<string, LeadIn>,
  failures: GenerationFailure[],
  essay: { essayText: string; title: string; trace: Trace | undefined },
): Candidate[] {
  const { properWords, lowerWords, maxClaimScore } = facts;
  const candidates: Candidate[] = [];
  for (const claim of claims) {
    // A contrast's statement is asked only by the idea rules (claim-contrast.ts).
    if (claim.contrast) continue;
    for (const c of makeItemsForClaim(claim, facts, failures)) candidates.push(c);
  }
  // Lower case, one space between words: "cold water" is found whatever the line breaks.
  const essayWords = ` ${essay.essayText.toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, " ")} `;
  const ideaCtx = {
    properWords,
    lowerWords,
    maxClaimScore,
    leadIns,
    trace: essay.trace,
    essay: essayWords,
    essayText: essay.essayText,
    voice: essayVoice(essay.title, essay.essayText),
  };
  for (const claim of claims) candidates.push(...ideaCandidates(claim, ideaCtx));
  // "What does the author say about Federal judges?": a word the essay also writes in lower case
  // is a word, not a name, wherever a heading or a title capitalised it.
  const namesOnly = new Set([...properWords].filter((w) => !lowerWords.has(w.toLowerCase())));
  candidates.push(
    ...claimCards(
      claims,
      { properWords: namesOnly, maxClaimScore, essay: facts.pool.essay, leadIns },
      essay.trace,
    ),
  );
  candidates.push(
    ...paragraphPointCards(
      claims.filter((c) => !c.contrast),
      cleaned,
      { maxClaimScore },
      essay.trace,
    ),
  );
  for (const claim of claims)
    if (leadIns.has(claim.key) && !claim.contrast)
      candidates.push(
        ...leadInFlips(claim, { properWords, lowerWords, maxClaimScore, essay: essayWords }),
      );
  return candidates;
}

/**
 * What is stored: the published items and the drafts kept beside them, published first, then by
 * quality; a draft says which rule kept it out.
 */
function keptItems(
  survivors: Candidate[],
  published: Set<string>,
  heldBy: (key: string) => string | undefined,
  trace?: Trace,
): GeneratedItem[] {
  return keepDrafts(survivors, published)
    .map((c) => ({ c, pub: published.has(c.key) }))
    .sort(
      (a, b) =>
        Number(b.pub) - Number(a.pub) || b.c.quality - a.c.quality || (a.c.key < b.c.key ? -1 : 1),
    )
    .map(({ c, pub }) => {
      const item: GeneratedItem = {
        key: c.key,
        claimKey: c.claim.key,
        type: c.type,
        // An additive "also" goes from what is asked (presentPrompt), not from the quotation.
        prompt: c.leadIn
          ? `${c.leadIn} ${presentPrompt(bareQuestion(c))}`
          : presentPrompt(c.prompt),
        answer: present(c.answer),
        explanation: present(c.explanation),
        source: { sentence: c.claim.text },
        status: pub ? "published" : "draft",
        quality: Math.round(c.quality * 1000) / 1000,
      };
      if (c.choices) item.choices = c.choices.map((o) => present(o));
      const held = heldBy(c.key);
      if (!pub && held) item.reason = draftReason(held);
      trace?.({ stage: "deck", rule: pub ? "deck.published" : "deck.draft", subject: c.key });
      return item;
    });
}
