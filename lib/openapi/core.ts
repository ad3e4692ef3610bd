import {
  bool,
  arr,
  body,
  errorResponses,
  int,
  itemStatus,
  itemType,
  obj,
  ok,
  pathParam,
  queryParam,
  date,
  ref,
  str,
  type Schema,
} from "@/lib/openapi/helpers";
import { essayPost } from "@/lib/openapi/uploads";

/** OpenAPI paths and schemas for accounts, essays and items. */

export const schemas: Record<string, Schema> = {
  Error: obj({
    error: obj(
      {
        code: { type: "string", description: "Machine-readable code, e.g. invalid, not_found" },
        message: { type: "string", description: "A sentence a person can act on" },
        issues: arr(obj({ path: str, message: str })),
      },
      ["code", "message"],
    ),
  }),
  User: obj({
    id: str,
    email: str,
    name: str,
    role: { type: "string", enum: ["student", "teacher"] },
  }),
  EssaySummary: obj({
    slug: str,
    title: str,
    source: str,
    claimCount: int,
    itemCount: {
      type: "integer",
      description: "Items the caller may see: published for students; drafts too for teachers",
    },
    questionCount: {
      type: "integer",
      description: "Published items a quiz can ask (mcq, true_false, cloze, short_answer)",
    },
    access: ref("EssayAccess"),
  }),
  EssayAccess: {
    type: "string",
    enum: ["library", "mine", "assigned"],
    description:
      "library: from content/ or shared by its teacher, readable by everyone; mine: the caller's private upload; assigned: another teacher's private essay, readable through a set assigned to the caller's class",
  },
  Claim: obj({ id: str, text: str, paragraph: int, sentence: int }),
  Paragraph: obj({
    index: int,
    text: str,
    boilerplate: {
      type: "boolean",
      description: "Not part of the essay (sign-up prompts, publisher blurbs…)",
    },
    sentences: arr(str),
    claims: arr(ref("Claim")),
  }),
  Essay: obj({
    slug: str,
    title: str,
    source: str,
    date: str,
    access: ref("EssayAccess"),
    claimCount: int,
    itemCount: int,
    paragraphs: arr(ref("Paragraph")),
  }),
  Item: obj(
    {
      id: str,
      claimId: str,
      type: itemType,
      prompt: str,
      answer: str,
      choices: arr(str),
      explanation: str,
      source: obj({ essay: str, sentence: str }),
      status: itemStatus,
      quality: {
        type: "number",
        description: "The generator's score for the item, 0–1; it publishes the best-scored",
      },
      edited: { type: "boolean", description: "A teacher changed its text or status" },
      reason: {
        type: "string",
        description: "Why the item has its status, when the generator recorded it",
      },
    },
    ["id", "claimId", "type", "prompt", "answer", "explanation", "source", "status"],
  ),
};

