import Link from "next/link";
import type { QuizQuestionView, QuizResult } from "@/lib/data/quizzes";
import { Badge, ButtonLink } from "@/app/_components/ui";

/** Score and, per question, the answer given, the expected one, why, and where the essay says so. */
export function QuizResults({
  questions,
  results,
  score,
  total,
  headingId = "quiz-results",
}: {
  questions: QuizQuestionView[];
  results: QuizResult[];
  score: number;
  total: number;
  headingId?: string;
}) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const missed = results.filter((r) => !r.correct).length;
  // Only what really went into the queue: a true/false item of a claim with no card-able item makes none.
  const queued = results.filter((r) => !r.correct && r.reviewQueued).length;
  const pct = total ? Math.round((score / total) * 100) : 0;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id={headingId} tabIndex={-1} className="text-xl font-semibold text-slate-900">
          You scored {score} of {total}
        </h2>
        <p className="mt-1 text-slate-600">
          {pct}% correct. {missedSentence(missed, queued)}
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          {queued > 0 ? <ButtonLink href="/review">Review what you missed</ButtonLink> : null}
          <ButtonLink href="/quizzes" variant="secondary">
            Take another quiz
          </ButtonLink>
        </div>
      </div>
      <ol className="flex flex-col gap-3">
        {results.map((r, i) => {
          const q = byId.get(r.questionId);
          return (
            <li
              key={r.questionId}
              className={`rounded-xl border bg-white p-5 shadow-sm ${r.correct ? "border-green-200" : "border-red-200"}`}
            >
              <div className="flex items-start justify-between gap-3">
                <h3 className="font-medium text-slate-900">
                  <span className="text-slate-500">Question {i + 1}.</span> {q?.prompt}
                </h3>
                {r.correct ? <Badge tone="green">Correct</Badge> : <Badge tone="red">Wrong</Badge>}
              </div>
              <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                <dt className="text-slate-500">Your answer</dt>
                <dd className={r.correct ? "text-green-800" : "text-red-800"}>
                  {r.response.trim() ? r.response : <em>No answer</em>}
                </dd>
                <dt className="text-slate-500">Expected answer</dt>
                <dd className="font-medium text-slate-900">{r.expected}</dd>
                {r.explanation ? (
                  <>
                    <dt className="text-slate-500">Why</dt>
                    <dd className="text-slate-800">{r.explanation}</dd>
                  </>
                ) : null}
              </dl>
              <figure className="mt-3 rounded-lg bg-slate-50 p-3">
                <blockquote className="font-serif text-slate-800">“{r.source.sentence}”</blockquote>
                <figcaption className="mt-1 text-sm">
                  <Link
                    href={`/essays/${r.source.essay}#claim-${r.source.claimId}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    Source: {r.source.essayTitle}
                  </Link>
                  {r.reviewQueued ? (
                    <span className="ml-2 text-slate-600">· added to your review queue</span>
                  ) : null}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What the quiz put in the review queue, counted from the server's answer for each question. */
export function missedSentence(missed: number, queued: number): string {
  if (missed === 0) return "Nothing to catch up on.";
  const questions = (n: number) => (n === 1 ? "question" : "questions");
  if (queued === missed)
    return missed === 1
      ? "The question you missed is now due in your review queue."
      : `The ${missed} questions you missed are now due in your review queue.`;
  if (queued === 0)
    return `You missed ${missed} ${questions(missed)}; none has a flashcard to review, so reread the source sentences below.`;
  return `You missed ${missed} ${questions(missed)}; ${queued} of them ${queued === 1 ? "is" : "are"} now due in your review queue (the others have no flashcard to review).`;
}
