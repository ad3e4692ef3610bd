/**
 * Recognises an upload's format from its first bytes, not its name: a renamed file is read as
 * what it is. Pure and dependency-free so the page can refuse a binary file before sending it.
 */
export const DOCUMENT_FORMATS = ["pdf", "docx", "html", "markdown", "text"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export type Sniffed = DocumentFormat | "zip" | "binary";

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Share of control characters above which a file is binary rather than text. */
const MAX_CONTROL_SHARE = 0.02;

function isText(head: Uint8Array): boolean {
  if (!head.length) return true;
  let odd = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) odd++;
  }
  if (odd / head.length > MAX_CONTROL_SHARE) return false;
  // Not valid UTF-8 (a cut-off character at the end of the sample is fine): binary.
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, lastWholeChar(head)));
    return true;
  } catch {
    return false;
  }
}

/** Index after the last complete UTF-8 character in a sample that may end mid-character. */
function lastWholeChar(b: Uint8Array): number {
  const i = b.length;
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const c = b[i - back]!;
    if ((c & 0xc0) === 0xc0) return i - back; // a lead byte whose tail was cut
    if ((c & 0x80) === 0) break;
  }
  return i;
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const HTML_BLOCKS = /<(?:p|div|article|h[1-6])[\s>][\s\S]*<\/(?:p|div|article|h[1-6])>/i;
const MARKDOWN =
  /^(?:#{1,6}\s+\S|---\n[\s\S]*?\n---\n|\s*[-*+]\s+\S|\s*\d+\.\s+\S)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/m;

/** What the bytes are. A ZIP that is not a Word document, or any other binary file, is refused. */
export function sniffFormat(head: Uint8Array, zipEntries?: string[]): Sniffed {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    if (!zipEntries) return "zip";
    return zipEntries.includes("word/document.xml") ? "docx" : "zip";
  }
  const body = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  if (!isText(body)) return "binary";
  const text = new TextDecoder().decode(body.subarray(0, lastWholeChar(body)));
  if (HTML_START.test(text) || HTML_BLOCKS.test(text.slice(0, 4096))) return "html";
  return MARKDOWN.test(text) ? "markdown" : "text";
}

/** Bytes the page and server look at to decide a format. */
export const SNIFF_BYTES = 8192;

export const FORMAT_LABEL: Record<DocumentFormat, string> = {
  pdf: "PDF",
  docx: "Word document",
  html: "web page",
  markdown: "Markdown",
  text: "plain text",
};
