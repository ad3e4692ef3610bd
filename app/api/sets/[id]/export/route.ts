import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { idParam, readParams, readQuery, route } from "@/lib/http";
import { exportQuerySchema, getSetExport } from "@/lib/data/exports";
import { deckDownload } from "@/lib/export/respond";

const params = z.object({ id: idParam });

export const GET = route(async (req, ctx) => {
  const user = await requireUser();
  const { id } = await readParams(ctx, params);
  const { format } = readQuery(req, exportQuerySchema);
  return deckDownload(await getSetExport(user, id), format);
});
