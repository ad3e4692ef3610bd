import type { Analysis, Token } from "./nlp";
import { analyze } from "./nlp";
import type { Rule } from "./rules";
import { CONFIG } from "./config";
import { WELL_KNOWN_THE_NOUNS } from "./words";

/**
 * "The company appealed.", "…was sung in the hall.": a plain "the X" whose X the sentence before
 * introduced ("a drug company", "an ancestral hall") points back at it. On its own the item says
 * "the company" and the student cannot tell which; shown after that sentence (lead-in.ts) it
 * reads. The closed lists of roles, places and events (standalone-rules.ts) catch the common
 * cases anywhere; this one catches any noun, but only when the sentence before shows it was
 * already named.
 */

/** Words after the noun that say which one it is ("the company that made it", "the hall of X"). */
const DEFINING_NEXT = /^(?:of|that|which|who|whom|whose|where|called|named|known)$/i;
// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const NAME_OR_NUMBER = /^[\p{Lu}\d]/u;
const LOWER_START = /^\p{Ll}/u;

export interface BackReferenceView {
  /** The sentence an item is made from. */
  sentence: string;
  /** The sentence before it in the same paragraph, or "" when there is none. */
  previous: string;
}

/** Noun lemmas of a sentence (not names): what it introduced. */
function nounLemmas(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.pos === "NOUN") out.add(t.lemma.toLowerCase());
  return out;
}

/**
 * The head noun of the first "the (ADJ…) NOUN" that points back at the sentence before, or null.
 * `uses` counts a lemma over the essay: a noun it keeps returning to is its topic, known to the
 * reader of any item on it.
 */
export function backReferenceNoun(
  a: Analysis,
  previous: Analysis | null,
  uses: (lemma: string) => number = () => 1,
): string | null {
  if (!previous) return null;
  const before = nounLemmas(previous.tokens);
  const toks = a.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!/^the$/i.test(toks[i]!.text)) continue;
    // "the Senate": a name's own "the" is no pointer.
    let j = i + 1;
    while (j < toks.length && toks[j]!.pos === "ADJ") j++;
    if (toks[j]?.pos !== "NOUN" || NAME_OR_NUMBER.test(toks[j]!.text)) continue;
    while (
      j + 1 < toks.length &&
      toks[j + 1]!.pos === "NOUN" &&
      LOWER_START.test(toks[j + 1]!.text)
    )
      j++;
    const head = toks[j]!;
    const lemma = head.lemma.toLowerCase();
    const next = toks[j + 1];
    if (next && (DEFINING_NEXT.test(next.text) || /^['’]s?$/.test(next.text))) continue;
    if (next?.pos === "PROPN") continue;
    if (WELL_KNOWN_THE_NOUNS.has(lemma) || WELL_KNOWN_THE_NOUNS.has(head.text.toLowerCase()))
      continue;
    // Named earlier in this very sentence ("a rival company … the company"): it reads alone.
    if (toks.slice(0, i).some((p) => p.pos === "NOUN" && p.lemma.toLowerCase() === lemma)) continue;
    if (!before.has(lemma)) continue;
    if (uses(lemma) >= CONFIG.claims.backReferenceTopicUses) continue;
    return head.text;
  }
  return null;
}

/** The rule table: each example is a pair of sentences, the tagger run on both. */
export const BACK_REFERENCE_RULES: Rule<BackReferenceView, string>[] = [
  {
    id: "context.back-reference",
    why: "'The company', 'the hall': a thing the sentence before named, called only by its kind. Alone, the item cannot say which company; shown after that sentence, it can.",
    fires: [
      {
        previous: "A small drug company in Leeds sold the pill for a decade.",
        sentence: "Regulators later fined the company for hiding the side effects.",
      },
      {
        previous: "Each village kept an ancestral hall for its feasts.",
        sentence: "The oldest songs were sung only in the hall at the new year.",
      },
      {
        previous: "Two sailors were charged with smuggling tea.",
        sentence: "The court fined the defendants twice what the tea was worth.",
      },
    ],
    passes: [
      {
        previous: "A small drug company in Leeds sold the pill for a decade.",
        sentence: "Regulators later fined the company that made it for hiding the side effects.",
      },
      {
        previous: "Rain fell on the coast for a week.",
        sentence: "Regulators later fined the company for hiding the side effects.",
      },
      {
        previous: "The heart pumps blood through the body.",
        sentence: "Sweat cools the body as it evaporates from the skin.",
      },
      {
        previous: "A small drug company in Leeds sold the pill for a decade.",
        sentence: "A rival company bought the formula, and the company still sells it.",
      },
      {
        previous: "Many firms sold the drug.",
        sentence: "Regulators fined the company Aldwick Pharma for hiding the side effects.",
      },
    ],
    test: (v) =>
      backReferenceNoun(analyze(v.sentence), v.previous ? analyze(v.previous) : null) ?? null,
  },
];
