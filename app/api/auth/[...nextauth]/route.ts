import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { checkSignInLimit, clientAddress } from "@/lib/auth/rate-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, ctx: Ctx) {
  return NextAuth(authOptions())(req, ctx);
}

export async function GET(req: NextRequest, ctx: Ctx) {
  return handler(req, ctx);
}

/** Credentials sign-ins are checked against the failure counters before next-auth sees them. */
export async function POST(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = new URLSearchParams(await req.clone().text());
    const state = await checkSignInLimit(form.get("email") ?? "", clientAddress(req.headers));
    if (state.limited) {
      const message = `Too many failed sign-ins. Wait ${state.retryAfterSeconds} seconds and try again.`;
      // `url` lets next-auth/react's signIn() report the error instead of failing to parse the reply.
      return Response.json(
        { error: { code: "rate_limited", message }, url: `/signin?error=RateLimited` },
        { status: 429, headers: { "Retry-After": String(state.retryAfterSeconds) } },
      );
    }
  }
  return handler(req, ctx);
}
