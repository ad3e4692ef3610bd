import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SessionKeepAlive } from "@/app/_components/session-keep-alive";

const STUDENT_LINKS = [
  { href: "/essays", label: "Essays" },
  { href: "/review", label: "Review" },
  { href: "/quizzes", label: "Quizzes" },
  { href: "/progress", label: "Progress" },
];
const TEACHER_LINKS = [
  { href: "/essays", label: "Essays" },
  { href: "/classes", label: "Classes" },
  { href: "/sets", label: "Sets" },
  { href: "/essays/new", label: "Add essay" },
];

export function SiteHeader({ user }: { user: SessionUser | null }) {
  const links = user ? (user.role === "teacher" ? TEACHER_LINKS : STUDENT_LINKS) : [];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          Claimdeck
        </Link>
        {links.length ? (
          <nav aria-label="Main" className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto">
            <ul className="flex gap-1">
              {links.map((l) => (
                <li key={l.href}>
                  <Link
                    href={l.href}
                    className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
                  >
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="ml-auto flex items-center gap-2 text-sm">
          {user ? (
            <>
              <span className="hidden text-slate-600 sm:inline" data-testid="signed-in-as">
                {user.name} · {user.role}
              </span>
              <SignOutButton />
              <SessionKeepAlive />
            </>
          ) : (
            <>
              <Link
                href="/signin"
                className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100"
              >
                Sign in
              </Link>
              <Link
                href="/signup"
                className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
