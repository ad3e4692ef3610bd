import { AppError } from "@/lib/errors";
import { extractDocx, checkZip } from "./docx";
import { extractHtml } from "./html";
import { extractPdf } from "./pdf";
import { extractText } from "./text";
import { MAX_ESSAY_BYTES, MAX_FILE_BYTES, formatKb, formatMb } from "./limits";
import { sniffFormat, SNIFF_BYTES } from "./sniff";
import type { ExtractedDocument } from "./types";

export type { ExtractedDocument } from "./types";

/**
 * Any supported document to its title, byline and prose, recognised by content. Refuses what it
 * cannot read with a 4xx that says what to do; nothing is stored here.
 */
export async function extractDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new AppError(
      "too_large",
      `The file is ${formatMb(bytes.length)}; the limit is ${formatMb(MAX_FILE_BYTES)}.`,
    );
  }
  if (!bytes.length) throw new AppError("invalid", "The file is empty. Choose the essay's file.");
  let format = sniffFormat(bytes.subarray(0, SNIFF_BYTES));
  if (format === "zip") format = sniffFormat(bytes.subarray(0, SNIFF_BYTES), checkZip(bytes));
  let doc: ExtractedDocument;
  switch (format) {
    case "pdf":
      doc = await extractPdf(bytes);
      break;
    case "docx":
      doc = await extractDocx(bytes);
      break;
    case "html":
    case "markdown":
    case "text": {
      const raw = decode(bytes);
      doc = format === "html" ? extractHtml(raw) : extractText(raw, format);
      break;
    }
    default:
      throw new AppError(
        "invalid",
        "This file is not a document Claimdeck reads. Upload a PDF, Word (.docx), web page (.html), Markdown or plain-text file.",
      );
  }
  if (Buffer.byteLength(doc.text, "utf8") > MAX_ESSAY_BYTES) {
    throw new AppError(
      "too_large",
      `The document's text is larger than ${formatKb(MAX_ESSAY_BYTES)}. Split it into shorter essays.`,
    );
  }
  return doc;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      "invalid",
      "This text file is not UTF-8. Save it as UTF-8 text, or paste its text.",
    );
  }
}
