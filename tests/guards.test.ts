import { beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => (session.current ? { uid: session.current.user.id, sv: 0 } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

import { db } from "@/lib/db";
import { requirePageUser, requireRole, requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

async function makeUser(role: "student" | "teacher") {
  return db.user.create({ data: { email: `${role}-${Math.random()}@t.test`, name: role, role } });
}

describe("guards", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("requireUser refuses a visitor without a session with 401", async () => {
    await expect(requireUser()).rejects.toMatchObject({ code: "unauthorized", status: 401 });
  });

  it("requireUser returns the user the session names, read from the database", async () => {
    const u = await makeUser("student");
    session.current = { user: { id: u.id } };
    await expect(requireUser()).resolves.toEqual({
      id: u.id,
      email: u.email,
      name: u.name,
      role: "student",
    });
  });

  it("requireUser refuses a session whose account was deleted", async () => {
    const u = await makeUser("student");
    session.current = { user: { id: u.id } };
    await db.user.delete({ where: { id: u.id } });
    await expect(requireUser()).rejects.toBeInstanceOf(AppError);
  });

  it("requireRole lets the right role through and answers 403 to the other", async () => {
    const teacher = await makeUser("teacher");
    session.current = { user: { id: teacher.id } };
    await expect(requireRole("teacher")).resolves.toMatchObject({ id: teacher.id });
    await expect(requireRole("student")).rejects.toMatchObject({ code: "forbidden", status: 403 });
  });

  it("requirePageUser sends a signed-out visitor to sign in with a way back", async () => {
    await expect(requirePageUser("/review")).rejects.toThrow(
      "REDIRECT /signin?callbackUrl=%2Freview",
    );
  });
});
