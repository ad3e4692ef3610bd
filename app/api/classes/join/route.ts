import { requireRole } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { joinClass, joinClassSchema } from "@/lib/data/classes";

export const POST = route(async (req) => {
  const user = await requireRole("student");
  const input = await readJson(req, joinClassSchema);
  return json(await joinClass(user, input));
});
