import { csvRows } from "@/lib/teach/csv";
import type { ExportDeck, ExportItem } from "@/lib/export/types";

/** Excel reads a CSV as the local code page unless it starts with a byte order mark. */
export const BOM = "\uFEFF";

export const CSV_HEADER = [
  "Type",
  "Front",
  "Back",
  "Choices",
  "Explanation",
  "Source sentence",
  "Essay",
  "Essay source",
];

/** One row per item; cells are quoted and formula-proofed by the report CSV's own helper. */
export function deckToCsv(deck: ExportDeck): string {
  const rows = deck.items.map((i) => [
    i.type,
    i.prompt,
    i.answer,
    i.choices.join(" | "),
    i.explanation,
    i.sentence,
    i.essayTitle,
    i.essaySource,
  ]);
  return BOM + csvRows([CSV_HEADER, ...rows]);
}

/** Quizlet splits a line at its first tab and cards at newlines: neither may appear inside a field. */
export function flatten(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, " ").trim();
}

/** A multiple-choice question keeps its options on the card: the answer alone would not say what was asked. */
export function quizletTerm(item: ExportItem): string {
  const term = flatten(item.prompt);
  return item.type === "mcq" && item.choices.length
    ? `${term} (${item.choices.map(flatten).join(" / ")})`
    : term;
}

/** Quizlet's import text: term TAB definition, one card a line. */
export function deckToQuizlet(deck: ExportDeck): string {
  const lines = deck.items.map((i) => `${quizletTerm(i)}\t${flatten(i.answer)}`);
  return BOM + lines.join("\r\n") + (lines.length ? "\r\n" : "");
}
