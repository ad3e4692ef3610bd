import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import type { Candidate } from "./make-items";
import { wholeClaimCard } from "./idea-claim-card";
import type { Trace } from "./rules";
import { analyze, type Token } from "./nlp";
import { normalize, stripCitations } from "./text-utils";
import {
  POINTER,
  stillDangling,
  LEANING_IT,
  LINKING_OPENING,
  SUPPORT_ONLY,
  TAKES_A_SIDE,
  STATED_LABEL,
  PARTIAL_SUBJECT,
  SUBORDINATE_OPENING,
  ORDINAL_START,
  ABOUT_THE_WRITING,
  REPORTED_VIEW,
  SELF_INTRODUCTION,
  TURN,
  HEDGED,
  SCENE_OR_ADDRESS,
  CONCLUSION,
  OWN_STAND,
  tellsThePast,
  BARE_COMPARATIVE,
  sentenceCase,
  NOT_ONE_CLAIM,
  DROPPABLE_TIE,
} from "./idea-paragraph-point-words";
import {
  ASKED,
  laterVerdict,
  NEUTRAL_THEN_VERDICT,
  openingSetsUp,
} from "./idea-paragraph-point-openings";
import { namedInstance } from "./news-rules";
import { closingQuote, openingQuote, unmark } from "./idea-paragraph-point-quotes";

/**
 * A paragraph's main point, the question a teacher asks of an argument: "What main point does
 * the author make in the paragraph that begins “…”?", with the point on the back, verbatim: the
 * paragraph's opening statement, or its most central sentence (TextRank, centrality.ts) when it
 * opens on a condition (`paragraphPointOf`). The front names the paragraph by its first words
 * (by its last when the point is the first sentence), so the back need not stand alone as a
 * statement would: argument written as "we", "I" or "you" is asked as it stands. No card when
 * the front would give the back away or the back leans on what the front does not show ("this",
 * "they", "But …"), supports rather than states, or (after the opening) takes no side.
 */
/** The rule id: the card names its paragraph, so no lead-in is put before it (index.ts). */
export const PARAGRAPH_POINT = "idea.paragraph-point";

export interface ParagraphPointInput {
  /** The paragraph's sentences as written, in order. */
  sentences: string[];
  /** Which of them is asked as the paragraph's point. */
  central: number;
  /** Its pronouns with nothing to point to inside it ("they" with no plural before: extract-claims.ts). */
  dangling: number;
  /** The tagger's tokens of the central sentence (tagged here when absent). */
  tokens?: Token[];
}

export interface ParagraphPointDraft {
  question: string;
  answer: string;
}

/** Content words (four letters or more), lower-cased: what "gives the back away" compares. */
const LONG_WORDS = /\p{L}{4,}/gu; // built once: tsx turns a \p{…} literal into a RegExp per call
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(LONG_WORDS) ?? []).map((w) => w.replace(/s$/, "")));
}

