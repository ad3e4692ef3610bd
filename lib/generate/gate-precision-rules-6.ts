import type { GateView } from "./gate-rules";
import type { Candidate } from "./make-items";
import type { Rule } from "./rules";
import { notADefinition } from "./gate-precision-rules-7";
import { MONTH_SET } from "./find-spans";
import { isKnownWord } from "./spelling";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LETTER_RUNS = /\p{L}+/gu;
const ONE_NAME = /^\p{Lu}\p{Ll}+$/u;
const NAME_RUN = /(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu;

/**
 * Publishing rules of the second precision round (docs/quality/generator-2.5-precision.md,
 * "Round 2"): false statements whose swap gives itself away. They pay only since the deck asks a
 * sentence another way when the true/false balance leaves its true statement out
 * (deck-fill.ts, askLeftOutTrues).
 */

/**
 * Opposites a reader spots without the essay: an evaluative word for its plain opposite, a
 * membership or permission word for its negation. Each pair both ways.
 */
const GIVEAWAY_PAIRS: readonly (readonly [string, string])[] = [
  ["good", "bad"],
  ["better", "worse"],
  ["best", "worst"],
  ["nice", "nasty"],
  ["bright", "dull"],
  ["improve", "worsen"],
  ["improved", "worsened"],
  ["improves", "worsens"],
  ["better", "worsened"],
  ["wise", "unwise"],
  ["necessary", "unnecessary"],
  ["useful", "useless"],
  ["beautiful", "ugly"],
  ["include", "exclude"],
  ["included", "excluded"],
  ["includes", "excludes"],
  ["including", "excluding"],
  ["allow", "forbid"],
  ["allowed", "forbidden"],
  ["allows", "forbids"],
  ["permitted", "forbidden"],
  ["accepted", "rejected"],
  ["conceded", "denied"],
  ["admitted", "denied"],
];

/** Words of one text the other lacks, lower case. */
function missingFrom(a: string, b: string): string[] {
  const other = new Set(b.toLowerCase().match(LETTER_RUNS) ?? []);
  return (a.toLowerCase().match(LETTER_RUNS) ?? []).filter((w) => !other.has(w));
}

/** Is this a false statement made by a give-away swap (GIVEAWAY_PAIRS)? */
export function givesItselfAway(v: GateView): boolean {
  if (v.type !== "true_false" || v.answer !== "False") return false;
  const added = missingFrom(v.prompt, v.sentence);
  const removed = missingFrom(v.sentence, v.prompt);
  return GIVEAWAY_PAIRS.some(
    ([a, b]) =>
      (added.includes(a) && removed.includes(b)) || (added.includes(b) && removed.includes(a)),
  );
}

/**
 * Is this a blank on a name the dictionary knows ("Japanese", a famous general) among other
 * names of its world ("the Shoguns and the Samurai", "crossing the Rubicon")? Such a sentence is answered
 * from general knowledge, whatever is blanked or stated.
 */
export function knownNameAmongNames(v: GateView): boolean {
  if (!v.prompt.includes("_____") || !ONE_NAME.test(v.answer)) return false;
  // A month is a date, not a name of the sentence's world.
  if (!isKnownWord(v.answer) || MONTH_SET.has(v.answer.toLowerCase())) return false;
  const shown = v.prompt.replace(/_____/gu, " ");
  // Capitalised words in a row are one name ("the Baltic Sea"), and a name said twice is
  // one name: it takes two other names to make the sentence's world (mcq/cloze cost counts in
  // docs/quality/generator-2.6-blanks.md).
  const names = new Set(
    (shown.match(NAME_RUN) ?? [])
      .map((n) => n.replace(/^(?:I|The|A|An|In|On|At|By|If|And|But|When|While|As)(?:\s+|$)/u, ""))
      .filter((n) => n !== ""),
  );
  return names.size >= 2;
}

/**
 * Sentences whose true statement reads True on its face, because another item of theirs shows
 * its answer: a false twin made by a give-away swap ("the mark of bad government" reads False, so
 * "good" reads True), or a blank general knowledge fills ("_____, crossing the Rubicon, …") — that
 * one only when the sentence has another sound item to be asked by instead, since the statement
 * still tests the rest of the sentence. `sound` is the gate's verdict on items that are not
 * true statements.
 */
export function plainTwinClaims(
  candidates: readonly Candidate[],
  view: (c: Candidate) => GateView,
  sound: (c: Candidate) => boolean,
): Set<string> {
  const twins = new Set<string>();
  // Only a true statement is held as a twin: other sentences need no look.
  const stated = new Set<string>();
  for (const c of candidates) if (c.type === "true_false" && c.truth) stated.add(c.claim.key);
  for (const c of candidates) {
    if (!stated.has(c.claim.key)) continue;
    // Only a false statement, a what-is question or a blank can be a plain twin's reason.
    if (c.type === "true_false" ? c.truth : !/\bWhat\s|_____/u.test(c.prompt)) continue;
    if (c.type === "true_false") {
      if (!c.truth && givesItselfAway(view(c))) twins.add(c.claim.key);
    } else if (notADefinition(view(c))) twins.add(c.claim.key);
    else if (
      knownNameAmongNames(view(c)) &&
      candidates.some(
        (o) => o !== c && o.claim.key === c.claim.key && o.type !== "true_false" && sound(o),
      )
    )
      twins.add(c.claim.key);
  }
  return twins;
}

export const PRECISION_GATE_RULES_6: Rule<GateView>[] = [
  {
    id: "gate.giveaway-swap",
    why: "A false statement made by swapping an evaluative word for its plain opposite ('good' → 'bad', 'unwise' → 'wise') or a membership or permission word for its negation ('included' → 'excluded', 'allowed' → 'forbidden') reads false on its face, often against the rest of its own sentence ('needed, and therefore wasteful'): blind judges call it a giveaway.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of bad town government.",
        answer: "False",
        sentence: "A strong mayor is the mark of good town government.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a second ferry would be necessary, and therefore costly.",
        answer: "False",
        sentence: "A second ferry would be unnecessary, and therefore costly.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the guild's stalls excluded weavers, dyers, potters and smiths.",
        answer: "False",
        sentence: "The guild's stalls included weavers, dyers, potters and smiths.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, boats were forbidden in the inner harbour after dark.",
        answer: "False",
        sentence: "Boats were allowed in the inner harbour after dark.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, it is usually dangerous to cross the bay at night.",
        answer: "False",
        sentence: "It is usually safe to cross the bay at night.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of good town government.",
        answer: "True",
        sentence: "A strong mayor is the mark of good town government.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the guild admitted weavers before it admitted dyers.",
        answer: "False",
        sentence: "The guild admitted dyers before it admitted weavers.",
      },
    ],
    test: givesItselfAway,
  },
  {
    id: "gate.known-name-among-names",
    why: "'The _____ chronicles tell of feuds between the Shoguns and the Samurai' → 'Japanese'; '_____, crossing the Rubicon, marched on the Forum' → a famous general: a name the dictionary knows, blanked among other names of its world, is answered from general knowledge, not from the essay.",
    fires: [
      {
        type: "cloze",
        prompt: "The _____ chronicles tell of feuds between the Shoguns and the Samurai.",
        answer: "Japanese",
        sentence: "The Japanese chronicles tell of feuds between the Shoguns and the Samurai.",
      },
      {
        type: "cloze",
        prompt: "_____, crossing the Rubicon, marched his legions on the Forum.",
        answer: "Caesar",
        sentence: "Caesar, crossing the Rubicon, marched his legions on the Forum.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Pedal organs were first built in _____ about 1400.",
        answer: "Flanders",
        sentence: "Pedal organs were first built in Flanders about 1400.",
      },
      {
        type: "cloze",
        prompt:
          "Senator Ada Brill moved the Harbour Act on _____ 12, Congress passing it in a week.",
        answer: "March",
        sentence:
          "Senator Ada Brill moved the Harbour Act on March 12, Congress passing it in a week.",
      },
      {
        type: "cloze",
        prompt: "The reef runs from _____ in Dunmore Bay to the Skerry Banks.",
        answer: "Gull Key",
        sentence: "The reef runs from Gull Key in Dunmore Bay to the Skerry Banks.",
      },
    ],
    test: knownNameAmongNames,
  },
  {
    id: "gate.giveaway-twin",
    why: "A sentence another of whose items the gate holds back for showing its answer reads as plainly stated: when its false statement gives itself away ('the mark of bad town government'), its true one reads True on its face ('… of good town government'); when a what-is card answers with an aside ('a world of its own, and, being …'), the statement keeps the same vague words; when a blank on a famous name is filled from general knowledge, the statement tests the same knowledge (then held only when the sentence can be asked by another item). Held, it no longer takes a true statement's place in the deck's true/false balance from a sentence a reader must know.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of good town government.",
        answer: "True",
        sentence: "A strong mayor is the mark of good town government.",
        twinGivesAway: true,
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of good town government.",
        answer: "True",
        sentence: "A strong mayor is the mark of good town government.",
      },
    ],
    test: (v) => v.type === "true_false" && v.answer === "True" && v.twinGivesAway === true,
  },
];
