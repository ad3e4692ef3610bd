import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { setupAssignment, signUpUi } from "./fixtures/teach";

function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test("a teacher assigns a quiz, a student takes it, the teacher reads the report", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();

  // The teacher signs up and creates a class.
  await signUpUi(teacher, "teacher", "Tess Harbour");
  await teacher.getByRole("link", { name: "Classes", exact: true }).click();
  await expect(teacher.getByRole("heading", { name: "Classes", level: 1 })).toBeVisible();
  await teacher.getByLabel("Class name").fill("Period 3 Geography");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(
    teacher.getByRole("heading", { name: "Period 3 Geography", level: 1 }),
  ).toBeVisible();
  const joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);

  // She builds a set from the generated items of a loaded essay.
  await teacher.getByRole("link", { name: "Sets", exact: true }).click();
  await teacher.getByRole("link", { name: "New set" }).first().click();
  await expect(teacher.getByRole("heading", { name: "New set", level: 1 })).toBeVisible();
  await teacher.getByLabel("Status").selectOption("published");
  // A multiple-choice item if the essay has one published, then two true/false items (how many of
  // each type an essay publishes depends on its text).
  await teacher.getByLabel("Type").selectOption("mcq");
  await expect(
    teacher
      .getByRole("list", { name: /^Items of / })
      .or(teacher.getByText("No items match"))
      .first(),
  ).toBeVisible();
  const addButtons = teacher.getByRole("button", { name: /^Add to set: / });
  if (await addButtons.count()) await addButtons.first().click();
  await teacher.getByLabel("Type").selectOption("true_false");
  await expect(teacher.getByRole("list", { name: /^Items of / })).toBeVisible();
  const tf = teacher.getByRole("button", { name: /^Add to set: / });
  await tf.first().click();
  await tf.first().click(); // the first one is now "In the set"; this adds the next
  const picked = teacher.getByRole("list", { name: "Items in the set" }).getByRole("listitem");
  const count = await picked.count();
  expect(count).toBeGreaterThanOrEqual(2);
  // Reorder with the keyboard-reachable buttons: the first item moves down one place.
  const firstPrompt = (await picked.nth(0).locator("p").first().textContent())!;
  await picked
    .nth(0)
    .getByRole("button", { name: /^Move down: / })
    .click();
  await expect(picked.nth(1).locator("p").first()).toHaveText(firstPrompt);
  // Focus stays on the moved item: on its Move down, or Move up once it is last.
  await expect(
    picked.nth(1).getByRole("button", { name: count > 2 ? /^Move down: / : /^Move up: / }),
  ).toBeFocused();
  await teacher.getByLabel("Set title").fill("Week 1: the crossing");
  await teacher.getByRole("button", { name: "Save set" }).click();
  await expect(
    teacher.getByRole("heading", { name: "Week 1: the crossing", level: 1 }),
  ).toBeVisible();
  await expect(
    teacher.getByRole("list", { name: "Items in the set" }).getByRole("listitem"),
  ).toHaveCount(count);

  // …and assigns it to the class as a quiz due next week.
  await teacher.getByLabel("Class", { exact: true }).selectOption({ label: "Period 3 Geography" });
  await teacher.getByLabel("Take a quiz").check();
  const due = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  due.setHours(17, 0, 0, 0);
  await teacher.getByLabel("Due").fill(localInput(due));
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  const reportLink = teacher.getByRole("link", { name: "Open its report" });
  await expect(reportLink).toBeVisible();
  const reportHref = (await reportLink.getAttribute("href"))!;
  const assignmentId = reportHref.split("/").pop()!;

  // A student signs up, joins with the code (typed loosely), and sees the assignment.
  await signUpUi(student, "student", "Sam Tide");
  const loose = `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`;
  await student.getByLabel("Join code").fill(loose);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status").filter({ hasText: "You joined" })).toContainText(
    "Period 3 Geography",
  );
  const card = student.getByRole("listitem").filter({ hasText: "Week 1: the crossing" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Not started");
  await card.getByRole("button", { name: /^Start quiz: / }).click();

  // The student answers every question and submits.
  await expect(student).toHaveURL(/\/quizzes\/[^/]+$/);
  const questions = student.locator("form fieldset");
  await expect(questions.first()).toBeVisible();
  const n = await questions.count();
  expect(n).toBe(count);
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const radios = q.getByRole("radio");
    if (await radios.count()) await radios.first().check();
    else await q.getByRole("textbox").fill("harbour");
  }
  await student.getByRole("button", { name: /^Submit/ }).click();
  await expect(student.getByText(/score|correct/i).first()).toBeVisible();

  const mine = (await (await student.request.get("/api/assignments")).json()).assignments as {
    id: string;
    status: string;
    correct: number;
    total: number;
  }[];
  const result = mine.find((a) => a.id === assignmentId)!;
  expect(result).toMatchObject({ status: "done", total: n });
  await student.goto("/");
  await expect(
    student.getByRole("listitem").filter({ hasText: "Week 1: the crossing" }),
  ).toContainText("Done");

  // The teacher sees the student's score and the per-item report.
  await teacher.goto(reportHref);
  await expect(
    teacher.getByRole("heading", { name: "Report: Week 1: the crossing", level: 1 }),
  ).toBeVisible();
  const row = teacher.getByRole("row").filter({ hasText: "Sam Tide" });
  await expect(row).toContainText("Done");
  await expect(row).toContainText(`${result.correct}/${result.total}`);
  await expect(teacher.getByRole("img", { name: /Correct rate per item/ })).toBeVisible();
  await expect(teacher.getByRole("list", { name: "Items" }).getByRole("listitem")).toHaveCount(n);
  await expect(teacher.getByRole("list", { name: "Items" })).toContainText(`/1 answers`);

  // …and downloads it as CSV.
  const [download] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^week-1-the-crossing-period-3-geography-.*\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe(
    "student_id,name,email,status,score_percent,correct,total,reviews,retention_percent",
  );
  const pct = Math.round((result.correct / result.total) * 100);
  expect(lines[1]).toMatch(
    new RegExp(`^[^,]+,Sam Tide,[^,]+@[^,]+,done,${pct},${result.correct},${result.total},0,$`),
  );
  expect(csv).toContain(
    "item_id,type,status,prompt,source_sentence,attempts,correct,correct_rate_percent,in_mode",
  );
  expect(lines.filter((l) => /^[^,]+,(mcq|true_false),/.test(l))).toHaveLength(n);

  // The class page shows the completion at a glance.
  await teacher.getByRole("link", { name: "Period 3 Geography" }).click();
  await expect(
    teacher.getByRole("progressbar", { name: "Week 1: the crossing completion" }),
  ).toHaveAttribute("aria-valuenow", "1");
  await expect(teacher.getByRole("list", { name: "Students" })).toContainText("Sam Tide");

  await teacherContext.close();
  await studentContext.close();
});

