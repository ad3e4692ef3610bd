import Link from "next/link";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import {
  listClasses,
  type StudentClassSummary,
  type TeacherClassSummary,
} from "@/lib/data/classes";
import {
  listStudentAssignments,
  listTeacherAssignments,
  type StudentAssignmentView,
} from "@/lib/data/assignments";
import { hasStudied } from "@/lib/data/stats";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/teach/assignment-status";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { JoinClassForm } from "@/app/_components/join-class-form";
import { LocalTime } from "@/app/_components/local-time";
import { ProgressBar } from "@/app/_components/progress-bar";
import { StartQuizButton } from "@/app/_components/start-quiz-button";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="mx-auto max-w-2xl py-10 text-center">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900">
          Learn what an essay actually says.
        </h1>
        <p className="mt-4 text-lg text-slate-600">
          Claimdeck turns essays into questions and flashcards. Every question links to the sentence
          it came from, and reviews are scheduled so you remember for longer.
        </p>
        <div className="mt-8 flex justify-center gap-3">
          <ButtonLink href="/signup">Create an account</ButtonLink>
          <ButtonLink href="/signin" variant="secondary">
            Sign in
          </ButtonLink>
        </div>
      </section>
    );
  }

  if (user.role === "teacher") return <TeacherHome user={user} />;
  return <StudentHome user={user} />;
}

async function TeacherHome({ user }: { user: SessionUser }) {
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

async function StudentHome({ user }: { user: SessionUser }) {
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

function EssayList({
  essays,
  teacher = false,
}: {
  essays: Awaited<ReturnType<typeof listEssays>>;
  teacher?: boolean;
}) {
  return (
    <section aria-labelledby="essays-heading">
      <h2 id="essays-heading" className="mb-3 text-lg font-semibold">
        Essays
      </h2>
      {essays.length === 0 ? (
        <Card>
          <p className="text-slate-600">
            No essays yet.{" "}
            {teacher ? (
              <Link href="/essays/new" className="font-medium text-brand-700 underline">
                Add the first one.
              </Link>
            ) : (
              "Your teacher has not added any yet; check back soon."
            )}
          </p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {essays.map((e) => (
            <li key={e.slug}>
              <Link
                href={`/essays/${e.slug}`}
                // A long list must not fetch one page per essay in view; a click loads the one.
                prefetch={false}
                className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="font-medium text-slate-900">{e.title}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {e.claimCount} claims ·{" "}
                  {teacher
                    ? `${e.itemCount} items, drafts included`
                    : `${e.questionCount} quiz questions`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
