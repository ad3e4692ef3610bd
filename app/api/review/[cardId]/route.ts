import { z } from "zod";
import { requireSession } from "@/lib/auth/session";
import { idParam, json, readJson, readParams, route } from "@/lib/http";
import { reviewBodySchema, reviewCard } from "@/lib/data/review";

const params = z.object({ cardId: idParam });

export const POST = route(async (req, ctx) => {
  // The rating checks the session where it writes (requireSession), not with a lookup of its own.
  const session = await requireSession();
  const { cardId } = await readParams(ctx, params);
  const body = await readJson(req, reviewBodySchema);
  return json(await reviewCard(session, cardId, body));
});
