import { analyzeOnce, conjugate, type IdeaDraft } from "./idea-text";
import { lexiconTag } from "./nlp";
import { CONFIG } from "./config";
import {
  familiar,
  fewerOrLess,
  flippable,
  inMainClause,
  inPrepositionalPhrase,
  type FlipInput,
} from "./flip-guards";
import {
  ANTONYMS,
  ANTONYM_FAMILIARITY,
  ANTONYM_STOP,
  COMPARATIVE_OPPOSITE,
  DEGREE_ADJECTIVE,
  EVERYDAY_VERB_OPPOSITE,
  VERB_ANTONYMS,
  VERB_ANTONYM_STOP,
} from "./words";
import { badFlipForm } from "./flip-form-guards";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ALL_LOWER = /^\p{Ll}+$/u;
const LOWER_WORDS_BOUNDED = /\b\p{Ll}+\b/gu;
const LOWER_RUNS = /\p{Ll}+/gu;
const MORE_OR_LESS_THAN =
  /\b(more|less)\s+(\p{Ll}+)\b((?:,\s+\p{Ll}+)*,?\s+(?:and|or)\s+\p{Ll}+\s+|[^,;:]*?(?:,\s+)?)\bthan\b/u;
const GROWS_MORE_OR_LESS =
  /\b(?:is|are|was|were|be|been|become|becomes|became|becoming|grow|grows|growing|get|gets|getting)\s+(more|less)\s+(\p{Ll}+)\b()(?=\s+(?:in|among|for|during|after|with|at|on)\b|$)/u;
const ER_THAN = /\b(\p{Ll}+er)\b(?:\s+\p{Ll}+)?\s+than\b/u;

/** The idea rules that write a false statement the essay contradicts. */
export type { FlipInput } from "./flip-guards";

/**
 * "Clean water is important to fish" → "Clean water is unimportant to fish": a statement the essay
 * contradicts, made through WordNet's direct antonym of one adjective.
 */
/** "an independent" → "a dependent": the article before a replaced word agrees with the new one. */
export function withArticleFor(before: string, word: string): string {
  const m = /\b(a|an|A|An)(\s+)$/.exec(before);
  if (!m) return before;
  const vowel = /^[aeiou]/i.test(word) && !/^(?:uni|use|usu|eu|one)/i.test(word);
  const article = (vowel ? "an" : "a").replace(/^a/, m[1]!.charAt(0));
  return `${before.slice(0, m.index)}${article}${m[2]}`;
}

