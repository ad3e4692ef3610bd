import { requireRole, requireUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { createClass, createClassSchema, listClasses } from "@/lib/data/classes";

export const GET = route(async () => {
  const user = await requireUser();
  return json({ classes: await listClasses(user) });
});

export const POST = route(async (req) => {
  const user = await requireRole("teacher");
  const input = await readJson(req, createClassSchema);
  return json(await createClass(user, input), 201);
});
