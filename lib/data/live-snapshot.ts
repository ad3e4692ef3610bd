import "server-only";
import { db } from "@/lib/db";
import type { Phase } from "@/lib/live/machine";
import type { LiveType } from "@/lib/live/rules";
import type { Snapshot, SnapshotItem } from "@/lib/live/views";
import { itemIds } from "@/lib/data/live-play";

/** Everything a live game's views are built from, read in one go (one read serves every stream). */
export async function loadSnapshot(gameId: string): Promise<Snapshot | null> {
  const g = await db.liveGame.findUnique({
    where: { id: gameId },
    include: {
      set: { select: { title: true } },
      players: {
        orderBy: { joinedAt: "asc" },
        select: { id: true, nickname: true, score: true, userId: true },
      },
    },
  });
  if (!g) return null;
  const ids = itemIds(g);
  const currentId = g.questionIndex >= 0 ? ids[g.questionIndex] : undefined;
  const [item, answers] = currentId
    ? await Promise.all([
        loadItem(currentId),
        db.liveAnswer.findMany({
          where: { gameId, questionIndex: g.questionIndex },
          select: { playerId: true, response: true, correct: true, points: true },
        }),
      ])
    : [null, []];
  return {
    id: g.id,
    pin: g.pin,
    setTitle: g.set.title,
    status: g.status as Phase,
    pausedFrom: (g.pausedFrom as Phase | null) ?? null,
    pausedRemainingMs: g.pausedRemainingMs,
    questionIndex: g.questionIndex,
    questionCount: ids.length,
    questionOpenedAt: g.questionOpenedAt,
    closesAt: g.closesAt,
    players: g.players.map((p) => ({
      id: p.id,
      name: p.nickname,
      score: p.score,
      guest: p.userId === null,
    })),
    item,
    answers,
  };
}

async function loadItem(id: string): Promise<SnapshotItem | null> {
  const item = await db.item.findUnique({
    where: { id },
    include: {
      essay: { select: { slug: true, title: true, paragraphsJson: true } },
      claim: { select: { paragraph: true } },
    },
  });
  if (!item) return null;
  return {
    id: item.id,
    type: item.type as LiveType,
    prompt: item.prompt,
    choices: item.choicesJson ? (JSON.parse(item.choicesJson) as string[]) : null,
    answer: item.answer,
    explanation: item.explanation,
    sourceSentence: item.sourceSentence,
    essay: item.essay.slug,
    essayTitle: item.essay.title,
    context: paragraphText(item.essay.paragraphsJson, item.claim.paragraph, item.sourceSentence),
  };
}

/** The paragraph holding the sentence, or the sentence alone when the essay's layout changed. */
function paragraphText(json: string, index: number, sentence: string): string {
  try {
    const paragraphs = JSON.parse(json) as { text?: string; sentences?: string[] }[];
    const p = paragraphs[index];
    const text = p?.text ?? p?.sentences?.join(" ");
    return text && text.includes(sentence) ? text : sentence;
  } catch {
    return sentence;
  }
}
