import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { json, readParams, route, slugParam } from "@/lib/http";
import { getEssay } from "@/lib/data/essays";

const params = z.object({ slug: slugParam });

export const GET = route(async (_req, ctx) => {
  const user = await requireUser();
  const { slug } = await readParams(ctx, params);
  const essay = await getEssay(user, slug);
  return json({ ...essay, ownerId: undefined });
});
