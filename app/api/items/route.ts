import { requireRole } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { itemsBulkSchema, updateItemStatuses } from "@/lib/data/items";

export const PATCH = route(async (req) => {
  const user = await requireRole("teacher");
  const changes = await readJson(req, itemsBulkSchema);
  return json(await updateItemStatuses(user, changes));
});
