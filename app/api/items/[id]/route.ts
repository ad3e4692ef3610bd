import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { itemPatchSchema, updateItem } from "@/lib/data/items";

const params = z.object({ id: idParam });

export const PATCH = route(async (req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  const patch = await readJson(req, itemPatchSchema);
  return json(await updateItem(user, id, patch));
});
