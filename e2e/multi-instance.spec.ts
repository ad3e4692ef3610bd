import { test, expect } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { queue, studyEssay } from "./fixtures/learn";

// Runs when the suite runs against PostgreSQL with two app instances on one database.
const second = process.env.E2E_SECOND_URL;

test.describe("two app instances on one database", () => {
  test.skip(!second, "needs E2E_POSTGRES_URL (two instances share PostgreSQL)");

  test("a session made on one instance works on the other", async ({ request }) => {
    const user = await createUser(request, "student");
    await signInApi(request, user);
    const here = await (await request.get("/api/me")).json();
    const there = await request.get(`${second}/api/me`);
    expect(there.status()).toBe(200);
    expect(await there.json()).toEqual(here);
  });

  test("an account made on one instance signs in on the other", async ({ playwright }) => {
    const a = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL });
    const b = await playwright.request.newContext({ baseURL: second });
    const user = await createUser(a, "teacher");
    await signInApi(b, user);
    expect((await (await b.get("/api/me")).json()).email).toBe(user.email);
    await a.dispose();
    await b.dispose();
  });

  test("a review made on one instance is scheduled on the other", async ({ request }) => {
    const user = await createUser(request, "student");
    await signInApi(request, user);
    const essay = await studyEssay(request);
    const first = (await queue(request, essay.slug)).cards[0]!;
    const rated = await request.post(`/api/review/${first.cardId}`, {
      data: { rating: "again", idempotencyKey: `multi-${first.cardId}` },
    });
    expect(rated.status()).toBe(200);
    const due = (await rated.json()).card.due as string;

    const stats = await (await request.get(`${second}/api/stats`)).json();
    expect(stats.reviewsToday).toBe(1);
    // The same key sent to the other instance is recognised: it schedules nothing new.
    const again = await request.post(`${second}/api/review/${first.cardId}`, {
      data: { rating: "easy", idempotencyKey: `multi-${first.cardId}` },
    });
    expect(again.status()).toBe(200);
    expect((await again.json()).card.due).toBe(due);
    const there = await (
      await request.get(`${second}/api/review/queue?essay=${essay.slug}&limit=50`)
    ).json();
    const card = (there.cards as { cardId: string; state: string; due: string }[]).find(
      (c) => c.cardId === first.cardId,
    );
    expect(card?.state).toBe("learning");
    expect(card?.due).toBe(due);
  });
});
