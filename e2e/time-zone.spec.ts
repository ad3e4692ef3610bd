import { test, expect } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { setupAssignment, signUpUi } from "./fixtures/teach";

test.describe("in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("sign-up takes the browser's time zone, and settings can change it", async ({ page }) => {
    await signUpUi(page, "student", "Zoe Zone");
    expect((await (await page.request.get("/api/me/settings")).json()).timeZone).toBe(
      "America/New_York",
    );

    await page.goto("/progress");
    await expect(page.getByText("Your day starts at 4 a.m. (America/New_York)")).toBeVisible();
    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(page.getByText("Your day starts at 4 a.m. (Asia/Tokyo)")).toBeVisible();
    const bad = await page.request.patch("/api/me/settings", { data: { timeZone: "Mars/Base" } });
    expect(bad.status()).toBe(422);
  });

  test("a due time reads the same on first load and after navigation: the user's zone, not the server's or the browser's", async ({
    page,
    browser,
  }) => {
    const teacher = await browser.newPage();
    await signInApi(teacher.request, await createUser(teacher.request, "teacher"));
    const { joinCode, assignmentId } = await setupAssignment(teacher.request, "Zones");
    const due = "2030-01-10T16:30:00.000Z";
    // setupAssignment's own due date is in a week; make one at a known instant.
    const a = await teacher.request.get(`/api/assignments/${assignmentId}/report`);
    const { setId, classId } = (await a.json()).assignment as { setId: string; classId: string };
    const made = await teacher.request.post("/api/assignments", {
      data: { classId, setId, mode: "quiz", dueAt: due },
    });
    expect(made.status(), await made.text()).toBe(201);

    const student = await createUser(page.request, "student", "Tokyo Student");
    await signInApi(page.request, student);
    expect((await page.request.post("/api/classes/join", { data: { joinCode } })).status()).toBe(
      200,
    );
    // The browser is in New York (11:30 there); the student lives in Tokyo (01:30 the next day).
    await page.request.patch("/api/me/settings", { data: { timeZone: "Asia/Tokyo" } });

    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto("/");
    const card = page.getByRole("listitem").filter({ hasText: "Zones · due" }).filter({
      hasText: "2030",
    });
    await expect(card.getByText("11 Jan 2030, 01:30")).toBeVisible();
    await expect(page.getByText("10 Jan 2030, 11:30")).toHaveCount(0);
    // Client-side navigation away and back renders the same text.
    await page.getByRole("link", { name: "Progress" }).first().click();
    await expect(page.getByRole("heading", { name: "Progress" })).toBeVisible();
    await page.getByRole("link", { name: "Claimdeck" }).first().click();
    await expect(card.getByText("11 Jan 2030, 01:30")).toBeVisible();
    expect(errors.filter((e) => /hydrat/i.test(e))).toEqual([]);
    await teacher.close();
  });
});
