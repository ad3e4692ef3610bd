import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { listClasses, type TeacherClassSummary } from "@/lib/data/classes";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { CreateClassForm } from "./_components/create-class-form";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requirePageRole("teacher", "/classes");
  const classes = (await listClasses(user)) as TeacherClassSummary[];
  return (
    <>
      <PageHeader
        title="Classes"
        description="Create a class, share its join code with your students, then assign sets to it."
      />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">New class</h2>
        <CreateClassForm />
      </Card>
      <section aria-labelledby="class-list-heading">
        <h2 id="class-list-heading" className="mb-3 text-lg font-semibold">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <EmptyState title="No classes yet">
            Name your first class above. You will get a join code to give your students.
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/classes/${c.id}`}
                  className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
                >
                  <span className="block font-medium text-slate-900">{c.name}</span>
                  <span className="mt-1 block text-sm text-slate-600">
                    {c.studentCount} {c.studentCount === 1 ? "student" : "students"} · join code{" "}
                    <span className="font-mono tracking-wider text-slate-800">{c.joinCode}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
