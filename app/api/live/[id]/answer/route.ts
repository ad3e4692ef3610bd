import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { answerSchema, identifyPlayer, playerCookie } from "@/lib/data/live";
import { submitAnswer } from "@/lib/data/live-play";

const params = z.object({ id: idParam });

export const POST = route(async (req, ctx) => {
  const { id } = await readParams(ctx, params);
  const user = await getCurrentUser();
  const playerId = await identifyPlayer(user, id, req.cookies.get(playerCookie(id))?.value);
  const input = await readJson(req, answerSchema);
  return json(await submitAnswer(playerId, id, input));
});
