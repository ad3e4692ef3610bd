import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { readParams, readQuery, route, slugParam } from "@/lib/http";
import { exportQuerySchema, getEssayExport } from "@/lib/data/exports";
import { deckDownload } from "@/lib/export/respond";

const params = z.object({ slug: slugParam });

export const GET = route(async (req, ctx) => {
  const user = await requireUser();
  const { slug } = await readParams(ctx, params);
  const { format } = readQuery(req, exportQuerySchema);
  return deckDownload(await getEssayExport(user, slug), format);
});
