import {
  arr,
  bool,
  date,
  int,
  itemStatus,
  itemType,
  num,
  obj,
  ref,
  str,
  type Schema,
} from "@/lib/openapi/helpers";

/** OpenAPI schemas for classes, sets, assignments and reports. */

const status: Schema = {
  type: "string",
  enum: ["not_started", "in_progress", "done", "late"],
  description:
    "quiz mode: done once a quiz started from this assignment is submitted, in_progress once one is started. review mode: done once every published flashcard, cloze and short-answer item of the set has a review (not undone) by the student, in_progress once some has. late: past dueAt and not done. done stays done, however late.",
};
export const mode: Schema = { type: "string", enum: ["quiz", "review"] };
const fraction = (description: string): Schema => ({
  type: "number",
  minimum: 0,
  maximum: 1,
  description,
});
const completion = obj({ done: int, inProgress: int, late: int, notStarted: int, total: int }, [
  "done",
  "total",
]);

export const teachSchemas: Record<string, Schema> = {
  TeacherClass: obj({
    id: str,
    name: str,
    joinCode: { type: "string", pattern: "^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$" },
    studentCount: { ...int, description: "Enrolled students, not counting removed ones" },
    createdAt: date,
  }),
  StudentClass: obj({ id: str, name: str, teacherName: str }),
  RosterEntry: obj({
    userId: str,
    name: str,
    joinedAt: date,
    removedAt: { type: ["string", "null"], format: "date-time" },
  }),
  TeacherAssignment: obj(
    {
      id: str,
      classId: str,
      setId: str,
      setTitle: str,
      mode,
      dueAt: date,
      createdAt: date,
      completion: {
        ...completion,
        description: "How many enrolled students are in each status; total is the roster size",
      },
    },
    ["id", "setId", "setTitle", "mode", "dueAt", "completion"],
  ),
  StudentAssignment: obj(
    {
      id: str,
      classId: str,
      className: str,
      teacherName: str,
      setId: str,
      setTitle: str,
      mode,
      dueAt: date,
      status,
      score: fraction("quiz mode: the best submitted attempt, correct / total"),
      correct: int,
      total: int,
      quizzesSubmitted: int,
      openQuizId: { ...str, description: "quiz mode: the newest quiz not yet submitted" },
      lastQuizId: { ...str, description: "quiz mode: the newest submitted quiz" },
      itemsToReview: { ...int, description: "review mode: published flashcard-able items" },
      itemsReviewed: int,
    },
    ["id", "classId", "className", "setId", "setTitle", "mode", "dueAt", "status"],
  ),
  SetSummary: obj({
    id: str,
    title: str,
    itemCount: int,
    retiredCount: int,
    assignmentCount: int,
    updatedAt: date,
  }),
  SetItem: {
    allOf: [
      ref("Item"),
      obj({ position: int, essayTitle: str, quality: num, edited: bool }, ["position"]),
    ],
  },
  Set: obj({
    id: str,
    title: str,
    createdAt: date,
    updatedAt: date,
    items: {
      ...arr(ref("SetItem")),
      description: "In set order; retired items stay, marked retired",
    },
  }),
  Report: obj({
    assignment: obj({
      id: str,
      mode,
      dueAt: date,
      createdAt: date,
      classId: str,
      className: str,
      setId: str,
      setTitle: str,
    }),
    students: arr(
      obj(
        {
          userId: str,
          name: str,
          email: str,
          status,
          score: fraction("Best submitted attempt for this assignment, correct / total"),
          correct: int,
          total: int,
          reviews: {
            ...int,
            description: "Not-undone reviews of the set's items since the assignment was made",
          },
          retention: fraction(
            "Share of those reviews rated other than again; absent without reviews",
          ),
          itemsToReview: int,
          itemsReviewed: int,
          answers: {
            ...arr(obj({ itemId: str, response: str, correct: bool })),
            description:
              'Quiz mode: the answers of the attempt the score comes from, in set order ("" = left blank); absent before a submitted quiz',
          },
        },
        ["userId", "name", "email", "status", "reviews"],
      ),
    ),
    items: {
      ...arr(
        obj(
          {
            itemId: str,
            prompt: str,
            type: itemType,
            status: itemStatus,
            sourceSentence: str,
            essay: str,
            attempts: { ...int, description: "Answers in submitted quizzes of this assignment" },
            correct: int,
            correctRate: {
              type: ["number", "null"],
              minimum: 0,
              maximum: 1,
              description: "correct / attempts; null when nobody answered it yet",
            },
            inMode: {
              type: "boolean",
              description:
                "Whether students meet this item in this assignment's mode (published, and a type the mode uses: quizzes ask mcq, true_false, cloze, short_answer; review uses flashcard, cloze, short_answer)",
            },
            notInModeReason: {
              type: "string",
              description: "When inMode is false: why, in words",
            },
          },
          [
            "itemId",
            "prompt",
            "type",
            "status",
            "sourceSentence",
            "essay",
            "attempts",
            "correct",
            "correctRate",
            "inMode",
          ],
        ),
      ),
      description:
        "Most-missed first: lowest correct rate, then most answered; unanswered next; items the mode never shows last",
    },
  }),
};
