import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined,
  }),
}));

const SECRET = "a-test-secret-that-is-long-enough";
vi.stubEnv("NEXTAUTH_SECRET", SECRET);

import { sessionUserId } from "@/lib/auth/session-token";

describe("reading the session cookie", () => {
  beforeEach(() => jar.cookies.clear());

  it("finds the user id in a cookie next-auth signed", async () => {
    jar.cookies.set(
      "next-auth.session-token",
      await encode({ secret: SECRET, token: { uid: "user-1" } }),
    );
    expect(await sessionUserId()).toBe("user-1");
  });

  it("reads the __Secure- cookie used over HTTPS", async () => {
    jar.cookies.set(
      "__Secure-next-auth.session-token",
      await encode({ secret: SECRET, token: { uid: "user-2" } }),
    );
    expect(await sessionUserId()).toBe("user-2");
  });

  it("refuses a missing, forged, tampered or expired token", async () => {
    expect(await sessionUserId()).toBeNull();
    jar.cookies.set(
      "next-auth.session-token",
      await encode({ secret: "another-secret-entirely-1234", token: { uid: "x" } }),
    );
    expect(await sessionUserId()).toBeNull();
    const good = await encode({ secret: SECRET, token: { uid: "user-3" } });
    jar.cookies.set("next-auth.session-token", good.slice(0, -4) + "AAAA");
    expect(await sessionUserId()).toBeNull();
    jar.cookies.set(
      "next-auth.session-token",
      await encode({ secret: SECRET, token: { uid: "user-4" }, maxAge: -60 }),
    );
    expect(await sessionUserId()).toBeNull();
  });
});
