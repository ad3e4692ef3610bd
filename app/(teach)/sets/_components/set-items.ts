/** An item as the builder shows it: enough to recognise it and check it against its source. */
export interface PickedItem {
  id: string;
  prompt: string;
  type: string;
  status: string;
  sentence: string;
  essay: string;
  claimId: string;
  answer: string;
}

/** An item as `GET /api/essays/{slug}/items` returns it. */
export interface ApiItem {
  id: string;
  claimId: string;
  type: string;
  prompt: string;
  answer: string;
  status: string;
  source: { essay: string; sentence: string };
}

export const TYPES = [
  ["", "All types"],
  ["mcq", "Multiple choice"],
  ["true_false", "True / false"],
  ["cloze", "Cloze"],
  ["short_answer", "Short answer"],
  ["flashcard", "Flashcard"],
] as const;
export const STATUSES = [
  ["", "All statuses"],
  ["published", "Published"],
  ["draft", "Draft"],
  ["retired", "Retired"],
] as const;
export const STATUS_TONE: Record<string, "green" | "amber" | "slate"> = {
  published: "green",
  draft: "amber",
  retired: "slate",
};

/**
 * A prompt cut to fit an announcement or a button's accessible name: what is asked, without the
 * "Context: “…”" lead-in — items of one sentence share it, and their names would read alike.
 */
export const short = (s: string) => {
  const asked = s.replace(/^Context: “[^”]*”\s+/, "");
  return asked.length > 60 ? `${asked.slice(0, 57)}…` : asked;
};
export const typeLabel = (t: string) => TYPES.find(([v]) => v === t)?.[1] ?? t;

/** Addable items: not retired and not already in the set. */
export const addableItems = (items: ApiItem[], pickedIds: Set<string>) =>
  items.filter((i) => i.status !== "retired" && !pickedIds.has(i.id));
