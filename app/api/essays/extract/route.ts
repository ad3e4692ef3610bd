import { requireRole } from "@/lib/auth/session";
import { json, route } from "@/lib/http";
import { isMultipart, readUpload } from "@/lib/http-upload";
import { AppError } from "@/lib/errors";
import { extractInWorker } from "@/lib/content/generate-pool";
import { z } from "zod";

/**
 * The preview step: a document's extracted title, byline and text, stored nowhere. The teacher
 * checks (and may edit) it, then sends it to POST /api/essays.
 */
export const POST = route(
  async (req) => {
    await requireRole("teacher");
    if (!isMultipart(req)) {
      throw new AppError(
        "bad_request",
        "Send the document as multipart/form-data in a field named file.",
      );
    }
    const upload = await readUpload(req, z.object({}));
    const doc = await extractInWorker(upload.bytes);
    return json({ ...doc, fileName: upload.fileName });
  },
  // JSON reaches the handler so that sign-in and role are checked first; it then asks for a file.
  { accepts: ["application/json", "multipart/form-data"] },
);
