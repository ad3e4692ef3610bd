import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { getQuiz } from "@/lib/data/quizzes";
import { AppError } from "@/lib/errors";
import { idParam } from "@/lib/http";
import { PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { QuizResults } from "../_components/quiz-results";
import { QuizRunner } from "../_components/quiz-runner";

export const metadata: Metadata = { title: "Quiz" };

type Props = { params: Promise<{ id: string }> };

export default async function QuizPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/quizzes/${id}`);
  if (!idParam.safeParse(id).success) notFound();
  const quiz = await getQuiz(user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  return (
    <>
      <PageHeader
        title={`Quiz: ${quiz.title}`}
        description={
          quiz.results ? (
            quiz.submittedAt ? (
              <>
                Submitted <LocalTime iso={quiz.submittedAt} />.
              </>
            ) : null
          ) : (
            `${quiz.total} questions. Answer what you can, then submit: unanswered questions count as wrong.`
          )
        }
      />
      {quiz.results ? (
        <QuizResults
          questions={quiz.questions}
          results={quiz.results}
          score={quiz.score ?? 0}
          total={quiz.total}
        />
      ) : (
        <QuizRunner quizId={quiz.id} questions={quiz.questions} />
      )}
    </>
  );
}
