import { test, expect } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

test("the teacher home fetches no essay page before one is clicked, and the site has a favicon", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const essayFetches: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/essays/")) essayFetches.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Essays" })).toBeVisible();
  const links = page.getByRole("main").getByRole("link", { name: /claims ·/ });
  expect(await links.count()).toBeGreaterThan(0);
  // Next.js prefetches links as they scroll into view, right after hydration: give it the time.
  await page.waitForLoadState("load");
  await page.waitForTimeout(2000);
  expect(essayFetches.filter((u) => !u.includes("/essays/new"))).toEqual([]);

  const icon = page.locator('head link[rel="icon"]');
  await expect(icon).toHaveCount(1);
  const res = await page.request.get((await icon.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
});
