import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect, createUser, signInApi } from "./fixtures/users";
import { queue, studyEssay } from "./fixtures/learn";

async function studentContext(baseURL: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const u = await createUser(ctx, "student");
  await signInApi(ctx, u);
  return ctx;
}

test.describe("another student can reach none of a student's learning data", () => {
  test("card: rating another student's card is 404 and changes nothing", async ({ baseURL }) => {
    const owner = await studentContext(baseURL!);
    const intruder = await studentContext(baseURL!);
    const essay = await studyEssay(owner);
    const [card] = (await queue(owner, essay.slug)).cards;

    const res = await intruder.post(`/api/review/${card!.cardId}`, { data: { rating: "easy" } });
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
    // Their undo finds nothing of the owner's.
    expect((await intruder.post("/api/review/undo")).status()).toBe(404);
    const after = await queue(owner, essay.slug);
    expect(after.cards.find((c) => c.cardId === card!.cardId)?.state).toBe("new");
    expect((await (await owner.get("/api/stats")).json()).reviewsToday).toBe(0);

    const anon = await playwrightRequest.newContext({ baseURL });
    expect(
      (await anon.post(`/api/review/${card!.cardId}`, { data: { rating: "good" } })).status(),
    ).toBe(401);
    expect((await anon.get("/api/review/queue")).status()).toBe(401);
  });

  test("quiz: another student's quiz is 404 to read, submit or open", async ({ baseURL, page }) => {
    const owner = await studentContext(baseURL!);
    const essay = await studyEssay(owner);
    const quiz = await (await owner.post("/api/quizzes", { data: { essay: essay.slug } })).json();

    const intruder = await createUser(page.request, "student");
    await signInApi(page.request, intruder);
    expect((await page.request.get(`/api/quizzes/${quiz.id}`)).status()).toBe(404);
    const submit = await page.request.post(`/api/quizzes/${quiz.id}/submit`, {
      data: { answers: [] },
    });
    expect(submit.status()).toBe(404);
    const listed = await (await page.request.get("/api/quizzes")).json();
    expect(listed.quizzes).toEqual([]);
    const view = await page.goto(`/quizzes/${quiz.id}`);
    expect(view?.status()).toBe(404);
    await expect(page.getByText(quiz.questions[0].prompt)).toHaveCount(0);

    // The owner's attempt is untouched and still open.
    const mine = await (await owner.get(`/api/quizzes/${quiz.id}`)).json();
    expect(mine.submittedAt).toBeNull();
    const anon = await playwrightRequest.newContext({ baseURL });
    expect((await anon.get(`/api/quizzes/${quiz.id}`)).status()).toBe(401);
  });

  test("stats: each student sees only their own numbers", async ({ baseURL }) => {
    const owner = await studentContext(baseURL!);
    const other = await studentContext(baseURL!);
    const essay = await studyEssay(owner);
    const [card] = (await queue(owner, essay.slug)).cards;
    await owner.post(`/api/review/${card!.cardId}`, { data: { rating: "good" } });
    expect((await (await owner.get("/api/stats")).json()).reviewsToday).toBe(1);
    const theirs = await (await other.get("/api/stats")).json();
    expect(theirs).toMatchObject({ reviewsToday: 0, dueToday: 0, streak: 0, retention: null });
    const anon = await playwrightRequest.newContext({ baseURL });
    expect((await anon.get("/api/stats")).status()).toBe(401);
  });
});
