import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClass, joinClass } from "@/lib/data/classes";
import { createSet } from "@/lib/data/sets";
import {
  createAssignment,
  createAssignmentSchema,
  listStudentAssignments,
  listTeacherAssignments,
} from "@/lib/data/assignments";
import { getAssignmentReport, reportToCsv, sortMostMissed } from "@/lib/data/reports";
import { createQuiz, submitQuiz } from "@/lib/data/quizzes";
import { assignmentStatus } from "@/lib/teach/assignment-status";
import { csvCell, csvRows, safeFileName } from "@/lib/teach/csv";
import { makeItems, makeUser, quiz, review } from "./support/teach-fixtures";

const NOW = new Date("2030-06-01T12:00:00Z");
const BEFORE = new Date("2030-05-01T12:00:00Z");
const AFTER = new Date("2030-07-01T12:00:00Z");

describe("status rules", () => {
  it("quiz mode: not started, in progress, done, late", () => {
    const q = (started: number, submitted: number) => ({
      mode: "quiz" as const,
      quizzesStarted: started,
      quizzesSubmitted: submitted,
    });
    expect(assignmentStatus(q(0, 0), AFTER, NOW)).toBe("not_started");
    expect(assignmentStatus(q(1, 0), AFTER, NOW)).toBe("in_progress");
    expect(assignmentStatus(q(2, 1), AFTER, NOW)).toBe("done");
    expect(assignmentStatus(q(0, 0), BEFORE, NOW)).toBe("late");
    expect(assignmentStatus(q(1, 0), BEFORE, NOW)).toBe("late");
    expect(assignmentStatus(q(1, 1), BEFORE, NOW)).toBe("done");
  });

  it("review mode: done when every reviewable item has a review", () => {
    const r = (toReview: number, reviewed: number) => ({
      mode: "review" as const,
      itemsToReview: toReview,
      itemsReviewed: reviewed,
    });
    expect(assignmentStatus(r(3, 0), AFTER, NOW)).toBe("not_started");
    expect(assignmentStatus(r(3, 2), AFTER, NOW)).toBe("in_progress");
    expect(assignmentStatus(r(3, 3), AFTER, NOW)).toBe("done");
    expect(assignmentStatus(r(3, 2), BEFORE, NOW)).toBe("late");
    expect(assignmentStatus(r(3, 3), BEFORE, NOW)).toBe("done");
  });
});

async function classroom() {
  const teacher = await makeUser("teacher");
  const cls = await createClass(teacher, { name: "Keepers" });
  const ann = await makeUser("student", "Ann");
  const bob = await makeUser("student", "Bob");
  await joinClass(ann, { joinCode: cls.joinCode });
  await joinClass(bob, { joinCode: cls.joinCode });
  const items = await makeItems();
  const set = await createSet(teacher, { title: "Wicks", itemIds: items.map((i) => i.id) });
  return { teacher, cls, ann, bob, items, set };
}

