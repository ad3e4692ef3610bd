import { setImmediate as yieldToOthers } from "node:timers/promises";
import { AppError } from "@/lib/errors";
import { MAX_ESSAY_BYTES, MAX_PDF_PAGES, formatKb } from "./limits";
import { layoutPdf, type PdfPage, type Run } from "./pdf-layout";
import type { ExtractedDocument } from "./types";

const malformed = () =>
  new AppError(
    "invalid",
    "This PDF could not be read: it is damaged or protected. Save it again as PDF, or paste its text.",
  );

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Loaded on first use: pdf.js is large and only PDF uploads need it. */
async function pdfjs() {
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

async function readPages(bytes: Uint8Array): Promise<{ pages: PdfPage[]; metaTitle: string }> {
  const { getDocument } = await pdfjs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch(() => {
      throw malformed();
    });
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new AppError(
        "too_large",
        `This PDF has ${doc.numPages} pages; Claimdeck reads up to ${MAX_PDF_PAGES}. Split it into shorter documents.`,
      );
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as
      { Title?: unknown } | undefined;
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch(() => {
        throw malformed();
      });
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const content = await page.getTextContent().catch(() => {
        throw malformed();
      });
      const runs: Run[] = [];
      for (const item of content.items as TextItem[]) {
        if (!item.str || !item.transform) continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
        runs.push({
          text: item.str,
          x: e - x0,
          y: f - y0,
          width: item.width ?? 0,
          size: Math.hypot(a, b) || item.height || 0,
        });
        chars += item.str.length;
      }
      if (chars > MAX_ESSAY_BYTES * 4) {
        throw new AppError(
          "too_large",
          `This PDF holds far more than ${formatKb(MAX_ESSAY_BYTES)} of text. Split it into shorter documents.`,
        );
      }
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
      // pdf.js parses on this thread: let other requests run between pages.
      await yieldToOthers();
    }
    const metaTitle = typeof info?.Title === "string" ? info.Title.trim() : "";
    return { pages, metaTitle };
  } finally {
    await task.destroy();
  }
}

/** Fewer words than this in the whole PDF means it has no text layer: it is pictures of pages. */
const MIN_TEXT_LAYER_WORDS = 5;

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const { pages, metaTitle } = await readPages(bytes);
  const { title, paragraphs } = layoutPdf(pages);
  const text = paragraphs.join("\n\n");
  if (text.split(/\s+/).filter(Boolean).length < MIN_TEXT_LAYER_WORDS) {
    throw new AppError("invalid", "This PDF is scanned images; OCR it first.");
  }
  return { format: "pdf", title: title || metaTitle, byline: "", text };
}
