import { STATEMENT_QUESTIONS } from "./statement-questions";
import { cleanParagraphs } from "./clean-text";
import { findFlaw, type FlawName } from "./check-flaws";
import { extractClaims, type Claim } from "./extract-claims";
import { contentWords, type EssayPool } from "./make-distractors";
import {
  FRAMED_CLAIM,
  makeItemsForClaim,
  type Candidate,
  type GenerationFailure,
} from "./make-items";
import { splitParagraphs } from "./split-text";
import { buildGateContext, findTopicNouns, missingReferent } from "./publish-gate";
import { applyLeadIn, bareQuestion, prepareLeadIns } from "./lead-in";
import { leadInFlips } from "./lead-in-flips";
import { countWords, normalize } from "./text-utils";
import { choosePublished, keepDrafts } from "./deck";
import { ideaCandidates } from "./idea-items";
import { claimCards } from "./idea-claim-card";
import { PARAGRAPH_POINT, paragraphPointCards } from "./idea-paragraph-point";
import { forgetPresented, present, presentPrompt, unshout, unshoutAnswer } from "./present";
import { gateVerdicts } from "./gate-verdicts";
import { forgetSentenceVerdicts } from "./rules";
import { attributeItem } from "./speaker-frame";
import type { Trace } from "./rules";
import { draftReason } from "./reasons";
import { essayVoice } from "./idea-rules-appeals";
import {
  ITEM_TYPES,
  type GeneratedClaim,
  type GeneratedItem,
  type GenerationAudit,
  type GenerationInput,
  type GenerationResult,
  type ItemType,
  type Paragraph,
} from "./types";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LETTER = /^\p{L}/u;

export * from "./types";
export { splitParagraphs } from "./split-text";

/** A web or e-mail address or a Markdown link target: its letters are not the text's words. */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+|\]\([^)\s]*\)/g;

export const GENERATOR_VERSION = "2.18.3";
export { choosePublished } from "./deck";
export type { Trace, TraceEntry } from "./rules";

function emptyAudit(): GenerationAudit {
  const removed = {} as Record<ItemType, Record<string, number>>;
  const candidates = {} as Record<ItemType, number>;
  for (const t of ITEM_TYPES) {
    removed[t] = {};
    candidates[t] = 0;
  }
  return { removed, candidates };
}

