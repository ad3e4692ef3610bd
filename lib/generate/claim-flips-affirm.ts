import { HEDGED_OPENING, inMainClause, type FlipInput } from "./flip-guards";
import { analyzeOnce, conjugate, standsAlone, stripEnd, type IdeaDraft } from "./idea-text";
import { present } from "./present";
import { NEGATION_RE } from "./text-utils";

/**
 * Flips of a sentence whose point is a denial: the claim the essay rejects, stated. "Rye bread
 * isn't unique to the north" → "Rye bread is unique to the north"; "Neither side expected a long
 * siege" → "Both sides expected a long siege". The false statement has no "not" to give it away.
 */

/** The sentence to turn, or null: one denial, no quotation, reads alone, no hedge or pointer. */
function deniedClaim(input: FlipInput): string | null {
  // Most sentences deny nothing: they are let go before any cleaning or tagging.
  if (!NEGATION_RE.test(input.text)) return null;
  // "Rye bread, however, isn't…": the linking word leans on the sentence before; the claim does not.
  const s = stripEnd(present(input.text)).replace(
    /,\s+(?:however|though|therefore|then|too|also),\s+/i,
    " ",
  );
  if (/["“”;]/.test(s) || HEDGED_OPENING.test(s) || !standsAlone(s)) return null;
  if ((s.match(new RegExp(NEGATION_RE.source, "gi")) ?? []).length !== 1) return null;
  // A word that needs the denial ("any", "yet", "ever", "enough") or a pointer to another
  // sentence ("this situation") leaves the stated claim ungrammatical or vague; a share or a
  // frequency ("Many people do not notice it") leaves it arguably true.
  if (STAY_DENIED.test(s)) return null;
  return s;
}
const STAY_DENIED =
  /\b(?:any|anything|anyone|yet|ever|enough|either|much|at\s+all|so|too|very|only|just|this|these|those|such|but|if|unless|might|may|could|some|many|most|few|several|often|usually|sometimes|generally)\b/i;

/**
 * "Salt mines aren't unique to the coast" → "Salt mines are unique to the coast": the denied
 * predicate stated, the auxiliary's form kept ("does not hold" → "holds").
 */
export function affirmFlip(input: FlipInput): IdeaDraft | null {
  const s = deniedClaim(input);
  if (s === null) return null;
  const m =
    /^(\p{Lu}[^,]*?)\s+(is|are|was|were|does|do|did|can|will)\s*(?:not\s+|n['’]t\s+|not$)(\p{Ll}+)\b/u.exec(
      s,
    );
  if (!m || /^(?:It|There|This|That|They|He|She|We|You|I)\b/.test(m[1]!)) return null;
  const [whole, , aux, word] = m as unknown as [string, string, string, string];
  if (!inMainClause(s, m.index + whole.length - word.length, m.index + whole.length)) return null;
  const toks = analyzeOnce(s).tokens;
  const w = toks.find((t) => t.start === whole.length - word.length);
  if (!w) return null;
  let stated: string | null = null;
  if (/^(?:is|are|was|were)$/.test(aux)) {
    // "aren't unique", "was not built": an adjective or a participle; "is not a …" states nothing.
    if (w.pos === "ADJ" || w.pos === "VERB") stated = `${aux} ${word}`;
  } else if (/^(?:can|will)$/.test(aux)) {
    if (w.pos === "VERB") stated = `${aux} ${word}`;
  } else if (w.pos === "VERB" && w.text === w.lemma) {
    const forms = conjugate(w.lemma) as Record<string, string> | undefined;
    const form = aux === "did" ? forms?.PastTense : aux === "does" ? forms?.PresentTense : word;
    if (form) stated = form;
  }
  if (!stated) return null;
  const question = `${m[1]} ${stated}${s.slice(m.index + whole.length)}.`;
  return { idea: "claim", question, answer: `${aux} not ${word}` };
}

/**
 * "Neither side expected a long siege" → "Both sides expected a long siege": what neither of two
 * did, given to both. Only a past or modal verb, whose form is the same for one and for two.
 */
export function neitherFlip(input: FlipInput): IdeaDraft | null {
  if (!/^\s*Neither\s/.test(input.text)) return null;
  const s = stripEnd(present(input.text));
  if (/["“”;]/.test(s) || !standsAlone(s)) return null;
  const m = /^Neither\s+(\p{Ll}+)\s+(\p{Ll}+)\b/u.exec(s);
  if (
    !m ||
    /\bnor\b/i.test(s) ||
    (s.match(new RegExp(NEGATION_RE.source, "gi")) ?? []).length !== 1
  )
    return null;
  const [whole, noun, verb] = m as unknown as [string, string, string];
  const plural = pluralOf(noun);
  const toks = analyzeOnce(s).tokens;
  const v = toks.find((t) => t.text === verb);
  const past =
    v?.pos === "VERB" && (conjugate(v.lemma) as Record<string, string>)?.PastTense === verb;
  const modal = /^(?:could|would|should|might|had)$/.test(verb);
  if (!plural || !(past || modal)) return null;
  return {
    idea: "claim",
    question: `Both ${plural} ${verb}${s.slice(whole.length)}.`,
    answer: "Neither",
  };
}

/** "party" → "parties", "side" → "sides"; null for an irregular noun ("man", "child"). */
function pluralOf(noun: string): string | null {
  if (/(?:man|child|person|foot|tooth|mouse|ss|us|is)$/.test(noun)) return null;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
