import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import {
  ASSIGNMENT_MODES,
  QUIZZABLE_TYPES,
  REVIEWABLE_TYPES,
  type AssignmentMode,
  type AssignmentStatus,
} from "@/lib/teach/assignment-status";
import {
  computeProgress,
  progressOf,
  type AssignmentRef,
  type StudentProgress,
} from "@/lib/data/assignment-progress";

export { computeProgress, progressOf, type AssignmentRef, type StudentProgress };

const DAY_MS = 24 * 60 * 60 * 1000;

export const createAssignmentSchema = z.object({
  classId: z.string().min(1).max(64),
  setId: z.string().min(1).max(64),
  mode: z.enum(ASSIGNMENT_MODES, { message: 'mode must be "quiz" or "review"' }),
  dueAt: z.iso
    .datetime({
      offset: true,
      message: "dueAt must be an ISO date-time, like 2030-01-31T17:00:00Z",
    })
    .transform((s) => new Date(s))
    .refine(
      (d) => Math.abs(d.getTime() - Date.now()) < 5 * 365 * DAY_MS,
      "Pick a due date within five years of today",
    ),
});

/** What a set offers each mode: published items only, as students never see drafts. */
function usableFor(mode: AssignmentMode, items: { type: string; status: string }[]): number {
  const types: readonly string[] = mode === "quiz" ? QUIZZABLE_TYPES : REVIEWABLE_TYPES;
  return items.filter((i) => i.status === "published" && types.includes(i.type)).length;
}

export async function createAssignment(
  user: SessionUser,
  input: z.infer<typeof createAssignmentSchema>,
): Promise<{ id: string }> {
  const [cls, set] = await Promise.all([
    db.class.findFirst({ where: { id: input.classId, ownerId: user.id }, select: { id: true } }),
    db.itemSet.findFirst({
      where: { id: input.setId, ownerId: user.id },
      select: { id: true, items: { select: { item: { select: { type: true, status: true } } } } },
    }),
  ]);
  if (!cls) throw new AppError("not_found", "No class with this id is yours.");
  if (!set) throw new AppError("not_found", "No set with this id is yours.");
  if (
    usableFor(
      input.mode,
      set.items.map((i) => i.item),
    ) === 0
  ) {
    throw new AppError(
      "invalid",
      input.mode === "quiz"
        ? "This set has no published questions to quiz on (flashcards are for review). Add or publish some first."
        : "This set has no published flashcard, cloze or short-answer items to review. Add or publish some first.",
    );
  }
  const created = await db.assignment.create({
    data: {
      classId: cls.id,
      setId: set.id,
      createdById: user.id,
      mode: input.mode,
      dueAt: input.dueAt,
    },
    select: { id: true },
  });
  return created;
}

export interface StudentAssignmentView extends StudentProgress {
  id: string;
  classId: string;
  className: string;
  teacherName: string;
  setId: string;
  setTitle: string;
  mode: AssignmentMode;
  dueAt: string;
}

/** A student's assignments in the classes they are enrolled in: open ones first, soonest due first. */
export async function listStudentAssignments(
  user: SessionUser,
  now = new Date(),
): Promise<StudentAssignmentView[]> {
  const rows = await db.assignment.findMany({
    where: { class: { enrollments: { some: { userId: user.id, removedAt: null } } } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      mode: true,
      dueAt: true,
      setId: true,
      set: { select: { title: true } },
      class: { select: { id: true, name: true, owner: { select: { name: true } } } },
    },
  });
  const progress = await computeProgress(rows, [user.id], now);
  const views = rows.map((a) => ({
    id: a.id,
    classId: a.class.id,
    className: a.class.name,
    teacherName: a.class.owner.name,
    setId: a.setId,
    setTitle: a.set.title,
    mode: a.mode as AssignmentMode,
    dueAt: a.dueAt.toISOString(),
    ...progressOf(progress, a.id, user.id),
  }));
  const rank = (s: AssignmentStatus) => (s === "done" ? 1 : 0);
  return views.sort((x, y) => rank(x.status) - rank(y.status));
}

export interface Completion {
  done: number;
  inProgress: number;
  late: number;
  notStarted: number;
  total: number;
}

export interface TeacherAssignmentView {
  id: string;
  classId: string;
  setId: string;
  setTitle: string;
  mode: AssignmentMode;
  dueAt: string;
  createdAt: string;
  completion: Completion;
}

/** The owner's assignments in the given classes, newest due date first, with class completion. */
export async function listClassAssignments(
  user: SessionUser,
  classIds: string[],
  now = new Date(),
): Promise<Map<string, TeacherAssignmentView[]>> {
  const out = new Map<string, TeacherAssignmentView[]>();
  if (classIds.length === 0) return out;
  const [rows, enrollments] = await Promise.all([
    db.assignment.findMany({
      where: { classId: { in: classIds }, class: { ownerId: user.id } },
      orderBy: [{ dueAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        classId: true,
        mode: true,
        dueAt: true,
        createdAt: true,
        setId: true,
        set: { select: { title: true } },
      },
    }),
    db.enrollment.findMany({
      where: { classId: { in: classIds }, removedAt: null, class: { ownerId: user.id } },
      select: { classId: true, userId: true },
    }),
  ]);
  const students = new Map<string, string[]>();
  for (const e of enrollments)
    students.set(e.classId, [...(students.get(e.classId) ?? []), e.userId]);
  const progress = await computeProgress(rows, [...new Set(enrollments.map((e) => e.userId))], now);
  for (const a of rows) {
    const roster = students.get(a.classId) ?? [];
    const completion: Completion = { done: 0, inProgress: 0, late: 0, notStarted: 0, total: 0 };
    for (const userId of roster) {
      const s = progressOf(progress, a.id, userId).status;
      completion.total++;
      if (s === "done") completion.done++;
      else if (s === "in_progress") completion.inProgress++;
      else if (s === "late") completion.late++;
      else completion.notStarted++;
    }
    const view: TeacherAssignmentView = {
      id: a.id,
      classId: a.classId,
      setId: a.setId,
      setTitle: a.set.title,
      mode: a.mode as AssignmentMode,
      dueAt: a.dueAt.toISOString(),
      createdAt: a.createdAt.toISOString(),
      completion,
    };
    out.set(a.classId, [...(out.get(a.classId) ?? []), view]);
  }
  return out;
}

export interface TeacherClassAssignments {
  classId: string;
  name: string;
  assignments: TeacherAssignmentView[];
}

export async function listTeacherAssignments(
  user: SessionUser,
  now = new Date(),
): Promise<TeacherClassAssignments[]> {
  const classes = await db.class.findMany({
    where: { ownerId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  const byClass = await listClassAssignments(
    user,
    classes.map((c) => c.id),
    now,
  );
  return classes.map((c) => ({
    classId: c.id,
    name: c.name,
    assignments: byClass.get(c.id) ?? [],
  }));
}

/** The owner's assignments of one set, for the set page. */
export async function listSetAssignments(user: SessionUser, setId: string) {
  const rows = await db.assignment.findMany({
    where: { setId, set: { ownerId: user.id }, class: { ownerId: user.id } },
    orderBy: [{ dueAt: "desc" }, { id: "asc" }],
    select: { id: true, mode: true, dueAt: true, class: { select: { id: true, name: true } } },
  });
  return rows.map((a) => ({
    id: a.id,
    mode: a.mode as AssignmentMode,
    dueAt: a.dueAt.toISOString(),
    classId: a.class.id,
    className: a.class.name,
  }));
}
