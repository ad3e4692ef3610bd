import { requireUser } from "@/lib/auth/session";
import { json, route } from "@/lib/http";
import { getStats } from "@/lib/data/stats";

export const GET = route(async () => {
  const user = await requireUser();
  return json(await getStats(user));
});
