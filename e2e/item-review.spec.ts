import { test, expect, type Page } from "@playwright/test";
import { signedInPage } from "./fixtures/users";
import { testEssay } from "./fixtures/essays";

type ApiItem = { id: string; claimId: string; status: string; prompt: string; reason?: string };

/** A teacher's own essay, added through the API so each test has items nobody else touches. */
async function ownEssay(page: Page): Promise<{ slug: string; items: ApiItem[] }> {
  const res = await page.request.post("/api/essays", {
    data: { title: `${testEssay.title} ${Date.now()}`, text: testEssay.text },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { slug } = (await res.json()) as { slug: string };
  const items = (await (await page.request.get(`/api/essays/${slug}/items`)).json())
    .items as ApiItem[];
  return { slug, items };
}

const statusOf = async (page: Page, slug: string, id: string) =>
  ((await (await page.request.get(`/api/essays/${slug}/items`)).json()).items as ApiItem[]).find(
    (i) => i.id === id,
  )!.status;

test("items come grouped under their sentence, filtered with counts, each saying why it is a draft", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const { slug, items } = await ownEssay(page);
  await page.goto(`/essays/${slug}/review`);

  // Twenty items to a page, in essay order; each claim's sentence heads its items once.
  const firstPage = new Set(items.slice(0, 20).map((i) => i.claimId)).size;
  const drafts = items.filter((i) => i.status === "draft").length;
  await expect(page.getByRole("button", { name: `All (${items.length})` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Drafts (${drafts})` })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Claim \d+$/ })).toHaveCount(firstPage);
  await expect(page.getByRole("article")).toHaveCount(Math.min(20, items.length));
  const first = page.getByRole("region", { name: "Claim 1" });
  await expect(first.locator("mark")).toHaveCount(1);
  await expect(page.getByText(/^quality \d+/)).toHaveCount(0);

  await page.getByRole("button", { name: `Drafts (${drafts})` }).click();
  await expect(page.getByText("Why a draft:").first()).toBeVisible();
  await expect(page.getByRole("article")).not.toHaveCount(0);
  for (const a of await page.getByRole("article").all())
    await expect(a.getByText("draft", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/shots/item-review-desktop.png", fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/shots/item-review-390.png", fullPage: false });
  await page
    .getByRole("region", { name: "Claim 1" })
    .screenshot({ path: "test-results/shots/item-review-claim-390.png" });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test("publishing under the Drafts filter keeps every row in place, and Undo puts it back", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const { slug, items } = await ownEssay(page);
  await page.goto(`/essays/${slug}/review`);
  await page.getByRole("button", { name: /^Drafts \(/ }).click();

  const rows = page.getByRole("article");
  const firstRow = rows.nth(0);
  const secondRow = rows.nth(1);
  // One sentence gives several items with the same words: the row's own id says which it is.
  const firstId = (await firstRow.getAttribute("data-item-id"))!;
  expect(items.some((i) => i.id === firstId)).toBe(true);
  const nextPublish = secondRow.getByRole("button", { name: /^Publish item/ });
  // Where the next button sits on the page (not in the viewport: clicking may scroll).
  const top = () => nextPublish.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await top();

  await firstRow.getByRole("button", { name: /^Publish item/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published: 1 item." })).toBeVisible();
  // The row stays, marked published; the next item's button has not moved.
  await expect(firstRow.getByText("published", { exact: true })).toBeVisible();
  expect(await top()).toBe(before);
  expect(await statusOf(page, slug, firstId)).toBe("published");
  await expect(page.getByText("1 item no longer matches this filter")).toBeVisible();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone: 1 item" })).toBeVisible();
  await expect(firstRow.getByText("draft", { exact: true })).toBeVisible();
  // Back as it was: the generator's draft, not marked as edited by the teacher.
  await expect(firstRow.getByText("edited", { exact: true })).toHaveCount(0);
  expect(await statusOf(page, slug, firstId)).toBe("draft");
});

test("select many, publish them in one go, and drive it all from the keyboard", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const { slug } = await ownEssay(page);
  await page.goto(`/essays/${slug}/review`);
  await page.getByRole("button", { name: /^Drafts \(/ }).click();
  const rows = page.getByRole("article");

  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByRole("button", { name: "Publish selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published: 2 items." })).toBeVisible();
  await expect(page.getByText("0 selected")).toBeVisible();

  // The shortcuts are written on the page.
  await page.getByText("Keyboard shortcuts").click();
  await expect(page.getByText("next / previous item")).toBeVisible();
  // From the first row, j j: the third row; r retires it; u undoes that.
  await rows.nth(0).focus();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  // Rows never move on a decision, so the third row stays the third row.
  const third = rows.nth(2);
  await expect(third).toBeFocused();
  await page.keyboard.press("r");
  await expect(third.getByText("retired", { exact: true })).toBeVisible();
  await page.keyboard.press("u");
  await expect(third.getByText("draft", { exact: true })).toBeVisible();
  // x selects the focused row; p publishes the selection.
  await page.keyboard.press("x");
  await expect(third.getByRole("checkbox")).toBeChecked();
  await page.keyboard.press("p");
  await expect(third.getByText("published", { exact: true })).toBeVisible();

  // Re-applying the filter lets the published rows go.
  await page.getByRole("button", { name: "Refresh the list" }).click();
  await expect(page.getByText("published", { exact: true })).toHaveCount(0);
});

test("a bulk change with one item of another teacher's changes nothing; students and strangers are refused", async ({
  page,
  browser,
  baseURL,
}) => {
  await signedInPage(page, "teacher");
  const { slug, items } = await ownEssay(page);
  const other = await browser.newPage();
  await signedInPage(other, "teacher");
  const theirs = await ownEssay(other);
  const res = await page.request.patch("/api/items", {
    data: { ids: [items[0]!.id, theirs.items[0]!.id], status: "retired" },
  });
  expect(res.status()).toBe(404);
  expect(await statusOf(page, slug, items[0]!.id)).toBe(items[0]!.status);
  const bad = await page.request.patch("/api/items", { data: { ids: [], status: "retired" } });
  expect(bad.status()).toBe(422);
  // A student may not, and nobody signed out may.
  const student = await browser.newPage();
  await signedInPage(student, "student");
  const asStudent = await student.request.patch("/api/items", {
    data: { ids: [items[0]!.id], status: "retired" },
  });
  expect(asStudent.status()).toBe(403);
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.request.patch(`${baseURL}/api/items`, {
    data: { ids: [items[0]!.id], status: "retired" },
  });
  expect(signedOut.status()).toBe(401);
  expect(await statusOf(page, slug, items[0]!.id)).toBe(items[0]!.status);
  await Promise.all([other.close(), student.close(), anonymous.close()]);
});

test("publishing one item of a sentence leaves its other drafts' reasons, and the rows below, as they were", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const { slug, items } = await ownEssay(page);
  // A sentence with nothing published yet: publishing one of its drafts is what would change
  // the others' reasons ("Another item of this sentence is published") if the page re-read them.
  const untouched = items.filter(
    (i) =>
      i.status === "draft" &&
      !items.some((o) => o.claimId === i.claimId && o.status === "published"),
  );
  const other = untouched.find((i) =>
    items.some((o) => o.claimId === i.claimId && o.id !== i.id && o.status === "draft"),
  );
  expect(other, "the fixture essay has such a sentence").toBeDefined();
  const chosen = items.find(
    (o) => o.claimId === other!.claimId && o.id !== other!.id && o.status === "draft",
  )!;
  await page.goto(`/essays/${slug}/review`);
  const row = (id: string) => page.getByRole("article").and(page.locator(`[data-item-id="${id}"]`));
  const why = row(other!.id)
    .getByText(/^Why a draft:/)
    .locator("..");
  const whyBefore = await why.textContent();
  const button = row(other!.id).getByRole("button", { name: /^Publish item/ });
  const top = () => button.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await top();

  await row(chosen.id)
    .getByRole("button", { name: /^Publish item/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Published: 1 item." })).toBeVisible();
  await expect(row(chosen.id).getByText("published", { exact: true })).toBeVisible();
  expect(await why.textContent()).toBe(whyBefore);
  expect(await top()).toBe(before);
});
