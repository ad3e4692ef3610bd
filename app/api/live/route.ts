import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { json, readJson, route } from "@/lib/http";
import { createGame, createLiveSchema } from "@/lib/data/live";

export const POST = route(async (req) => {
  const user = await requireRole("teacher");
  const input = await readJson(req, createLiveSchema);
  const origin = env().NEXTAUTH_URL?.replace(/\/$/, "") ?? req.nextUrl.origin;
  return json(await createGame(user, input, origin), 201);
});
