import { requireUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { getSettings, settingsPatchSchema, updateSettings } from "@/lib/data/settings";

export const GET = route(async () => {
  const user = await requireUser();
  return json(await getSettings(user));
});

export const PATCH = route(async (req) => {
  const user = await requireUser();
  const patch = await readJson(req, settingsPatchSchema);
  return json(await updateSettings(user, patch));
});