describe("assignments", () => {
  it("needs the teacher to own both class and set", async () => {
    const { teacher, cls, set } = await classroom();
    const other = await makeUser("teacher");
    const dueAt = new Date(Date.now() + 7 * 864e5);
    await expect(
      createAssignment(other, { classId: cls.id, setId: set.id, mode: "quiz", dueAt }),
    ).rejects.toMatchObject({ code: "not_found" });
    const otherCls = await createClass(other, { name: "Theirs" });
    await expect(
      createAssignment(teacher, { classId: otherCls.id, setId: set.id, mode: "quiz", dueAt }),
    ).rejects.toMatchObject({ code: "not_found" });
    const { id } = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "quiz",
      dueAt,
    });
    expect(id).toBeTruthy();
  });

  it("reads dueAt as an ISO date-time and refuses anything else", () => {
    const base = { classId: "c", setId: "s", mode: "quiz" };
    expect(
      createAssignmentSchema.safeParse({
        ...base,
        dueAt: new Date(Date.now() + 864e5).toISOString(),
      }).success,
    ).toBe(true);
    expect(createAssignmentSchema.safeParse({ ...base, dueAt: "next week" }).success).toBe(false);
    expect(
      createAssignmentSchema.safeParse({ ...base, dueAt: "3000-01-01T00:00:00Z" }).success,
    ).toBe(false);
    expect(
      createAssignmentSchema.safeParse({ ...base, mode: "exam", dueAt: new Date().toISOString() })
        .success,
    ).toBe(false);
  });

  it("refuses a review assignment for a set with nothing to review", async () => {
    const teacher = await makeUser("teacher");
    const cls = await createClass(teacher, { name: "Empty" });
    const items = await makeItems({ flashcard: "draft" });
    const set = await createSet(teacher, {
      title: "MCQ only",
      itemIds: [items[0]!.id, items[4]!.id],
    });
    await expect(
      createAssignment(teacher, {
        classId: cls.id,
        setId: set.id,
        mode: "review",
        dueAt: new Date(Date.now() + 864e5),
      }),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("quiz status and score per student, and class completion for the teacher", async () => {
    const { teacher, cls, ann, bob, items, set } = await classroom();
    const { id } = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "quiz",
      dueAt: new Date(Date.now() + 7 * 864e5),
    });
    let [a] = await listStudentAssignments(ann);
    expect(a).toMatchObject({ id, status: "not_started", className: "Keepers", setTitle: "Wicks" });
    const open = await quiz(ann.id, id, set.id, undefined, [items[0]!.id]);
    [a] = await listStudentAssignments(ann);
    expect(a).toMatchObject({ status: "in_progress", openQuizId: open.id });
    await quiz(ann.id, id, set.id, [
      { itemId: items[0]!.id, correct: true },
      { itemId: items[1]!.id, correct: false },
    ]);
    await quiz(ann.id, id, set.id, [
      { itemId: items[0]!.id, correct: true },
      { itemId: items[1]!.id, correct: true },
      { itemId: items[2]!.id, correct: true },
      { itemId: items[3]!.id, correct: false },
    ]);
    [a] = await listStudentAssignments(ann);
    expect(a).toMatchObject({ status: "done", score: 0.75, correct: 3, total: 4 });
    expect((await listStudentAssignments(bob))[0]).toMatchObject({ status: "not_started" });

    // A late one: past due and not done.
    const late = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "quiz",
      dueAt: new Date(Date.now() - 864e5),
    });
    const bobs = await listStudentAssignments(bob);
    expect(bobs.find((x) => x.id === late.id)?.status).toBe("late");

    const [klass] = await listTeacherAssignments(teacher);
    const first = klass!.assignments.find((x) => x.id === id)!;
    expect(first.completion).toMatchObject({ done: 1, total: 2, notStarted: 1 });
    const second = klass!.assignments.find((x) => x.id === late.id)!;
    expect(second.completion).toMatchObject({ done: 0, late: 2, total: 2 });

    // Someone outside the class sees nothing.
    const stranger = await makeUser("student");
    expect(await listStudentAssignments(stranger)).toEqual([]);
  });

  it("review status counts items with a review that was not undone", async () => {
    const { teacher, cls, ann, items, set } = await classroom();
    const { id } = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "review",
      dueAt: new Date(Date.now() + 864e5),
    });
    // Reviewable: cloze (2), short_answer (3), flashcard (4).
    await review(ann.id, items[2]!.id, 3);
    await review(ann.id, items[3]!.id, 1, true);
    let [a] = await listStudentAssignments(ann);
    expect(a).toMatchObject({ id, status: "in_progress", itemsToReview: 3, itemsReviewed: 1 });
    await review(ann.id, items[3]!.id, 1);
    await review(ann.id, items[4]!.id, 4);
    [a] = await listStudentAssignments(ann);
    expect(a).toMatchObject({ status: "done", itemsReviewed: 3 });
    // A student who was removed no longer sees the assignment.
    await db.enrollment.updateMany({ where: { userId: ann.id }, data: { removedAt: new Date() } });
    expect(await listStudentAssignments(ann)).toEqual([]);
  });
});

