import { analyzeOnce, type IdeaDraft } from "./idea-text";
import { flippable, type FlipInput } from "./flip-guards";
import { perEssay, ROUGH_SENTENCE_END } from "./text-utils";

/**
 * "The ingredients of a good harvest are rain and sun" beside "The ingredients of a good market
 * are roads and peace": two sentences of the essay that open alike and differ in one word. That
 * word of the other sentence put in this one ("The ingredients of a good market are rain and
 * sun") is false by the essay's own account, and only its reader knows which opening went with
 * which list.
 */

/** Words of the two openings compared position by position. */
const OPENING_WORDS = 6;

/** Words as the essay writes them, without emphasis marks: "*Bug-O*" is "Bug-O". */
const words = (x: string) =>
  x
    .replace(/[*_`]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[,;:]+$/, ""));

/** The essay's sentences long enough to compare, with their words, split once per essay (every
 * flippable sentence is compared with all of them). */
const comparable = perEssay((essay) =>
  essay
    .split(ROUGH_SENTENCE_END)
    .map((y) => ({ y, theirs: words(y), lowerY: y.toLowerCase() }))
    .filter((x) => x.theirs.length >= OPENING_WORDS + 2),
);

export function parallelSwap(input: FlipInput): IdeaDraft | null {
  if (!input.essay) return null;
  const s = flippable(input);
  if (s === null) return null;
  const mine = words(s);
  if (mine.length < OPENING_WORDS + 2) return null;
  const key = (w: string) => w.toLowerCase();
  const found: { slot: number; word: string }[] = [];
  const opening = mine.slice(0, OPENING_WORDS).map(key);
  const lower = s.toLowerCase();
  for (const { theirs, lowerY } of comparable(input.essay)) {
    let slot = -1;
    let differ = 0;
    for (let i = 0; i < OPENING_WORDS && differ < 2; i++)
      if (opening[i] !== key(theirs[i]!)) {
        differ++;
        slot = i;
      }
    if (differ !== 1) continue;
    const word = theirs[slot]!;
    // The other sentence's word already in this one, or this one's in the other: the two say
    // something of both, and the swap may be true.
    if (lower.includes(key(word)) || lowerY.includes(key(mine[slot]!))) continue;
    // The rest must differ: two sentences alike to the end are one claim said twice.
    if (key(theirs.slice(OPENING_WORDS).join(" ")) === key(mine.slice(OPENING_WORDS).join(" ")))
      continue;
    found.push({ slot, word });
  }
  // One parallel sentence only: with more, the essay may say the same of several.
  if (found.length !== 1) return null;
  const { slot, word } = found[0]!;
  if (!/^[\p{L}][\p{L}-]*$/u.test(word)) return null;
  // A sentence's first word keeps its capital; the statement's frame lowers it only when the
  // essay writes it in lower case somewhere, so only such a word may open the swapped sentence.
  if (slot === 0 && !input.essay.includes(` ${word.toLowerCase()} `)) return null;
  // The swapped word must be a thing in both: the subject or object the openings differ in.
  const toks = analyzeOnce(s).tokens;
  const tok = toks.find((t, i) => i < OPENING_WORDS + 4 && t.text === mine[slot]);
  if (!tok || !/^(?:NOUN|PROPN)$/.test(tok.pos)) return null;
  const start = tok.start;
  return {
    idea: "claim",
    question: `${s.slice(0, start)}${word}${s.slice(tok.end)}.`,
    answer: mine[slot]!,
  };
}
