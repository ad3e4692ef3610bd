"use client";

import { Button } from "@/app/_components/ui";
import type { Change } from "./review-api";

import type { ItemView } from "@/lib/data/items";

export type Context = { before: string; sentence: string; after: string };
export type PageGroup = { claimId: string; n: number; continued: boolean; items: ItemView[] };

/**
 * Items (in essay order) into pages of `perPage`, each page a list of claims with their items;
 * claims are numbered across pages, and one split by a page break is marked `continued`.
 */
export function paginate(items: ItemView[], perPage: number) {
  const pages: PageGroup[][] = [];
  let n = 0;
  items.forEach((item, i) => {
    if (i % perPage === 0) pages.push([]);
    const page = pages.at(-1)!;
    const last = page.at(-1);
    if (last?.claimId === item.claimId) return void last.items.push(item);
    const continued = i > 0 && items[i - 1]!.claimId === item.claimId;
    if (!continued) n++;
    page.push({ claimId: item.claimId, n, continued, items: [item] });
  });
  return { claimCount: n, pages };
}

/** A claim's sentence, once, in its paragraph's words, and a box to select all its items. */
export function ClaimHeader(p: {
  n: number;
  context?: Context;
  fallback: string;
  continued: boolean;
  selectable: boolean;
  count: number;
  allSelected: boolean;
  onSelectAll: (on: boolean) => void;
}) {
  return (
    <>
      <blockquote className="font-serif text-sm leading-relaxed text-slate-700">
        <span className="sr-only">Source: </span>
        {p.continued ? (
          <span className="font-sans text-xs text-slate-500">
            (continued from the previous page){" "}
          </span>
        ) : null}
        {p.context?.before ? <span className="text-slate-500">{p.context.before} </span> : null}
        <mark className="rounded bg-yellow-100 px-0.5 text-slate-900">
          {p.context?.sentence ?? p.fallback}
        </mark>
        {p.context?.after ? <span className="text-slate-500"> {p.context.after}</span> : null}
      </blockquote>
      {p.selectable ? (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="h-5 w-5 accent-brand-600"
            checked={p.allSelected}
            onChange={(e) => p.onSelectAll(e.target.checked)}
          />
          Select the {p.count} items of claim {p.n}
        </label>
      ) : null}
    </>
  );
}

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
  wideOnly = false,
}: {
  page: number;
  pages: number;
  items: number;
  perPage: number;
  onPage: (p: number) => void;
  label: string;
  /** On a phone only the bottom pager shows: the top one would push the items down. */
  wideOnly?: boolean;
}) {
  if (pages <= 1) return null;
  const from = page * perPage + 1;
  const to = Math.min(items, (page + 1) * perPage);
  return (
    <nav
      aria-label={label}
      className={`${wideOnly ? "hidden sm:flex" : "flex"} items-center justify-between gap-2 text-sm`}
    >
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
