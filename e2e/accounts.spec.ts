import { test, expect } from "@playwright/test";
import { uniqueUser } from "./fixtures/users";

test("a student signs up, signs in, reads an essay and signs out", async ({ page }) => {
  const u = uniqueUser("student", "Ada Reader");

  await page.goto("/signup");
  await page.getByLabel("Name").fill(u.name);
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill(u.password);
  await page.getByLabel("Student").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // A newcomer is welcomed, not welcomed back.
  await expect(page.getByRole("heading", { name: "Welcome, Ada Reader" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill(u.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Ada Reader" })).toBeVisible();

  await page.getByRole("link", { name: "Essays", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Essays", level: 1 })).toBeVisible();
  const first = page.locator("main ul li a").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  // The essay is shown with its claims marked.
  await expect(page.locator("article mark").first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(401);
});

test("a teacher is greeted as a teacher", async ({ page }) => {
  const u = uniqueUser("teacher", "Grace Teacher");
  await page.goto("/signup");
  await page.getByLabel("Name").fill(u.name);
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill(u.password);
  await page.getByLabel("Teacher").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Good to see you, Grace Teacher" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add an essay" })).toBeVisible();
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match an account");
});

test("a bad sign-up gets the contract's error and a clear message", async ({ page, request }) => {
  const res = await request.post("/api/auth/signup", {
    data: { email: "not-an-email", password: "short", name: "", role: "admin" },
  });
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.error.code).toBe("invalid");
  expect(body.error.message).toMatch(/email/i);

  const malformed = await request.post("/api/auth/signup", {
    headers: { "content-type": "application/json" },
    data: "{not json",
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("bad_request");

  const u = uniqueUser("student");
  expect((await request.post("/api/auth/signup", { data: u })).status()).toBe(201);
  const dup = await request.post("/api/auth/signup", { data: u });
  expect(dup.status()).toBe(409);
  expect((await dup.json()).error.code).toBe("conflict");

  await page.goto("/signup");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("already exists");
});
