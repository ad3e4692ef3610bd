import type { DocumentFormat } from "./sniff";

/** What an upload yields before anything is stored: the teacher previews and confirms this. */
export interface ExtractedDocument {
  format: DocumentFormat;
  /** The document's own title (its first heading or metadata), "" when it has none. */
  title: string;
  byline: string;
  /** Plain prose, paragraphs separated by a blank line; the title is not repeated in it. */
  text: string;
}
