import { requireUser } from "@/lib/auth/session";
import { json, route } from "@/lib/http";
import { undoLastReview } from "@/lib/data/review";

export const POST = route(async () => {
  const user = await requireUser();
  return json(await undoLastReview(user));
});
