import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Who may use a set: the teacher who owns it, and students enrolled (not removed) in a class that
 * has an assignment of it. Anyone else gets 404 — "not yours" reads like "not there".
 */
export async function requireSetAccess(user: SessionUser, setId: string) {
  const set = await db.itemSet.findFirst({
    where:
      user.role === "teacher"
        ? { id: setId, ownerId: user.id }
        : {
            id: setId,
            assignments: {
              some: { class: { enrollments: { some: { userId: user.id, removedAt: null } } } },
            },
          },
  });
  if (!set) throw new AppError("not_found", "No set with this id is available to you.");
  return set;
}

/** A student's assignment (enrolled, not removed) or a teacher's own; otherwise 404. */
export async function requireAssignmentAccess(user: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where:
      user.role === "teacher"
        ? { id: assignmentId, class: { ownerId: user.id } }
        : {
            id: assignmentId,
            class: { enrollments: { some: { userId: user.id, removedAt: null } } },
          },
  });
  if (!assignment)
    throw new AppError("not_found", "No assignment with this id is available to you.");
  return assignment;
}
