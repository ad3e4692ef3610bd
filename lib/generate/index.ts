import { cleanParagraphs } from "./clean-text";
import { findFlaw, type FlawName } from "./check-flaws";
import { extractClaims, type Claim } from "./extract-claims";
import { contentWords, type EssayPool } from "./make-distractors";
import { makeItemsForClaim, type Candidate, type GenerationFailure } from "./make-items";
import { splitParagraphs } from "./split-text";
import { buildGateContext, gateCandidate, SALIENT } from "./publish-gate";
import { countWords, normalize } from "./text-utils";
import { NUMERIC_KINDS } from "./make-distractors";
import { CONFIG } from "./config";
import { ideaCandidates } from "./idea-items";
import { present } from "./present";
import { gateRejection } from "./gate-rules";
import type { Trace } from "./rules";
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

export * from "./types";
export { splitParagraphs } from "./split-text";

export const GENERATOR_VERSION = "2.0.0";
export type { Trace, TraceEntry } from "./rules";

const D = CONFIG.deck;

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

  // Words seen capitalised away from a sentence start are names: they keep their capital in prompts.
  const properWords = new Set<string>();
  for (const s of sentences) {
    const toks = s.analysis?.tokens ?? [];
    // A headline in Title Case capitalises ordinary words: it says nothing about names.
    const caps = toks.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    const wordsN = toks.filter((t) => /^\p{L}/u.test(t.text)).length;
    if (wordsN > 0 && caps / wordsN > 0.5) continue;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (
        /^\p{Lu}/u.test(t.text) &&
        toks[i - 1]!.text !== "." &&
        /^[“"‘(]$/.test(toks[i - 1]!.text) === false
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
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu)) lowerWords.add(m[0]);

  const failures: GenerationFailure[] = [];
  const candidates: Candidate[] = [];
  for (const claim of claims) {
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
  for (const claim of claims)
    for (const c of ideaCandidates(claim, { properWords, lowerWords, maxClaimScore, trace }))
      candidates.push(c);
  for (const f of failures) {
    audit.candidates[f.type]++;
    bump(audit, f.type, f.reason);
  }

  // Checks judge what a student will read: links, bullets and markers are cleaned first.
  for (const c of candidates) {
    c.prompt = present(c.prompt);
    c.answer = present(c.answer);
    if (c.statement) c.statement = present(c.statement);
    if (c.choices) c.choices = c.choices.map((o) => present(o));
  }
  const survivors: Candidate[] = [];
  const seenKeys = new Set<string>();
  const seenPrompts = new Set<string>();
  for (const c of candidates) {
    audit.candidates[c.type]++;
    // Idea items were vetted by their own rule; the span checks below are about blanks.
    const flaw = c.idea
      ? null
      : findFlaw({
          type: c.type,
          prompt: c.prompt,
          answer: c.answer,
          choices: c.choices,
          sentence: c.claim.body,
          spanKind: c.span?.kind,
          statement: c.statement,
          pronounStart: c.claim.pronounStart,
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
    survivors.push(c);
  }

  const gateCtx = buildGateContext(text, claims, properWords);
  const publishable = (c: Candidate) => {
    const old = gateCandidate(c, gateCtx);
    const reason =
      old ??
      gateRejection({
        type: c.type,
        prompt: present(c.prompt),
        answer: present(c.answer),
        sentence: c.claim.body,
        idea: Boolean(c.idea),
      });
    onGate?.(c, reason);
    if (reason) trace?.({ stage: "gate", rule: old ? `gate.${old}` : reason, subject: c.key });
    return reason === null;
  };
  const published = choosePublished(survivors, countWords(text), publishable);
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
        prompt: present(c.prompt),
        answer: present(c.answer),
        explanation: present(c.explanation),
        source: { sentence: c.claim.text },
        status: pub ? "published" : "draft",
        quality: Math.round(c.quality * 1000) / 1000,
      };
      if (c.choices) item.choices = c.choices.map((o) => present(o));
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

/** Does the item ask for (or hinge on) a date or a number? */
function isNumeric(c: Candidate): boolean {
  if (!c.span) return false;
  if (c.type === "true_false" && c.truth) return false;
  return NUMERIC_KINDS.has(c.span.kind);
}

function isNameSpan(c: Candidate): boolean {
  return c.span !== null && /^(?:person|place|org|name)$/.test(c.span.kind);
}

/** Does item a's stem or options show item b's answer? */
function givesAway(a: Candidate, b: Candidate): boolean {
  // A statement shows (nearly) the whole sentence, so it gives away any other item on it.
  if (a.type === "true_false" || b.type === "true_false") return true;
  const shown = normalize([a.prompt, ...(a.choices ?? [])].join(" "));
  const ans = normalize(b.answer).replace(
    /^(?:because(?: of)?|due to|in order to|so that|a|an|the)\s+/,
    "",
  );
  return ans.length > 0 && shown.includes(ans);
}

/**
 * The drafts kept beside the deck: per claim the best few alternatives, and a cap per essay, so
 * a long upload stores a teacher's choice rather than every candidate tried.
 */
function keepDrafts(survivors: Candidate[], published: Set<string>): Candidate[] {
  const ranked = [...survivors].sort((a, b) => b.quality - a.quality || (a.key < b.key ? -1 : 1));
  const kept = new Set<string>(published);
  const perClaim = new Map<string, Set<string>>();
  let drafts = 0;
  // First the best of each type per claim, then the next best, until the caps are reached.
  for (const distinct of [true, false])
    for (const c of ranked) {
      if (kept.has(c.key)) continue;
      const types = perClaim.get(c.claim.key) ?? new Set<string>();
      if (types.size >= CONFIG.drafts.maxPerClaim || drafts >= CONFIG.drafts.maxPerEssay) continue;
      if (distinct && types.has(c.type)) continue;
      types.add(distinct ? c.type : `${c.type}:${c.key}`);
      perClaim.set(c.claim.key, types);
      kept.add(c.key);
      drafts++;
    }
  return survivors.filter((c) => kept.has(c.key));
}

function clash(mine: Candidate[], c: Candidate): boolean {
  const closeKinds = (a: ItemType, b: ItemType, set: ItemType[]) =>
    set.includes(a) && set.includes(b);
  return mine.some(
    (m) =>
      m.type === c.type ||
      // A second item on one sentence must test something else: an idea beside a detail, and
      // neither may show the other's answer.
      Boolean(m.idea) === Boolean(c.idea) ||
      givesAway(m, c) ||
      givesAway(c, m) ||
      (m.span && c.span && m.span.start === c.span.start) ||
      // A cloze and an MCQ on one sentence quiz the same blank twice; so do a flashcard and a
      // short answer.
      closeKinds(m.type, c.type, ["cloze", "mcq"]) ||
      closeKinds(m.type, c.type, ["short_answer", "flashcard"]) ||
      // Two names blanked from one sentence ("more like X than Y") each give the other away.
      (m.type !== "true_false" && c.type !== "true_false" && isNameSpan(m) && isNameSpan(c)),
  );
}

/**
 * Publish few and strong: one item for each strong claim before any claim gets a second, at most
 * about a third of them on dates and numbers, nothing under the quality floor or needing context
 * the learner can't see, never the same answer twice, true and false statements balanced. The
 * deck is sized to the essay (about one item per 35 words, within bounds).
 */
export function choosePublished(
  survivors: Candidate[],
  words = 800,
  publishable: (c: Candidate) => boolean = () => true,
): Set<string> {
  // Explanations and definitions carry the essay's ideas: they rank ahead of bare details.
  const rank = (c: Candidate) =>
    c.quality +
    (SALIENT.test(c.claim.text) ? D.salientBonus : 0) +
    (c.idea ? D.ideaBonus : 0) +
    D.centralityWeight * Math.max(0, c.claim.score);
  const ranked = [...survivors]
    .filter((c) => c.quality >= D.minQuality && !c.claim.needsContext && publishable(c))
    .sort((a, b) => rank(b) - rank(a) || (a.key < b.key ? -1 : 1));
  const target = Math.max(D.minItems, Math.round((words * D.itemsPer1000Words) / 1000));
  // A first pass shows how many true and false statements the deck can balance; the second
  // gives the slots of surplus statements to other items.
  const first = pick(ranked, target, Infinity, Infinity);
  const t = first.filter((c) => c.type === "true_false" && c.truth).length;
  const f = first.filter((c) => c.type === "true_false" && !c.truth).length;
  // True/false items are the cheapest to make and the least to learn from: at most ~40% of the deck.
  const tfCap = Math.ceil(target * D.maxTrueFalseShare);
  const maxFalse = Math.min(f, t + 1, Math.floor(tfCap / 2));
  const maxTrue = Math.min(t, f + 1, tfCap - maxFalse);
  const chosen = pick(ranked, target, maxTrue, maxFalse);
  // A deck with true statements but too few false ones would lose them all to the balance
  // below: top it up with the best safe false statements the ranking left out.
  const trueN = chosen.filter((c) => c.type === "true_false" && c.truth).length;
  let falseN = chosen.filter((c) => c.type === "true_false" && !c.truth).length;
  for (const c of ranked) {
    if (falseN >= trueN || falseN >= Math.max(1, Math.floor(tfCap / 2))) break;
    if (c.type !== "true_false" || c.truth || chosen.includes(c)) continue;
    const mine = chosen.filter((m) => m.claim.key === c.claim.key);
    // A blank on the same value may give way: a balanced true/false set is worth more than one
    // more blank.
    const rivals = mine.filter((m) => clash([m], c));
    if (rivals.some((m) => m.type === "true_false")) continue;
    if (mine.length - rivals.length >= 1) continue;
    for (const m of rivals) chosen.splice(chosen.indexOf(m), 1);
    chosen.push(c);
    falseN++;
  }
  // True and false statements in equal numbers (give or take one), so guessing "True" earns nothing.
  const tf = chosen.filter((c) => c.type === "true_false");
  const trues = tf.filter((c) => c.truth).sort((a, b) => a.quality - b.quality);
  const falses = tf.filter((c) => !c.truth).sort((a, b) => a.quality - b.quality);
  const drop = new Set<string>();
  while (trues.length > falses.length + 1) drop.add(trues.shift()!.key);
  while (falses.length > trues.length + 1) drop.add(falses.shift()!.key);
  return new Set(chosen.filter((c) => !drop.has(c.key)).map((c) => c.key));
}

function pick(ranked: Candidate[], target: number, maxTrue: number, maxFalse: number): Candidate[] {
  const maxNumeric = Math.max(1, Math.ceil(target * D.maxNumericShare));
  const perClaim = new Map<string, Candidate[]>();
  const perAnswer = new Map<string, number>();
  const chosen: Candidate[] = [];
  const usedOptions = new Set<string>();
  let numeric = 0;
  let trues = 0;
  let falses = 0;
  for (let round = 1; round <= D.maxPerClaim; round++) {
    for (const c of ranked) {
      if (chosen.length >= target) break;
      const mine = perClaim.get(c.claim.key) ?? [];
      if (mine.length >= round || mine.includes(c)) continue;
      if (clash(mine, c)) continue;
      if (isNumeric(c) && numeric >= maxNumeric) continue;
      if (c.type === "true_false" && (c.truth ? trues >= maxTrue : falses >= maxFalse)) continue;
      // Options seen in earlier questions make a pool a learner memorises, not a question.
      if (c.type === "mcq" && c.choices) {
        const reused = c.choices.filter((o) => o !== c.answer && usedOptions.has(normalize(o)));
        if (reused.length >= 2) continue;
      }
      const ans = c.type === "true_false" ? `tf:${c.key}` : normalize(c.answer);
      if ((perAnswer.get(ans) ?? 0) >= D.maxPerAnswer) continue;
      perAnswer.set(ans, (perAnswer.get(ans) ?? 0) + 1);
      mine.push(c);
      perClaim.set(c.claim.key, mine);
      chosen.push(c);
      if (c.type === "mcq") for (const o of c.choices ?? []) usedOptions.add(normalize(o));
      if (isNumeric(c)) numeric++;
      if (c.type === "true_false") {
        if (c.truth) trues++;
        else falses++;
      }
    }
  }
  return chosen;
}
