import { thatClause, thesisOf } from "./author-thesis";
import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import { stripDiscourseStart } from "./extract-claims";
import type { Span } from "./find-spans";
import {
  contentWords,
  makeDistractors,
  NUMERIC_KINDS,
  otherYears,
  type EssayPool,
} from "./make-distractors";
import { buildWhQuestion } from "./make-question";
import { lexiconTag } from "./nlp";
import { HEDGED_OPENING, SWAP_GUARD_RULES } from "./flip-guards";
import { TITLE_WORDS } from "./words";
import { firstFiring } from "./rules";
import { quotesSomeone, speakerFrame, spokenWords, type Speaker } from "./speaker-frame";
import { present } from "./present";
import { statementCard } from "./statement-card";
import type { ItemType } from "./types";
import { fnv1a, hashKey, normalize, stripCitations, NEGATION_RE, STOPWORDS } from "./text-utils";

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
  // A scraped speech numbers its paragraphs ("2      One-eighth…"): the number is layout.
  return stripCitations(s)
    .replace(/^\d{1,3}\s{2,}(?=\p{Lu})/u, "")
    .replace(/\s+/g, " ")
    .trim();
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

/** "According to the essay, x…": lowercase the first word unless it is a name. */
export function frameStatement(
  sentence: string,
  properWords: Set<string>,
  lowerWords?: Set<string>,
  speaker?: Speaker,
): string {
  // Cleaned first: "[Children](url), teens…" or a paragraph number hides the word to lower.
  const cleaned = present(cleanSentence(sentence));
  const s = stripDiscourseStart(cleaned);
  // "Perhaps X": the author offers X as likely, not as fact — the frame keeps the doubt.
  const hedged = HEDGED_OPENING.test(cleaned);
  const m = s.match(/^[\p{L}-]+/u);
  let body = s;
  if (m) {
    const w = m[0];
    // "One-eighth": a hyphenated word is judged by its first part.
    const tag = lexiconTag(w) ?? (w.includes("-") ? lexiconTag(w.split("-")[0]!) : undefined);
    // "Mayor Dana Ruiz", "Mount Tambora": a title word before a name is part of the name.
    const titled = TITLE_WORDS.test(w) && /^\s+\p{Lu}\p{Ll}/u.test(s.slice(w.length));
    // "El Vigia reported…", "La Torrena has…": a capital word before another capital word
    // opens a name, unless it is an ordinary function word ("The", "In").
    const nameStart =
      /^\s+\p{Lu}\p{Ll}/u.test(s.slice(w.length)) &&
      !STOPWORDS.has(w.toLowerCase()) &&
      (tag === undefined || NAME_TAG.test(tag));
    const keep =
      titled ||
      nameStart ||
      /^\p{Lu}{2,}/u.test(w) ||
      w === "I" ||
      // A title word ("Soup" in an essay titled so) the essay also writes in lower case is common.
      (properWords.has(w) && !lowerWords?.has(w.toLowerCase())) ||
      // Only a word the essay itself writes in lower case is safe to lower.
      (lowerWords !== undefined &&
        !lowerWords.has(w.toLowerCase()) &&
        !lowerWords.has(w.toLowerCase().replace(/(?:es|s)$/, "")) &&
        !STOPWORDS.has(w.toLowerCase()) &&
        !(tag !== undefined && !NAME_TAG.test(tag))) ||
      (tag &&
        /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym|Month|WeekDay/.test(
          tag,
        ));
    if (!keep) body = w.charAt(0).toLowerCase() + w.slice(1) + s.slice(w.length);
  }
  return speakerFrame(speaker, body, hedged);
}

function countIn(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = hay.charAt(i - 1);
    const after = hay.charAt(i + needle.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
    i = hay.indexOf(needle, i + needle.length);
  }
  return n;
}

/**
 * How worth asking a span is. Noun phrases must earn their blank: the essay repeats the phrase,
 * or every word of it is a term the essay keeps using. Judging phrases ("a bigger problem") and
 * one-off phrases ("exact figure") are guessable or arguable, so they stay drafts.
 */
