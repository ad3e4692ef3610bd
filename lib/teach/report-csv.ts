import { csvRows, safeFileName, type Cell } from "@/lib/teach/csv";
import type { AssignmentReport } from "@/lib/data/reports";

const pct = (x: number | null | undefined): Cell =>
  x === null || x === undefined ? "" : Math.round(x * 100);

/**
 * The report as one CSV: the student table, a blank line, the item table, a blank line, and each
 * student's answers (one row per student and item, from the attempt their score comes from).
 */
export function reportToCsv(report: AssignmentReport): { filename: string; body: string } {
  const students: Cell[][] = [
    [
      "student_id",
      "name",
      "email",
      "status",
      "score_percent",
      "correct",
      "total",
      "reviews",
      "retention_percent",
    ],
    ...report.students.map((s) => [
      s.userId,
      s.name,
      s.email,
      s.status,
      pct(s.score),
      s.correct,
      s.total,
      s.reviews,
      pct(s.retention),
    ]),
  ];
  const items: Cell[][] = [
    [
      "item_id",
      "type",
      "status",
      "prompt",
      "source_sentence",
      "attempts",
      "correct",
      "correct_rate_percent",
      "in_mode",
    ],
    ...report.items.map((i) => [
      i.itemId,
      i.type,
      i.status,
      i.prompt,
      i.sourceSentence,
      i.attempts,
      i.correct,
      pct(i.correctRate),
      i.inMode ? "yes" : `no: ${i.notInModeReason}`,
    ]),
  ];
  const prompts = new Map(report.items.map((i) => [i.itemId, i.prompt]));
  const answers: Cell[][] = [
    ["student_id", "name", "email", "item_id", "prompt", "response", "correct"],
    ...report.students.flatMap((s) =>
      (s.answers ?? []).map((ans) => [
        s.userId,
        s.name,
        s.email,
        ans.itemId,
        prompts.get(ans.itemId),
        ans.response,
        ans.correct ? "yes" : "no",
      ]),
    ),
  ];
  const body = [students, items, answers].map(csvRows).join("\r\n");
  const { setTitle, className, createdAt } = report.assignment;
  return {
    filename: safeFileName([setTitle, className, createdAt.slice(0, 10)], "csv"),
    body,
  };
}
