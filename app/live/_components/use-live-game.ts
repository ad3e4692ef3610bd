"use client";

import { useEffect, useRef, useState } from "react";
import type { GameView } from "@/lib/live/views";

export type { GameView };
export type Connection = "connecting" | "live" | "reconnecting";

const VIEW_EVENTS = ["lobby", "question", "reveal", "paused", "ended"] as const;

export interface AnswersCount {
  questionIndex: number;
  count: number;
  total: number;
  playerId?: string;
}

/**
 * A live game's view from its event stream. EventSource reconnects by itself after a network loss
 * or a server restart, and the server sends the whole current view on every connect, so a reload or
 * a dropped connection lands where the game is. The clock offset makes countdowns follow the
 * server's clock, which is the one that decides.
 */
export function useLiveGame(gameId: string) {
  const [view, setView] = useState<GameView | null>(null);
  const [answers, setAnswers] = useState<AnswersCount | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const offset = useRef(0);

  useEffect(() => {
    const source = new EventSource(`/api/live/${gameId}/events`);
    const onView = (e: MessageEvent<string>) => {
      const v = JSON.parse(e.data) as GameView;
      offset.current = new Date(v.serverNow).getTime() - Date.now();
      setView(v);
      setAnswers(null);
      setConnection("live");
      // Nothing changes after the end: no need to keep a connection open.
      if (v.status === "ended") source.close();
    };
    const onAnswers = (e: MessageEvent<string>) => {
      const a = JSON.parse(e.data) as AnswersCount;
      setAnswers((prev) =>
        prev && prev.questionIndex === a.questionIndex && prev.count > a.count ? prev : a,
      );
    };
    for (const name of VIEW_EVENTS) source.addEventListener(name, onView);
    source.addEventListener("answers", onAnswers);
    source.onopen = () => setConnection("live");
    source.onerror = () => setConnection("reconnecting");
    return () => source.close();
  }, [gameId]);

  const answered =
    view &&
    answers &&
    answers.questionIndex === view.questionIndex &&
    answers.count > view.answers.count
      ? { count: answers.count, total: Math.max(answers.total, view.answers.total) }
      : (view?.answers ?? { count: 0, total: 0 });
  return { view, answered, connection, serverNow: () => Date.now() + offset.current };
}

/** Seconds left on the open question by the server's clock, updated four times a second. */
export function useSecondsLeft(view: GameView | null, serverNow: () => number): number | null {
  const [now, setNow] = useState(() => serverNow());
  const q = view?.question;
  const running = view?.status === "question" && !!q?.closesAt;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(t);
  }, [running, serverNow]);
  if (!q) return null;
  if (view?.status === "paused")
    return q.remainingMs !== null ? Math.ceil(q.remainingMs / 1000) : null;
  if (!running || !q.closesAt) return 0;
  return Math.max(0, Math.ceil((new Date(q.closesAt).getTime() - now) / 1000));
}

export interface ApiReply {
  id?: string;
  gameId?: string;
  error?: { code?: string; message?: string };
}

export async function postJson(
  url: string,
  body: unknown,
): Promise<{ ok: boolean; status: number; data: ApiReply | null }> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { ok: res.ok, status: res.status, data: await res.json().catch(() => null) };
  } catch {
    return {
      ok: false,
      status: 0,
      data: {
        error: { message: "Could not reach Claimdeck. Check your connection and try again." },
      },
    };
  }
}
