/**
 * Rebuilds prose from positioned PDF text: columns read in order, running headers, footers and
 * page numbers dropped, hyphenated line ends joined, paragraphs from line gaps. Pure: positioned
 * text in, paragraphs out, so each rule can be tested on its own.
 */

export interface Run {
  text: string;
  x: number;
  /** Baseline, from the page's bottom (PDF space). */
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: Run[];
}

interface Line {
  page: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
  /** 0 spanning or single column, 1 left column, 2 right column. */
  column: number;
}

/** Thresholds of the layout rules, named once. */
export const LAYOUT = {
  /** Runs whose baselines differ by less than this share of the font size are one line. */
  sameLine: 0.35,
  /** A gutter between columns is looked for in this middle band of the page width. */
  gutterBand: [0.3, 0.7] as const,
  /** Each column must hold at least this share of the page's runs. */
  minColumnShare: 0.2,
  /** Lines this close to the page's top or bottom edge (share of its height) may be furniture. */
  margin: 0.12,
  /** Margin text repeated on this share of pages (and at least two) is a running header or footer. */
  repeatedShare: 0.5,
  /** A gap this many times the usual line spacing starts a new paragraph. */
  paragraphGap: 1.45,
  /** A line this much larger than body text is a heading. */
  headingSize: 1.2,
  /** A heading this much larger than body text on page one is the document's title. */
  titleSize: 1.3,
} as const;

const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const SENTENCE_END = /[.!?:;]["”’)\]]?$/;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** x where a vertical gutter splits the page's body into two columns, or null for one column. */
export function findGutter(page: PdfPage): number | null {
  const body = page.runs.filter(
    (r) =>
      r.text.trim() && r.y > page.height * LAYOUT.margin && r.y < page.height * (1 - LAYOUT.margin),
  );
  if (body.length < 6) return null;
  const [lo, hi] = LAYOUT.gutterBand.map((f) => f * page.width) as [number, number];
  let best: { x: number; width: number } | null = null;
  let start: number | null = null;
  for (let x = lo; x <= hi; x += 1) {
    const covered = body.some((r) => r.x < x && r.x + r.width > x);
    if (!covered && start === null) start = x;
    if ((covered || x + 1 > hi) && start !== null) {
      if (!best || x - start > best.width) best = { x: (start + x) / 2, width: x - start };
      start = null;
    }
  }
  if (!best) return null;
  const left = body.filter((r) => r.x + r.width <= best.x).length;
  const right = body.filter((r) => r.x >= best.x).length;
  const min = LAYOUT.minColumnShare * body.length;
  return left >= min && right >= min ? best.x : null;
}

/** Groups a page's runs into lines, split at the gutter, in reading order. */
export function pageLines(page: PdfPage, index: number): Line[] {
  const gutter = findGutter(page);
  const columnOf = (r: Run) =>
    gutter === null ? 0 : r.x + r.width <= gutter ? 1 : r.x >= gutter ? 2 : 0;
  const runs = page.runs.filter((r) => r.text.length).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of runs) {
    const column = columnOf(r);
    const line = lines.find(
      (l) => l.column === column && Math.abs(l.y - r.y) < LAYOUT.sameLine * Math.max(r.size, 1),
    );
    if (!line) {
      lines.push({
        page: index,
        y: r.y,
        x0: r.x,
        x1: r.x + r.width,
        size: r.size,
        text: r.text,
        column,
      });
      continue;
    }
    const joiner =
      r.x - line.x1 > 0.15 * r.size && !line.text.endsWith(" ") && !r.text.startsWith(" ")
        ? " "
        : "";
    line.text += joiner + r.text;
    line.x1 = Math.max(line.x1, r.x + r.width);
    line.size = Math.max(line.size, r.size);
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, " ").trim();
  const kept = lines.filter((l) => l.text);
  if (gutter === null) return kept;
  // Spanning lines above the columns (a title), then the left column, the right, then the rest.
  const columnTop = Math.max(...kept.filter((l) => l.column).map((l) => l.y));
  const rank = (l: Line) => (l.column === 0 ? (l.y > columnTop ? 0 : 3) : l.column);
  return kept.sort((a, b) => rank(a) - rank(b) || b.y - a.y);
}

const furnitureKey = (text: string) => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");

/** Drops page numbers and text repeated in the top or bottom margin of many pages. */
export function dropFurniture(pages: PdfPage[], lines: Line[]): Line[] {
  const inMargin = (l: Line) => {
    const h = pages[l.page]!.height;
    return l.y > h * (1 - LAYOUT.margin) || l.y < h * LAYOUT.margin;
  };
  const pagesWith = new Map<string, Set<number>>();
  for (const l of lines.filter(inMargin)) {
    const key = furnitureKey(l.text);
    pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(l.page));
  }
  const minPages = Math.max(2, Math.ceil(LAYOUT.repeatedShare * pages.length));
  return lines.filter(
    (l) =>
      !inMargin(l) ||
      !(PAGE_NUMBER.test(l.text) || (pagesWith.get(furnitureKey(l.text))?.size ?? 0) >= minPages),
  );
}

function joinLine(paragraph: string, line: string): string {
  // "exam-" + "ple" → "example"; "well-" + "Known" and "1990-" + "95" keep their hyphen.
  if (/\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

/** Lines in reading order to paragraphs, and the title when page one opens with a large heading. */
export function linesToParagraphs(lines: Line[]): { title: string; paragraphs: string[] } {
  const bodySize = median(lines.map((l) => l.size)) || 1;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page === b.page && a.column === b.column && a.y > b.y) gaps.push(a.y - b.y);
  }
  const spacing = median(gaps) || bodySize * 1.2;
  let title = "";
  let rest = lines;
  const first = lines[0];
  if (first && first.page === 0 && first.size >= LAYOUT.titleSize * bodySize) {
    title = first.text;
    rest = lines.slice(1);
  }
  const paragraphs: string[] = [];
  let current = "";
  let prev: Line | null = null;
  const isHeading = (l: Line) => l.size >= LAYOUT.headingSize * bodySize;
  for (const l of rest) {
    let fresh = !prev || isHeading(l) || isHeading(prev);
    if (prev && !fresh) {
      const sameFlow = prev.page === l.page && prev.column === l.column && prev.y > l.y;
      // Across a column or page break a paragraph goes on unless its last line ended a sentence
      // short of the column's right edge; within one, a wide gap ends it.
      fresh = sameFlow ? prev.y - l.y > LAYOUT.paragraphGap * spacing : SENTENCE_END.test(current);
    }
    if (fresh && current) {
      paragraphs.push(current);
      current = "";
    }
    current = current ? joinLine(current, l.text) : l.text;
    prev = l;
  }
  if (current) paragraphs.push(current);
  return { title, paragraphs };
}

/** The whole layout pass. */
export function layoutPdf(pages: PdfPage[]): { title: string; paragraphs: string[] } {
  const lines = pages.flatMap((p, i) => pageLines(p, i));
  return linesToParagraphs(dropFurniture(pages, lines));
}
