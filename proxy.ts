import { NextResponse, type NextRequest } from "next/server";
import { isHttpCallback } from "@/lib/auth/callback-url";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * next-auth refuses a callbackUrl cookie that is not an http(s) URL by throwing — a 500 on every
 * one of its routes. It reads cookies through next/headers, so the cookie is dropped here, before
 * next-auth sees the request (the query's callbackUrl is cleaned in its route handler); a
 * well-formed foreign URL passes on to the redirect callback, which sends it home.
 */
function authRequest(request: NextRequest): NextResponse {
  const origin = request.nextUrl.origin;
  const bad = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isHttpCallback(value, origin);
  });
  if (bad.length === 0) return NextResponse.next();
  for (const name of bad) request.cookies.delete(name);
  const headers = new Headers(request.headers);
  headers.set("cookie", request.cookies.toString());
  const response = NextResponse.next({ request: { headers } });
  // The browser forgets the bad cookie too, so the next request is clean.
  for (const name of bad) response.cookies.delete(name);
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