test("a teacher rotates the join code and removes a student, who cannot rejoin", async ({
  page,
  browser,
}) => {
  const t = await createUser(page.request, "teacher", "Rota Teacher");
  await signInApi(page.request, t);
  const { classId, joinCode } = await setupAssignment(page.request, "Rota class");
  const studentContext = await browser.newContext();
  const s = await createUser(studentContext.request, "student", "Rex Removed");
  await signInApi(studentContext.request, s);
  expect(
    (await studentContext.request.post("/api/classes/join", { data: { joinCode } })).status(),
  ).toBe(200);

  await page.goto(`/classes/${classId}`);
  await page.getByRole("button", { name: "Change code" }).click();
  await page.getByRole("button", { name: "Make a new code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "New join code" })).toBeVisible();
  await expect(page.getByTestId("join-code")).not.toHaveText(joinCode);

  await page.getByRole("button", { name: "Remove: Rex Removed" }).click();
  await page.getByRole("button", { name: "Yes, remove Rex Removed" }).click();
  await expect(page.getByRole("list", { name: "Students" })).toHaveCount(0);
  await expect(page.getByText("Removed (1)")).toBeVisible();

  const newCode = (await page.getByTestId("join-code").textContent())!.trim();
  const rejoin = await studentContext.request.post("/api/classes/join", {
    data: { joinCode: newCode },
  });
  expect(rejoin.status()).toBe(403);
  expect((await (await studentContext.request.get("/api/assignments")).json()).assignments).toEqual(
    [],
  );

  await page.getByText("Removed (1)").click();
  await page.getByRole("button", { name: "Let back in: Rex Removed" }).click();
  await expect(page.getByRole("list", { name: "Students" })).toContainText("Rex Removed");
  await studentContext.close();
});

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

test("teacher pages have no serious accessibility violations", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const t = await createUser(page.request, "teacher", "Axe Teacher");
  await signInApi(page.request, t);
  const { classId, joinCode, assignmentId, setId } = await setupAssignment(page.request);
  const studentContext = await browser.newContext();
  const s = await createUser(studentContext.request, "student", "Axe Student");
  await signInApi(studentContext.request, s);
  await studentContext.request.post("/api/classes/join", { data: { joinCode } });
  const quiz = await studentContext.request.post("/api/quizzes", { data: { assignmentId } });
  if (quiz.ok()) {
    const q = await quiz.json();
    await studentContext.request.post(`/api/quizzes/${q.id}/submit`, {
      data: {
        answers: q.questions.map((x: { id: string }) => ({ questionId: x.id, response: "x" })),
      },
    });
  }

  const shots = process.env.SCREENSHOT_DIR;
  const shoot = async (p: Page, name: string) => {
    if (!shots) return;
    const tall = await p.evaluate(() => document.documentElement.scrollHeight > 2500);
    await p.screenshot({ path: `${shots}/${name}.png`, fullPage: !tall });
  };
  for (const path of [
    "/classes",
    `/classes/${classId}`,
    "/sets",
    "/sets/new",
    `/sets/${setId}`,
    `/assignments/${assignmentId}`,
    "/",
  ]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path.startsWith("/sets/"))
      await expect(page.getByRole("list", { name: /^Items of / })).toBeVisible();
    await expectNoSeriousViolations(page);
    const name = path.replace(/\/[a-z0-9]{20,}/g, "/id").replace(/\W+/g, "_");
    await shoot(page, `${name}-desktop`);
    await page.setViewportSize({ width: 375, height: 800 });
    await shoot(page, `${name}-375`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is wider than 375px`).toBeLessThanOrEqual(375);
  }

  // The student's home page: the assignment with its status, and the join form.
  const studentPage = await studentContext.newPage();
  await studentPage.goto("/");
  await expect(
    studentPage.getByRole("heading", { name: /^Welcome(?: back)?, Axe Student$/ }),
  ).toBeVisible();
  await expectNoSeriousViolations(studentPage);
  await shoot(studentPage, "student-home-desktop");
  await studentPage.setViewportSize({ width: 375, height: 800 });
  await shoot(studentPage, "student-home-375");
  await studentContext.close();
});
