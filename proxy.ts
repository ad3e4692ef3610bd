import { NextResponse, type NextRequest } from "next/server";
import { isHttpCallback } from "@/lib/auth/callback-url";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * next-auth refuses a callbackUrl (query or cookie) that is not an http(s) URL by throwing — a 500
 * on every one of its routes. Such a value is dropped here, before next-auth reads the request; a
 * well-formed foreign URL passes on to the redirect callback, which sends it home.
 */
function authRequest(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  const param = url.searchParams.get("callbackUrl");
  const badParam = param !== null && !isHttpCallback(param, url.origin);
  if (badParam) url.searchParams.delete("callbackUrl");
  const badCookies = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isHttpCallback(value, url.origin);
  });
  if (!badParam && badCookies.length === 0) return NextResponse.next();
  for (const name of badCookies) request.cookies.delete(name);
  const headers = new Headers(request.headers);
  headers.set("cookie", request.cookies.toString());
  const response = badParam
    ? NextResponse.rewrite(url, { request: { headers } })
    : NextResponse.next({ request: { headers } });
  // The browser forgets the bad cookie too, so the next request is clean.
  for (const name of badCookies) response.cookies.delete(name);
  return response;
}

/**
 * A fresh nonce per page request, so the Content Security Policy can forbid inline scripts except
 * Next's own (Next reads the nonce from the request's CSP header and stamps its scripts with it).
 * Styles keep 'unsafe-inline': React style attributes (progress bars) need it, and styles cannot run code.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return authRequest(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    "/api/auth/:path*",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