export function antonymFlip(input: FlipInput): IdeaDraft | null {
  const s = flippable(input);
  if (s === null) return null;
  // Tagging is the costly part: only a sentence with a flippable predicate adjective is tagged.
  const candidates = s.match(LOWER_WORDS_BOUNDED) ?? [];
  if (!candidates.some((w) => ANTONYMS[w] && !ANTONYM_STOP.has(w))) return null;
  const toks = analyzeOnce(s).tokens;
  // "able to do this": a pronoun that points outside the sentence makes the statement vague.
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  const firstVerb = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos !== "ADJ" || !ALL_LOWER.test(t.text)) continue;
    const w = t.text;
    const opp = ANTONYMS[w];
    if (!opp || ANTONYM_STOP.has(w) || ANTONYM_STOP.has(opp)) continue;
    if (!familiar(ANTONYM_FAMILIARITY.adjectives[opp])) continue;
    // "popular" → "unpopular", "long-lost" → "short-lost": a give-away or no English.
    if (
      badFlipForm({
        sentence: s,
        start: t.start,
        end: t.end,
        word: w,
        opposite: opp,
        adjective: true,
      })
    )
      continue;
    // "is useful because it is cheap": the reason given fits only the original, and the
    // flipped statement reads as nonsense rather than as a claim the text denies.
    if (!inMainClause(s, t.start, t.end)) continue;
    // "more important", "less likely": a comparative frame makes the flip arguable.
    if (/^(?:more|most|less|least|as|so|too)$/i.test(toks[i - 1]!.text)) continue;
    // Only a predicate adjective ("is important", "are vital") carries the claim itself.
    const prev = toks[i - 1]!;
    const copula = (x: { pos: string; lemma: string }) =>
      x.pos === "AUX" || /^(?:become|remain|seem|appear|look|prove)$/.test(x.lemma.toLowerCase());
    // "very ripe tomatoes": before a noun the adjective describes it, whatever stands before.
    const beforeNoun = toks[i + 1]?.pos === "NOUN";
    const predicate =
      !beforeNoun &&
      (copula(prev) ||
        /^(?:very|extremely|especially|particularly)$/i.test(prev.text) ||
        (prev.pos === "ADV" && i > 1 && copula(toks[i - 2]!)));
    // Before a noun ("warm water" → "cold water") only everyday gradable adjectives flip: a
    // rare antonym ("human" → "nonhuman") makes nonsense rather than a contradiction.
    const attributive =
      !predicate &&
      beforeNoun &&
      lexiconTag(w) === "Adjective" &&
      lexiconTag(opp) === "Adjective" &&
      /^(?:DET|ADJ|ADV|NUM|ADP|CCONJ)$/.test(prev.pos) &&
      // In the subject ("The humble pie became…") an adjective describes; after the verb it
      // is what the sentence claims.
      i > firstVerb;
    if (!predicate && !attributive) continue;
    // "stood in thick mud" → "thin mud": an adjective inside a prepositional phrase is a detail
    // of the scene, and changing it tests trivia.
    if (attributive && inPrepositionalPhrase(toks, i)) continue;
    // "a major source" → "a minor source", "large pieces" → "small pieces": a describing word
    // flipped is a trivial change unless the essay itself sets the two against each other
    // ("warm water" where the text also speaks of "cold water"). A size or degree ("major", "large", "short") is off the point unless the essay sets the
    // very phrases against each other; a quality ("stale" bread, "cold" water) needs only the
    // essay to use its opposite somewhere.
    // A predicate adjective may end the sentence ("The road is important."): no noun follows.
    const noun = toks[i + 1]?.text.toLowerCase();
    const contrast =
      (DEGREE_ADJECTIVE.has(w) || DEGREE_ADJECTIVE.has(opp)) && noun ? `${opp} ${noun}` : opp;
    if (attributive && !input.essayHas?.(contrast)) continue;
    // "dangerous, but useful" → "dangerous, but useless": after a concession that ends in a
    // quality, the flipped half no longer contrasts with it and the sentence reads as nonsense.
    const but = s.search(/,\s+(?:but|yet)\b/);
    if (but >= 0 && t.start > but && toks.find((x) => x.end === but)?.pos === "ADJ") continue;
    // ", who remains stable": a relative clause adds a side detail; flipping it tests trivia.
    if (/,\s+(?:who|which|whose|where)\b/i.test(s.slice(0, t.start))) continue;
    // "as seems good to himself than … as seems good to the council": a word said twice in
    // parallel; turning one of the two breaks the parallel, not the claim.
    if ((s.match(new RegExp(`\\b${w}\\b`, "gi"))?.length ?? 0) > 1) continue;
    // "both rich and poor farmers": when the opposite is already there, the flip says nothing.
    if (new RegExp(`\\b${opp}\\b`, "i").test(s)) continue;
    const flipped = `${withArticleFor(s.slice(0, t.start), opp)}${opp}${s.slice(t.end)}`;
    return { idea: "claim", question: `${flipped}.`, answer: w };
  }
  return null;
}

/** "increases" → "decreases", "rose" → "fell": the antonym in the form the sentence used. */
function inflectLike(word: string, lemma: string, opp: string, perfect = false): string | null {
  const forms = conjugate(opp) as Record<string, string> | undefined;
  const mine = conjugate(lemma) as Record<string, string> | undefined;
  if (!forms || !mine) return null;
  const w = word.toLowerCase();
  if (w === lemma) return opp;
  // "has ignored" → "has known", not "has knew": after "have" or "be" the participle.
  for (const k of ["PresentTense", "PastTense", "Gerund", "Participle"] as const) {
    if (mine[k] !== w) continue;
    const past = k === "PastTense" || k === "Participle";
    if (perfect && past) return forms.Participle ?? forms.PastTense ?? null;
    if (forms[k]) return forms[k]!;
  }
  return null;
}

/**
 * The words `VERB_ANTONYMS[w] ?? EVERYDAY_VERB_OPPOSITE[w]` is truthy for, looked up as a set: the
 * tables' own keys and, as an object lookup also finds them, the names an object inherits
 * ("constructor").
 */
const HAS_VERB_OPPOSITE = new Set(
  [
    ...Object.keys(VERB_ANTONYMS),
    ...Object.keys(EVERYDAY_VERB_OPPOSITE),
    ...Object.getOwnPropertyNames(Object.prototype),
  ].filter((w) => VERB_ANTONYMS[w] ?? EVERYDAY_VERB_OPPOSITE[w]),
);

