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
  } = {},
): Promise<Answer> {
  const mod = (await import(routeFile(apiPath))) as Record<string, Handler>;
  const handler = mod[method]!;
  const params = opts.params ?? {};
  const encode = opts.encode ?? encodeURIComponent;
  const url =
    apiPath.replace(/\{(\w+)\}/g, (_, k: string) => encode(params[k] ?? "")) +
    (opts.query !== undefined ? `?${opts.query}` : "");
  const req = new NextRequest(`http://localhost${url}`, {
    method,
    ...(opts.bodyText !== undefined
      ? { body: opts.bodyText, headers: { "content-type": "application/json" } }
      : {}),
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, text: await res.text() };
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
  429: "rate_limited",
};
