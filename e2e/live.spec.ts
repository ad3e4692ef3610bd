import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { seededEssaySlugs } from "./fixtures/teach";

/**
 * A whole live game: a teacher hosts on one browser, two students and a guest play on phones in
 * their own browsers. Against PostgreSQL (E2E_SECOND_URL) the players use the second app instance
 * while the host stays on the first, so every event crosses instances through LISTEN/NOTIFY.
 */
const playerURL = process.env.E2E_SECOND_URL ?? process.env.E2E_BASE_URL!;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface LiveItem {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  choices?: string[];
}

/** One published choice question and one typed question of the same essay. */
async function pickItems(request: APIRequestContext): Promise<[LiveItem, LiveItem]> {
  const { essays } = (await (await request.get("/api/essays")).json()) as {
    essays: { slug: string }[];
  };
  const seeded = seededEssaySlugs();
  for (const e of essays.filter((x) => seeded.has(x.slug))) {
    const { items } = (await (await request.get(`/api/essays/${e.slug}/items`)).json()) as {
      items: (LiveItem & { status: string })[];
    };
    const live = items.filter((i) => i.status === "published");
    const choice = live.find((i) => i.type === "mcq") ?? live.find((i) => i.type === "true_false");
    const typed = live.find((i) => i.type === "cloze" || i.type === "short_answer");
    if (choice && typed) return [choice, typed];
  }
  throw new Error("no essay has both a published choice and a typed question");
}

async function playerPage(browser: Browser, name: string | null) {
  const context = await browser.newContext({ ...phone, baseURL: playerURL });
  const page = await context.newPage();
  const user = name ? await createUser(context.request, "student", name) : null;
  if (user) await signInApi(context.request, user);
  return { context, page, user };
}

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => ["serious", "critical"].includes(v.impact ?? ""))
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
}

async function joinWithPin(page: Page, pin: string, nickname?: string) {
  await page.goto(`/play?pin=${pin}`);
  if (nickname) await page.getByLabel("Nickname").fill(nickname);
  await page.getByRole("button", { name: "Join the game" }).click();
  await expect(page.getByRole("heading", { name: "You're in!" })).toBeVisible();
}

