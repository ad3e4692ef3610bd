import fs from "node:fs";
import path from "node:path";
import { test, expect, signedInPage, createUser, signInApi } from "./fixtures/users";
import { MAX_ESSAY_BYTES, MAX_FILE_BYTES, formatKb, formatMb } from "../lib/documents/limits";

/** Uploading each kind of document through the page: preview, confirm, progress, refusals. */
const documents = path.join(__dirname, "../tests/fixtures/documents");
const file = (name: string) => path.join(documents, name);

const KINDS = [
  {
    name: "two-column.pdf",
    kind: "PDF",
    title: "Gazpacho",
    sentence: "Gazpacho has ancient roots.",
  },
  {
    name: "earthquakes.docx",
    kind: "Word document",
    title: "The Science of Earthquakes",
    sentence: "An earthquake is what happens when two blocks of the earth suddenly slip",
  },
  {
    name: "news-page.html",
    kind: "web page",
    title: "Peru: Clashes Break Out in the Amazon Region",
    sentence: "The continuing tense situation in the Amazon Region of Peru",
  },
] as const;

for (const doc of KINDS) {
  test(`a teacher previews a ${doc.kind}, confirms it and gets items`, async ({ page }) => {
    await signedInPage(page, "teacher");
    await page.goto("/essays/new");
    await page.getByLabel("Upload a document").setInputFiles(file(doc.name));
    await expect(page.getByText(`From “${doc.name}” (${doc.kind})`)).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(doc.title);
    const text = page.getByLabel("Essay text");
    await expect(text).toHaveValue(new RegExp(doc.sentence.replace(/[.()]/g, "\\$&")));
    // The heading became the title; it is not the body's first line as well.
    expect((await text.inputValue()).startsWith(doc.title + "\n")).toBe(false);
    await expect(page.getByText(/Check the text taken from the/)).toBeVisible();

    await page.getByRole("button", { name: "Generate items" }).click();
    await expect(page.getByRole("progressbar", { name: "Essay processing" })).toBeVisible();
    const done = page.getByRole("status").filter({ hasText: "Essay added" });
    await expect(done).toBeVisible({ timeout: 45_000 });
    await expect(done).toContainText(/\d+ claims/);
  });
}

test("Markdown and plain-text files take their first heading as the title", async ({ page }) => {
  await signedInPage(page, "teacher");
  await page.goto("/essays/new");
  const body =
    "Bees dance to tell their hive where food is found. The angle of the dance points the way, and its length tells the distance.";
  await page.getByLabel("Upload a document").setInputFiles({
    name: "my-notes_final-v2.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(`# Why Bees Dance\n\n${body}\n`),
  });
  await expect(page.getByLabel("Title")).toHaveValue("Why Bees Dance");
  await expect(page.getByLabel("Essay text")).toHaveValue(body);

  await page.getByLabel("Upload a document").setInputFiles({
    name: "tides.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`Tides\n\n${body}\n`),
  });
  await expect(page.getByLabel("Title")).toHaveValue("Tides");
  await expect(page.getByText("From “tides.txt” (plain text)")).toBeVisible();
});

test("the page refuses binary and empty files and says why instead of greying the button", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  await page.goto("/essays/new");
  const extracts: string[] = [];
  page.on("request", (r) => r.url().includes("/api/essays/extract") && extracts.push(r.url()));

  await page.getByLabel("Upload a document").setInputFiles({
    name: "essay.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
  });
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "is not a document Claimdeck reads",
  );
  await expect(page.getByLabel("Essay text")).toHaveValue("");
  expect(extracts).toHaveLength(0);

  await page.getByLabel("Upload a document").setInputFiles({
    name: "empty.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(""),
  });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("“empty.md” is empty");

  const add = page.getByRole("button", { name: "Add essay" });
  await expect(add).toBeEnabled();
  await add.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Give the essay a title/);
  await page.getByLabel("Title").fill("Only a title");
  await add.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/no text yet/);
  await page.getByLabel("Essay text").fill("Too short to quiz.");
  await add.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/needs at least 20 words/);
});

