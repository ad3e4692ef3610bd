import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

/** Methods that change something: only these are checked for their origin and their body's type. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const JSON_BODY = ["application/json"] as const;

/**
 * Refuses a state-changing request a browser sent from another origin, the way Go's
 * CrossOriginProtection does: `Origin` must be the app's own; without it, `Sec-Fetch-Site` must say
 * same-origin (or none: typed in the address bar). A request with neither header comes from no
 * browser — a script using the API — and cannot carry a victim's cookies, so it passes. SameSite=Lax
 * alone does not stop a sibling subdomain or another port of the same host.
 */
export function assertSameOrigin(req: Request): void {
  if (!STATE_CHANGING.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (origin !== null) {
    if (!isOwnOrigin(origin, req)) throw crossOrigin();
    return;
  }
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") throw crossOrigin();
}

function isOwnOrigin(origin: string, req: Request): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage are nobody's origin
  }
  const configured = env().NEXTAUTH_URL;
  if (configured && new URL(configured).origin === url.origin) return true;
  // The Host the browser addressed: host and port must match, so another port is another origin.
  const host = req.headers.get("host") ?? new URL(req.url).host;
  return url.host === host.toLowerCase();
}

function crossOrigin(): AppError {
  return new AppError(
    "forbidden",
    "This request came from another site, so it may not change anything. Use Claimdeck's own pages, or call the API without a browser.",
  );
}

/**
 * A body must be one of the route's media types (JSON unless the route says more): a form or
 * text/plain body is what a cross-site <form> can send without a preflight, so it is refused (415)
 * before anything reads it. A request that declares no type, or an empty body, passes: browsers
 * label every body they send, and a body-less DELETE or POST carries nothing to misread.
 */
export function assertBodyType(req: Request, accepts: readonly string[]): void {
  if (!STATE_CHANGING.has(req.method)) return;
  const declared = req.headers.get("content-type");
  if (declared === null || req.headers.get("content-length") === "0") return;
  const type = declared.split(";")[0]!.trim().toLowerCase();
  if (!accepts.includes(type)) {
    const list = accepts.join(" or ");
    throw new AppError(
      "unsupported_media_type",
      `This endpoint reads ${list} bodies${type ? `, not ${type}` : ""}. Send the header Content-Type: ${accepts[0]}.`,
    );
  }
}
