import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { answerSchema, identifyViewer, playerCookie } from "@/lib/data/live";
import { submitAnswer } from "@/lib/data/live-play";

const params = z.object({ id: idParam });

export const POST = route(async (req, ctx) => {
  const { id } = await readParams(ctx, params);
  const user = await getCurrentUser();
  const viewer = await identifyViewer(user, id, req.cookies.get(playerCookie(id))?.value);
  if (viewer.role !== "player") throw new AppError("forbidden", "The host does not answer.");
  const input = await readJson(req, answerSchema);
  return json(await submitAnswer(viewer.playerId, id, input));
});
