import { test, expect } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

type Result = { questionId: string; correct: boolean; reviewQueued?: boolean };

test("after a quiz, the page counts only the missed questions really queued for review", async ({
  page,
}) => {
  const user = await signedInPage(page, "student");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();

  // A quiz with true/false items (several make no card), all left blank: every one is missed.
  const essays = (await (await page.request.get("/api/essays")).json()).essays as {
    slug: string;
  }[];
  let quiz: { id: string; questions: { id: string }[] } | null = null;
  for (const e of essays) {
    const res = await page.request.post("/api/quizzes", {
      data: { essay: e.slug, types: ["true_false", "mcq"], count: 8 },
    });
    if (res.status() === 201) {
      quiz = await res.json();
      break;
    }
  }
  expect(quiz).not.toBeNull();
  const submit = await page.request.post(`/api/quizzes/${quiz!.id}/submit`, {
    data: { answers: [] },
  });
  expect(submit.status(), await submit.text()).toBe(200);
  const results = (await submit.json()).results as Result[];
  const missed = results.filter((r) => !r.correct).length;
  const queued = results.filter((r) => !r.correct && r.reviewQueued).length;

  await page.goto(`/quizzes/${quiz!.id}`);
  const summary = page.getByRole("heading", { name: /^You scored/ }).locator("..");
  if (queued === missed) {
    await expect(summary).toContainText(`The ${missed} questions you missed are now due`);
  } else {
    await expect(summary).toContainText(
      queued === 0
        ? `You missed ${missed} questions; none has a flashcard to review`
        : `You missed ${missed} questions; ${queued} of them`,
    );
    await expect(summary).not.toContainText(`The ${missed} questions you missed are now due`);
  }
  // Having studied, the student is welcomed back.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: `Welcome back, ${user.name}` })).toBeVisible();
});
