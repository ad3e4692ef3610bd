import { describe, expect, it, vi } from "vitest";

describe("session cookies", () => {
  it("are Secure when the app is served over HTTPS", async () => {
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_URL", "https://claimdeck.example.org");
    vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough");
    const { authOptions } = await import("@/lib/auth/options");
    expect(authOptions().useSecureCookies).toBe(true);
    vi.unstubAllEnvs();
  });

  it("are not Secure on plain-HTTP local runs (or the browser would drop them)", async () => {
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough");
    const { authOptions } = await import("@/lib/auth/options");
    expect(authOptions().useSecureCookies).toBe(false);
    vi.unstubAllEnvs();
  });

  it("refuse to start in production without a secret", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    delete process.env.NEXTAUTH_SECRET;
    const { authOptions } = await import("@/lib/auth/options");
    expect(() => authOptions()).toThrow(/NEXTAUTH_SECRET is not set/);
    vi.unstubAllEnvs();
  });
});

describe("OAuth providers", () => {
  it("are offered only when both halves of their keys are set", async () => {
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough");
    vi.stubEnv("GITHUB_ID", "gh-id");
    vi.stubEnv("GITHUB_SECRET", "gh-secret");
    vi.stubEnv("GOOGLE_CLIENT_ID", "only-half");
    const { authOptions, oauthProviders } = await import("@/lib/auth/options");
    expect(oauthProviders()).toEqual([{ id: "github", name: "GitHub" }]);
    expect(authOptions().providers.map((p) => p.id)).toEqual(["credentials", "github"]);
    vi.unstubAllEnvs();
  });
});
