import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { computeProgress, progressOf, type StudentProgress } from "@/lib/data/assignments";
import {
  notInModeReason,
  type AssignmentMode,
  type AssignmentStatus,
} from "@/lib/teach/assignment-status";
import type { ItemType } from "@/lib/generate/types";

export interface StudentAnswer {
  itemId: string;
  /** What the student answered; "" when they left it blank. */
  response: string;
  correct: boolean;
}

export interface ReportStudent {
  userId: string;
  name: string;
  email: string;
  status: AssignmentStatus;
  /** Best submitted attempt for this assignment, as a fraction 0–1 (quiz mode). */
  score?: number;
  correct?: number;
  total?: number;
  /** Not-undone reviews of the set's items since the assignment was made. */
  reviews: number;
  /** Share of those reviews rated other than "again"; absent without reviews. */
  retention?: number;
  itemsToReview?: number;
  itemsReviewed?: number;
  /** Quiz mode: the answers of the attempt the score comes from, in set order. */
  answers?: StudentAnswer[];
}

export interface ReportItem {
  itemId: string;
  prompt: string;
  type: ItemType;
  status: string;
  sourceSentence: string;
  essay: string;
  /** Answers to this item in quizzes of this assignment. */
  attempts: number;
  correct: number;
  /** correct / attempts, 0–1; null when nobody answered it yet. */
  correctRate: number | null;
  /** Whether students meet this item in this assignment's mode (see notInModeReason otherwise). */
  inMode: boolean;
  notInModeReason?: string;
}

export interface AssignmentReport {
  assignment: {
    id: string;
    mode: AssignmentMode;
    dueAt: string;
    createdAt: string;
    classId: string;
    className: string;
    setId: string;
    setTitle: string;
  };
  students: ReportStudent[];
  items: ReportItem[];
}

/**
 * The owning teacher's report: each enrolled student's status, score and reviews, and each item's
 * correct rate, most-missed first, so the claims the class has not learned stand out.
 */