export function spanQuality(span: Span, ctx: ItemContext, body = ""): number {
  const w = SPAN_WEIGHT[span.kind] ?? 0.5;
  // Half of "Town, Region", "Head ___", "the City of ___": the rest of the stem gives it away.
  if (span.fixedPair) return 0.1;
  // "the two cities" names something known; it states no fact to learn.
  if (span.definite) return 0.15;
  if (span.kind === "year" && yearIsBracketed(body, span)) return 0.15;
  // A name made only of title words ("the _____ caisson" in an essay titled after that place) is
  // the topic itself: a giveaway.
  if (
    span.kind !== "np" &&
    !NUMERIC_KINDS.has(span.kind) &&
    contentWords(span.text).length > 0 &&
    contentWords(span.text).every((x) => ctx.titleWords.has(x))
  )
    return 0.25;
  if (span.kind !== "np" || !span.head) {
    if (span.kind !== "np" && ctx.dominantNames.has(normalize(span.text))) return w - 0.3;
    return w;
  }
  if (span.defined) return 0.8;
  if (span.evaluative) return 0.25;
  const bare = span.text.replace(/^(?:a|an)\s+/i, "");
  const words = bare.split(/\s+/);
  const headCount = ctx.termCounts.get(span.head.toLowerCase()) ?? 0;
  const phraseCount = countIn(ctx.pool.essay, normalize(bare));
  // Words of the title are what the whole essay is about: a blank for them is a giveaway.
  const fromTitle = contentWords(bare).every((x) => ctx.titleWords.has(x));
  if (fromTitle) return 0.25;
  // A term the sentence defines ("known today as X", "what they called X") is the thing to learn.
  if (DEFINED_TERM_BEFORE.test(body.slice(0, span.start)) && !ctx.topTerms?.has(span.head))
    return 0.8;
  // One common noun is guessable from grammar or the topic ("reward _____ who…" → students), and
  // the essay's most frequent terms most of all. An abstract noun the essay names rarely
  // ("teaches a kind of _____") carries an idea of the argument and may be asked.
  const before = body.slice(0, span.start);
  const after = body.slice(span.end);
  // One member of a list ("_____ and soil", "saws and _____"): the other members give it away,
  // or any other member would do as well.
  if (/(?:,|\band|\bor)\s*$/i.test(before) || /^\s*(?:,|and\b|or\b)/i.test(after)) return 0.3;
  // "under _____" → supervision, "without _____" → air conditioning: a bare singular noun phrase
  // after a preposition is usually a set phrase.
  const setPhrase =
    !span.plural &&
    /^\p{Ll}/u.test(span.text) &&
    /\b(?:under|with|without|by|in|on|at|for|into|from)\s+$/i.test(before);
  if (setPhrase) return 0.2;
  if (words.length === 1) {
    const abstract =
      ABSTRACT_NOUN.test(bare) &&
      !span.plural &&
      headCount <= 3 &&
      !ctx.topTerms?.has(span.head.toLowerCase()) &&
      !PERSON_NOUN.test(bare);
    return abstract ? 0.5 : 0.2;
  }
  if (ctx.topTerms?.has(span.head.toLowerCase())) return 0.35;
  if (phraseCount >= 3) return 0.85;
  if (phraseCount >= 2) return 0.75;
  const allRecur = words.every((x) => (ctx.termCounts.get(x.toLowerCase()) ?? 0) >= 2);
  if (allRecur && headCount >= 3) return 0.5;
  return 0.3;
}

const TERM_POS = /^(?:NOUN|PROPN|ADJ)$/;

/**
 * The term a sentence defines: the noun phrase after "called/known as/termed" ("a coil called
 * the evaporator"), or the phrase an abbreviation glosses ("its coefficient of performance, or
 * COP"). The sentence teaches it, so it is the thing worth asking.
 */
export function definedTermSpans(claim: Claim): Span[] {
  const toks = claim.analysis.tokens;
  const out: Span[] = [];
  // Names and numbers keep their own spans; a defined term replaces the plain phrases it covers.
  const taken = (a: number, b: number) =>
    claim.spans.some((x) => x.kind !== "np" && x.tokenStart <= b && x.tokenEnd >= a) ||
    out.some((x) => x.tokenStart <= b && x.tokenEnd >= a);
  const push = (a: number, b: number) => {
    if (a > b || taken(a, b)) return;
    const start = toks[a]!.start;
    const end = toks[b]!.end;
    const text = claim.body.slice(start, end);
    if (!/\p{L}{3}/u.test(text)) return;
    out.push({
      text,
      start,
      end,
      tokenStart: a,
      tokenEnd: b,
      kind: "np",
      head: toks[b]!.text,
      plural: /s$/i.test(toks[b]!.text) && !/ss$/i.test(toks[b]!.text),
      nominalSlot: true,
      defined: true,
    });
  };
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text.toLowerCase();
    const next = toks[i + 1]?.text.toLowerCase();
    let a = -1;
    if (/^(?:called|termed|dubbed)$/.test(w)) a = i + 1;
    else if (w === "known" && next === "as") a = i + 2;
    if (a >= 0) {
      if (/^(?:the|a|an)$/i.test(toks[a]?.text ?? "")) a++;
      let b = a;
      while (b < toks.length && TERM_POS.test(toks[b]!.pos) && b - a < 3) b++;
      if (b > a) push(a, b - 1);
    }
    // "its coefficient of performance, or COP": the glossed phrase before ", or ABC".
    if (w === "," && next === "or" && /^\p{Lu}{2,6}$/u.test(toks[i + 2]?.text ?? "")) {
      let a2 = i - 1;
      while (
        a2 >= 0 &&
        (TERM_POS.test(toks[a2]!.pos) || (toks[a2]!.text === "of" && a2 < i - 1)) &&
        i - a2 <= 4
      )
        a2--;
      if (toks[a2 + 1]?.text === "of") a2++;
      if (i - 1 > a2) push(a2 + 1, i - 1);
    }
  }
  return out;
}

