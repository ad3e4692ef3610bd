import { requireUser } from "@/lib/auth/session";
import { json, route } from "@/lib/http";

export const GET = route(async () => {
  const { id, email, name, role } = await requireUser();
  return json({ id, email, name, role });
});
