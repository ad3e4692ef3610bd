import { requireUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/rate-limit";
import { json, readJson, route } from "@/lib/http";
import { changePassword, passwordChangeSchema } from "@/lib/data/users";

/** Every session of the account ends, this one too: the client signs in again with the new password. */
export const POST = route(async (req) => {
  const user = await requireUser();
  const input = await readJson(req, passwordChangeSchema);
  await changePassword(user, input, clientAddress(req.headers));
  return json({ changed: true, signedOut: true });
});
