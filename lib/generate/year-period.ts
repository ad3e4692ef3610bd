import type { Rule } from "./rules";

/**
 * A period the sentence itself states around a year's blank (generator 2.6, precision): "In the
 * 1970s, the worst flood was that of _____" rules out 1981 and 1984 on its face, so wrong years
 * stay inside the stated decade or century.
 */

const ORDINAL_CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/giu;
const DECADE = /\b(1[5-9]\d0|20[0-9]0)['’]?s\b/gu;

export interface PeriodView {
  /** The sentence (with the year). */
  body: string;
  /** The year asked. */
  year: number;
}

/** The stated decade or century that holds the year, as [first, last], or null. */
export function statedPeriod({ body, year }: PeriodView): [number, number] | null {
  for (const m of body.matchAll(DECADE)) {
    const lo = Number(m[1]);
    if (year >= lo && year <= lo + 9) return [lo, lo + 9];
  }
  for (const m of body.matchAll(ORDINAL_CENTURY)) {
    const lo = (Number(m[1]) - 1) * 100;
    if (year >= lo + 1 && year <= lo + 100) return [lo + 1, lo + 100];
  }
  return null;
}

export const YEAR_PERIOD_RULES: Rule<PeriodView, [number, number]>[] = [
  {
    id: "distractors.year-in-stated-period",
    why: "'In the 1970s, the worst flood was that of _____' with 1981 and 1984 among the choices: a wrong year outside the period the sentence states is ruled out by the sentence itself (the judges' 'implausible distractor'); wrong years stay inside it.",
    fires: [
      { body: "In the 1970s, the worst flood was that of 1978.", year: 1978 },
      { body: "The bridge, built in the 18th century, was finished in 1791.", year: 1791 },
    ],
    passes: [
      { body: "The worst flood was that of 1978.", year: 1978 },
      { body: "After the 1960s, the worst flood came in 1978.", year: 1978 },
    ],
    test: statedPeriod,
  },
];