function bump(
  audit: GenerationAudit,
  type: ItemType,
  flaw: FlawName | GenerationFailure["reason"],
) {
  const r = audit.removed[type];
  r[flaw] = (r[flaw] ?? 0) + 1;
}

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
  const raw = splitParagraphs(text);
  const cleaned = cleanParagraphs(raw.map((p) => p.text));
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

  // Words seen capitalised away from a sentence start are names: they keep their capital in prompts.
  const properWords = new Set<string>();
  for (const s of sentences) {
    const toks = s.analysis?.tokens ?? [];
    // A headline in Title Case capitalises ordinary words: it says nothing about names.
    const caps = toks.filter((t) => STARTS_UPPER.test(t.text)).length;
    const wordsN = toks.filter((t) => STARTS_LETTER.test(t.text)).length;
    if (wordsN > 0 && caps / wordsN > 0.5) continue;
    // "2 One-eighth of…": a numbered paragraph's first word is a sentence start. Tokens before
    // `lead` are all numbers or spaces (found once, not re-scanned for every capital).
    let lead = 0;
    while (lead < toks.length && (/^\d+$/.test(toks[lead]!.text) || toks[lead]!.pos === "SPACE"))
      lead++;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (
        STARTS_UPPER.test(t.text) &&
        toks[i - 1]!.text !== "." &&
        /^[“"‘(\[*•]$/.test(toks[i - 1]!.text) === false &&
        i > lead
      )
        properWords.add(t.text);
    }
  }
  const eligibleNorm = sentences.filter((s) => s.eligible).map((s) => normalize(s.text));
  const years = [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const pool: EssayPool = {
    spans: claims.flatMap((claim) =>
      claim.spans.map((span) => ({ span, claim, norm: normalize(span.text) })),
    ),
    sentences: eligibleNorm,
    sentenceWords: eligibleNorm.map((s) => new Set(contentWords(s))),
    essay: normalize(text),
    maxYear: years.length ? Math.max(...years) : 2000,
  };
  const maxClaimScore = Math.max(0.001, ...claims.map((c) => c.score));
  const dominantNames = findDominantNames(claims);
  const titleWords = new Set<string>();
  for (const w of contentWords(input.title)) {
    titleWords.add(w);
    titleWords.add(w.replace(/(?:es|s)$/, ""));
    titleWords.add(`${w}s`);
  }

  const topTerms = new Set(
    [...termCounts.entries()]
      .filter(([, n]) => n >= 4)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([t]) => t),
  );

  // Only a word the essay writes in lower case somewhere may be lowered after a frame.
  const lowerWords = new Set<string>();
  // Not a link's letters: "www.nasa.gov" does not write NASA small.
  for (const m of text.replace(LINK, " ").matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu))
    lowerWords.add(m[0]);

  const failures: GenerationFailure[] = [];
  const candidates: Candidate[] = [];
  for (const claim of claims) {
    // A contrast's statement is asked only by the idea rules (claim-contrast.ts).
    if (claim.contrast) continue;
    for (const c of makeItemsForClaim(
      claim,
      {
        pool,
        properWords,
        termCounts,
        maxClaimScore,
        dominantNames,
        titleWords,
        topTerms,
        lowerWords,
      },
      failures,
    ))
      candidates.push(c);
  }
  // Lower case, one space between words: "cold water" is found whatever the line breaks.
  const essayWords = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, " ")} `;
  const ideaCtx = {
    properWords,
    lowerWords,
    maxClaimScore,
    leadIns,
    trace,
    essay: essayWords,
    essayText: text,
    voice: essayVoice(input.title, text),
  };
  for (const claim of claims) candidates.push(...ideaCandidates(claim, ideaCtx));
  // "What does the author say about Federal judges?": a word the essay also writes in lower case
  // is a word, not a name, wherever a heading or a title capitalised it.
  const namesOnly = new Set([...properWords].filter((w) => !lowerWords.has(w.toLowerCase())));
  candidates.push(
    ...claimCards(
      claims,
      { properWords: namesOnly, maxClaimScore, essay: pool.essay, leadIns },
      trace,
    ),
  );
  candidates.push(
    ...paragraphPointCards(
      claims.filter((c) => !c.contrast),
      cleaned,
      { maxClaimScore },
      trace,
    ),
  );
  for (const claim of claims)
    if (leadIns.has(claim.key) && !claim.contrast)
      candidates.push(
        ...leadInFlips(claim, { properWords, lowerWords, maxClaimScore, essay: essayWords }),
      );
  for (const f of failures) {
    audit.candidates[f.type]++;
    bump(audit, f.type, f.reason);
  }

  // Checks judge what a student will read: links, bullets and markers are cleaned first.
  for (const c of candidates) {
    c.prompt = unshout(present(c.prompt), c.claim.text, lowerWords);
    c.answer = unshoutAnswer(present(c.answer), lowerWords);
    if (c.statement) c.statement = present(c.statement);
    if (c.choices) c.choices = c.choices.map((o) => present(o));
  }
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
    // Idea items and "What does X do?" cards were vetted by their own rule; the span checks
    // below are about blanks.
    const flaw =
      c.idea || STATEMENT_QUESTIONS.has(c.rule ?? "")
        ? null
        : findFlaw({
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

  const gateCtx = buildGateContext(text, claims, properWords, input.title, topicNouns);
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
  const kept = keepDrafts(survivors, published);
  const items: GeneratedItem[] = kept
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
      const held = heldBy.get(c.key) ?? deckRule.get(c.key);
      if (!pub && held) item.reason = draftReason(held);
      trace?.({ stage: "deck", rule: pub ? "deck.published" : "deck.draft", subject: c.key });
      return item;
    });

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
 * The two names an essay is about: per group (people; places and organisations), the top two
 * when each is named three times or more and together they take half of that group's mentions
 * or clearly lead the rest.
 * With only two real candidates, a typed or blanked answer for one of them is a coin toss.
 */
function findDominantNames(claims: Claim[]): Set<string> {
  const out = new Set<string>();
  for (const group of [/^person$/, /^(?:place|org|name)$/]) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const c of claims)
      for (const s of c.spans) {
        if (!group.test(s.kind)) continue;
        const k = normalize(s.text);
        counts.set(k, (counts.get(k) ?? 0) + 1);
        total++;
      }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = ranked.slice(0, 2);
    if (top.length < 2 || top.some(([, n]) => n < 3)) continue;
    const third = ranked[2]?.[1] ?? 0;
    if (top[0]![1] + top[1]![1] >= 0.5 * total || top[1]![1] >= 1.4 * third)
      for (const [k] of top) out.add(k);
  }
  return out;
}
