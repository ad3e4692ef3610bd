/**
 * The shape every stage's rules share: a named test with the reason it exists and real-text-like
 * examples on which it fires and on which it passes. One harness (rules.test.ts) runs every
 * example of every table, so a rule can be read, tested and changed on its own.
 */
export interface Rule<I, O = boolean> {
  id: string;
  why: string;
  /** Inputs on which the rule must fire (return something truthy). */
  fires: I[];
  /** Inputs on which the rule must stay silent. */
  passes: I[];
  test: (input: I) => O | null | false | undefined;
}

/** One line of a run's trace: which rule of which stage decided about which candidate. */
export interface TraceEntry {
  stage: string;
  rule: string;
  /** The candidate's key, or the sentence the rule looked at. */
  subject: string;
}

export type Trace = (entry: TraceEntry) => void;

/** The first rule of an ordered table that fires, or null when none does. */
export function firstFiring<I, O>(rules: readonly Rule<I, O>[], input: I): Rule<I, O> | null {
  for (const r of rules) if (r.test(input)) return r;
  return null;
}

const sentenceMemos: Map<string, boolean>[] = [];

/**
 * A rule test that reads only the item's source sentence, decided once per sentence of an essay:
 * the gate sees every item made from a sentence, and some tests run the tagger. Forgotten between
 * essays (`forgetSentenceVerdicts`), so no essay's cost depends on another's.
 */
export function perSentence<V extends { sentence: string }>(
  test: (sentence: string) => boolean,
): (v: V) => boolean {
  const memo = new Map<string, boolean>();
  sentenceMemos.push(memo);
  return (v) => {
    let known = memo.get(v.sentence);
    if (known === undefined) {
      known = test(v.sentence);
      memo.set(v.sentence, known);
    }
    return known;
  };
}

/**
 * A map for what several rules ask of the same text within one essay, forgotten with the sentence
 * verdicts (`forgetSentenceVerdicts`) so nothing carries from one essay to the next.
 */
export function essayMemo<T>(): Map<string, T> {
  const memo = new Map<string, T>();
  essayMemos.push(memo);
  return memo;
}
const essayMemos: Map<string, unknown>[] = [];

export function forgetSentenceVerdicts() {
  for (const memo of sentenceMemos) memo.clear();
  for (const memo of essayMemos) memo.clear();
}
