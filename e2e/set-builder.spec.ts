import { test, expect } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

type ApiItem = { id: string; claimId: string; type: string; prompt: string; status: string };

test("Build a set from an essay opens on that essay, warns about weak pairs, and stays there after saving", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const essays = (
    (await (await page.request.get("/api/essays")).json()).essays as {
      slug: string;
      title: string;
    }[]
  ).sort((a, b) => a.title.localeCompare(b.title));
  // Not the first alphabetically: that is where the builder used to open whatever the essay.
  const essay = essays.at(-1)!;
  const items = (
    await (await page.request.get(`/api/essays/${essay.slug}/items?status=published`)).json()
  ).items as ApiItem[];
  // Two published items of one claim, and a published flashcard.
  const byClaim = new Map<string, ApiItem[]>();
  for (const i of items) byClaim.set(i.claimId, [...(byClaim.get(i.claimId) ?? []), i]);
  const pair = [...byClaim.values()].find((g) => g.length >= 2);
  const flashcard = items.find((i) => i.type === "flashcard");

  await page.goto(`/essays/${essay.slug}`);
  await page.getByRole("link", { name: "Build a set" }).click();
  await expect(page).toHaveURL(new RegExp(`/sets/new\\?essay=${essay.slug}`));
  await expect(page.getByLabel("Essay", { exact: true })).toHaveValue(essay.slug);
  await expect(page.getByRole("list", { name: `Items of ${essay.title}` })).toBeVisible();

  const add = (prompt: string) =>
    page
      .getByRole("button", {
        name: `Add to set: ${prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt}`,
      })
      .click();
  if (pair) {
    await add(pair[0]!.prompt);
    await add(pair[1]!.prompt);
    await expect(page.getByRole("region", { name: "Check these items" })).toContainText(
      "Items 1 and 2 come from one sentence",
    );
  }
  if (flashcard) {
    await add(flashcard.prompt);
    await expect(
      page
        .getByRole("list", { name: "Items in the set" })
        .getByText("Reviews only: quizzes never ask flashcards."),
    ).toBeVisible();
  }
  expect(pair ?? flashcard, "the essay has a pair or a flashcard to try").toBeTruthy();
  await expect(page.getByText(/As a quiz:.*items? (is|are) asked/)).toBeVisible();
  await page.screenshot({ path: "test-results/shots/set-builder-desktop.png" });

  await page.getByLabel("Set title").fill("Checked pairs");
  await page.getByRole("button", { name: "Save set" }).click();
  await expect(page.getByRole("heading", { name: "Checked pairs" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`essay=${essay.slug}`));
  await expect(page.getByLabel("Essay", { exact: true })).toHaveValue(essay.slug);
  // Saving changes keeps the essay too.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Essay", { exact: true })).toHaveValue(essay.slug);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/shots/set-builder-390.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
