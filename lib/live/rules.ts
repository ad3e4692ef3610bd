/**
 * The time and scoring rules of a live game, pure: the server's clock is passed in, so the same
 * rules run in route handlers, in tests and in the pages' countdowns.
 */

export const LIVE_TYPES = ["mcq", "true_false", "cloze", "short_answer"] as const;
export type LiveType = (typeof LIVE_TYPES)[number];

/** Seconds a question stays open by default: reading four choices is quicker than typing a phrase. */
export const DEFAULT_SECONDS: Record<LiveType, number> = {
  true_false: 15,
  mcq: 20,
  cloze: 30,
  short_answer: 40,
};
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 300;

/** Points for a correct answer: the full amount at once, half of it at the last moment. */
export const MAX_POINTS = 1000;
export const MIN_CORRECT_POINTS = 500;

export function questionSeconds(type: LiveType, override?: number | null): number {
  if (override == null) return DEFAULT_SECONDS[type];
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.round(override)));
}

/** Points for one answer; a wrong answer scores nothing however fast it was. */
export function answerPoints(correct: boolean, elapsedMs: number, limitMs: number): number {
  if (!correct) return 0;
  if (limitMs <= 0) return MIN_CORRECT_POINTS;
  const share = Math.min(1, Math.max(0, elapsedMs / limitMs));
  return Math.round(MAX_POINTS - (MAX_POINTS - MIN_CORRECT_POINTS) * share);
}

export type AnswerVerdict =
  | { ok: true; elapsedMs: number }
  | { ok: false; reason: "not_open" | "closed" | "paused" | "other_question" };

export interface OpenQuestion {
  status: string;
  questionIndex: number;
  questionOpenedAt: Date | null;
  closesAt: Date | null;
}

/**
 * Whether an answer to question `index` received at `now` (the server's clock) counts. The close is
 * exclusive: an answer that arrives at closesAt is late.
 */
export function judgeTiming(game: OpenQuestion, index: number, now: Date): AnswerVerdict {
  if (game.status === "lobby") return { ok: false, reason: "not_open" };
  if (index !== game.questionIndex) {
    return { ok: false, reason: index < game.questionIndex ? "closed" : "other_question" };
  }
  if (game.status === "paused") return { ok: false, reason: "paused" };
  if (game.status !== "question" || !game.closesAt || !game.questionOpenedAt) {
    return { ok: false, reason: game.status === "lobby" ? "not_open" : "closed" };
  }
  if (now.getTime() >= game.closesAt.getTime()) return { ok: false, reason: "closed" };
  return { ok: true, elapsedMs: Math.max(0, now.getTime() - game.questionOpenedAt.getTime()) };
}

export const VERDICT_MESSAGE: Record<Exclude<AnswerVerdict, { ok: true }>["reason"], string> = {
  not_open: "The game has not started yet. Wait for the first question.",
  closed: "Time is up for this question: answers are no longer accepted.",
  paused: "The game is paused. Answer when the host resumes it.",
  other_question: "This is not the question being asked now. Reload to see the current one.",
};

/** Standard competition ranking (1, 2, 2, 4) by score; ties keep their order by name. */
export function rankPlayers<T extends { score: number; name: string }>(
  players: T[],
): (T & { rank: number })[] {
  const sorted = [...players].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  let rank = 0;
  return sorted.map((p, i) => {
    if (i === 0 || p.score !== sorted[i - 1]!.score) rank = i + 1;
    return { ...p, rank };
  });
}
