import { test, expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createUser, signInApi } from "./fixtures/users";
import { setupAssignment } from "./fixtures/teach";

/** An error in the contract's shape, and nothing else: no data leaks with a refusal. */
async function expectRefused(res: APIResponse, status: number, label: string) {
  expect(res.status(), label).toBe(status);
  const body = await res.json();
  expect(Object.keys(body), label).toEqual(["error"]);
  expect(typeof body.error.message, label).toBe("string");
}

async function signedIn(request: APIRequestContext, role: "student" | "teacher", name: string) {
  const u = await createUser(request, role, name);
  await signInApi(request, u);
  return u;
}

test.describe("teacher resources refuse everyone but their owner", () => {
  test("another teacher gets 404 for the class, set, assignment and report", async ({
    playwright,
    baseURL,
  }) => {
    const owner = await playwright.request.newContext({ baseURL });
    const intruder = await playwright.request.newContext({ baseURL });
    await signedIn(owner, "teacher", "Owner Teacher");
    await signedIn(intruder, "teacher", "Other Teacher");
    const a = await setupAssignment(owner);
    const student = await playwright.request.newContext({ baseURL });
    const s = await signedIn(student, "student", "Enrolled Student");
    await student.post("/api/classes/join", { data: { joinCode: a.joinCode } });

    const cases: [string, Promise<APIResponse>][] = [
      ["GET class", intruder.get(`/api/classes/${a.classId}`)],
      ["rotate code", intruder.post(`/api/classes/${a.classId}/join-code`)],
      ["remove student", intruder.delete(`/api/classes/${a.classId}/students/${s.id}`)],
      ["restore student", intruder.put(`/api/classes/${a.classId}/students/${s.id}`)],
      ["GET set", intruder.get(`/api/sets/${a.setId}`)],
      ["PATCH set", intruder.patch(`/api/sets/${a.setId}`, { data: { title: "Mine now" } })],
      [
        "assign their set to my class",
        intruder.post("/api/assignments", {
          data: {
            classId: a.classId,
            setId: a.setId,
            mode: "quiz",
            dueAt: new Date(Date.now() + 864e5).toISOString(),
          },
        }),
      ],
      ["GET report", intruder.get(`/api/assignments/${a.assignmentId}/report`)],
      ["GET report csv", intruder.get(`/api/assignments/${a.assignmentId}/report?format=csv`)],
    ];
    for (const [label, res] of cases) await expectRefused(await res, 404, label);

    // Their own lists do not mention the owner's things.
    const classes = await (await intruder.get("/api/classes")).json();
    expect(classes).toEqual({ classes: [] });
    const assignments = await (await intruder.get("/api/assignments")).json();
    expect(assignments).toEqual({ classes: [] });
    expect(await (await intruder.get("/api/sets")).json()).toEqual({ sets: [] });

    // Pages answer "not found".
    for (const path of [
      `/classes/${a.classId}`,
      `/sets/${a.setId}`,
      `/assignments/${a.assignmentId}`,
    ]) {
      const res = await intruder.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text()).not.toContain(a.joinCode);
    }

    // Nothing changed for the owner.
    const detail = await (await owner.get(`/api/classes/${a.classId}`)).json();
    expect(detail.joinCode).toBe(a.joinCode);
    expect(detail.students.map((x: { userId: string }) => x.userId)).toEqual([s.id]);
    expect((await (await owner.get(`/api/sets/${a.setId}`)).json()).title).toBe("Tide questions");
  });

  test("a student gets 403 from teacher endpoints, sees only their own classes and assignments", async ({
    playwright,
    baseURL,
  }) => {
    const owner = await playwright.request.newContext({ baseURL });
    await signedIn(owner, "teacher", "Owner Teacher");
    const a = await setupAssignment(owner);
    const enrolled = await playwright.request.newContext({ baseURL });
    const s = await signedIn(enrolled, "student", "Enrolled Student");
    const join = await enrolled.post("/api/classes/join", { data: { joinCode: a.joinCode } });
    expect(join.status()).toBe(200);
    expect(await join.json()).toMatchObject({ classId: a.classId });

    const cases: [string, Promise<APIResponse>][] = [
      ["create class", enrolled.post("/api/classes", { data: { name: "Mine" } })],
      ["GET class", enrolled.get(`/api/classes/${a.classId}`)],
      ["rotate code", enrolled.post(`/api/classes/${a.classId}/join-code`)],
      ["remove self", enrolled.delete(`/api/classes/${a.classId}/students/${s.id}`)],
      ["list sets", enrolled.get("/api/sets")],
      ["create set", enrolled.post("/api/sets", { data: { title: "x", itemIds: a.itemIds } })],
      ["GET set", enrolled.get(`/api/sets/${a.setId}`)],
      ["PATCH set", enrolled.patch(`/api/sets/${a.setId}`, { data: { title: "x" } })],
      [
        "assign",
        enrolled.post("/api/assignments", {
          data: {
            classId: a.classId,
            setId: a.setId,
            mode: "quiz",
            dueAt: new Date().toISOString(),
          },
        }),
      ],
      ["GET report", enrolled.get(`/api/assignments/${a.assignmentId}/report`)],
      ["GET report csv", enrolled.get(`/api/assignments/${a.assignmentId}/report?format=csv`)],
    ];
    for (const [label, res] of cases) await expectRefused(await res, 403, label);

    // Their class list has the teacher's name but never the code or the roster.
    const classes = await (await enrolled.get("/api/classes")).json();
    expect(classes).toEqual({
      classes: [{ id: a.classId, name: "Harbour class", teacherName: "Owner Teacher" }],
    });
    const mine = (await (await enrolled.get("/api/assignments")).json()).assignments;
    expect(mine.map((x: { id: string }) => x.id)).toEqual([a.assignmentId]);
    expect(mine[0].status).toBe("not_started");

    // Teacher pages send a student home.
    for (const path of [`/classes/${a.classId}`, "/sets/new", `/assignments/${a.assignmentId}`]) {
      const res = await enrolled.get(path, { maxRedirects: 0 });
      expect([302, 303, 307, 308], path).toContain(res.status());
    }

    // A student outside the class sees none of it, and cannot start its quiz.
    const outsider = await playwright.request.newContext({ baseURL });
    await signedIn(outsider, "student", "Outside Student");
    expect(await (await outsider.get("/api/classes")).json()).toEqual({ classes: [] });
    expect(await (await outsider.get("/api/assignments")).json()).toEqual({ assignments: [] });
    const start = await outsider.post("/api/quizzes", { data: { assignmentId: a.assignmentId } });
    expect(start.status()).toBe(404);
    // Teachers cannot join classes as students.
    await expectRefused(
      await owner.post("/api/classes/join", { data: { joinCode: a.joinCode } }),
      403,
      "teacher joins",
    );
  });

  test("signed-out visitors get 401, and hostile input never gets a 500", async ({
    request,
    playwright,
    baseURL,
  }) => {
    for (const [method, path] of [
      ["GET", "/api/classes"],
      ["POST", "/api/classes"],
      ["POST", "/api/classes/join"],
      ["GET", "/api/classes/abc"],
      ["GET", "/api/sets"],
      ["GET", "/api/assignments"],
      ["GET", "/api/assignments/abc/report"],
    ] as const) {
      const res = await request.fetch(path, { method, data: method === "POST" ? {} : undefined });
      await expectRefused(res, 401, `${method} ${path}`);
    }
    const teacher = await playwright.request.newContext({ baseURL });
    await signedIn(teacher, "teacher", "Fuzz Teacher");
    const bad: [string, string, unknown, number][] = [
      ["POST", "/api/classes", "not json", 400],
      ["POST", "/api/classes", { name: "" }, 422],
      ["POST", "/api/sets", { title: "t", itemIds: ["nope-item"] }, 422],
      ["POST", "/api/sets", { title: "t", itemIds: "x" }, 422],
      ["POST", "/api/assignments", { classId: "x", setId: "y", mode: "exam", dueAt: "soon" }, 422],
      ["GET", "/api/classes/..%2F..%2Fetc", undefined, 404],
      ["GET", "/api/assignments/abc/report?format=xml", undefined, 400],
    ];
    for (const [method, path, data, status] of bad) {
      const res = await teacher.fetch(path, {
        method,
        ...(typeof data === "string"
          ? { data, headers: { "content-type": "application/json" } }
          : data
            ? { data }
            : {}),
      });
      expect(res.status(), `${method} ${path}`).toBe(status);
    }
    // The report for an id that is not there: 404 (format check comes after ownership only for valid formats).
    expect((await teacher.get("/api/assignments/abc/report")).status()).toBe(404);
  });
});
