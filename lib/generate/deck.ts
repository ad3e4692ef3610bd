import { CONFIG } from "./config";
import { NUMERIC_KINDS } from "./make-distractors";
import type { Candidate } from "./make-items";
import { SALIENT } from "./publish-gate";
import { normalize } from "./text-utils";
import { askLeftOutTrues, diversify, reveals, topUpStatements } from "./deck-fill";
import { PARAGRAPH_POINT } from "./idea-paragraph-point";
import type { Trace } from "./rules";
import type { ItemType } from "./types";

/**
 * The deck stage: which surviving candidates are published, and which few stay as drafts.
 * Ideas rank ahead of details, central sentences ahead of peripheral ones; one item per sentence
 * unless a second tests something else and neither gives the other away.
 */
const D = CONFIG.deck;

/** Cards whose back is the whole claim: any sharper question on the sentence asks more. */
const WHOLE_CLAIM = new Set([PARAGRAPH_POINT, "idea.author-claim"]);

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
  // A flashcard's back is read too: "What is X?" answered "a website for…" shows a blank on it.
  const shown = normalize([a.prompt, a.answer, ...(a.choices ?? [])].join(" "));
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
export function keepDrafts(survivors: Candidate[], published: Set<string>): Candidate[] {
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
  return mine.some((m) => {
    // Two idea questions that ask different things ("What is the thalweg?", "What is the
    // levee?" from one sentence that defines both) test two ideas, whatever their types.
    const twoIdeas = Boolean(m.idea && c.idea) && !sameQuestion(m, c);
    return (
      (m.type === c.type && !twoIdeas) ||
      // A second item on one sentence must test something else: an idea beside a detail, or
      // another idea, and neither may show the other's answer.
      (Boolean(m.idea) === Boolean(c.idea) && !twoIdeas) ||
      givesAway(m, c) ||
      givesAway(c, m) ||
      (m.span && c.span && m.span.start === c.span.start) ||
      // A cloze and an MCQ on one sentence quiz the same blank twice; so do a flashcard and a
      // short answer asking one question.
      closeKinds(m.type, c.type, ["cloze", "mcq"]) ||
      (closeKinds(m.type, c.type, ["short_answer", "flashcard"]) && !twoIdeas) ||
      // Two names blanked from one sentence ("more like X than Y") each give the other away.
      (m.type !== "true_false" && c.type !== "true_false" && isNameSpan(m) && isNameSpan(c))
    );
  });
}

/** The same question, or the same answer asked another way. */
function sameQuestion(a: Candidate, b: Candidate): boolean {
  return normalize(a.prompt) === normalize(b.prompt) || normalize(a.answer) === normalize(b.answer);
}

/** The deck rule that keeps a kind of item a draft whatever its score, or null. */
function heldByKind(c: Candidate): string | null {
  if (D.draftOnlyMakers.includes(c.rule ?? `${c.type}.${c.span?.kind ?? "plain"}`))
    return "deck.draft-only-maker";
  // A blank on a flashcard's front reads as a cloze set as a card, and usually repeats the
  // sentence's cloze: 5 of 13 judged in rounds s29a–s30a (audit-19). It stays a draft.
  if (c.type === "flashcard" && c.prompt.includes("_____")) return "deck.blank-card";
  return null;
}

