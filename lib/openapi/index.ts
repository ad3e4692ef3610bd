import {
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
  ref,
  str,
  type Schema,
} from "@/lib/openapi/helpers";
import { learnPaths, learnSchemas } from "@/lib/openapi/learn";
import { teachPaths, teachSchemas } from "@/lib/openapi/teach";
import { essayPost, uploadPaths } from "@/lib/openapi/uploads";

/**
 * The OpenAPI 3.1 document served at /api/openapi.json. A unit test checks that every route handler
 * under app/api has its path and methods here, so a new route cannot ship undocumented.
 */

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
  EssaySummary: obj({ slug: str, title: str, source: str, claimCount: int, itemCount: int }),
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
    },
    ["id", "claimId", "type", "prompt", "answer", "explanation", "source", "status"],
  ),
};

export const paths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/auth/signup": {
    post: {
      summary: "Create an account (argon2id-hashed password)",
      requestBody: body(
        obj({
          email: { type: "string", format: "email" },
          password: { type: "string", minLength: 8, maxLength: 256 },
          name: { type: "string", minLength: 1, maxLength: 100 },
          role: { type: "string", enum: ["student", "teacher"] },
        }),
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
  "/api/essays": {
    get: {
      summary: "Every essay, with counts of live claims and of the items the caller may see",
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

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimdeck API",
      version: "1.0.0",
      description:
        "Essays in, honest questions out. Errors always have the shape {error: {code, message}}. Auth is a next-auth session cookie.",
    },
    components: {
      schemas: { ...schemas, ...learnSchemas, ...teachSchemas },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    security: [{ session: [] }],
    paths: { ...paths, ...learnPaths, ...teachPaths, ...uploadPaths },
  };
}
