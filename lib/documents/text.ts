import { markdownToText } from "@/lib/content/markdown-to-text";
import type { ExtractedDocument } from "./types";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const FRONT_TITLE = /^title:\s*["']?(.+?)["']?\s*$/m;
const ATX_HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const SETEXT_RULE = /^(=+|-+)\s*$/;
/** A plain-text first line is a title when it is short, alone, and does not end a sentence. */
const MAX_TITLE_CHARS = 150;

/**
 * Markdown or plain text: the title is the front matter's, else the first heading (or a short first
 * line standing alone), and that heading is taken out of the body so it is not read as prose.
 */
export function extractText(raw: string, format: "markdown" | "text"): ExtractedDocument {
  let text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let title = "";
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    title = FRONT_TITLE.exec(fm[1]!)?.[1]?.trim() ?? "";
    text = text.slice(fm[0].length);
  }
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim());
  if (first >= 0) {
    const line = lines[first]!.trim();
    const atx = ATX_HEADING.exec(line);
    const setext = SETEXT_RULE.test(lines[first + 1] ?? "") && format === "markdown";
    const lone =
      format === "text" &&
      line.length <= MAX_TITLE_CHARS &&
      !/[.!?,;:]$/.test(line) &&
      !(lines[first + 1] ?? "").trim();
    const heading = atx ? atx[1]! : setext || lone ? line : null;
    if (heading !== null && (!title || sameText(title, heading))) {
      title ||= heading;
      lines.splice(first, setext ? 2 : 1);
      text = lines.join("\n");
    }
  }
  return { format, title, byline: "", text: markdownToText(text) };
}

const sameText = (a: string, b: string) =>
  a.replace(/\W+/g, " ").trim().toLowerCase() === b.replace(/\W+/g, " ").trim().toLowerCase();
