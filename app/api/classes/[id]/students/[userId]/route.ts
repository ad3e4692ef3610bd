import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { idParam, json, readParams, route } from "@/lib/http";
import { removeStudent, restoreStudent } from "@/lib/data/classes";

const params = z.object({ id: idParam, userId: idParam });

export const DELETE = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { id, userId } = await readParams(ctx, params);
  return json(await removeStudent(user, id, userId));
});

/** Lets a removed student back into the class. */
export const PUT = route(async (_req, ctx) => {
  const user = await requireRole("teacher");
  const { id, userId } = await readParams(ctx, params);
  return json(await restoreStudent(user, id, userId));
});
