import { test, expect, signedInPage } from "./fixtures/users";
import { sharedStudyEssay, studyEssay } from "./fixtures/learn";

interface Card {
  cardId: string;
  type: string;
  front: string;
  back: string;
}

async function reviewsToday(page: import("@playwright/test").Page): Promise<number> {
  return ((await (await page.request.get("/api/stats")).json()) as { reviewsToday: number })
    .reviewsToday;
}

test("keys pressed in quick succession are all applied, in order, across refills", async ({
  page,
  baseURL,
}) => {
  // A deck whose size does not hang on what the generator publishes: more cards than the page
  // holds ahead.
  const essay = await sharedStudyEssay(baseURL!);
  await signedInPage(page, "student");
  // Each rating names the cards the page holds and gets back only the ones it is missing.
  const exchanges: Promise<{ rated: string; have: string[]; limit: number; sent: string[] }>[] = [];
  page.on("response", (res) => {
    const m = /\/api\/review\/([\w-]+)$/.exec(new URL(res.url()).pathname);
    if (res.request().method() !== "POST" || !m || m[1] === "undo") return;
    const body = res.request().postDataJSON() as { next: { have: string[]; limit: number } };
    exchanges.push(
      res.json().then((r: { next: { cards: Card[] } }) => ({
        rated: m[1]!,
        have: body.next.have,
        limit: body.next.limit,
        sent: r.next.cards.map((c) => c.cardId),
      })),
    );
  });
  await page.goto(`/review?essay=${essay.slug}`);
  await expect(page.getByTestId("card-front")).toBeVisible();
  const startNew = Number(await page.getByTestId("count-new").textContent());
  expect(startNew).toBeGreaterThanOrEqual(6);
  // More ratings than the page holds ahead (8), and than there are new cards: the later presses
  // land while the page refills, and rate the cards rated "good" (learning, due in 10 minutes)
  // that the refills bring back.
  const n = Math.min(12, startNew + Math.ceil(startNew / 2));
  for (let i = 0; i < n; i++) {
    await page.keyboard.press("Space");
    await page.keyboard.press(i % 2 ? "4" : "3");
  }
  await expect(page.getByTestId("reviewed-count")).toHaveText(String(n));
  await expect.poll(() => reviewsToday(page)).toBe(n);
  // A rating is answered once its commit is on disk, which can be after other requests already
  // read it (the stats above): wait for the last answer too.
  await expect.poll(() => exchanges.length).toBe(n);
  const seen = await Promise.all(exchanges);
  expect(seen).toHaveLength(n);
  for (const x of seen) {
    expect(x.have).not.toContain(x.rated);
    expect(x.sent.length).toBeLessThanOrEqual(x.limit);
    for (const id of x.sent) expect(x.have).not.toContain(id);
  }
  // The first rating leaves the page holding the rest of its buffer: it asks for one card.
  expect(seen[0]!.have.length + seen[0]!.limit).toBe(8);
  // Every press was a rating of the card on screen: no new card skipped, none rated twice.
  await expect(page.getByTestId("count-new")).toHaveText(String(Math.max(0, startNew - n)));
  await expect(page.getByTestId("card-back")).toBeHidden();
  // Undo still takes back the last of them: that card is on screen again, unrated.
  await page.keyboard.press("z");
  await expect(page.getByTestId("reviewed-count")).toHaveText(String(n - 1));
  await expect(page.getByTestId("card-front")).toBeVisible();
  await expect(page.getByTestId("card-back")).toBeHidden();
  await expect.poll(() => reviewsToday(page)).toBe(n - 1);
});

