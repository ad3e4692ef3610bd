"use client";

import { useRef, useState } from "react";
import type { QuizQuestionView, QuizSubmission } from "@/lib/data/quizzes";
import { Button, ErrorNote } from "@/app/_components/ui";
import { QuizResults } from "./quiz-results";

const TYPE_HINT: Record<string, string> = {
  mcq: "Choose one",
  true_false: "True or false?",
  cloze: "Fill in the blank",
  short_answer: "Answer in a few words",
};

export function QuizRunner({
  quizId,
  questions,
}: {
  quizId: string;
  questions: QuizQuestionView[];
}) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<QuizSubmission | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  const answered = questions.filter((q) => (answers[q.id] ?? "").trim() !== "").length;
  const total = questions.length;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/quizzes/${quizId}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          answers: questions
            .filter((q) => answers[q.id] !== undefined)
            .map((q) => ({ questionId: q.id, response: answers[q.id] })),
        }),
      });
      const body = (await res.json().catch(() => null)) as
        (QuizSubmission & { error?: { message: string } }) | null;
      if (!res.ok || !body) {
        throw new Error(body?.error?.message ?? `The server answered ${res.status}. Try again.`);
      }
      setResult(body);
      requestAnimationFrame(() => {
        window.scrollTo({ top: 0 });
        resultsRef.current?.querySelector<HTMLElement>("h2")?.focus();
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : "Your answers were not sent. Try again.");
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <div ref={resultsRef}>
        <QuizResults
          questions={questions}
          results={result.results}
          score={result.score}
          total={result.total}
        />
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <div className="sticky top-0 z-10 -mx-1 rounded-lg bg-slate-50/95 px-1 py-2 backdrop-blur">
        <div className="flex items-center justify-between text-sm text-slate-700">
          <span id="quiz-progress-label">
            Answered {answered} of {total}
          </span>
          <span className="text-slate-500">
            {Math.round((answered / Math.max(1, total)) * 100)}%
          </span>
        </div>
        <progress
          aria-labelledby="quiz-progress-label"
          value={answered}
          max={total}
          className="mt-1 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
        />
      </div>

      <ol className="flex flex-col gap-4">
        {questions.map((q, i) => (
          <li key={q.id}>
            <fieldset className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <legend className="sr-only">
                Question {i + 1} of {total}: {q.prompt}
              </legend>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500" aria-hidden>
                Question {i + 1} of {total} · {TYPE_HINT[q.type]}
              </p>
              <p className="mt-1 text-lg text-slate-900" aria-hidden>
                {q.prompt}
              </p>
              {q.choices ? (
                <div className="mt-3 flex flex-col gap-2">
                  {q.choices.map((c) => (
                    <label
                      key={c}
                      className="flex min-h-10 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                    >
                      <input
                        type="radio"
                        name={`q-${q.id}`}
                        value={c}
                        checked={answers[q.id] === c}
                        onChange={() => setAnswers((a) => ({ ...a, [q.id]: c }))}
                        className="h-4 w-4 accent-brand-600"
                      />
                      <span>{c}</span>
                    </label>
                  ))}
                </div>
              ) : (
                <div className="mt-3 flex flex-col gap-1">
                  <label htmlFor={`a-${q.id}`} className="text-sm font-medium text-slate-800">
                    {q.type === "cloze" ? "Word or phrase for the blank" : "Your answer"}
                  </label>
                  <input
                    id={`a-${q.id}`}
                    type="text"
                    autoComplete="off"
                    maxLength={1000}
                    value={answers[q.id] ?? ""}
                    onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                    className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-600"
                  />
                </div>
              )}
            </fieldset>
          </li>
        ))}
      </ol>

      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Submit answers"}
        </Button>
        {answered < total ? (
          <p className="text-sm text-slate-600">
            {total - answered} unanswered{" "}
            {total - answered === 1 ? "question counts" : "questions count"} as wrong.
          </p>
        ) : null}
      </div>
    </form>
  );
}
