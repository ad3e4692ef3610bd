import { stripDiscourseStart } from "./extract-claims";
import type { Rule } from "./rules";

/**
 * Sentences that lean on the one before by their opening words ("However", "As a result"): which
 * they are, and which may still be asked as a plain statement when no sentence can be shown.
 */

/** An opening that ties the sentence to the one before: fine with the lead-in, vague alone. */
const LINKING_OPENING =
  /^(?:as\s+a\s+result|as\s+a\s+consequence|consequently|however|therefore|thus|hence|instead|otherwise|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|similarly|likewise|besides|for\s+this\s+reason|for\s+that\s+reason|(?:that|this)(?:['’]s|\s+is)\s+because|nevertheless|nonetheless|in\s+turn|even\s+so|at\s+the\s+same\s+time|but|yet|and|moreover|furthermore|in\s+addition(?!\s+to\b)|additionally|also|meanwhile|thereafter|alternatively|alternately|in\s+other\s+words|in\s+response(?!\s+to\b)|once\s+again|in\s+the\s+next\s+step|so(?!\s+(?:far|much|many|long|that|called)\b))\b(?!-)/i;

/**
 * The sentence without its linking opening ("However, the council …" → "the council …"), for
 * questions asked after the lead-in that shows what it linked to; unchanged when it has none.
 */
export function dropLinkingOpening(s: string): string {
  const m = LINKING_OPENING.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length).replace(/^\s*,?\s*/, "");
  return rest.length > 0 ? rest.charAt(0).toUpperCase() + rest.slice(1) : s;
}

/** A sentence that leans on the previous one by its opening word, whatever the gate thinks. */
export const LEANS_RULES: Rule<string>[] = [
  {
    id: "lead-in.linking-opening",
    why: "'As a result', 'However', 'That's because' relate the sentence to the one before: without it the student cannot tell what resulted or what is contrasted.",
    fires: [
      "As a result, the river flooded the lower town.",
      "Alternately, the council could sell the mill to the weavers.",
      "However, the council rejected the plan.",
      "That's because salt water freezes at a lower temperature.",
      "But if the dam breaks, the lower town floods.",
      "And the council never met again.",
      "Moreover, the plan cost more than promised.",
      "So the river was dredged.",
      // What answers, repeats or follows on from the sentence before (round s30e's "In response").
      "In response, the council closed the lower bridge.",
      "Once again, the council could not agree on the tolls.",
      "In the next step, the dough is folded twice.",
    ],
    passes: [
      "The river flooded the lower town in 1910.",
      "As a rule, the council meets every month.",
      "So far, the council has met every month.",
      "Butter and salt are added at the end.",
      "Cornish towns hold a fair every spring.",
      // "In addition to X": a preposition, not a link to the sentence before.
      "In addition to the new bridge, the council built a ferry landing.",
      "In response to the flood, the council closed the lower bridge.",
    ],
    test: (s) => LINKING_OPENING.test(s.replace(/^[“"‘(\s]+/, "")),
  },
];

/**
 * A linking opening with no sentence to show before it: may the sentence still be asked as a
 * statement, which drops the opener ("However, the plan failed." → "the plan failed")?
 */
export const LINKING_STATEMENT_RULES: Rule<string>[] = [
  {
    id: "lead-in.linking-statement-only",
    why: "A conclusion, contrast or addition marker ('Hence', 'However', 'Moreover') only relates the sentence to the one before: what follows it is still asserted, and a statement without the marker says it plainly. 'Otherwise' or 'As a result' make it conditional on or caused by what is unseen.",
    fires: [
      "Hence, the new court will judge disputes more quickly than the old one.",
      "However, the council rejected the plan.",
      "Moreover, the plan cost more than promised.",
    ],
    passes: [
      "Otherwise, the town would flood every spring.",
      "As a result, the river flooded the lower town.",
    ],
    test: (s) => stripDiscourseStart(s) !== s,
  },
];
