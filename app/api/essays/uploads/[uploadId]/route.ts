import { requireRole } from "@/lib/auth/session";
import { json, readParams, route } from "@/lib/http";
import { getUpload, uploadIdSchema } from "@/lib/data/uploads";
import { z } from "zod";

/** An upload's progress, on whichever instance the page reaches (the rows live in the database). */
export const GET = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { uploadId } = await readParams(ctx, z.object({ uploadId: uploadIdSchema }));
  return json(await getUpload(user, uploadId));
});
