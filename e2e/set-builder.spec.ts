import { test, expect } from "@playwright/test";
import { signedInPage } from "./fixtures/users";
import { testEssay } from "./fixtures/essays";

type ApiItem = { id: string; claimId: string; type: string; prompt: string; status: string };

test("Build a set from an essay opens on that essay, warns about weak pairs, and stays there after saving", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  // The teacher's own essay, titled to sort last: the builder used to open on the first one.
  const made = await page.request.post("/api/essays", {
    data: { title: `Zephyr ${Date.now()}: ${testEssay.title}`, text: testEssay.text },
  });
  expect(made.status(), await made.text()).toBe(201);
  const { slug } = (await made.json()) as { slug: string };
  const essay = {
    slug,
    title: ((await (await page.request.get(`/api/essays/${slug}`)).json()) as { title: string })
      .title,
  };
  const all = (await (await page.request.get(`/api/essays/${slug}/items`)).json())
    .items as ApiItem[];
  // Publish two items of one claim (not true/false: its prompt is a statement) and a flashcard
  // of another claim.
  const byClaim = new Map<string, ApiItem[]>();
  for (const i of all)
    if (i.type !== "flashcard") byClaim.set(i.claimId, [...(byClaim.get(i.claimId) ?? []), i]);
  const pair = [...byClaim.values()].find((g) => g.length >= 2)!.slice(0, 2);
  const flashcard = all.find((i) => i.type === "flashcard" && i.claimId !== pair[0]!.claimId)!;
  const published = await page.request.patch("/api/items", {
    data: { ids: [...pair.map((i) => i.id), flashcard.id], status: "published" },
  });
  expect(published.status(), await published.text()).toBe(200);

  await page.goto(`/essays/${essay.slug}`);
  await page.getByRole("link", { name: "Build a set" }).click();
  await expect(page).toHaveURL(new RegExp(`/sets/new\\?essay=${essay.slug}`));
  await expect(page.getByLabel("Essay", { exact: true })).toHaveValue(essay.slug);
  await expect(page.getByRole("list", { name: `Items of ${essay.title}` })).toBeVisible();

  // One sentence often gives a cloze, a flashcard and a question with the same words: the button
  // names the item's type too.
  const TYPE_NAMES: Record<string, string> = {
    mcq: "Multiple choice",
    true_false: "True / false",
    cloze: "Cloze",
    short_answer: "Short answer",
    flashcard: "Flashcard",
  };
  // The name says what is asked: a "Context: “…”" lead-in that items of one sentence share is
  // left out, or two flashcards of one sentence would be named alike.
  const add = ({ type, prompt }: ApiItem) => {
    const asked = prompt.replace(/^Context: “[^”]*”\s+/, "");
    return page
      .getByRole("button", {
        name: `Add to set: ${TYPE_NAMES[type]}: ${asked.length > 60 ? `${asked.slice(0, 57)}…` : asked}`,
        exact: true,
      })
      .click();
  };
  await add(pair[0]!);
  await add(pair[1]!);
  await expect(page.getByRole("region", { name: "Check these items" })).toContainText(
    "Items 1 and 2 come from one sentence",
  );
  await add(flashcard);
  await expect(
    page
      .getByRole("list", { name: "Items in the set" })
      .getByText("Reviews only: quizzes never ask flashcards."),
  ).toBeVisible();
  await expect(page.getByText("As a quiz: 2 of 3 items are asked.")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
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
  await page.getByRole("heading", { name: /^Your set/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/shots/set-builder-390.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
