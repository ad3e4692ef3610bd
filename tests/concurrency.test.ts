import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

/**
 * Races through the route handlers, so the HTTP layer's error mapping is part of what is checked:
 * the lib-level versions live in review.test.ts, quizzes.test.ts and teach-classes.test.ts. Each
 * request carries its own session (AsyncLocalStorage), as parallel requests of different users do.
 */
const sessions = vi.hoisted(
  () => ({ store: null }) as { store: null | { getStore(): { id: string } | null | undefined } },
);
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => {
    const id = sessions.store?.getStore()?.id;
    return id ? { uid: id, sv: 0 } : null;
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createEssay, setEssayShared } from "@/lib/data/essays";
import { createClass } from "@/lib/data/classes";
import { createSet } from "@/lib/data/sets";
import { getReviewQueue, reviewCard } from "@/lib/data/review";
import { createQuiz } from "@/lib/data/quizzes";

const als = new AsyncLocalStorage<{ id: string } | null>();
sessions.store = als;

const apiDir = path.resolve(__dirname, "../app/api");
type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

interface Answer {
  status: number;
  body: unknown;
}

async function call(
  as: SessionUser | null,
  method: string,
  apiPath: string,
  opts: { params?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const dir = apiPath
    .replace(/^\/api\//, "")
    .split("/")
    .map((s) => s.replace(/^\{(.+)\}$/, "[$1]"));
  const mod = (await import(path.join(apiDir, ...dir, "route.ts"))) as Record<string, Handler>;
  const params = opts.params ?? {};
  const url = apiPath.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
  const req = new NextRequest(`http://localhost${url}`, {
    method,
    ...(opts.body !== undefined
      ? { body: JSON.stringify(opts.body), headers: { "content-type": "application/json" } }
      : {}),
  });
  const res = await als.run(as ? { id: as.id } : null, () =>
    mod[method]!(req, { params: Promise.resolve(params) }),
  );
  return { status: res.status, body: await res.json() };
}

function parallel<T>(n: number, f: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => f(i)));
}

function statuses(answers: Answer[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const a of answers) out[a.status] = (out[a.status] ?? 0) + 1;
  return out;
}

function expectError(a: Answer, code: string) {
  expect(a.body).toStrictEqual({ error: { code, message: expect.any(String) } });
}

const ESSAY_TEXT = `Glassblowers in the old quarter heat their furnaces to about eleven hundred degrees before dawn. A gather of molten glass is taken on the end of a long iron pipe and turned constantly so it stays round. The blower shapes the bubble with wooden paddles soaked in water, which hiss but do not burn.

Coloured glass gets its tint from metal oxides: cobalt makes a deep blue and copper a green. Finished pieces cool slowly in an annealing oven overnight because fast cooling makes the glass crack. The workshop sells most of its bowls to restaurants along the river.`;

async function user(role: "student" | "teacher", tag: string): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `${role}-${tag}@race.test`, name: `${role} ${tag}`, role },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

let teacher: SessionUser;
let essaySlug: string;
let itemIds: string[];
let setId: string;

beforeAll(async () => {
  teacher = await user("teacher", "t");
  ({ slug: essaySlug } = await createEssay(teacher, { title: "Glass quarter", text: ESSAY_TEXT }));
  // Shared to the library, so the student may study it by essay (uploads are private otherwise).
  await setEssayShared(teacher, essaySlug, true);
  // The generator is strict about what it publishes; a teacher publishes a few more by hand.
  const items = await db.item.findMany({
    where: { essay: { slug: essaySlug } },
    orderBy: { key: "asc" },
    select: { id: true, type: true },
  });
  itemIds = ["cloze", "true_false", "flashcard"].flatMap((t) =>
    items
      .filter((i) => i.type === t)
      .slice(0, 2)
      .map((i) => i.id),
  );
  await db.item.updateMany({ where: { id: { in: itemIds } }, data: { status: "published" } });
  expect(itemIds.length).toBeGreaterThan(2);
  setId = (await createSet(teacher, { title: "Glass", itemIds })).id;
}, 60_000);

