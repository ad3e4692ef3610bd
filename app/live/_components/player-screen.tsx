"use client";

import { useState } from "react";
import { ButtonLink, ErrorNote } from "@/app/_components/ui";
import { postJson, useLiveGame, useSecondsLeft, type GameView } from "./use-live-game";
import { ConnectionNote, Countdown, SourceContext } from "./live-bits";

// Neither green nor red: those mean right and wrong once the answer is revealed.
const CHOICE_COLOURS = ["bg-blue-700", "bg-violet-700", "bg-amber-800", "bg-teal-800"];

/** A player's phone: big buttons or a text box, then right/wrong, points and rank. */
export function PlayerScreen({ gameId, signedIn }: { gameId: string; signedIn: boolean }) {
  const { view, connection, serverNow } = useLiveGame(gameId);
  const seconds = useSecondsLeft(view, serverNow);
  const [sent, setSent] = useState<{ index: number; response: string } | null>(null);
  const [failure, setFailure] = useState<{ index: number; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const index = view?.questionIndex ?? -1;
  // An error belongs to the question it was about; the next question starts clean.
  const error = failure?.index === index ? failure.message : null;

  if (!view) return <p role="status">Connecting to the game…</p>;
  const me = view.me;
  const phase = view.status === "paused" ? view.pausedFrom : view.status;
  const mine = me?.answered ? me.response : sent?.index === index ? sent.response : undefined;

  async function answer(response: string) {
    if (!view?.question) return;
    setBusy(true);
    setFailure(null);
    const r = await postJson(`/api/live/${gameId}/answer`, {
      questionId: view.question.questionId,
      response,
    });
    setBusy(false);
    if (r.ok || r.status === 409) setSent({ index, response });
    else
      setFailure({
        index,
        message: r.data?.error?.message ?? `Your answer was not taken (${r.status}).`,
      });
  }

  return (
    <div className="mx-auto max-w-md space-y-4">
      <ConnectionNote connection={connection} />
      {me ? (
        <p className="flex justify-between text-sm text-slate-600">
          <span className="font-medium text-slate-900">{me.name}</span>
          <span>
            {me.score} points
            {/* A rank means nothing until somebody has scored. */}
            {view.leaderboard.some((r) => r.score > 0)
              ? ` · rank ${me.rank} of ${view.playerCount}`
              : ""}
          </span>
        </p>
      ) : null}
      {view.status === "paused" ? (
        <p role="status" className="rounded-lg bg-amber-100 px-4 py-3 font-semibold text-amber-950">
          The host paused the game. Stay here; it carries on from where it stopped.
        </p>
      ) : null}
      {phase === "lobby" ? (
        <div className="rounded-xl bg-white p-6 text-center shadow-sm">
          <h1 className="text-2xl font-semibold">You&apos;re in!</h1>
          <p className="mt-2 text-slate-600">
            Look at the big screen. The first question appears here when the host starts.
          </p>
        </div>
      ) : null}
      {phase === "question" && view.question ? (
        <section aria-labelledby="live-prompt" className="space-y-4">
          <div className="flex items-start gap-3">
            <div className="flex-1">
              <p className="text-sm text-slate-500">
                Question {index + 1} of {view.questionCount}
              </p>
              <h1 id="live-prompt" className="text-xl font-semibold leading-snug">
                {view.question.prompt}
              </h1>
            </div>
            <Countdown seconds={seconds} />
          </div>
          {mine !== undefined ? (
            <p role="status" className="rounded-lg bg-brand-50 px-4 py-3 text-lg">
              Answer locked in: <strong>{mine}</strong>. Wait for the reveal.
            </p>
          ) : seconds === 0 && view.status === "question" ? (
            <p role="status" className="rounded-lg bg-slate-100 px-4 py-3 text-lg">
              Time&apos;s up.
            </p>
          ) : view.question.choices ? (
            <div className="grid grid-cols-1 gap-3">
              {view.question.choices.map((c, i) => (
                <button
                  key={c}
                  type="button"
                  disabled={busy || view.status !== "question"}
                  onClick={() => answer(c)}
                  className={`min-h-16 rounded-xl px-4 py-4 text-left text-xl font-semibold text-white disabled:opacity-60 ${CHOICE_COLOURS[i % 4]}`}
                >
                  {c}
                </button>
              ))}
            </div>
          ) : (
            <TypedAnswer disabled={busy || view.status !== "question"} onSubmit={answer} />
          )}
          {error ? <ErrorNote>{error}</ErrorNote> : null}
        </section>
      ) : null}
      {phase === "reveal" && view.reveal ? <Feedback view={view} /> : null}
      {view.status === "ended" ? <Final view={view} signedIn={signedIn} /> : null}
    </div>
  );
}

function TypedAnswer({ disabled, onSubmit }: { disabled: boolean; onSubmit: (s: string) => void }) {
  const [text, setText] = useState("");
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
    >
      <label htmlFor="live-answer" className="block text-sm font-medium">
        Your answer
      </label>
      <input
        id="live-answer"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        maxLength={500}
        className="min-h-14 w-full rounded-xl border-2 border-slate-300 px-4 text-xl"
      />
      <button
        type="submit"
        disabled={disabled || !text.trim()}
        className="min-h-14 w-full rounded-xl bg-brand-600 text-xl font-semibold text-white disabled:bg-slate-400"
      >
        Send answer
      </button>
    </form>
  );
}

function Feedback({ view }: { view: GameView }) {
  const me = view.me;
  const r = view.reveal!;
  const verdict = !me?.answered ? "No answer" : me.correct ? "Correct!" : "Not quite";
  const tone = me?.correct ? "bg-green-700" : me?.answered ? "bg-red-700" : "bg-slate-600";
  return (
    <section className="space-y-4" aria-live="polite">
      <div className={`rounded-xl p-6 text-center text-white ${tone}`}>
        <h1 className="text-3xl font-bold">{verdict}</h1>
        {me?.correct ? <p className="mt-1 text-lg">+{me.points ?? 0} points</p> : null}
        {me ? (
          <p className="mt-1">
            You are number {me.rank} of {view.playerCount}
          </p>
        ) : null}
      </div>
      <p className="text-lg">
        The answer: <strong>{r.answer}</strong>
      </p>
      <p className="text-slate-700">{r.explanation}</p>
      <SourceContext reveal={r} />
    </section>
  );
}

function Final({ view, signedIn }: { view: GameView; signedIn: boolean }) {
  const me = view.me;
  return (
    <section className="space-y-4 rounded-xl bg-white p-6 text-center shadow-sm">
      <h1 className="text-3xl font-bold">Game over</h1>
      {me ? (
        <p className="text-xl">
          {me.score} points — number {me.rank} of {view.playerCount}
        </p>
      ) : null}
      {signedIn ? (
        <>
          <p className="text-slate-600">The questions you missed are now in your review queue.</p>
          <ButtonLink href="/review">Review them now</ButtonLink>
        </>
      ) : (
        <p className="text-slate-600">
          Guests keep no review cards. Sign in next time to have your misses scheduled for review.
        </p>
      )}
    </section>
  );
}
