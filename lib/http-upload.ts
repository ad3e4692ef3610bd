import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_FILE_BYTES, formatMb } from "@/lib/documents/limits";

/** Room for the multipart envelope and the small text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export function isMultipart(req: Request): boolean {
  return /^multipart\/form-data\b/i.test(req.headers.get("content-type") ?? "");
}

const tooLarge = () =>
  new AppError(
    "too_large",
    `The file is larger than ${formatMb(MAX_FILE_BYTES)}. Upload a smaller file.`,
  );

/** Reads at most `max` bytes of the body, refusing more whatever Content-Length claims. */
async function readCapped(req: Request, max: number): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? "0") > max) throw tooLarge();
  const reader = req.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A multipart/form-data upload with one `file` and text fields: the file's bytes and name, and
 * the fields checked against the schema (unknown fields dropped).
 */
export async function readUpload<S extends z.ZodType>(
  req: Request,
  fields: S,
): Promise<{ bytes: Uint8Array; fileName: string; fields: z.infer<S> }> {
  const body = await readCapped(req, MAX_FILE_BYTES + ENVELOPE_BYTES);
  let form: FormData;
  try {
    form = await new Response(new Blob([body as Uint8Array<ArrayBuffer>]), {
      headers: { "content-type": req.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError(
      "bad_request",
      "The upload could not be read. Send multipart/form-data with the document in a field named file.",
    );
  }
  const file = form.get("file");
  if (!file || typeof file === "string") {
    throw new AppError("invalid", "No file was sent. Choose the essay's document and try again.");
  }
  if (file.size > MAX_FILE_BYTES) throw tooLarge();
  const raw: Record<string, string> = {};
  for (const [k, v] of form) if (k !== "file" && typeof v === "string") raw[k] = v;
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name.replace(/[\u0000-\u001f]/g, "").slice(0, 255),
    fields: fields.parse(raw),
  };
}
