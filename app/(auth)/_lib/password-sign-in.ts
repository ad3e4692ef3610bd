/**
 * Signs in with email and password through next-auth's credentials endpoint, with plain requests so
 * every answer — including the sign-in limit's 429 — becomes a sentence the form can show.
 */
export type SignInResult = { ok: true } | { ok: false; message: string };

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account. Check them and try again.",
};

interface LimitedBody {
  error?: { message?: string };
}

export async function passwordSignIn(email: string, password: string): Promise<SignInResult> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as {
    csrfToken: string;
  };
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }),
  });
  if (res.status === 429) {
    const body = (await res.json().catch(() => ({}))) as LimitedBody;
    return { ok: false, message: body.error?.message ?? limitedMessage(res) };
  }
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url, window.location.origin).searchParams.get("error") : "";
  if (!res.ok || error || !body.url) {
    return {
      ok: false,
      message: MESSAGES[error ?? ""] ?? "Sign-in failed. Try again in a moment.",
    };
  }
  return { ok: true };
}

function limitedMessage(res: Response): string {
  const minutes = Math.max(1, Math.ceil(Number(res.headers.get("retry-after") ?? 60) / 60));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
