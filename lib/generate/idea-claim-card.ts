import { COMPARED_SUBJECT } from "./words";
import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import { quoteSentence, type Candidate } from "./make-items";
import { lowerStart } from "./idea-text";
import { dropLinkingOpening } from "./lead-in-linking";
import { analyze, type Token } from "./nlp";
import type { Trace } from "./rules";
import { extendSubject, hiddenVerb, LEANING_START } from "./statement-questions";
import { namedTopic } from "./news-rules";
import { subjectTooBroad } from "./idea-claim-subject";
import { inSubject } from "./idea-claim-modifiers";
import { capitalizeFirst, hashKey, normalize, stripCitations } from "./text-utils";
import { BACK_REFERENCE, RELATIONAL_NOUN } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ALL_LOWER = /^\p{Ll}+$/u;
const QUOTE_OR_MARKUP = /["“”‘?!:[\]()]|’(?!\p{L})|^[*•-]\s|\p{L}_+\p{L}/u;

/**
 * The author's claim as a real question: "What does the author argue about the town council
 * in a market town?" with the claim itself on the back. Argument lives in sentences that
 * no blank or false version can test well (an evaluative judgement, a "must"); recalled whole,
 * the claim is what a teacher asks about. Only a sentence that names its own subject (and,
 * fronted, its setting: "In a market town, …") and leans on nothing qualifies, and only when the
 * essay names that subject at most twice, so that the card has one back.
 */
export interface ClaimCardInput {
  text: string;
  tokens?: Token[];
  properWords?: Set<string>;
  /** The sentence before is shown first (lead-in.ts): "this" and "that" after the subject resolve. */
  shownAfterLeadIn?: boolean;
}

export interface ClaimCardDraft {
  question: string;
  answer: string;
  /** The subject as written, without its article: counted in the essay by the caller. */
  subject: string;
}

/** The writer's or reader's own voice, a pointer back or a quotation: the card would lean. */
const LEANS =
  /\b(?:I|we|us|our|ours|you|your|my|me|it|its|this|these|those|they|them|their|he|him|his|she|her|such|former|latter|above|following)\b|["“”‘’?!]|['’]s\b/i;
/** Subjects that only make sense after another sentence: "the second method", "the same rule". */
const ORDINAL_SUBJECT =
  /^(?:the\s+)?(?:first|second|third|fourth|last|next|previous|same|other|former|latter|whole|rest|remainder|remaining|additional|further|one|two|three|both)\b/i;
/** "… also shapes the tides": an additive word asks the reader to know what came first. */
const ADDITIVE = /^(?:also|too|again|likewise|similarly)$/i;
/**
 * What the author holds ought to be: only then is the card "What does the author argue …?".
 * Judged, "argue" on a sentence that weighs ("the main gate", "a major cause") or states a limit
 * ("cannot") misframed a fact: 4 of 9 such cards were accepted in audit 15's rounds, 34 of 49
 * asked with "say".
 */
const ARGUES = /\b(?:must|should|ought)\b/i;
const SUBJECT_POS = /^(?:ADJ|NOUN|PROPN)$/;
const LIST_ORDINAL =
  /^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Finally|Lastly),\s+/;
/** Determiners that leave the subject unspecified: one case among many, or all of them. */
const VAGUE_DETERMINER = /^(?:a|an|every|each|any|some|fewer|more|most|many)\s/i;

/**
 * Where the subject starts after an opening phrase and its comma, and whether the question shows
 * the opening: "In a walled city, …" says which case the claim is about (shown);
 * "Sometimes, …" and "In my experience, …" only hedge it (left to the back of the card).
 */
function opening(toks: Token[]): { at: number; shown: boolean } {
  // "Sometimes the tide …": one hedging adverb before the subject, with no comma.
  if (HEDGE.test(toks[0]?.text ?? "") && toks[1]?.text !== ",") return { at: 1, shown: false };
  const comma = toks.findIndex((t) => t.text === ",");
  if (comma < 1 || comma > 8) return { at: 0, shown: false };
  const head = toks.slice(0, comma);
  if (!/^(?:ADV|ADP)$/.test(head[0]!.pos) || head.some((t) => !OPENING_POS.test(t.pos)))
    return { at: 0, shown: false };
  if (
    head.some((t) => /^(?:this|that|these|those|it|its|they|their|he|his|she|her)$/i.test(t.text))
  )
    return { at: -1, shown: false };
  let j = 1;
  if (/^(?:a|an|the|every|all)$/i.test(toks[j]?.text ?? "")) j++;
  const start = j;
  while (j < comma && SUBJECT_POS.test(toks[j]!.pos)) j++;
  if (j > start && j - start <= 4) j = extendSubject(toks, j, comma);
  const phrase = toks
    .slice(0, comma)
    .map((t) => t.text)
    .join(" ");
  // "In response, …", "In turn, …": the sentence answers the one before.
  if (ANSWERING_OPENING.test(phrase)) return { at: -1, shown: false };
  // "In many cases, …": a hedge, not a setting the question may name ("about X in many cases?").
  const setting =
    /^(?:in|under|within|among)$/i.test(toks[0]!.text) &&
    j === comma &&
    !HEDGING_OPENING.test(phrase);
  return { at: comma + 1, shown: setting };
}
// "In stark contrast, …": one adjective may grade the answering phrase.
const ANSWERING_OPENING =
  /^in (?:(?:stark|sharp|direct|marked|striking|clear) )?(?:response|turn|return|contrast|addition|comparison|exchange|reply|particular)$/i;
const HEDGING_OPENING =
  /^in (?:(?:many|most|some|all|such|both|these|those|rare|certain|other) )?(?:cases?|instances?|general|practice|fact|effect|theory|principle|short|sum|brief|part|reality|places)$/i;
const HEDGE =
  /^(?:sometimes|often|usually|generally|typically|mostly|perhaps|probably|surely|ultimately)$/i;
/** Words an opening phrase is made of: no verb, so it is a phrase and not a clause of its own. */
const OPENING_POS = /^(?:ADV|ADP|DET|ADJ|NOUN|PROPN|PRON|NUM)$/;

const EXAMPLE_OPENING = /^(?:for example|for instance),\s+(\p{L})/iu;
/** "* **Latency.** Both …": a list entry's bold label heads the claim; the claim is what follows. */
const LIST_LABEL = /^[*•-]\s+\*\*[^*]{1,40}[.:]\*\*\s+(?=\p{Lu})/u;

/** Words after the subject that point outside the sentence: "that exception", "your", "he". */
const POINTS_OUT = /^(?:this|these|those|such|he|him|his|she|her|hers)$/i;
/** The reader's or a group's voice: "we" and "you" are nobody a card can name. */
const VOICE = /^(?:we|us|our|ours|you|your|yours)$/i;
/** A past-tense main verb: "was", "were", "had", "did" narrate what happened. */
const NARRATED = /^(?:was|were|had|did)$/i;

export function claimCard(input: ClaimCardInput): ClaimCardDraft | null {
  const raw = input.text.trim();
  // "For example, river barges carry …": an example still names its own subject.
  const whole = stripCitations(raw)
    .replace(LIST_LABEL, "")
    .replace(EXAMPLE_OPENING, (_m, c: string) => c.toUpperCase());
  // "The X must be kept; the Y must be roused; …": a long sentence of clauses joined by
  // semicolons states one claim per clause, and the first is asked on its own.
  const text =
    whole.split(/\s+/).length > CONFIG.claimCard.maxWords && whole.includes(";")
      ? `${whole.slice(0, whole.indexOf(";")).trim()}.`
      : whole;
  // A linking or subordinate opening ("Hence", "But", "If …") leans on the sentence before.
  if (
    (!input.shownAfterLeadIn && BACK_REFERENCE.test(text)) ||
    /^(?:for example|for instance|even|yet|if|when|as|because)\b/i.test(text)
  )
    return null;
  // Quotation marks (an apostrophe inside a word, "can’t", is none), questions, lists, brackets;
  // "work_in_process": a scrape's underscores inside a word would reach the card.
  if (QUOTE_OR_MARKUP.test(text)) return null;
  const n = text.split(/\s+/).length;
  if (n < CONFIG.claimCard.minWords || n > CONFIG.claimCard.maxWords) return null;
  // Line breaks and emphasis marks are no words: the tagger's tokens for them are left out.
  const toks = (input.tokens && text === raw ? input.tokens : analyze(text).tokens).filter(
    (t) => t.pos !== "SPACE" && !/^[*_]+$/.test(t.text),
  );
  const open = opening(toks);
  const s = open.at;
  if (s < 0) return null;
  let v = s;
  // After a lead-in, "these restrictions" names what the shown sentence said.
  const pointer = input.shownAfterLeadIn ? "|this|these|that|those" : "";
  if (new RegExp(`^(?:the|a|an|every|each${pointer})$`, "i").test(toks[v]?.text ?? "")) v++;
  const from = v;
  // "the most common and durable source": degree words and joined adjectives are no words of
  // their own in the subject's length (idea-claim-modifiers.ts).
  let joined = 0;
  for (; v < toks.length && inSubject(toks, v); v++) if (!SUBJECT_POS.test(toks[v]!.pos)) joined++;
  if (v === from || v - from - joined > 4 || !/^(?:NOUN|PROPN)$/.test(toks[v - 1]!.pos))
    return null;
  v = extendSubject(toks, v, toks.length);
  v = quantifiedOf(toks, v);
  const subjectEnd = v;
  // "A spirit of faction, which is apt to …, will hurry …": the relative clause is skipped.
  v = skipRelative(toks, v);
  // "… usually decides": one adverb may stand between the subject and its verb.
  if (toks[v]?.pos === "ADV" && ALL_LOWER.test(toks[v]!.text)) v++;
  const verb = toks[v];
  if (!verb || !/^(?:AUX|VERB)$/.test(verb.pos)) return null;
  // "The lack of town based clubs … is": a participle was read as the verb.
  if (verb.pos === "VERB" && hiddenVerb(toks, v + 1, toks.length)) return null;
  // "X is a Y" is a definition, "X are the woody part" a short identification: their own rules
  // ask them ("X is the proper province of the courts" says more).
  const linking = /^(?:is|are)$/i.test(verb.text);
  const rest = toks.slice(v + 2).filter((t) => t.pos !== "PUNCT").length;
  if (linking && /^(?:a|an)$/i.test(toks[v + 1]?.text ?? "")) return null;
  if (linking && /^the$/i.test(toks[v + 1]?.text ?? "") && rest <= 3) return null;
  // "… were much used", "… spawning at …": a narrated past or a caption is no claim to argue.
  // ("bring", "cling" are present verbs: their lemma is the word itself.)
  const participle =
    verb.pos === "VERB" &&
    /ing$/i.test(verb.text) &&
    verb.lemma.toLowerCase() !== verb.text.toLowerCase();
  // "In October, police arrested hundreds": a past action is an event the essay reports.
  const pastAction =
    verb.pos === "VERB" &&
    /ed$/i.test(verb.text) &&
    verb.lemma.toLowerCase() !== verb.text.toLowerCase();
  if (NARRATED.test(verb.text) || participle || pastAction) return null;
  const after = toks.slice(subjectEnd);
  for (const [i, t] of after.entries()) {
    if (VOICE.test(t.text) || ADDITIVE.test(t.text)) return null;
    if (input.shownAfterLeadIn) continue;
    // "that exception", "… to settle that.": a pointing "that", not a clause's.
    const pointing = /^that$/i.test(t.text) && (t.pos === "DET" || after[i + 1]?.pos === "PUNCT");
    if (POINTS_OUT.test(t.text) || pointing) return null;
  }
  const clean = (x: string) => x.replace(/[*_]+/g, "").replace(/\s+/g, " ").trim();
  const subject = clean(text.slice(toks[s]!.start, toks[subjectEnd - 1]!.end));
  const bare = subject.replace(/^(?:the|a|an|this|these|that|those)\s+/i, "");
  // "The answer is quite simple": a relational noun alone asks "the answer to what?".
  if (RELATIONAL_NOUN.test(bare)) return null;
  const named = input.shownAfterLeadIn
    ? subject.replace(/^(?:this|these|that|those)\s+/i, "the ")
    : subject;
  if (LEANS.test(named) || ORDINAL_SUBJECT.test(named) || LEANING_START.test(named)) return null;
  if (COMPARED_SUBJECT.test(named)) return null;
  // "What does the author say about Mara Quell?" asks for an attribution: a thing is asked about.
  // The tagger reads a capitalised first word as a name: only a word the essay capitalises
  // mid-sentence is one ("Harbours need …" is about a thing).
  const props = input.properWords;
  const words = toks.slice(s, subjectEnd);
  const lone = words.length === 1 && s === 0 && words[0]!.pos === "PROPN";
  const thing = words.some((t) => t.pos === "NOUN") || (lone && !props?.has(words[0]!.text));
  if (!thing) return null;
  // "What does the author say about a final scan?", "… about every person?": a short indefinite
  // or counted subject that no name or phrase narrows is one case among the essay's many, and
  // the card has as many backs: judged in audit 16's rounds, 5 such cards were open questions.
  // "A library in a market town", "a gross energy calculation" say which case they mean.
  const narrowed = words.some(
    (t) => (t.pos === "PROPN" && (props?.has(t.text) ?? true)) || t.pos === "ADP",
  );
  const short = words.length <= CONFIG.claimCard.maxVagueSubjectWords;
  if (VAGUE_DETERMINER.test(subject) && !narrowed && short) return null;
  // "What does the author argue about singer Tom Vale?": a report describes a named one.
  if (namedTopic({ subject: words, atStart: s === 0, ...(props ? { properWords: props } : {}) }))
    return null;
  const isName = (w: string) => input.properWords?.has(w) ?? false;
  const det = /^(?:every|each)\b/i.test(subject);
  let about = det
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : lowerStart(subject, isName);
  if (open.shown) about += ` ${lowerStart(clean(text.slice(0, toks[s - 2]!.end)), isName)}`;
  const verbWord = ARGUES.test(text) ? "argue" : "say";
  // "Secondly, the cell bodies …": a list's ordinal belongs to the paragraph, not to the claim.
  const answer = capitalizeFirst(clean(text).replace(LIST_ORDINAL, "")).replace(/[\s,;]+$/, "");
  return { question: `What does the author ${verbWord} about ${about}?`, answer, subject: bare };
}

/** The claim card of a sentence that stands alone, spoken by the author, on a subject named rarely. */
export function claimCardCandidate(
  claim: Claim,
  ctx: {
    properWords: Set<string>;
    maxClaimScore: number;
    essay: string;
    leadIns?: { has(claimKey: string): boolean };
  },
): Candidate | null {
  if (claim.speaker) return null;
  const leadIn = ctx.leadIns?.has(claim.key) ?? false;
  if (!leadIn && (claim.needsContext || claim.pronounStart || claim.dangling > 0)) return null;
  const text = leadIn ? dropLinkingOpening(claim.body) : claim.body;
  const draft = claimCard({
    text,
    shownAfterLeadIn: leadIn,
    // The tagger's offsets are the sentence's as written: a rewritten one is tagged again.
    ...(text === claim.body ? { tokens: claim.analysis.tokens } : {}),
    properWords: ctx.properWords,
  });
  if (!draft) return null;
  // A one-word subject is asked only when this sentence alone names it ("government" has many
  // backs), or the lead-in and this one ("… restrictions. These restrictions …").
  const oneWord = draft.subject.split(/\s+/).length < CONFIG.claimCard.minSubjectWords && !leadIn;
  if (subjectTooBroad(ctx.essay, draft.subject, oneWord)) return null;
  return wholeClaimCard(
    claim,
    draft,
    "idea.author-claim",
    ctx.maxClaimScore,
    CONFIG.claimCard.rankPenalty,
  );
}

/**
 * A flashcard whose back is a whole claim (the author's claim, a paragraph's point): ranked by
 * the claim's centrality, `rankPenalty` below the claim's sharper ideas.
 */
export function wholeClaimCard(
  claim: Claim,
  draft: { question: string; answer: string },
  rule: string,
  maxClaimScore: number,
  rankPenalty: number,
): Candidate {
  const centrality = Math.min(1, Math.max(0, claim.score / maxClaimScore));
  const share = CONFIG.idea.centralityShare;
  return {
    key: hashKey(normalize(claim.text), "flashcard", rule),
    type: "flashcard",
    prompt: draft.question,
    answer: draft.answer,
    explanation: quoteSentence(claim.text),
    claim,
    span: null,
    idea: "claim",
    rule,
    quality: CONFIG.idea.quality.claim * (1 - share) + share * centrality - rankPenalty,
  };
}

/**
 * Every claim's card, except a question two sentences answer ("What does the author say about
 * harbour cranes?" twice): it has no one back, and neither is asked.
 */
export function claimCards(
  claims: Claim[],
  ctx: Parameters<typeof claimCardCandidate>[1],
  trace?: Trace,
): Candidate[] {
  const cards = claims.flatMap((claim) => claimCardCandidate(claim, ctx) ?? []);
  const asked = new Map<string, number>();
  for (const c of cards) asked.set(c.prompt, (asked.get(c.prompt) ?? 0) + 1);
  return cards.filter((c) => {
    if (asked.get(c.prompt)! > 1) return false;
    trace?.({ stage: "idea", rule: c.rule!, subject: c.claim.key });
    return true;
  });
}

/** "the deficiencies of some States", "the concurrence of thirteen sovereign wills": a counted of-phrase. */
function quantifiedOf(toks: Token[], v: number): number {
  if (!/^of$/i.test(toks[v]?.text ?? "")) return v;
  const q = toks[v + 1];
  if (!q || !(q.pos === "NUM" || /^(?:some|many|most|several|all|both|few)$/i.test(q.text)))
    return v;
  let j = v + 2;
  const start = j;
  while (j < toks.length && SUBJECT_POS.test(toks[j]!.pos)) j++;
  if (j === start || j - start > 4 || !/^(?:NOUN|PROPN)$/.test(toks[j - 1]!.pos)) return v;
  return j;
}

/**
 * ", which …," or ", who …," right after the subject: where the verb stands after the clause's
 * closing comma, or `v` when the clause does not close within a sentence's reach.
 */
function skipRelative(toks: Token[], v: number): number {
  if (toks[v]?.text !== "," || !/^(?:which|who)$/i.test(toks[v + 1]?.text ?? "")) return v;
  const close = toks.findIndex(
    (t, i) => i > v + 2 && i <= v + CONFIG.claimCard.maxRelativeTokens && t.text === ",",
  );
  return close > 0 ? close + 1 : v;
}
