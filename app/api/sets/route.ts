import { requireRole } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { createSet, createSetSchema, listSets } from "@/lib/data/sets";

export const GET = route(async () => {
  const user = await requireRole("teacher");
  return json({ sets: await listSets(user) });
});

export const POST = route(async (req) => {
  const user = await requireRole("teacher");
  const input = await readJson(req, createSetSchema);
  return json(await createSet(user, input), 201);
});
