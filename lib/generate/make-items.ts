import type { Claim } from "./extract-claims";
import { stripDiscourseStart } from "./extract-claims";
import type { Span } from "./find-spans";
import { makeDistractors, NUMERIC_KINDS, type EssayPool } from "./make-distractors";
import { buildWhQuestion } from "./make-question";
import { lexiconTag } from "./nlp";
import type { ItemType } from "./types";
import { fnv1a, hashKey, normalize, stripCitations, NEGATION_RE } from "./text-utils";

export interface Candidate {
  key: string;
  type: ItemType;
  prompt: string;
  answer: string;
  choices?: string[];
  explanation: string;
  claim: Claim;
  span: Span | null;
  statement?: string;
  truth?: boolean;
  quality: number;
}

export interface GenerationFailure {
  type: ItemType;
  reason: "too_few_distractors" | "no_question_form";
}

const BLANK = "_____";

const SPAN_WEIGHT: Record<string, number> = {
  person: 0.9,
  place: 0.8,
  org: 0.8,
  name: 0.55,
  year: 0.9,
  date: 0.75,
  percent: 0.95,
  money: 0.95,
  quantity: 0.85,
  np: 0.45,
};

const TYPE_WEIGHT: Record<ItemType, number> = {
  cloze: 0.85,
  mcq: 0.9,
  true_false: 0.8,
  short_answer: 0.85,
  flashcard: 0.85,
};

function cleanSentence(s: string): string {
  return stripCitations(s).replace(/\s+/g, " ").trim();
}

export function quoteSentence(s: string): string {
  return `The essay says: "${cleanSentence(s)}"`;
}

function blankOut(claim: Claim, span: Span): string {
  return cleanSentence(claim.text.slice(0, span.start) + BLANK + claim.text.slice(span.end));
}

/** "According to the essay, x…": lowercase the first word unless it is a name. */
export function frameStatement(sentence: string, properWords: Set<string>): string {
  const s = stripDiscourseStart(cleanSentence(sentence));
  const m = s.match(/^[\p{L}-]+/u);
  let body = s;
  if (m) {
    const w = m[0];
    const tag = lexiconTag(w);
    const keep =
      /^\p{Lu}{2,}/u.test(w) ||
      w === "I" ||
      properWords.has(w) ||
      (tag &&
        /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym|Month|WeekDay/.test(
          tag,
        ));
    if (!keep) body = w.charAt(0).toLowerCase() + w.slice(1) + s.slice(w.length);
  }
  return `According to the essay, ${body}`;
}

function spanQuality(span: Span, termCounts: Map<string, number>): number {
  let w = SPAN_WEIGHT[span.kind] ?? 0.5;
  if (span.kind === "np" && span.head) {
    const c = termCounts.get(span.head.toLowerCase()) ?? 0;
    // A lone common word is a weak gap unless the essay keeps returning to it.
    if (c <= 1) w -= 0.15;
    // A lone common word ("the _____ reinvented itself") is guessable from grammar alone.
    if (span.text.replace(/^(?:a|an)\s+/i, "").split(/\s+/).length === 1)
      return span.text.length >= 9 ? 0.35 : 0.2;
    if (c >= 2) w += 0.15;
    if (c >= 4) w += 0.1;
    if (span.text.split(/\s+/).length >= 2) w += 0.05;
  }
  return Math.min(1, w);
}

