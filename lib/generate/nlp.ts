import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import nlp from "compromise";

// Models load once per process: per-call loading would cost more than the analysis itself.
// Only the annotations analyze() reads: tokens, POS and lemmas (pos), numeric entities (ner),
// with sentence boundaries (sbd) as before. wink's default pipe also runs negation, sentiment and
// custom entities, which nothing reads; leaving them out makes readDoc about a third faster and
// changes no token, tag, lemma or entity.
const wink = winkNLP(model, ["sbd", "pos", "ner"]);
const its = wink.its;

type Lexicon = Record<string, string | undefined>;
const lexicon: Lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one
  .lexicon;

export interface Token {
  text: string;
  /** Character offsets inside the sentence. */
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

export interface NumericEntity {
  type: string; // DATE, MONEY, PERCENT, CARDINAL, DURATION, ORDINAL, TIME
  tokenStart: number;
  tokenEnd: number; // inclusive
}

export interface Analysis {
  tokens: Token[];
  entities: NumericEntity[];
}

/** POS tags, lemmas and numeric entities of one sentence, with offsets into that sentence. */
export function analyze(sentence: string): Analysis {
  const doc = wink.readDoc(sentence);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = sentence.indexOf(v, cursor);
    // Tokens wink rewrites (contractions, odd quotes) may not be found verbatim: give them the gap.
    if (at < 0 || at - cursor > 40) at = cursor;
    const end = Math.min(sentence.length, at + v.length);
    tokens.push({
      text: sentence.slice(at, end),
      start: at,
      end,
      pos: pos[i] ?? "X",
      lemma: lemmas[i] ?? v.toLowerCase(),
    });
    cursor = end;
  }
  const entities: NumericEntity[] = [];
  const types = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  for (let i = 0; i < types.length; i++) {
    const sp = spans[i];
    if (!sp) continue;
    entities.push({ type: types[i]!, tokenStart: sp[0], tokenEnd: sp[1] });
  }
  return { tokens, entities };
}

/** compromise's lexicon tag for a lowercase word or phrase (City, Country, FirstName, Organization…). */
export function lexiconTag(word: string): string | undefined {
  return lexicon[word.toLowerCase()];
}
