import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { controlSchema } from "@/lib/data/live";
import { controlGame } from "@/lib/data/live-play";

const params = z.object({ id: idParam });

export const POST = route(async (req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  const { action } = await readJson(req, controlSchema);
  return json(await controlGame(user, id, action));
});
