import { test, expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { setupAssignment } from "./fixtures/teach";
import { studyEssay, queue } from "./fixtures/learn";

/** An error in the contract's shape, and nothing else: no file, no data with a refusal. */
async function expectRefused(res: APIResponse, status: number, label: string) {
  expect(res.status(), label).toBe(status);
  expect(res.headers()["content-disposition"], label).toBeUndefined();
  const body = await res.json();
  expect(Object.keys(body), label).toEqual(["error"]);
  expect(typeof body.error.message, label).toBe("string");
}

async function signedIn(request: APIRequestContext, role: "student" | "teacher") {
  const u = await createUser(request, role);
  await signInApi(request, u);
  return u;
}

const FORMATS = ["apkg", "csv", "quizlet"];

test("exports refuse the signed-out, other teachers and students the set is not assigned to", async ({
  playwright,
  baseURL,
}) => {
  const owner = await playwright.request.newContext({ baseURL });
  await signedIn(owner, "teacher");
  const a = await setupAssignment(owner);
  const essay = await studyEssay(owner);

  const anon = await playwright.request.newContext({ baseURL });
  const otherTeacher = await playwright.request.newContext({ baseURL });
  await signedIn(otherTeacher, "teacher");
  const outsider = await playwright.request.newContext({ baseURL });
  await signedIn(outsider, "student");
  const enrolled = await playwright.request.newContext({ baseURL });
  await signedIn(enrolled, "student");
  await enrolled.post("/api/classes/join", { data: { joinCode: a.joinCode } });

  for (const f of FORMATS) {
    const set = `/api/sets/${a.setId}/export?format=${f}`;
    await expectRefused(await anon.get(set), 401, `signed out, set ${f}`);
    await expectRefused(await anon.get(`/api/essays/${essay.slug}/export?format=${f}`), 401, f);
    await expectRefused(await otherTeacher.get(set), 404, `other teacher, ${f}`);
    await expectRefused(await outsider.get(set), 404, `student not in the class, ${f}`);
    const ok = await enrolled.get(set);
    expect(ok.status(), `enrolled student, ${f}`).toBe(200);
    expect(ok.headers()["content-disposition"]).toMatch(/^attachment; filename="tide-questions/);
  }
  await expectRefused(await anon.get("/api/review/history?format=csv"), 401, "history signed out");
  await expectRefused(await owner.get(`/api/sets/${a.setId}/export?format=pdf`), 400, "bad format");
  await expectRefused(await owner.get(`/api/sets/nope/export?format=csv`), 404, "no such set");
  await expectRefused(
    await owner.get("/api/essays/no-such-essay/export?format=csv"),
    404,
    "no such essay",
  );
});

test("a review history holds the caller's reviews and nobody else's", async ({
  playwright,
  baseURL,
}) => {
  const alice = await playwright.request.newContext({ baseURL });
  const bob = await playwright.request.newContext({ baseURL });
  await signedIn(alice, "student");
  await signedIn(bob, "student");
  const essay = await studyEssay(alice);
  const card = (await queue(alice, essay.slug)).cards[0]!;
  expect(
    (await alice.post(`/api/review/${card.cardId}`, { data: { rating: "easy" } })).status(),
  ).toBe(200);

  const mine = (await (await alice.get("/api/review/history?format=csv")).text())
    .trimEnd()
    .split("\r\n");
  expect(mine).toHaveLength(2);
  const theirs = (await (await bob.get("/api/review/history?format=csv")).text())
    .trimEnd()
    .split("\r\n");
  expect(theirs).toHaveLength(1);
  expect(theirs.join("\n")).not.toContain(",easy,");
});
