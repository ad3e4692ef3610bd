import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkSignInLimit, clearAccountLimit, recordFailedSignIn } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/session";
import { ROLES, type Role } from "@/lib/auth/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/dates";

const newPassword = z
  .string()
  .min(8, "Use at least 8 characters for the password")
  .max(256, "Use at most 256 characters for the password");

export const signupSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  password: newPassword,
  name: z
    .string()
    .trim()
    .min(1, "Enter your name")
    .max(100, "Use at most 100 characters for the name"),
  role: z.enum(ROLES, { message: 'role must be "student" or "teacher"' }),
  /** IANA zone from the browser; a zone this server does not know falls back to UTC. */
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((tz) => (tz && isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE)),
});

export type SignupInput = z.infer<typeof signupSchema>;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function createUser(input: SignupInput): Promise<PublicUser> {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        timeZone: input.timeZone,
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ...user, role: user.role as Role };
  } catch (err) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same 409.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
      throw emailTaken();
    throw err;
  }
}

function emailTaken(): AppError {
  return new AppError("conflict", "An account with this email already exists. Sign in instead.");
}

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(256),
  newPassword,
});

/**
 * Changes the caller's password and ends every session they hold, this one included (the session
 * version moves on in the same write). Wrong current passwords count against the sign-in limit, so
 * a stolen session cannot be used to guess the password.
 */
export async function changePassword(
  user: SessionUser,
  input: z.infer<typeof passwordChangeSchema>,
  address: string,
): Promise<void> {
  const limit = await checkSignInLimit(user.email, address);
  if (limit.limited) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
    throw new AppError("rate_limited", `Too many attempts. Try again in ${minutes} minutes.`, {
      headers: { "Retry-After": String(limit.retryAfterSeconds) },
    });
  }
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash) {
    throw new AppError(
      "conflict",
      "This account signs in through GitHub or Google and has no password to change.",
    );
  }
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordFailedSignIn(user.email, address);
    throw new AppError("forbidden", "The current password is not right. Check it and try again.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  await clearAccountLimit(user.email);
}
