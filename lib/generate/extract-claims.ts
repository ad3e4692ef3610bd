import { backReferenceNoun } from "./back-reference";
import type { CleanedParagraph } from "./clean-text";
import { claimRejection, notEnglish } from "./claim-rules";
import { contrastAnalysis, contrastBody } from "./claim-contrast";
import { rankByCentrality } from "./centrality";
import { CONFIG } from "./config";
import type { Trace } from "./rules";
import { collectNames, findSpans, type EssayNames, type Span } from "./find-spans";
import { analyze, lexiconTag, type Analysis } from "./nlp";
import type { Speaker } from "./speaker";
import { findSpeakers } from "./speaker-paragraphs";
import { PRONOUN_START_RE, STOPWORDS, hashKey, normalize, NEGATION_RE } from "./text-utils";
import { NAMED_THING_NOUN } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

export interface Claim {
  key: string;
  /** The sentence verbatim: the source every item cites. */
  text: string;
  /**
   * What items are built from and what `analysis`/`spans` offsets refer to: `text`, or `text`
   * with a sentence-initial pronoun replaced by its referent from the previous sentence.
   */
  body: string;
  /** The previous sentence when `body` borrowed its referent: quoted with the claim. */
  context?: string;
  /** Pronouns with no antecedent inside the sentence ("it", "their"…): the item would be vague. */
  dangling: number;
  paragraph: number;
  sentence: number;
  score: number;
  analysis: Analysis;
  spans: Span[];
  /** Starts with a pronoun whose referent is in another sentence: fine to read, vague to quiz alone. */
  pronounStart: boolean;
  negated: boolean;
  /** Position of the claim among all sentences of the essay, 0..1. */
  position: number;
  /**
   * Why the sentence cannot stand alone ("it" with no referent, "Six days later", "The structure
   * was…"): fine as a draft a teacher can fix, never published.
   */
  needsContext: string | null;
  /** The author speaks as "I": a true statement must say "The author argues that…" or nothing. */
  firstPerson: boolean;
  /** TextRank centrality among the essay's claims, 0..1 (see centrality.ts). */
  centrality?: number;
  /** One of the essay's few most central sentences: the deck asks about it first. */
  mainIdea?: boolean;
  /**
   * "Hence, X" with no sentence to show before it: asked only as a statement, which drops the
   * opener and asserts X (a blank or question would show the dangling "Hence").
   */
  statementOnly?: boolean;
  /**
   * "But X.": built from X (claim-contrast.ts) and asked only as an idea question — the author's
   * claim card and the like. It takes no part in the centrality of the others, so adding it moves
   * no other item.
   */
  contrast?: boolean;
  /** Someone other than the author speaks the sentence (speaker.ts): items must say who. */
  speaker?: Speaker;
}

export interface SentenceRecord {
  text: string;
  paragraph: number;
  sentence: number;
  analysis: Analysis | null;
  eligible: boolean;
}

const PERSON_PRONOUN = /^(?:he|she|his|her)$/i;
const THING_PRONOUN = /^(?:it|its)$/i;
const PERSON_SUBJECT = /^(?:he|she)$/i;
/** "It is clear that…", "It took…": no referent to borrow. */
const EXPLETIVE_IT =
  /^it\s+(?:is|was|seems|seemed|appears|appeared|remains|has been|had been|will be|would be|took|takes|may be|might be)\s+(?:[\p{L}-]+\s+){0,2}?(?:that|to|whether|how|why|when|what|not|clear|likely|possible|hard|easy|true|time)\b/iu;

/**
 * A sentence that opens with "He/She/His/Her" borrows the one person named in the previous
 * sentence; "It/Its" borrows the previous sentence's subject when that subject is a name.
 * Anything less certain returns null and the claim stays vague.
 */
