import { analyzeOnce, type IdeaDraft } from "./idea-text";
import { flippable, inMainClause, type FlipInput } from "./flip-guards";

/** Flips of how often and how many ("often" → "rarely", "Most farmers" → "Few farmers"). */

const FREQUENCY: Readonly<Record<string, string>> = {
  often: "rarely",
  usually: "rarely",
  commonly: "rarely",
  frequently: "rarely",
  widely: "rarely",
  typically: "rarely",
  generally: "rarely",
  rarely: "often",
  seldom: "often",
};

/** "Soup is often eaten cold" → "Soup is rarely eaten cold": how often, turned round. */
export function frequencyFlip(input: FlipInput): IdeaDraft | null {
  const s = flippable(input);
  if (s === null) return null;
  const m = /\b(often|usually|commonly|frequently|widely|typically|generally|rarely|seldom)\b/.exec(
    s,
  );
  if (!m) return null;
  // "as often as", "more often": a comparison, where the flip is arguable.
  // "how often": a question about frequency, not a claim of it.
  if (/\b(?:as|more|less|most|so|too|how)\s+$/i.test(s.slice(0, m.index))) return null;
  // "generally speaking", "widely known": a hedge on the speaker, not a claim about frequency.
  if (
    /^\s+(?:speaking|known|regarded|considered|believed|accepted|thought|agreed)\b/i.test(
      s.slice(m.index + m[0].length),
    )
  )
    return null;
  if (!inMainClause(s, m.index, m.index + m[0].length)) return null;
  // "often quite different" → "rarely quite different" reads oddly: a degree word follows.
  if (/^\s+(?:quite|rather|very|so|much|too|fairly)\b/i.test(s.slice(m.index + m[0].length)))
    return null;
  const flipped = `${s.slice(0, m.index)}${FREQUENCY[m[1]!]}${s.slice(m.index + m[0].length)}`;
  return { idea: "claim", question: `${flipped}.`, answer: m[1]! };
}

/**
 * "Many farmers grow rye" → "Few farmers grow rye": how many the subject covers, turned round.
 * Only a quantifier that opens the sentence (after a phrase of place or time at most) and counts
 * a plural noun ("most water" has no "few").
 */
export function quantityFlip(input: FlipInput): IdeaDraft | null {
  const s = flippable(input);
  if (s === null) return null;
  // "In Tarvik, most recipes…": a phrase of place or time may stand before the subject.
  const m =
    /^((?:In|On|At|Across|Throughout|Today|Nowadays|Historically|Traditionally)\b[^,]{0,50},\s+)?(Many|Most|Few|many|most|few)\s+(?:of\s+(?:the|these|their|its)\s+)?/.exec(
      s,
    );
  if (!m || (!m[1] && /^[a-z]/.test(m[2]!))) return null;
  const at = m[1]?.length ?? 0;
  const q = m[2]!;
  // A second quantifier ("many … few …") or a comparison makes the flipped claim arguable.
  if (/\b(?:many|most|few|more|fewer|less|than)\b/i.test(s.slice(m[0].length))) return null;
  const toks = analyzeOnce(s).tokens;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  // The head is the last noun of the run ("cyberactivist groups").
  const after = toks.filter((t) => t.start >= m[0].length);
  const run = after.slice(
    0,
    Math.max(
      1,
      after.findIndex((t) => !/^(?:ADJ|NOUN)$/.test(t.pos)),
    ),
  );
  const head = run[run.length - 1];
  const plural =
    head?.pos === "NOUN" &&
    (head.text.toLowerCase() !== head.lemma.toLowerCase() ||
      /^(?:people|children)$/i.test(head.text));
  if (!plural || !inMainClause(s, at, at + q.length)) return null;
  const opp = /^few$/i.test(q) ? "Many" : "Few";
  const word = at === 0 ? opp : opp.toLowerCase();
  return {
    idea: "claim",
    question: `${s.slice(0, at)}${word}${s.slice(at + q.length)}.`,
    answer: q,
  };
}
