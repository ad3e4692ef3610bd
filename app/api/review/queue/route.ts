import { requireUser } from "@/lib/auth/session";
import { json, readQuery, route } from "@/lib/http";
import { getReviewQueue, queueQuerySchema } from "@/lib/data/review";

export const GET = route(async (req) => {
  const user = await requireUser();
  const query = readQuery(req, queueQuerySchema);
  return json(await getReviewQueue(user, query));
});
