import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { isHttpCallback } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { checkSignInLimit, clientAddress } from "@/lib/auth/rate-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth throws (a 500) on a callbackUrl query value that is not an http(s) URL, before its
 * redirect callback can send it home; such a value is dropped first (proxy.ts does the same for
 * the callback cookie).
 */
function handler(req: NextRequest, ctx: Ctx) {
  const value = req.nextUrl.searchParams.get("callbackUrl");
  if (value !== null && !isHttpCallback(value, req.nextUrl.origin)) {
    const url = req.nextUrl.clone();
    url.searchParams.delete("callbackUrl");
    // A streamed body needs duplex "half" (a Node addition to RequestInit).
    const init = { method: req.method, headers: req.headers, body: req.body, duplex: "half" };
    req = new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
  }
  return NextAuth(authOptions())(req, ctx);
}

export async function GET(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  // next-auth answers a GET of the credentials callback with a 500 ("not supported"): it is POST only.
  if (nextauth.join("/") === "callback/credentials") {
    return Response.json(
      {
        error: {
          code: "method_not_allowed",
          message: "Sign in with a POST of the sign-in form (csrfToken, email, password).",
        },
      },
      { status: 405, headers: { Allow: "POST", "Cache-Control": "no-store" } },
    );
  }
  return handler(req, ctx);
}

/** Credentials sign-ins are checked against the failure counters before next-auth sees them. */
export async function POST(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = new URLSearchParams(await req.clone().text());
    const state = await checkSignInLimit(form.get("email") ?? "", clientAddress(req.headers));
    if (state.limited) {
      const minutes = Math.max(1, Math.ceil(state.retryAfterSeconds / 60));
      const message = `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
      // An absolute `url`, as next-auth/react's signIn() parses it with new URL().
      const url = new URL("/signin?error=RateLimited", req.nextUrl.origin).href;
      return Response.json(
        { error: { code: "rate_limited", message }, url },
        {
          status: 429,
          headers: { "Retry-After": String(state.retryAfterSeconds), "Cache-Control": "no-store" },
        },
      );
    }
  }
  return handler(req, ctx);
}
