import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { checkBodySchema, checkTypedAnswer } from "@/lib/data/review";

const params = z.object({ cardId: idParam });

export const POST = route(async (req, ctx) => {
  const user = await requireUser();
  const { cardId } = await readParams(ctx, params);
  const { response } = await readJson(req, checkBodySchema);
  return json(await checkTypedAnswer(user, cardId, response));
});
