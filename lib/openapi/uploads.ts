import { MAX_ESSAY_BYTES, MAX_FILE_BYTES, formatKb, formatMb } from "@/lib/documents/limits";
import { DOCUMENT_FORMATS } from "@/lib/documents/sniff";
import { errorResponses, int, obj, ok, pathParam, str, type Schema } from "./helpers";

/** Essay uploads: JSON or a document, the preview step, and progress. */

const format: Schema = { type: "string", enum: [...DOCUMENT_FORMATS] };
const uploadId: Schema = {
  type: "string",
  pattern: "^[A-Za-z0-9_-]{8,64}$",
  description:
    "Optional: an id the caller chooses for this upload, to poll GET /api/essays/uploads/{uploadId} while the request runs.",
};
const created = ok(obj({ slug: str, claimCount: int, itemCount: int }), "201", "Created");
const limits = `Documents up to ${formatMb(MAX_FILE_BYTES)}; extracted text up to ${formatKb(MAX_ESSAY_BYTES)}.`;

const multipartFile = (extra: Record<string, Schema>) => ({
  "multipart/form-data": {
    schema: obj(
      {
        file: {
          type: "string",
          format: "binary",
          description:
            "HTML, PDF, DOCX, Markdown or plain text, recognised by its content, not its name.",
        },
        ...extra,
      },
      ["file"],
    ),
  },
});

export const essayPost = {
  summary: `Teacher: add an essay. JSON {title, text, source?} (Markdown or plain text), or multipart/form-data with a document in \`file\`. ${limits} The essay is queued; a job runner (a low-priority process on any instance) generates and stores it, off every request's path; the answer comes once every item is stored. 429 when 8 essays already wait; 500 with a message when the runner stopped part-way (nothing is left stored). Claims are extracted and items generated; the best are published, the rest kept as drafts (at most a few per claim).`,
  requestBody: {
    required: true,
    content: {
      "application/json": {
        schema: obj(
          {
            title: { type: "string", maxLength: 200 },
            text: str,
            source: { type: "string", maxLength: 500 },
            uploadId,
            fileName: {
              type: "string",
              maxLength: 255,
              description: "The file the text came from, as POST /api/essays/extract named it.",
            },
            fileType: {
              ...format,
              description: "Its format, as POST /api/essays/extract found it.",
            },
          },
          ["title", "text"],
        ),
      },
      ...multipartFile({
        title: {
          type: "string",
          maxLength: 200,
          description: "Defaults to the document's own title (its first heading or metadata).",
        },
        source: {
          type: "string",
          maxLength: 500,
          description: "Defaults to a web page's byline.",
        },
        uploadId,
      }),
    },
  },
  responses: {
    ...created,
    ...errorResponses(400, 401, 403, 413, 422, 429),
  },
};

export const uploadPaths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/essays/extract": {
    post: {
      summary: `Teacher: the preview step. The document's extracted title, byline and text, stored nowhere; the teacher checks or edits it, then sends it to POST /api/essays as JSON (with fileName and fileType). ${limits} A PDF with no text layer is a 422 ("this PDF is scanned images; OCR it first"); a DOCX that unpacks beyond the limit is a 413.`,
      requestBody: { required: true, content: multipartFile({}) },
      responses: {
        ...ok(obj({ format, title: str, byline: str, text: str, fileName: str })),
        ...errorResponses(400, 401, 403, 413, 422),
      },
    },
  },
  "/api/essays/uploads/{uploadId}": {
    get: {
      summary:
        "Teacher: progress of one of the caller's uploads, from whichever instance answers. stage: queued (waiting for a job runner), extracting, generating, storing (with itemsStored of itemsTotal), done (with slug) or failed (with error).",
      parameters: [pathParam("uploadId", "The id the caller sent with the upload")],
      responses: {
        ...ok(
          obj({
            uploadId: str,
            stage: {
              type: "string",
              enum: ["queued", "extracting", "generating", "storing", "done", "failed"],
            },
            itemsTotal: int,
            itemsStored: int,
            slug: { type: ["string", "null"] },
            error: { type: ["string", "null"] },
          }),
        ),
        ...errorResponses(401, 403, 404),
      },
    },
  },
};
