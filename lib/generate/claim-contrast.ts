import type { Analysis } from "./nlp";
import type { Rule } from "./rules";

/**
 * "But the most common source of quarrels has been the unequal share of land.": the opening "But"
 * ties the sentence to the one before, and the claim rules set it aside as half of an argument
 * ("claim.leading-connective"). The clause after it is a whole statement the author makes: the
 * claim is built from that clause (its `body`), the sentence itself cited as written. Not when a
 * subordinate clause or a command follows ("But if …", "But let us …"): that is no statement.
 */
const CONTRAST_OPENING =
  /^But\s+(?!(?:if|when|whenever|as|because|since|though|although|while|unless|until|what|how|why|whether|let|then|so|also|even|yet|still|now|not)\b)(?=\p{L})/u;

/** The statement after an opening "But", capitalised, or null when the sentence has none. */
export function contrastBody(sentence: string): string | null {
  const m = CONTRAST_OPENING.exec(sentence.trim());
  if (!m) return null;
  const rest = sentence.trim().slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The tagger's reading of X taken from the whole sentence's (its tokens after "But", offsets
 * moved), so the statement is not tagged a second time; null when the two do not line up.
 */
export function contrastAnalysis(a: Analysis, sentence: string, body: string): Analysis | null {
  const shift = sentence.length - body.length;
  if (shift <= 0 || sentence.slice(shift).toLowerCase() !== body.toLowerCase()) return null;
  const dropped = a.tokens.findIndex((t) => t.start >= shift);
  if (dropped < 1 || a.tokens[dropped]!.start !== shift) return null;
  const tokens = a.tokens.slice(dropped).map((t) => ({
    ...t,
    start: t.start - shift,
    end: t.end - shift,
    text: body.slice(t.start - shift, t.end - shift),
  }));
  const entities = a.entities
    .filter((e) => e.tokenStart >= dropped)
    .map((e) => ({ ...e, tokenStart: e.tokenStart - dropped, tokenEnd: e.tokenEnd - dropped }));
  return { tokens, entities };
}

export const CONTRAST_CLAIM_RULES: Rule<string, string>[] = [
  {
    id: "claim.contrast-opening",
    why: "'But X.' asserts X against the sentence before: X is a claim of its own, quizzed without the 'But' (the sentence is still cited whole).",
    fires: [
      "But the most common cause of quarrels in the valley has been the unequal share of land.",
      "But the old mill remained the heart of the village for a century.",
    ],
    passes: [
      "But if the dam breaks, the lower town floods.",
      "But let us turn now to the harbour and its trade.",
      "But even so the matter rested.",
      "The old mill remained the heart of the village.",
    ],
    test: contrastBody,
  },
];
