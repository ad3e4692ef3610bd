import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { ItemType } from "@/lib/generate/types";
import { requireHostedGame } from "@/lib/data/live";
import { itemIds } from "@/lib/data/live-play";
import { sortMostMissed } from "@/lib/data/reports";
import { csvRows, safeFileName, type Cell } from "@/lib/teach/csv";
import { rankPlayers } from "@/lib/live/rules";

export interface LiveReport {
  game: {
    id: string;
    setId: string;
    setTitle: string;
    status: string;
    createdAt: string;
    endedAt: string | null;
    questionsAsked: number;
  };
  students: {
    playerId: string;
    userId: string | null;
    name: string;
    guest: boolean;
    rank: number;
    points: number;
    correct: number;
    answered: number;
    total: number;
    /** correct / questions asked, 0–1. */
    score: number;
  }[];
  items: {
    itemId: string;
    prompt: string;
    type: ItemType;
    sourceSentence: string;
    essay: string;
    attempts: number;
    correct: number;
    correctRate: number | null;
  }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The host's report of a game: like an assignment's, per player and per item, most-missed first. */
export async function getLiveReport(user: SessionUser, gameId: string): Promise<LiveReport> {
  const g = await requireHostedGame(user, gameId);
  const asked = itemIds(g).slice(0, Math.max(0, g.questionIndex + 1));
  const set = g.set;
  const [players, answers, items] = await Promise.all([
    db.livePlayer.findMany({ where: { gameId } }),
    db.liveAnswer.findMany({
      where: { gameId },
      select: { playerId: true, itemId: true, correct: true },
    }),
    db.item.findMany({
      where: { id: { in: asked } },
      include: { essay: { select: { slug: true } } },
    }),
  ]);
  const perPlayer = new Map<string, { correct: number; answered: number }>();
  const perItem = new Map<string, { attempts: number; correct: number }>();
  for (const a of answers) {
    const p = perPlayer.get(a.playerId) ?? { correct: 0, answered: 0 };
    p.answered++;
    if (a.correct) p.correct++;
    perPlayer.set(a.playerId, p);
    const i = perItem.get(a.itemId) ?? { attempts: 0, correct: 0 };
    i.attempts++;
    if (a.correct) i.correct++;
    perItem.set(a.itemId, i);
  }
  const ranked = rankPlayers(players.map((p) => ({ ...p, name: p.nickname })));
  const byId = new Map(items.map((i) => [i.id, i]));
  return {
    game: {
      id: g.id,
      setId: g.setId,
      setTitle: set.title,
      status: g.status,
      createdAt: g.createdAt.toISOString(),
      endedAt: g.endedAt?.toISOString() ?? null,
      questionsAsked: asked.length,
    },
    students: ranked.map((p) => {
      const s = perPlayer.get(p.id) ?? { correct: 0, answered: 0 };
      return {
        playerId: p.id,
        userId: p.userId,
        name: p.nickname,
        guest: p.userId === null,
        rank: p.rank,
        points: p.score,
        correct: s.correct,
        answered: s.answered,
        total: asked.length,
        score: asked.length ? round(s.correct / asked.length) : 0,
      };
    }),
    items: sortMostMissed(
      asked.flatMap((id) => {
        const item = byId.get(id);
        if (!item) return [];
        const t = perItem.get(id) ?? { attempts: 0, correct: 0 };
        return [
          {
            itemId: id,
            prompt: item.prompt,
            type: item.type as ItemType,
            sourceSentence: item.sourceSentence,
            essay: item.essay.slug,
            attempts: t.attempts,
            correct: t.correct,
            correctRate: t.attempts ? round(t.correct / t.attempts) : null,
          },
        ];
      }),
    ),
  };
}

const pct = (x: number | null) => (x === null ? "" : Math.round(x * 100));

/** The players' table, a blank line, then the items' table (the assignment report's layout). */
export function liveReportToCsv(r: LiveReport): { filename: string; body: string } {
  const students: Cell[][] = [
    [
      "player_id",
      "student_id",
      "name",
      "guest",
      "rank",
      "points",
      "correct",
      "answered",
      "total",
      "score_percent",
    ],
    ...r.students.map((s) => [
      s.playerId,
      s.userId,
      s.name,
      s.guest,
      s.rank,
      s.points,
      s.correct,
      s.answered,
      s.total,
      pct(s.score),
    ]),
  ];
  const items: Cell[][] = [
    ["item_id", "type", "prompt", "source_sentence", "attempts", "correct", "correct_rate_percent"],
    ...r.items.map((i) => [
      i.itemId,
      i.type,
      i.prompt,
      i.sourceSentence,
      i.attempts,
      i.correct,
      pct(i.correctRate),
    ]),
  ];
  return {
    filename: safeFileName(["live", r.game.setTitle, r.game.createdAt.slice(0, 10)], "csv"),
    body: csvRows(students) + "\r\n" + csvRows(items),
  };
}
