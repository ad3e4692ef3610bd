import AxeBuilder from "@axe-core/playwright";
import { test, expect, signedInPage } from "./fixtures/users";
import { queue, studyEssay } from "./fixtures/learn";

test("reviews and quizzes show up on the progress page, with charts and a data fallback", async ({
  page,
}) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  const { cards } = await queue(page.request, essay.slug);
  for (const c of cards.slice(0, 4)) {
    const res = await page.request.post(`/api/review/${c.cardId}`, { data: { rating: "easy" } });
    expect(res.status()).toBe(200);
  }
  const quiz = await (
    await page.request.post("/api/quizzes", { data: { essay: essay.slug, count: 3 } })
  ).json();
  const submitted = await page.request.post(`/api/quizzes/${quiz.id}/submit`, {
    data: { answers: [] },
  });
  expect(submitted.status()).toBe(200);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(page.getByTestId("reviews-today")).toHaveText("4");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByRole("img", { name: /Cards due per day, next 30 days/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Reviews per day, last 26 weeks/ })).toBeVisible();
  await expect(
    page.locator("figcaption").getByText(/4 reviews on 1 of the last \d+ days/),
  ).toBeVisible();
  // Cards learnt today fall due in the coming days: the forecast counts all four.
  await expect(
    page.locator("figcaption").getByText(/^4 cards fall due in the next 30 days/),
  ).toBeVisible();
  await page.getByText("Show the forecast as a table").click();
  await expect(page.getByRole("table", { name: "Cards due per day" })).toBeVisible();
  // The quiz is listed with its score.
  await expect(page.getByRole("link", { name: essay.title })).toBeVisible();
  await expect(page.getByText("0 / 3")).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => ["serious", "critical"].includes(v.impact ?? ""))
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
});

test("a student changes desired retention and the daily new-card limit", async ({ page }) => {
  await signedInPage(page, "student");
  await page.goto("/progress");
  await page.getByLabel("New cards a day").fill("2");
  await page.getByLabel(/Desired retention/).fill("85");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  const settings = await (await page.request.get("/api/me/settings")).json();
  expect(settings).toEqual({ desiredRetention: 0.85, newCardsPerDay: 2, timeZone: "UTC" });

  const essay = await studyEssay(page.request);
  const q = await queue(page.request, essay.slug);
  expect(q.cards).toHaveLength(2);

  const bad = await page.request.patch("/api/me/settings", { data: { desiredRetention: 0.5 } });
  expect(bad.status()).toBe(422);
  expect((await (await page.request.get("/api/me/settings")).json()).desiredRetention).toBe(0.85);
});

test("the essay reader shades claims by recall, with a legend", async ({ page }) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  await page.goto(`/essays/${essay.slug}`);
  await expect(page.getByText("Claims are shaded by how well you recall them")).toBeVisible();
  await expect(page.locator("mark[title*='probability']")).toHaveCount(0);
  const [card] = (await queue(page.request, essay.slug)).cards;
  await page.request.post(`/api/review/${card!.cardId}`, { data: { rating: "easy" } });
  await page.reload();
  const known = page.locator("mark[title*='probability']");
  await expect(known).toHaveCount(1);
  await expect(known).toHaveClass(/bg-green-100/);
});
