import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { listQuizzes } from "@/lib/data/quizzes";
import { Badge, Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { StartQuizForm } from "./_components/start-quiz-form";

export const metadata: Metadata = { title: "Quizzes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuizzesPage({ searchParams }: Props) {
  const sp = await searchParams;
  const essayParam = typeof sp.essay === "string" ? sp.essay : undefined;
  const user = await requirePageUser(`/quizzes${essayParam ? `?essay=${essayParam}` : ""}`);
  const [essays, quizzes] = await Promise.all([listEssays(user), listQuizzes(user)]);
  const quizzable = essays.filter((e) => e.questionCount > 0);

  return (
    <>
      <PageHeader
        title="Quizzes"
        description="Test yourself on an essay. Every answer shows the sentence it comes from, and what you miss comes back in your reviews."
      />
      <Card className="mb-8">
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Start a quiz</h2>
        {quizzable.length ? (
          <StartQuizForm essays={quizzable} initialEssay={essayParam} />
        ) : (
          <p className="text-slate-600">
            No essay has published questions yet.{" "}
            <Link href="/essays" className="text-brand-700 underline">
              Browse the essays
            </Link>
            .
          </p>
        )}
      </Card>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Your quizzes
        </h2>
        {quizzes.length === 0 ? (
          <EmptyState title="No quizzes yet">
            Start one above: your scores will be listed here.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Your quizzes, newest first</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Quiz
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Started
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Score
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {quizzes.map((q) => (
                  <tr key={q.id}>
                    <td className="px-4 py-2">
                      <Link
                        href={`/quizzes/${q.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {q.title}
                      </Link>
                    </td>
                    <td className="px-4 py-2 text-slate-600">
                      <LocalTime iso={q.createdAt} />
                    </td>
                    <td className="whitespace-nowrap px-4 py-2">
                      {q.score === null ? (
                        <Badge tone="amber">Not submitted</Badge>
                      ) : (
                        <span className="font-medium text-slate-900">
                          {q.score} / {q.total}
                          <span className="ml-2 text-slate-500">
                            ({Math.round((q.score / Math.max(1, q.total)) * 100)}%)
                          </span>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {quizzes.length > 0 ? (
          <p className="mt-3 text-sm text-slate-600">
            Missed questions wait for you in{" "}
            <Link href="/review" className="font-medium text-brand-700 underline">
              your reviews
            </Link>
            .
          </p>
        ) : null}
      </section>
    </>
  );
}
