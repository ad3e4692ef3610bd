import { JOIN_CODE_RULE } from "@/lib/teach/join-code-rule";
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { countFailure, retryAfterSeconds } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { generateJoinCode, isJoinCode, normalizeJoinCode } from "@/lib/teach/join-code";
import { listClassAssignments, type TeacherAssignmentView } from "@/lib/data/assignments";

export const createClassSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the class a name")
    .max(100, "Keep the class name under 100 characters"),
});

export const joinClassSchema = z.object({
  joinCode: z.string().max(64, "A join code is 8 characters"),
});

export interface TeacherClassSummary {
  id: string;
  name: string;
  joinCode: string;
  studentCount: number;
  createdAt: string;
}

export interface StudentClassSummary {
  id: string;
  name: string;
  teacherName: string;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

/** Runs `write` with a fresh code until the unique index accepts one (a clash is ~1 in 10^11). */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
}

export async function createClass(user: SessionUser, input: z.infer<typeof createClassSchema>) {
  const created = await withFreshCode((joinCode) =>
    db.class.create({
      data: { name: input.name, ownerId: user.id, joinCode },
      select: { id: true, name: true, joinCode: true },
    }),
  );
  return created;
}

/** Teachers: the classes they own. Students: the classes they are enrolled in (never the code). */
export async function listClasses(
  user: SessionUser,
): Promise<TeacherClassSummary[] | StudentClassSummary[]> {
  if (user.role === "teacher") {
    const classes = await db.class.findMany({
      where: { ownerId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        joinCode: true,
        createdAt: true,
        _count: { select: { enrollments: { where: { removedAt: null } } } },
      },
    });
    return classes.map((c) => ({
      id: c.id,
      name: c.name,
      joinCode: c.joinCode,
      studentCount: c._count.enrollments,
      createdAt: c.createdAt.toISOString(),
    }));
  }
  const enrollments = await db.enrollment.findMany({
    where: { userId: user.id, removedAt: null },
    orderBy: { createdAt: "asc" },
    select: { class: { select: { id: true, name: true, owner: { select: { name: true } } } } },
  });
  return enrollments.map((e) => ({
    id: e.class.id,
    name: e.class.name,
    teacherName: e.class.owner.name,
  }));
}

/** The owning teacher's class, or 404. */
async function ownedClass(user: SessionUser, classId: string) {
  const found = await db.class.findFirst({ where: { id: classId, ownerId: user.id } });
  if (!found) throw new AppError("not_found", "No class with this id is yours.");
  return found;
}

export interface RosterEntry {
  userId: string;
  name: string;
  joinedAt: string;
  removedAt: string | null;
}

export interface ClassDetail {
  id: string;
  name: string;
  joinCode: string;
  createdAt: string;
  students: RosterEntry[];
  removedStudents: RosterEntry[];
  assignments: TeacherAssignmentView[];
}