/**
 * "Prices are rising" → "Prices are falling": the main verb swapped for its WordNet
 * antonym, a statement the essay contradicts.
 */
export function verbFlip(input: FlipInput): IdeaDraft | null {
  const s = flippable(input);
  if (s === null) return null;
  const ws = s.toLowerCase().match(LOWER_RUNS) ?? [];
  const known = (w: string) => HAS_VERB_OPPOSITE.has(w);
  if (
    !ws.some(
      (w) =>
        known(w.replace(/(?:es|s|ed|d|ing)$/, "")) || known(w) || known(w.replace(/(?:s|d)$/, "")),
    )
  )
    return null;
  const toks = analyzeOnce(s).tokens;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  // Only the sentence's first verb: a verb in a later clause may not carry the claim.
  const v = toks.findIndex((t) => t.pos === "VERB");
  if (v < 1) return null;
  // "Its aim is to be a market for cheese": a verb after the main one ("is") or after "to"
  // is not the claim; flipping it gives a statement that may still be true.
  const head = toks.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
  if (toks.slice(head, v).some((x) => !/^(?:AUX|ADV|PART)$/.test(x.pos))) return null;
  if (/^to$/i.test(toks[v - 1]!.text)) return null;
  // "The farmer who feeds the army serves…": a verb in a relative clause describes the subject;
  // the claim is the verb after it.
  let r = v - 1;
  while (r > 0 && /^(?:AUX|ADV|PART)$/.test(toks[r]!.pos)) r--;
  if (/^(?:who|which|that|whose|whom)$/i.test(toks[r]!.text)) return null;
  // "X will fall sooner than Y" turned is "X will rise sooner than Y": in a comparison the
  // opposite verb does not contradict the claim, it changes what is compared.
  if (/\bthan\b/i.test(s)) return null;
  const t = toks[v]!;
  // "Months of rain preceding the vote": a participle without an auxiliary is not the main verb.
  if (/ing$/i.test(t.text) && toks[v - 1]!.pos !== "AUX") return null;
  // "The tithe surrendered by the farmers is …": a participle after its noun, with its "by", describes
  // the subject; the claim's verb comes later.
  if (
    /ed$/i.test(t.text) &&
    /^(?:NOUN|PROPN)$/.test(toks[v - 1]!.pos) &&
    /^by$/i.test(toks[v + 1]?.text ?? "")
  )
    return null;
  // "A wall appears, on a first look, to be a guard": a verb that links to "to be …" has no
  // opposite that does ("disappears … to be a guard").
  if (/^\s*(?:,[^,;]*,\s*)?to\s+(?:be|have\s+been)\b/i.test(s.slice(t.end))) return null;
  const lemma = t.lemma.toLowerCase();
  const everyday = EVERYDAY_VERB_OPPOSITE[lemma];
  const opp = everyday ?? VERB_ANTONYMS[lemma];
  if (
    !opp ||
    VERB_ANTONYM_STOP.has(lemma) ||
    VERB_ANTONYM_STOP.has(opp) ||
    !ALL_LOWER.test(t.text) ||
    // "docked" → "undocked", "entered" → "exited": a rare opposite reads as nonsense.
    (!everyday && (ANTONYM_FAMILIARITY.verbs[opp] ?? 0) < CONFIG.flips.minVerbFamiliarity)
  )
    return null;
  if (!inMainClause(s, t.start, t.end)) return null;
  // "appears" → "disappears", "continued unchanged" → "discontinued unchanged".
  if (badFlipForm({ sentence: s, start: t.start, end: t.end, word: lemma, opposite: opp }))
    return null;
  // "absorbs heat from the air" → "emits heat from the air", "attacked with stones" →
  // "defended with stones": a direction or instrument the verb governs does not fit its
  // opposite, and the flipped sentence reads as nonsense.
  if (/^[^,;]*?\b(?:from|into|onto)\b|^\s+(?:\p{L}+\s+){0,3}?with\b/iu.test(s.slice(t.end)))
    return null;
  // "runs for nearly 40 miles" → "stops for nearly 40 miles": an extent the verb
  // measures out does not fit its opposite either; nor does "grow as fast … as", where the
  // claim is the comparison, not the verb.
  if (/^\s+as\s+\p{L}+\b[^.;]*?\bas\b/iu.test(s.slice(t.end))) return null;
  if (
    /^\s+(?:for\s+|over\s+|across\s+)?(?:(?:nearly|about|almost|some|roughly|approximately|more than|less than|over)\s+)?\d/iu.test(
      s.slice(t.end),
    )
  )
    return null;
  let a = v - 1;
  while (a > 0 && toks[a]!.pos === "ADV") a--;
  const perfect = /^(?:has|have|had|having|be|been|being|is|are|was|were|am|get|got)$/i.test(
    toks[a]?.text ?? "",
  );
  const form = inflectLike(t.text, lemma, opp, perfect);
  if (!form) return null;
  return {
    idea: "claim",
    question: `${s.slice(0, t.start)}${form}${s.slice(t.end)}.`,
    answer: t.text,
  };
}

