import { QUIZZABLE_TYPES, REVIEWABLE_TYPES } from "@/lib/teach/assignment-status";

/** What the set builder knows of a chosen item. */
export interface SetItemFacts {
  id: string;
  prompt: string;
  answer: string;
  type: string;
  status: string;
  claimId: string;
}

/** Answers too short or too generic to "give away" anything when they appear in another prompt. */
const MIN_GIVEAWAY_CHARS = 3;
const NO_GIVEAWAY = new Set(["true", "false", "yes", "no"]);

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

export interface SetWarning {
  kind: "same_sentence" | "giveaway";
  /** 1-based positions in the set, in order. */
  positions: number[];
  text: string;
}

/**
 * Pairs of chosen items that weaken each other: two items from one sentence (a student who
 * answers one has the other's answer), and an answer that appears, as whole words, in another
 * item's prompt.
 */
export function setWarnings(items: SetItemFacts[]): SetWarning[] {
  const out: SetWarning[] = [];
  const byClaim = new Map<string, number[]>();
  items.forEach((it, i) => byClaim.set(it.claimId, [...(byClaim.get(it.claimId) ?? []), i + 1]));
  for (const positions of byClaim.values()) {
    if (positions.length < 2) continue;
    out.push({
      kind: "same_sentence",
      positions,
      text: `Items ${list(positions)} come from one sentence: answering one tells a student the others.`,
    });
  }
  items.forEach((giver, gi) => {
    const answer = norm(giver.answer);
    if (answer.trim().length < MIN_GIVEAWAY_CHARS || NO_GIVEAWAY.has(answer.trim())) return;
    items.forEach((taker, ti) => {
      if (ti === gi || taker.claimId === giver.claimId) return;
      if (!norm(taker.prompt).includes(answer)) return;
      out.push({
        kind: "giveaway",
        positions: [gi + 1, ti + 1].sort((a, b) => a - b),
        text: `Item ${ti + 1}'s question contains item ${gi + 1}'s answer ("${giver.answer}").`,
      });
    });
  });
  return out;
}

function list(n: number[]): string {
  return n.length === 2 ? `${n[0]} and ${n[1]}` : `${n.slice(0, -1).join(", ")} and ${n.at(-1)}`;
}

/** What an item does in each mode, by the rules the quiz and the review queue follow. */
export function itemModes(item: Pick<SetItemFacts, "type" | "status">): {
  quiz: boolean;
  review: boolean;
  note: string;
} {
  const quiz = (QUIZZABLE_TYPES as readonly string[]).includes(item.type);
  const review = (REVIEWABLE_TYPES as readonly string[]).includes(item.type);
  const live = item.status === "published";
  let note = quiz && review ? "Asked in quizzes; a card in reviews." : "";
  if (quiz && !review)
    note =
      "Asked in quizzes only: it makes no review card (a wrong answer brings a flashcard of its sentence forward, if there is one).";
  if (!quiz && review) note = "Reviews only: quizzes never ask flashcards.";
  if (!live)
    note = `${item.status === "retired" ? "Retired" : "A draft"}: students get it in neither mode until it is published.`;
  return { quiz: quiz && live, review: review && live, note };
}

/** How many chosen items each mode would actually use. */
export function modeCounts(items: Pick<SetItemFacts, "type" | "status">[]): {
  quiz: number;
  review: number;
} {
  let quiz = 0;
  let review = 0;
  for (const it of items) {
    const m = itemModes(it);
    if (m.quiz) quiz++;
    if (m.review) review++;
  }
  return { quiz, review };
}
