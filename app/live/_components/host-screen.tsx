"use client";

import { useState } from "react";
import { Button, ButtonLink, Card, ErrorNote } from "@/app/_components/ui";
import { postJson, useLiveGame, useSecondsLeft, type GameView } from "./use-live-game";
import { ConnectionNote, Countdown, Leaderboard, SourceContext } from "./live-bits";

type Action = "start" | "next" | "pause" | "resume" | "end";

/** The projector screen: PIN and QR code in the lobby, then each question, its reveal and the scores. */
export function HostScreen({
  gameId,
  joinUrl,
  qrSvg,
}: {
  gameId: string;
  joinUrl: string;
  qrSvg: string;
}) {
  const { view, answered, connection, serverNow } = useLiveGame(gameId);
  const seconds = useSecondsLeft(view, serverNow);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(action: Action) {
    if (
      action === "end" &&
      !window.confirm("End the game now? Players' misses become review cards.")
    )
      return;
    setBusy(true);
    setError(null);
    const r = await postJson(`/api/live/${gameId}/control`, { action });
    if (!r.ok) setError(r.data?.error?.message ?? `That did not work (${r.status}). Try again.`);
    setBusy(false);
  }

  if (!view) return <p role="status">Connecting to the game…</p>;
  const paused = view.status === "paused";
  const phase = paused ? view.pausedFrom : view.status;
  const controls = (
    <div className="flex flex-wrap gap-2">
      {view.status === "lobby" ? (
        <Button onClick={() => act("start")} disabled={busy || view.playerCount === 0}>
          Start the game
        </Button>
      ) : null}
      {view.status === "question" ? (
        <Button onClick={() => act("next")} disabled={busy} variant="secondary">
          Skip — reveal now
        </Button>
      ) : null}
      {view.status === "reveal" ? (
        <Button onClick={() => act("next")} disabled={busy}>
          {view.questionIndex + 1 < view.questionCount ? "Next question" : "Finish the game"}
        </Button>
      ) : null}
      {view.status === "question" || view.status === "reveal" ? (
        <Button onClick={() => act("pause")} disabled={busy} variant="secondary">
          Pause
        </Button>
      ) : null}
      {paused ? (
        <Button onClick={() => act("resume")} disabled={busy}>
          Resume
        </Button>
      ) : null}
      {view.status !== "ended" ? (
        <Button onClick={() => act("end")} disabled={busy} variant="danger">
          End game
        </Button>
      ) : null}
    </div>
  );

  return (
    <div className="space-y-6">
      <ConnectionNote connection={connection} />
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      {paused ? (
        <p
          role="status"
          className="rounded-lg bg-amber-100 px-4 py-3 text-lg font-semibold text-amber-950"
        >
          Paused. Press Resume to carry on
          {phase === "question" ? " — the clock keeps the time that was left" : ""}.
        </p>
      ) : null}
      {phase === "lobby" ? <Lobby view={view} joinUrl={joinUrl} qrSvg={qrSvg} /> : null}
      {phase === "question" && view.question ? (
        <Question view={view} seconds={seconds} answered={answered} />
      ) : null}
      {phase === "reveal" && view.reveal ? <Reveal view={view} /> : null}
      {view.status === "ended" ? <Ended view={view} gameId={gameId} /> : null}
      {controls}
    </div>
  );
}