export function paragraphPoint(input: ParagraphPointInput): ParagraphPointDraft | null {
  const C = CONFIG.paragraphPoint;
  const { sentences, central } = input;
  // A short paragraph is its own main point; the opening would give it away. Two sentences
  // are enough when the first states the point: the front quotes how the second ends.
  const short = sentences.length < C.minSentences;
  if (short && (central !== 0 || sentences.length < C.minSentencesOpening)) return null;
  if (central < 0 || central >= sentences.length) return null;
  // "… But the cost falls on the readers.": a two-sentence paragraph that turns makes its point
  // in the turn.
  if (short && sentences.slice(1).some((x) => TURN.test(x.trim()))) return null;
  if (sentences.length > C.maxSentences) return null;
  if (sentences.join(" ").split(/\s+/).length > C.maxParagraphWords) return null;
  // "… Yet the cost falls on the readers.": a turn after the point answers or qualifies it, and
  // the paragraph's point is then what comes of the turn (judged: 1 of 8 such cards accepted).
  if (sentences.slice(central + 1).some((x) => TURN.test(x.trim()))) return null;
  // "But in a small town, the library must …": the paragraph's point after a turn or an
  // addition stands without the word that tied it to the paragraph before.
  const back = dropTie(stripCitations(unbold(sentences[central]!.trim())));
  const n = back.split(/\s+/).length;
  if (n < C.minWords || n > C.maxWords) return null;
  if (NOT_ONE_CLAIM.test(back) || !/[.]$/.test(back)) return null;
  if (
    LINKING_OPENING.test(back) ||
    LEANING_IT.test(back) ||
    POINTER.test(back) ||
    stillDangling(back, input.dangling) > 0
  )
    return null;
  if (
    SUPPORT_ONLY.test(back) ||
    PARTIAL_SUBJECT.test(back) ||
    BARE_COMPARATIVE.test(back) ||
    ORDINAL_START.test(back) ||
    ABOUT_THE_WRITING.test(back) ||
    REPORTED_VIEW.test(back) ||
    SELF_INTRODUCTION.test(back)
  )
    return null;
  // A statement that takes no side is a point only as the paragraph's opening, in the present,
  // unhedged: "Hard corals build the reefs.", not "I handed the project over." or "perhaps".
  if (central === 0) {
    // An opening that addresses the reader or sets the scene leads up to the point.
    if (SCENE_OR_ADDRESS.test(back)) return null;
    // A concession, a premise, a figure, or an opening the paragraph answers or carries on.
    if (openingSetsUp(sentences)) return null;
    // A later conclusion ("Therefore …"), or stands of the author's own ("We prefer …", "Our job
    // is …") in several later sentences: the point spans the paragraph, and its opening alone
    // would be half an answer.
    const later = sentences.slice(1);
    if (later.some((x) => CONCLUSION.test(x.trim()))) return null;
    if (later.filter((x) => OWN_STAND.test(x)).length > C.maxLaterStands) return null;
  }
  if (!TAKES_A_SIDE.test(sentenceCase(back))) {
    if (central > 0 || HEDGED.test(back)) return null;
    // "… And yet many tools make this hard.": a paragraph that turns after a neutral opening
    // makes its point after the turn; the opening only sets it up.
    if (sentences.slice(1).some((x) => TURN.test(x))) return null;
    if (tellsThePast(input.tokens ?? analyze(back).tokens)) return null;
  }
  if (central > 0 && STATED_LABEL.test(sentences[0]!)) return null;
  // A topic sentence is named by the paragraph's last words, any other by its first.
  const first = central > 0;
  const closing = first ? null : closingQuote(sentences.at(-1)!);
  const opening = first ? openingQuote(sentences[0]!) : closing?.quoted;
  if (!opening) return null;
  // A paragraph that builds up to one closing question makes its point in the question; one
  // that runs through several rhetorical questions illustrates the statement it opened with.
  if (closing?.asked && sentences.filter((x) => ASKED.test(x.trim())).length < 2) return null;
  // The front must not say what the back says: few of the back's words in the quoted opening.
  const shown = contentWords(opening);
  const shared = [...contentWords(back)].filter((w) => shown.has(w)).length;
  if (shared > C.maxSharedWords) return null;
  return {
    question: first
      ? `What main point does the author make in the paragraph that begins “${opening} …”?`
      : closing?.asked
        ? `What main point does the author make in the paragraph whose last words are “… ${opening}”?`
        : `What main point does the author make in the paragraph that ends “… ${opening}”?`,
    answer: back,
  };
}

/**
 * The paragraph opens by stating a side, not by asking, supposing, setting a scene, or announcing
 * what the essay is about ("The object of this essay is …" points ahead to the point).
 */
function arguedOpening(first: string): boolean {
  const text = unmark(first);
  return (
    /[.]$/.test(text) &&
    TAKES_A_SIDE.test(sentenceCase(text)) &&
    !SUBORDINATE_OPENING.test(text) &&
    !ABOUT_THE_WRITING.test(text) &&
    !/^(?:the (?:object|purpose|aim|subject) of this|in this (?:essay|post|article|chapter|paper))\b/i.test(
      text,
    )
  );
}

/** What choosing a paragraph's point reads of each claim. */
export type PointClaim = Pick<Claim, "sentence" | "text" | "dangling" | "centrality" | "speaker"> &
  Partial<Pick<Claim, "analysis">>;

/**
 * The paragraph's point. A paragraph that opens with a statement states its point first, the
 * topic sentence: that sentence is the point, or no card is made (read on real texts, the most
 * central sentence after such an opening was its support or an example). A paragraph that opens
 * on a condition or concession ("If it be said …") has its point in its most central claim.
 */