export const paths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/auth/signup": {
    post: {
      summary: "Create an account (argon2id-hashed password)",
      requestBody: body(
        obj(
          {
            email: { type: "string", format: "email" },
            password: { type: "string", minLength: 8, maxLength: 256 },
            name: { type: "string", minLength: 1, maxLength: 100 },
            role: { type: "string", enum: ["student", "teacher"] },
            timeZone: {
              type: "string",
              description:
                "Optional IANA time zone from the browser (study days start at 4 a.m. there); absent or unknown: UTC",
            },
          },
          ["email", "password", "name", "role"],
        ),
      ),
      responses: {
        ...ok(obj({ user: ref("User") }), "201", "Created"),
        ...errorResponses(400, 409, 413, 422),
      },
    },
  },
  "/api/auth/{nextauth}": {
    get: {
      summary: "next-auth's own endpoints: csrf, session, providers, signin, signout, callback",
      parameters: [pathParam("nextauth", "e.g. csrf, session, providers")],
      responses: { "200": { description: "next-auth response" } },
    },
    post: {
      summary:
        "next-auth's own endpoints. Sign in with callback/credentials (form: csrfToken, email, password). Failed sign-ins are limited per account and per address.",
      parameters: [pathParam("nextauth", "e.g. callback/credentials, signout")],
      responses: {
        "200": { description: "next-auth response" },
        "302": { description: "Redirect" },
        ...errorResponses(429),
      },
    },
  },
  "/api/me": {
    get: {
      summary: "The signed-in user",
      responses: { ...ok(ref("User")), ...errorResponses(401) },
    },
  },
  "/api/me/password": {
    post: {
      summary:
        "Change the caller's password. Every session of the account ends, this one included: sign in again with the new password. Wrong current passwords count against the sign-in limit.",
      requestBody: body(
        obj({
          currentPassword: { type: "string", minLength: 1, maxLength: 256 },
          newPassword: { type: "string", minLength: 8, maxLength: 256 },
        }),
      ),
      responses: {
        ...ok(obj({ changed: { type: "boolean" }, signedOut: { type: "boolean" } })),
        ...errorResponses(400, 401, 403, 409, 422, 429),
      },
    },
  },
  "/api/essays": {
    get: {
      summary:
        "The essays the caller may read — the library (content/ and essays shared to it), their own uploads, and essays with items in a set assigned to their class — with counts of live claims and of the items the caller may see",
      responses: { ...ok(obj({ essays: arr(ref("EssaySummary")) })), ...errorResponses(401) },
    },
    post: essayPost,
  },
  "/api/essays/{slug}/items": {
    get: {
      summary: "An essay's items. Students see published items only; teachers see every status.",
      parameters: [
        pathParam("slug", "The essay's slug"),
        queryParam("type", itemType, "Only items of this type"),
        queryParam("status", itemStatus, "Teachers: only items with this status"),
      ],
      responses: { ...ok(obj({ items: arr(ref("Item")) })), ...errorResponses(400, 401, 404) },
    },
  },
  "/api/essays/{slug}/regenerate": {
    post: {
      summary:
        "Teacher: run the generator again. Items a teacher edited keep their text and status; items whose claim is gone are retired, never deleted.",
      parameters: [pathParam("slug", "The essay's slug")],
      responses: {
        ...ok(obj({ slug: str, claimCount: int, itemCount: int, retiredItems: int })),
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/essays/{slug}/share": {
    post: {
      summary:
        "Teacher, own essay: share it to the library, so every signed-in user may read it and build sets from it. Uploads are private until shared.",
      parameters: [pathParam("slug", "The essay's slug")],
      responses: {
        ...ok(obj({ slug: str, shared: { type: "boolean" }, sharedAt: date })),
        ...errorResponses(401, 403, 404),
      },
    },
    delete: {
      summary:
        "Teacher, own essay: make it private again. Sets already built from it keep it readable to their teacher and students.",
      parameters: [pathParam("slug", "The essay's slug")],
      responses: {
        ...ok(
          obj({ slug: str, shared: { type: "boolean" }, sharedAt: { type: ["string", "null"] } }),
        ),
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/items": {
    patch: {
      summary:
        "Teacher: change the status of many items in one transaction (all or nothing): either ids with one status, or changes with a status per item (an undo). Every item must be one the teacher may edit (the shared library or their own essays), else 404 and nothing changes. At most 500. Returns the items now, and their statuses (and edited flags) before.",
      requestBody: body({
        oneOf: [
          obj({ ids: { ...arr(str), minItems: 1, maxItems: 500 }, status: itemStatus }),
          obj({
            changes: {
              ...arr(
                obj(
                  {
                    id: str,
                    status: itemStatus,
                    edited: {
                      type: "boolean",
                      description:
                        "false hands the item back to the generator (regeneration may change it again), as an undo of a teacher's first decision; otherwise the change counts as the teacher's",
                    },
                  },
                  ["id", "status"],
                ),
              ),
              minItems: 1,
              maxItems: 500,
            },
          }),
        ],
      }),
      responses: {
        ...ok(
          obj({
            items: arr(ref("Item")),
            previous: {
              ...arr(obj({ id: str, status: itemStatus, edited: bool })),
              description: "Each item as it was: send these back as changes to undo",
            },
          }),
        ),
        ...errorResponses(400, 401, 403, 404, 413, 422),
      },
    },
  },
  "/api/items/{id}": {
    patch: {
      summary:
        "Teacher: edit an item's prompt, answer, choices or explanation, or change its status. For mcq and true_false the answer must be one of the choices.",
      parameters: [pathParam("id", "The item's id")],
      requestBody: body(
        obj(
          { prompt: str, answer: str, choices: arr(str), explanation: str, status: itemStatus },
          [],
        ),
      ),
      responses: { ...ok(ref("Item")), ...errorResponses(400, 401, 403, 404, 422) },
    },
  },
  "/api/essays/{slug}": {
    get: {
      summary: "One essay: its paragraphs, and the claims in each",
      parameters: [pathParam("slug", "The essay's slug")],
      responses: { ...ok(ref("Essay")), ...errorResponses(401, 404) },
    },
  },
  "/api/openapi.json": {
    get: {
      summary: "This document",
      responses: { "200": { description: "OpenAPI 3.1 document" } },
    },
  },
};
