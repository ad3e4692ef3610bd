import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { json, readParams, route, slugParam } from "@/lib/http";
import { setEssayShared } from "@/lib/data/essays";

const params = z.object({ slug: slugParam });

/** Shares the caller's essay to the library: every signed-in user may read it. */
export const POST = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { slug } = await readParams(ctx, params);
  return json(await setEssayShared(user, slug, true));
});

/** Takes the essay back out of the library: private again (sets already built keep it). */
export const DELETE = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { slug } = await readParams(ctx, params);
  return json(await setEssayShared(user, slug, false));
});
