import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { idParam, json, readParams, route } from "@/lib/http";
import { getQuiz } from "@/lib/data/quizzes";

const params = z.object({ id: idParam });

export const GET = route(async (_req, ctx) => {
  const user = await requireUser();
  const { id } = await readParams(ctx, params);
  return json(await getQuiz(user, id));
});