/** Which deck rule keeps a candidate out before ranking, if any: the trace names it. */
function heldBeforeRanking(c: Candidate): string | null {
  if (c.quality < D.minQuality) return "deck.below-quality";
  const kind = heldByKind(c);
  if (kind) return kind;
  if (c.claim.needsContext && !c.selfContained) return "deck.needs-context";
  if (c.claim.statementOnly && c.type !== "true_false") return "deck.statement-only";
  if (c.claim.contrast && (!c.idea || c.type === "true_false")) return "deck.contrast-needs-idea";
  return null;
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
  /** Diagnostics: for each sound candidate left out, the deck rule that left it out last. */
  trace?: Trace,
): Set<string> {
  // Explanations and definitions carry the essay's ideas: they rank ahead of bare details.
  // Worked out once per candidate, not at each of the sort's comparisons (a regex each time).
  const ranks = new Map<Candidate, number>();
  const rank = (c: Candidate) => {
    let r = ranks.get(c);
    if (r === undefined) {
      r =
        c.quality +
        (SALIENT.test(c.claim.text) ? D.salientBonus : 0) +
        (c.idea ? D.ideaBonus : 0) +
        D.centralityWeight * Math.max(0, c.claim.score);
      ranks.set(c, r);
    }
    return r;
  };
  const ranked = [...survivors]
    .filter((c) => {
      const held = heldBeforeRanking(c);
      if (held) trace?.({ stage: "deck", rule: held, subject: c.key });
      return held === null && publishable(c);
    })
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
  const skipped = new Map<Candidate, string>();
  const chosen = pick(ranked, target, maxTrue, maxFalse, (c, rule) => skipped.set(c, rule));
  // A deck with true statements but too few false ones would lose them all to the balance
  // below: top it up with the best safe false statements the ranking left out.
  const trueN = chosen.filter((c) => c.type === "true_false" && c.truth).length;
  let falseN = chosen.filter((c) => c.type === "true_false" && !c.truth).length;
  for (const c of ranked) {
    if (falseN >= trueN || falseN >= Math.max(1, Math.floor(tfCap / 2))) break;
    if (c.type !== "true_false" || c.truth || chosen.includes(c)) continue;
    // A lead-in already quoting its sentence would answer it.
    if (chosen.some((m) => reveals(m, c) || reveals(c, m))) continue;
    const mine = chosen.filter((m) => m.claim.key === c.claim.key);
    // A blank on the same value may give way: a balanced true/false set is worth more than one
    // more blank — but not an idea question ("What do the worst fires arise from?").
    const rivals = mine.filter((m) => clash([m], c));
    if (rivals.some((m) => m.type === "true_false" || m.idea)) continue;
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
  const deck = chosen.filter((c) => !drop.has(c.key));
  diversify(deck, ranked, target);
  topUpStatements(deck, ranked, target);
  askLeftOutTrues(deck, ranked, target);
  const keys = new Set(deck.map((c) => c.key));
  if (trace)
    for (const c of ranked)
      if (!keys.has(c.key))
        trace({
          stage: "deck",
          rule: drop.has(c.key) ? "deck.true-false-balance" : (skipped.get(c) ?? "deck.replaced"),
          subject: c.key,
        });
  return keys;
}

function pick(
  ranked: Candidate[],
  target: number,
  maxTrue: number,
  maxFalse: number,
  skip?: (c: Candidate, rule: string) => void,
): Candidate[] {
  const maxNumeric = Math.max(1, Math.ceil(target * D.maxNumericShare));
  const perClaim = new Map<string, Candidate[]>();
  const perAnswer = new Map<string, number>();
  const chosen: Candidate[] = [];
  const usedOptions = new Set<string>();
  let numeric = 0;
  let trues = 0;
  let falses = 0;
  // The essay's main ideas are asked first; then one item per sentence; then second items.
  const sharper = new Set(
    ranked.filter((c) => c.idea && !WHOLE_CLAIM.has(c.rule ?? "")).map((c) => c.claim.key),
  );
  const rounds: [number, boolean][] = [[1, true]];
  for (let round = 1; round <= D.maxPerClaim; round++) rounds.push([round, false]);
  for (const [round, mainOnly] of rounds) {
    for (const c of ranked) {
      if (chosen.length >= target) {
        skip?.(c, "deck.full");
        continue;
      }
      // A paragraph's point is one of the essay's main ideas too, asked before any detail —
      // unless its sentence has a sharper idea question ("Why is the reef important?").
      if (
        mainOnly &&
        !c.claim.mainIdea &&
        !(c.rule === PARAGRAPH_POINT && !sharper.has(c.claim.key))
      )
        continue;
      const mine = perClaim.get(c.claim.key) ?? [];
      if (mine.length >= round || mine.includes(c)) {
        if (!mine.includes(c)) skip?.(c, "deck.per-claim");
        continue;
      }
      if (clash(mine, c)) {
        skip?.(c, mine.length >= D.maxPerClaim ? "deck.per-claim" : "deck.same-sentence");
        continue;
      }
      if (isNumeric(c) && numeric >= maxNumeric) {
        skip?.(c, "deck.numeric-share");
        continue;
      }
      if (c.type === "true_false" && (c.truth ? trues >= maxTrue : falses >= maxFalse)) {
        skip?.(c, c.truth ? "deck.true-cap" : "deck.false-cap");
        continue;
      }
      // Options seen in earlier questions make a pool a learner memorises, not a question.
      if (c.type === "mcq" && c.choices) {
        const reused = c.choices.filter((o) => o !== c.answer && usedOptions.has(normalize(o)));
        if (reused.length >= 2) {
          skip?.(c, "deck.reused-options");
          continue;
        }
      }
      const ans =
        c.type === "true_false"
          ? `tf:${c.key}`
          : normalize(c.answer)
              .replace(/^(?:because(?: of)?|due to|in order to|so that)\s+/, "")
              .replace(/^(?:about|nearly|around|approximately|almost|roughly)\s+/, "");
      // A name, a phrase ("human activities") or a figure ("about 70%" and "70%") asked twice
      // is one fact asked again, and the first answers the second.
      if ((perAnswer.get(ans) ?? 0) >= D.maxPerAnswer) {
        skip?.(c, "deck.same-answer");
        continue;
      }
      // No item may show another's answer ("after _____ days" beside "their 212-day mission").
      if (chosen.some((m) => reveals(m, c) || reveals(c, m))) {
        skip?.(c, "deck.reveals");
        continue;
      }
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
