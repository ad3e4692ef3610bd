import type { GameView } from "@/lib/live/views";

/** The source paragraph with the sentence the question came from marked. */
export function SourceContext({ reveal }: { reveal: NonNullable<GameView["reveal"]> }) {
  const { context, sentence, essayTitle } = reveal.source;
  const at = context.indexOf(sentence);
  return (
    <figure className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <blockquote className="text-base leading-relaxed text-slate-700">
        {at < 0 ? (
          <mark className="rounded bg-yellow-200 px-0.5 text-slate-900">{sentence}</mark>
        ) : (
          <>
            {context.slice(0, at)}
            <mark className="rounded bg-yellow-200 px-0.5 text-slate-900">{sentence}</mark>
            {context.slice(at + sentence.length)}
          </>
        )}
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-500">Source: {essayTitle}</figcaption>
    </figure>
  );
}

export function Countdown({ seconds, large = false }: { seconds: number | null; large?: boolean }) {
  if (seconds === null) return null;
  return (
    <div
      role="timer"
      aria-label="Seconds left"
      aria-live="off"
      className={`flex shrink-0 items-center justify-center rounded-full font-bold tabular-nums ${
        seconds <= 5 ? "bg-red-600 text-white" : "bg-brand-600 text-white"
      } ${large ? "h-24 w-24 text-4xl" : "h-14 w-14 text-2xl"}`}
    >
      {seconds}
    </div>
  );
}

export function Leaderboard({
  rows,
  highlight,
}: {
  rows: GameView["leaderboard"];
  highlight?: string;
}) {
  if (rows.length === 0) return <p className="text-slate-600">No players yet.</p>;
  return (
    <ol className="space-y-1" aria-label="Leaderboard">
      {rows.map((r) => (
        <li
          key={r.playerId}
          className={`flex items-center gap-3 rounded-lg px-3 py-2 ${
            r.playerId === highlight ? "bg-brand-50 font-semibold" : "bg-white"
          }`}
        >
          <span className="w-8 text-right tabular-nums text-slate-500">{r.rank}.</span>
          <span className="flex-1 truncate">{r.name}</span>
          <span className="tabular-nums">{r.score}</span>
        </li>
      ))}
    </ol>
  );
}

export function ConnectionNote({ connection }: { connection: string }) {
  if (connection !== "reconnecting") return null;
  return (
    <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Connection lost — reconnecting… The game keeps your place.
    </p>
  );
}
