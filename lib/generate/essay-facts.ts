import type { Claim, SentenceRecord } from "./extract-claims";
import { contentWords, type EssayPool } from "./make-distractors";
import type { ItemContext } from "./make-items";
import { normalize } from "./text-utils";

/**
 * What the whole essay tells every item maker: which capitalised words are names, which words it
 * writes in lower case, its title's words, its most used terms, the names it is about, and the
 * pool distractors are drawn from. Worked out once per essay, before any candidate is made.
 */

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LETTER = /^\p{L}/u;

/** A web or e-mail address or a Markdown link target: its letters are not the text's words. */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+|\]\([^)\s]*\)/g;

/** Words seen capitalised away from a sentence start are names: they keep their capital in prompts. */
export function findProperWords(sentences: readonly SentenceRecord[]): Set<string> {
  const properWords = new Set<string>();
  for (const s of sentences) {
    const toks = s.analysis?.tokens ?? [];
    // A headline in Title Case capitalises ordinary words: it says nothing about names.
    const caps = toks.filter((t) => STARTS_UPPER.test(t.text)).length;
    const wordsN = toks.filter((t) => STARTS_LETTER.test(t.text)).length;
    if (wordsN > 0 && caps / wordsN > 0.5) continue;
    // "2 One-eighth of…", "- Scientists are…": a numbered or bulleted paragraph's first word is
    // a sentence start. Tokens before `lead` are all numbers, bullets or spaces (found once, not
    // re-scanned for every capital).
    let lead = 0;
    while (
      lead < toks.length &&
      (/^(?:\d+|[-–—•*])$/.test(toks[lead]!.text) || toks[lead]!.pos === "SPACE")
    )
      lead++;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (
        STARTS_UPPER.test(t.text) &&
        toks[i - 1]!.text !== "." &&
        /^[“"‘(\[*•]$/.test(toks[i - 1]!.text) === false &&
        i > lead
      )
        properWords.add(t.text);
    }
  }
  return properWords;
}

/** Only a word the essay writes in lower case somewhere may be lowered after a frame. */
export function findLowerWords(text: string): Set<string> {
  const lowerWords = new Set<string>();
  // Not a link's letters: "www.nasa.gov" does not write NASA small.
  for (const m of text.replace(LINK, " ").matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu))
    lowerWords.add(m[0]);
  return lowerWords;
}

/** The pool distractors come from: every span, every eligible sentence, the essay's years. */
function essayPool(text: string, claims: Claim[], sentences: readonly SentenceRecord[]): EssayPool {
  const eligibleNorm = sentences.filter((s) => s.eligible).map((s) => normalize(s.text));
  const years = [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  return {
    spans: claims.flatMap((claim) =>
      claim.spans.map((span) => ({ span, claim, norm: normalize(span.text) })),
    ),
    sentences: eligibleNorm,
    sentenceWords: eligibleNorm.map((s) => new Set(contentWords(s))),
    essay: normalize(text),
    maxYear: years.length ? Math.max(...years) : 2000,
  };
}

/** The title's content words, singular and plural: a key the title gives away is no question. */
function titleWordsOf(title: string): Set<string> {
  const titleWords = new Set<string>();
  for (const w of contentWords(title)) {
    titleWords.add(w);
    titleWords.add(w.replace(/(?:es|s)$/, ""));
    titleWords.add(`${w}s`);
  }
  return titleWords;
}

/** The essay's five most used terms (four uses at least): anyone who skimmed it guesses them. */
function topTermsOf(termCounts: Map<string, number>): Set<string> {
  return new Set(
    [...termCounts.entries()]
      .filter(([, n]) => n >= 4)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([t]) => t),
  );
}

/** The context every blank, choice and statement of the essay is made in (make-items.ts). */
export function essayFacts(
  text: string,
  title: string,
  claims: Claim[],
  sentences: readonly SentenceRecord[],
  termCounts: Map<string, number>,
): Required<ItemContext> {
  return {
    properWords: findProperWords(sentences),
    pool: essayPool(text, claims, sentences),
    termCounts,
    maxClaimScore: Math.max(0.001, ...claims.map((c) => c.score)),
    dominantNames: findDominantNames(claims),
    titleWords: titleWordsOf(title),
    topTerms: topTermsOf(termCounts),
    lowerWords: findLowerWords(text),
  };
}

/**
 * The two names an essay is about: per group (people; places and organisations), the top two
 * when each is named three times or more and together they take half of that group's mentions
 * or clearly lead the rest.
 * With only two real candidates, a typed or blanked answer for one of them is a coin toss.
 */
function findDominantNames(claims: Claim[]): Set<string> {
  const out = new Set<string>();
  for (const group of [/^person$/, /^(?:place|org|name)$/]) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const c of claims)
      for (const s of c.spans) {
        if (!group.test(s.kind)) continue;
        const k = normalize(s.text);
        counts.set(k, (counts.get(k) ?? 0) + 1);
        total++;
      }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = ranked.slice(0, 2);
    if (top.length < 2 || top.some(([, n]) => n < 3)) continue;
    const third = ranked[2]?.[1] ?? 0;
    if (top[0]![1] + top[1]![1] >= 0.5 * total || top[1]![1] >= 1.4 * third)
      for (const [k] of top) out.add(k);
  }
  return out;
}
