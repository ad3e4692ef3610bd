import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { getSet, updateSet, updateSetSchema } from "@/lib/data/sets";

const params = z.object({ id: idParam });

export const GET = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  return json(await getSet(user, id));
});

export const PATCH = route(async (req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  const input = await readJson(req, updateSetSchema);
  return json(await updateSet(user, id, input));
});