function borrowReferent(
  text: string,
  analysis: Analysis,
  prev: { text: string; analysis: Analysis } | null,
  names: EssayNames,
): { body: string; from: number; to: number } | null {
  if (!prev) return null;
  const toks = analysis.tokens;
  let p = 0;
  const stripped = stripDiscourseStart(text);
  const offset = text.length - stripped.length;
  while (p < toks.length && toks[p]!.start < offset) p++;
  const pron = toks[p];
  if (!pron || pron.start !== offset) return null;
  const person = PERSON_PRONOUN.test(pron.text);
  if (/^they$/i.test(pron.text) || (/^it$/i.test(pron.text) && !EXPLETIVE_IT.test(stripped))) {
    const common = commonSubject(prev.analysis, /^they$/i.test(pron.text), toks[p + 1]);
    if (common) return insertReferent(text, pron, common, false);
  }
  if (!person && !THING_PRONOUN.test(pron.text)) return null;
  if (!person && EXPLETIVE_IT.test(stripped)) return null;
  const possessive = /^(?:his|her|its)$/i.test(pron.text);
  // "Her" also opens "Her rivals said…" (possessive) — both read as possessive at a sentence start.
  const prevSpans = findSpans(prev.text, prev.analysis, names);
  let ref: string | null = null;
  if (person) {
    const pt = prev.analysis.tokens;
    // "He had won Beethoven's favour … He was the inventor …": a previous sentence that itself
    // says "he" continues someone else's story; the name in it need not be the one meant.
    if (pt.some((t) => PERSON_SUBJECT.test(t.text))) return null;
    // "Keith released his album under the name Dr. Octagon. He …": the one named must be the
    // previous sentence's subject, before its first verb, not a name further on.
    const verb = pt.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    const people = prevSpans.filter((s) => s.kind === "person");
    if (people.some((s) => verb >= 0 && s.tokenStart > verb)) return null;
    const lastNames = new Set(people.map((s) => s.text.split(/\s+/).pop()!.toLowerCase()));
    if (lastNames.size !== 1) return null;
    ref = people.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  } else {
    const pt = prev.analysis.tokens;
    const s0 = pt[0]?.pos === "DET" && /^the$/i.test(pt[0].text) ? 1 : 0;
    const subj = prevSpans.find((s) => s.tokenStart === s0);
    if (!subj || !/^(?:place|org|name)$/.test(subj.kind)) return null;
    const after = pt[subj.tokenEnd + 1];
    if (!after || (after.pos !== "VERB" && after.pos !== "AUX")) return null;
    if (prevSpans.some((s) => s !== subj && s.kind === "person")) return null;
    ref = (s0 === 1 ? "the " : "") + subj.text;
  }
  if (!ref || /['’]s?$/.test(ref)) return null;
  return insertReferent(text, pron, ref, possessive);
}

function insertReferent(
  text: string,
  pron: { start: number; end: number },
  ref: string,
  possessive: boolean,
): { body: string; from: number; to: number } {
  let insert = possessive ? `${ref}'s` : ref;
  if (pron.start === 0 || /^[\s"“‘(]*$/.test(text.slice(0, pron.start)))
    insert = insert.charAt(0).toUpperCase() + insert.slice(1);
  return {
    body: text.slice(0, pron.start) + insert + text.slice(pron.end),
    from: pron.start,
    to: pron.start + insert.length,
  };
}

/**
 * "The lake stores heat. It also…": a subject pronoun ("It", "They") in subject position takes
 * the previous sentence's subject when that subject is a short noun phrase of the right number
 * and the only noun before its verb. Anything else stays vague.
 */
function commonSubject(
  prev: Analysis,
  plural: boolean,
  nextTok: { pos: string; text: string } | undefined,
): string | null {
  if (!nextTok || (nextTok.pos !== "VERB" && nextTok.pos !== "AUX")) return null;
  // "It's not surprising that…": a contraction is usually the expletive "it".
  if (/^['’]/.test(nextTok.text)) return null;
  const pt = prev.tokens;
  const v = pt.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (v < 1 || v > 5) return null;
  const subj = pt.slice(0, v);
  if (!subj.every((t) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos))) return null;
  if (subj[0]!.pos === "DET" && !/^(?:the|a|an)$/i.test(subj[0]!.text)) return null;
  const head = subj[subj.length - 1]!;
  if (head.pos !== "NOUN" || subj.filter((t) => t.pos === "NOUN").length > 2) return null;
  const isPlural = head.text.toLowerCase() !== head.lemma.toLowerCase() && /s$/i.test(head.text);
  if (isPlural !== plural) return null;
  const ref = subj.map((t) => t.text).join(" ");
  // "A storm…" → "the storm": the indefinite article introduced it; the pronoun refers back.
  const definite = ref.replace(/^(?:a|an)\s/i, "the ");
  return /^\p{Lu}/u.test(definite) && subj[0]!.pos === "DET"
    ? definite.charAt(0).toLowerCase() + definite.slice(1)
    : definite;
}

/** wink tags any capitalised first word PROPN: a name only if the lexicon doesn't know it otherwise. */
function sentenceStartName(w: string): boolean {
  const tag = lexiconTag(w);
  return !tag || /Name|Place|City|Country|Region|Organization|ProperNoun|Person/.test(tag);
}

/** Pronouns with nothing they could point to earlier in the same sentence. */
function countDangling(analysis: Analysis, spans: Span[], skipBefore: number): number {
  const toks = analysis.tokens;
  let n = 0;
  // "Despite its neutrality, China…": a pronoun in an opening phrase may point forward to the
  // subject that follows the comma.
  const comma = toks.findIndex((x) => x.text === ",");
  const forward =
    comma > 0 &&
    /^(?:ADP|SCONJ)$/.test(toks[0]?.pos ?? "") &&
    /^(?:PROPN|DET|NOUN)$/.test(toks[comma + 1]?.pos ?? "");
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start < skipBefore) continue;
    if (t.pos !== "PRON" && t.pos !== "DET") continue;
    const w = t.text.toLowerCase();
    if (forward && i < comma && /^(?:its|his|her|their)$/.test(w)) continue;
    let ok = true;
    if (/^(?:he|she|him|his|her|hers|himself|herself)$/.test(w))
      ok = spans.some((s) => s.kind === "person" && s.end <= t.start);
    else if (/^(?:it|its|itself)$/.test(w))
      // "Several men died of it": only a singular noun or a name can be what "it" means.
      ok = toks
        .slice(0, i)
        .some(
          (x) =>
            (x.pos === "NOUN" && x.text.toLowerCase() === x.lemma.toLowerCase()) ||
            (x.pos === "PROPN" && (x !== toks[0] || sentenceStartName(x.text))),
        );
    else if (/^(?:they|them|their|theirs|themselves)$/.test(w))
      ok = toks
        .slice(0, i)
        .some(
          (x) =>
            (x.pos === "NOUN" &&
              (x.text.toLowerCase() !== x.lemma ||
                /^(?:people|children|men|women|police|cattle)$/i.test(x.text))) ||
            x.pos === "PROPN" ||
            /^(?:and|both)$/i.test(x.text),
        );
    else continue;
    if (!ok) n++;
  }
  // "does so", "did the same": the action is named in another sentence.
  const doSo = analysis.tokens.filter(
    (t, i) =>
      /^(?:so|same)$/i.test(t.text) &&
      /^(?:do|does|did|doing|done|the)$/i.test(analysis.tokens[i - 1]?.text ?? "") &&
      t.start >= skipBefore,
  ).length;
  return n + doSo;
}

const DISCOURSE_START =
  /^(?:but|and|yet|so(?!\s+(?:far|much|many|long|that|as)\b)|or|however|moreover|still|true|indeed|also|thus|hence|therefore|meanwhile|instead|nonetheless|nevertheless|for instance|for example|perhaps|not surprisingly|in the end|in fact|of course|in short|in general|as\s+(?:noted|mentioned|discussed|described|explained|stated|shown)\s+(?:previously|earlier|above|before)|as\s+we\s+have\s+seen)\b[,]?\s+/i;

/** "In the end, however, X": every discourse opener goes, not only the first. */
export function stripDiscourseStart(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && DISCOURSE_START.test(out); i++) out = out.replace(DISCOURSE_START, "");
  return out;
}

function wordTokens(a: Analysis) {
  return a.tokens.filter((t) => t.pos !== "PUNCT" && t.pos !== "SYM" && t.pos !== "SPACE");
}

/**
 * Views an opinion essay reports in order to answer them ("Critics will say…", "the thinking goes",
 * "some argue…"). The essay does not assert them: they are never claims.
 */
const REPORTED_VIEW =
  /\b(?:the\s+(?:thinking|argument|story|reasoning|logic)\s+goes|critics\s+(?:will\s+|would\s+|might\s+|may\s+|often\s+)?(?:say|argue|claim|insist|object|complain|point\s+out)|(?:some|many|others)\s+(?:people\s+|critics\s+|commentators\s+|observers\s+)?(?:will\s+|would\s+|might\s+)?(?:argue|say|claim|believe|insist|contend|object)\b|it\s+is\s+(?:often\s+|sometimes\s+|commonly\s+|widely\s+|frequently\s+|usually\s+)?(?:claimed|said|argued|assumed|believed|suggested|thought)\b|the\s+(?:usual|standard|common|familiar|obvious)\s+(?:argument|objection|complaint|claim|view|line)|we\s+are\s+(?:often\s+|always\s+)?told|conventional\s+wisdom|(?:supporters|opponents|sceptics|skeptics|proponents|defenders|advocates)\s+(?:of\s+[\p{L}\s-]{1,40}?\s+)?(?:say|argue|claim|insist|contend|believe)\b|according\s+to\s+(?:critics|sceptics|skeptics|opponents|its\s+critics))/iu;
/** Where the author turns to answer a reported view: the reported run ends here. */
const REBUTTAL_START =
  /^(?:but|yet|however|still|in\s+fact|in\s+reality|actually|the\s+truth|this|that|these|such)\b/i;
const REBUTTAL_WORD =
  /\b(?:mistaken|wrong|misguided|flawed|rests?\s+on|overlooks?|ignores?|misses|misreads?)\b/i;

/** Keys "paragraph:sentence" of sentences that report a view rather than assert one. */
export function findReportedViews(paragraphs: { sentences: string[] }[]): Set<string> {
  const out = new Set<string>();
  paragraphs.forEach((p, pi) => {
    let carry = 0;
    p.sentences.forEach((s, si) => {
      const t = s.trim();
      if (REPORTED_VIEW.test(t)) {
        out.add(`${pi}:${si}`);
        // The argument often runs on for one more sentence ("Students should therefore…").
        carry = 1;
        return;
      }
      if (carry > 0 && !REBUTTAL_START.test(t) && !REBUTTAL_WORD.test(t)) {
        out.add(`${pi}:${si}`);
        carry--;
      } else carry = 0;
    });
  });
  return out;
}

/** "Critics will say…", "Some would argue…": an objection the author imagines in order to answer it. */
const IMAGINED_VIEW =
  /\b(?:will|would|might|may|could|can)\s+(?:\p{L}+\s+)?(?:say|argue|claim|insist|object|complain|point\s+out)\b/iu;

/**
 * May a reported view be asked as its holders' ("Critics say the money was wasted")? Only when
 * the sentence names them, reports what they say rather than imagining it, and the author does
 * not turn to answer it in the next sentence ("In fact, …") — a view the author rejects is no
 * fact worth testing.
 */
function reportedAsTheirs(
  text: string,
  speaker: Speaker | undefined,
  next: { text: string; paragraph: number } | undefined,
  rec: { paragraph: number },
): boolean {
  if (speaker?.rule !== "speaker.said-that" || IMAGINED_VIEW.test(text)) return false;
  if (!next || next.paragraph !== rec.paragraph) return true;
  const t = next.text.trim();
  return !REBUTTAL_START.test(t) && !REBUTTAL_WORD.test(t);
}

/** A time anchored to an event the learner cannot see: "Six days later", "the next year". */
const RELATIVE_TIME =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|some|many|\d+)\s+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries)\s+(?:(?:later|earlier)(?!\s+than\b)|afterwards?|before|on|ago|(?:have|has|had)\s+(?:now\s+)?(?:passed|gone\s+by|elapsed))\b|the\s+(?:next|following|previous|preceding|same)\s+(?:day|week|month|year|decade|spring|summer|autumn|fall|winter|morning|evening|night|season)\b|\b(?:in|on|by|during|of|until|from|later)\s+that\s+(?:same\s+)?(?:day|week|month|year|decade|spring|summer|autumn|fall|winter|morning|night)\b|^that\s+(?:same\s+)?(?:day|week|month|year|decade|spring|summer|autumn|fall|winter|morning|night)\b|(?:soon|shortly|not\s+long)\s+after(?:wards?)?\b|(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+(?:same\s+)?(?:day|week|month|year|morning|afternoon|evening)\b|by\s+then\b|at\s+the\s+time\b)|^(?:then|later|afterwards?|after\s+that|next)\b/i;
/** Nouns a writer uses to point back at something already named ("the structure", "the project"). */
const ANAPHORIC_HEAD = new RegExp(
  `^(?:structure|man|woman|men|women|pair|couple|move|decision|event|disaster|incident|episode|deal|agreement|study|report|finding|book|film|paper|idea|boy|girl|difference|effect|change|result|gap|increase|rise|decline|trend|problem|issue|answer|reason|scheme|plan|${NAMED_THING_NOUN})$`,
  "i",
);

