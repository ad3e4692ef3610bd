import { json, readJson, route } from "@/lib/http";
import { createUser, signupSchema } from "@/lib/data/users";

export const POST = route(async (req) => {
  const input = await readJson(req, signupSchema);
  const user = await createUser(input);
  return json({ user }, 201);
});
