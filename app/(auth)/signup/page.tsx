import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { Card } from "@/app/_components/ui";
import { SignUpForm } from "./_components/signup-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-1 text-2xl font-semibold">Create your account</h1>
      <p className="mb-6 text-slate-600">
        Students study essays and review flashcards; teachers add essays and assign sets.
      </p>
      <Card>
        <SignUpForm />
      </Card>
      <p className="mt-4 text-sm text-slate-600">
        Already have an account?{" "}
        <Link className="font-medium text-brand-700 underline" href="/signin">
          Sign in
        </Link>
      </p>
    </div>
  );
}
