import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createQuiz,
  createQuizSchema,
  drawItems,
  getQuiz,
  listQuizzes,
  submitQuiz,
} from "@/lib/data/quizzes";
import { getReviewQueue, reviewCard } from "@/lib/data/review";
import { assignSet, makeEssay, makeStudent, makeTeacher } from "./support/learn-fixtures";

const ALL = [
  { type: "mcq" as const },
  { type: "true_false" as const },
  { type: "cloze" as const },
  { type: "short_answer" as const },
  { type: "flashcard" as const },
];

describe("creating a quiz", () => {
  it("draws ten mixed questions from published quiz-able items, without answers", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(12, ALL);
    const quiz = await createQuiz(s, { essay: essay.slug });
    expect(quiz.questions).toHaveLength(10);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    expect(quiz.questions.some((q) => q.type === ("flashcard" as string))).toBe(false);
    expect(JSON.stringify(quiz.questions)).not.toMatch(/"answer"|"expected"/);
    const mcq = quiz.questions.find((q) => q.type === "mcq");
    expect(mcq?.choices).toHaveLength(4);
    // Ten claims out of twelve: each asked about once.
    const items = await db.quizQuestion.findMany({
      where: { quizId: quiz.id },
      include: { item: true },
    });
    expect(new Set(items.map((i) => i.item.claimId)).size).toBe(10);
  });

  it("honours count and types, and never uses drafts", async () => {
    const s = await makeStudent();
    const { essay } = await makeEssay(6, [{ type: "cloze" }, { type: "mcq", status: "draft" }]);
    const quiz = await createQuiz(s, { essay: essay.slug, count: 4, types: ["cloze", "mcq"] });
    expect(quiz.questions.map((q) => q.type)).toEqual(["cloze", "cloze", "cloze", "cloze"]);
    await expect(createQuiz(s, { essay: essay.slug, types: ["mcq"] })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("asks a whole set by default, from an assignment too, and refuses sets that are not yours", async () => {
    const s = await makeStudent();
    const outsider = await makeStudent();
    const teacher = await makeTeacher();
    const { items } = await makeEssay(7, [{ type: "mcq" }, { type: "flashcard" }]);
    const mcqs = items.filter((i) => i.type === "mcq").map((i) => i.id);
    const { set, assignment } = await assignSet(teacher, s, [...mcqs, items[1]!.id], "quiz");
    const bySet = await createQuiz(s, { setId: set.id });
    expect(bySet.questions).toHaveLength(7);
    const byAssignment = await createQuiz(s, { assignmentId: assignment.id });
    expect(byAssignment.questions).toHaveLength(7);
    const stored = await db.quiz.findUniqueOrThrow({ where: { id: byAssignment.id } });
    expect(stored).toMatchObject({ assignmentId: assignment.id, setId: set.id });
    await expect(createQuiz(outsider, { setId: set.id })).rejects.toMatchObject({ status: 404 });
    await expect(createQuiz(outsider, { assignmentId: assignment.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("needs exactly one of setId, essay or assignmentId", () => {
    expect(createQuizSchema.safeParse({}).success).toBe(false);
    expect(createQuizSchema.safeParse({ essay: "a", setId: "b" }).success).toBe(false);
    expect(createQuizSchema.safeParse({ essay: "a", count: 0 }).success).toBe(false);
    expect(createQuizSchema.safeParse({ essay: "a", types: ["flashcard"] }).success).toBe(false);
    expect(createQuizSchema.safeParse({ essay: "a" }).success).toBe(true);
  });

  it("drawItems mixes types and repeats a claim only when it must", () => {
    const items = [0, 1, 2].flatMap((c) =>
      ["mcq", "cloze"].map((type) => ({ id: `${c}-${type}`, type, claimId: `c${c}` })),
    );
    const three = drawItems(items, 3);
    expect(new Set(three.map((i) => i.claimId)).size).toBe(3);
    expect(new Set(three.map((i) => i.type)).size).toBe(2);
    const five = drawItems(items, 5);
    expect(new Set(five.map((i) => i.id)).size).toBe(5);
  });

  it("drawItems asks at most one true statement more than false ones while others are left", () => {
    const statements = [0, 1, 2, 3, 4, 5].map((c) => ({
      id: `t${c}`,
      type: "true_false",
      claimId: `s${c}`,
      answer: c === 0 ? "False" : "True",
    }));
    const others = [0, 1, 2, 3, 4].map((c) => ({
      id: `m${c}`,
      type: "mcq",
      claimId: `o${c}`,
      answer: "x",
    }));
    for (let seed = 1; seed <= 20; seed++) {
      let x = seed;
      const rand = () => ((x = (x * 16807) % 2147483647) - 1) / 2147483646;
      const quiz = drawItems([...statements, ...others], 7, rand);
      const trues = quiz.filter((i) => i.answer === "True").length;
      const falses = quiz.filter((i) => i.answer === "False").length;
      expect(quiz).toHaveLength(7);
      expect(trues).toBeLessThanOrEqual(falses + 1);
    }
    // Nothing else left to ask: the surplus true statements are asked rather than none.
    expect(drawItems(statements, 6)).toHaveLength(6);
  });
});

describe("submitting a quiz", () => {
  async function quizFor(types = ALL, claims = 4) {
    const s = await makeStudent();
    const made = await makeEssay(claims, types);
    const quiz = await createQuiz(s, { essay: made.essay.slug, count: claims });
    const rows = await db.quizQuestion.findMany({
      where: { quizId: quiz.id },
      include: { item: true },
      orderBy: { position: "asc" },
    });
    return { s, quiz, rows, ...made };
  }

  it("grades with gradeAnswer: lenient for typed answers, exact choices, blanks wrong", async () => {
    const { s, quiz, rows } = await quizFor(
      [{ type: "cloze" }, { type: "mcq" }, { type: "short_answer" }],
      6,
    );
    const answers = rows.map((r, i) => {
      const n = r.item.answer;
      if (i === 0) return { questionId: r.id, response: "" }; // left blank
      if (r.item.type === "mcq")
        return { questionId: r.id, response: i % 2 ? n.toUpperCase() : `${n} ` };
      // A typo and different case are forgiven for typed answers.
      return { questionId: r.id, response: `  ${n.replace("answer", "ANSWR")}` };
    });
    const res = await submitQuiz(s, quiz.id, { answers: answers.slice(0, 5) }); // the last one unanswered
    expect(res.total).toBe(6);
    expect(res.results[0]).toMatchObject({ correct: false, response: "" });
    expect(res.results[5]).toMatchObject({ correct: false, response: "" });
    for (const r of res.results.slice(1, 5)) expect(r.correct).toBe(true);
    expect(res.score).toBe(4);
    expect(res.results[1]).toMatchObject({
      expected: rows[1]!.item.answer,
      explanation: expect.stringContaining("Row"),
      source: { sentence: expect.stringContaining("orchard"), claimId: rows[1]!.item.claimId },
    });
    // A wrong choice is wrong.
    const again = await quizFor([{ type: "mcq" }], 2);
    const wrong = await submitQuiz(again.s, again.quiz.id, {
      answers: again.rows.map((r) => ({ questionId: r.id, response: "plum-0" })),
    });
    expect(wrong.score).toBe(0);
  });

  it("is submitted once: a second submit is 409 and concurrent submits score once", async () => {
    const { s, quiz, rows } = await quizFor();
    const answers = rows.map((r) => ({ questionId: r.id, response: r.item.answer }));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => submitQuiz(s, quiz.id, { answers })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === "rejected"))
      expect((o as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { quizId: quiz.id } });
    expect(attempt.score).toBe(4);
    expect(await db.answer.count({ where: { attemptId: attempt.id } })).toBe(4);
    await expect(submitQuiz(s, quiz.id, { answers })).rejects.toMatchObject({ status: 409 });
  });

  it("refuses answers to questions of another quiz, and another user's quiz is 404", async () => {
    const { s, quiz } = await quizFor();
    const other = await makeStudent();
    await expect(
      submitQuiz(s, quiz.id, { answers: [{ questionId: "not-a-question", response: "x" }] }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(getQuiz(other, quiz.id)).rejects.toMatchObject({ status: 404 });
    await expect(submitQuiz(other, quiz.id, { answers: [] })).rejects.toMatchObject({
      status: 404,
    });
    expect((await db.attempt.findUniqueOrThrow({ where: { quizId: quiz.id } })).submittedAt).toBe(
      null,
    );
  });

  it("shows results with responses once submitted, and lists the attempt in history", async () => {
    const { s, quiz, rows } = await quizFor();
    const before = await getQuiz(s, quiz.id);
    expect(before.results).toBeUndefined();
    expect(before.submittedAt).toBeNull();
    await submitQuiz(s, quiz.id, {
      answers: [{ questionId: rows[0]!.id, response: rows[0]!.item.answer }],
    });
    const after = await getQuiz(s, quiz.id);
    expect(after.score).toBe(1);
    expect(after.results).toHaveLength(4);
    expect(after.results![0]).toMatchObject({ correct: true, response: rows[0]!.item.answer });
    const history = await listQuizzes(s);
    expect(history[0]).toMatchObject({ id: quiz.id, score: 1, total: 4 });
  });

  it("a wrong answer brings the claim's card forward in the review queue", async () => {
    const s = await makeStudent();
    const { essay, items } = await makeEssay(3, [{ type: "mcq" }, { type: "flashcard" }]);
    // The student already knows claim 0's flashcard well: it is due in days.
    const [first] = (await getReviewQueue(s, { limit: 1, essay: essay.slug })).cards;
    await reviewCard(s, first!.cardId, { rating: "easy" });
    const card = await db.card.findUniqueOrThrow({ where: { id: first!.cardId } });
    expect(card.due.getTime()).toBeGreaterThan(Date.now() + 86_400_000);

    const quiz = await createQuiz(s, { essay: essay.slug, types: ["mcq"] });
    const rows = await db.quizQuestion.findMany({
      where: { quizId: quiz.id },
      include: { item: true },
    });
    const res = await submitQuiz(s, quiz.id, {
      answers: rows.map((r) => ({ questionId: r.id, response: "wrong" })),
    });
    expect(res.results.every((r) => r.reviewQueued)).toBe(true);
    const brought = await db.card.findUniqueOrThrow({ where: { id: first!.cardId } });
    expect(brought.due.getTime()).toBeLessThanOrEqual(Date.now());
    // Claims never studied got their flashcard's card made.
    const flashcards = items.filter((i) => i.type === "flashcard").map((i) => i.id);
    expect(await db.card.count({ where: { userId: s.id, itemId: { in: flashcards } } })).toBe(3);
    const queue = await getReviewQueue(s, { limit: 20 });
    expect(queue.cards.map((c) => c.cardId)).toContain(first!.cardId);
  });
});
