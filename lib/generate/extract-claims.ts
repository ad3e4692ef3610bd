import type { CleanedParagraph } from "./clean-text";
import { collectNames, findSpans, type EssayNames, type Span } from "./find-spans";
import { analyze, type Analysis } from "./nlp";
import { PRONOUN_START_RE, STOPWORDS, hashKey, normalize, NEGATION_RE } from "./text-utils";

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
  if (!person && !THING_PRONOUN.test(pron.text)) return null;
  if (!person && EXPLETIVE_IT.test(stripped)) return null;
  const possessive = /^(?:his|her|its)$/i.test(pron.text);
  // "Her" also opens "Her rivals said…" (possessive) — both read as possessive at a sentence start.
  const prevSpans = findSpans(prev.text, prev.analysis, names);
  let ref: string | null = null;
  if (person) {
    const people = prevSpans.filter((s) => s.kind === "person");
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
  let insert = possessive ? `${ref}'s` : ref;
  if (pron.start === 0 || /^[\s"“‘(]*$/.test(text.slice(0, pron.start)))
    insert = insert.charAt(0).toUpperCase() + insert.slice(1);
  return {
    body: text.slice(0, pron.start) + insert + text.slice(pron.end),
    from: pron.start,
    to: pron.start + insert.length,
  };
}

/** Pronouns with nothing they could point to earlier in the same sentence. */
function countDangling(analysis: Analysis, spans: Span[], skipBefore: number): number {
  const toks = analysis.tokens;
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start < skipBefore) continue;
    if (t.pos !== "PRON" && t.pos !== "DET") continue;
    const w = t.text.toLowerCase();
    let ok = true;
    if (/^(?:he|she|him|his|her|hers|himself|herself)$/.test(w))
      ok = spans.some((s) => s.kind === "person" && s.end <= t.start);
    else if (/^(?:it|its|itself)$/.test(w))
      ok = toks.slice(0, i).some((x) => x.pos === "NOUN" || x.pos === "PROPN");
    else if (/^(?:they|them|their|theirs|themselves)$/.test(w))
      ok = toks
        .slice(0, i)
        .some(
          (x) =>
            (x.pos === "NOUN" && x.text.toLowerCase() !== x.lemma) ||
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
  /^(?:but|and|yet|so|or|however|moreover|still|true|indeed|also|thus|hence|therefore|meanwhile|instead|nonetheless|nevertheless)\b[,]?\s+/i;

export function stripDiscourseStart(s: string): string {
  return s.replace(DISCOURSE_START, "");
}

function wordTokens(a: Analysis) {
  return a.tokens.filter((t) => t.pos !== "PUNCT" && t.pos !== "SYM" && t.pos !== "SPACE");
}

export interface ClaimExtraction {
  claims: Claim[];
  sentences: SentenceRecord[];
  names: EssayNames;
  /** Essay-wide lemma counts of content words: the salience signal. */
  termCounts: Map<string, number>;
}

export function extractClaims(paragraphs: CleanedParagraph[]): ClaimExtraction {
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
      if (t.pos === "PROPN" || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
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
    if (!/[.!"”’)\]]$/.test(text.trim())) return;
    const words = wordTokens(a);
    if (words.length < 8 || words.length > 40) return;
    if (!a.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return;
    const first = words[0]!;
    // A bare verb first is an instruction to the reader, not a claim about the world.
    if (first.pos === "VERB" && first.text.toLowerCase() === first.lemma) return;
    const key = hashKey("claim", normalize(text));
    if (seen.has(key)) return;
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
    const subjectPronoun = a.tokens
      .slice(0, Math.max(0, firstVerb))
      .some(
        (t) =>
          t.pos === "PRON" &&
          /^(?:he|she|it|they|this|that|these|those|we|him|them|one)$/i.test(t.text),
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
    });
  });
  return { claims, sentences, names, termCounts };
}
