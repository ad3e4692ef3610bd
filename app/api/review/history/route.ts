import { requireUser } from "@/lib/auth/session";
import { download, readQuery, route } from "@/lib/http";
import { HISTORY_HEADER, historyQuerySchema, reviewHistory } from "@/lib/data/review-history";
import { BOM } from "@/lib/export/sheets";
import { csvRows, safeFileName } from "@/lib/teach/csv";

export const GET = route(async (req) => {
  const user = await requireUser();
  readQuery(req, historyQuerySchema);
  const rows = reviewHistory(user);
  const encoder = new TextEncoder();
  // Streamed batch by batch: a years-long history never sits in memory whole.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRows([HISTORY_HEADER])));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(next.value)));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return download(body, safeFileName(["review-history", day], "csv"), "text/csv; charset=utf-8");
});