describe("reports", () => {
  it("aggregates scores, reviews and retention per student, and items most-missed first", async () => {
    const { teacher, cls, ann, bob, items, set } = await classroom();
    const { id } = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "quiz",
      dueAt: new Date(Date.now() + 864e5),
    });
    await quiz(ann.id, id, set.id, [
      { itemId: items[0]!.id, correct: true },
      { itemId: items[1]!.id, correct: false },
    ]);
    await quiz(bob.id, id, set.id, [
      { itemId: items[0]!.id, correct: true },
      { itemId: items[1]!.id, correct: false },
      { itemId: items[2]!.id, correct: true },
    ]);
    // An unsubmitted quiz counts for nothing in the item stats.
    await quiz(bob.id, id, set.id, undefined, [items[2]!.id]);
    await review(ann.id, items[4]!.id, 1);
    await review(ann.id, items[4]!.id, 3);
    await review(ann.id, items[4]!.id, 4);
    await review(ann.id, items[3]!.id, 1, true);

    const report = await getAssignmentReport(teacher, id);
    expect(report.students.map((s) => s.name)).toEqual(["Ann", "Bob"]);
    expect(report.students[0]).toMatchObject({
      status: "done",
      score: 0.5,
      reviews: 3,
      retention: 0.667,
    });
    expect(report.students[1]).toMatchObject({ status: "done", score: 0.667, reviews: 0 });
    // What each student answered, item by item, in set order.
    expect(report.students[0]!.answers).toEqual([
      { itemId: items[0]!.id, response: "right", correct: true },
      { itemId: items[1]!.id, response: "wrong", correct: false },
    ]);
    expect(report.students[0]!.email).toBe(ann.email);
    expect(report.students[1]!.retention).toBeUndefined();

    expect(report.items.map((i) => [i.itemId, i.attempts, i.correctRate])).toEqual([
      [items[1]!.id, 2, 0],
      [items[0]!.id, 2, 1],
      [items[2]!.id, 1, 1],
      [items[3]!.id, 0, null],
      [items[4]!.id, 0, null],
    ]);
    expect(report.items[0]!.sourceSentence).toBe("Keepers trimmed wick number 1.");

    const other = await makeUser("teacher");
    await expect(getAssignmentReport(other, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getAssignmentReport(ann, id)).rejects.toMatchObject({ code: "not_found" });

    const csv = reportToCsv(report);
    expect(csv.filename).toMatch(/^wicks-keepers-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toBe(
      "student_id,name,email,status,score_percent,correct,total,reviews,retention_percent",
    );
    expect(lines[1]).toBe(`${ann.id},Ann,${ann.email},done,50,1,2,3,67`);
    // Each student's answers, with the email a teacher mails them at.
    expect(csv.body).toContain(
      `${ann.id},Ann,${ann.email},${items[1]!.id},Which wick is number 1?,wrong,no`,
    );
    expect(csv.body).toContain(`${items[1]!.id},true_false,published,Which wick is number 1?`);
  });

  it("counts a quiz a student started on the assigned set through POST /api/quizzes {setId}", async () => {
    const { teacher, cls, ann, bob, items, set } = await classroom();
    const { id } = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "quiz",
      dueAt: new Date(Date.now() + 864e5),
    });
    const q = await createQuiz(ann, { setId: set.id });
    expect(q.assignmentId).toBe(id);
    await submitQuiz(ann, q.id, {
      answers: q.questions.map((x) => ({ questionId: x.id, response: "no idea" })),
    });
    const report = await getAssignmentReport(teacher, id);
    const annRow = report.students.find((s) => s.userId === ann.id)!;
    expect(annRow.status).toBe("done");
    expect(annRow.answers?.map((a) => a.response)).toEqual(q.questions.map(() => "no idea"));
    expect(report.students.find((s) => s.userId === bob.id)!.status).toBe("not_started");
    // The flashcard is in the set but no quiz asks it: the report says so instead of "no answers".
    const flashcard = report.items.find((i) => i.itemId === items[4]!.id)!;
    expect(flashcard.inMode).toBe(false);
    expect(flashcard.notInModeReason).toMatch(/flashcard/);
    expect(report.items.filter((i) => i.inMode)).toHaveLength(4);
  });

  it("a quiz after the due date does not count for the assignment", async () => {
    const { teacher, cls, ann, set } = await classroom();
    const { id } = await createAssignment(teacher, {
      classId: cls.id,
      setId: set.id,
      mode: "quiz",
      dueAt: new Date(Date.now() - 60_000),
    });
    const q = await createQuiz(ann, { setId: set.id });
    expect(q.assignmentId).toBeNull();
    const report = await getAssignmentReport(teacher, id);
    expect(report.students.find((s) => s.userId === ann.id)!.status).toBe("late");
  });

  it("sorts unanswered items last and keeps set order among equals", () => {
    const rows = [
      { id: "a", correctRate: null, attempts: 0 },
      { id: "b", correctRate: 0.5, attempts: 2 },
      { id: "c", correctRate: 0.5, attempts: 4 },
      { id: "d", correctRate: 0.1, attempts: 1 },
      { id: "e", correctRate: null, attempts: 0 },
    ];
    expect(sortMostMissed(rows).map((r) => r.id)).toEqual(["d", "c", "b", "a", "e"]);
  });
});

describe("CSV", () => {
  it("escapes quotes, commas and line breaks", () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(
      csvRows([
        ["a", "b"],
        [1, 2],
      ]),
    ).toBe("a,b\r\n1,2\r\n");
  });

  it("defuses formulas", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("plain = fine")).toBe("plain = fine");
  });

  it("makes safe file names", () => {
    expect(safeFileName(['Set "1"; rm -rf', "Class/2"], "csv")).toBe("set-1-rm-rf-class-2.csv");
    expect(safeFileName(["???"], "csv")).toBe("report.csv");
  });
});
