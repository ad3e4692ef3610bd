import type { LiveType } from "./rules";
import { questionSeconds } from "./rules";

/**
 * A live game's phases and the host's actions, pure. Every transition takes the state read from the
 * database and the server's time and returns the columns to write; the data layer writes them only
 * if the game's version is still the one read, so two hosts' clicks (or two instances' timers)
 * cannot both apply.
 */

export const PHASES = ["lobby", "question", "reveal", "paused", "ended"] as const;
export type Phase = (typeof PHASES)[number];
export const ACTIONS = ["start", "next", "pause", "resume", "end"] as const;
export type HostAction = (typeof ACTIONS)[number];
/** What the server itself does: close a question when its time is up or everyone has answered. */
export type Action = HostAction | "close";

export interface GameState {
  status: Phase;
  questionIndex: number;
  questionCount: number;
  questionOpenedAt: Date | null;
  closesAt: Date | null;
  pausedFrom: Phase | null;
  pausedRemainingMs: number | null;
}

export type StatePatch = Partial<Omit<GameState, "questionCount">> & { endedAt?: Date };

export type Transition = { ok: true; patch: StatePatch } | { ok: false; message: string };

/** Opens question `index`, or ends the game when there is none. */
function open(
  index: number,
  count: number,
  now: Date,
  typeOf: (i: number) => LiveType,
  seconds: number | null,
): StatePatch {
  if (index >= count) return { status: "ended", endedAt: now };
  const ms = questionSeconds(typeOf(index), seconds) * 1000;
  return {
    status: "question",
    questionIndex: index,
    questionOpenedAt: now,
    closesAt: new Date(now.getTime() + ms),
    pausedFrom: null,
    pausedRemainingMs: null,
  };
}

const refuse = (message: string): Transition => ({ ok: false, message });

export function transition(
  g: GameState,
  action: Action,
  now: Date,
  typeOf: (i: number) => LiveType,
  seconds: number | null = null,
): Transition {
  if (g.status === "ended") return refuse("The game has ended.");
  switch (action) {
    case "start":
      if (g.status !== "lobby") return refuse("The game has already started.");
      if (g.questionCount === 0) return refuse("The set has no questions to play.");
      return { ok: true, patch: open(0, g.questionCount, now, typeOf, seconds) };
    case "next":
      // During a question "next" skips the rest of its time: the answer is revealed now.
      if (g.status === "question") return { ok: true, patch: { status: "reveal", closesAt: now } };
      if (g.status === "reveal")
        return {
          ok: true,
          patch: open(g.questionIndex + 1, g.questionCount, now, typeOf, seconds),
        };
      if (g.status === "lobby") return refuse('Start the game first ("start").');
      return refuse("The game is paused. Resume it first.");
    case "close":
      if (g.status !== "question") return refuse("No question is open.");
      return { ok: true, patch: { status: "reveal" } };
    case "pause":
      if (g.status === "paused") return refuse("The game is already paused.");
      return {
        ok: true,
        patch: {
          status: "paused",
          pausedFrom: g.status,
          pausedRemainingMs:
            g.status === "question" && g.closesAt
              ? Math.max(0, g.closesAt.getTime() - now.getTime())
              : null,
        },
      };
    case "resume":
      if (g.status !== "paused") return refuse("The game is not paused.");
      return { ok: true, patch: resume(g, now) };
    case "end":
      return { ok: true, patch: { status: "ended", endedAt: now, pausedFrom: null } };
  }
}

/** A paused question gets back the time it had left (at least a second, so nobody is cheated). */
function resume(g: GameState, now: Date): StatePatch {
  const back = g.pausedFrom ?? "lobby";
  if (back !== "question") return { status: back, pausedFrom: null, pausedRemainingMs: null };
  const left = Math.max(1000, g.pausedRemainingMs ?? 0);
  const closesAt = new Date(now.getTime() + left);
  // The opening moves by the pause too, so speed points do not count the time spent paused.
  const limit =
    g.closesAt && g.questionOpenedAt ? g.closesAt.getTime() - g.questionOpenedAt.getTime() : left;
  return {
    status: "question",
    questionOpenedAt: new Date(closesAt.getTime() - limit),
    closesAt,
    pausedFrom: null,
    pausedRemainingMs: null,
  };
}

/** The question is over by the clock even if nobody has written "reveal" yet. */
export function isDue(g: Pick<GameState, "status" | "closesAt">, now: Date): boolean {
  return g.status === "question" && !!g.closesAt && now.getTime() >= g.closesAt.getTime();
}