export function paragraphPointOf<C extends PointClaim>(
  mine: C[],
  sentences: string[],
): { claim: C; draft: ParagraphPointDraft } | null {
  const top = Math.max(0, ...mine.map((c) => c.centrality ?? 0));
  if (top < CONFIG.paragraphPoint.minCentrality) return null;
  const opener = mine.find((c) => c.sentence === 0);
  const setUp = openingSetsUp(sentences);
  const topic = opener && setUp === null && !SUBORDINATE_OPENING.test(opener.text) ? opener : null;
  // An opening that argues but yields no claim ("But the great security … consists in giving
  // … the necessary means …") is still the paragraph's topic sentence: a later sentence would
  // be one step of its argument. A neutral opening only sets the scene for the point.
  if (!topic && arguedOpening(sentences[0] ?? "")) return null;
  // After a neutral opening, the verdict it leads to is the point, not the most central fact.
  const verdict =
    opener && !topic && setUp === NEUTRAL_THEN_VERDICT
      ? mine.find((c) => c.sentence === laterVerdict(sentences))
      : undefined;
  const claim = topic ?? verdict ?? mine.find((c) => c.centrality === top)!;
  // Someone else's words are no point the author makes.
  if (claim.speaker) return null;
  // A report's paragraph of named cases states no point: its first case is none (news-rules.ts).
  if (namedInstance({ sentences, central: claim.sentence })) return null;
  // The claim's sentence index is the paragraph's own: the card's back is that sentence.
  if (normalize(sentences[claim.sentence] ?? "") !== normalize(claim.text)) return null;
  const draft = paragraphPoint({
    sentences,
    central: claim.sentence,
    dangling: claim.dangling,
    // The claim's tokens (of its body, where a pronoun may be replaced) read the same tense.
    ...(claim.analysis ? { tokens: claim.analysis.tokens } : {}),
  });
  return draft ? { claim, draft } : null;
}

/** One card per paragraph that argues: its point (`paragraphPointOf`), when the card can be fair. */
export function paragraphPointCards(
  claims: Claim[],
  paragraphs: { sentences: string[]; boilerplate: boolean }[],
  ctx: { maxClaimScore: number },
  trace?: Trace,
): Candidate[] {
  const byParagraph = new Map<number, Claim[]>();
  for (const c of claims) {
    const mine = byParagraph.get(c.paragraph);
    if (mine) mine.push(c);
    else byParagraph.set(c.paragraph, [c]);
  }
  const out: Candidate[] = [];
  for (const [index, all] of byParagraph) {
    const p = paragraphs[index];
    if (!p || p.boilerplate) continue;
    // A section heading run into its paragraph ("Why it matters\nThe plan …") is no sentence
    // of it: the paragraph opens after it.
    const cut = isHeading(p.sentences) ? 1 : 0;
    const mine = all
      .filter((c) => c.sentence >= cut)
      .map((c) => (cut ? { ...c, sentence: c.sentence - cut } : c));
    const found = paragraphPointOf(mine, p.sentences.slice(cut));
    // Which rule kept the opening off the back, so the audit can count it.
    const setUp = openingSetsUp(p.sentences.slice(cut));
    if (setUp && all[0]) trace?.({ stage: "idea", rule: setUp, subject: all[0].key });
    if (!found) continue;
    const { draft } = found;
    const claim = all.find((c) => c.key === found.claim.key)!;
    trace?.({ stage: "idea", rule: PARAGRAPH_POINT, subject: claim.key });
    out.push({
      ...wholeClaimCard(
        claim,
        draft,
        PARAGRAPH_POINT,
        ctx.maxClaimScore,
        CONFIG.paragraphPoint.rankPenalty,
      ),
      // It names its paragraph: the sentence before is no context it needs.
      selfContained: true,
    });
  }
  return out;
}

/**
 * A paragraph's first "sentence" is a section heading when it ends with no stop, is short, and
 * more sentences follow: "Why the weir failed" before "The old weir …".
 */
export function isHeading(sentences: string[]): boolean {
  const first = sentences[0]?.trim() ?? "";
  if (sentences.length < 2 || first.length === 0) return false;
  const words = first.split(/\s+/).length;
  return (
    words <= CONFIG.paragraphPoint.maxHeadingWords &&
    !/[.!?:;,"”’)\]]$/.test(first) &&
    /^\p{Lu}/u.test(first) &&
    !/\n/.test(first)
  );
}

/**
 * "**Good plans start small.**": a sentence set wholly in bold is read without the marks (a
 * short bold label before a sentence, "**Hours.** Staff …", is left as it is).
 */
function unbold(sentence: string): string {
  const m = /^\*\*([^*]+)\*\*$/.exec(sentence);
  return m ? m[1]!.trim() : sentence;
}

/** The sentence without an opening "But," / "However," / "In addition," (`DROPPABLE_TIE`). */
function dropTie(sentence: string): string {
  const m = DROPPABLE_TIE.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length).replace(/^\s*,?\s*/, "");
  return rest.length > 0 ? rest.charAt(0).toUpperCase() + rest.slice(1) : sentence;
}
