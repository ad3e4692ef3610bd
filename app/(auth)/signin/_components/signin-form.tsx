"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorNote, Field } from "@/app/_components/ui";
import { passwordSignIn } from "../../_lib/password-sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    try {
      const res = await passwordSignIn(
        String(form.get("email") ?? ""),
        String(form.get("password") ?? ""),
      );
      if (!res.ok) {
        setError(res.message);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError("Sign-in failed: the server could not be reached. Try again in a moment.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
