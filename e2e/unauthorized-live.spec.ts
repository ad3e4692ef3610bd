import { expect, test } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { publishedItemIds } from "./fixtures/teach";

/** Who may not see or steer someone else's live game: every route answers 401/403/404, never data. */
test("live games refuse strangers, students at the controls and other teachers", async ({
  playwright,
}) => {
  const base = process.env.E2E_BASE_URL!;
  const owner = await playwright.request.newContext({ baseURL: base });
  const teacher = await createUser(owner, "teacher");
  await signInApi(owner, teacher);
  const [itemId] = await publishedItemIds(owner, 1);
  const set = await (
    await owner.post("/api/sets", { data: { title: "Mine", itemIds: [itemId] } })
  ).json();
  const game = await (await owner.post("/api/live", { data: { setId: set.id } })).json();

  const anon = await playwright.request.newContext({ baseURL: base });
  const student = await playwright.request.newContext({ baseURL: base });
  await signInApi(student, await createUser(student, "student"));
  const rival = await playwright.request.newContext({ baseURL: base });
  await signInApi(rival, await createUser(rival, "teacher"));

  const id = game.id as string;
  const expectError = async (res: { status(): number; json(): Promise<unknown> }, s: number) => {
    expect(res.status()).toBe(s);
    expect(await res.json()).toEqual({
      error: { code: expect.any(String), message: expect.any(String) },
    });
  };
  // Signed out.
  await expectError(await anon.post("/api/live", { data: { setId: set.id } }), 401);
  await expectError(await anon.post("/api/live/join", { data: { pin: game.pin } }), 401);
  await expectError(await anon.get(`/api/live/${id}/events`), 404);
  await expectError(await anon.post(`/api/live/${id}/control`, { data: { action: "start" } }), 401);
  await expectError(await anon.get(`/api/live/${id}/report`), 401);
  // A student who is not in the host's classes.
  await expectError(await student.post("/api/live", { data: { setId: set.id } }), 403);
  await expectError(await student.post("/api/live/join", { data: { pin: game.pin } }), 403);
  await expectError(await student.get(`/api/live/${id}/events`), 404);
  await expectError(
    await student.post(`/api/live/${id}/answer`, {
      data: { questionId: itemId, response: "x" },
    }),
    404,
  );
  await expectError(
    await student.post(`/api/live/${id}/control`, { data: { action: "end" } }),
    403,
  );
  await expectError(await student.get(`/api/live/${id}/report`), 403);
  // Another teacher.
  await expectError(await rival.post("/api/live", { data: { setId: set.id } }), 404);
  await expectError(await rival.get(`/api/live/${id}/events`), 404);
  await expectError(await rival.post(`/api/live/${id}/control`, { data: { action: "end" } }), 404);
  await expectError(await rival.get(`/api/live/${id}/report`), 404);
  await expectError(await rival.get(`/api/live/${id}/report?format=csv`), 404);
  // Nothing changed: the game is still in its lobby with nobody in it.
  const report = await (await owner.get(`/api/live/${id}/report`)).json();
  expect(report.game.status).toBe("lobby");
  expect(report.students).toEqual([]);
  for (const c of [owner, anon, student, rival]) await c.dispose();
});
