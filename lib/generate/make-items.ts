import { thatClause, thesisOf } from "./author-thesis";
import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import { stripDiscourseStart } from "./extract-claims";
import type { Span } from "./find-spans";
import { makeDistractors, NUMERIC_KINDS } from "./make-distractors";
import { countOnly } from "./span-quality";
import { buildWhQuestion } from "./make-question";
import { lexiconTag } from "./nlp";
import { isFamiliarWord } from "./spelling";
import { HEDGED_OPENING, SWAP_GUARD_RULES } from "./flip-guards";
import { opensName } from "./frame-capital";
import { firstFiring } from "./rules";
import { quotesSomeone, speakerFrame, spokenWords, type Speaker } from "./speaker-frame";
import { present } from "./present";
import { SEQUENCE_OPENING } from "./present-form";
import {
  definedTermSpans,
  hasUnanchoredThe,
  inApposition,
  spanQuality,
  yearIsBracketed,
  type ItemContext,
} from "./span-quality";
import { statementCard, subjectQuestionCard } from "./statement-card";
import type { ItemType } from "./types";
import { fnv1a, hashKey, normalize, stripCitations, NEGATION_RE, STOPWORDS } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const NEXT_CAPITALISED_WORD = /^\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const STARTS_TWO_CAPITALS = /^\p{Lu}{2,}/u;
const CAPITAL = /\p{Lu}/u;
const PARAGRAPH_NUMBER = /^\d{1,3}\s{2,}(?=\p{Lu})/u;

export { definedTermSpans, inApposition, spanQuality, yearIsBracketed, type ItemContext };

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
  /** False statements: the wrong value swapped in for the span. */
  swapIn?: string;
  /** Set on items that test an idea (definition, cause, purpose, claim): which kind. */
  idea?: import("./idea-rules").IdeaKind;
  /** The rule that made the candidate, for the trace and the audit. */
  rule?: string;
  /**
   * An idea item from a sentence that leans on another, whose question and answer show none of
   * what it leans on: asked alone, it needs no context (idea-items.ts).
   */
  selfContained?: boolean;
  /** "Context: “…”": the previous sentence shown first, when the claim leans on it (lead-in.ts). */
  leadIn?: string;
  quality: number;
}

export interface GenerationFailure {
  type: ItemType;
  reason: "too_few_distractors" | "no_question_form" | "trivial_swap";
}

const BLANK = "_____";

const TYPE_WEIGHT: Record<ItemType, number> = {
  cloze: 0.85,
  mcq: 0.9,
  true_false: 0.8,
  short_answer: 0.85,
  flashcard: 0.85,
};

/**
 * A claim's sentence is cleaned for each of its items (half the calls repeat one): remembered as
 * normalize is, bounded and cleared in bulk.
 */
const cleanedSentences = new Map<string, string>();
const CLEANED_KEPT = 4096;

function cleanSentence(s: string): string {
  let out = cleanedSentences.get(s);
  if (out !== undefined) return out;
  // A scraped speech numbers its paragraphs ("2      One-eighth…"): the number is layout.
  out = stripCitations(s).replace(PARAGRAPH_NUMBER, "").replace(/\s+/g, " ").trim();
  if (cleanedSentences.size >= CLEANED_KEPT) cleanedSentences.clear();
  cleanedSentences.set(s, out);
  return out;
}

export function quoteSentence(s: string): string {
  return `The essay says: "${cleanSentence(s)}"`;
}

function blankOut(claim: Claim, span: Span): string {
  return cleanSentence(claim.body.slice(0, span.start) + BLANK + claim.body.slice(span.end));
}

/** The cited text: the sentence, with the one before it when the claim borrowed a referent. */
function citedText(claim: Claim): string {
  return claim.context ? `${claim.context} ${claim.text}` : claim.text;
}

const NAME_TAG =
  /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym|Month|WeekDay/;

/** A word the lexicon does not know, or knows as a name other than a people's ("Scottish"). */
const nameOrUnknown = (tag: unknown) =>
  tag === undefined || (NAME_TAG.test(String(tag)) && !/Demonym/.test(String(tag)));