test("a scanned PDF gets the server's OCR message on the page", async ({ page }) => {
  await signedInPage(page, "teacher");
  await page.goto("/essays/new");
  await page.getByLabel("Upload a document").setInputFiles(file("scanned.pdf"));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This PDF is scanned images; OCR it first.",
  );
  await expect(page.getByLabel("Essay text")).toHaveValue("");
});

test("the limits the page states are the server's, and typing stays quick after a big paste", async ({
  page,
}) => {
  await signedInPage(page, "teacher");
  await page.goto("/essays/new");
  await expect(page.getByText(`up to ${formatMb(MAX_FILE_BYTES)}`)).toBeVisible();
  await expect(page.getByText(`of ${formatKb(MAX_ESSAY_BYTES)}`)).toBeVisible();

  const text = page.getByLabel("Essay text");
  await text.fill(
    "The river rose after the storm and the town moved its market uphill. ".repeat(2500),
  );
  await expect(page.getByText(/^1\d\d KB of 200 KB/)).toBeVisible();
  await text.press("End");
  const started = Date.now();
  await text.pressSequentially(" more", { delay: 0 });
  expect(Date.now() - started).toBeLessThan(2000);
  await expect(text).toHaveValue(/ more$/);
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`upload page screenshot (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signedInPage(page, "teacher");
    await page.goto("/essays/new");
    await page.screenshot({
      path: `test-results/upload-empty-${viewport.name}.png`,
      fullPage: true,
    });
    await page.getByLabel("Upload a document").setInputFiles(file("running-headers.pdf"));
    await expect(page.getByLabel("Title")).toHaveValue("Federalist No. 3");
    await page.screenshot({
      path: `test-results/upload-preview-${viewport.name}.png`,
      fullPage: true,
    });
    // What the teacher sees without scrolling: the action is on screen at phone width too.
    await expect(page.getByRole("button", { name: "Generate items" })).toBeInViewport();
    await page.screenshot({ path: `test-results/upload-preview-${viewport.name}-screen.png` });
  });
}

test("an upload's progress is its teacher's; students and strangers cannot use the upload routes", async ({
  playwright,
  baseURL,
}) => {
  const owner = await playwright.request.newContext({ baseURL });
  const other = await playwright.request.newContext({ baseURL });
  const student = await playwright.request.newContext({ baseURL });
  const stranger = await playwright.request.newContext({ baseURL });
  for (const [ctx, role] of [
    [owner, "teacher"],
    [other, "teacher"],
    [student, "student"],
  ] as const)
    await signInApi(ctx, await createUser(ctx, role));

  const uploadId = `e2e${Date.now()}`;
  const created = await owner.post("/api/essays", {
    multipart: {
      file: {
        name: "quakes.docx",
        mimeType: "application/octet-stream",
        buffer: fs.readFileSync(file("earthquakes.docx")),
      },
      uploadId,
    },
  });
  expect(created.status()).toBe(201);
  const mine = await owner.get(`/api/essays/uploads/${uploadId}`);
  expect(await mine.json()).toMatchObject({ stage: "done", slug: (await created.json()).slug });

  const refusals: [string, Promise<import("@playwright/test").APIResponse>, number][] = [
    ["other teacher reads progress", other.get(`/api/essays/uploads/${uploadId}`), 404],
    ["student reads progress", student.get(`/api/essays/uploads/${uploadId}`), 403],
    ["signed out reads progress", stranger.get(`/api/essays/uploads/${uploadId}`), 401],
    [
      "student previews",
      student.post("/api/essays/extract", {
        multipart: {
          file: { name: "a.md", mimeType: "text/markdown", buffer: Buffer.from("# A\n\nText") },
        },
      }),
      403,
    ],
    [
      "signed out uploads",
      stranger.post("/api/essays", {
        multipart: {
          file: { name: "a.md", mimeType: "text/markdown", buffer: Buffer.from("# A\n\nText") },
        },
      }),
      401,
    ],
  ];
  for (const [label, res, status] of refusals) {
    const r = await res;
    expect(r.status(), label).toBe(status);
    expect(Object.keys(await r.json()), label).toEqual(["error"]);
  }
});
