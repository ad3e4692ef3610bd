import { test, expect } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";

// Runs when the suite runs against PostgreSQL with two app instances on one database.
const second = process.env.E2E_SECOND_URL;

test.describe("two app instances on one database", () => {
  test.skip(!second, "needs E2E_POSTGRES_URL (two instances share PostgreSQL)");

  test("a session made on one instance works on the other", async ({ request }) => {
    const user = await createUser(request, "student");
    await signInApi(request, user);
    const here = await (await request.get("/api/me")).json();
    const there = await request.get(`${second}/api/me`);
    expect(there.status()).toBe(200);
    expect(await there.json()).toEqual(here);
  });

  test("an account made on one instance signs in on the other", async ({ playwright }) => {
    const a = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL });
    const b = await playwright.request.newContext({ baseURL: second });
    const user = await createUser(a, "teacher");
    await signInApi(b, user);
    expect((await (await b.get("/api/me")).json()).email).toBe(user.email);
    await a.dispose();
    await b.dispose();
  });
});
