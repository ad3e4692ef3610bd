"use client";

import { browserTimeZone } from "@/app/_components/time-zone-select";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Button, ErrorNote, Field } from "@/app/_components/ui";
import { passwordSignIn } from "../../_lib/password-sign-in";

interface ApiError {
  error?: { message?: string; issues?: { path: string; message: string }[] };
}

export function SignUpForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? "student"),
      // The study day and every date follow the user's zone; the browser knows it, so ask it.
      timeZone: browserTimeZone(),
    };
    try {
      const res = await fetch("/api/auth/signup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!res.ok) {
        const data = (await res.json().catch(() => ({}))) as ApiError;
        const issues = data.error?.issues?.map((i) => i.message).join(". ");
        setError(issues || data.error?.message || "Sign-up failed. Try again.");
        setPending(false);
        return;
      }
    } catch {
      setError("Sign-up failed: the server could not be reached. Try again in a moment.");
      setPending(false);
      return;
    }
    // The account exists from here on: a failed sign-in must not read as a failed sign-up.
    try {
      const signed = await passwordSignIn(body.email, body.password);
      if (signed.ok) {
        router.push("/");
        router.refresh();
        return;
      }
      setCreated(`Your account is ready, but we could not sign you in: ${signed.message}`);
    } catch {
      setCreated("Your account is ready. Sign in to start.");
    } finally {
      setPending(false);
    }
  }

  if (created) {
    return (
      <div role="status" className="flex flex-col gap-4">
        <p className="text-slate-800">{created}</p>
        <Link className="font-medium text-brand-700 underline" href="/signin">
          Go to sign in
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field id="name" name="name" label="Name" autoComplete="name" required />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        hint="At least 8 characters."
        required
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">I am a</legend>
        <div className="flex gap-4">
          <label className="flex items-center gap-2 text-slate-800">
            <input type="radio" name="role" value="student" defaultChecked className="h-4 w-4" />{" "}
            Student
          </label>
          <label className="flex items-center gap-2 text-slate-800">
            <input type="radio" name="role" value="teacher" className="h-4 w-4" /> Teacher
          </label>
        </div>
      </fieldset>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
