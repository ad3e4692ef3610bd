import { requireUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { createQuiz, createQuizSchema, listQuizzes } from "@/lib/data/quizzes";

export const GET = route(async () => {
  const user = await requireUser();
  return json({ quizzes: await listQuizzes(user) });
});

export const POST = route(async (req) => {
  const user = await requireUser();
  const input = await readJson(req, createQuizSchema);
  const quiz = await createQuiz(user, input);
  return json(
    { id: quiz.id, title: quiz.title, total: quiz.total, questions: quiz.questions },
    201,
  );
});
