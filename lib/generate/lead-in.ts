import { CONFIG } from "./config";
import type { Claim, SentenceRecord } from "./extract-claims";
import { present } from "./present";
import { pointsElsewhere } from "./publish-gate";
import { firstFiring, type Trace } from "./rules";
import { stripCitations } from "./text-utils";
import type { Candidate } from "./make-items";
import { LEAD_IN_RULES, words, type LeadInView } from "./lead-in-rules";
import { LEANS_RULES, LINKING_STATEMENT_RULES } from "./lead-in-linking";
import { leansOn } from "./standalone-rules";
import { NAMED_THING_NOUN } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const NUMBERED_OPENING = /^\d{1,3}\s{2,}(?=\p{Lu})/u;

/**
 * The lead-in stage: a sentence that leans on the one before ("It…", "These miners…", "As a
 * result…") is not dropped but asked with that sentence shown first ("Context: “…” …"). The item
 * still cites its own sentence and its answer still comes from it; the lead-in only gives the
 * student what the writer's reader had just read. A sentence whose previous sentence cannot
 * serve (it leans itself, it runs long, it is a heading) stays a draft as before.
 */

export { LEAD_IN_RULES } from "./lead-in-rules";
export { LEANS_RULES } from "./lead-in-linking";
export type { LeadInView } from "./lead-in-rules";

/** Plural nouns of a sentence as the tagger read it ("glaciers", "people"). */
function plurals(rec: SentenceRecord): string[] | undefined {
  return rec.analysis?.tokens
    .filter(
      (t) =>
        (t.pos === "NOUN" && t.text.toLowerCase() !== t.lemma.toLowerCase()) ||
        (t.pos === "PROPN" && /s$/.test(t.text)),
    )
    .map((t) => t.text);
}

/** Reasons a previous sentence fails that the sentence before it may cure. */
const CHAINABLE = new Set(["lead-in.previous-leans", "lead-in.previous-points-back"]);
const PREVIOUS_LEANS = LEAD_IN_RULES.find((r) => r.id === "lead-in.previous-leans")!;
/** What two sentences shown together must still pass (their length is checked as a whole). */
const CHAINED_RULES = LEAD_IN_RULES.filter(
  (r) => !CHAINABLE.has(r.id) && r.id !== "lead-in.previous-too-long",
);

/**
 * The two sentences before, as one lead-in, when the nearer one leans on the farther one and
 * the farther one reads alone; null when they cannot serve.
 */
function chainedLead(
  view: LeadInView,
  before: SentenceRecord,
  beforeLeans: boolean,
): string | null {
  const first = leadInText(before.text);
  const firstOk =
    !beforeLeans &&
    firstFiring(LEAD_IN_RULES, {
      sentence: view.previous,
      previous: first,
      previousPlurals: plurals(before),
    }) === null;
  const two = `${first} ${view.previous}`;
  if (!firstOk || words(two) > CONFIG.leadIn.maxChainWords) return null;
  const plural = [...(plurals(before) ?? []), ...(view.previousPlurals ?? [])];
  const blocked = firstFiring(CHAINED_RULES, { ...view, previous: two, previousPlurals: plural });
  return blocked ? null : two;
}

