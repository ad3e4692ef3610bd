import { test, expect } from "@playwright/test";
import { createUser, signInApi, signedInPage } from "./fixtures/users";
import { setupAssignment } from "./fixtures/teach";

test("a quiz a student starts on the assigned set through the API counts, and the report shows their answers", async ({
  page,
  browser,
}) => {
  await signedInPage(page, "teacher");
  const { joinCode, setId, assignmentId } = await setupAssignment(page.request, "Answer detail");

  const studentPage = await browser.newPage();
  const student = await createUser(studentPage.request, "student", "Ines Answer");
  await signInApi(studentPage.request, student);
  // Joining twice says so.
  await studentPage.goto("/");
  await studentPage.getByLabel("Join code").fill(joinCode);
  await studentPage.getByRole("button", { name: "Join class" }).click();
  await expect(studentPage.getByText(/^You joined Answer detail/)).toBeVisible();
  await studentPage.getByLabel("Join code").fill(joinCode.toLowerCase());
  await studentPage.getByRole("button", { name: "Join class" }).click();
  await expect(
    studentPage.getByText(/^You are already in Answer detail: nothing changed/),
  ).toBeVisible();
  await expect(studentPage.getByText(/never use the letters I, L or O/)).toBeVisible();

  // The contract's way: POST /api/quizzes {setId}, not the assignment's button.
  const quiz = await studentPage.request.post("/api/quizzes", { data: { setId } });
  expect(quiz.status(), await quiz.text()).toBe(201);
  const q = (await quiz.json()) as { id: string; questions: { id: string }[] };
  const submit = await studentPage.request.post(`/api/quizzes/${q.id}/submit`, {
    data: {
      answers: q.questions.map((x, i) => ({ questionId: x.id, response: `my answer ${i + 1}` })),
    },
  });
  expect(submit.status(), await submit.text()).toBe(200);

  await page.goto(`/assignments/${assignmentId}`);
  const row = page.getByRole("row", { name: /Ines Answer/ });
  await expect(row.getByText("Done")).toBeVisible();
  await page.getByText("Ines Answer", { exact: true }).last().click();
  await expect(page.getByText("my answer 1", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/shots/report-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/shots/report-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const csv = await (
    await page.request.get(`/api/assignments/${assignmentId}/report?format=csv`)
  ).text();
  expect(csv).toContain(`,Ines Answer,${student.email},done,`);
  expect(csv).toContain("student_id,name,email,item_id,prompt,response,correct");
  expect(csv).toContain(",my answer 1,");
  await studentPage.close();
});
