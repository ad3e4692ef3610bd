import { hasAbsoluteWord } from "./absolute-words";
import { distance } from "fastest-levenshtein";
import type { ItemType } from "./types";
import type { SpanKind } from "./find-spans";
import { sharesNameRoot } from "./make-distractors";
import {
  CITATION_RE,
  PRONOUN_START_RE,
  STOPWORDS,
  containsWordsIn,
  normalize,
  remembered,
} from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const ONE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** After a blank: the rest of a name ("_____ Okafor", "the _____ des Artisans"). */
const NAME_NEXT = /^\s+(?:(?:de|des|du|del|della|di|da|von|van|der|la|le)\s+)?\p{Lu}\p{Ll}/u;

export interface CandidateView {
  type: ItemType;
  prompt: string;
  answer: string;
  choices?: string[];
  sentence: string;
  spanKind?: SpanKind;
  /** The statement of a true/false item without its "According to the essay," frame. */
  statement?: string;
  pronounStart: boolean;
  /** The previous sentence the item is asked after, when it leans on it. */
  leadIn?: string;
}

export const FLAW_CHECKS = [
  "citation_marker",
  "vague_stem",
  "answer_in_stem",
  "unanswerable_blank",
  "trivial_answer",
  "absolute_words",
  "article_mismatch",
  "duplicate_options",
  "option_length_disparity",
  "plurality_mismatch",
  "wrong_wh_word",
  "partial_name",
  "formatting",
  "too_long",
] as const;
export type FlawName =
  | (typeof FLAW_CHECKS)[number]
  | "too_few_distractors"
  | "no_question_form"
  | "duplicate_item"
  | "speaker";

const BLANK = "_____";
/** Words that may stand before a blanked name without being half of it. */
const TITLE_BEFORE_NAME =
  /^(?:Mayor|President|Mount|Mt|Lake|King|Queen|General|Senator|Governor|Sir|Saint|St|Dr|Professor|Prime|Chancellor|Judge|Lord|Lady|Prince|Princess|Pope|Minister|Secretary|Captain|Colonel|Mr|Mrs|Ms|The|A|An|In|On|At|By|For|From|To|With|Of|And|But|When|While|After|Before|Since|Unlike|Like|As|If|Although|Because|Despite|Under|Over|Between|Without|Within|Against|During|Through)$/;

/**
 * The candidates of one sentence share answers and stems, so most texts come back (six calls in
 * ten on the corpus): remembered as normalize is, bounded and cleared in bulk. Callers only read.
 */
const contentWordsOf = new Map<string, readonly string[]>();
const CONTENT_WORDS_KEPT = 4096;

// Every blank of a sentence divides by the sentence's length: counted once per sentence.
const sentenceWordCount = remembered(
  (sentence) => normalize(sentence).split(/\s+/).length,
  CONTENT_WORDS_KEPT,
);

function contentWords(s: string): readonly string[] {
  let out = contentWordsOf.get(s);
  if (out !== undefined) return out;
  out = normalize(s)
    .split(NOT_WORD)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w));
  if (contentWordsOf.size >= CONTENT_WORDS_KEPT) contentWordsOf.clear();
  contentWordsOf.set(s, out);
  return out;
}

// The ends read with endsWith and one character, not regexes: findFlaw asks this of every
// content word of every stem.
function singular(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))
    return w.slice(0, -2);
  if (w.length >= 2 && w.endsWith("s") && w[w.length - 2] !== "s" && w[w.length - 2] !== "u")
    return w.slice(0, -1);
  return w;
}

function looksPlural(s: string): boolean {
  const last = normalize(s).split(/\s+/).pop() ?? "";
  return /[^s]s$/.test(last) && !/(?:ss|us|is|ics)$/.test(last);
}

function articleOk(article: string, option: string): boolean {
  const w = option.trim().toLowerCase();
  const vowel =
    /^(?:[aeio]|u(?![nr]?i|s[eu]|tr))/.test(w) ||
    /^(?:hour|honest|heir)/.test(w) ||
    /^\d*8/.test(w) ||
    /^11\b/.test(w);
  return article.toLowerCase() === "an" ? vowel : !vowel;
}

