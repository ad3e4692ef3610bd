import { CONFIG } from "./config";
import { NUMERIC_KINDS } from "./make-distractors";
import type { Candidate } from "./make-items";
import { normalize } from "./text-utils";
import type { ItemType } from "./types";

/**
 * The deck's second stage: once the ranked pick is made, give a deck lacking an item type one of
 * that type, and fill a deck still short of its size with statements. Also the check both stages
 * share: may one item show another's answer?
 */
const D = CONFIG.deck;

/** What an item shows (stem and options) and the core of its answer, normalised once per item. */
const shownText = new WeakMap<Candidate, string>();
const answerCore = new WeakMap<Candidate, string>();
function shownOf(c: Candidate): string {
  let s = shownText.get(c);
  if (s === undefined) {
    s = ` ${normalize([c.prompt, ...(c.choices ?? [])].join(" "))} `;
    shownText.set(c, s);
  }
  return s;
}
function coreOf(c: Candidate): string {
  let s = answerCore.get(c);
  if (s === undefined) {
    s = normalize(c.answer).replace(
      /^(?:because(?: of)?|due to|in order to|so that|a|an|the)\s+/,
      "",
    );
    answerCore.set(c, s);
  }
  return s;
}

const FACT_KINDS = new RegExp(`^(?:person|place|org|name|${[...NUMERIC_KINDS].join("|")})$`);

/** Does item a's stem or options show the answer of item b, on another sentence? */
export function reveals(a: Candidate, b: Candidate): boolean {
  if (a.claim.key === b.claim.key) return false;
  // A statement is given away only by a lead-in quoting the sentence it states or flips.
  if (b.type === "true_false")
    return Boolean(a.leadIn && normalize(a.leadIn).includes(normalize(b.claim.text)));
  // A statement naturally names the essay's terms ("velarin"); it gives away a fact a blank
  // asks for (a name, a date, a figure) or an idea question's whole answer.
  if (a.type === "true_false" && b.span && !FACT_KINDS.test(b.span.kind)) return false;
  const shown = shownOf(a);
  const core = coreOf(b);
  if (core.length >= 3 && shown.includes(` ${core} `)) return true;
  const num = core.match(/\d[\d,.]*/)?.[0];
  return num !== undefined && num.length >= 2 && showsFigure(shown, num);
}

/**
 * Does `shown` hold the figure `num` whole — no digit, comma or point just before, no digit just
 * after? As /(?<![\d,.])num(?!\d)/ would say, found with indexOf: the deck asks it of every pair
 * of items, and a regex per figure was compiled for each.
 */
function showsFigure(shown: string, num: string): boolean {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  for (let i = shown.indexOf(num); i >= 0; i = shown.indexOf(num, i + 1)) {
    const before = shown.charCodeAt(i - 1);
    if (isDigit(before) || before === 44 || before === 46) continue;
    if (!isDigit(shown.charCodeAt(i + num.length))) return true;
  }
  return false;
}

/**
 * A deck still short of its size (a text whose sentences yield few sound blanks or questions)
 * takes further statements on sentences it does not ask about yet, in a looser true/false
 * balance: a sound statement beats no question on that sentence, while a full deck keeps its
 * blanks. A statement that shows another item's answer stays out.
 */
export function topUpStatements(deck: Candidate[], ranked: Candidate[], target: number): void {
  const cap = Math.ceil(target * D.shortDeckTrueFalseShare);
  const count = (truth: boolean) =>
    deck.filter((c) => c.type === "true_false" && c.truth === truth).length;
  for (const c of ranked) {
    if (deck.length >= target) return;
    if (c.type !== "true_false" || deck.includes(c)) continue;
    if (deck.some((m) => m.claim.key === c.claim.key)) continue;
    const [t, f] = [count(true), count(false)];
    if (t + f >= cap) return;
    const limit = c.truth ? Math.floor(f * D.shortDeckTrueRatio) + D.shortDeckTrueSurplus : t + 1;
    if ((c.truth ? t : f) + 1 > limit) continue;
    if (deck.some((m) => reveals(c, m) || reveals(m, c))) continue;
    deck.push(c);
  }
}

/**
 * The true/false balance leaves a sound true statement out whenever false statements are few —
 * fewer still once the gate holds back a give-away one. Its sentence need not leave the deck
 * with it: another sound item on that sentence (a blank, a question, a card) takes the free slot,
 * so holding back a bad false statement costs no good sentence that has another way to be asked.
 */
export function askLeftOutTrues(deck: Candidate[], ranked: Candidate[], target: number): void {
  for (const t of ranked) {
    if (deck.length >= target) return;
    if (t.type !== "true_false" || !t.truth || deck.includes(t)) continue;
    if (deck.some((m) => m.claim.key === t.claim.key)) continue;
    const answers = new Set(deck.map((m) => coreOf(m)));
    const other = ranked.find(
      (c) =>
        c.claim.key === t.claim.key &&
        c.type !== "true_false" &&
        !answers.has(coreOf(c)) &&
        !deck.some((m) => reveals(m, c) || reveals(c, m)),
    );
    if (other) deck.push(other);
  }
}

/**
 * A deck of one or two item types drills one skill: for each type the deck lacks, the best
 * candidate of that type takes a free slot, or replaces the item on its own sentence when that
 * item's type is still asked elsewhere. True/false items are left alone (they are balanced).
 */
export function diversify(deck: Candidate[], ranked: Candidate[], target: number): void {
  for (const type of ["flashcard", "short_answer", "mcq", "cloze"] as const)
    if (!deck.some((c) => c.type === type)) addType(deck, ranked, target, type, true);
}

/**
 * Give the deck an item of `type`: in a free slot, or in place of the item on its sentence when
 * that item's type is still asked elsewhere — or, once, when another swap can ask it elsewhere
 * (a definition becomes a short answer while a cloze becomes a flashcard).
 */
function addType(
  deck: Candidate[],
  ranked: Candidate[],
  target: number,
  type: ItemType,
  mayChain: boolean,
): boolean {
  const count = (t: ItemType) => deck.filter((c) => c.type === t).length;
  for (const c of ranked) {
    if (c.type !== type) continue;
    // An item brought in for its type still may not show, or be shown, another's answer.
    if (deck.some((m) => reveals(m, c) || reveals(c, m))) continue;
    const mine = deck.filter((m) => m.claim.key === c.claim.key);
    if (mine.length === 0) {
      if (deck.length < target) {
        deck.push(c);
        return true;
      }
      // A full deck gives up its lowest-ranked item of a type it asks often (a fourth
      // paragraph point) rather than drill one skill.
      const spare = deck
        .filter((m) => m.type !== "true_false" && count(m.type) >= D.spareTypeCount)
        .sort((a, b) => ranked.indexOf(b) - ranked.indexOf(a))[0];
      if (!spare) continue;
      deck.splice(deck.indexOf(spare), 1, c);
      return true;
    }
    const old = mine[0]!;
    if (mine.length > 1 || old.type === "true_false") continue;
    const answers = new Set(deck.filter((m) => m !== old).map((m) => normalize(m.answer)));
    if (answers.has(normalize(c.answer))) continue;
    if (count(old.type) >= 2) {
      deck.splice(deck.indexOf(old), 1, c);
      return true;
    }
    if (!mayChain) continue;
    const at = deck.indexOf(old);
    deck.splice(at, 1, c);
    if (addType(deck, ranked, target, old.type, false) && deck.some((m) => m.type === type))
      return true;
    deck.splice(deck.indexOf(c), 1, old);
  }
  return false;
}
