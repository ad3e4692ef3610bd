import { beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Cross-origin writes and non-JSON bodies, through every state-changing route handler. The caller
 * is signed out, so a 403 or 415 (rather than the handler's own 401) shows the request was refused
 * before the handler ran; a signed-in caller shows the same for a route that would succeed.
 */
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => (session.current ? { uid: session.current.user.id, sv: 0 } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { db } from "@/lib/db";
import { callRoute, ERROR_CODE, type Answer } from "./support/call-route";
import { discoverRoutes } from "./support/routes";

const WRITES = ["POST", "PUT", "PATCH", "DELETE"];
/** next-auth's own routes keep next-auth's CSRF token; they are not wrapped by route(). */
const NEXT_AUTH = "/api/auth/{nextauth}";

const writes: { path: string; method: string }[] = [];
const reads: { path: string; method: string }[] = [];

beforeAll(async () => {
  const routes = (await discoverRoutes()).filter((r) => r.path !== NEXT_AUTH);
  for (const r of routes)
    for (const m of r.methods)
      (WRITES.includes(m) ? writes : reads).push({ path: r.path, method: m });
  expect(writes.length).toBeGreaterThan(15);
});

const params = { id: "x", slug: "x", userId: "x", cardId: "x" };
const send = (r: { path: string; method: string }, headers: Record<string, string>, body = "{}") =>
  callRoute(r.path, r.method, { params, bodyText: body, headers });

function expectError(res: Answer, status: number, label: string) {
  expect(res.status, `${label}: ${res.text.slice(0, 200)}`).toBe(status);
  expect(JSON.parse(res.text), label).toStrictEqual({
    error: { code: ERROR_CODE[status], message: expect.any(String) },
  });
}

describe("state changes from another origin", () => {
  const foreign: [string, Record<string, string>][] = [
    ["another site", { origin: "https://evil.example" }],
    ["another port of this host", { origin: "http://localhost:4444" }],
    ["a sibling subdomain", { origin: "http://evil.localhost" }],
    ["an opaque origin", { origin: "null" }],
    ["no Origin, Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
    ["no Origin, Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }],
  ];

  it.each(foreign)("are refused with 403 before the handler runs: %s", async (_, headers) => {
    for (const r of writes) expectError(await send(r, headers), 403, `${r.method} ${r.path}`);
  });

  it("a body-less POST (rotate a join code, undo a review) is refused too", async () => {
    for (const r of writes) {
      const res = await callRoute(r.path, r.method, {
        params,
        headers: { origin: "https://evil.example" },
      });
      expectError(res, 403, `${r.method} ${r.path}`);
    }
  });

  it("sign-up from another site creates no account", async () => {
    const before = await db.user.count();
    const res = await send(
      { path: "/api/auth/signup", method: "POST" },
      { origin: "https://evil.example" },
      JSON.stringify({
        email: "csrf@guard.test",
        password: "long enough password",
        name: "CSRF",
        role: "teacher",
      }),
    );
    expectError(res, 403, "signup");
    expect(await db.user.count()).toBe(before);
  });

  it("reads are not checked (a cross-site GET changes nothing)", async () => {
    for (const r of reads) {
      const res = await callRoute(r.path, r.method, {
        params,
        headers: { origin: "https://evil.example" },
      });
      expect(res.status, `${r.method} ${r.path}`).not.toBe(403);
    }
  });

  const own: [string, Record<string, string>][] = [
    ["same Origin", { origin: "http://localhost" }],
    ["Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }],
    ["Sec-Fetch-Site none (typed by the user)", { "sec-fetch-site": "none" }],
    ["neither header (a script using the API)", {}],
  ];
  it.each(own)("pass to the handler: %s", async (_, headers) => {
    for (const r of writes) {
      const res = await send(r, headers);
      expect(res.status, `${r.method} ${r.path}: ${res.text.slice(0, 200)}`).not.toBe(403);
      expect(res.status).not.toBe(415);
    }
  });
});

/** The two routes that read a document: the upload and its preview. */
const UPLOADS = ["/api/essays", "/api/essays/extract"];

describe("bodies that are not JSON", () => {
  const body = JSON.stringify({ name: "Form-borne" });
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "%s is refused with 415 before the handler runs",
    async (type) => {
      for (const r of writes) {
        if (UPLOADS.includes(r.path) && type.startsWith("multipart/")) continue;
        expectError(await send(r, { "content-type": type }, body), 415, `${r.method} ${r.path}`);
      }
    },
  );

  it.each(UPLOADS)("POST %s also takes multipart/form-data (a document)", async (path) => {
    const res = await send(
      { path, method: "POST" },
      { "content-type": "multipart/form-data; boundary=x" },
    );
    expect(res.status).toBe(401);
  });

  it("JSON with a charset passes", async () => {
    const res = await send(
      { path: "/api/classes", method: "POST" },
      { "content-type": "application/json; charset=utf-8" },
    );
    expect(res.status).toBe(401);
  });
});

describe("caching", () => {
  it("no API answer may be stored: Cache-Control no-store on data and on errors", async () => {
    const u = await db.user.create({
      data: { email: "cache@guard.test", name: "Cache", role: "student" },
    });
    session.current = { user: { id: u.id } };
    try {
      const me = await callRoute("/api/me", "GET");
      expect(me.status).toBe(200);
      expect(me.headers.get("cache-control")).toBe("no-store");
      const missing = await callRoute("/api/quizzes/{id}", "GET", { params: { id: "nope" } });
      expect(missing.status).toBe(404);
      expect(missing.headers.get("cache-control")).toBe("no-store");
    } finally {
      session.current = null;
    }
  });
});
