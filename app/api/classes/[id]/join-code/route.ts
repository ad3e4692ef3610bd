import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { idParam, json, readParams, route } from "@/lib/http";
import { rotateJoinCode } from "@/lib/data/classes";

const params = z.object({ id: idParam });

export const POST = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  return json(await rotateJoinCode(user, id));
});