test("at phone width the card and its ratings fit one screen; tapping the card shows the answer", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  await page.goto(`/review?essay=${essay.slug}`);
  const front = page.getByTestId("card-front");
  await expect(front).toBeInViewport();
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeInViewport();
  await front.click();
  const bar = page.getByRole("group", { name: "Rate your recall" });
  await expect(bar).toBeVisible();
  const barBox = (await bar.boundingBox())!;
  const backBox = (await page.getByTestId("card-back").boundingBox())!;
  const frontBox = (await front.boundingBox())!;
  expect(barBox.y + barBox.height).toBeLessThanOrEqual(844);
  // The question and the answer are above the rating bar, not under it.
  expect(frontBox.y).toBeGreaterThanOrEqual(0);
  expect(backBox.y + backBox.height).toBeLessThanOrEqual(barBox.y);
  await page.screenshot({ path: "test-results/review-phone.png" });
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(page.getByTestId("reviewed-count")).toHaveText("1");
  await expect(page.getByTestId("card-back")).toBeHidden();
});

test("a short-answer card takes a typed answer, checks it leniently, then the student rates", async ({
  page,
  baseURL,
}) => {
  // A teacher's essay with only its short-answer items published: the spec never depends on
  // which types the generator happens to publish.
  const essay = await sharedStudyEssay(baseURL!, ["short_answer"]);
  await signedInPage(page, "student");
  const res = await page.request.get(`/api/review/queue?essay=${essay.slug}&limit=100`);
  const { cards } = (await res.json()) as { cards: Card[] };
  // Every card of this deck is a short-answer card; the page shows one of them first (cards made
  // in one batch tie on their due time, so which one may differ from this listing's order).
  expect(cards.length, "the deck has short-answer cards").toBeGreaterThan(0);
  expect(cards.every((c) => c.type === "short_answer")).toBe(true);
  await page.goto(`/review?essay=${essay.slug}`);
  const front = page.getByTestId("card-front");
  await expect(front).toBeVisible();
  const shown = ((await front.textContent()) ?? "").trim();
  const card = cards.find((c) => c.front === shown);
  expect(card, `the page shows one of the deck's cards ("${shown}")`).toBeDefined();
  const field = page.getByLabel("Type your answer");
  // Typing does not trigger the shortcuts: "3" in the field is text, not a rating.
  await field.fill(`  ${card!.back.toUpperCase()}3`);
  await field.fill(` ${card!.back.toUpperCase()}. `);
  await field.press("Enter");
  await expect(page.getByTestId("card-back")).toHaveText(card!.back);
  await expect(page.getByTestId("typed-verdict")).toContainText("Correct");
  await page.keyboard.press("3");
  await expect(page.getByTestId("reviewed-count")).toHaveText("1");
  await expect.poll(() => reviewsToday(page)).toBe(1);

  // A wrong answer says so, and the student still decides.
  await page.keyboard.press("z");
  await expect(page.getByRole("status")).toContainText("Undid the last rating (good)");
  await expect(page.getByTestId("card-front")).toHaveText(card!.front);
  await page.getByLabel("Type your answer").fill("zzzz qqqq");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("typed-verdict")).toContainText("Not quite");
  await page.screenshot({ path: "test-results/review-typed.png", fullPage: true });
  await page.getByRole("button", { name: /^Again/ }).click();
  await expect.poll(() => reviewsToday(page)).toBe(1);
});

test("a typed answer cannot be checked against another student's card", async ({
  page,
  browser,
}) => {
  await signedInPage(page, "student");
  const essay = await studyEssay(page.request);
  const res = await page.request.get(`/api/review/queue?essay=${essay.slug}&limit=1`);
  const [card] = ((await res.json()) as { cards: Card[] }).cards;
  const other = await browser.newPage();
  await signedInPage(other, "student");
  const peek = await other.request.post(`/api/review/${card!.cardId}/check`, {
    data: { response: "anything" },
  });
  expect(peek.status()).toBe(404);
  expect((await peek.json()) as object).not.toHaveProperty("expected");
  const empty = await page.request.post(`/api/review/${card!.cardId}/check`, {
    data: { response: "" },
  });
  expect(empty.status()).toBe(422);
  await other.close();
});
