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
  if (sideClause(s, m.index, m.index + m[0].length)) return null;
  const after = s.slice(m.index + m[0].length);
  // "often quite different" → "rarely quite different" reads oddly: a degree word follows.
  if (/^\s+(?:quite|rather|very|so|much|too|fairly)\b/i.test(after)) return null;
  if (oddFlip(s.slice(0, m.index), after)) return null;
  const flipped = `${s.slice(0, m.index)}${FREQUENCY[m[1]!]}${s.slice(m.index + m[0].length)}`;
  return { idea: "claim", question: `${flipped}.`, answer: m[1]! };
}

/**
 * Turned round, the sentence stops making sense: "is usually the first sign" → "is rarely the
 * first sign" (one thing is first); "varies widely" → "varies rarely" ("widely" says how much,
 * not how often); "are often kept …, meaning that …" → its own consequence contradicts it. Judged
 * in audit 15's rounds, both judges rejected each such flip as ungrammatical or a giveaway.
 */
function oddFlip(before: string, after: string): boolean {
  if (/^\s+(?:the\s+)?(?:first|last|only|main|chief|primary|best|worst|most|least)\b/i.test(after))
    return true;
  // After a verb of variation, "widely" says how much, not how often ("varies widely by country").
  if (/\b(?:var(?:y|ies|ied)|differ(?:s|ed)?|range[sd]?)\s*$/i.test(before)) return true;
  // "…, and yet it seldom shows": a concession the flip turns into nonsense ("exists, and yet it
  // often shows"); "often read, frequently quoted": a second word of how often left as it was
  // contradicts the flipped one. Judged in round s29b, both judges called each a giveaway.
  if (CONCESSION_BEFORE.test(before) || HOW_OFTEN.test(before) || HOW_OFTEN.test(after))
    return true;
  if (/,\s+(?:meaning|which\s+means|so\s+that|thereby|thus|hence)\b/i.test(after)) return true;
  // Judged in round s30a (audit-19), both judges rejected each of these as a trivial change or
  // nonsense: a hedge on a figure ("usually about 3 to 6"), on how a formula is written
  // ("generally given as"), a tail after a comma ("…, usually a noble who …"), and a claim its
  // own restatement contradicts ("rarely teleological—in other words, there is a design").
  return (
    HEDGED_FIGURE.test(after) ||
    HOW_WRITTEN.test(after) ||
    /,\s*$/.test(before) ||
    RESTATED.test(after)
  );
}

const HEDGED_FIGURE = /^\s+(?:about|around|approximately|roughly|some|between|up\s+to|\d)/i;
const HOW_WRITTEN = /^\s+(?:given|expressed|written|stated|quoted|cited|shown)\s+as\b/i;
const RESTATED = /(?:[—–]|\s-\s|,)\s*(?:in\s+other\s+words|that\s+is|i\.e\.)/i;

const CONCESSION_BEFORE = /\b(?:yet|but|though|although|still)\b[^,;]*$/i;
const HOW_OFTEN =
  /\b(?:often|usually|commonly|frequently|typically|rarely|seldom|always|never|sometimes|occasionally)\b/i;

/**
 * Is the frequency word at [start, end) part of a side clause or a modifier, not the claim's
 * verb? "…, where they typically remain until June", "…, usually arriving in December", "a
 * cradle on rotorcraft often used by the lab", "the first widely restrictive law", "(rarely 1 or
 * 3)", "separated widely as the poles": turned round, it changes a detail or reads as nonsense.
 * Over every judged round both judges accepted none of seven such flips.
 */
function sideClause(s: string, start: number, end: number): boolean {
  const before = s.slice(0, start);
  const after = s.slice(end);
  if (/\b(?:where|which|who|whom|whose)\b[^,;]*$/i.test(before)) return true;
  if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) return true;
  if (/^\s+as\b/i.test(after)) return true;
  const toks = analyzeOnce(s).tokens;
  const i = toks.findIndex((t) => t.start === start);
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (i < 0 || !prev || !next) return false;
  // "…, usually arriving in December": a participle's clause ("often bring" is a main verb).
  if (
    next.pos === "VERB" &&
    /ing$/i.test(next.text) &&
    next.lemma.toLowerCase() !== next.text.toLowerCase()
  )
    return true;
  // A noun before and a participle after, with the clause's own verb earlier: a reduced
  // relative clause ("… is launched from rotorcraft often used by …"), not the main verb
  // ("These restraints often resulted in …").
  const verbBefore = toks.slice(0, i - 1).some((t) => /^(?:AUX|VERB)$/.test(t.pos));
  if (
    verbBefore &&
    /^(?:NOUN|PROPN)$/.test(prev.pos) &&
    next.pos === "VERB" &&
    /(?:ed|en|wn)$/.test(next.text)
  )
    return true;
  // An adjective it grades after a determiner or an adjective, not after a verb: a modifier
  // inside a noun phrase ("the first widely restrictive law"; the tagger may read "first" as an
  // adverb).
  return (
    next.pos === "ADJ" &&
    (/^(?:DET|ADJ|NUM)$/.test(prev.pos) ||
      (prev.pos === "ADV" && /^(?:first|last)$/i.test(prev.text)))
  );
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
