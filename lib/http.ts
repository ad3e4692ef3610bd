import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError, errorResponse } from "@/lib/errors";
import { assertBodyType, assertSameOrigin, JSON_BODY } from "@/lib/request-guard";

type Params = Record<string, string | string[] | undefined>;
interface Ctx<P extends Params> {
  params: Promise<P>;
}

export interface RouteOptions {
  /**
   * The media types a body may have. JSON unless a route says otherwise — the one place a route
   * opts into another type (e.g. multipart/form-data for a file upload).
   */
  accepts?: readonly string[];
}

/**
 * Wraps a route handler: a state change from another origin is refused (403) and a body of another
 * type than the route accepts (415) before the handler runs; every thrown error reaches the client
 * in the contract's shape; no answer is kept by a browser or shared cache (they hold a user's data).
 */
export function route<P extends Params = Params>(
  fn: (req: NextRequest, ctx: Ctx<P>) => Promise<Response>,
  options: RouteOptions = {},
) {
  const accepts = options.accepts ?? JSON_BODY;
  return async (req: NextRequest, ctx: Ctx<P>): Promise<Response> => {
    let res: Response;
    try {
      assertSameOrigin(req);
      assertBodyType(req, accepts);
      res = await fn(req, ctx);
    } catch (err) {
      res = errorResponse(err);
    }
    return noStore(res);
  };
}

function noStore(res: Response): Response {
  if (res.headers.has("cache-control")) return res;
  try {
    res.headers.set("Cache-Control", "no-store");
    return res;
  } catch {
    // Response.redirect() and friends have immutable headers: answer with a copy.
    const copy = new Response(res.body, res);
    copy.headers.set("Cache-Control", "no-store");
    return copy;
  }
}

const DEFAULT_MAX_BODY = 64 * 1024;

/**
 * Reads a JSON body: too large → 413, not JSON → 400, wrong shape → 422. Unknown keys are dropped by
 * zod, so `__proto__` and friends never reach the database layer.
 */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await req.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw tooLarge(maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON. Send a JSON object.");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AppError("bad_request", "The body must be a JSON object.");
  }
  if (holdsBadText(value)) {
    throw new AppError(
      "invalid",
      "Text may not contain the NUL character (\\u0000) or a lone surrogate (\\uD800–\\uDFFF); binary files hold them, text does not. Send plain text.",
    );
  }
  return schema.parse(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badText = (s: string) => s.includes("\u0000") || LONE_SURROGATE.test(s);

/**
 * No field has a use for U+0000 or a lone surrogate, and PostgreSQL fails on both (it cannot store
 * NUL; Prisma cannot encode half a character): a 500. Refused anywhere in the body, walked with a
 * stack as a hostile body may nest 10,000 deep.
 */
function holdsBadText(root: object): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (badText(v)) return true;
    } else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (badText(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "too_large",
    `The body is larger than ${Math.round(maxBytes / 1024)} KB. Send something smaller.`,
  );
}

/** Parses the query string; an invalid value is a 400 with the reason. */
export function readQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of req.nextUrl.searchParams) raw[k] = v;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new AppError("bad_request", `Invalid query — ${why}.`);
  }
  return parsed.data;
}

/** Route params that cannot name anything (wrong shape, absurd length) read as 404, like a missing row. */
export async function readParams<S extends z.ZodType>(
  ctx: Ctx<Params>,
  schema: S,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await ctx.params);
  if (!parsed.success) throw new AppError("not_found");
  return parsed.data;
}

export const idParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export const slugParam = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

export function json<T>(body: T, init?: number | ResponseInit): NextResponse<T> {
  return NextResponse.json(body, typeof init === "number" ? { status: init } : init);
}

/**
 * A file download: an attachment with a safe file name, never cached (it is someone's data), never
 * sniffed into something a browser would run.
 */
export function download(body: BodyInit, filename: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
