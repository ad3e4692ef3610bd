import "server-only";
import { db } from "@/lib/db";
import {
  REVIEWABLE_TYPES,
  assignmentStatus,
  type AssignmentStatus,
} from "@/lib/teach/assignment-status";

export interface StudentProgress {
  status: AssignmentStatus;
  /** Quiz mode: the best submitted attempt, as a fraction 0–1, with its counts. */
  score?: number;
  correct?: number;
  total?: number;
  quizzesSubmitted?: number;
  /** Quiz mode: the newest quiz not yet submitted (to continue), and the newest submitted one. */
  openQuizId?: string;
  lastQuizId?: string;
  /** Review mode: published flashcard-able items of the set, and how many of them were reviewed. */
  itemsToReview?: number;
  itemsReviewed?: number;
}

export interface AssignmentRef {
  id: string;
  mode: string;
  dueAt: Date;
  setId: string;
}

const key = (assignmentId: string, userId: string) => `${assignmentId}:${userId}`;

/**
 * Every (assignment, student) pair's progress in four queries, whatever the class size. Statuses
 * follow lib/teach/assignment-status.ts.
 */
export async function computeProgress(
  assignments: AssignmentRef[],
  userIds: string[],
  now = new Date(),
): Promise<Map<string, StudentProgress>> {
  const out = new Map<string, StudentProgress>();
  if (assignments.length === 0 || userIds.length === 0) return out;
  const quizIds = assignments.filter((a) => a.mode === "quiz").map((a) => a.id);
  const reviewSets = [
    ...new Set(assignments.filter((a) => a.mode === "review").map((a) => a.setId)),
  ];

  const [quizzes, setItems] = await Promise.all([
    quizIds.length
      ? db.quiz.findMany({
          where: { assignmentId: { in: quizIds }, userId: { in: userIds } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            userId: true,
            assignmentId: true,
            attempt: { select: { submittedAt: true, score: true, total: true } },
          },
        })
      : [],
    reviewSets.length
      ? db.setItem.findMany({
          where: {
            setId: { in: reviewSets },
            item: { status: "published", type: { in: [...REVIEWABLE_TYPES] } },
          },
          select: { setId: true, itemId: true },
        })
      : [],
  ]);
  const itemsBySet = new Map<string, string[]>();
  for (const si of setItems)
    itemsBySet.set(si.setId, [...(itemsBySet.get(si.setId) ?? []), si.itemId]);
  const reviewed = new Set<string>();
  if (setItems.length) {
    // A card with a review that was not undone counts as reviewed, whenever it happened.
    const cards = await db.card.findMany({
      where: {
        userId: { in: userIds },
        itemId: { in: [...new Set(setItems.map((s) => s.itemId))] },
        logs: { some: { undoneAt: null } },
      },
      select: { userId: true, itemId: true },
    });
    for (const c of cards) reviewed.add(`${c.userId}:${c.itemId}`);
  }
  const quizzesByPair = new Map<string, typeof quizzes>();
  for (const q of quizzes) {
    const k = key(q.assignmentId!, q.userId);
    quizzesByPair.set(k, [...(quizzesByPair.get(k) ?? []), q]);
  }

  for (const a of assignments) {
    for (const userId of userIds) {
      const progress =
        a.mode === "quiz"
          ? quizProgress(quizzesByPair.get(key(a.id, userId)) ?? [], a.dueAt, now)
          : reviewProgress(
              (itemsBySet.get(a.setId) ?? []).map((i) => reviewed.has(`${userId}:${i}`)),
              a.dueAt,
              now,
            );
      out.set(key(a.id, userId), progress);
    }
  }
  return out;
}

export function progressOf(
  map: Map<string, StudentProgress>,
  assignmentId: string,
  userId: string,
): StudentProgress {
  return map.get(key(assignmentId, userId)) ?? { status: "not_started" };
}

type QuizRow = {
  id: string;
  attempt: { submittedAt: Date | null; score: number | null; total: number } | null;
};

/** A student's quiz-mode progress from their quizzes for the assignment, oldest first. */
function quizProgress(mine: QuizRow[], dueAt: Date, now: Date): StudentProgress {
  const submitted = mine.filter((q) => q.attempt?.submittedAt);
  const open = mine.filter((q) => !q.attempt?.submittedAt);
  const p: StudentProgress = {
    status: assignmentStatus(
      { mode: "quiz", quizzesStarted: mine.length, quizzesSubmitted: submitted.length },
      dueAt,
      now,
    ),
    quizzesSubmitted: submitted.length,
  };
  // The best attempt counts: a student who retries to learn is not marked down for the first try.
  let best: { score: number; correct: number; total: number } | null = null;
  for (const q of submitted) {
    const correct = q.attempt!.score ?? 0;
    const total = q.attempt!.total;
    const score = total > 0 ? correct / total : 0;
    if (!best || score > best.score) best = { score, correct, total };
  }
  if (best) Object.assign(p, best);
  if (open.length) p.openQuizId = open[open.length - 1]!.id;
  if (submitted.length) p.lastQuizId = submitted[submitted.length - 1]!.id;
  return p;
}

/** A student's review-mode progress: one flag per reviewable item of the set, reviewed or not. */
function reviewProgress(reviewedFlags: boolean[], dueAt: Date, now: Date): StudentProgress {
  const done = reviewedFlags.filter(Boolean).length;
  return {
    status: assignmentStatus(
      { mode: "review", itemsToReview: reviewedFlags.length, itemsReviewed: done },
      dueAt,
      now,
    ),
    itemsToReview: reviewedFlags.length,
    itemsReviewed: done,
  };
}
