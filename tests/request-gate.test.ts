import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gate, setClientAddress } from "../scripts/request-gate.mjs";
import { clientAddress } from "@/lib/auth/rate-limit";

/**
 * What scripts/server.mjs answers before Next.js sees a request, through a real HTTP server: Next
 * answers these with a plain-text 500, and cannot see the socket address at all.
 */
let base = "";
let hops = 0;
const server = http.createServer((req, res) => {
  if (gate(req, res)) return;
  setClientAddress(req, hops);
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ forwarded: req.headers["x-forwarded-for"] }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function raw(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(`${base}${path}`, { method, headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("methods Next.js cannot answer", () => {
  it.each(["TRACE", "PROPFIND", "MKCOL", "LOCK"])("%s → 405 with Allow", async (method) => {
    for (const path of ["/api/me", "/essays/x", "/"]) {
      const res = await raw(method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
      expect(JSON.parse(res.body).error.code).toBe("method_not_allowed");
    }
  });
});

describe("broken percent-encoding in the path", () => {
  it.each(["%ff%fe", "%", "%c0%ae", "%e0%80", "abc%zz"])("%s → 400, never 500", async (bad) => {
    for (const path of [`/api/essays/${bad}`, `/api/classes/${bad}/join-code`]) {
      const res = await raw("GET", path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body)).toStrictEqual({
        error: { code: "bad_request", message: expect.stringMatching(/percent-encoding/) },
      });
    }
    const page = await raw("GET", `/essays/${bad}`);
    expect(page.status).toBe(400);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain("This address is broken");
  });

  it("lets well-formed encodings through", async () => {
    expect((await raw("GET", "/api/essays/caf%C3%A9")).status).toBe(200);
  });
});

describe("the client's address", () => {
  it("is the socket's, whatever X-Forwarded-For the client sends, without trusted proxies", async () => {
    hops = 0;
    const res = await raw("GET", "/api/me", { "x-forwarded-for": "203.0.113.9, 198.51.100.1" });
    const forwarded = JSON.parse(res.body).forwarded as string;
    expect(forwarded).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": forwarded }), 0)).toBe("127.0.0.1");
  });

  it("is the entry the trusted proxy wrote when TRUSTED_PROXY_HOPS=1", async () => {
    hops = 1;
    // The proxy appended the real client (198.51.100.7) to what the client claimed (203.0.113.9).
    const res = await raw("GET", "/api/me", { "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    const forwarded = JSON.parse(res.body).forwarded as string;
    expect(forwarded).toBe("203.0.113.9, 198.51.100.7, 127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": forwarded }), 1)).toBe("198.51.100.7");
    hops = 0;
  });

  it("never takes the client's own leftmost claim", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.2" });
    expect(clientAddress(h, 0)).toBe("10.0.0.2");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 10.0.0.2" }, 0)).toBe("10.0.0.2");
  });
});
