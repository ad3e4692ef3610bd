import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { download, idParam, json, readParams, readQuery, route } from "@/lib/http";
import { getLiveReport, liveReportToCsv } from "@/lib/data/live-report";

const params = z.object({ id: idParam });
const query = z.object({ format: z.enum(["json", "csv"]).optional() });

export const GET = route(async (req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  const { format } = readQuery(req, query);
  const report = await getLiveReport(user, id);
  if (format !== "csv") return json(report);
  const { filename, body } = liveReportToCsv(report);
  return download(body, filename, "text/csv; charset=utf-8");
});
