import Link from "next/link";
import { type SessionUser } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { listClasses, type TeacherClassSummary } from "@/lib/data/classes";
import { listTeacherAssignments } from "@/lib/data/assignments";
import { ButtonLink, Card, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { ProgressBar } from "@/app/_components/progress-bar";
import { EssayList } from "./essay-list";

/** A teacher's home: classes, recent assignments and the essays to build sets from. */
export async function TeacherHome({ user }: { user: SessionUser }) {
  const [essays, classes, byClass] = await Promise.all([
    listEssays(user),
    listClasses(user) as Promise<TeacherClassSummary[]>,
    listTeacherAssignments(user),
  ]);
  const recent = byClass
    .flatMap((c) => c.assignments.map((a) => ({ ...a, className: c.name })))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, 5);
  return (
    <>
      <PageHeader
        title={`Good to see you, ${user.name}`}
        description="Your teaching desk: add essays, check their questions, and assign sets to your classes."
        actions={
          <>
            <ButtonLink href="/essays/new">Add an essay</ButtonLink>
            <ButtonLink href="/live/new" variant="secondary">
              Play live
            </ButtonLink>
            <ButtonLink href="/classes" variant="secondary">
              Your classes
            </ButtonLink>
          </>
        }
      />
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="classes-heading">
          <div className="mb-3 flex items-baseline justify-between gap-2">
            <h2 id="classes-heading" className="text-lg font-semibold">
              Classes
            </h2>
            <Link href="/classes" className="text-sm font-medium text-brand-700 underline">
              Manage classes
            </Link>
          </div>
          {classes.length === 0 ? (
            <Card>
              <p className="text-slate-600">
                No classes yet.{" "}
                <Link href="/classes" className="font-medium text-brand-700 underline">
                  Create one
                </Link>{" "}
                and share its join code with your students.
              </p>
            </Card>
          ) : (
            <ul className="space-y-2">
              {classes.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/classes/${c.id}`}
                    className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
                  >
                    <span className="font-medium text-slate-900">{c.name}</span>
                    <span className="text-sm text-slate-600">
                      {c.studentCount} {c.studentCount === 1 ? "student" : "students"}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-heading">
          <div className="mb-3 flex items-baseline justify-between gap-2">
            <h2 id="recent-heading" className="text-lg font-semibold">
              Recent assignments
            </h2>
            <Link href="/sets" className="text-sm font-medium text-brand-700 underline">
              Your sets
            </Link>
          </div>
          {recent.length === 0 ? (
            <Card>
              <p className="text-slate-600">
                Nothing assigned yet. Build a set of questions, then assign it to a class from the
                class page.
              </p>
            </Card>
          ) : (
            <ul className="space-y-2">
              {recent.map((a) => (
                <li key={a.id}>
                  <Card className="space-y-2 p-4">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link
                        href={`/assignments/${a.id}`}
                        className="font-medium text-brand-700 underline"
                      >
                        {a.setTitle}
                      </Link>
                      <span className="text-sm text-slate-600">
                        {a.className} · {a.mode} · due <LocalTime iso={a.dueAt} />
                      </span>
                    </div>
                    <ProgressBar
                      value={a.completion.done}
                      total={a.completion.total}
                      label={`${a.setTitle} (${a.className}) completion`}
                    />
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <EssayList essays={essays} teacher />
    </>
  );
}
