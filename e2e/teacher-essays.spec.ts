import { test, expect } from "@playwright/test";
import { signedInPage } from "./fixtures/users";
import { testEssay } from "./fixtures/essays";

test("a teacher uploads an essay, sees its items, edits one and publishes it", async ({ page }) => {
  await signedInPage(page, "teacher");
  await page.goto("/essays/new");
  await page.getByLabel("Title").fill(testEssay.title);
  await page.getByLabel("Source (optional)").fill("Written for the Claimdeck tests");
  await page.getByLabel("Essay text").fill(testEssay.text);
  await page.getByRole("button", { name: "Add essay" }).click();

  const done = page.getByRole("status").filter({ hasText: "Essay added" });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toContainText(/\d+ claims/);
  await done.getByRole("link", { name: "Review the items" }).click();

  await expect(page.getByRole("heading", { name: `Items: ${testEssay.title}` })).toBeVisible();
  // Boilerplate never becomes a question.
  await expect(page.getByText("Subscribe to our newsletter")).toHaveCount(0);

  await page.getByRole("button", { name: /^Drafts \(/ }).click();
  await page
    .getByRole("button", { name: /^Edit item/ })
    .first()
    .click();
  // Only one item is open for editing, so its fields are unique on the page.
  const explanation = "Edited by the teacher: see the second paragraph.";
  await page.getByLabel("Explanation").fill(explanation);
  await page.getByRole("button", { name: "Save" }).click();
  const item = page.getByRole("article").filter({ hasText: explanation });
  await expect(item).toHaveCount(1);
  await expect(item.getByText("edited", { exact: true })).toBeVisible();

  await item.getByRole("button", { name: /^Publish item/ }).click();
  // Published, it stays in place until the list is refreshed, then leaves the draft filter and
  // shows among the published items.
  await expect(item.getByText("published", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Refresh the list" }).click();
  await expect(item).toHaveCount(0);
  await page.getByRole("button", { name: /^Published \(/ }).click();
  const published = page.getByRole("article").filter({ hasText: explanation });
  await expect(published).toHaveCount(1);
  await expect(published.getByText("published", { exact: true })).toBeVisible();

  // A student sees it through the API, edit included.
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const items = await (await page.request.get(`/api/essays/${slug}/items`)).json();
  expect(
    items.items.some(
      (i: { explanation: string; status: string }) =>
        i.explanation === explanation && i.status === "published",
    ),
  ).toBe(true);
});

test("the essays API refuses bad essays with clear errors and stores nothing", async ({ page }) => {
  await signedInPage(page, "teacher");

  const empty = await page.request.post("/api/essays", { data: { title: "Empty", text: "   " } });
  expect(empty.status()).toBe(422);
  expect((await empty.json()).error.message).toMatch(/empty|short/i);

  const binary = await page.request.post("/api/essays", {
    data: { title: "Binary", text: "PK\u0003\u0004\u0000\u0000".repeat(50) },
  });
  expect(binary.status()).toBe(422);
  expect((await binary.json()).error.message).toMatch(/binary/i);

  const huge = await page.request.post("/api/essays", {
    data: { title: "Huge", text: "word ".repeat(45_000) },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("too_large");

  // Other tests add essays in parallel, so look for these three by title rather than counting.
  const titles = (
    (await (await page.request.get("/api/essays")).json()).essays as { title: string }[]
  ).map((e) => e.title);
  for (const t of ["Empty", "Binary", "Huge"]) expect(titles).not.toContain(t);
});

test("students may not add essays or edit items", async ({ page }) => {
  await signedInPage(page, "student");
  const res = await page.request.post("/api/essays", {
    data: { title: "Mine", text: testEssay.text },
  });
  expect(res.status()).toBe(403);
  const essays = (await (await page.request.get("/api/essays")).json()).essays as {
    slug: string;
  }[];
  const items = (await (await page.request.get(`/api/essays/${essays[0]!.slug}/items`)).json())
    .items as { id: string; status: string }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((i) => i.status === "published")).toBe(true);
  const patch = await page.request.patch(`/api/items/${items[0]!.id}`, {
    data: { status: "retired" },
  });
  expect(patch.status()).toBe(403);
  await page.goto("/essays/new");
  await expect(page).toHaveURL(/\/$/);
});
