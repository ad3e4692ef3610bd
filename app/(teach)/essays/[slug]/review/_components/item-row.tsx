"use client";

import { forwardRef, useLayoutEffect, useRef } from "react";
import { Badge, Button, ErrorNote } from "@/app/_components/ui";
import type { ItemView } from "@/lib/data/items";
import { EditForm } from "./edit-form";

export const TYPE_LABEL: Record<string, string> = {
  mcq: "Multiple choice",
  true_false: "True / false",
  cloze: "Cloze",
  short_answer: "Short answer",
  flashcard: "Flashcard",
};
const STATUS_TONE = { published: "green", draft: "amber", retired: "slate" } as const;

export type StatusChange = (ids: string[], status: ItemView["status"]) => void;

/** One item under its sentence: what it asks, why it has its status, and what to do with it. */
export const ItemRow = forwardRef<
  HTMLElement,
  {
    item: ItemView;
    why: string;
    canEdit: boolean;
    selected: boolean;
    editing: boolean;
    busy: boolean;
    error: string | null;
    onSelect: (on: boolean) => void;
    onStatus: StatusChange;
    onEdit: (on: boolean) => void;
    onSave: (patch: Record<string, unknown>) => void;
    onFocusRow: () => void;
  }
>(function ItemRow(p, ref) {
  const { item } = p;
  const label = item.prompt.slice(0, 60);
  const own = useRef<HTMLElement | null>(null);
  const tallest = useRef(0);
  // A decision shortens the "why" line; the row keeps its height so the rows below stay put.
  // Editing is a different layout: it starts afresh.
  useLayoutEffect(() => {
    tallest.current = 0;
    if (own.current) own.current.style.minHeight = "";
  }, [p.editing]);
  useLayoutEffect(() => {
    const el = own.current;
    if (!el || p.editing) return;
    tallest.current = Math.max(tallest.current, el.offsetHeight);
    el.style.minHeight = `${tallest.current}px`;
  });
  return (
    <article
      ref={(el) => {
        own.current = el;
        if (typeof ref === "function") ref(el);
        else if (ref) ref.current = el;
      }}
      tabIndex={-1}
      aria-label={`Item: ${label}`}
      onFocus={p.onFocusRow}
      data-item-id={item.id}
      className={`space-y-2 rounded-lg border p-3 outline-none focus:ring-2 focus:ring-brand-600 ${p.selected ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        {p.canEdit ? (
          <input
            type="checkbox"
            className="h-5 w-5 accent-brand-600"
            checked={p.selected}
            onChange={(e) => p.onSelect(e.target.checked)}
            aria-label={`Select item: ${label}`}
          />
        ) : null}
        <Badge tone="blue">{TYPE_LABEL[item.type] ?? item.type}</Badge>
        <Badge tone={STATUS_TONE[item.status]}>{item.status}</Badge>
        {item.edited ? <Badge>edited</Badge> : null}
      </div>
      {p.editing ? (
        <EditForm item={item} busy={p.busy} onCancel={() => p.onEdit(false)} onSave={p.onSave} />
      ) : (
        <>
          <p className="font-medium text-slate-900">{item.prompt}</p>
          {item.choices ? (
            <ul className="flex flex-wrap gap-1.5" aria-label="Choices">
              {item.choices.map((c) => (
                <li
                  key={c}
                  className={`rounded-md border px-2 py-1 text-sm ${c === item.answer ? "border-green-600 bg-green-50 font-medium" : "border-slate-200"}`}
                >
                  {c}
                  {c === item.answer ? <span className="sr-only"> (answer)</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">
              <span className="font-medium text-slate-600">Answer:</span> {item.answer}
            </p>
          )}
          {item.explanation ? <p className="text-sm text-slate-600">{item.explanation}</p> : null}
        </>
      )}
      <p className="text-xs text-slate-600">
        <span className="font-medium">
          {item.status === "draft"
            ? "Why a draft: "
            : item.status === "retired"
              ? "Why retired: "
              : "Why published: "}
        </span>
        {p.why}
      </p>
      {p.error ? <ErrorNote>{p.error}</ErrorNote> : null}
      {p.canEdit && !p.editing ? (
        <div className="flex flex-wrap gap-2">
          {/* Each slot keeps its place: the button in it changes with the status. */}
          {[
            item.status !== "published"
              ? (["Publish", "published", "primary"] as const)
              : (["Unpublish", "draft", "secondary"] as const),
            item.status !== "retired"
              ? (["Retire", "retired", "secondary"] as const)
              : (["Restore as draft", "draft", "secondary"] as const),
          ].map(([text, to, variant]) => (
            <Button
              key={text}
              variant={variant}
              className="min-h-9 px-3"
              onClick={() => p.onStatus([item.id], to)}
              disabled={p.busy}
              aria-label={`${text} item: ${label}`}
            >
              {text}
            </Button>
          ))}
          <Button
            variant="ghost"
            className="min-h-9 px-3"
            onClick={() => p.onEdit(true)}
            aria-label={`Edit item: ${label}`}
          >
            Edit
          </Button>
        </div>
      ) : null}
    </article>
  );
});
