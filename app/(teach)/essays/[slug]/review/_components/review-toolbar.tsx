"use client";

import { Button } from "@/app/_components/ui";
import { TYPE_LABEL } from "./item-row";

export const STATUS_FILTERS = [
  ["all", "All"],
  ["draft", "Drafts"],
  ["published", "Published"],
  ["retired", "Retired"],
] as const;
export const TYPE_FILTERS = ["all", "mcq", "true_false", "cloze", "short_answer", "flashcard"];

const chip = (on: boolean) =>
  `shrink-0 whitespace-nowrap rounded-md px-2.5 py-1 text-sm ${on ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`;

/** Filters with live counts, and the actions on the selected items. */
export function ReviewToolbar(p: {
  status: string;
  type: string;
  statusCounts: Record<string, number>;
  typeCounts: Record<string, number>;
  onStatus: (s: string) => void;
  onType: (t: string) => void;
  canEdit: boolean;
  shownCount: number;
  selectedCount: number;
  allShownSelected: boolean;
  onSelectAll: (on: boolean) => void;
  onBulk: (status: "published" | "retired" | "draft") => void;
  busy: boolean;
  /** Always one line, so a decision that makes rows stale never pushes the list down. */
  listNote: string;
  canRefresh: boolean;
  onRefresh: () => void;
}) {
  return (
    <div className="z-10 space-y-2 sm:sticky sm:top-0 rounded-xl border border-slate-200 bg-white/95 p-3 shadow-sm backdrop-blur">
      <div
        role="group"
        aria-label="Status"
        className="-mx-1 flex gap-1 overflow-x-auto px-1 sm:mx-0 sm:flex-wrap sm:px-0"
      >
        {STATUS_FILTERS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={p.status === value}
            onClick={() => p.onStatus(value)}
            className={chip(p.status === value)}
          >
            {label} ({p.statusCounts[value] ?? 0})
          </button>
        ))}
      </div>
      <div
        role="group"
        aria-label="Item type"
        className="-mx-1 flex gap-1 overflow-x-auto px-1 sm:mx-0 sm:flex-wrap sm:px-0"
      >
        {TYPE_FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={p.type === value}
            onClick={() => p.onType(value)}
            className={chip(p.type === value)}
          >
            {value === "all" ? "All types" : TYPE_LABEL[value]} ({p.typeCounts[value] ?? 0})
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="min-w-0 flex-1">{p.listNote}</span>
        <Button
          variant="secondary"
          className="min-h-8 px-3"
          disabled={!p.canRefresh}
          onClick={p.onRefresh}
        >
          Refresh the list
        </Button>
      </div>
      {p.canEdit ? (
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-2">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-5 w-5 accent-brand-600"
              checked={p.allShownSelected}
              disabled={p.shownCount === 0}
              onChange={(e) => p.onSelectAll(e.target.checked)}
            />
            Select all {p.shownCount} on this page
          </label>
          <span className="text-sm text-slate-600" aria-live="polite">
            {p.selectedCount} selected
          </span>
          <div className="flex flex-wrap gap-2 sm:ml-auto">
            <Button
              className="min-h-9 px-3"
              disabled={p.selectedCount === 0 || p.busy}
              onClick={() => p.onBulk("published")}
            >
              Publish selected
            </Button>
            <Button
              variant="secondary"
              className="min-h-9 px-3"
              disabled={p.selectedCount === 0 || p.busy}
              onClick={() => p.onBulk("retired")}
            >
              Retire selected
            </Button>
            <Button
              variant="ghost"
              className="min-h-9 px-3"
              disabled={p.selectedCount === 0 || p.busy}
              onClick={() => p.onBulk("draft")}
            >
              Back to draft
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The page's shortcuts, written where a teacher finds them. */
export function ShortcutHelp() {
  const keys: [string, string][] = [
    ["j / k", "next / previous item"],
    ["x", "select or unselect the item"],
    ["p", "publish (the selected items, or this one)"],
    ["r", "retire (the selected items, or this one)"],
    ["d", "back to draft (the selected items, or this one)"],
    ["e", "edit this item"],
    ["u", "undo the last change"],
    ["n / b", "next / previous page"],
    ["Esc", "clear the selection"],
  ];
  return (
    // Single keys are for a keyboard: on a phone the note would only push the items down.
    <details className="hidden rounded-lg border border-slate-200 bg-white p-3 text-sm sm:block">
      <summary className="cursor-pointer font-medium text-slate-800">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-x-3 gap-y-1">
        {keys.map(([k, what]) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">
                {k}
              </kbd>
            </dt>
            <dd className="text-slate-700">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