function sentencePenalty(claim: Claim): number {
  const t = claim.text;
  let p = 0;
  // Personal pronouns leave the learner guessing who or what is meant; possessives less so.
  const personal = claim.analysis.tokens.filter(
    (x) => x.pos === "PRON" && /^(?:he|she|it|they|him|her|them)$/i.test(x.text),
  ).length;
  const possessive = (t.match(/\b(?:his|its|their|her)\b/gi) ?? []).length;
  p += Math.min(0.3, personal * 0.12 + possessive * 0.05);
  // Demonstratives ("that project") point at a sentence the learner cannot see.
  const demonstratives = claim.analysis.tokens.filter(
    (x) => x.pos === "DET" && /^(?:this|that|these|those)$/i.test(x.text),
  ).length;
  p += Math.min(0.3, demonstratives * 0.15);
  if (/["“”]/.test(t)) p += 0.1;
  if (/[()]/.test(t)) p += 0.05;
  if (/;/.test(t)) p += 0.05;
  const words = t.split(/\s+/).length;
  if (words > 30) p += 0.1;
  if (words < 10) p += 0.05;
  return p;
}

function placeAnswer(key: string, answer: string, distractors: string[]): string[] {
  const pos = fnv1a(key) % 4;
  const out = [...distractors.slice(0, 3)];
  out.splice(pos, 0, answer);
  return out;
}

export interface ItemContext {
  pool: EssayPool;
  properWords: Set<string>;
  termCounts: Map<string, number>;
  maxClaimScore: number;
}

/** Over-generates every item type for one claim; checks and ranking decide what survives. */
export function makeItemsForClaim(
  claim: Claim,
  ctx: ItemContext,
  failures: GenerationFailure[],
): Candidate[] {
  const out: Candidate[] = [];
  const claimN = normalize(claim.text);
  const claimQ = Math.max(0, claim.score) / Math.max(0.001, ctx.maxClaimScore);
  const penalty = sentencePenalty(claim);
  const explanation = quoteSentence(claim.text);
  const q = (type: ItemType, spanW: number, extra = 0) =>
    Math.max(
      0,
      Math.min(1, 0.35 * claimQ + 0.35 * spanW + 0.3 * TYPE_WEIGHT[type] - penalty + extra),
    );

  // Spans chosen for one claim: prefer facts; cap noun phrases so one sentence can't flood the deck.
  const spans = [...claim.spans]
    .map((s) => ({ s, w: spanQuality(s, ctx.termCounts) }))
    .sort((a, b) => b.w - a.w || a.s.start - b.s.start)
    .slice(0, 4);

  let madeFalse = false;
  for (const { s: span, w } of spans) {
    const spanN = normalize(span.text);
    const cloze = blankOut(claim, span);
    out.push({
      key: hashKey(claimN, "cloze", spanN),
      type: "cloze",
      prompt: cloze,
      answer: span.text,
      explanation,
      claim,
      span,
      quality: q("cloze", w),
    });

    // MCQ and false statements swap in a wrong value: unsafe in negated sentences, where a swap
    // often yields a statement that is also true.
    const swappable = !claim.negated && (span.kind !== "np" || w >= 0.6) && span.kind !== "name";
    if (swappable) {
      const distractors = makeDistractors(claim, span, ctx.pool, 3);
      if (distractors.length >= 3) {
        const key = hashKey(claimN, "mcq", spanN);
        out.push({
          key,
          type: "mcq",
          prompt: cloze,
          answer: span.text,
          choices: placeAnswer(key, span.text, distractors),
          explanation,
          claim,
          span,
          // Noun-phrase distractors drawn from elsewhere in the essay are the likeliest to be implausible.
          quality: q("mcq", w, span.kind === "np" ? -0.12 : 0),
        });
      } else failures.push({ type: "mcq", reason: "too_few_distractors" });

      if (!madeFalse && span.kind !== "np" && distractors.length >= 1) {
        const swapped =
          claim.text.slice(0, span.start) + distractors[0]! + claim.text.slice(span.end);
        const statement = frameStatement(swapped, ctx.properWords);
        madeFalse = true;
        out.push({
          key: hashKey(claimN, "true_false", "false", normalize(distractors[0]!)),
          type: "true_false",
          prompt: `${statement}`,
          statement: stripDiscourseStart(cleanSentence(swapped)),
          answer: "False",
          choices: ["True", "False"],
          truth: false,
          explanation: `False. ${quoteSentence(claim.text)} — ${span.text}, not ${distractors[0]}.`,
          claim,
          span,
          quality: q("true_false", w, NUMERIC_KINDS.has(span.kind) ? 0.05 : 0),
        });
      } else if (!madeFalse && span.kind !== "np")
        failures.push({ type: "true_false", reason: "too_few_distractors" });
    }

    const wh = buildWhQuestion(claim, span, ctx.properWords);
    if (wh) {
      const extra = wh.form === "subject" ? 0.05 : -0.03;
      out.push({
        key: hashKey(claimN, "short_answer", spanN),
        type: "short_answer",
        prompt: wh.prompt,
        answer: wh.answer,
        explanation,
        claim,
        span,
        quality: q("short_answer", w, extra),
      });
      out.push({
        key: hashKey(claimN, "flashcard", spanN),
        type: "flashcard",
        prompt: wh.prompt,
        answer: wh.answer,
        explanation,
        claim,
        span,
        quality: q("flashcard", w, extra),
      });
    } else {
      failures.push({ type: "short_answer", reason: "no_question_form" });
      // A flashcard may fall back to the cloze front; its back is the blanked span.
      out.push({
        key: hashKey(claimN, "flashcard", spanN),
        type: "flashcard",
        prompt: cloze,
        answer: span.text,
        explanation,
        claim,
        span,
        quality: q("flashcard", w, -0.05),
      });
    }
  }

  // A true statement: the claim itself, framed as the essay's view.
  const statement = stripDiscourseStart(cleanSentence(claim.text));
  const factW = spans.length ? Math.max(...spans.map((x) => x.w)) : 0.4;
  out.push({
    key: hashKey(claimN, "true_false", "true"),
    type: "true_false",
    prompt: frameStatement(claim.text, ctx.properWords),
    statement,
    answer: "True",
    choices: ["True", "False"],
    truth: true,
    explanation: `True. ${quoteSentence(claim.text)}`,
    claim,
    span: null,
    // A negated true statement reads like a trick: rank it lower.
    quality: q("true_false", factW, NEGATION_RE.test(claim.text) ? -0.1 : 0),
  });
  return out;
}