export async function getClassDetail(user: SessionUser, classId: string): Promise<ClassDetail> {
  const found = await ownedClass(user, classId);
  const [enrollments, assignments] = await Promise.all([
    db.enrollment.findMany({
      where: { classId: found.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { userId: true, createdAt: true, removedAt: true, user: { select: { name: true } } },
    }),
    listClassAssignments(user, [found.id]),
  ]);
  const roster = enrollments.map((e) => ({
    userId: e.userId,
    name: e.user.name,
    joinedAt: e.createdAt.toISOString(),
    removedAt: e.removedAt?.toISOString() ?? null,
  }));
  return {
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    createdAt: found.createdAt.toISOString(),
    students: roster.filter((r) => r.removedAt === null).sort(byName),
    removedStudents: roster.filter((r) => r.removedAt !== null).sort(byName),
    assignments: assignments.get(found.id) ?? [],
  };
}

function byName(a: RosterEntry, b: RosterEntry): number {
  return a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
}

/** A new code; the old one stops working at once. Enrolled students stay enrolled. */
export async function rotateJoinCode(user: SessionUser, classId: string) {
  await ownedClass(user, classId);
  return withFreshCode(async (joinCode) => {
    const { count } = await db.class.updateMany({
      where: { id: classId, ownerId: user.id },
      data: { joinCode },
    });
    if (count === 0) throw new AppError("not_found", "No class with this id is yours.");
    return { id: classId, joinCode };
  });
}

const JOIN_LIMIT = 20;
const JOIN_WINDOW_MS = 10 * 60 * 1000;

/** Wrong codes are counted per student, so nobody can walk the code space from one account. */
async function checkJoinLimit(userId: string, now: Date): Promise<void> {
  const retry = await retryAfterSeconds(`join:${userId}`, JOIN_LIMIT, now);
  if (retry > 0) {
    throw new AppError(
      "rate_limited",
      "Too many wrong join codes. Wait a few minutes, then check the code with your teacher.",
      { headers: { "Retry-After": String(retry) } },
    );
  }
}

async function recordFailedJoin(userId: string, now: Date): Promise<void> {
  await countFailure([`join:${userId}`], JOIN_WINDOW_MS, now);
}

/**
 * A student joins with a code (any case; spaces and dashes ignored). Joining again returns the
 * same class; two joins racing are settled by the unique (classId, userId) index. A student the
 * teacher removed cannot let themselves back in with a code: the teacher restores them.
 */
export async function joinClass(
  user: SessionUser,
  input: z.infer<typeof joinClassSchema>,
  now = new Date(),
): Promise<{ classId: string; className: string; alreadyJoined: boolean }> {
  await checkJoinLimit(user.id, now);
  const code = normalizeJoinCode(input.joinCode);
  if (!isJoinCode(code)) {
    await recordFailedJoin(user.id, now);
    throw new AppError(
      "invalid",
      `A join code looks like ABCD2345. ${JOIN_CODE_RULE} Check it with your teacher.`,
    );
  }
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: { id: true, name: true },
  });
  if (!found) {
    await recordFailedJoin(user.id, now);
    throw new AppError(
      "not_found",
      "No class has this join code. Check it with your teacher; they may have changed it.",
    );
  }
  const result = { classId: found.id, className: found.name, alreadyJoined: false };
  const existing = await db.enrollment.findUnique({
    where: { classId_userId: { classId: found.id, userId: user.id } },
  });
  if (existing) {
    if (existing.removedAt) throw removed();
    return { ...result, alreadyJoined: true };
  }
  try {
    await db.enrollment.create({ data: { classId: found.id, userId: user.id } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Another request enrolled this student a moment ago: same outcome, unless that row is a removal.
    const row = await db.enrollment.findUnique({
      where: { classId_userId: { classId: found.id, userId: user.id } },
    });
    if (row?.removedAt) throw removed();
    return { ...result, alreadyJoined: true };
  }
  return result;
}

function removed(): AppError {
  return new AppError(
    "forbidden",
    "Your teacher removed you from this class. Ask them to let you back in.",
  );
}

/** Removes a student from the owner's class; their reviews, quizzes and answers stay. Repeating it changes nothing. */
export async function removeStudent(user: SessionUser, classId: string, studentId: string) {
  await ownedClass(user, classId);
  await db.enrollment.updateMany({
    where: { classId, userId: studentId, removedAt: null, class: { ownerId: user.id } },
    data: { removedAt: new Date() },
  });
  const row = await db.enrollment.findUnique({
    where: { classId_userId: { classId, userId: studentId } },
  });
  if (!row?.removedAt) throw new AppError("not_found", "This student is not in your class.");
  return { classId, userId: studentId, removedAt: row.removedAt.toISOString() };
}

/** Lets a removed student back in; only someone who was once enrolled can be restored. */
export async function restoreStudent(user: SessionUser, classId: string, studentId: string) {
  await ownedClass(user, classId);
  const { count } = await db.enrollment.updateMany({
    where: { classId, userId: studentId, class: { ownerId: user.id } },
    data: { removedAt: null },
  });
  if (count === 0) throw new AppError("not_found", "This student was never in your class.");
  return { classId, userId: studentId, removedAt: null };
}
