import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { json, readParams, route, slugParam } from "@/lib/http";
import { regenerateEssay } from "@/lib/data/essays";

const params = z.object({ slug: slugParam });

export const POST = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { slug } = await readParams(ctx, params);
  const r = await regenerateEssay(user, slug);
  return json({
    slug: r.slug,
    claimCount: r.claimCount,
    itemCount: r.itemCount,
    retiredItems: r.retiredItems,
  });
});
