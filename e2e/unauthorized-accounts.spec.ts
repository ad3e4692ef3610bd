import { test, expect } from "@playwright/test";

test.describe("signed-out visitors", () => {
  test("get 401 in the contract's shape from the API", async ({ request }) => {
    for (const path of ["/api/me", "/api/essays"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(401);
      const body = await res.json();
      expect(body.error.code).toBe("unauthorized");
      expect(typeof body.error.message).toBe("string");
    }
  });

  test("are sent to sign in from a protected page, and back afterwards", async ({ page }) => {
    await page.goto("/essays");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fessays/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});
