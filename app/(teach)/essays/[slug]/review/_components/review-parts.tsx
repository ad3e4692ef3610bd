"use client";

import { Button } from "@/app/_components/ui";
import type { Change } from "./review-api";

export type Toast = { text: string; undo?: Change[]; error?: boolean };

/** Where the last change is reported, with its undo. Fixed, so it never pushes the list. */
export function UndoToast({
  toast,
  busy,
  onUndo,
  onClose,
}: {
  toast: Toast | null;
  busy: boolean;
  onUndo: () => void;
  onClose: () => void;
}) {
  return (
    <div
      role={toast?.error ? "alert" : "status"}
      aria-live="polite"
      className={
        toast
          ? `fixed inset-x-3 bottom-3 z-20 mx-auto flex max-w-lg flex-wrap items-center gap-3 rounded-xl px-4 py-3 text-sm shadow-lg ${toast.error ? "bg-red-700 text-white" : "bg-slate-900 text-white"}`
          : "sr-only"
      }
    >
      {toast ? (
        <>
          <span className="min-w-0 flex-1">{toast.text}</span>
          {toast.undo ? (
            <Button variant="secondary" className="min-h-9 px-3" disabled={busy} onClick={onUndo}>
              Undo
            </Button>
          ) : null}
          <button
            type="button"
            className="rounded px-2 py-1 text-slate-200 hover:bg-white/10"
            onClick={onClose}
            aria-label="Dismiss"
          >
            ✕
          </button>
        </>
      ) : null}
    </div>
  );
}

export function Pager({
  page,
  pages,
  items,
  perPage,
  onPage,
  label,
}: {
  page: number;
  pages: number;
  items: number;
  perPage: number;
  onPage: (p: number) => void;
  label: string;
}) {
  if (pages <= 1) return null;
  const from = page * perPage + 1;
  const to = Math.min(items, (page + 1) * perPage);
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-2 text-sm">
      <Button
        variant="secondary"
        className="min-h-9 px-3"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        Previous page
      </Button>
      <span className="text-center text-slate-700">
        Page {page + 1} of {pages} · items {from}–{to} of {items}
      </span>
      <Button
        variant="secondary"
        className="min-h-9 px-3"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        Next page
      </Button>
    </nav>
  );
}