/** "According to the essay, x…": lowercase the first word unless it is a name. */
export function frameStatement(
  sentence: string,
  properWords: Set<string>,
  lowerWords?: Set<string>,
  speaker?: Speaker,
): string {
  // Cleaned first: "[Children](url), teens…" or a paragraph number hides the word to lower.
  const cleaned = present(cleanSentence(sentence));
  // "And finally, X": the sequence word after the connective is a leftover too.
  const s = stripDiscourseStart(cleaned).replace(SEQUENCE_OPENING, "");
  // "Perhaps X": the author offers X as likely, not as fact — the frame keeps the doubt.
  const hedged = HEDGED_OPENING.test(cleaned);
  const m = s.match(/^[\p{L}-]+/u);
  let body = s;
  if (m) {
    const w = m[0];
    // "One-eighth": a hyphenated word is judged by its first part.
    const tag = lexiconTag(w) ?? (w.includes("-") ? lexiconTag(w.split("-")[0]!) : undefined);
    // "El Vigia reported…", "La Torrena has…": a capital word before another capital word
    // opens a name, unless it is an ordinary function word ("The", "In").
    // "New Westby": an adjective before a capital word the lexicon does not know as a people.
    const next = s.slice(w.length).match(NEXT_CAPITALISED_WORD)?.[1];
    const nameStart =
      next !== undefined &&
      !STOPWORDS.has(w.toLowerCase()) &&
      (tag === undefined ||
        NAME_TAG.test(tag) ||
        (tag === "Adjective" && nameOrUnknown(lexiconTag(next.toLowerCase()))));
    // "What the old charter meant …": a question word or a pronoun is no name, however the
    // essay capitalises it elsewhere.
    const functionWord = w !== "I" && /QuestionWord|Pronoun|Determiner/.test(String(tag ?? ""));
    const keep =
      !functionWord &&
      (nameStart ||
        STARTS_TWO_CAPITALS.test(w) ||
        // "Hi-C", "McAlister": a capital inside the word marks a name.
        CAPITAL.test(w.slice(1)) ||
        w === "I" ||
        // "E.K. Mwangi": an initial.
        (ONE_CAPITAL.test(w) && s.charAt(w.length) === ".") ||
        // "Harbour.Net", "Mayor Ruiz", "Mr. Ruiz", "Silver Trails": the word opens a name
        // (frame-capital.ts).
        opensName(w, s.slice(w.length)) ||
        // A title word ("Soup" in an essay titled so) the essay also writes in lower case is common.
        (properWords.has(w) && !lowerWords?.has(w.toLowerCase())) ||
        // Only a word the essay itself writes in lower case is safe to lower — or one the
        // tagger does not know but everyday English uses ("Ferry crossings", "Recreational …").
        (lowerWords !== undefined &&
          !lowerWords.has(w.toLowerCase()) &&
          !lowerWords.has(w.toLowerCase().replace(/(?:es|s)$/, "")) &&
          !writesPrefixLower(lowerWords, w) &&
          !STOPWORDS.has(w.toLowerCase()) &&
          !(tag !== undefined && !NAME_TAG.test(tag)) &&
          !(tag === undefined && isFamiliarWord(w))) ||
        (tag &&
          /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym|Month|WeekDay/.test(
            tag,
          )));
    if (!keep) body = w.charAt(0).toLowerCase() + w.slice(1) + s.slice(w.length);
  }
  return speakerFrame(speaker, body, hedged, (w) => properWords.has(w));
}

/**
 * "Micro-blogging sites …" in an essay that writes "micro-blog users": a compound whose first
 * part the essay writes in lower case is an everyday word, not a name.
 */
function writesPrefixLower(lowerWords: ReadonlySet<string>, word: string): boolean {
  const dash = word.indexOf("-");
  if (dash <= 0) return false;
  const first = word.slice(0, dash).toLowerCase();
  if (lowerWords.has(first)) return true;
  for (const w of lowerWords) if (w.startsWith(`${first}-`)) return true;
  return false;
}

/**
 * "I think X" → "The author argues that X", when X reads alone (no more "I", "me", "my"); null
 * when the first-person sentence has no such clean form.
 */
export function authorArgues(sentence: string): string | null {
  // Cleaned first: "[Children](url), teens…" or a paragraph number hides the word to lower.
  const t = thesisOf(stripDiscourseStart(present(cleanSentence(sentence))));
  return t?.frame === "argues" ? `The author argues ${thatClause(t)}` : null;
}

/** "Hence it will result that X" → X: the claim inside an impersonal frame (author-thesis.ts). */
function statedClaim(sentence: string): string | null {
  const t = thesisOf(stripDiscourseStart(cleanSentence(sentence)));
  return t?.frame === "states" ? t.claim : null;
}

/** The statement of a framed claim starts after the frame's "it": no pronoun left to resolve. */
export const FRAMED_CLAIM = "thesis.framed-claim";

