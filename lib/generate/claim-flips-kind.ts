import { analyzeOnce, type IdeaDraft } from "./idea-text";
import { flippable, type FlipInput } from "./flip-guards";
import { normalize, perEssay, ROUGH_SENTENCE_END, STOPWORDS } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const KIND_AND_HEAD = /^(?:The\s+)?(\p{L}[\p{Ll}-]+)\s+(\p{Ll}{3,}s)\b/u;

/**
 * "Spring lambs are born in the low fields" → "Autumn lambs are born in the low fields": the
 * sentence's subject is one kind of a thing the essay sorts into kinds ("spring lambs and autumn
 * lambs"), and the other kind the essay names takes its place. Only a reader of the essay knows
 * which kind the sentence was about; nothing on its face gives the swap away.
 */

/** How many sentences apart two kinds may open their sentences to count as set side by side. */
const KINDS_REACH = 2;

/** The essay normalised and split into sentences, once per essay (every flippable sentence asks). */
const sorted = perEssay((text) => {
  const essay = normalize(text);
  return { essay, sentences: essay.split(ROUGH_SENTENCE_END) };
});

export function kindSwap(input: FlipInput): IdeaDraft | null {
  if (!input.essay) return null;
  const { essay, sentences } = sorted(input.essay);
  const s = flippable(input);
  if (s === null) return null;
  const m = KIND_AND_HEAD.exec(s);
  if (!m) return null;
  const [, modifier, head] = m as unknown as [string, string, string];
  const mod = modifier.toLowerCase();
  if (STOPWORDS.has(mod) || NOT_A_KIND.has(mod)) return null;
  // The subject must read as a kind and its noun: "Spring lambs", "Hill farms" — not a verb
  // ("Leaves grow …") or a name ("Brahmins …"); a capital opening the sentence tags as a name,
  // so whether it is one is the essay's word (isName).
  const toks = analyzeOnce(s).tokens;
  const at = m[0].indexOf(modifier);
  const modTok = toks.find((t) => t.start === at);
  const headTok = toks.find((t) => t.start === m[0].length - head.length);
  if (!modTok || !headTok || headTok.pos !== "NOUN") return null;
  if (!/^(?:ADJ|NOUN|PROPN|VERB)$/.test(modTok.pos) || input.isName?.(modifier)) return null;
  const other = otherKind(essay, sentences, mod, head, s.toLowerCase());
  if (!other) return null;
  const swapIn = /^\p{Lu}/u.test(modifier) ? other[0]!.toUpperCase() + other.slice(1) : other;
  return {
    idea: "claim",
    question: `${s.slice(0, at)}${swapIn}${s.slice(at + modifier.length)}.`,
    answer: modifier,
  };
}

/**
 * The one other kind of `head` the essay names beside `mod` ("spring lambs … autumn lambs"),
 * when the essay does not say the two share something, nor say two of the sentence's words of
 * the other kind — else null: the swapped statement might be true of both.
 */
function otherKind(
  essay: string,
  sentences: string[],
  mod: string,
  head: string,
  sentence: string,
): string | null {
  const found = new Set<string>();
  for (const x of essay.matchAll(new RegExp(`(?<![a-z-])([a-z][a-z-]+) ${head}\\b`, "g"))) {
    const k = x[1]!;
    if (k === mod || STOPWORDS.has(k) || NOT_A_KIND.has(k) || sentence.includes(k)) continue;
    found.add(k);
  }
  const near = [...found].filter((k) => setSideBySide(sentences, mod, k, head));
  if (near.length !== 1) return null;
  const k = near[0]!;
  // What the sentence says of its kind, in content words.
  const said = sentence
    .split(/[^a-z-]+/)
    .filter((w) => w.length > 3 && !STOPWORDS.has(w) && !LIGHT.has(w) && w !== mod && w !== head);
  for (const x of sentences) {
    if (!x.includes(`${k} ${head}`)) continue;
    // "Like spring lambs, autumn lambs are also born …": the essay says the kinds share it.
    if (SHARED.test(x)) return null;
    // Two of the sentence's own words said of the other kind: it may hold of both. One shared
    // word is often the frame of a parallel ("in place of"), not the claim.
    if (said.filter((w) => new RegExp(`\\b${w}\\b`).test(x)).length >= 2) return null;
  }
  return k;
}

/**
 * Does the essay set the two kinds side by side: in one sentence ("spring lambs, ewes and
 * autumn lambs"), or as the subjects of two sentences close together ("Valley farms tend to … Hill
 * farms tend to …")? A word met once before the noun elsewhere ("my favourite lambs") sorts nothing.
 */
function setSideBySide(sentences: string[], a: string, b: string, head: string): boolean {
  const has = (x: string, k: string) => new RegExp(`(?<![a-z-])${k} ${head}\\b`).test(x);
  const opens = (x: string, k: string) =>
    new RegExp(`^(?:[a-z]+(?: [a-z]+)?, )?(?:the )?${k} ${head}\\b`).test(x);
  for (let i = 0; i < sentences.length; i++) {
    const x = sentences[i]!;
    if (has(x, a) && has(x, b)) return true;
    const near = sentences.slice(Math.max(0, i - KINDS_REACH), i + KINDS_REACH + 1);
    if (opens(x, a) && near.some((y) => y !== x && opens(y, b))) return true;
  }
  return false;
}

const SHARED = /\b(?:similar|similarly|like|likewise|also|too|as\s+well|both|same|either)\b/;

/** Words that say how, not what: shared by the two kinds, they do not make one true of both. */
const LIGHT = new Set("tend tends usually often also have make makes made used".split(" "));

/** Words before a plural that sort nothing into kinds: amounts, order, size of the whole. */
const NOT_A_KIND = new Set(
  "many most some several few other others such each every all both more less first last second third next main major minor certain various different similar same whole entire own new old".split(
    " ",
  ),
);
