import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { download, idParam, json, readParams, readQuery, route } from "@/lib/http";
import { getAssignmentReport, reportToCsv } from "@/lib/data/reports";

const params = z.object({ id: idParam });
const query = z.object({ format: z.enum(["json", "csv"]).optional() });

export const GET = route(async (req, ctx) => {
  const user = await requireRole("teacher");
  const { id } = await readParams(ctx, params);
  const { format } = readQuery(req, query);
  const report = await getAssignmentReport(user, id);
  if (format !== "csv") return json(report);
  const { filename, body } = reportToCsv(report);
  return download(body, filename, "text/csv; charset=utf-8");
});
