import { type SessionUser } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { listClasses, type StudentClassSummary } from "@/lib/data/classes";
import { listStudentAssignments, type StudentAssignmentView } from "@/lib/data/assignments";
import { hasStudied } from "@/lib/data/stats";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/teach/assignment-status";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { JoinClassForm } from "@/app/_components/join-class-form";
import { LocalTime } from "@/app/_components/local-time";
import { StartQuizButton } from "@/app/_components/start-quiz-button";
import { EssayList } from "./essay-list";

/** A student's home: what is due, assignments, classes to join and essays to study. */
export async function StudentHome({ user }: { user: SessionUser }) {
  const [essays, classes, assignments, returning] = await Promise.all([
    listEssays(user),
    listClasses(user) as Promise<StudentClassSummary[]>,
    listStudentAssignments(user),
    hasStudied(user),
  ]);
  return (
    <>
      <PageHeader
        title={returning ? `Welcome back, ${user.name}` : `Welcome, ${user.name}`}
        description={
          returning
            ? "Pick up where you left off: review what is due, or read an essay and quiz yourself on it."
            : "Start with an essay: read it, quiz yourself, and what you miss comes back in your reviews."
        }
        actions={
          <>
            <ButtonLink href="/review">Start review</ButtonLink>
            <ButtonLink href="/play" variant="secondary">
              Join a live game
            </ButtonLink>
          </>
        }
      />
      <section aria-labelledby="assignments-heading" className="mb-8">
        <h2 id="assignments-heading" className="mb-3 text-lg font-semibold">
          Your assignments
        </h2>
        {assignments.length === 0 ? (
          <EmptyState title="No assignments yet">
            {classes.length === 0
              ? "Join your class with the code your teacher gave you; its assignments appear here."
              : "Your teachers have not assigned anything yet. Meanwhile, review or read an essay."}
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {assignments.map((a) => (
              <li key={a.id}>
                <AssignmentCard a={a} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="student-classes-heading" className="mb-8">
        <h2 id="student-classes-heading" className="mb-3 text-lg font-semibold">
          Your classes
        </h2>
        <Card className="space-y-4">
          {classes.length ? (
            <ul className="divide-y divide-slate-100">
              {classes.map((c) => (
                <li key={c.id} className="py-2 first:pt-0">
                  <span className="font-medium text-slate-900">{c.name}</span>
                  <span className="text-sm text-slate-600"> · {c.teacherName}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">You are not in a class yet.</p>
          )}
          <JoinClassForm />
        </Card>
      </section>
      <EssayList essays={essays} />
    </>
  );
}

function AssignmentCard({ a }: { a: StudentAssignmentView }) {
  const name = `${a.setTitle} (${a.className})`;
  let action: React.ReactNode;
  if (a.mode === "quiz") {
    if (a.openQuizId) {
      action = (
        <ButtonLink href={`/quizzes/${a.openQuizId}`} aria-label={`Continue quiz: ${name}`}>
          Continue quiz
        </ButtonLink>
      );
    } else if (a.status === "done" && a.lastQuizId) {
      action = (
        <ButtonLink
          href={`/quizzes/${a.lastQuizId}`}
          variant="secondary"
          aria-label={`See results: ${name}`}
        >
          See results
        </ButtonLink>
      );
    } else {
      action = <StartQuizButton assignmentId={a.id} label={`Start quiz: ${name}`} />;
    }
  } else {
    action = (
      <ButtonLink
        href={`/review?set=${encodeURIComponent(a.setId)}`}
        variant={a.status === "done" ? "secondary" : "primary"}
        aria-label={`${a.status === "done" ? "Review again" : "Start review"}: ${name}`}
      >
        {a.status === "done" ? "Review again" : "Start review"}
      </ButtonLink>
    );
  }
  return (
    <Card className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-1">
        <h3 className="font-medium text-slate-900">{a.setTitle}</h3>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <Badge tone={STATUS_TONE[a.status]}>{STATUS_LABEL[a.status]}</Badge>
          <Badge>{a.mode === "quiz" ? "Quiz" : "Review"}</Badge>
          <span>
            {a.className} · due <LocalTime iso={a.dueAt} />
          </span>
        </p>
        {a.score !== undefined ? (
          <p className="text-sm text-slate-700">
            Best score: {a.correct}/{a.total} ({Math.round(a.score * 100)}%)
          </p>
        ) : null}
        {a.mode === "review" && a.itemsToReview ? (
          <p className="text-sm text-slate-700">
            {a.itemsReviewed} of {a.itemsToReview} cards reviewed
          </p>
        ) : null}
      </div>
      <div className="shrink-0">{action}</div>
    </Card>
  );
}
