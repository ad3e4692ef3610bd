/**
 * CSV as RFC 4180 wants it (CRLF, quotes doubled), and safe to open in a spreadsheet: a cell that
 * starts with = + - @ (or a tab / carriage return) would run as a formula, so it gets a leading '.
 */
export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvRows(rows: Cell[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A file name made only of safe characters: a title never breaks the Content-Disposition header. */
export function safeFileName(parts: string[], ext: string, fallback = "report"): string {
  const base = parts
    .join("-")
    .toLowerCase()
    .normalize("NFKD")
    // Accents come apart from their letters under NFKD; dropping them keeps "é" an "e", not "e-".
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || fallback}.${ext}`;
}