/** The first item-writing flaw found, or null. Order matters only for which name is counted. */
export function findFlaw(c: CandidateView): FlawName | null {
  const texts = [c.prompt, c.answer, ...(c.choices ?? [])];
  CITATION_RE.lastIndex = 0;
  if (texts.some((t) => /\[\d+\]|\[citation needed\]/i.test(t))) return "citation_marker";

  const stem = c.statement ?? c.prompt;
  // A lead-in shows what the pronoun points to; it must not show the answer instead.
  if (c.leadIn) {
    const lead = normalize(c.leadIn);
    const key = c.answer.replace(/^(?:a|an|the)\s+/i, "");
    // A short key (a name, a term) is given away by any of its words; a clause only whole.
    const short = key.split(/\s+/).length <= 3;
    // "Grand Master of the Guild" after "the guild, led by Grand Master Ana Vell, …": a
    // longer key whose every word the lead-in shows is shown too.
    const keyWords = contentWords(key).filter((w) => w.length >= 4);
    if (
      c.type !== "true_false" &&
      (containsWordsIn(lead, key) ||
        (short && keyWords.some((w) => containsWordsIn(lead, w))) ||
        (keyWords.length > 0 && keyWords.every((w) => containsWordsIn(lead, w))))
    )
      return "answer_in_stem";
  } else if (c.pronounStart || PRONOUN_START_RE.test(stem.replace(/^(?:but|and|yet|so)\s+/i, "")))
    return "vague_stem";

  // The stem's content words, kept for the blank check below (the same words, read once).
  let stemWords: readonly string[] | undefined;
  if (c.type !== "true_false") {
    const promptWithoutBlank = c.prompt.replace(BLANK, " ");
    const aw = contentWords(c.answer);
    const pn = normalize(promptWithoutBlank);
    if (containsWordsIn(pn, c.answer.replace(/^(?:a|an|the)\s+/i, ""))) return "answer_in_stem";
    if (aw.some((w) => w.length >= 4 && containsWordsIn(pn, w))) return "answer_in_stem";
    // "main cables … used for a _____" → "a bridge cable": the answer's head, singular or plural,
    // is already in the stem.
    stemWords = contentWords(promptWithoutBlank);
    const stemRoots = new Set(stemWords.map(singular));
    if (aw.some((w) => w.length >= 4 && stemRoots.has(singular(w)))) return "answer_in_stem";
    // "China has… the heart of _____ diplomacy" → "Chinese": the stem names the answer's root.
    if (ONE_NAME.test(c.answer) && sharesNameRoot(promptWithoutBlank, c.answer))
      return "answer_in_stem";
  }

  if (c.prompt.includes(BLANK)) {
    if (c.prompt.split(BLANK).length !== 2) return "unanswerable_blank";
    const rest = stemWords ?? contentWords(c.prompt.replace(BLANK, " "));
    const total = sentenceWordCount(c.sentence);
    const blanked = normalize(c.answer).split(/\s+/).length;
    if (rest.length < 4 || blanked / total > 0.35) return "unanswerable_blank";
  }

  if (c.prompt.includes(BLANK) && c.spanKind && c.spanKind !== "np") {
    // "_____ Okafor", "the _____ Act": the blank holds half a name, the rest gives it away.
    const after = c.prompt.slice(c.prompt.indexOf(BLANK) + BLANK.length);
    const before = c.prompt.slice(0, c.prompt.indexOf(BLANK));
    const prevWord = before.match(/(\S+)\s+$/)?.[1] ?? "";
    if (NAME_NEXT.test(after) && !/^\s+(?:I|In|On|At|By|As|If|And|But)\b/.test(after))
      return "partial_name";
    if (
      ONE_NAME.test(prevWord) &&
      before.trim() !== prevWord &&
      !/[.:;!?]\s*\S+\s+$/.test(before) &&
      !TITLE_BEFORE_NAME.test(prevWord)
    )
      return "partial_name";
  }

  const bare = normalize(c.answer).replace(/^(?:a|an|the)\s+/, "");
  if (c.type !== "true_false" && (bare.length < 2 || STOPWORDS.has(bare))) return "trivial_answer";

  if (c.type === "true_false" && hasAbsoluteWord(c.statement ?? c.prompt)) return "absolute_words";

  if (c.type === "mcq" && c.choices) {
    const art = c.prompt.match(/\b(a|an)\s+_____/i);
    if (art && !c.choices.every((o) => articleOk(art[1]!, o))) return "article_mismatch";
    const ns = c.choices.map(normalize);
    for (let i = 0; i < ns.length; i++)
      for (let j = i + 1; j < ns.length; j++) {
        const a = ns[i]!;
        const b = ns[j]!;
        if (a === b) return "duplicate_options";
        const numeric = /\d/.test(a) && /\d/.test(b);
        if (
          !numeric &&
          distance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) * 0.2))
        )
          return "duplicate_options";
      }
    if (c.choices.filter((o) => normalize(o) === normalize(c.answer)).length !== 1)
      return "duplicate_options";
    const lens = c.choices.map((o) => o.length);
    const others = c.choices.filter((o) => o !== c.answer).map((o) => o.length);
    const maxOther = Math.max(...others);
    const minOther = Math.min(...others);
    if (Math.max(...lens) > 8 && Math.max(...lens) / Math.max(1, Math.min(...lens)) > 2.5)
      return "option_length_disparity";
    if (
      c.answer.length > 8 &&
      (c.answer.length > maxOther * 1.6 || c.answer.length * 1.6 < minOther)
    )
      return "option_length_disparity";
    if (c.spanKind === "np" && new Set(c.choices.map(looksPlural)).size > 1)
      return "plurality_mismatch";
  }

  if (
    (c.type === "short_answer" || c.type === "flashcard") &&
    /^Who\b/.test(c.prompt) &&
    c.spanKind !== "person"
  )
    return "wrong_wh_word";
  if (
    (c.type === "short_answer" || c.type === "flashcard") &&
    /^Where\b/.test(c.prompt) &&
    c.spanKind !== "place"
  )
    return "wrong_wh_word";

  for (const t of [c.prompt, c.answer]) {
    if (/\s{2,}/.test(t) || /\s[,.;:?!]/.test(t)) return "formatting";
  }
  if (!/^[\p{Lu}\p{N}"“‘'(_$£€]/u.test(c.prompt)) return "formatting";
  if (!/[.?!"”’)]$/.test(c.prompt)) return "formatting";
  const curlyOpen = (c.prompt.match(/“/g) ?? []).length;
  const curlyClose = (c.prompt.match(/”/g) ?? []).length;
  const straight = (c.prompt.match(/"/g) ?? []).length;
  const opens = (c.prompt.match(/\(/g) ?? []).length;
  const closes = (c.prompt.match(/\)/g) ?? []).length;
  if (curlyOpen !== curlyClose || straight % 2 === 1 || opens !== closes) return "formatting";

  const words = c.prompt.split(/\s+/).length;
  if (c.prompt.length > 320 || words > 48) return "too_long";
  return null;
}
