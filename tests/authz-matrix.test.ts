import { beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The authorization matrix: every route handler under app/api × every kind of caller, from ONE
 * table. A route handler (or an exported method) without a row fails the "covers every route"
 * test, so a new endpoint cannot ship without deciding who may call it.
 *
 * The handlers are imported and called directly; the session cookie reader is mocked to return
 * the current actor's id, exactly as a signed JWT cookie would after the callback.
 */
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => (session.current ? { uid: session.current.user.id, sv: 0 } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createEssay } from "@/lib/data/essays";
import { createClass } from "@/lib/data/classes";
import { createSet } from "@/lib/data/sets";
import { getReviewQueue, reviewCard } from "@/lib/data/review";
import { callRoute, ERROR_CODE, type Answer } from "./support/call-route";
import { discoverRoutes, type Method } from "./support/routes";
import { createQuiz } from "@/lib/data/quizzes";
import { createGame, joinGame } from "@/lib/data/live";
import { hashPassword } from "@/lib/auth/password";

const ACTORS = ["signedOut", "student", "otherStudent", "teacher", "otherTeacher"] as const;
type Actor = (typeof ACTORS)[number];

/** Made-up prose (not from content/): the generator turns it into published and draft items. */
const ESSAY_TEXT = `Beekeepers in the valley keep about forty hives on the southern slope. Each hive holds roughly thirty thousand bees in midsummer. The queen lays up to two thousand eggs a day during the peak of the season.

Honey from the clover fields is pale and mild, while heather honey is dark and thick. Beekeepers harvest the heather honey in late August because the plants bloom late. Smoke calms the bees because it masks the alarm scent that guards release.

Varroa mites weaken colonies by feeding on the developing brood. Most keepers in the valley treat their hives with oxalic acid in December, when the colonies have no brood. A strong colony survives the winter by clustering around the queen and shivering to make heat.`;

interface OwnWorld {
  teacher: SessionUser;
  student: SessionUser;
  essaySlug: string;
  /** The page's id for the upload of that essay: its progress row belongs to the teacher. */
  uploadId: string;
  itemId: string;
  draftItemIds: string[];
  classId: string;
  setId: string;
  assignmentId: string;
  cardId: string;
  quizId: string;
  /** A live game of the teacher's set, in its lobby, with the student joined as a player. */
  liveGameId: string;
  livePin: string;
}

interface World {
  a: OwnWorld;
  b: OwnWorld;
  /** A student of teacher A's class who is not an actor: the roster routes remove and restore them. */
  bystander: SessionUser;
  /** A class of teacher A's with nothing assigned: students may join it without changing the rest. */
  joinCode: string;
}

/** One teacher's essay, set, class (with their student enrolled) and assignment; the student's card, review and quiz. */
async function seedOwnWorld(tag: string): Promise<OwnWorld> {
  const passwordHash = await hashPassword("matrix password");
  const mk = async (role: "student" | "teacher"): Promise<SessionUser> => {
    const u = await db.user.create({
      data: { email: `${role}-${tag}@matrix.test`, name: `${role} ${tag}`, role, passwordHash },
    });
    return { id: u.id, email: u.email, name: u.name, role };
  };
  const teacher = await mk("teacher");
  const student = await mk("student");
  const uploadId = `matrix-upload-${tag}`;
  const { slug } = await createEssay(teacher, {
    title: `Valley beekeeping ${tag}`,
    text: ESSAY_TEXT,
    uploadId,
  });
  const items = await db.item.findMany({
    where: { essay: { slug } },
    orderBy: [{ type: "asc" }, { key: "asc" }],
  });
  const published = items.filter((i) => i.status === "published");
  const flashcardable = published.filter((i) => ["flashcard", "cloze"].includes(i.type));
  expect(flashcardable.length).toBeGreaterThan(0);
  expect(published.some((i) => i.type === "true_false" || i.type === "cloze")).toBe(true);
  const klass = await createClass(teacher, { name: `Class ${tag}` });
  await db.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  const set = await createSet(teacher, {
    title: `Set ${tag}`,
    itemIds: published.map((i) => i.id),
  });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      setId: set.id,
      createdById: teacher.id,
      mode: "quiz",
      dueAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  const queue = await getReviewQueue(student, { limit: 20, set: set.id });
  const [first, second] = queue.cards;
  expect(first).toBeDefined();
  // One rating already made, so "undo" has something of the student's own to undo.
  await reviewCard(student, (second ?? first)!.cardId, { rating: "good" });
  const quiz = await createQuiz(student, { setId: set.id });
  const live = await createGame(teacher, { setId: set.id }, "http://matrix.test");
  await joinGame(student, { pin: live.pin }, () => undefined);
  return {
    teacher,
    student,
    essaySlug: slug,
    uploadId,
    itemId: published[0]!.id,
    draftItemIds: items.filter((i) => i.status === "draft").map((i) => i.id),
    classId: klass.id,
    setId: set.id,
    assignmentId: assignment.id,
    cardId: first!.cardId,
    quizId: quiz.id,
    liveGameId: live.id,
    livePin: live.pin,
  };
}

let world: World;
let counter = 0;

interface Built {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

interface Row {
  path: string;
  method: Method;
  /** The request, aimed at teacher A's / student A's things (ids from the seed). */
  build: (w: World) => Built;
  expect: Record<Actor, number>;
  why?: string;
}

const signedIn = (ok: number): Record<Actor, number> => ({
  signedOut: 401,
  student: ok,
  otherStudent: ok,
  teacher: ok,
  otherTeacher: ok,
});
/** Teacher-only endpoints about a thing teacher A owns: students 403, another teacher 404. */
const teacherOwned = (ok: number): Record<Actor, number> => ({
  signedOut: 401,
  student: 403,
  otherStudent: 403,
  teacher: ok,
  otherTeacher: 404,
});
/** Teacher-only endpoints that create or list the caller's own things. */
const teachersOnly = (ok: number): Record<Actor, number> => ({
  signedOut: 401,
  student: 403,
  otherStudent: 403,
  teacher: ok,
  otherTeacher: ok,
});
/** Student A's own card or quiz: everybody else 404 ("not yours" reads like "not there"). */
const studentAOwns = (ok: number): Record<Actor, number> => ({
  signedOut: 401,
  student: ok,
  otherStudent: 404,
  teacher: 404,
  otherTeacher: 404,
});

/** Teacher A's private essay: its teacher, and student A through the assigned set; others 404. */
const essayOfA: Record<Actor, number> = {
  signedOut: 401,
  student: 200,
  otherStudent: 404,
  teacher: 200,
  otherTeacher: 404,
};

const soon = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

/** THE table. Rows are (route path, method); `build` aims the request at A's resources. */
const TABLE: Row[] = [
  {
    path: "/api/assignments",
    method: "GET",
    build: () => ({}),
    expect: signedIn(200),
    why: "each caller sees their own assignments (checked for leaks below)",
  },
  {
    path: "/api/assignments",
    method: "POST",
    build: (w) => ({
      body: { classId: w.a.classId, setId: w.a.setId, mode: "quiz", dueAt: soon() },
    }),
    expect: teacherOwned(201),
  },
  {
    path: "/api/assignments/{id}/report",
    method: "GET",
    build: (w) => ({ params: { id: w.a.assignmentId } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/auth/signup",
    method: "POST",
    build: () => ({
      body: {
        email: `new-${++counter}@matrix.test`,
        password: "long enough password",
        name: "New person",
        role: "student",
      },
    }),
    expect: { ...signedIn(201), signedOut: 201 },
    why: "open to everyone; a session does not matter",
  },
  {
    path: "/api/classes",
    method: "GET",
    build: () => ({}),
    expect: signedIn(200),
  },
  {
    path: "/api/classes",
    method: "POST",
    build: () => ({ body: { name: "Matrix class" } }),
    expect: teachersOnly(201),
  },
  {
    path: "/api/classes/join",
    method: "POST",
    build: (w) => ({ body: { joinCode: w.joinCode } }),
    expect: { signedOut: 401, student: 200, otherStudent: 200, teacher: 403, otherTeacher: 403 },
    why: "any student holding the code may join (that is what a code is for); teachers never",
  },
  {
    path: "/api/classes/{id}",
    method: "GET",
    build: (w) => ({ params: { id: w.a.classId } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/classes/{id}/join-code",
    method: "POST",
    build: (w) => ({ params: { id: w.a.classId } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/classes/{id}/students/{userId}",
    method: "DELETE",
    build: (w) => ({ params: { id: w.a.classId, userId: w.bystander.id } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/classes/{id}/students/{userId}",
    method: "PUT",
    build: (w) => ({ params: { id: w.a.classId, userId: w.bystander.id } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/essays",
    method: "GET",
    build: () => ({}),
    expect: signedIn(200),
  },
  {
    path: "/api/essays",
    method: "POST",
    build: () => ({ body: { title: `Matrix essay ${++counter}`, text: ESSAY_TEXT } }),
    expect: teachersOnly(201),
  },
  {
    path: "/api/essays/extract",
    method: "POST",
    build: () => ({ body: { text: "not a file" } }),
    expect: teachersOnly(400),
    why: "teachers only; it takes multipart/form-data, so the matrix's JSON body is refused after the role check (documents: tests/essay-upload.test.ts)",
  },
  {
    path: "/api/essays/uploads/{uploadId}",
    method: "GET",
    build: (w) => ({ params: { uploadId: w.a.uploadId } }),
    expect: teacherOwned(200),
    why: "an upload's progress is its teacher's alone",
  },
  {
    path: "/api/essays/{slug}",
    method: "GET",
    build: (w) => ({ params: { slug: w.a.essaySlug } }),
    expect: essayOfA,
    why: "an upload is its teacher's; students meet it through an assigned set (library: below)",
  },
  {
    path: "/api/essays/{slug}/items",
    method: "GET",
    build: (w) => ({ params: { slug: w.a.essaySlug } }),
    expect: essayOfA,
    why: "as the essay; students get published items only (drafts are checked as secrets)",
  },
  {
    path: "/api/essays/{slug}/export",
    method: "GET",
    build: (w) => ({ params: { slug: w.a.essaySlug }, query: { format: "csv" } }),
    expect: essayOfA,
    why: "as reading the essay; published items only (drafts are checked as secrets)",
  },
  {
    path: "/api/essays/{slug}/regenerate",
    method: "POST",
    build: (w) => ({ params: { slug: w.a.essaySlug } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/essays/{slug}/share",
    method: "POST",
    build: (w) => ({ params: { slug: w.a.essaySlug } }),
    expect: teacherOwned(200),
    why: "only the owner shares an essay to the library (the DELETE row below takes it back)",
  },
  {
    path: "/api/essays/{slug}/share",
    method: "DELETE",
    build: (w) => ({ params: { slug: w.a.essaySlug } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/items",
    method: "PATCH",
    build: (w) => ({ body: { ids: [w.a.itemId], status: "published" } }),
    expect: teacherOwned(200),
    why: "items of an essay teacher A uploaded; one item not yours and nothing changes",
  },
  {
    path: "/api/items/{id}",
    method: "PATCH",
    build: (w) => ({ params: { id: w.a.itemId }, body: { explanation: "Edited by the matrix." } }),
    expect: teacherOwned(200),
    why: "an item of an essay teacher A uploaded",
  },
  { path: "/api/me", method: "GET", build: () => ({}), expect: signedIn(200) },
  {
    path: "/api/me/password",
    method: "POST",
    build: () => ({ body: { currentPassword: "not the password", newPassword: "a new password" } }),
    expect: signedIn(403),
    why: "always the caller's own account; a wrong current password changes nothing (tests/sessions.test.ts changes one)",
  },
  { path: "/api/me/settings", method: "GET", build: () => ({}), expect: signedIn(200) },
  {
    path: "/api/me/settings",
    method: "PATCH",
    build: () => ({ body: { newCardsPerDay: 25 } }),
    expect: signedIn(200),
    why: "always the caller's own settings",
  },
  {
    path: "/api/openapi.json",
    method: "GET",
    build: () => ({}),
    expect: { ...signedIn(200), signedOut: 200 },
    why: "public documentation",
  },
  { path: "/api/quizzes", method: "GET", build: () => ({}), expect: signedIn(200) },
  {
    path: "/api/quizzes",
    method: "POST",
    build: (w) => ({ body: { setId: w.a.setId } }),
    expect: { signedOut: 401, student: 201, otherStudent: 404, teacher: 201, otherTeacher: 404 },
    why: "a set is usable by its owner and by students of a class it is assigned to",
  },
  {
    path: "/api/quizzes/{id}",
    method: "GET",
    build: (w) => ({ params: { id: w.a.quizId } }),
    expect: studentAOwns(200),
    why: "even the teacher of the class reads quiz results through the report, not the quiz",
  },
  {
    path: "/api/quizzes/{id}/submit",
    method: "POST",
    build: (w) => ({ params: { id: w.a.quizId }, body: { answers: [] } }),
    expect: studentAOwns(200),
  },
  {
    path: "/api/review/queue",
    method: "GET",
    build: (w) => ({ query: { set: w.a.setId, limit: "5" } }),
    expect: { signedOut: 401, student: 200, otherStudent: 404, teacher: 200, otherTeacher: 404 },
  },
  {
    path: "/api/review/history",
    method: "GET",
    build: () => ({ query: { format: "csv" } }),
    expect: signedIn(200),
    why: "always the caller's own log (A's card ids are checked as secrets)",
  },
  {
    path: "/api/review/undo",
    method: "POST",
    build: () => ({}),
    expect: { signedOut: 401, student: 200, otherStudent: 200, teacher: 404, otherTeacher: 404 },
    why: "undoes the caller's own last rating; both students have one, the teachers none",
  },
  {
    path: "/api/review/{cardId}",
    method: "POST",
    build: (w) => ({ params: { cardId: w.a.cardId }, body: { rating: "good" } }),
    expect: studentAOwns(200),
  },
  {
    path: "/api/live",
    method: "POST",
    build: (w) => ({ body: { setId: w.a.setId } }),
    expect: teacherOwned(201),
  },
  {
    path: "/api/live/join",
    method: "POST",
    build: (w) => ({ body: { pin: w.a.livePin } }),
    expect: { signedOut: 401, student: 200, otherStudent: 200, teacher: 409, otherTeacher: 403 },
    why: "students of the host's classes only (guests are off in this game; the other student joined A's open class in an earlier row); the host does not play",
  },
  {
    path: "/api/live/{id}/answer",
    method: "POST",
    build: (w) => ({
      params: { id: w.a.liveGameId },
      body: { questionId: w.a.itemId, response: "x" },
    }),
    expect: { signedOut: 404, student: 422, otherStudent: 422, teacher: 403, otherTeacher: 404 },
    why: "players only (a guest is known by cookie, so no session is not a 401; both students joined in the row above); the game is still in its lobby, so a player's answer is too early",
  },
  {
    path: "/api/live/{id}/control",
    method: "POST",
    build: (w) => ({ params: { id: w.a.liveGameId }, body: { action: "start" } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/live/{id}/report",
    method: "GET",
    build: (w) => ({ params: { id: w.a.liveGameId } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/review/{cardId}/check",
    method: "POST",
    build: (w) => ({ params: { cardId: w.a.cardId }, body: { response: "a guess" } }),
    expect: studentAOwns(200),
  },
  { path: "/api/sets", method: "GET", build: () => ({}), expect: teachersOnly(200) },
  {
    path: "/api/sets",
    method: "POST",
    build: (w) => ({ body: { title: "Matrix set", itemIds: [w.a.itemId] } }),
    expect: { ...teachersOnly(201), otherTeacher: 422 },
    why: "a set is built from essays the teacher may read: A's private item is no item to B",
  },
  {
    path: "/api/sets/{id}",
    method: "GET",
    build: (w) => ({ params: { id: w.a.setId } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/sets/{id}",
    method: "PATCH",
    build: (w) => ({ params: { id: w.a.setId }, body: { title: "Renamed by the matrix" } }),
    expect: teacherOwned(200),
  },
  {
    path: "/api/sets/{id}/export",
    method: "GET",
    build: (w) => ({ params: { id: w.a.setId }, query: { format: "apkg" } }),
    expect: { signedOut: 401, student: 200, otherStudent: 404, teacher: 200, otherTeacher: 404 },
    why: "like studying the set: its owner and students of a class it is assigned to",
  },
  { path: "/api/stats", method: "GET", build: () => ({}), expect: signedIn(200) },
];

/**
 * Routes deliberately left out, with the reason. next-auth's catch-all is next-auth's own code
 * (csrf, callback, session, signout); its sign-in limit is covered by e2e/security tests, and a
 * session is exactly what this matrix mocks, so calling it here would test the mock.
 */
const SKIPPED: Record<string, string> = {
  "GET /api/auth/{nextauth}": "next-auth's own handler (sessions are what this matrix mocks)",
  "POST /api/auth/{nextauth}": "next-auth's own handler (sign-in limit covered in e2e)",
  "GET /api/live/{id}/events":
    "an endless event stream; who may open it is checked in e2e/unauthorized-live.spec.ts",
};

function actorUser(w: World, actor: Actor): SessionUser | null {
  switch (actor) {
    case "signedOut":
      return null;
    case "student":
      return w.a.student;
    case "otherStudent":
      return w.b.student;
    case "teacher":
      return w.a.teacher;
    case "otherTeacher":
      return w.b.teacher;
  }
}

async function call(row: Row, actor: Actor): Promise<Answer> {
  const built = row.build(world);
  const user = actorUser(world, actor);
  session.current = user ? { user: { id: user.id } } : null;
  return callRoute(row.path, row.method, {
    params: built.params,
    ...(built.body !== undefined ? { bodyText: JSON.stringify(built.body) } : {}),
    ...(built.query ? { query: new URLSearchParams(built.query).toString() } : {}),
  });
}

/** What a caller other than A's own must never find in a successful answer. */
async function secretsOfA(actor: Actor): Promise<string[]> {
  if (actor !== "otherStudent" && actor !== "otherTeacher") return [];
  const a = world.a;
  const klass = await db.class.findUniqueOrThrow({ where: { id: a.classId } });
  const secrets = [
    a.essaySlug,
    a.student.id,
    a.student.email,
    a.teacher.id,
    a.teacher.email,
    world.bystander.id,
    a.classId,
    klass.joinCode,
    a.setId,
    a.assignmentId,
    a.cardId,
    a.quizId,
  ];
  return actor === "otherStudent" ? [...secrets, ...a.draftItemIds] : secrets;
}

beforeAll(async () => {
  const a = await seedOwnWorld("a");
  const b = await seedOwnWorld("b");
  const bystander = await db.user.create({
    data: { email: "bystander@matrix.test", name: "Bystander", role: "student" },
  });
  await db.enrollment.create({ data: { classId: a.classId, userId: bystander.id } });
  const joinable = await createClass(a.teacher, { name: "Open door" });
  world = {
    a,
    b,
    bystander: { id: bystander.id, email: bystander.email, name: bystander.name, role: "student" },
    joinCode: joinable.joinCode,
  };
}, 60_000);

describe("authorization matrix", () => {
  it("has a row (or a documented skip) for every route handler and method, and no stale rows", async () => {
    const found = await discoverRoutes();
    expect(found.length).toBeGreaterThan(20);
    const keys = new Set(TABLE.map((r) => `${r.method} ${r.path}`));
    expect(keys.size, "a (path, method) appears twice in the table").toBe(TABLE.length);
    const exported = new Set<string>();
    for (const r of found) {
      expect(r.methods.length, `${r.file} exports no HTTP method`).toBeGreaterThan(0);
      for (const m of r.methods) {
        const key = `${m} ${r.path}`;
        exported.add(key);
        expect(keys.has(key) || key in SKIPPED, `${key} has no row in the matrix`).toBe(true);
      }
    }
    for (const key of [...keys, ...Object.keys(SKIPPED)])
      expect(exported.has(key), `${key} is in the matrix but no route exports it`).toBe(true);
  });

  describe.each(TABLE)("$method $path", (row) => {
    it.each(ACTORS)("%s", async (actor) => {
      const { status, text } = await call(row, actor);
      const expected = row.expect[actor];
      expect(status, `${row.method} ${row.path} as ${actor}: ${text.slice(0, 300)}`).toBe(expected);
      if (status >= 400) {
        // Never data: an error answer is exactly the contract's shape, nothing more.
        expect(JSON.parse(text)).toStrictEqual({
          error: { code: ERROR_CODE[status], message: expect.any(String) },
        });
        expect((JSON.parse(text) as { error: { message: string } }).error.message).not.toBe("");
      } else {
        for (const secret of await secretsOfA(actor))
          expect(text, `${actor} got one of A's private values`).not.toContain(secret);
      }
    });
  });
});

/** The essay rules across every read path: private uploads, the library, sharing. */
describe("essays are private to their teacher", () => {
  const as = (u: SessionUser | null) => (session.current = u ? { user: { id: u.id } } : null);
  const slugsIn = (text: string) =>
    (JSON.parse(text) as { essays: { slug: string }[] }).essays.map((e) => e.slug);
  let librarySlug: string;

  beforeAll(async () => {
    // An essay with no owner is what content/ loads: the shared library.
    const { slug } = await createEssay(world.b.teacher, {
      title: "Library bees",
      text: ESSAY_TEXT,
    });
    await db.essay.update({ where: { slug }, data: { ownerId: null } });
    librarySlug = slug;
  });

  it("the essay list holds the library, one's own uploads and assigned essays, nothing else", async () => {
    as(world.b.teacher);
    const other = slugsIn((await callRoute("/api/essays", "GET")).text);
    expect(other).toContain(librarySlug);
    expect(other).toContain(world.b.essaySlug);
    expect(other).not.toContain(world.a.essaySlug);
    as(world.a.student);
    const student = slugsIn((await callRoute("/api/essays", "GET")).text);
    expect(student).toContain(world.a.essaySlug);
    expect(student).not.toContain(world.b.essaySlug);
    as(world.bystander);
    expect(slugsIn((await callRoute("/api/essays", "GET")).text)).toContain(world.a.essaySlug);
  });

  it("quizzes and flashcards by essay, and sets, cannot reach another teacher's upload", async () => {
    as(world.b.student);
    const quiz = await callRoute("/api/quizzes", "POST", {
      bodyText: JSON.stringify({ essay: world.a.essaySlug }),
    });
    expect(quiz.status).toBe(404);
    const queue = await callRoute("/api/review/queue", "GET", {
      query: `essay=${world.a.essaySlug}`,
    });
    expect(queue.status).toBe(404);
    as(world.a.student);
    const own = await callRoute("/api/review/queue", "GET", {
      query: `essay=${world.a.essaySlug}`,
    });
    expect(own.status).toBe(200);
  });

  it("a student removed from the class loses the essay with the assignment", async () => {
    await db.enrollment.updateMany({
      where: { classId: world.a.classId, userId: world.bystander.id },
      data: { removedAt: new Date() },
    });
    try {
      as(world.bystander);
      const res = await callRoute("/api/essays/{slug}", "GET", {
        params: { slug: world.a.essaySlug },
      });
      expect(res.status).toBe(404);
    } finally {
      await db.enrollment.updateMany({
        where: { classId: world.a.classId, userId: world.bystander.id },
        data: { removedAt: null },
      });
    }
  });

  it("library essays are everyone's; a shared upload joins them, and leaves when unshared", async () => {
    as(world.a.student);
    const library = await callRoute("/api/essays/{slug}", "GET", { params: { slug: librarySlug } });
    expect(library.status).toBe(200);
    expect(JSON.parse(library.text).access).toBe("library");

    const read = () =>
      callRoute("/api/essays/{slug}/items", "GET", { params: { slug: world.a.essaySlug } });
    const build = () =>
      callRoute("/api/sets", "POST", {
        bodyText: JSON.stringify({ title: "From the library", itemIds: [world.a.itemId] }),
      });
    as(world.b.student);
    expect((await read()).status).toBe(404);
    as(world.a.teacher);
    const shared = await callRoute("/api/essays/{slug}/share", "POST", {
      params: { slug: world.a.essaySlug },
    });
    expect(JSON.parse(shared.text)).toMatchObject({ slug: world.a.essaySlug, shared: true });
    try {
      as(world.b.student);
      expect((await read()).status).toBe(200);
      as(world.b.teacher);
      expect((await build()).status).toBe(201);
    } finally {
      as(world.a.teacher);
      await callRoute("/api/essays/{slug}/share", "DELETE", {
        params: { slug: world.a.essaySlug },
      });
    }
    as(world.b.student);
    expect((await read()).status).toBe(404);
    // Teacher B built a set from it while it was shared: their own set keeps it readable to them.
    as(world.b.teacher);
    expect((await read()).status).toBe(200);
  });
});
