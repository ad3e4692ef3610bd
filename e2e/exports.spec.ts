import fs from "node:fs";
import { unzipSync } from "fflate";
import { test, expect, type Download, type Page } from "@playwright/test";
import { signedInPage } from "./fixtures/users";
import { setupAssignment } from "./fixtures/teach";
import { studyEssay, queue } from "./fixtures/learn";

const BOM = "\uFEFF";

async function downloadVia(page: Page, linkName: RegExp): Promise<{ d: Download; bytes: Buffer }> {
  await page.getByRole("button", { name: "Export" }).click();
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  expect(await d.failure()).toBeNull();
  return { d, bytes: fs.readFileSync((await d.path())!) };
}

test("a teacher downloads a set as an Anki deck, a spreadsheet and Quizlet text", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  const { setId, itemIds } = await setupAssignment(page.request);
  await page.goto(`/sets/${setId}`);
  await expect(page.getByRole("heading", { name: "Tide questions" })).toBeVisible();

  const anki = await downloadVia(page, /Anki deck/);
  expect(anki.d.suggestedFilename()).toBe("tide-questions.apkg");
  const files = unzipSync(new Uint8Array(anki.bytes));
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  expect(Buffer.from(files["collection.anki2"]!).subarray(0, 15).toString()).toBe(
    "SQLite format 3",
  );

  const csv = await downloadVia(page, /Spreadsheet/);
  expect(csv.d.suggestedFilename()).toBe("tide-questions.csv");
  const csvText = csv.bytes.toString("utf8");
  expect(csvText.startsWith(BOM + "Type,Front,Back,Choices,")).toBe(true);
  expect(
    csvText
      .trimEnd()
      .split("\r\n")
      .filter((l) => /^(mcq|true_false),/.test(l)),
  ).toHaveLength(itemIds.length);

  const quizlet = await downloadVia(page, /Quizlet/);
  expect(quizlet.d.suggestedFilename()).toBe("tide-questions-quizlet.txt");
  const lines = quizlet.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines).toHaveLength(itemIds.length);
  for (const line of lines) expect(line.split("\t")).toHaveLength(2);
});

test("the export menu works from the keyboard and says what it exports", async ({ page }) => {
  await signedInPage(page, "teacher");
  const { setId } = await setupAssignment(page.request);
  await page.goto(`/sets/${setId}`);
  const button = page.getByRole("button", { name: "Export" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(
    page.getByText(/The \d+ published items?, with (its|their) source sentences?/),
  ).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Anki deck/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  await expect(page.getByRole("link", { name: /Anki deck/ })).toBeHidden();
});

test("a teacher exports an essay's published items from the essay page", async ({ page }) => {
  await signedInPage(page, "teacher");
  const essay = await studyEssay(page.request);
  await page.goto(`/essays/${essay.slug}`);
  const csv = await downloadVia(page, /Spreadsheet/);
  expect(csv.d.suggestedFilename()).toMatch(/^[a-z0-9-]+\.csv$/);
  const published = (
    await (await page.request.get(`/api/essays/${essay.slug}/items?status=published`)).json()
  ).items as { prompt: string }[];
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith(BOM)).toBe(true);
  expect(text).toContain(published[0]!.prompt.split("\n")[0]!.slice(0, 30));
  const anki = await downloadVia(page, /Anki deck/);
  expect(anki.d.suggestedFilename()).toMatch(/\.apkg$/);
});

test("a student downloads their own review history from the progress page", async ({ page }) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  const { cards } = await queue(page.request, essay.slug);
  const rated = await page.request.post(`/api/review/${cards[0]!.cardId}`, {
    data: { rating: "good", durationMs: 4200 },
  });
  expect(rated.status()).toBe(200);
  await page.goto("/progress");
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my review history (CSV)" }).click(),
  ]);
  expect(d.suggestedFilename()).toMatch(/^review-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = fs
    .readFileSync((await d.path())!, "utf8")
    .slice(1)
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toMatch(/^Reviewed at \(UTC\),Essay,Item,/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(",good,new,");
  expect(lines[1]).toContain(",4200,no");
});
