import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { getClassDetail } from "@/lib/data/classes";
import { listSets } from "@/lib/data/sets";
import { AppError } from "@/lib/errors";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { ProgressBar } from "@/app/_components/progress-bar";
import { AssignForm } from "../../_components/assign-form";
import { JoinCodePanel } from "./_components/join-code-panel";
import { Roster } from "./_components/roster";

export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ id: string }> };

export default async function ClassPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageRole("teacher", `/classes/${id}`);
  const [cls, sets] = await Promise.all([getClassDetail(user, id), listSets(user)]).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const n = cls.students.length;
  return (
    <>
      <PageHeader
        title={cls.name}
        description={`${n} ${n === 1 ? "student" : "students"} · ${cls.assignments.length} ${cls.assignments.length === 1 ? "assignment" : "assignments"}`}
        actions={
          <ButtonLink href="/classes" variant="secondary">
            All classes
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="assignments-heading">
            <h2 id="assignments-heading" className="mb-3 text-lg font-semibold">
              Assignments
            </h2>
            {cls.assignments.length === 0 ? (
              <EmptyState title="Nothing assigned yet">
                Assign one of your sets below. Students see it on their home page.
              </EmptyState>
            ) : (
              <ul className="space-y-3">
                {cls.assignments.map((a) => (
                  <li key={a.id}>
                    <Card className="space-y-2 p-4">
                      <div className="flex flex-wrap items-baseline justify-between gap-2">
                        <Link
                          href={`/assignments/${a.id}`}
                          className="font-medium text-brand-700 underline"
                        >
                          {a.setTitle}
                        </Link>
                        <span className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                          <Badge>{a.mode === "quiz" ? "Quiz" : "Review"}</Badge>
                          due <LocalTime iso={a.dueAt} />
                        </span>
                      </div>
                      <ProgressBar
                        value={a.completion.done}
                        total={a.completion.total}
                        label={`${a.setTitle} completion`}
                        detail={`${a.completion.inProgress} in progress, ${a.completion.late} late`}
                      />
                      <p className="text-xs text-slate-600">
                        {a.completion.inProgress} in progress · {a.completion.late} late ·{" "}
                        {a.completion.notStarted} not started
                      </p>
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Assign a set</h2>
            {sets.length === 0 ? (
              <p className="text-slate-600">
                You have no sets yet.{" "}
                <Link href="/sets/new" className="font-medium text-brand-700 underline">
                  Build one
                </Link>{" "}
                from the essays&apos; questions, then come back to assign it.
              </p>
            ) : (
              <AssignForm classId={cls.id} sets={sets.map((s) => ({ id: s.id, name: s.title }))} />
            )}
          </Card>
        </div>
        <div className="order-first space-y-6 lg:order-none">
          <JoinCodePanel classId={cls.id} initialCode={cls.joinCode} />
          <Roster classId={cls.id} students={cls.students} removed={cls.removedStudents} />
        </div>
      </div>
    </>
  );
}
