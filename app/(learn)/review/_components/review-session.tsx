"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { ReviewQueue } from "@/lib/data/review";
import { Button, ErrorNote } from "@/app/_components/ui";
import { Answer, CountPill, Done, Kbd, TypeIn } from "./review-parts";
import { RATING_KEYS, ReviewStore, type Rating, type Scope } from "./review-store";

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
const STATE_LABEL: Record<string, string> = {
  new: "New card",
  review: "Review",
  learning: "Learning",
  relearning: "Relearning",
};

export function ReviewSession({ initial, scope }: { initial: ReviewQueue; scope: Scope }) {
  const [store] = useState(() => new ReviewStore(initial, scope));
  const v = useSyncExternalStore(store.subscribe, store.getView, store.getView);
  useKeys(store);
  const card = v.card;

  return (
    <div className="flex flex-col gap-3 pb-36 sm:gap-4 sm:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <dl className="flex gap-1.5 text-sm sm:gap-2" aria-label="Cards left today">
          <CountPill label="New" value={v.counts.new} tone="bg-brand-50 text-brand-900" />
          <CountPill label="Learning" value={v.counts.learning} tone="bg-red-50 text-red-900" />
          <CountPill label="To review" value={v.counts.review} tone="bg-green-50 text-green-900" />
        </dl>
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <span>
            Reviewed<span className="hidden sm:inline"> this session</span>:{" "}
            <strong className="text-slate-900" data-testid="reviewed-count">
              {v.reviewed}
            </strong>
          </span>
          <Button variant="secondary" onClick={() => store.press("z")}>
            <span>
              Undo<span className="hidden sm:inline"> last rating</span>
            </span>
            <Kbd>Z</Kbd>
          </Button>
        </div>
      </div>

      <p className="sr-only" role="status" aria-live="polite">
        {v.status}
      </p>
      {v.error ? <ErrorNote>{v.error}</ErrorNote> : null}

      {card ? (
        <section
          aria-label="Flashcard"
          className="rounded-xl border border-slate-200 bg-white shadow-sm"
        >
          <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2 text-xs text-slate-500 sm:px-5">
            <span>{TYPE_LABEL[card.type] ?? "Card"}</span>
            <span>{STATE_LABEL[card.state] ?? "Card"}</span>
          </div>
          <div className="px-4 py-4 sm:px-8 sm:py-6">
            <h2 className="sr-only">Question</h2>
            {v.revealed || card.type === "short_answer" ? (
              <p
                className="text-lg leading-relaxed text-slate-900 sm:text-2xl"
                data-testid="card-front"
              >
                {card.front}
              </p>
            ) : (
              // Tapping the question shows the answer, as the bar's button and Space do.
              <p
                className="cursor-pointer text-lg leading-relaxed text-slate-900 sm:text-2xl"
                data-testid="card-front"
                onClick={() => store.press(" ")}
              >
                {card.front}
              </p>
            )}
            {card.type === "short_answer" && !v.revealed ? (
              <TypeIn value={v.typed} onChange={store.setTyped} onSubmit={() => store.press(" ")} />
            ) : null}
            {v.revealed ? <Answer view={v} /> : null}
          </div>
        </section>
      ) : v.loading ? (
        <p className="rounded-xl border border-slate-200 bg-white p-8 text-center text-slate-600">
          Loading the next cards…
        </p>
      ) : (
        <Done meta={v.meta} reviewed={v.reviewed} />
      )}

      {card ? (
        <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white/95 p-3 shadow-[0_-2px_8px_rgba(0,0,0,0.06)] sm:static sm:rounded-xl sm:border sm:p-4 sm:shadow-none">
          {v.revealed ? (
            <div className="grid grid-cols-4 gap-2" role="group" aria-label="Rate your recall">
              {RATINGS.map((r) => (
                <button
                  key={r.rating}
                  type="button"
                  onClick={() => store.press(r.key)}
                  className={`flex min-h-14 flex-col items-center justify-center rounded-lg border bg-white px-1 py-1.5 text-sm font-semibold hover:bg-slate-50 sm:px-3 ${r.className}`}
                >
                  <span>
                    {r.label} <span className="sr-only">, next in</span>
                  </span>
                  <span className="text-xs font-normal text-slate-600">
                    {card.intervals[r.rating]}
                  </span>
                  <Kbd hideOnPhone>{r.key}</Kbd>
                </button>
              ))}
            </div>
          ) : (
            <Button className="min-h-12 w-full" onClick={() => store.press(" ")}>
              Show answer <Kbd hideOnPhone>Space</Kbd>
            </Button>
          )}
        </div>
      ) : null}

      <p className="hidden text-center text-sm text-slate-500 sm:block">
        Keyboard: <Kbd>Space</Kbd> show answer · <Kbd>1</Kbd>–<Kbd>4</Kbd> rate · <Kbd>Z</Kbd> undo
      </p>
    </div>
  );
}

/** Space, 1–4 and Z anywhere on the page except while typing in a field. */
function useKeys(store: ReviewStore) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = e.key === "Spacebar" ? " " : e.key.toLowerCase();
      if (key !== " " && key !== "z" && !RATING_KEYS[key]) return;
      e.preventDefault();
      store.press(key);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
