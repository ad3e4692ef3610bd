import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Sets a user may use: a teacher's own; a student's through an assignment to a class they are in. */
export function usableSets(user: SessionUser): Prisma.ItemSetWhereInput {
  return user.role === "teacher"
    ? { ownerId: user.id }
    : {
        assignments: {
          some: { class: { enrollments: { some: { userId: user.id, removedAt: null } } } },
        },
      };
}

/**
 * Essays a user may read: the shared library (content/'s essays, which have no owner, and essays
 * their teacher shared to it), their own uploads, and any essay with an item in a set they may use
 * (a student meets a teacher's private essay through an assignment). Anything else reads as 404.
 */
export function readableEssays(user: SessionUser): Prisma.EssayWhereInput {
  return {
    OR: [
      { ownerId: null },
      { sharedAt: { not: null } },
      { ownerId: user.id },
      { items: { some: { setItems: { some: { set: usableSets(user) } } } } },
    ],
  };
}

/** The essay called `slug` if the user may read it, else 404 ("not yours" reads like "not there"). */
export async function requireEssayAccess(user: SessionUser, slug: string) {
  const essay = await db.essay.findFirst({
    where: { AND: [{ slug }, readableEssays(user)] },
    select: { id: true, slug: true, title: true, ownerId: true },
  });
  if (!essay) throw new AppError("not_found", `No essay called "${slug}" is available to you.`);
  return essay;
}

/**
 * Who may use a set: the teacher who owns it, and students enrolled (not removed) in a class that
 * has an assignment of it. Anyone else gets 404 — "not yours" reads like "not there".
 */
export async function requireSetAccess(user: SessionUser, setId: string) {
  const set = await db.itemSet.findFirst({ where: { AND: [{ id: setId }, usableSets(user)] } });
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
