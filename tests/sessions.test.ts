import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

/**
 * Sessions end at sign-out and at a password change, server-side: a copied token stops working on
 * the next request (the user row's session version, read on every request, moved on).
 */
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) =>
      jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined,
  }),
}));

import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authSecret } from "@/lib/env";
import { getReviewQueue } from "@/lib/data/review";
import { callRoute } from "./support/call-route";
import { makeEssay } from "./support/learn-fixtures";

let n = 0;
async function signedIn(password = "the old password") {
  const user = await db.user.create({
    data: {
      email: `session-${++n}@sessions.test`,
      name: "Session",
      role: "student",
      passwordHash: await hashPassword(password),
    },
  });
  // Exactly what next-auth's jwt callback puts in the cookie at sign-in.
  const token = { uid: user.id, role: "student" as const, sv: user.sessionVersion };
  jar.cookies.set("next-auth.session-token", await encode({ token, secret: authSecret() }));
  return { user, token };
}

describe("a session token", () => {
  beforeEach(() => jar.cookies.clear());

  it("works until sign-out, and not after, even when copied beforehand", async () => {
    const { user, token } = await signedIn();
    expect((await getCurrentUser())?.id).toBe(user.id);
    const copied = jar.cookies.get("next-auth.session-token")!;
    // next-auth's sign-out route calls this event with the session's token.
    await authOptions().events!.signOut!({ token, session: null as never });
    jar.cookies.set("next-auth.session-token", copied);
    expect(await getCurrentUser()).toBeNull();
    expect((await callRoute("/api/me", "GET")).status).toBe(401);
  });

  it("is not renewed by next-auth's session endpoint after sign-out", async () => {
    const { token } = await signedIn();
    const jwt = authOptions().callbacks!.jwt!;
    await expect(jwt({ token } as never)).resolves.toMatchObject({ uid: token.uid });
    await authOptions().events!.signOut!({ token, session: null as never });
    await expect(jwt({ token } as never)).rejects.toThrow(/Session ended/);
  });

  it("ends at a password change; the new password is the one that works", async () => {
    const { user } = await signedIn("the old password");
    const wrong = await callRoute("/api/me/password", "POST", {
      bodyText: JSON.stringify({ currentPassword: "a guess", newPassword: "a new password" }),
    });
    expect(wrong.status).toBe(403);
    expect((await getCurrentUser())?.id).toBe(user.id);

    const res = await callRoute("/api/me/password", "POST", {
      bodyText: JSON.stringify({
        currentPassword: "the old password",
        newPassword: "a new password",
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await getCurrentUser()).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, "a new password")).toBe(true);
    expect(await verifyPassword(row.passwordHash!, "the old password")).toBe(false);
  });

  it("of another user is untouched by one user's sign-out", async () => {
    const a = await signedIn();
    const cookieA = jar.cookies.get("next-auth.session-token")!;
    const b = await signedIn();
    await authOptions().events!.signOut!({ token: b.token, session: null as never });
    jar.cookies.set("next-auth.session-token", cookieA);
    expect((await getCurrentUser())?.id).toBe(a.user.id);
  });

  it("ended stops a rating, which checks the session where it writes, not by a lookup", async () => {
    const { user, token } = await signedIn();
    const { essay } = await makeEssay(2);
    const queue = await getReviewQueue(
      { id: user.id, email: user.email, name: user.name, role: "student" },
      { limit: 2, essay: essay.slug },
    );
    const [first, second] = queue.cards.map((c) => c.cardId);
    const rate = (cardId: string) =>
      callRoute("/api/review/{cardId}", "POST", {
        params: { cardId },
        bodyText: JSON.stringify({ rating: "good", next: { limit: 1 } }),
      });
    expect((await rate(first!)).status).toBe(200);
    await authOptions().events!.signOut!({ token, session: null as never });
    const ended = await rate(second!);
    expect(ended.status).toBe(401);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    jar.cookies.clear();
    expect((await rate(second!)).status).toBe(401);
  });
});
