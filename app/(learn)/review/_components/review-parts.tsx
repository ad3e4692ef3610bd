"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ButtonLink, EmptyState } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import type { ReviewView } from "./review-store";

/** Anki's type-in answer for short-answer cards: Enter checks it and shows the answer. */
export function TypeIn({
  value,
  onChange,
  onSubmit,
}: {
  value: string;
  onChange: (v: string) => void;
  onSubmit: () => void;
}) {
  return (
    <form
      className="mt-3 flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        // Leave the field so 1–4 rate the card next.
        (document.activeElement as HTMLElement | null)?.blur();
        onSubmit();
      }}
    >
      <label className="sr-only" htmlFor="typed-answer">
        Type your answer
      </label>
      <input
        id="typed-answer"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Type your answer, then Enter"
        autoComplete="off"
        spellCheck={false}
        className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
      />
      <button
        type="submit"
        className="min-h-11 shrink-0 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        Check
      </button>
    </form>
  );
}

function VerdictNote({ view }: { view: ReviewView }) {
  const v = view.verdict;
  if (v === null) return null;
  if (v === "checking") return <p className="mt-2 text-sm text-slate-500">Checking your answer…</p>;
  return (
    <p
      className={`mt-2 rounded-lg px-3 py-1.5 text-sm ${v.correct ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}
      data-testid="typed-verdict"
    >
      {v.correct ? "Correct" : "Not quite"}: you typed “{view.typed}”.{" "}
      {v.correct ? "Rate how easily it came." : "Compare it with the answer, then rate."}
    </p>
  );
}

export function Answer({ view }: { view: ReviewView }) {
  const card = view.card!;
  return (
    <div className="mt-4 border-t border-slate-200 pt-4 sm:mt-6 sm:pt-6">
      <h2 className="text-xs font-medium uppercase tracking-wide text-slate-500 sm:text-sm">
        Answer
      </h2>
      <p className="mt-1 text-xl font-semibold text-slate-900 sm:text-2xl" data-testid="card-back">
        {card.back}
      </p>
      <VerdictNote view={view} />
      <figure className="mt-3 rounded-lg bg-slate-50 p-3 sm:mt-5 sm:p-4">
        <blockquote className="font-serif text-base leading-relaxed text-slate-800 sm:text-lg">
          “{card.source.sentence}”
        </blockquote>
        <figcaption className="mt-2 text-sm">
          <Link
            href={`/essays/${card.source.essay}#claim-${card.source.claimId}`}
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            Read it in “{card.source.essayTitle}”
          </Link>
        </figcaption>
      </figure>
    </div>
  );
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

export function Done({ meta, reviewed }: { meta: ReviewView["meta"]; reviewed: number }) {
  return (
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
            Your next card is due <strong suppressHydrationWarning>{whenDue(meta.nextDue)}</strong>{" "}
            (<LocalTime iso={meta.nextDue} />
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
  );
}

export function CountPill({ label, value, tone }: { label: string; value: number; tone: string }) {
  return (
    <div className={`flex items-baseline gap-1.5 rounded-lg px-2.5 py-1 sm:px-3 sm:py-1.5 ${tone}`}>
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

export function Kbd({ children, hideOnPhone }: { children: ReactNode; hideOnPhone?: boolean }) {
  return (
    <kbd
      className={`rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs font-normal text-slate-700 ${hideOnPhone ? "hidden sm:inline" : ""}`}
    >
      {children}
    </kbd>
  );
}
