"use client";

import { itemModes } from "@/lib/teach/set-warnings";
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorNote,
  SelectField,
  controlClass,
} from "@/app/_components/ui";
import {
  addableItems,
  short,
  STATUS_TONE,
  STATUSES,
  typeLabel,
  TYPES,
  type ApiItem,
} from "./set-items";

/** The builder's left half: filters for one essay's items and a list to add them from. */
export function ItemBrowser({
  essays,
  essay,
  essayTitle,
  type,
  status,
  results,
  loadError,
  pickedIds,
  onFilter,
  onAdd,
}: {
  essays: { slug: string; title: string }[];
  essay: string;
  essayTitle: string;
  type: string;
  status: string;
  /** null while loading. */
  results: ApiItem[] | null;
  loadError: string | null;
  pickedIds: Set<string>;
  onFilter: (change: { essay?: string; type?: string; status?: string }) => void;
  onAdd: (items: ApiItem[]) => void;
}) {
  const addable = addableItems(results ?? [], pickedIds);
  return (
    <section aria-labelledby="browse-heading" className="space-y-3">
      <h2 id="browse-heading" className="text-lg font-semibold">
        Find items
      </h2>
      <Card className="grid gap-3 p-4 sm:grid-cols-3 [&>*]:min-w-0">
        <div className="flex flex-col gap-1 sm:col-span-3">
          <label htmlFor="browse-essay" className="text-sm font-medium">
            Essay
          </label>
          <select
            id="browse-essay"
            className={controlClass}
            value={essay}
            onChange={(e) => {
              onFilter({ essay: e.target.value });
              // Remembered in the address: a reload or a save comes back to this essay.
              const url = new URL(window.location.href);
              url.searchParams.set("essay", e.target.value);
              window.history.replaceState(window.history.state, "", url);
            }}
          >
            {essays.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.title}
              </option>
            ))}
          </select>
        </div>
        <SelectField
          id="browse-type"
          label="Type"
          value={type}
          onChange={(e) => {
            onFilter({ type: e.target.value });
          }}
        >
          {TYPES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="browse-status"
          label="Status"
          value={status}
          onChange={(e) => {
            onFilter({ status: e.target.value });
          }}
        >
          {STATUSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end">
          <Button
            type="button"
            variant="secondary"
            className="w-full"
            disabled={addable.length === 0}
            onClick={() => onAdd(addable)}
          >
            Add all shown ({addable.length})
          </Button>
        </div>
      </Card>
      {essays.length === 0 ? (
        <EmptyState title="No essays yet">
          Add an essay first; its questions appear here.
        </EmptyState>
      ) : loadError ? (
        <ErrorNote>{loadError}</ErrorNote>
      ) : results === null ? (
        <p role="status" className="text-sm text-slate-600">
          Loading items…
        </p>
      ) : results.length === 0 ? (
        <EmptyState title="No items match">Choose another essay, type or status.</EmptyState>
      ) : (
        <ul
          className="space-y-3 lg:max-h-[75vh] lg:overflow-y-auto lg:pr-2"
          aria-label={`Items of ${essayTitle}`}
        >
          {results.map((i) => {
            const inSet = pickedIds.has(i.id);
            return (
              <li key={i.id}>
                <Card className="space-y-2 p-4">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="blue">{typeLabel(i.type)}</Badge>
                    <Badge tone={STATUS_TONE[i.status] ?? "slate"}>{i.status}</Badge>
                  </div>
                  <p className="break-words font-medium text-slate-900">{i.prompt}</p>
                  <p className="text-sm text-slate-700">
                    <span className="font-medium">Answer:</span> {i.answer}
                  </p>
                  <p className="text-xs text-slate-600">{itemModes(i).note}</p>
                  <blockquote className="rounded-lg bg-slate-50 p-2 font-serif text-sm text-slate-700">
                    <span className="sr-only">Source sentence: </span>
                    {i.source.sentence}
                  </blockquote>
                  {i.status === "retired" ? (
                    <p className="text-sm text-slate-600">Retired items cannot be added.</p>
                  ) : (
                    <Button
                      type="button"
                      variant={inSet ? "ghost" : "secondary"}
                      disabled={inSet}
                      onClick={() => onAdd([i])}
                      aria-label={
                        inSet
                          ? `In the set: ${typeLabel(i.type)}: ${short(i.prompt)}`
                          : `Add to set: ${typeLabel(i.type)}: ${short(i.prompt)}`
                      }
                    >
                      {inSet ? "In the set" : "Add to set"}
                    </Button>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