/**
 * "Wind power is more reliable than coal" → "Wind power is less reliable than coal": a
 * comparison turned round, which the essay contradicts. Only "more/less … than" with the
 * "than" in the same clause, so the compared sides stay what they were.
 */
export function comparativeFlip(input: FlipInput): IdeaDraft | null {
  const s = flippable(input);
  if (s === null) return null;
  // Without "than", only a predicate ("is more common in…", "is becoming more acidic"): the
  // comparison is with the alternative or the past the sentence itself implies.
  // "more wise, steady, and fair than": a list of qualities compared at once.
  const withThan = MORE_OR_LESS_THAN.exec(s);
  const m = withThan ?? GROWS_MORE_OR_LESS.exec(s);
  if (!m) return erComparativeFlip(s);
  if (!withThan && /\bmore and more\b|\bless and less\b|\bthan\b/.test(s)) return null;
  // The word compared must be a quality or an amount ("more reliable", "less oxygen").
  const toks = analyzeOnce(s).tokens;
  const at = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
  const adj = toks.find((t) => t.start === s.indexOf(m[2]!, at));
  if (!adj || !(withThan ? /^(?:ADJ|ADV|NOUN)$/ : /^ADJ$/).test(adj.pos)) return null;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  // "far more seasonal crews than": more of the crews or crews more seasonal? Either turned
  // form ("less seasonal crews", "fewer seasonal crews") misreads one of them.
  const next = toks[toks.indexOf(adj) + 1];
  if (adj.pos === "ADJ" && next?.pos === "NOUN" && next.text.toLowerCase() !== next.lemma)
    return null;
  const swapped = m[1] === "more" ? fewerOrLess(adj) : "more";
  const from = m.index + m[0].indexOf(m[1]!);
  if (!inMainClause(s, from, from + m[1]!.length)) return null;
  // "A reading, which is more often a sign of haste, …": a comparison inside an aside
  // changes the aside, not the claim.
  if (/,\s+(?:who|which|whose|where)\b[^,;]*$/i.test(s.slice(0, from))) return null;
  // "…, and consequently more agreeable, as well as more safe": the comparisons that follow from
  // the first turn with it, or the statement would contradict itself.
  const rest = s
    .slice(from + m[1]!.length)
    .replace(
      CHAINED_COMPARISON,
      (_w, lead: string, word: string) => `${lead}${word === "more" ? "less" : "more"}`,
    );
  const flipped = `${s.slice(0, from)}${swapped}${rest}`;
  return { idea: "claim", question: `${flipped}.`, answer: m[1]! };
}
const CHAINED_COMPARISON =
  /(,?\s+(?:and|as\s+well\s+as)\s+(?:(?:consequently|therefore|thus|also|so)\s+)?)(more|less)(?=\s+\p{Ll}+)/gu;

/** "Salt water is heavier than fresh water" → "… lighter than …": an everyday comparative turned. */
function erComparativeFlip(s: string): IdeaDraft | null {
  const m = ER_THAN.exec(s);
  const opp = m ? COMPARATIVE_OPPOSITE[m[1]!] : undefined;
  if (!m || !opp || new RegExp(`\\b${opp}\\b`).test(s)) return null;
  // A second comparison in the sentence makes the turned one arguable.
  if (/\bthan\b/.test(s.slice(m.index + m[0].length))) return null;
  const toks = analyzeOnce(s).tokens;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  if (!inMainClause(s, m.index, m.index + m[1]!.length)) return null;
  // "a harder time" → "an easier time": the article follows the new word.
  const flipped = `${withArticleFor(s.slice(0, m.index), opp)}${opp}${s.slice(m.index + m[1]!.length)}`;
  return { idea: "claim", question: `${flipped}.`, answer: m[1]! };
}