/** A new student enrolled in a new class of the teacher's, with the set assigned for a quiz. */
async function enrolledStudent(tag: string) {
  const student = await user("student", tag);
  const klass = await createClass(teacher, { name: `Class ${tag}` });
  await db.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  await db.assignment.create({
    data: {
      classId: klass.id,
      setId,
      createdById: teacher.id,
      mode: "quiz",
      dueAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { student, klass };
}

describe("races through the route handlers", () => {
  it("50 parallel ratings with one idempotency key: one ReviewLog, one schedule change, 50 equal answers", async () => {
    const student = await user("student", "review");
    const [card] = (await getReviewQueue(student, { limit: 1, essay: essaySlug })).cards;
    const before = await db.card.findUniqueOrThrow({ where: { id: card!.cardId } });
    const answers = await parallel(50, () =>
      call(student, "POST", "/api/review/{cardId}", {
        params: { cardId: card!.cardId },
        body: { rating: "good", durationMs: 900, idempotencyKey: "one-press" },
      }),
    );
    expect(statuses(answers)).toEqual({ 200: 50 });
    for (const a of answers) expect(a.body).toEqual(answers[0]!.body);
    expect(await db.reviewLog.count({ where: { cardId: card!.cardId } })).toBe(1);
    const after = await db.card.findUniqueOrThrow({ where: { id: card!.cardId } });
    expect(after.reps).toBe(before.reps + 1);
    expect((answers[0]!.body as { card: { reps: number } }).card.reps).toBe(after.reps);
    expect(after.due.toISOString()).toBe((answers[0]!.body as { card: { due: string } }).card.due);
  });

  it("parallel submits of one quiz attempt: one 200, the rest 409, scored and stored once", async () => {
    const { student } = await enrolledStudent("quiz");
    const quiz = await createQuiz(student, { setId });
    const questions = await db.quizQuestion.findMany({
      where: { quizId: quiz.id },
      include: { item: true },
    });
    const body = {
      answers: questions.map((q, i) => ({
        questionId: q.id,
        // Half right, half wrong: wrong answers also bring cards forward, which must happen once.
        response: i % 2 === 0 ? q.item.answer : "certainly not this",
      })),
    };
    const answers = await parallel(20, () =>
      call(student, "POST", "/api/quizzes/{id}/submit", { params: { id: quiz.id }, body }),
    );
    expect(statuses(answers)).toEqual({ 200: 1, 409: 19 });
    for (const a of answers.filter((x) => x.status === 409)) expectError(a, "conflict");
    const won = answers.find((a) => a.status === 200)!.body as { score: number; total: number };
    const attempt = await db.attempt.findUniqueOrThrow({ where: { quizId: quiz.id } });
    expect(attempt.score).toBe(won.score);
    expect(won.total).toBe(questions.length);
    expect(await db.answer.count({ where: { attemptId: attempt.id } })).toBe(questions.length);
    const cards = await db.card.groupBy({
      by: ["itemId"],
      where: { userId: student.id },
      _count: true,
    });
    for (const c of cards) expect(c._count).toBe(1);
  });

  it("parallel joins with one code by one student: all 200, enrolled once", async () => {
    const student = await user("student", "join");
    const klass = await createClass(teacher, { name: "Join race" });
    const answers = await parallel(20, () =>
      call(student, "POST", "/api/classes/join", { body: { joinCode: klass.joinCode } }),
    );
    expect(statuses(answers)).toEqual({ 200: 20 });
    for (const a of answers) expect(a.body).toMatchObject({ classId: klass.id });
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(1);
  });

  it("parallel joins by many students: each enrolled once, no failed join counted", async () => {
    const klass = await createClass(teacher, { name: "Crowd" });
    const students = await Promise.all(
      Array.from({ length: 15 }, (_, i) => user("student", `crowd${i}`)),
    );
    const answers = await Promise.all(
      students.flatMap((s) =>
        [0, 1].map(() =>
          call(s, "POST", "/api/classes/join", { body: { joinCode: klass.joinCode } }),
        ),
      ),
    );
    expect(statuses(answers)).toEqual({ 200: 30 });
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(15);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "join:" } } })).toBe(0);
  });

  it("parallel sign-ups with one email: one 201, the rest 409", async () => {
    const body = {
      email: "race@race.test",
      password: "a long enough password",
      name: "R",
      role: "student",
    };
    const answers = await parallel(8, () => call(null, "POST", "/api/auth/signup", { body }));
    expect(statuses(answers)).toEqual({ 201: 1, 409: 7 });
    for (const a of answers.filter((x) => x.status === 409)) expectError(a, "conflict");
    expect(await db.user.count({ where: { email: "race@race.test" } })).toBe(1);
  });

  it("parallel undos: each rating is undone once, in order, and the card ends where it began", async () => {
    const student = await user("student", "undo");
    const [card] = (await getReviewQueue(student, { limit: 1, essay: essaySlug })).cards;
    const start = await db.card.findUniqueOrThrow({ where: { id: card!.cardId } });
    for (const rating of ["good", "hard", "easy"] as const)
      await reviewCard(student, card!.cardId, { rating });
    const answers = await parallel(10, () => call(student, "POST", "/api/review/undo"));
    const counts = statuses(answers);
    expect(counts[200]).toBe(3);
    expect((counts[404] ?? 0) + (counts[409] ?? 0)).toBe(7);
    for (const a of answers.filter((x) => x.status === 404)) expectError(a, "not_found");
    for (const a of answers.filter((x) => x.status === 409)) expectError(a, "conflict");
    expect(await db.reviewLog.count({ where: { cardId: card!.cardId, undoneAt: null } })).toBe(0);
    const end = await db.card.findUniqueOrThrow({ where: { id: card!.cardId } });
    expect({ ...end, updatedAt: null }).toEqual({ ...start, updatedAt: null });
  });

  it("parallel edits of one set's items: never a 500, and the set ends as one of the lists sent", async () => {
    const set = await createSet(teacher, { title: "Edited at once", itemIds });
    const lists = Array.from({ length: 8 }, (_, i) =>
      [...itemIds.slice(i % itemIds.length), ...itemIds.slice(0, i % itemIds.length)].slice(
        0,
        Math.max(1, itemIds.length - (i % 2)),
      ),
    );
    const answers = await Promise.all(
      lists.map((list) =>
        call(teacher, "PATCH", "/api/sets/{id}", {
          params: { id: set.id },
          body: { itemIds: list },
        }),
      ),
    );
    for (const a of answers) expect(a.status, JSON.stringify(a.body)).toBe(200);
    const rows = await db.setItem.findMany({
      where: { setId: set.id },
      orderBy: { position: "asc" },
    });
    const final = rows.map((r) => r.itemId);
    expect(lists.map((l) => JSON.stringify(l))).toContain(JSON.stringify(final));
    expect(rows.map((r) => r.position)).toEqual(final.map((_, i) => i));
  });

  it("parallel essays with one title: all stored under their own slugs, none overwritten", async () => {
    const texts = Array.from(
      { length: 5 },
      (_, i) =>
        `${ESSAY_TEXT}\n\nThis copy of the notes is number ${i + 1} of five in the archive.`,
    );
    const answers = await Promise.all(
      texts.map((text) =>
        call(teacher, "POST", "/api/essays", { body: { title: "Same title", text } }),
      ),
    );
    for (const a of answers) expect(a.status, JSON.stringify(a.body)).toBe(201);
    const slugs = answers.map((a) => (a.body as { slug: string }).slug);
    expect(new Set(slugs).size).toBe(5);
    const stored = await db.essay.findMany({ where: { slug: { in: slugs } } });
    const copies = stored.map((e) => /number (\d) of five/.exec(e.text)?.[1]).sort();
    expect(copies).toEqual(["1", "2", "3", "4", "5"]);
  });
});
