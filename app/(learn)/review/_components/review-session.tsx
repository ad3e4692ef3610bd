"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { QueueCard, ReviewQueue } from "@/lib/data/review";
import { Button, ButtonLink, EmptyState, ErrorNote } from "@/app/_components/ui";

type Rating = "again" | "hard" | "good" | "easy";
type Counts = ReviewQueue["counts"];

const RATINGS: { rating: Rating; key: string; label: string; className: string }[] = [
  { rating: "again", key: "1", label: "Again", className: "border-red-300 text-red-800" },
  { rating: "hard", key: "2", label: "Hard", className: "border-amber-300 text-amber-900" },
  { rating: "good", key: "3", label: "Good", className: "border-green-300 text-green-800" },
  { rating: "easy", key: "4", label: "Easy", className: "border-brand-600/40 text-brand-700" },
];

const TYPE_LABEL: Record<string, string> = {
  flashcard: "Flashcard",
  cloze: "Fill in the blank",
  short_answer: "Short answer",
};

/** Cards due again within this many minutes come back in this session (mirrors the server's learn-ahead). */
const LEARN_AHEAD_MS = 20 * 60_000;

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${res.status}.`;
  } catch {
    return `The server answered ${res.status}. Try again.`;
  }
}

function whenDue(iso: string): string {
  const ms = new Date(iso).getTime() - Date.now();
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return rtf.format(Math.max(1, minutes), "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 36) return rtf.format(hours, "hour");
  return rtf.format(Math.round(hours / 24), "day");
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function ReviewSession({
  initial,
  scope,
}: {
  initial: ReviewQueue;
  scope: { essay?: string; set?: string };
}) {
  const [queue, setQueue] = useState<QueueCard[]>(initial.cards);
  const [counts, setCounts] = useState<Counts>(initial.counts);
  const [meta, setMeta] = useState({
    nextDue: initial.nextDue,
    newLimitReached: initial.newLimitReached,
    newCardsPerDay: initial.newCardsPerDay,
  });
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [reviewed, setReviewed] = useState(0);
  const history = useRef<{ cardId: string; counts: Counts }[]>([]);
  const idempotencyKey = useRef(newKey());
  const shownAt = useRef(0);

  const current = queue[0];

  useEffect(() => {
    shownAt.current = Date.now();
    idempotencyKey.current = newKey();
  }, [current?.cardId]);

  const loadQueue = useCallback(async () => {
    const qs = new URLSearchParams({ limit: "20" });
    if (scope.essay) qs.set("essay", scope.essay);
    if (scope.set) qs.set("set", scope.set);
    const res = await fetch(`/api/review/queue?${qs}`);
    if (!res.ok) throw new Error(await errorMessage(res));
    const next = (await res.json()) as ReviewQueue;
    setQueue(next.cards);
    setCounts(next.counts);
    setMeta({
      nextDue: next.nextDue,
      newLimitReached: next.newLimitReached,
      newCardsPerDay: next.newCardsPerDay,
    });
  }, [scope.essay, scope.set]);

  const reveal = useCallback(() => {
    if (!current || revealed) return;
    setRevealed(true);
    setStatus("Answer shown. Rate how well you knew it: 1 again, 2 hard, 3 good, 4 easy.");
  }, [current, revealed]);

  const rate = useCallback(
    async (rating: Rating) => {
      if (!current || !revealed || busy) return;
      setBusy(true);
      setError(null);
      try {
        const res = await fetch(`/api/review/${current.cardId}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            rating,
            durationMs: Math.min(Date.now() - shownAt.current, 3_600_000),
            idempotencyKey: idempotencyKey.current,
          }),
        });
        if (!res.ok) throw new Error(await errorMessage(res));
        const body = (await res.json()) as { card: { due: string } };
        history.current.push({ cardId: current.cardId, counts });
        const bucket =
          current.state === "new" ? "new" : current.state === "review" ? "review" : "learning";
        const comesBack = new Date(body.card.due).getTime() - Date.now() <= LEARN_AHEAD_MS;
        setCounts((c) => ({
          ...c,
          [bucket]: Math.max(0, c[bucket] - 1),
          learning: Math.max(0, c.learning - (bucket === "learning" ? 1 : 0)) + (comesBack ? 1 : 0),
        }));
        setReviewed((n) => n + 1);
        setRevealed(false);
        setStatus(`Rated ${rating}. ${queue.length > 1 ? "Next card." : ""}`);
        if (queue.length > 1) setQueue((q) => q.slice(1));
        else await loadQueue();
      } catch (err) {
        setError(err instanceof Error ? err.message : "The rating was not saved. Try again.");
      } finally {
        setBusy(false);
      }
    },
    [current, revealed, busy, counts, queue.length, loadQueue],
  );

  const undo = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/review/undo", { method: "POST" });
      if (res.status === 404) {
        setStatus("There is no rating to undo.");
        setError("There is no rating to undo.");
        return;
      }
      if (!res.ok) throw new Error(await errorMessage(res));
      const body = (await res.json()) as {
        cardId: string;
        undone: { rating: string };
        queueCard: QueueCard;
      };
      const last = history.current.at(-1);
      if (last && last.cardId === body.cardId) {
        history.current.pop();
        setCounts(last.counts);
        setReviewed((n) => Math.max(0, n - 1));
      }
      setQueue((q) => [body.queueCard, ...q.filter((c) => c.cardId !== body.cardId)]);
      setRevealed(false);
      setStatus(`Undid the last rating (${body.undone.rating}). The card is back.`);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Undo failed. Try again.");
    } finally {
      setBusy(false);
    }
  }, [busy]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === " " || e.key === "Spacebar") {
        if (current && !revealed) {
          e.preventDefault();
          reveal();
        }
        return;
      }
      const r = RATINGS.find((x) => x.key === e.key);
      if (r) {
        if (revealed) {
          e.preventDefault();
          void rate(r.rating);
        }
        return;
      }
      if (e.key === "z" || e.key === "Z") {
        e.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, revealed, reveal, rate, undo]);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <dl className="flex gap-2 text-sm" aria-label="Cards left today">
          <CountPill label="New" value={counts.new} tone="bg-brand-50 text-brand-900" />
          <CountPill label="Learning" value={counts.learning} tone="bg-red-50 text-red-900" />
          <CountPill label="To review" value={counts.review} tone="bg-green-50 text-green-900" />
        </dl>
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <span>
            Reviewed this session: <strong className="text-slate-900">{reviewed}</strong>
          </span>
          <Button variant="secondary" onClick={() => void undo()} disabled={busy}>
            Undo last rating <Kbd>Z</Kbd>
          </Button>
        </div>
      </div>

      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {error ? <ErrorNote>{error}</ErrorNote> : null}

      {current ? (
        <section
          aria-label="Flashcard"
          className="rounded-xl border border-slate-200 bg-white shadow-sm"
        >
          <div className="flex items-center justify-between border-b border-slate-100 px-5 py-2 text-xs text-slate-500">
            <span>{TYPE_LABEL[current.type] ?? "Card"}</span>
            <span>
              {current.state === "new"
                ? "New card"
                : current.state === "review"
                  ? "Review"
                  : current.state === "learning"
                    ? "Learning"
                    : "Relearning"}
            </span>
          </div>
          <div className="px-5 py-6 sm:px-8">
            <h2 className="sr-only">Question</h2>
            <p
              className="text-xl leading-relaxed text-slate-900 sm:text-2xl"
              data-testid="card-front"
            >
              {current.front}
            </p>
            {revealed ? (
              <div className="mt-6 border-t border-slate-200 pt-6">
                <h2 className="text-sm font-medium uppercase tracking-wide text-slate-500">
                  Answer
                </h2>
                <p className="mt-1 text-2xl font-semibold text-slate-900" data-testid="card-back">
                  {current.back}
                </p>
                <figure className="mt-5 rounded-lg bg-slate-50 p-4">
                  <blockquote className="font-serif text-lg leading-relaxed text-slate-800">
                    “{current.source.sentence}”
                  </blockquote>
                  <figcaption className="mt-2 text-sm">
                    <Link
                      href={`/essays/${current.source.essay}#claim-${current.source.claimId}`}
                      className="font-medium text-brand-700 underline-offset-2 hover:underline"
                    >
                      Read it in “{current.source.essayTitle}”
                    </Link>
                  </figcaption>
                </figure>
              </div>
            ) : null}
          </div>
          <div className="border-t border-slate-100 px-5 py-4">
            {revealed ? (
              <div
                className="grid grid-cols-2 gap-2 sm:grid-cols-4"
                role="group"
                aria-label="Rate your recall"
              >
                {RATINGS.map((r) => (
                  <button
                    key={r.rating}
                    type="button"
                    disabled={busy}
                    onClick={() => void rate(r.rating)}
                    className={`flex min-h-14 flex-col items-center justify-center rounded-lg border bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-50 ${r.className}`}
                  >
                    <span>
                      {r.label} <span className="sr-only">, next in</span>
                    </span>
                    <span className="text-xs font-normal text-slate-600">
                      {current.intervals[r.rating]}
                    </span>
                    <Kbd>{r.key}</Kbd>
                  </button>
                ))}
              </div>
            ) : (
              <Button className="w-full" onClick={reveal}>
                Show answer <Kbd>Space</Kbd>
              </Button>
            )}
          </div>
        </section>
      ) : (
        <EmptyState
          title={reviewed > 0 ? "Well done — you are caught up" : "Nothing to review right now"}
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <ButtonLink href="/essays">Read an essay</ButtonLink>
              <ButtonLink href="/quizzes" variant="secondary">
                Take a quiz
              </ButtonLink>
            </div>
          }
        >
          <p>
            {meta.nextDue ? (
              <>
                Your next card is due{" "}
                <strong suppressHydrationWarning>{whenDue(meta.nextDue)}</strong> (
                <time dateTime={meta.nextDue}>
                  {meta.nextDue.slice(0, 16).replace("T", " ")} UTC
                </time>
                ).
              </>
            ) : (
              "No cards are scheduled yet."
            )}
          </p>
          <p className="mt-2">
            {meta.newLimitReached
              ? `You have started today's ${meta.newCardsPerDay} new cards. More come tomorrow, or raise the limit on the progress page.`
              : "Open an essay and choose “Study flashcards” to add its cards, or take a quiz: wrong answers come back here."}
          </p>
        </EmptyState>
      )}

      <p className="text-center text-sm text-slate-500">
        Keyboard: <Kbd>Space</Kbd> show answer · <Kbd>1</Kbd>–<Kbd>4</Kbd> rate · <Kbd>Z</Kbd> undo
      </p>
    </div>
  );
}

function CountPill({ label, value, tone }: { label: string; value: number; tone: string }) {
  return (
    <div className={`flex items-baseline gap-1.5 rounded-lg px-3 py-1.5 ${tone}`}>
      <dt>{label}</dt>
      <dd
        className="text-base font-semibold tabular-nums"
        data-testid={`count-${label.toLowerCase().replace(" ", "-")}`}
      >
        {value}
      </dd>
    </div>
  );
}

function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs font-normal text-slate-700">
      {children}
    </kbd>
  );
}
