import { download } from "@/lib/http";
import { safeFileName } from "@/lib/teach/csv";
import { buildApkg } from "@/lib/export/anki";
import { deckToCsv, deckToQuizlet } from "@/lib/export/sheets";
import type { ExportDeck, ExportFormat } from "@/lib/export/types";

/** A deck as the download the format asks for: Anki package, CSV, or Quizlet's import text. */
export function deckDownload(deck: ExportDeck, format: ExportFormat): Response {
  switch (format) {
    case "apkg":
      return download(
        Buffer.from(buildApkg(deck)),
        safeFileName([deck.title], "apkg", "deck"),
        "application/octet-stream",
      );
    case "csv":
      return download(
        deckToCsv(deck),
        safeFileName([deck.title], "csv", "deck"),
        "text/csv; charset=utf-8",
      );
    case "quizlet":
      return download(
        deckToQuizlet(deck),
        safeFileName([deck.title, "quizlet"], "txt", "deck"),
        "text/plain; charset=utf-8",
      );
  }
}
