import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { json, readParams, readQuery, route, slugParam } from "@/lib/http";
import { itemsQuerySchema, listEssayItems } from "@/lib/data/items";

const params = z.object({ slug: slugParam });

export const GET = route(async (req, ctx) => {
  const user = await requireUser();
  const { slug } = await readParams(ctx, params);
  const filter = readQuery(req, itemsQuerySchema);
  return json({ items: await listEssayItems(user, slug, filter) });
});
