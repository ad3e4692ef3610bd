import path from "node:path";
import { NextRequest } from "next/server";

/** Route handlers called in-process, as the tests that go through the HTTP layer need them. */

export const apiDir = path.resolve(__dirname, "../../app/api");

/** "/api/classes/{id}" → app/api/classes/[id]/route.ts */
export function routeFile(apiPath: string): string {
  const dir = apiPath
    .replace(/^\/api\/?/, "")
    .split("/")
    .map((s) => s.replace(/^\{(.+)\}$/, "[$1]"));
  return path.join(apiDir, ...dir, "route.ts");
}

export type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
}

/** Calls one exported method of a route module with a JSON body (sent as is) and a query string. */
export async function callRoute(
  apiPath: string,
  method: string,
  opts: {
    params?: Record<string, string>;
    bodyText?: string;
    query?: string;
    encode?: (s: string) => string;
    /** Extra request headers (Origin, Sec-Fetch-Site, a Content-Type other than JSON). */
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const mod = (await import(routeFile(apiPath))) as Record<string, Handler>;
  const handler = mod[method]!;
  const params = opts.params ?? {};
  const encode = opts.encode ?? encodeURIComponent;
  const url =
    apiPath.replace(/\{(\w+)\}/g, (_, k: string) => encode(params[k] ?? "")) +
    (opts.query !== undefined ? `?${opts.query}` : "");
  const headers = new Headers(
    opts.bodyText !== undefined ? { "content-type": "application/json" } : {},
  );
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers.set(k, v);
  const req = new NextRequest(`http://localhost${url}`, {
    method,
    headers,
    ...(opts.bodyText !== undefined ? { body: opts.bodyText } : {}),
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** The contract's machine code for each error status. */
export const ERROR_CODE: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  422: "invalid",
  405: "method_not_allowed",
  415: "unsupported_media_type",
  429: "rate_limited",
};