function sentencePenalty(claim: Claim): number {
  const t = claim.body;
  let p = 0;
  // A pronoun pointing outside the sentence leaves the learner guessing who or what is meant:
  // enough on its own to keep the item a draft. One with its referent in the sentence costs little.
  const pronouns = claim.analysis.tokens.filter(
    (x) =>
      (x.pos === "PRON" || x.pos === "DET") &&
      /^(?:he|she|it|they|him|her|them|his|its|their)$/i.test(x.text),
  ).length;
  p += Math.min(0.6, claim.dangling * 0.3 + Math.max(0, pronouns - claim.dangling) * 0.03);
  // Demonstratives ("that project") point at a sentence the learner cannot see.
  // "those of the states", "that which": a demonstrative the sentence itself completes.
  const toks = claim.analysis.tokens;
  const demonstratives = toks.filter(
    (x, k) =>
      x.pos === "DET" &&
      /^(?:this|that|these|those)$/i.test(x.text) &&
      !/^(?:of|who|which|whose|that)$/i.test(toks[k + 1]?.text ?? ""),
  ).length;
  p += Math.min(0.4, demonstratives * 0.25);
  // Quoted speech is hard to quiz fairly; a short quoted term ("caisson disease") is not speech.
  const quoted = [...t.matchAll(/["“]([^"”]*)["”]/g)].map((m) => m[1]!.split(/\s+/).length);
  if (/["“”]/.test(t) && (quoted.length === 0 || quoted.some((n) => n > 4))) p += 0.1;
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
  const explanation = quoteSentence(citedText(claim));
  // A weak key (a one-off or judging phrase, a title word) keeps the item a draft however central
  // the sentence is.
  const q = (type: ItemType, spanW: number, extra = 0) =>
    Math.max(
      0,
      Math.min(
        1,
        0.35 * claimQ +
          0.35 * spanW +
          0.3 * TYPE_WEIGHT[type] -
          penalty +
          extra -
          (spanW < 0.4 ? 0.2 : 0),
      ),
    );

  // Spans chosen for one claim: prefer facts; cap noun phrases so one sentence can't flood the deck.
  const defined = definedTermSpans(claim);
  const overlaps = (x: Span) =>
    defined.some((d) => d.tokenStart <= x.tokenEnd && d.tokenEnd >= x.tokenStart);
  const spans = [...claim.spans.filter((x) => x.kind !== "np" || !overlaps(x)), ...defined]
    .map((s) => ({ s, w: spanQuality(s, ctx, claim.body) }))
    .sort((a, b) => b.w - a.w || a.s.start - b.s.start)
    .slice(0, 4);

  let madeFalse = false;
  for (const { s: found, w } of spans) {
    const span = countOnly(found);
    const spanN = normalize(span.text);
    const cloze = blankOut(claim, span);
    const dominant = span.kind !== "np" && ctx.dominantNames.has(spanN);
    out.push({
      key: hashKey(claimN, "cloze", spanN),
      type: "cloze",
      prompt: cloze,
      answer: span.text,
      explanation,
      claim,
      span,
      quality: q("cloze", w, dominant ? -0.3 : 0),
    });

    // MCQ and false statements swap in a wrong value: unsafe in negated sentences, where a swap
    // often yields a statement that is also true.
    // "more than 2,000": almost any smaller number is also true, so no wrong value is safe.
    // A person in apposition ("his wife, X") can't take another name: the role or sex would clash.
    const swappable =
      !claim.negated &&
      !(span.kind === "person" && inApposition(claim.body, span)) &&
      (span.kind !== "np" || w >= 0.6) &&
      span.kind !== "name" &&
      span.hedge !== "bound";
    if (swappable) {
      const distractors = makeDistractors(claim, span, ctx.pool, 3);
      // A main name has no four good options: the other main name is often also true of the
      // sentence, and without it the answer stands out. Cloze and typed forms are drafts already.
      if (distractors.length >= 3 && !dominant) {
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
          // Noun-phrase distractors drawn from elsewhere in the essay are the likeliest to be
          // implausible.
          quality: q("mcq", w, span.kind === "np" ? -0.12 : 0),
        });
      } else failures.push({ type: "mcq", reason: "too_few_distractors" });

      // Swapping a main name in makes a statement that is often arguably true as well ("X would
      // like Y to prosper" said of either main side).

      const falseOk = distractors.length >= 1 && !ctx.dominantNames.has(normalize(distractors[0]!));
      const guard = distractors[0]
        ? firstFiring(SWAP_GUARD_RULES, {
            kind: span.kind,
            original: span.text,
            swapIn: distractors[0],
            speaker: claim.speaker?.who ?? null,
          })
        : null;
      // '“Y,” said X.' stated as X's is "According to X, Y": a swap in the whole sentence would
      // name X twice (the idea flips turn Y itself).
      const apart = claim.speaker?.shown === true && spokenWords(claim) !== claim.body;
      const eligible = !madeFalse && span.kind !== "np" && falseOk && !claim.firstPerson && !apart;
      if (eligible && guard) failures.push({ type: "true_false", reason: "trivial_swap" });
      else if (eligible) {
        const swapped =
          claim.body.slice(0, span.start) + distractors[0]! + claim.body.slice(span.end);
        const statement = frameStatement(swapped, ctx.properWords, ctx.lowerWords, claim.speaker);
        madeFalse = true;
        out.push({
          key: hashKey(claimN, "true_false", "false", normalize(distractors[0]!)),
          type: "true_false",
          prompt: `${statement}`,
          statement: stripDiscourseStart(cleanSentence(swapped)),
          answer: "False",
          choices: ["True", "False"],
          truth: false,
          swapIn: distractors[0]!,
          explanation: `False. ${quoteSentence(citedText(claim))} — ${span.text}, not ${distractors[0]}.`,
          claim,
          span,
          quality: q("true_false", w, NUMERIC_KINDS.has(span.kind) ? 0.05 : 0),
        });
      } else if (!madeFalse && span.kind !== "np" && !dominant)
        failures.push({ type: "true_false", reason: "too_few_distractors" });
    }

    // Typed answers for a main name are a coin toss between the two: only MCQ may ask them.
    const coinToss = dominant ? -0.3 : 0;
    const wh = buildWhQuestion(claim, span, ctx.properWords);
    if (wh) {
      // Judged, a question on a fact reads worse than the blank on it more often than not (the
      // words a question moves round are where it goes wrong): it ranks just under the blank.
      // A short question built round "the <noun>" ("By whom was the programme led?") has lost
      // the sentence that said which one.
      const bareThe = wh.prompt.split(/\s+/).length < 9 && hasUnanchoredThe(wh.prompt, ctx);
      const over = CONFIG.deck.factQuestionOverBlank;
      const extra = (wh.form === "subject" ? over.subject : over.other) - (bareThe ? 0.3 : 0);
      out.push({
        key: hashKey(claimN, "short_answer", spanN),
        type: "short_answer",
        prompt: wh.prompt,
        answer: wh.answer,
        explanation,
        claim,
        span,
        quality: q("short_answer", w, extra + coinToss),
      });
      out.push({
        key: hashKey(claimN, "flashcard", spanN),
        type: "flashcard",
        prompt: wh.prompt,
        answer: wh.answer,
        explanation,
        claim,
        span,
        quality: q("flashcard", w, extra + coinToss),
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
        quality: q("flashcard", w, -0.05 + coinToss),
      });
    }
  }

  // A true statement: the claim itself, framed as the essay's view — or, in the author's own
  // voice, as the author's argument; a first-person sentence with no clean form gets none.
  // A quoted speaker's "I" is theirs, not the author's: speaker-frame.ts decides those.
  const theirs = quotesSomeone(claim);
  const argued = claim.firstPerson && !theirs ? authorArgues(claim.body) : null;
  if (claim.firstPerson && !argued && !theirs) return out;
  // '“Y,” said X.': the statement is Y, said by X (the frame names X).
  const spoken = spokenWords(claim);
  const stated = argued || theirs ? null : statedClaim(spoken);
  const statement = argued ?? stated ?? stripDiscourseStart(cleanSentence(spoken));
  // A statement tests the whole sentence: an argued sentence with no name or figure in it is no
  // weaker for that (its weight has a floor), while a fact's weight still lifts it.
  const factW = Math.max(
    CONFIG.deck.statementMinWeight,
    spans.length ? Math.max(...spans.map((x) => x.w)) : 0,
  );
  out.push({
    key: hashKey(claimN, "true_false", "true"),
    type: "true_false",
    prompt:
      argued ?? frameStatement(stated ?? spoken, ctx.properWords, ctx.lowerWords, claim.speaker),
    statement,
    answer: "True",
    choices: ["True", "False"],
    truth: true,
    explanation: `True. ${quoteSentence(citedText(claim))}`,
    claim,
    span: null,
    // A negated true statement reads like a trick: rank it lower.
    quality: q(
      "true_false",
      factW,
      (NEGATION_RE.test(claim.text) ? -0.1 : 0) +
        (stated && claim.dangling > 0 ? CONFIG.deck.framedItRefund : 0),
    ),
    ...(argued || stated ? { rule: FRAMED_CLAIM } : {}),
  });
  const statementQ = out[out.length - 1]!.quality;
  const card = statementCard(claim, ctx, statementQ, explanation);
  if (card) out.push(card);
  const asked = subjectQuestionCard(claim, ctx, statementQ, explanation);
  if (asked) out.push(asked);
  return out;
}