/** The reason a claim can't be read alone, or null. */
function contextNeed(
  text: string,
  analysis: Analysis,
  dangling: number,
  termCounts: Map<string, number>,
  titleWords: Set<string>,
): string | null {
  if (dangling > 0) return "pronoun";
  // "this lesson", "that way": the demonstrative points at a sentence the learner cannot see.
  const pointer = text.match(DEMONSTRATIVE_PHRASE);
  if (pointer && !THAT_CLAUSE_VERB.test(pointer[1] ?? "")) return "demonstrative";
  if (
    analysis.tokens.some(
      (t, k) =>
        t.pos === "DET" &&
        /^(?:this|that|these|those)$/i.test(t.text) &&
        // "reports that daytime…" is a conjunction, not a pointer.
        // "experiments that advance…": after a noun, "that" opens a relative clause.
        !(
          /^that$/i.test(t.text) &&
          (THAT_CLAUSE_VERB.test(analysis.tokens[k - 1]?.lemma ?? "") ||
            /^(?:CCONJ|NOUN)$/.test(analysis.tokens[k - 1]?.pos ?? ""))
        ) &&
        /^(?:NOUN|ADJ|NUM)$/.test(analysis.tokens[k + 1]?.pos ?? ""),
    )
  )
    return "demonstrative";
  if (RELATIVE_TIME.test(stripDiscourseStart(text))) return "relative_time";
  const toks = analysis.tokens;
  let i = 0;
  if (toks[0] && /^(?:but|and|yet|so|still|however|also)$/i.test(toks[0].text)) i = 1;
  if (toks[i]?.text === ",") i++;
  if (!/^the$/i.test(toks[i]?.text ?? "")) return null;
  let j = i + 1;
  let counted = false;
  while (j < toks.length && /^(?:ADJ|NUM|NOUN)$/.test(toks[j]!.pos)) {
    if (toks[j]!.pos === "NUM") counted = true;
    j++;
  }
  let head = toks[j - 1];
  if (!head || head.pos !== "NOUN" || j === i + 1) return null;
  // "The shop's main trade was …": the possessor is the thing the reader must know.
  if (/^['’]s$/.test(toks[j]?.text ?? "")) {
    let k = j + 1;
    while (k < toks.length && /^(?:ADJ|NOUN)$/.test(toks[k]!.pos)) k++;
    if (k > j + 1 && /^(?:VERB|AUX)$/.test(toks[k]?.pos ?? "")) {
      if (ANAPHORIC_HEAD.test(head.text)) return "definite_subject";
      head = toks[k - 1]!;
      j = k;
    }
  }
  // "The first scheme in England opened…": a place or time phrase doesn't say which scheme;
  // an "of" phrase ("The size of the gap") does define the noun.
  if (toks[j]?.pos === "ADP" && !/^of$/i.test(toks[j]!.text)) {
    let k = j + 1;
    while (k < toks.length && k - j <= 4 && /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(toks[k]!.pos)) k++;
    if (k > j + 1) j = k;
  }
  const next = toks[j];
  if (!next || !/^(?:VERB|AUX)$/.test(next.pos)) return null;
  const lemma = head.lemma.toLowerCase();
  if (titleWords.has(lemma) || titleWords.has(head.text.toLowerCase())) return null;
  // "The two cities", "The structure", a noun the essay uses only here: a re-description.
  if (counted || ANAPHORIC_HEAD.test(head.text) || (termCounts.get(lemma) ?? 0) <= 1)
    return "definite_subject";
  return null;
}

/** Verbs whose "that" opens a clause ("reports that daytime…"), not a pointer ("that way"). */
const THAT_CLAUSE_VERB =
  /^(?:say|report|find|show|suggest|argue|believe|think|know|estimate|claim|note|mean|warn|conclude|assume|discover|realize|realise|add|explain|insist|agree|ensure|prove|reveal|predict|calculate|learn|decide|announce|state|confirm|demonstrate|indicate|hope|fear|feel|expect|mean|so)$/i;

/** "that way", "this lesson": fixed pointer phrases, whatever the tagger calls "that". */
const DEMONSTRATIVE_PHRASE =
  /(?:\b(\p{L}+)\s+)?\b(?:this|that|these|those)\s+(?:way|ways|time|times|point|moment|case|sense|kind|sort|lesson|lessons|approach|idea|ideas|argument|view|logic|measure|measures|step|steps|problem|change|changes)\b/iu;

const FIRST_PERSON = /\b(?:I|me|my|mine|myself)\b/;

export interface ClaimExtraction {
  claims: Claim[];
  sentences: SentenceRecord[];
  names: EssayNames;
  /** Essay-wide lemma counts of content words: the salience signal. */
  termCounts: Map<string, number>;
}

export function extractClaims(
  paragraphs: CleanedParagraph[],
  title = "",
  trace?: Trace,
): ClaimExtraction {
  const titleWords = new Set(
    normalize(title)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w))
      .flatMap((w) => [w, w.replace(/(?:es|s)$/, "")]),
  );
  const reported = findReportedViews(paragraphs);
  const speakers = findSpeakers(paragraphs, notEnglish);
  const sentences: SentenceRecord[] = [];
  paragraphs.forEach((p, pi) => {
    p.sentences.forEach((s, si) => {
      const eligible = !p.boilerplate && !p.sentenceFurniture[si];
      sentences.push({
        text: s,
        paragraph: pi,
        sentence: si,
        analysis: eligible ? analyze(s) : null,
        eligible,
      });
    });
  });
  const analysed = sentences
    .filter((s) => s.analysis)
    .map((s) => ({ sentence: s.text, analysis: s.analysis! }));
  const names = collectNames(analysed);
  // A known surname opening a sentence ("Fell hired…") is often tagged as a verb: it is a name.
  for (const { analysis } of analysed) {
    const toks = analysis.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.pos === "PROPN" || !CAPITALISED.test(t.text)) continue;
      if (!names.personTokens.has(t.text.toLowerCase())) continue;
      const next = toks[i + 1];
      if (
        i === 0 ? next && (next.pos === "VERB" || next.pos === "AUX") : toks[i - 1]!.pos === "PROPN"
      )
        t.pos = "PROPN";
    }
  }
  const termCounts = new Map<string, number>();
  for (const { analysis } of analysed)
    for (const t of analysis.tokens) {
      if (!/^(?:NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.pos)) continue;
      const l = t.lemma.toLowerCase();
      if (STOPWORDS.has(l) || l.length < 3) continue;
      termCounts.set(l, (termCounts.get(l) ?? 0) + 1);
    }

  const total = Math.max(1, sentences.length - 1);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  sentences.forEach((rec, idx) => {
    const a = rec.analysis;
    if (!a) return;
    const text = rec.text;
    if (/\?["”’)]*$/.test(text.trim())) return;
    // "But X.": X is asked as the claim (claim-contrast.ts); the sentence is cited whole.
    // The claim rules are judged once on the sentence: again only on a contrast's body.
    const own = claimRejection(text);
    const contrast = own === "claim.leading-connective" ? contrastBody(text) : null;
    const rejected = contrast === null ? own : claimRejection(contrast);
    if (rejected) {
      trace?.({ stage: "claims", rule: rejected, subject: text });
      return;
    }
    const words = wordTokens(a);
    if (words.length < 8 || words.length > CONFIG.claims.maxWords) return;
    const speaker = speakers.get(`${rec.paragraph}:${rec.sentence}`);
    // "Critics say X" names who holds the view: asked as theirs ("…, critics say X"), it is a
    // fact about the debate; a reported view that names no one stays out.
    if (
      reported.has(`${rec.paragraph}:${rec.sentence}`) &&
      !reportedAsTheirs(text, speaker, sentences[idx + 1], rec)
    )
      return;
    if (!a.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return;
    const first = words[0]!;
    // A bare verb first is an instruction to the reader, not a claim about the world.
    if (first.pos === "VERB" && first.text.toLowerCase() === first.lemma) return;
    const key = hashKey("claim", normalize(text));
    if (seen.has(key)) return;
    if (speaker)
      trace?.({ stage: "speaker", rule: speaker.rule, subject: `${speaker.who} <- ${text}` });
    seen.add(key);
    let body = text;
    let analysis = a;
    let context: string | undefined;
    let spans: Span[];
    const prevRec = sentences[idx - 1];
    const borrowed = PRONOUN_START_RE.test(stripDiscourseStart(text))
      ? borrowReferent(
          text,
          a,
          prevRec && prevRec.paragraph === rec.paragraph && prevRec.analysis
            ? { text: prevRec.text, analysis: prevRec.analysis }
            : null,
          names,
        )
      : null;
    if (borrowed) {
      body = borrowed.body;
      analysis = analyze(body);
      context = prevRec!.text;
      // The borrowed name is not this sentence's fact: it is never the key.
      spans = findSpans(body, analysis, names).filter(
        (sp) => sp.end <= borrowed.from || sp.start >= borrowed.to,
      );
    } else if (contrast) {
      body = contrast;
      analysis = contrastAnalysis(a, text, body) ?? analyze(body);
      spans = findSpans(body, analysis, names);
    } else spans = findSpans(text, a, names);
    const dangling = countDangling(analysis, spans, borrowed ? borrowed.to : 0);

    // Salience: content words that recur in the essay, facts per word, early position.
    let termScore = 0;
    let content = 0;
    for (const t of words) {
      const l = t.lemma.toLowerCase();
      const c = termCounts.get(l);
      if (!c) continue;
      content++;
      termScore += Math.log2(1 + c);
    }
    const termAvg = content ? termScore / content : 0;
    const factSpans = spans.filter((s) => s.kind !== "np").length;
    const density = Math.min(1, factSpans / 3);
    const position = idx / total;
    const posBonus = rec.sentence === 0 ? 0.15 : 0;
    const early = 0.15 * (1 - position);
    const lenFit = words.length >= 12 && words.length <= 30 ? 0.1 : 0;
    // The subject is a pronoun when one comes before the first verb ("In 2020, it grew…").
    const firstVerb = a.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    const subjectPronoun = a.tokens.slice(0, Math.max(0, firstVerb)).some(
      (t, k) =>
        t.pos === "PRON" &&
        /^(?:he|she|it|they|this|that|these|those|we|him|them|one)$/i.test(t.text) &&
        // "The copy that was sent…": after a noun, "that" is a relative pronoun.
        !(/^that$/i.test(t.text) && /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]?.pos ?? "")),
    );
    const pronounStart =
      !borrowed && (PRONOUN_START_RE.test(stripDiscourseStart(text)) || subjectPronoun);
    const negated = NEGATION_RE.test(text);
    let score = 0.35 * Math.min(1, termAvg / 3) + 0.3 * density + posBonus + early + lenFit;
    if (pronounStart) score -= 0.25;
    if (/^["“‘']/.test(text)) score -= 0.1;
    claims.push({
      key,
      text,
      body,
      ...(context ? { context } : {}),
      dangling,
      paragraph: rec.paragraph,
      sentence: rec.sentence,
      score: Math.round(score * 1000) / 1000,
      analysis,
      spans,
      pronounStart,
      negated,
      position,
      needsContext:
        contextNeed(body, analysis, dangling, termCounts, titleWords) ??
        (!borrowed &&
        prevRec?.paragraph === rec.paragraph &&
        backReferenceNoun(analysis, prevRec.analysis ?? null, (l) => termCounts.get(l) ?? 0)
          ? "back_reference"
          : null),
      firstPerson: FIRST_PERSON.test(text),
      ...(speaker ? { speaker } : {}),
      ...(contrast ? { contrast: true } : {}),
      centrality: 0,
      mainIdea: false,
    });
  });
  rankByCentrality(claims.filter((c) => !c.contrast));
  return { claims, sentences, names, termCounts };
}