test("a host and three players play a whole live game, and misses become review cards", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const host = await hostContext.newPage();
  const teacher = await createUser(hostContext.request, "teacher", "Ms Host");
  await signInApi(hostContext.request, teacher);
  const [choice, typed] = await pickItems(hostContext.request);
  const klass = await (
    await hostContext.request.post("/api/classes", { data: { name: "Live class" } })
  ).json();
  const made = await hostContext.request.post("/api/sets", {
    data: { title: "Live round", itemIds: [choice.id, typed.id] },
  });
  expect(made.ok()).toBe(true);
  const set = await made.json();

  const ana = await playerPage(browser, "Ana Live");
  const ben = await playerPage(browser, "Ben Live");
  const guest = await playerPage(browser, null);
  for (const s of [ana, ben]) {
    const joined = await s.context.request.post("/api/classes/join", {
      data: { joinCode: klass.joinCode },
    });
    expect(joined.status()).toBe(200);
  }

  // The teacher starts the game from the set page.
  await host.goto(`/sets/${set.id}`);
  await host.getByRole("link", { name: "Play live" }).click();
  // 20 s, not 10: the first question must stay open through two axe scans, a reload and three
  // answers on a loaded 2-core CI machine, where 10 s once ran out before the first click.
  await host.getByLabel("Seconds per question").selectOption("20");
  await host.getByLabel(/Let guests join/).check();
  await host.getByRole("button", { name: "Play live" }).click();
  const pinText = await host.getByLabel(/^Game PIN/).textContent();
  const pin = pinText!.trim();
  expect(pin).toMatch(/^\d{6}$/);
  await expect(host.getByRole("img", { name: "QR code of the join link" })).toBeVisible();
  const gameId = host.url().match(/\/live\/([^/]+)\/host/)![1]!;

  await joinWithPin(ana.page, pin);
  await joinWithPin(ben.page, pin);
  await joinWithPin(guest.page, pin, "Guesty");
  const players = host.getByRole("list", { name: "Players" });
  for (const n of ["Ana Live", "Ben Live", "Guesty"])
    await expect(players.getByText(n)).toBeVisible();
  await expect(host.getByText("3 players joined")).toBeVisible();
  await expectAccessible(host);

  // Question 1: a choice question. Ana answers right; Ben reloads, then answers wrong.
  await host.getByRole("button", { name: "Start the game" }).click();
  await expect(host.getByRole("heading", { name: choice.prompt })).toBeVisible();
  await expect(ana.page.getByRole("heading", { name: choice.prompt })).toBeVisible();
  await expectAccessible(ana.page);
  const wrong = choice.choices!.find((c) => c !== choice.answer)!;
  await ana.page.getByRole("button", { name: choice.answer, exact: true }).click();
  await expect(ana.page.getByText(/Answer locked in/)).toBeVisible();
  await expect(host.getByText("1 of 3 answered")).toBeVisible();
  await ben.page.reload();
  await expect(ben.page.getByRole("heading", { name: choice.prompt })).toBeVisible();
  await ben.page.getByRole("button", { name: wrong, exact: true }).click();
  await expect(host.getByText("2 of 3 answered")).toBeVisible();
  // A second answer never counts.
  const twice = await ana.context.request.post(`/api/live/${gameId}/answer`, {
    data: { questionId: choice.id, response: wrong },
  });
  expect(twice.status()).toBe(409);
  // Ana's reload keeps her locked-in answer.
  await ana.page.reload();
  await expect(ana.page.getByText(/Answer locked in/)).toBeVisible();

  // The guest waits too long: the server closes the question and refuses the late answer.
  await expect(host.getByText(`Answer: ${choice.answer}`)).toBeVisible({ timeout: 30_000 });
  const late = await guest.context.request.post(`/api/live/${gameId}/answer`, {
    data: { questionId: choice.id, response: choice.answer },
  });
  expect(late.status()).toBe(422);
  expect((await late.json()).error.message).toMatch(/Time is up/);
  await expect(host.locator("mark")).toBeVisible();
  await expectAccessible(host);
  await expect(ana.page.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(ben.page.getByRole("heading", { name: "Not quite" })).toBeVisible();
  await expect(guest.page.getByRole("heading", { name: "No answer" })).toBeVisible();
  await expect(host.getByRole("list", { name: "Leaderboard" }).getByText("Ana Live")).toBeVisible();

  // Question 2: typed. A pause in the middle keeps the question open.
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(ana.page.getByLabel("Your answer")).toBeVisible();
  await host.getByRole("button", { name: "Pause" }).click();
  await expect(ben.page.getByText(/The host paused the game/)).toBeVisible();
  await host.getByRole("button", { name: "Resume" }).click();
  await expect(ben.page.getByText(/The host paused the game/)).toBeHidden();
  await ana.page.getByLabel("Your answer").fill(typed.answer.toUpperCase());
  await ana.page.getByRole("button", { name: "Send answer" }).click();
  await ben.page.getByLabel("Your answer").fill("no idea");
  await ben.page.getByRole("button", { name: "Send answer" }).click();
  await guest.page.getByLabel("Your answer").fill(typed.answer);
  await guest.page.getByRole("button", { name: "Send answer" }).click();
  // Everyone answered: the reveal comes at once.
  await expect(host.getByText(`Answer: ${typed.answer}`)).toBeVisible();
  await expect(ana.page.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(ana.page.getByText(/You are number 1 of 3/)).toBeVisible();

  await host.getByRole("button", { name: "Finish the game" }).click();
  await expect(host.getByRole("heading", { name: "Game over" })).toBeVisible();
  await expect(ben.page.getByText(/now in your review queue/)).toBeVisible();
  await expect(guest.page.getByText(/Guests keep no review cards/)).toBeVisible();

  // Ben missed both: their claims are due in his reviews. Ana missed nothing.
  const benQueue = await (await ben.context.request.get("/api/review/queue?limit=50")).json();
  expect(benQueue.cards.map((c: { itemId: string }) => c.itemId)).toContain(typed.id);
  const anaQueue = await (await ana.context.request.get("/api/review/queue?limit=50")).json();
  expect(anaQueue.cards).toHaveLength(0);

  // The report, on the page and as CSV.
  await host.getByRole("link", { name: "See the report" }).click();
  const rows = host.getByRole("table").first().getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Ana Live");
  const csv = await hostContext.request.get(`/api/live/${gameId}/report?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Guesty");

  for (const c of [hostContext, ana.context, ben.context, guest.context]) await c.close();
});

test("the host's lost connection pauses the game; it does not end it", async ({ browser }) => {
  const hostContext = await browser.newContext();
  const host = await hostContext.newPage();
  const teacher = await createUser(hostContext.request, "teacher");
  await signInApi(hostContext.request, teacher);
  const [choice] = await pickItems(hostContext.request);
  const made = await hostContext.request.post("/api/sets", {
    data: { title: "Pause", itemIds: [choice.id] },
  });
  expect(made.ok()).toBe(true);
  const set = await made.json();
  const game = await (
    await hostContext.request.post("/api/live", {
      data: { setId: set.id, allowGuests: true, secondsPerQuestion: 60 },
    })
  ).json();
  const guest = await playerPage(browser, null);
  await joinWithPin(guest.page, game.pin, "Solo");
  await host.goto(`/live/${game.id}/host`);
  await host.getByRole("button", { name: "Start the game" }).click();
  await expect(guest.page.getByRole("heading", { name: choice.prompt })).toBeVisible();
  await host.close();
  await expect(guest.page.getByText(/The host paused the game/)).toBeVisible({ timeout: 15_000 });
  // The host comes back and carries on where the game stopped.
  const again = await hostContext.newPage();
  await again.goto(`/live/${game.id}/host`);
  await again.getByRole("button", { name: "Resume" }).click();
  await expect(guest.page.getByRole("heading", { name: choice.prompt })).toBeVisible();
  await expect(guest.page.getByText(/The host paused the game/)).toBeHidden();
  await hostContext.close();
  await guest.context.close();
});
