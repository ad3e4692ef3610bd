"use client";

import type { RefObject } from "react";
import { itemModes } from "@/lib/teach/set-warnings";
import { Badge, Button, Card, EmptyState } from "@/app/_components/ui";
import { short, STATUS_TONE, typeLabel, type PickedItem } from "./set-items";

/**
 * The set's items in order, each with move and remove buttons. `buttons` holds every button by
 * `id|up`, `id|down`, `id|remove`, so the builder can put the keyboard back after a move.
 */
export function PickedList({
  picked,
  buttons,
  onMove,
  onRemove,
}: {
  picked: PickedItem[];
  buttons: RefObject<Map<string, HTMLButtonElement>>;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  return picked.length === 0 ? (
    <EmptyState title="No items yet">
      Add items from the list. Drafts can go in a set, but students only get published items.
    </EmptyState>
  ) : (
    <ol className="space-y-2" aria-label="Items in the set">
      {picked.map((p, index) => (
        <li key={p.id}>
          <Card
            className={`space-y-2 p-3 ${p.status === "retired" ? "border-dashed bg-slate-50" : ""}`}
          >
            <div className="flex items-start gap-3">
              <span
                className="mt-0.5 w-6 shrink-0 text-right text-sm font-semibold tabular-nums text-slate-500"
                aria-hidden="true"
              >
                {index + 1}.
              </span>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="break-words font-medium text-slate-900">{p.prompt}</p>
                <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <Badge tone="blue">{typeLabel(p.type)}</Badge>
                  <Badge tone={STATUS_TONE[p.status] ?? "slate"}>{p.status}</Badge>
                  <span>{p.essay}</span>
                </div>
                <p className="text-xs text-slate-700">{itemModes(p).note}</p>
                <details className="text-sm text-slate-700">
                  <summary className="cursor-pointer text-xs text-slate-600">
                    Source sentence
                  </summary>
                  <p className="mt-1 font-serif">{p.sentence}</p>
                </details>
              </div>
            </div>
            <div className="flex flex-wrap justify-end gap-1">
              <Button
                type="button"
                variant="ghost"
                className="min-h-9 px-3"
                ref={(el) => {
                  if (el) buttons.current.set(`${p.id}|up`, el);
                  else buttons.current.delete(`${p.id}|up`);
                }}
                disabled={index === 0}
                onClick={() => onMove(index, -1)}
                aria-label={`Move up: ${short(p.prompt)}`}
              >
                <span aria-hidden="true">↑</span> Move up
              </Button>
              <Button
                type="button"
                variant="ghost"
                className="min-h-9 px-3"
                ref={(el) => {
                  if (el) buttons.current.set(`${p.id}|down`, el);
                  else buttons.current.delete(`${p.id}|down`);
                }}
                disabled={index === picked.length - 1}
                onClick={() => onMove(index, 1)}
                aria-label={`Move down: ${short(p.prompt)}`}
              >
                <span aria-hidden="true">↓</span> Move down
              </Button>
              <Button
                type="button"
                variant="ghost"
                className="min-h-9 px-3 text-red-700"
                ref={(el) => {
                  if (el) buttons.current.set(`${p.id}|remove`, el);
                  else buttons.current.delete(`${p.id}|remove`);
                }}
                onClick={() => onRemove(index)}
                aria-label={`Remove: ${short(p.prompt)}`}
              >
                Remove
              </Button>
            </div>
          </Card>
        </li>
      ))}
    </ol>
  );
}
