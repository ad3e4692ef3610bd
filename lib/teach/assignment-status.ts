/**
 * How far a student is with an assignment. Pure, so the rules are tested without a database.
 *
 * quiz mode: done once a quiz made for this assignment has a submitted attempt; in progress once
 * such a quiz exists; review mode: done once every published flashcard-able item of the set has a
 * (not undone) review by the student, in progress once some has. Either mode: late when the due date
 * has passed and it is not done. Done stays done, however late it was finished.
 */
export const ASSIGNMENT_STATUSES = ["not_started", "in_progress", "done", "late"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_MODES = ["quiz", "review"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

/** Item types a student reviews as flashcards (the review queue's "flashcard-able" items). */
export const REVIEWABLE_TYPES = ["flashcard", "cloze", "short_answer"] as const;
/** Item types a quiz asks (flashcards are for review only). */
export const QUIZZABLE_TYPES = ["mcq", "true_false", "cloze", "short_answer"] as const;

export type Progress =
  | { mode: "quiz"; quizzesStarted: number; quizzesSubmitted: number }
  | { mode: "review"; itemsToReview: number; itemsReviewed: number };

export function assignmentStatus(progress: Progress, dueAt: Date, now: Date): AssignmentStatus {
  let done: boolean;
  let started: boolean;
  if (progress.mode === "quiz") {
    done = progress.quizzesSubmitted > 0;
    started = progress.quizzesStarted > 0;
  } else {
    // A set whose reviewable items were all retired leaves nothing to do: that counts as done.
    done = progress.itemsReviewed >= progress.itemsToReview;
    started = progress.itemsReviewed > 0;
  }
  if (done) return "done";
  if (now.getTime() > dueAt.getTime()) return "late";
  return started ? "in_progress" : "not_started";
}

export const STATUS_LABEL: Record<AssignmentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  late: "Late",
};

export const STATUS_TONE: Record<AssignmentStatus, "slate" | "blue" | "green" | "red"> = {
  not_started: "slate",
  in_progress: "blue",
  done: "green",
  late: "red",
};

/**
 * Why students of an assignment in this mode never meet an item, in words; null when they do.
 * Quizzes ask mcq, true/false, cloze and short-answer items; review makes cards of flashcard,
 * cloze and short-answer items; drafts and retired items reach no student.
 */
export function notInModeReason(
  mode: AssignmentMode,
  item: { type: string; status: string },
): string | null {
  if (item.status === "draft") return "a draft: students only get published items";
  if (item.status === "retired") return "retired: students no longer get it";
  if (mode === "quiz" && !(QUIZZABLE_TYPES as readonly string[]).includes(item.type))
    return "a flashcard: quizzes do not ask flashcards, only reviews show them";
  if (mode === "review" && !(REVIEWABLE_TYPES as readonly string[]).includes(item.type))
    return `${item.type === "mcq" ? "multiple choice" : "true/false"}: it makes no review card, only quizzes ask it`;
  return null;
}