/** Quotation inside a quotation: double quotes become single. */
function singleQuotes(s: string): string {
  return s.replace(/[“”"]/g, (q) => (q === "”" ? "’" : q === "“" ? "‘" : "'"));
}

/** The previous sentence as the student reads it: clean, with its quotes made single. */
export function leadInText(previous: string): string {
  return singleQuotes(
    present(stripCitations(previous)).replace(NUMBERED_OPENING, "").replace(/\s+/g, " "),
  ).trim();
}

/** The author's "I" — not a regnal numeral ("Edward I", "Pope Pius I"). */
const FIRST_PERSON = /\b(?:me|my|mine|myself)\b|(?<!(?:\p{Lu}[\p{L}’']*|_____)\s)\bI\b(?!\s+of\b)/u;

/**
 * "I have argued that _____ …" → "The author writes: “I have argued that _____ …”": a blank in
 * the author's own voice says whose "I" it is. Questions and statements are left as they are.
 */
export function attributeToAuthor(prompt: string): string {
  if (!prompt.includes("_____") || !FIRST_PERSON.test(prompt)) return prompt;
  if (/^The author writes/.test(prompt)) return prompt;
  return `The author writes: “${singleQuotes(prompt)}”`;
}

/** A prompt without its lead-in: the question or statement itself. */
export function withoutLeadIn(prompt: string): string {
  return prompt.replace(/^Context: “[^”]*” /, "");
}

/** The prefix a leaning item's prompt is asked after: the cleaned sentence(s) before it. */
function leadInPrefix(shown: string): string {
  return `Context: “${shown}”`;
}

/** Words that point outside the sentence: an item showing none of them needs no lead-in. */
const ANAPHOR =
  /\b(?:it|its|itself|they|them|their|themselves|he|she|his|her|him|hers|this|these|those|such|another|other|others|former|latter|same|similar|similarly|both|each|then|later|earlier|instead|likewise|so)\b/i;

export interface LeadIn {
  /** "Context: “…”" */
  prefix: string;
  /** True when every item on the claim needs it (a link word, "The two cities", "Six days later"). */
  always: boolean;
}

/** "What was the shop's trade?": a thing the essay named, called only by its kind. */
const NAMED_THING = new RegExp(`\\bthe\\s+(?:${NAMED_THING_NOUN})\\b`, "i");

/**
 * Does this item need its claim's lead-in? A question that leaves out the pointing part of the
 * sentence ("What does X aim to do?" of "X aims to … this community") reads alone.
 */
export function needsLeadIn(lead: LeadIn, shown: string): boolean {
  return lead.always || ANAPHOR.test(shown) || NAMED_THING.test(shown);
}

/**
 * Per claim key, the lead-in prefix of each claim that leans on its previous sentence and can
 * be given it. `leans` is the gate's own verdict (a pronoun, "this X", "the other"…).
 */
export function findLeadIns(
  claims: Claim[],
  sentences: SentenceRecord[],
  leans: (c: Claim) => boolean,
  onRule?: (rule: string, claim: Claim) => void,
  /** Nouns the essay is about ("the war" in a text about one war): no sentence must name them. */
  topicNouns?: ReadonlySet<string>,
): Map<string, LeadIn> {
  const at = new Map<string, number>();
  sentences.forEach((s, i) => at.set(`${s.paragraph}:${s.sentence}`, i));
  const byPlace = new Map(claims.map((c) => [`${c.paragraph}:${c.sentence}`, c]));
  // A lead-in sentence that points back itself is shown with the sentence before it too.
  const pointsBack = (rec: SentenceRecord) => {
    // "followed in 1934", "a similar levy": it compares with a sentence further back.
    if (pointsElsewhere(rec.text)) return true;
    const c = byPlace.get(`${rec.paragraph}:${rec.sentence}`);
    return c !== undefined && (c.needsContext === "pronoun" || c.needsContext === "demonstrative");
  };
  const out = new Map<string, LeadIn>();
  for (const claim of claims) {
    // A borrowed referent already stands in the sentence, and its cited text shows the source.
    if (claim.context) continue;
    const linking = firstFiring(LEANS_RULES, claim.text);
    if (!linking && !leans(claim)) continue;
    const i = at.get(`${claim.paragraph}:${claim.sentence}`) ?? -1;
    const prev = sentences[i - 1];
    // The sentence before, in its paragraph (or closing the paragraph before, for a first sentence).
    if (!prev || !prev.eligible || (prev.paragraph !== claim.paragraph && claim.sentence !== 0))
      continue;
    const previous = leadInText(prev.text);
    const view = {
      sentence: leadInText(claim.text),
      previous,
      previousPlurals: plurals(prev),
      ...(topicNouns ? { topicNouns } : {}),
    };
    let lead = previous;
    let blocked = pointsBack(prev) ? PREVIOUS_LEANS : firstFiring(LEAD_IN_RULES, view);
    const before = sentences[i - 2];
    if (
      blocked &&
      CHAINABLE.has(blocked.id) &&
      before?.eligible &&
      before.paragraph === prev.paragraph
    ) {
      const two = chainedLead(view, before, pointsBack(before));
      if (two !== null) [lead, blocked] = [two, null];
    }
    if (blocked) {
      onRule?.(blocked.id, claim);
      continue;
    }
    onRule?.(linking ? linking.id : "lead-in.previous-sentence", claim);
    const always =
      linking !== null ||
      claim.needsContext === "definite_subject" ||
      claim.needsContext === "back_reference" ||
      claim.needsContext === "relative_time" ||
      !ANAPHOR.test(claim.text);
    out.set(claim.key, { prefix: leadInPrefix(lead), always });
  }
  return out;
}

/**
 * Ask a surviving candidate after its claim's lead-in when what it shows points back, and say
 * whose "I" a blank is written in; false when the lead-in would give the item away. The deck
 * sees the whole prompt, so a lead-in that shows another item's answer clashes with it there.
 */
export function applyLeadIn(c: Candidate, leadIns: ReadonlyMap<string, LeadIn>): boolean {
  if (c.claim.firstPerson && c.type !== "true_false") c.prompt = attributeToAuthor(c.prompt);
  const lead = leadIns.get(c.claim.key);
  if (!lead || !needsLeadIn(lead, `${c.statement ?? c.prompt} ${c.answer}`)) return true;
  if (leadInGivesAway(lead.prefix, c)) return false;
  c.leadIn = lead.prefix;
  c.prompt = `${lead.prefix} ${c.prompt}`;
  c.quality += CONFIG.leadIn.resolvedBonus - CONFIG.leadIn.qualityPenalty;
  return true;
}

/**
 * A false statement whose lead-in shows the word it replaced ("…because it's salty." before
 * "cold and fresh…") is false at a glance. (Blanks are checked with the other flaws.)
 */
function leadInGivesAway(prefix: string, c: Candidate): boolean {
  if (c.type !== "true_false" || c.truth || !c.statement) return false;
  const lower = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const kept = lower(c.statement);
  const shown = lower(prefix);
  return [...lower(c.claim.body)].some((w) => !kept.has(w) && shown.has(w));
}

/** The question without its lead-in: what the gate's rules and the prompt rules read. */
export function bareQuestion(c: Candidate): string {
  return c.leadIn ? c.prompt.slice(c.leadIn.length + 1) : c.prompt;
}

/**
 * Find the lead-ins and mark their claims as readable: with the previous sentence in view, a
 * pronoun or "this X" has its referent, so the later stages may build and publish items on them.
 */
export function prepareLeadIns(
  claims: Claim[],
  sentences: SentenceRecord[],
  leans: (c: Claim) => boolean,
  trace?: Trace,
  topicNouns?: ReadonlySet<string>,
): Map<string, LeadIn> {
  const leadIns = findLeadIns(
    claims,
    sentences,
    leans,
    (rule, c) => trace?.({ stage: "lead-in", rule, subject: c.text }),
    topicNouns,
  );
  for (const c of claims) {
    // Held back for leaning on more than a shown sentence can give: the trace says on what.
    const leaning = leadIns.has(c.key) ? null : leansOn(c.body, topicNouns);
    if (leaning) trace?.({ stage: "standalone", rule: leaning, subject: c.text });
    if (leadIns.has(c.key)) {
      c.needsContext = null;
      c.pronounStart = false;
      c.dangling = 0;
    } else if (!c.context && firstFiring(LEANS_RULES, c.body)) {
      // The body: a contrast's statement ("But X." → "X.", claim-contrast.ts) leans on nothing.
      const plain = firstFiring(LINKING_STATEMENT_RULES, c.body);
      trace?.({ stage: "lead-in", rule: plain?.id ?? "lead-in.linking-unseen", subject: c.text });
      // "As a result, …" with no sentence it could be shown after: what resulted is unseen.
      if (plain) c.statementOnly = true;
      else c.needsContext = "linking";
    }
  }
  return leadIns;
}
