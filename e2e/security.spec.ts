import { test, expect } from "@playwright/test";
import { createUser, signedInPage } from "./fixtures/users";

test("pages carry a strict Content Security Policy and the other security headers", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/signin");
  const h = res!.headers();
  const csp = h["content-security-policy"]!;
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-powered-by"]).toBeUndefined();
  // The page still works under the policy: the client-side form signs in.
  const user = await createUser(page.request, "student");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
  expect(violations).toEqual([]);

  const api = await page.request.get("/api/me");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await signedInPage(page, "student");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
});

test("an essay containing HTML and script renders as inert text", async ({ page }) => {
  await signedInPage(page, "teacher");
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const payload = `<script>alert("x")</script><img src=x onerror="alert('y')">`;
  const text = `The harbour committee met in spring to discuss the new seawall. ${payload} The engineers presented three designs for the northern pier, and the committee chose the cheapest one. Residents later argued that the cheapest design had been a mistake for the town.`;
  const res = await page.request.post("/api/essays", {
    data: { title: "Inert <b>markup</b>", text },
  });
  expect(res.status()).toBe(201);
  const { slug } = await res.json();
  await page.goto(`/essays/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inert <b>markup</b>");
  await expect(page.locator("article img")).toHaveCount(0);
  await expect(page.locator("article script")).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialog).toBe(false);
});

test("failed sign-ins are limited per account with 429 and Retry-After", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL });
  const user = await createUser(request, "student");
  const attempt = async (password: string) => {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: user.email, password, json: "true" },
      maxRedirects: 0,
    });
  };
  for (let i = 0; i < 10; i++) expect((await attempt("wrong-password")).status()).not.toBe(429);
  const limited = await attempt(user.password);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited.json()).error.code).toBe("rate_limited");
  // Limited means limited: even the right password waits.
  expect((await request.get("/api/me")).status()).toBe(401);
  await request.dispose();
});
