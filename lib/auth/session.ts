import "server-only";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionClaims } from "@/lib/auth/session-token";
import type { Role } from "@/lib/auth/roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user, read fresh from the database: a deleted account, a changed role or a session
 * ended by sign-out or a password change (the row's session version moved on) takes effect on the
 * next request on every instance, not when the JWT expires.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  // Reading the request first marks every page that asks for the user as dynamic, so the build
  // never tries to prerender one (and never needs the session secret).
  await headers();
  const claims = await sessionClaims();
  return claims ? sessionUser({ id: claims.uid, sessionVersion: claims.sv }) : null;
}

/**
 * A session as its token names it: whose, and which version. Not yet checked against the user's
 * row — whoever takes one checks it where it acts (see requireSession).
 */
export interface SessionRef {
  id: string;
  sessionVersion: number;
}

/** The user a session belongs to, while the session is live (null: gone or ended). */
export async function sessionUser(ref: SessionRef): Promise<SessionUser | null> {
  const row = await db.user.findUnique({
    where: { id: ref.id },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  if (!row || row.sessionVersion !== ref.sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role };
}

/**
 * For the review loop's rating, a request per card: the session from its token alone (401 when
 * there is none), its version checked by the rating's own statements in the transaction that
 * writes (lib/data/review.ts), not by a lookup of its own — a rating reads the user's row anyway,
 * and through Prisma the lookup cost as much CPU as the rating's SQL.
 */
export async function requireSession(): Promise<SessionRef> {
  await headers();
  const claims = await sessionClaims();
  if (!claims) throw new AppError("unauthorized");
  return { id: claims.uid, sessionVersion: claims.sv };
}

/** For route handlers: 401 when signed out. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}

/** For route handlers: 401 when signed out, 403 when the role is wrong. */
export async function requireRole(role: Role): Promise<SessionUser> {
  return assertRole(await requireUser(), role);
}

export function assertRole(user: SessionUser, role: Role): SessionUser {
  if (user.role !== role) {
    throw new AppError(
      "forbidden",
      `Only ${role}s can do this. You are signed in as a ${user.role}.`,
    );
  }
  return user;
}

/** For pages: sends a signed-out visitor to sign in, and back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages only a role may see: others go home. */
export async function requirePageRole(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await requirePageUser(returnTo);
  if (user.role !== role) redirect("/");
  return user;
}