export async function getAssignmentReport(
  user: SessionUser,
  assignmentId: string,
  now = new Date(),
): Promise<AssignmentReport> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { ownerId: user.id } },
    include: {
      class: { select: { id: true, name: true } },
      set: {
        select: {
          id: true,
          title: true,
          items: {
            orderBy: { position: "asc" },
            select: { item: { include: { essay: { select: { slug: true } } } } },
          },
        },
      },
    },
  });
  if (!a) throw new AppError("not_found", "No assignment with this id is yours.");

  const enrollments = await db.enrollment.findMany({
    where: { classId: a.classId, removedAt: null },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  const userIds = enrollments.map((e) => e.userId);
  const itemIds = a.set.items.map((si) => si.item.id);

  const [progress, logs, answers] = await Promise.all([
    computeProgress([a], userIds, now),
    db.reviewLog.findMany({
      where: {
        userId: { in: userIds },
        undoneAt: null,
        reviewedAt: { gte: a.createdAt },
        card: { itemId: { in: itemIds } },
      },
      select: { userId: true, rating: true },
    }),
    db.answer.findMany({
      where: { attempt: { submittedAt: { not: null }, quiz: { assignmentId: a.id } } },
      orderBy: [{ attempt: { submittedAt: "asc" } }, { attemptId: "asc" }],
      select: {
        correct: true,
        response: true,
        attemptId: true,
        attempt: { select: { userId: true, score: true, total: true } },
        question: { select: { itemId: true } },
      },
    }),
  ]);

  const reviewStats = new Map<string, { reviews: number; recalled: number }>();
  for (const l of logs) {
    const s = reviewStats.get(l.userId) ?? { reviews: 0, recalled: 0 };
    s.reviews++;
    if (l.rating !== 1) s.recalled++;
    reviewStats.set(l.userId, s);
  }

  const bestAnswers = answersOfBestAttempts(answers);
  const students: ReportStudent[] = enrollments
    .map((e) => {
      const p: StudentProgress = progressOf(progress, a.id, e.userId);
      const r = reviewStats.get(e.userId) ?? { reviews: 0, recalled: 0 };
      const row: ReportStudent = {
        userId: e.userId,
        name: e.user.name,
        email: e.user.email,
        status: p.status,
        reviews: r.reviews,
      };
      if (p.score !== undefined) {
        row.score = round(p.score);
        row.correct = p.correct;
        row.total = p.total;
      }
      if (r.reviews > 0) row.retention = round(r.recalled / r.reviews);
      if (p.itemsToReview !== undefined) {
        row.itemsToReview = p.itemsToReview;
        row.itemsReviewed = p.itemsReviewed;
      }
      const mine = bestAnswers.get(e.userId);
      if (mine) row.answers = itemIds.flatMap((id) => (mine.has(id) ? [mine.get(id)!] : []));
      return row;
    })
    .sort((x, y) => x.name.localeCompare(y.name) || x.userId.localeCompare(y.userId));

  const tally = new Map<string, { attempts: number; correct: number }>();
  for (const ans of answers) {
    const t = tally.get(ans.question.itemId) ?? { attempts: 0, correct: 0 };
    t.attempts++;
    if (ans.correct) t.correct++;
    tally.set(ans.question.itemId, t);
  }
  const items: ReportItem[] = a.set.items.map(({ item }) => {
    const t = tally.get(item.id) ?? { attempts: 0, correct: 0 };
    const reason = notInModeReason(a.mode as AssignmentMode, item);
    return {
      itemId: item.id,
      prompt: item.prompt,
      type: item.type as ItemType,
      status: item.status,
      sourceSentence: item.sourceSentence,
      essay: item.essay.slug,
      attempts: t.attempts,
      correct: t.correct,
      correctRate: t.attempts ? round(t.correct / t.attempts) : null,
      inMode: reason === null,
      ...(reason ? { notInModeReason: reason } : {}),
    };
  });

  return {
    assignment: {
      id: a.id,
      mode: a.mode as AssignmentMode,
      dueAt: a.dueAt.toISOString(),
      createdAt: a.createdAt.toISOString(),
      classId: a.class.id,
      className: a.class.name,
      setId: a.set.id,
      setTitle: a.set.title,
    },
    students,
    // Items the mode never shows go last, so the chart of the others numbers like the list.
    items: [...sortMostMissed(items.filter((i) => i.inMode)), ...items.filter((i) => !i.inMode)],
  };
}

/** Lowest correct rate first; among equals the most answered; unanswered items last, in set order. */
export function sortMostMissed<T extends { correctRate: number | null; attempts: number }>(
  items: T[],
): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => {
      const a = x.item.correctRate;
      const b = y.item.correctRate;
      if (a === null || b === null)
        return a === null && b === null ? x.index - y.index : a === null ? 1 : -1;
      return a - b || y.item.attempts - x.item.attempts || x.index - y.index;
    })
    .map((x) => x.item);
}

type AnswerRow = {
  correct: boolean;
  response: string;
  attemptId: string;
  attempt: { userId: string; score: number | null; total: number };
  question: { itemId: string };
};

/** Per student, the answers of their best submitted attempt (the first of equals), by item. */
function answersOfBestAttempts(rows: AnswerRow[]): Map<string, Map<string, StudentAnswer>> {
  const best = new Map<string, { attemptId: string; score: number }>();
  for (const r of rows) {
    const score = r.attempt.total ? (r.attempt.score ?? 0) / r.attempt.total : 0;
    const prev = best.get(r.attempt.userId);
    if (!prev || score > prev.score) best.set(r.attempt.userId, { attemptId: r.attemptId, score });
  }
  const out = new Map<string, Map<string, StudentAnswer>>();
  for (const r of rows) {
    if (best.get(r.attempt.userId)?.attemptId !== r.attemptId) continue;
    if (!out.has(r.attempt.userId)) out.set(r.attempt.userId, new Map());
    const itemId = r.question.itemId;
    out.get(r.attempt.userId)!.set(itemId, { itemId, response: r.response, correct: r.correct });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export { reportToCsv } from "@/lib/teach/report-csv";
