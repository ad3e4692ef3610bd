import type { Phase } from "./machine";
import type { LiveType } from "./rules";
import { rankPlayers } from "./rules";

/**
 * What each side of a live game may see, pure. The answer, the explanation and the source appear
 * only once a question is revealed; a player sees their own answer and rank, never another's.
 */

export interface SnapshotItem {
  id: string;
  type: LiveType;
  prompt: string;
  choices: string[] | null;
  answer: string;
  explanation: string;
  sourceSentence: string;
  essay: string;
  essayTitle: string;
  /** The paragraph the source sentence stands in, so the page can highlight it in place. */
  context: string;
}

export interface Snapshot {
  id: string;
  pin: string | null;
  setTitle: string;
  status: Phase;
  pausedFrom: Phase | null;
  pausedRemainingMs: number | null;
  questionIndex: number;
  questionCount: number;
  questionOpenedAt: Date | null;
  closesAt: Date | null;
  players: { id: string; name: string; score: number; guest: boolean }[];
  item: SnapshotItem | null;
  answers: { playerId: string; response: string; correct: boolean; points: number }[];
}

export interface QuestionView {
  questionId: string;
  index: number;
  type: LiveType;
  prompt: string;
  choices?: string[];
  closesAt: string | null;
  openedAt: string | null;
  /** Left on the clock while paused, ms. */
  remainingMs: number | null;
}

export interface RevealView {
  answer: string;
  explanation: string;
  source: { essay: string; essayTitle: string; sentence: string; context: string };
  distribution: { response: string; count: number; correct: boolean }[];
}

export interface LeaderRow {
  playerId: string;
  name: string;
  score: number;
  rank: number;
}

export interface GameView {
  gameId: string;
  role: "host" | "player";
  status: Phase;
  pausedFrom: Phase | null;
  setTitle: string;
  questionIndex: number;
  questionCount: number;
  serverNow: string;
  players: { id: string; name: string }[];
  playerCount: number;
  question: QuestionView | null;
  answers: { count: number; total: number };
  reveal: RevealView | null;
  leaderboard: LeaderRow[];
  pin?: string | null;
  me?: {
    playerId: string;
    name: string;
    score: number;
    rank: number;
    answered: boolean;
    response?: string;
    correct?: boolean;
    points?: number;
  };
}

const LEADERBOARD_SIZE = 10;

/** The SSE event name a view is sent under (the contract's names). */
export function eventName(v: Pick<GameView, "status" | "pausedFrom">): string {
  const phase = v.status === "paused" ? (v.pausedFrom ?? "lobby") : v.status;
  return phase === "question" ? "question" : phase === "reveal" ? "reveal" : phase;
}

/**
 * The SSE events a view is sent as. The data is the whole view, with the contract's fields also at
 * the top: a question event carries questionId, type, prompt, choices and closesAt; a reveal the
 * answer, explanation and source. A reveal and the end are followed or preceded by a leaderboard
 * event, so the end is always the last event a game sends.
 */
export function viewEvents(v: GameView): [string, unknown][] {
  const name = eventName(v);
  const board = { gameId: v.gameId, leaderboard: v.leaderboard, ...(v.me ? { me: v.me } : {}) };
  if (name === "question" && v.question) return [[name, { ...v, ...v.question }]];
  if (name === "reveal" && v.reveal)
    return [
      [name, { ...v, ...v.reveal }],
      ["leaderboard", board],
    ];
  if (name === "ended")
    return [
      ["leaderboard", board],
      [name, v],
    ];
  return [[name, v]];
}

function revealed(s: Snapshot): boolean {
  const phase = s.status === "paused" ? s.pausedFrom : s.status;
  return phase === "reveal" || (s.status === "ended" && s.item !== null);
}

/** Groups typed answers the way they were graded: every accepted spelling counts as the answer. */
function distribution(s: Snapshot, item: SnapshotItem): RevealView["distribution"] {
  const fold = (x: string) => x.trim().toLowerCase();
  const counts = new Map<string, { response: string; count: number; correct: boolean }>();
  if (item.choices)
    for (const c of item.choices)
      counts.set(fold(c), { response: c, count: 0, correct: c === item.answer });
  for (const a of s.answers) {
    const key = fold(a.correct ? item.answer : a.response);
    const row = counts.get(key) ?? {
      response: a.correct ? item.answer : a.response.trim(),
      count: 0,
      correct: a.correct,
    };
    row.count++;
    counts.set(key, row);
  }
  const rows = [...counts.values()];
  return item.choices
    ? rows
    : rows.sort((a, b) => Number(b.correct) - Number(a.correct) || b.count - a.count).slice(0, 8);
}

export function buildView(
  s: Snapshot,
  viewer: { role: "host" } | { role: "player"; playerId: string },
  now: Date,
): GameView {
  const item = s.item;
  const shown = item !== null && revealed(s);
  // Before the reveal, points for the open question would tell who got it right: leave them out.
  const pending = new Map(shown ? [] : s.answers.map((a) => [a.playerId, a.points]));
  const ranked = rankPlayers(
    s.players.map((p) => ({ ...p, score: p.score - (pending.get(p.id) ?? 0) })),
  );
  const inQuestion = item !== null && s.status !== "lobby";
  const view: GameView = {
    gameId: s.id,
    role: viewer.role,
    status: s.status,
    pausedFrom: s.pausedFrom,
    setTitle: s.setTitle,
    questionIndex: s.questionIndex,
    questionCount: s.questionCount,
    serverNow: now.toISOString(),
    players: s.players.map((p) => ({ id: p.id, name: p.name })),
    playerCount: s.players.length,
    question: inQuestion
      ? {
          questionId: item.id,
          index: s.questionIndex,
          type: item.type,
          prompt: item.prompt,
          ...(item.choices ? { choices: item.choices } : {}),
          closesAt: s.closesAt?.toISOString() ?? null,
          openedAt: s.questionOpenedAt?.toISOString() ?? null,
          remainingMs: s.status === "paused" ? s.pausedRemainingMs : null,
        }
      : null,
    answers: { count: s.answers.length, total: s.players.length },
    reveal:
      item && shown
        ? {
            answer: item.answer,
            explanation: item.explanation,
            source: {
              essay: item.essay,
              essayTitle: item.essayTitle,
              sentence: item.sourceSentence,
              context: item.context,
            },
            distribution: distribution(s, item),
          }
        : null,
    leaderboard: ranked
      .slice(0, LEADERBOARD_SIZE)
      .map((p) => ({ playerId: p.id, name: p.name, score: p.score, rank: p.rank })),
  };
  if (viewer.role === "host") return { ...view, pin: s.pin };
  const me = ranked.find((p) => p.id === viewer.playerId);
  const mine = s.answers.find((a) => a.playerId === viewer.playerId);
  if (me) {
    view.me = { playerId: me.id, name: me.name, score: me.score, rank: me.rank, answered: !!mine };
    if (mine) {
      view.me.response = mine.response;
      // Right or wrong is part of the reveal; before it a player only learns the answer was taken.
      if (shown) {
        view.me.correct = mine.correct;
        view.me.points = mine.points;
      }
    }
  }
  return view;
}
