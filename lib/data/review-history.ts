import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { ratingName, stateName, type CardResult } from "@/lib/srs/fsrs";

export const historyQuerySchema = z.object({
  format: z.enum(["csv"], { message: 'format must be "csv"' }).default("csv"),
});

export const HISTORY_HEADER = [
  "Reviewed at (UTC)",
  "Essay",
  "Item",
  "Answer",
  "Rating",
  "State before",
  "State after",
  "Next due (UTC)",
  "Interval (days)",
  "Duration (ms)",
  "Undone",
];

export type HistoryRow = (string | number | null)[];

const BATCH = 1000;
const DAY_MS = 86_400_000;

/**
 * The caller's own review log, oldest first, in batches (a long history is never held in memory at
 * once). The user id is in every query's where: nobody reads another person's log.
 */
export async function* reviewHistory(user: SessionUser): AsyncGenerator<HistoryRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const logs = await db.reviewLog.findMany({
      where: { userId: user.id },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        rating: true,
        state: true,
        reviewedAt: true,
        durationMs: true,
        resultJson: true,
        undoneAt: true,
        card: {
          select: {
            item: { select: { prompt: true, answer: true, essay: { select: { title: true } } } },
          },
        },
      },
    });
    if (!logs.length) return;
    yield logs.map((l) => {
      const after = (JSON.parse(l.resultJson) as { card?: CardResult }).card;
      const due = after ? new Date(after.due) : null;
      return [
        l.reviewedAt.toISOString(),
        l.card.item.essay.title,
        l.card.item.prompt,
        l.card.item.answer,
        ratingName(l.rating),
        stateName(l.state),
        after?.state ?? null,
        due ? due.toISOString() : null,
        due ? Math.round(((due.getTime() - l.reviewedAt.getTime()) / DAY_MS) * 100) / 100 : null,
        l.durationMs,
        l.undoneAt ? "yes" : "no",
      ];
    });
    if (logs.length < BATCH) return;
    cursor = logs[logs.length - 1]!.id;
  }
}
