import AxeBuilder from "@axe-core/playwright";
import { test, expect, signedInPage } from "./fixtures/users";
import { queue, sharedStudyEssay, studyEssay } from "./fixtures/learn";

test("a student reviews ten cards with the keyboard alone, then undoes one with Z", async ({
  page,
  baseURL,
}) => {
  const essay = await sharedStudyEssay(baseURL!);
  await signedInPage(page, "student");
  await page.goto(`/essays/${essay.slug}`);
  await page.getByRole("link", { name: "Study flashcards" }).click();
  await expect(page).toHaveURL(new RegExp(`/review\\?essay=${essay.slug}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(essay.title);

  const newCount = page.getByTestId("count-new");
  const startNew = Number(await newCount.textContent());
  // Enough new cards, one per claim; cards rated again or hard come back minutes later.
  expect(startNew).toBe(Math.min(20, essay.flashcardClaims));
  expect(startNew).toBeGreaterThanOrEqual(8);
  await expect(page.getByText("Space show answer")).toBeVisible();

  const fronts: string[] = [];
  let newRated = 0;
  const ratings = ["1", "2", "3", "4", "3", "4", "3", "4", "3", "3"];
  for (const [i, key] of ratings.entries()) {
    const front = (await page.getByTestId("card-front").textContent())!;
    fronts.push(front);
    const isNew = await page.getByText("New card", { exact: true }).isVisible();
    if (isNew) newRated++;
    await expect(page.getByTestId("card-back")).toBeHidden();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    // The back shows the source sentence, linked to its claim in the essay.
    await expect(page.getByRole("link", { name: /^Read it in/ })).toHaveAttribute(
      "href",
      new RegExp(`^/essays/${essay.slug}#claim-`),
    );
    // Each rating button shows the interval it would give.
    if (isNew) {
      await expect(page.getByRole("button", { name: /^Again/ })).toContainText("1m");
      await expect(page.getByRole("button", { name: /^Good/ })).toContainText("10m");
    }
    await expect(page.getByRole("button", { name: /^Easy/ })).toContainText(/\d+(m|h|d)/);
    await page.keyboard.press(key);
    await expect(page.getByText(`Reviewed this session: ${i + 1}`)).toBeVisible();
    // When the local queue ran out the page fetches the next one: wait until it has settled.
    await expect(page.getByRole("button", { name: /Undo last rating/ })).toBeEnabled();
  }
  expect(newRated).toBeGreaterThanOrEqual(8);
  // The first card (again, 1 minute) came back once the new cards were done, if any were left.
  await expect(newCount).toHaveText(String(startNew - newRated));
  const lastWasNew = newRated === ratings.length || fronts.indexOf(fronts[9]!) === 9;

  // Z brings the last card back, unrated (once the last rating has been saved).
  await expect(page.getByRole("button", { name: /Undo last rating/ })).toBeEnabled();
  await page.keyboard.press("z");
  await expect(page.getByTestId("card-front")).toHaveText(fronts[9]!);
  await expect(page.getByTestId("card-back")).toBeHidden();
  await expect(page.getByText("Reviewed this session: 9")).toBeVisible();
  await expect(newCount).toHaveText(String(startNew - newRated + (lastWasNew ? 1 : 0)));

  const stats = await (await page.request.get("/api/stats")).json();
  expect(stats.reviewsToday).toBe(9);
});

test("mouse and touch users have labelled buttons; the page passes axe", async ({ page }) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  await page.goto(`/review?essay=${essay.slug}`);
  const front = await page.getByTestId("card-front").textContent();
  await page.getByRole("button", { name: /Show answer/ }).click();
  await expect(page.getByRole("group", { name: "Rate your recall" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => ["serious", "critical"].includes(v.impact ?? ""));
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(page.getByTestId("card-front")).not.toHaveText(front!);
  await page.getByRole("button", { name: /Undo last rating/ }).click();
  await expect(page.getByTestId("card-front")).toHaveText(front!);
});

test("an empty queue says when the next card is due and what to do", async ({ page }) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: /Nothing to review right now/ })).toBeVisible();
  await expect(page.getByText("No cards are scheduled yet.")).toBeVisible();
  // One card made (limit=1) and learnt well: due in days, nothing else assigned.
  const first = await page.request.get(`/api/review/queue?essay=${essay.slug}&limit=1`);
  const [card] = ((await first.json()) as { cards: { cardId: string }[] }).cards;
  const rated = await page.request.post(`/api/review/${card!.cardId}`, {
    data: { rating: "easy" },
  });
  expect(rated.status()).toBe(200);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: /Nothing to review right now/ })).toBeVisible();
  await expect(page.getByText(/Your next card is due in \d+ (day|hour)s?/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Read an essay" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take a quiz" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ["serious", "critical"].includes(v.impact ?? ""))).toEqual(
    [],
  );
});

test("the review API refuses bad ratings without changing anything", async ({ page }) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  const [card] = (await queue(page.request, essay.slug)).cards;
  const bad = await page.request.post(`/api/review/${card!.cardId}`, { data: { rating: "meh" } });
  expect(bad.status()).toBe(422);
  const malformed = await page.request.post(`/api/review/${card!.cardId}`, {
    headers: { "content-type": "application/json" },
    data: "{nope",
  });
  expect(malformed.status()).toBe(400);
  expect((await page.request.get("/api/review/queue?limit=0")).status()).toBe(400);
  const stats = await (await page.request.get("/api/stats")).json();
  expect(stats.reviewsToday).toBe(0);
  // One key, many sends: scheduled once.
  const sends = await Promise.all(
    Array.from({ length: 8 }, () =>
      page.request.post(`/api/review/${card!.cardId}`, {
        data: { rating: "good", idempotencyKey: "e2e-once" },
      }),
    ),
  );
  const bodies = await Promise.all(sends.map((r) => r.json()));
  for (const b of bodies) expect(b).toEqual(bodies[0]);
  expect((await (await page.request.get("/api/stats")).json()).reviewsToday).toBe(1);
});
