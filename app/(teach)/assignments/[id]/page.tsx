import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { getAssignmentReport } from "@/lib/data/reports";
import { AppError } from "@/lib/errors";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/teach/assignment-status";
import { Badge, Card, EmptyState, PageHeader, buttonClass } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { ProgressBar } from "@/app/_components/progress-bar";
import { CorrectRateChart } from "./_components/correct-rate-chart";
import { StudentAnswers } from "./_components/student-answers";

export const metadata: Metadata = { title: "Assignment report" };

type Props = { params: Promise<{ id: string }> };

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? "—" : `${Math.round(x * 100)}%`;
const TYPE_LABEL: Record<string, string> = {
  mcq: "Multiple choice",
  true_false: "True / false",
  cloze: "Cloze",
  short_answer: "Short answer",
  flashcard: "Flashcard",
};

export default async function AssignmentReportPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageRole("teacher", `/assignments/${id}`);
  const report = await getAssignmentReport(user, id).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const { assignment: a, students, items } = report;
  const done = students.filter((s) => s.status === "done").length;
  const scored = students.filter((s) => s.score !== undefined);
  const average = scored.length
    ? scored.reduce((sum, s) => sum + (s.score ?? 0), 0) / scored.length
    : null;
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
  const td = "px-3 py-2 align-top";

  return (
    <>
      <PageHeader
        title={`Report: ${a.setTitle}`}
        description={
          <>
            <Link href={`/classes/${a.classId}`} className="text-brand-700 underline">
              {a.className}
            </Link>{" "}
            · {a.mode === "quiz" ? "quiz" : "review"} · due <LocalTime iso={a.dueAt} />
          </>
        }
        actions={
          <a
            href={`/api/assignments/${a.id}/report?format=csv`}
            download
            className={buttonClass("secondary")}
          >
            Download CSV
          </a>
        }
      />
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        <Card className="p-4">
          <p className="text-sm text-slate-600">Completion</p>
          <div className="mt-2">
            <ProgressBar value={done} total={students.length} label="Students done" />
          </div>
        </Card>
        <Card className="p-4">
          <p className="text-sm text-slate-600">
            {a.mode === "quiz" ? "Average best score" : "Reviews since assigned"}
          </p>
          <p className="mt-1 text-2xl font-semibold text-slate-900">
            {a.mode === "quiz" ? pct(average) : students.reduce((n, s) => n + s.reviews, 0)}
          </p>
          {a.mode === "quiz" ? (
            <p className="text-xs text-slate-600">
              {scored.length} of {students.length} {students.length === 1 ? "student" : "students"}{" "}
              submitted a quiz
            </p>
          ) : null}
        </Card>
        <Card className="p-4">
          <p className="text-sm text-slate-600">Most-missed item</p>
          <p className="mt-1 text-sm font-medium text-slate-900">
            {items[0]?.correctRate != null
              ? `${pct(items[0].correctRate)} correct: ${items[0].prompt}`
              : "No answers yet"}
          </p>
        </Card>
      </div>

      <section aria-labelledby="students-heading" className="mb-8">
        <h2 id="students-heading" className="mb-3 text-lg font-semibold">
          Students
        </h2>
        {students.length === 0 ? (
          <EmptyState title="No students in this class yet">
            Share the class&apos;s join code; students appear here once they join.
          </EmptyState>
        ) : (
          <div
            className="overflow-x-auto rounded-xl border border-slate-200 bg-white"
            role="region"
            aria-labelledby="students-heading"
            tabIndex={0}
          >
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={th}>
                    Student
                  </th>
                  <th scope="col" className={th}>
                    Status
                  </th>
                  <th scope="col" className={th}>
                    Score
                  </th>
                  <th scope="col" className={th}>
                    Reviews
                  </th>
                  <th scope="col" className={th}>
                    Retention
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {students.map((s) => (
                  <tr key={s.userId}>
                    <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                      {s.name}
                    </th>
                    <td className={td}>
                      <Badge tone={STATUS_TONE[s.status]}>{STATUS_LABEL[s.status]}</Badge>
                      {s.itemsToReview !== undefined ? (
                        <span className="ml-2 text-xs text-slate-600">
                          {s.itemsReviewed}/{s.itemsToReview} cards
                        </span>
                      ) : null}
                    </td>
                    <td className={`${td} tabular-nums`}>
                      {s.score !== undefined ? `${s.correct}/${s.total} (${pct(s.score)})` : "—"}
                    </td>
                    <td className={`${td} tabular-nums`}>{s.reviews}</td>
                    <td className={`${td} tabular-nums`}>{pct(s.retention)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {a.mode === "quiz" ? (
        <section aria-labelledby="answers-heading" className="mb-8">
          <h2 id="answers-heading" className="mb-1 text-lg font-semibold">
            Answers by student
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            From the quiz each student&apos;s score comes from. Open a name to see their answers.
          </p>
          <StudentAnswers students={students} items={items} />
        </section>
      ) : null}

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-1 text-lg font-semibold">
          Items, most-missed first
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          From the answers in this assignment&apos;s quizzes. The claims at the top are the ones the
          class has not learned yet.
        </p>
        {items.length === 0 ? (
          <EmptyState title="This set has no items">Add items to the set first.</EmptyState>
        ) : (
          <>
            <Card className="mb-4">
              <figure>
                <CorrectRateChart items={items.filter((i) => i.inMode)} />
                <figcaption className="mt-2 text-xs text-slate-600">
                  Bars are numbered like the table below.
                </figcaption>
              </figure>
            </Card>
            <ol className="space-y-3" aria-label="Items">
              {items.map((item, i) => (
                <li key={item.itemId}>
                  <Card className="space-y-2 p-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm font-semibold text-slate-700">{i + 1}.</span>
                      <Badge tone="blue">{TYPE_LABEL[item.type] ?? item.type}</Badge>
                      {item.status !== "published" ? <Badge>{item.status}</Badge> : null}
                      <span className="ml-auto text-sm tabular-nums text-slate-700">
                        {item.attempts
                          ? `${pct(item.correctRate)} correct · ${item.correct}/${item.attempts} answers`
                          : item.inMode
                            ? "no answers yet"
                            : `Not in this ${a.mode}: ${item.notInModeReason}`}
                      </span>
                    </div>
                    <p className="font-medium text-slate-900">{item.prompt}</p>
                    <blockquote className="rounded-lg bg-slate-50 p-2 font-serif text-sm text-slate-700">
                      <span className="sr-only">Source sentence: </span>
                      {item.sourceSentence}
                    </blockquote>
                  </Card>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
