import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { submitQuiz, submitQuizSchema } from "@/lib/data/quizzes";

const params = z.object({ id: idParam });

export const POST = route(async (req, ctx) => {
  const user = await requireUser();
  const { id } = await readParams(ctx, params);
  const input = await readJson(req, submitQuizSchema);
  return json(await submitQuiz(user, id, input));
});
