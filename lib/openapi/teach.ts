import {
  arr,
  body,
  bool,
  date,
  errorResponses,
  int,
  itemStatus,
  itemType,
  num,
  obj,
  ok,
  pathParam,
  queryParam,
  ref,
  str,
  type Schema,
} from "@/lib/openapi/helpers";

/** OpenAPI paths and schemas for classes, sets, assignments and reports (the teacher side). */

const status: Schema = {
  type: "string",
  enum: ["not_started", "in_progress", "done", "late"],
  description:
    "quiz mode: done once a quiz started from this assignment is submitted, in_progress once one is started. review mode: done once every published flashcard, cloze and short-answer item of the set has a review (not undone) by the student, in_progress once some has. late: past dueAt and not done. done stays done, however late.",
};
const mode: Schema = { type: "string", enum: ["quiz", "review"] };
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

const classId = pathParam("id", "The class's id");
const setId = pathParam("id", "The set's id");

export const teachPaths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/classes": {
    get: {
      summary:
        "The caller's classes: a teacher's own (with join code and student count), or the classes a student is enrolled in (with the teacher's name; never the code or roster)",
      responses: {
        ...ok(
          obj({
            classes: { oneOf: [arr(ref("TeacherClass")), arr(ref("StudentClass"))] },
          }),
        ),
        ...errorResponses(401),
      },
    },
    post: {
      summary: "Teacher: create a class. It gets a fresh 8-character join code.",
      requestBody: body(obj({ name: { type: "string", minLength: 1, maxLength: 100 } })),
      responses: {
        ...ok(obj({ id: str, name: str, joinCode: str }), "201", "Created"),
        ...errorResponses(400, 401, 403, 413, 422),
      },
    },
  },
  "/api/classes/join": {
    post: {
      summary:
        "Student: join a class with its code (8 characters from ABCDEFGHJKMNPQRSTUVWXYZ23456789: never I, L, O, 0 or 1; any case; spaces and dashes ignored). Joining again returns the same class with alreadyJoined true. A student the teacher removed gets 403 until the teacher restores them. Wrong codes are rate-limited per student (429).",
      requestBody: body(obj({ joinCode: str })),
      responses: {
        ...ok(
          obj({
            classId: str,
            className: str,
            alreadyJoined: {
              type: "boolean",
              description: "True when the student was already in the class (nothing changed)",
            },
          }),
        ),
        ...errorResponses(400, 401, 403, 404, 413, 422, 429),
      },
    },
  },
  "/api/classes/{id}": {
    get: {
      summary:
        "Owning teacher: the class with its roster (enrolled and removed students) and its assignments with completion",
      parameters: [classId],
      responses: {
        ...ok(
          obj({
            id: str,
            name: str,
            joinCode: str,
            createdAt: date,
            students: arr(ref("RosterEntry")),
            removedStudents: arr(ref("RosterEntry")),
            assignments: arr(ref("TeacherAssignment")),
          }),
        ),
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/classes/{id}/join-code": {
    post: {
      summary:
        "Owning teacher: replace the join code. The old code stops working at once; enrolled students stay.",
      parameters: [classId],
      responses: { ...ok(obj({ id: str, joinCode: str })), ...errorResponses(401, 403, 404) },
    },
  },
  "/api/classes/{id}/students/{userId}": {
    delete: {
      summary:
        "Owning teacher: remove a student (Enrollment.removedAt is set; their reviews and quizzes stay). Repeating it changes nothing. The student can no longer see the class or its assignments, and cannot rejoin with a code.",
      parameters: [classId, pathParam("userId", "The student's user id")],
      responses: {
        ...ok(obj({ classId: str, userId: str, removedAt: date })),
        ...errorResponses(401, 403, 404),
      },
    },
    put: {
      summary:
        "Owning teacher: let a removed student back in. Only a student who was once enrolled can be restored.",
      parameters: [classId, pathParam("userId", "The student's user id")],
      responses: {
        ...ok(obj({ classId: str, userId: str, removedAt: { type: "null" } })),
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/sets": {
    get: {
      summary: "Teacher: their own sets, recently changed first",
      responses: { ...ok(obj({ sets: arr(ref("SetSummary")) })), ...errorResponses(401, 403) },
    },
    post: {
      summary:
        "Teacher: make a set from items of any essays, in the order given. Every item must exist and not be retired (else 422 naming the ids); repeated ids collapse to their first place.",
      requestBody: body(
        obj({
          title: { type: "string", minLength: 1, maxLength: 200 },
          itemIds: { ...arr(str), minItems: 1, maxItems: 200 },
        }),
      ),
      responses: {
        ...ok(obj({ id: str }), "201", "Created"),
        ...errorResponses(400, 401, 403, 413, 422),
      },
    },
  },
  "/api/sets/{id}": {
    get: {
      summary: "Owning teacher: the set with its items in order, each with status and source",
      parameters: [setId],
      responses: { ...ok(ref("Set")), ...errorResponses(401, 403, 404) },
    },
    patch: {
      summary:
        "Owning teacher: rename and/or replace the items (order and content) in one transaction. New items must not be retired; a retired item already in the set may stay.",
      parameters: [setId],
      requestBody: body(
        obj(
          {
            title: { type: "string", minLength: 1, maxLength: 200 },
            itemIds: { ...arr(str), minItems: 1, maxItems: 200 },
          },
          [],
        ),
      ),
      responses: { ...ok(ref("Set")), ...errorResponses(400, 401, 403, 404, 413, 422) },
    },
  },
  "/api/assignments": {
    get: {
      summary:
        "Student: {assignments} in the classes they are enrolled in, with their status (open ones first, soonest due first). Teacher: {classes}, each with its assignments and completion (newest due first).",
      responses: {
        ...ok({
          oneOf: [
            obj({ assignments: arr(ref("StudentAssignment")) }),
            obj({
              classes: arr(
                obj({ classId: str, name: str, assignments: arr(ref("TeacherAssignment")) }),
              ),
            }),
          ],
        }),
        ...errorResponses(401),
      },
    },
    post: {
      summary:
        "Teacher: assign a set they own to a class they own (else 404), as a quiz or as review, due at dueAt (ISO date-time with offset, within five years). 422 when the set has no published item for the mode.",
      requestBody: body(obj({ classId: str, setId: str, mode, dueAt: date })),
      responses: {
        ...ok(obj({ id: str }), "201", "Created"),
        ...errorResponses(400, 401, 403, 404, 413, 422),
      },
    },
  },
  "/api/assignments/{id}/report": {
    get: {
      summary:
        "Owning teacher: each enrolled student's status, best score and reviews, and each item's correct rate, most-missed first. With format=csv: the same as text/csv (attachment) — the student table (with email), a blank line, the item table, a blank line, each student's answers (student, email, item, response, correct); scores and rates in percent; cells starting with = + - @ are prefixed with '.",
      parameters: [
        pathParam("id", "The assignment's id"),
        queryParam("format", { type: "string", enum: ["json", "csv"] }, "csv for a download"),
      ],
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": { schema: ref("Report") },
            "text/csv": { schema: str },
          },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    },
  },
};
