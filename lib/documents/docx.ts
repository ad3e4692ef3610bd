import mammoth from "mammoth";
import { Unzip, UnzipInflate } from "fflate";
import { AppError } from "@/lib/errors";
import { blocksToText, htmlBlocks } from "./blocks";
import { formatMb, MAX_DOCX_UNPACKED_BYTES } from "./limits";
import type { ExtractedDocument } from "./types";

const bomb = () =>
  new AppError(
    "too_large",
    `This Word document unpacks to more than ${formatMb(MAX_DOCX_UNPACKED_BYTES)}. Save a shorter document, or paste its text.`,
  );
const unreadable = () =>
  new AppError(
    "invalid",
    "This Word document could not be read. Open it in Word and save it again as .docx, or paste its text.",
  );

/**
 * Unpacks every entry with a running count, so a zip bomb is stopped at the limit whatever sizes
 * its headers claim. Returns the entry names.
 */
export function checkZip(bytes: Uint8Array, limit = MAX_DOCX_UNPACKED_BYTES): string[] {
  const names: string[] = [];
  let total = 0;
  let failed: AppError | null = null;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (file.originalSize !== undefined && file.originalSize > limit) failed ??= bomb();
    file.ondata = (err, chunk) => {
      if (err) failed ??= unreadable();
      total += chunk?.length ?? 0;
      if (total > limit) {
        failed ??= bomb();
        file.terminate();
      }
    };
    if (!failed) file.start();
  });
  unzip.register(UnzipInflate);
  const CHUNK = 64 * 1024;
  try {
    for (let i = 0; i < bytes.length && !failed; i += CHUNK) {
      unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    }
  } catch {
    failed ??= unreadable();
  }
  if (failed) throw failed;
  return names;
}

/** Word's Title and Subtitle styles are headings too (mammoth's default map reads them as prose). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A Word document's headings and paragraphs, through mammoth, once the zip is known to be safe. */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const names = checkZip(bytes);
  if (!names.includes("word/document.xml")) throw unreadable();
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP }))
      .value;
  } catch {
    throw unreadable();
  }
  const blocks = htmlBlocks(html);
  const first = blocks.find((b) => b.heading);
  const title = first && blocks.indexOf(first) === 0 ? first.text : "";
  const text = blocksToText(blocks, title);
  if (!text.trim()) {
    throw new AppError("invalid", "This Word document has no text. Check it is the right file.");
  }
  return { format: "docx", title, byline: "", text };
}
