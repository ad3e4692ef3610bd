/**
 * Upload limits, shared by the page (which states them and checks before sending) and the server
 * (which enforces them), so the two can never disagree.
 */

/** Largest essay text, after extraction from any format (UTF-8 bytes). */
export const MAX_ESSAY_BYTES = 200 * 1024;
/** Largest uploaded file as sent (PDF and DOCX carry fonts and zip overhead around the text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Largest total a DOCX may unpack to: a zip bomb is refused before mammoth sees it. */
export const MAX_DOCX_UNPACKED_BYTES = 30 * 1024 * 1024;
/** Most pages read from a PDF. */
export const MAX_PDF_PAGES = 300;
/** Fewest words an essay needs to be worth generating from. */
export const MIN_ESSAY_WORDS = 20;

export const formatKb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
export const formatMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
