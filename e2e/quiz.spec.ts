import AxeBuilder from "@axe-core/playwright";
import { test, expect, signedInPage } from "./fixtures/users";
import { queue, studyEssay } from "./fixtures/learn";

test("a student takes a quiz, sees explanations with sources, and missed items come back in review", async ({
  page,
}) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  await page.goto(`/essays/${essay.slug}`);
  await page.getByRole("link", { name: "Take a quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\?essay=/);
  await expect(page.getByLabel("Essay")).toHaveValue(essay.slug);
  await page.getByLabel("Number of questions").fill("6");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText("Answered 0 of 6")).toBeVisible();

  const groups = page.getByRole("main").getByRole("group");
  await expect(groups).toHaveCount(6);
  let typed = 0;
  for (let i = 0; i < 6; i++) {
    const g = groups.nth(i);
    const radios = g.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    else {
      await g.getByRole("textbox").fill("certainly not this");
      typed++;
    }
    await expect(page.getByText(`Answered ${i + 1} of 6`)).toBeVisible();
  }
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "6");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => ["serious", "critical"].includes(v.impact ?? ""))
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  await page.getByRole("button", { name: "Submit answers" }).click();
  const heading = page.getByRole("heading", { name: /You scored \d of 6/ });
  await expect(heading).toBeVisible();
  const results = page.getByRole("main").getByRole("listitem");
  await expect(results).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    const r = results.nth(i);
    await expect(r.getByText("Expected answer")).toBeVisible();
    await expect(r.getByText("Your answer")).toBeVisible();
    await expect(r.getByRole("link", { name: /^Source:/ })).toHaveAttribute(
      "href",
      new RegExp(`^/essays/${essay.slug}#claim-`),
    );
  }
  // Typed nonsense is wrong; each wrong answer is said to be queued for review.
  await expect(page.getByText("Wrong", { exact: true })).toHaveCount(
    6 - Number((await heading.textContent())!.match(/scored (\d)/)![1]),
  );
  expect(typed).toBeGreaterThanOrEqual(0);
  const url = page.url();

  // Results survive a reload; the quiz cannot be submitted again.
  await page.reload();
  await expect(page.getByRole("heading", { name: /You scored \d of 6/ })).toBeVisible();
  const again = await page.request.post(`${url.replace(/.*\/quizzes\//, "/api/quizzes/")}/submit`, {
    data: { answers: [] },
  });
  expect(again.status()).toBe(409);

  // History lists the attempt with its score.
  await page.goto("/quizzes");
  const row = page.getByRole("row", { name: new RegExp(essay.title) });
  await expect(row.first()).toContainText(/\d \/ 6/);

  // Wrong answers bring cards forward: the general review queue now has them.
  const wrong = 6 - Number((await row.first().textContent())!.match(/(\d) \/ 6/)![1]);
  if (wrong > 0) {
    const q = await queue(page.request);
    expect(q.cards.length).toBeGreaterThan(0);
  }
});

test("a quiz of typed questions only, all wrong, scores zero and fills the review queue", async ({
  page,
}) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  await page.goto(`/quizzes?essay=${essay.slug}`);
  await page.getByLabel("Multiple choice").uncheck();
  await page.getByLabel("True or false").uncheck();
  // The seed essay publishes two typed questions (a blank and a short answer).
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText("Answered 0 of 2")).toBeVisible();
  // Leave one blank: unanswered counts as wrong.
  const boxes = page.getByRole("main").getByRole("textbox");
  await boxes.nth(0).fill("xyzzy");
  await expect(page.getByText("1 unanswered question counts as wrong")).toBeVisible();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: "You scored 0 of 2" })).toBeVisible();
  await expect(page.getByText("No answer")).toBeVisible();
  await expect(page.getByText("added to your review queue")).toHaveCount(2);
  await page.getByRole("link", { name: "Review what you missed" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId("card-front")).toBeVisible();
});

test("quiz requests are validated", async ({ page }) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  for (const data of [{}, { essay: essay.slug, setId: "x" }, { essay: essay.slug, count: 0 }]) {
    const res = await page.request.post("/api/quizzes", { data });
    expect(res.status(), JSON.stringify(data)).toBe(422);
    expect((await res.json()).error.code).toBe("invalid");
  }
  expect(
    (await page.request.post("/api/quizzes", { data: { essay: "no-such-essay" } })).status(),
  ).toBe(404);
  const created = await page.request.post("/api/quizzes", { data: { essay: essay.slug } });
  expect(created.status()).toBe(201);
  const body = await created.json();
  // Ten questions by default, or every published question when the essay has fewer (flashcards
  // are for review, not quizzes).
  const items = (await (await page.request.get(`/api/essays/${essay.slug}/items`)).json()) as {
    items: { type: string }[];
  };
  const askable = items.items.filter((i) => i.type !== "flashcard").length;
  expect(askable).toBeGreaterThan(0);
  expect(body.questions).toHaveLength(Math.min(10, askable));
  expect(JSON.stringify(body)).not.toMatch(/"(answer|expected|explanation)"/);
});
