import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { Card } from "@/app/_components/ui";
import { oauthProviders } from "@/lib/auth/options";
import { safePath } from "@/lib/auth/callback-url";
import { SignInForm } from "./_components/signin-form";
import { OAuthButtons } from "./_components/oauth-buttons";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths are followed after sign-in, so the page cannot be used as an open redirect. */
function safeCallback(value: string | string[] | undefined): string {
  return safePath(Array.isArray(value) ? value[0] : value);
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-1 text-2xl font-semibold">Sign in</h1>
      <p className="mb-6 text-slate-600">Welcome back to Claimdeck.</p>
      <Card>
        <SignInForm callbackUrl={callbackUrl} />
        <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      </Card>
      <p className="mt-4 text-sm text-slate-600">
        New here?{" "}
        <Link className="font-medium text-brand-700 underline" href="/signup">
          Create an account
        </Link>
      </p>
    </div>
  );
}
