import type { CleanedParagraph } from "./clean-text";
import { collectNames, findSpans, type EssayNames, type Span } from "./find-spans";
import { analyze, type Analysis } from "./nlp";
import { PRONOUN_START_RE, STOPWORDS, hashKey, normalize, NEGATION_RE } from "./text-utils";

export interface Claim {
  key: string;
  text: string;
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
    const spans = findSpans(text, a, names);

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
    const pronounStart = PRONOUN_START_RE.test(stripDiscourseStart(text)) || subjectPronoun;
    const negated = NEGATION_RE.test(text);
    let score = 0.35 * Math.min(1, termAvg / 3) + 0.3 * density + posBonus + early + lenFit;
    if (pronounStart) score -= 0.25;
    if (/^["“‘']/.test(text)) score -= 0.1;
    claims.push({
      key,
      text,
      paragraph: rec.paragraph,
      sentence: rec.sentence,
      score: Math.round(score * 1000) / 1000,
      analysis: a,
      spans,
      pronounStart,
      negated,
      position,
    });
  });
  return { claims, sentences, names, termCounts };
}
