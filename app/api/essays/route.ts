import { requireRole, requireUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import { isMultipart, readUpload } from "@/lib/http-upload";
import {
  createEssay,
  createEssayFromFile,
  createEssaySchema,
  listEssays,
  MAX_ESSAY_BYTES,
  uploadFieldsSchema,
} from "@/lib/data/essays";

export const GET = route(async () => {
  const user = await requireUser();
  return json({ essays: await listEssays(user) });
});

/** JSON {title, text, source?} or multipart/form-data with a document in `file`. */
export const POST = route(
  async (req) => {
    const user = await requireRole("teacher");
    if (isMultipart(req)) {
      return json(await createEssayFromFile(user, await readUpload(req, uploadFieldsSchema)), 201);
    }
    // Room for JSON escaping on top of the essay's own limit; the essay's size is checked exactly later.
    const input = await readJson(req, createEssaySchema, { maxBytes: MAX_ESSAY_BYTES * 2 });
    return json(await createEssay(user, input), 201);
  },
  // The contract's file upload (multipart/form-data with a `file`) is the one non-JSON body.
  { accepts: ["application/json", "multipart/form-data"] },
);
