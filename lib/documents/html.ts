import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "@/lib/errors";
import { blocksToText, htmlBlocks } from "./blocks";
import type { ExtractedDocument } from "./types";

/** Share widgets, ads and sign-up boxes that Readability can keep when they sit inside the article. */
const FURNITURE =
  "script, style, noscript, iframe, form, nav, aside, figure, figcaption, [class*='share' i], [class*='social' i], [class*='advert' i], [class*='promo' i], [class*='newsletter' i], [id*='share' i], [aria-hidden='true']";

/**
 * A saved web page or pasted HTML to its article. Nothing in it runs: linkedom builds a DOM without
 * executing scripts, and scripts are removed before Readability reads it.
 */
export function extractHtml(html: string): ExtractedDocument {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove();
  const heading = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const content = article?.content ?? document.body?.innerHTML ?? "";
  const blocks = htmlBlocks(content);
  // The article's own heading beats a <title> carrying the site's name ("Story | The Daily").
  const title = (heading || article?.title || "").trim();
  const text = blocksToText(blocks, title);
  if (!text.trim()) {
    throw new AppError(
      "invalid",
      "No article text was found in this web page. Paste the article's text instead.",
    );
  }
  return {
    format: "html",
    title,
    byline: (article?.byline ?? "").replace(/^\s*by\s+/i, "").trim(),
    text,
  };
}
