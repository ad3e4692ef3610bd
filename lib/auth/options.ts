import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { z } from "zod";
import { db } from "@/lib/db";
import { env, authSecret } from "@/lib/env";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { clearAccountLimit, clientAddress, recordFailedSignIn } from "@/lib/auth/rate-limit";
import type { Role } from "@/lib/auth/roles";
import { safeRedirect } from "@/lib/auth/callback-url";
import { endSessions } from "@/lib/auth/session-version";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

function providers(): NextAuthOptions["providers"] {
  const e = env();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const user = await db.user.findUnique({ where: { email } });
        // Verify against a dummy hash when there is no account, so timing does not reveal emails.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
        if (!user || !user.passwordHash || !ok) {
          await recordFailedSignIn(email, clientAddress(req?.headers));
          return null;
        }
        await clearAccountLimit(email);
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role as Role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    list.push(
      GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }),
    );
  }
  return list;
}

/** The OAuth providers switched on by their environment variables, for the sign-in page's buttons. */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const e = env();
  const out: { id: "github" | "google"; name: string }[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) out.push({ id: "github", name: "GitHub" });
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) out.push({ id: "google", name: "Google" });
  return out;
}

const SESSION_ENDED = "Session ended";

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import, so `next build` does not need the secret. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    // Behind HTTPS the session cookie is Secure (and __Secure- prefixed); plain-HTTP local runs keep working.
    useSecureCookies: (env().NEXTAUTH_URL ?? "").startsWith("https://"),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: providers(),
    logger: {
      // A token from before a sign-out is refused on purpose; every other error is logged as before.
      error(code, metadata) {
        const ended = metadata instanceof Error && metadata.message === SESSION_ENDED;
        if (!ended) console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
    events: {
      // Sign-out ends the session everywhere, not just in this browser: a copied token is dead.
      async signOut({ token }) {
        if (typeof token?.uid === "string") await endSessions(token.uid);
      },
    },
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account?.type === "oauth") {
          // OAuth sign-ins become (or find) a Claimdeck account; new ones start as students.
          const email = (user.email ?? "").toLowerCase();
          if (!email) throw new Error("The provider did not share an email address.");
          const row = await db.user.upsert({
            where: { email },
            create: { email, name: user.name ?? email, role: "student", image: user.image ?? null },
            update: {},
          });
          token.uid = row.id;
          token.role = row.role as Role;
          token.sv = row.sessionVersion;
        } else if (user) {
          const signedIn = user as { role?: Role; sessionVersion?: number };
          token.uid = user.id;
          token.role = signedIn.role ?? "student";
          token.sv = signedIn.sessionVersion ?? 0;
        } else {
          // A renewal through /api/auth/session: a token from before a sign-out or a password
          // change is not renewed (next-auth then clears the cookie).
          const row = await db.user.findUnique({
            where: { id: String(token.uid) },
            select: { sessionVersion: true },
          });
          if (!row || row.sessionVersion !== (token.sv ?? 0)) throw new Error(SESSION_ENDED);
        }
        return token;
      },
      // Hostile callbackUrl values (javascript:, another host, an unparsable URL) go home instead.
      async redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
      async session({ session, token }) {
        if (session.user) {
          session.user.id = token.uid as string;
          session.user.role = token.role as Role;
        }
        return session;
      },
    },
  };
  return cached;
}
