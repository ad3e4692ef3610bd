import {
  arr,
  body,
  date,
  errorResponses,
  obj,
  ok,
  pathParam,
  queryParam,
  ref,
  str,
} from "@/lib/openapi/helpers";

import { mode } from "@/lib/openapi/teach-schemas";
export { teachSchemas } from "@/lib/openapi/teach-schemas";

/** OpenAPI paths and schemas for classes, sets, assignments and reports (the teacher side). */

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