function Lobby({ view, joinUrl, qrSvg }: { view: GameView; joinUrl: string; qrSvg: string }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_auto]">
      <Card>
        <p className="text-lg text-slate-600">Join at</p>
        <p className="break-all text-2xl font-semibold text-slate-900">
          {joinUrl.replace(/\?.*$/, "")}
        </p>
        <p className="mt-4 text-lg text-slate-600">with the game PIN</p>
        <p
          className="font-mono text-6xl font-bold tracking-[0.2em] text-brand-700 sm:text-7xl"
          aria-label={`Game PIN ${view.pin?.split("").join(" ")}`}
        >
          {view.pin}
        </p>
        <h2 className="mt-6 text-lg font-semibold">
          {view.playerCount} {view.playerCount === 1 ? "player" : "players"} joined
        </h2>
        {view.playerCount === 0 ? (
          <p className="text-slate-600">Waiting for players. Start once everyone is in.</p>
        ) : (
          <ul aria-label="Players" className="mt-2 flex flex-wrap gap-2">
            {view.players.map((p) => (
              <li
                key={p.id}
                className="rounded-full bg-brand-50 px-3 py-1 text-base font-medium text-brand-900"
              >
                {p.name}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="flex flex-col items-center">
        <div
          className="h-56 w-56"
          role="img"
          aria-label="QR code of the join link"
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="mt-2 text-sm text-slate-600">Scan to join</p>
      </Card>
    </div>
  );
}

function Question({
  view,
  seconds,
  answered,
}: {
  view: GameView;
  seconds: number | null;
  answered: { count: number; total: number };
}) {
  const q = view.question!;
  return (
    <Card>
      <div className="flex items-start gap-4">
        <div className="flex-1">
          <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
            Question {view.questionIndex + 1} of {view.questionCount}
          </p>
          <h2 className="mt-1 text-2xl font-semibold leading-snug text-slate-900 sm:text-3xl">
            {q.prompt}
          </h2>
        </div>
        <Countdown seconds={seconds} large />
      </div>
      {q.choices ? (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2">
          {q.choices.map((c, i) => (
            <li key={c} className="rounded-lg border-2 border-slate-200 px-4 py-3 text-xl">
              <span className="mr-2 font-bold text-slate-500">{String.fromCharCode(65 + i)}</span>
              {c}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-lg text-slate-600">Players type their answer.</p>
      )}
      <p className="mt-6 text-xl font-semibold" aria-live="polite">
        {answered.count} of {answered.total} answered
      </p>
    </Card>
  );
}

function Reveal({ view }: { view: GameView }) {
  const r = view.reveal!;
  const max = Math.max(1, ...r.distribution.map((d) => d.count));
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <Card className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
          Question {view.questionIndex + 1} of {view.questionCount}
        </p>
        <h2 className="text-xl font-semibold text-slate-900">{view.question?.prompt}</h2>
        <p className="text-2xl">
          Answer: <strong className="text-green-800">{r.answer}</strong>
        </p>
        <ul aria-label="Answers given" className="space-y-2">
          {r.distribution.map((d) => (
            <li key={d.response} className="flex items-center gap-3">
              <span className="w-40 truncate sm:w-56">
                {d.correct ? "✓ " : ""}
                {d.response}
              </span>
              <span className="h-6 flex-1 rounded bg-slate-100">
                <span
                  className={`block h-6 rounded ${d.correct ? "bg-green-600" : "bg-slate-400"}`}
                  style={{ width: `${(d.count / max) * 100}%` }}
                />
              </span>
              <span className="w-10 text-right tabular-nums">{d.count}</span>
            </li>
          ))}
        </ul>
        <p className="text-slate-700">{r.explanation}</p>
        <SourceContext reveal={r} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Leaderboard</h2>
        <Leaderboard rows={view.leaderboard.slice(0, 5)} />
      </Card>
    </div>
  );
}

function Ended({ view, gameId }: { view: GameView; gameId: string }) {
  return (
    <Card className="space-y-4">
      <h2 className="text-2xl font-semibold">Game over</h2>
      <Leaderboard rows={view.leaderboard} />
      <p className="text-slate-600">
        Every signed-in player&apos;s missed questions are now due in their review queue.
      </p>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/live/${gameId}/report`}>See the report</ButtonLink>
        <a
          href={`/api/live/${gameId}/report?format=csv`}
          className="inline-flex min-h-10 items-center px-2 font-medium text-brand-700 underline"
        >
          Download CSV
        </a>
      </div>
    </Card>
  );
}
