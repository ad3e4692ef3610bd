import { describe, expect, it, vi } from "vitest";

vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough");

import { authOptions } from "@/lib/auth/options";
import { isHttpCallback, safePath, safeRedirect } from "@/lib/auth/callback-url";

const BASE = "http://localhost:3000";
const HOSTILE = [
  "javascript:alert(1)",
  "http://[::1",
  "\t//evil.example",
  "https://evil.example/steal",
  "//evil.example",
  "/\\evil.example",
  "http://localhost:3000@evil.example/",
  "data:text/html,<script>alert(1)</script>",
];

// next-auth's own routes with these values are exercised against the production build in
// e2e/security.spec.ts (next-auth reads next/headers through require(), out of Vitest's reach).
describe("next-auth's redirect callback", () => {
  it.each(HOSTILE)("sends a hostile callbackUrl home instead of throwing: %j", async (url) => {
    const redirect = authOptions().callbacks?.redirect;
    expect(redirect).toBeDefined();
    await expect(redirect!({ url, baseUrl: BASE })).resolves.toBe(BASE);
  });
});

describe("safe callback URLs", () => {
  it("keep same-site paths and this origin's URLs", () => {
    expect(safeRedirect("/essays/x?y=1", BASE)).toBe(`${BASE}/essays/x?y=1`);
    expect(safeRedirect(`${BASE}/review`, BASE)).toBe(`${BASE}/review`);
    expect(safePath("/quizzes?essay=a")).toBe("/quizzes?essay=a");
  });
  it.each(HOSTILE)("send anything else home: %j", (value) => {
    expect(safeRedirect(value, BASE)).toBe(BASE);
    expect(safePath(value)).toBe("/");
  });
});

describe("callback URLs next-auth would throw on", () => {
  it("are told apart from the ones it reads (proxy.ts drops the former before next-auth sees them)", () => {
    for (const bad of ["javascript:alert(1)", "http://[::1", "\t//evil.example", "data:x"])
      expect(isHttpCallback(bad, BASE), bad).toBe(false);
    for (const ok of ["/essays", "https://evil.example/x", `${BASE}/review`])
      expect(isHttpCallback(ok, BASE), ok).toBe(true);
  });
});