const DEFINED_TERM_BEFORE =
  /\b(?:known(?:\s+(?:today|now|then|locally))?\s+as|(?:they|it|he|she|we|scientists|doctors|researchers|engineers)\s+call(?:ed|s)?|so-called|termed|dubbed|referred\s+to\s+as)\s+["“]?$/i;
/** Nouns of ideas and qualities (patience, breadth, confidence, evaporation). */
const ABSTRACT_NOUN =
  /^[\p{Ll}-]{4,}(?:ence|ance|ness|ity|ment|tion|sion|ism|ship|hood|dom|th|acy|ency|ancy)$/u;
const PERSON_NOUN =
  /^(?:student|teacher|worker|people|person|parent|child|children|citizen|resident|official|leader|member|employee|engineer|scientist|researcher|expert)s?$/i;

/** "the programme", "the scheme": a definite common noun that neither the title nor a name anchors. */
function hasUnanchoredThe(prompt: string, ctx: ItemContext): boolean {
  for (const m of prompt.matchAll(/\bthe\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/gu)) {
    const words = contentWords(m[1]!);
    if (words.length && !words.some((w) => ctx.titleWords.has(w))) return true;
  }
  return false;
}

/** A person named in apposition ("his son, X", "X, a German-born engineer"): the role fits only them. */
export function inApposition(body: string, span: Span): boolean {
  const before = body.slice(Math.max(0, span.start - 30), span.start);
  const after = body.slice(span.end, span.end + 12);
  return /\p{L},\s*$/u.test(before) || /^,\s+(?:a|an|the|his|her|their|its)\s/i.test(after);
}

/** "finished in 1875 and ___, and begun in 1877": the years around the blank leave one answer. */
export function yearIsBracketed(body: string, span: Span): boolean {
  const v = Number(span.text.match(/\d{4}/)?.[0]);
  if (!Number.isFinite(v)) return false;
  const others = otherYears(body, span);
  // "in 1875 and ___": a year a step from another in the same sentence is all but given.
  if (others.some((o) => Math.abs(o - v) <= 2)) return true;
  const below = others.filter((o) => o < v);
  const above = others.filter((o) => o > v);
  if (!below.length || !above.length) return false;
  return Math.min(...above) - Math.max(...below) <= 6;
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

export interface ItemContext {
  pool: EssayPool;
  properWords: Set<string>;
  termCounts: Map<string, number>;
  maxClaimScore: number;
  /** The essay's two main names when they dominate it: blanking one is a coin toss. */
  dominantNames: Set<string>;
  /** Content words of the title, lower case (singular and plural). */
  titleWords: Set<string>;
  /** The essay's most frequent terms: the first guess of anyone who has skimmed it. */
  topTerms?: Set<string>;
  /** Words the essay writes in lower case somewhere: only these may be lowered in a frame. */
  lowerWords?: Set<string>;
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
  for (const { s: span, w } of spans) {
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
      // A real question asks more than a blank does; the subject form reads most naturally.
      // A short question built round "the <noun>" ("By whom was the programme led?") has lost
      // the sentence that said which one.
      const bareThe = wh.prompt.split(/\s+/).length < 9 && hasUnanchoredThe(wh.prompt, ctx);
      const extra = (wh.form === "subject" ? 0.06 : 0.04) - (bareThe ? 0.3 : 0);
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
  const card = statementCard(claim, ctx, out[out.length - 1]!.quality, explanation);
  if (card) out.push(card);
  return out;
}
